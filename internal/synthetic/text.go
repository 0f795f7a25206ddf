package synthetic

import (
	"math/rand/v2"
	"strings"
)

// The word lists of the text generator: Dutch as the factsheets write it,
// with short function words, long compounds and the nouns of youth care.
// Nouns carry their article; adjectives are inflected (as after 'de').
var (
	nounPhrases = split(`de jeugdige|de ouders|het gezin|de school|het wijkteam|de huisarts|de leidinggevende|
mijn collega's|de ketenpartners|de gemeente|de verklarende analyse|het plan van aanpak|de hulpvraag|
de voorgeschiedenis|de randvoorwaarden|de overdracht|de wachttijd|de regie|de doelen|de afspraken|
de zorgen|de krachten|de steunfactoren|het netwerk|de samenwerking|de jeugdgezondheidszorg|het onderwijs|
de overbruggingshulp|de nazorg|het levensverhaal|de signalen|de risico's|de evaluatie|het casusoverleg|
de intervisie|het beleid|de financiering|de beschikking|de tijdlijn|de deskundigheid|het perspectief|
de jongere|de hulpverlening|de besluitvorming|de informatie|de ervaringsdeskundige|het gezinsplan|
de vertrouwenspersoon|de zorgaanbieder|de leerplichtambtenaar|het samenwerkingsverband|de praktijkondersteuner`)
	adjectives = strings.Fields(`passende duidelijke tijdige concrete gezamenlijke eerdere onderliggende bredere
gelijkwaardige kwetsbare lokale regionale dagelijkse professionele volgende belangrijkste gedeelde
complexe systemische heldere eigen praktische`)
	prepositions = split(`met|voor|over|bij|tussen|van|in|op|rond|naast|zonder|vanuit|samen met|in overleg met|
na|tijdens|voor en met`)
	adverbs = split(`ook|vaak|soms|steeds|echt|genoeg|op tijd|samen|stap voor stap|al|nog|expliciet|
bewust|regelmatig|daarbij|vooral|meteen|zo nodig`)
	conjunctions = split(`en|zodat|omdat|waardoor|terwijl|of|maar|als|voordat|nadat`)
	infinitives  = strings.Fields(`bespreken betrekken vastleggen delen evalueren afstemmen verhelderen toetsen
benutten ondersteunen volgen begrijpen overdragen inzetten organiseren uitleggen versterken bijstellen
signaleren onderzoeken`)
	finiteVerbs = strings.Fields(`zien ervaren missen bespreken zoeken houden delen vinden weten werken voelen
kennen geven nemen merken gebruiken bepalen vragen`)
	subjects = split(`Professionals|Ouders|Jeugdigen|Teams|Gemeenten|Organisaties|Scholen|Wijkteams|
Leidinggevenden|Veel gezinnen|Ketenpartners|Beleidsmakers|Jongeren|Hulpverleners|Deelnemers`)
	questionOpeners = split(`Hoe zorg ik dat|Neem ik genoeg tijd om|Bespreek ik|Weet ik|Wat doe ik als|
Betrek ik|Maak ik|Durf ik|Vraag ik|Kan ik|Ga ik na of|Sluit ik aan bij|Zoek ik|Deel ik|Hoe betrek ik|
Wat heb ik nodig om|Hoe weet ik of|Heb ik zicht op|Spreek ik af|Evalueer ik|Hoe ga ik om met|
Geef ik ruimte aan|Houd ik rekening met|Wat betekent het voor mij als`)
	subOpeners = split(`Ook|En als|Wat|Hoe|Wie|Waar|Met wie|Wanneer|Wat helpt`)
	titleNouns = strings.Fields(`samenwerking analyse regie overdracht nazorg informatiedeling besluitvorming
betrokkenheid veiligheid continuïteit deskundigheid toegang ondersteuning reflectie evaluatie communicatie
afstemming leiderschap participatie hulpverlening werkdruk implementatie vroegsignalering preventie`)
	titleGroups = split(`professionals|ouders en jeugdigen|school en zorg|de keten|het gezin|teams|
gemeente en aanbieders|het netwerk`)
	roles = strings.Fields(`ouder jongere professional leidinggevende beleidsmaker gedragswetenschapper`)
	// regions name the factsheets; they repeat with a number after them.
	regions = split(`Friesland|Groningen|Drenthe|Overijssel|Twente|Gelderland|Utrecht|Flevoland|
Noord-Holland|Zuid-Holland|Zeeland|Brabant|Limburg|Haaglanden|Rijnmond|Amstelland|Zaanstreek|
Kennemerland|Achterhoek|Veluwe`)
)

func split(s string) []string {
	parts := strings.Split(strings.ReplaceAll(s, "\n", ""), "|")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// text makes Dutch-like text from a seeded source: the same seed gives
// the same text.
type text struct{ r *rand.Rand }

func newText(seed uint64) *text { return &text{r: rand.New(rand.NewPCG(seed, seed^0x5eed))} }

// between returns a number from lo to hi, both included.
func (t *text) between(lo, hi int) int { return lo + t.r.IntN(hi-lo+1) }

// chance is true with probability p.
func (t *text) chance(p float64) bool { return t.r.Float64() < p }

func (t *text) pick(list []string) string { return list[t.r.IntN(len(list))] }

// nounPhrase is a noun with its article, sometimes with an adjective;
// emphasised, the part after the article is marked with *...*.
func (t *text) nounPhrase(emphasis bool) []string {
	ws := strings.Fields(t.pick(nounPhrases))
	if t.chance(0.3) && len(ws) == 2 {
		ws = []string{ws[0], t.pick(adjectives), ws[1]}
	}
	if emphasis && len(ws) > 1 {
		ws[1] = "*" + ws[1]
		ws[len(ws)-1] += "*"
	}
	return ws
}

// chunk is a phrase of a few words that continues a sentence.
func (t *text) chunk(emphasis bool) []string {
	switch n := t.r.IntN(20); {
	case n < 6:
		return t.nounPhrase(emphasis)
	case n < 12:
		return append(strings.Fields(t.pick(prepositions)), t.nounPhrase(emphasis)...)
	case n < 14:
		return strings.Fields(t.pick(adverbs))
	case n < 17:
		return append(strings.Fields(t.pick(conjunctions)), t.nounPhrase(emphasis)...)
	default:
		ws := append([]string{"om"}, t.nounPhrase(emphasis)...)
		return append(ws, "te", t.pick(infinitives))
	}
}

// continuation adds chunks to ws until it has about n words, then ends
// it on a word that can close a sentence. emphases is how many chunks
// get *emphasis*.
func (t *text) continuation(ws []string, n, emphases int) []string {
	start := len(ws)
	var marked []int // which chunks, counted from 0, get emphasis
	for range emphases {
		marked = append(marked, t.r.IntN(max(1, n/4)))
	}
	for i := 0; len(ws) < n; i++ {
		emph := false
		for _, m := range marked {
			emph = emph || m == i
		}
		c := t.chunk(emph)
		if c[0] == ws[len(ws)-1] { // no 'om om' or 'en en'
			continue
		}
		ws = append(ws, c...)
	}
	// Cut back to n words, dropping an emphasis as a whole rather than
	// half of it.
	for len(ws) > max(n, start+1) {
		last := len(ws) - 1
		if strings.HasSuffix(ws[last], "*") {
			for last > start && !strings.HasPrefix(ws[last], "*") {
				last--
			}
			if last <= start {
				break
			}
		}
		ws = ws[:last]
	}
	// End on a noun or verb, not on a dangling function word.
	for len(ws) > start+1 && isFunctionWord(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	return ws
}

func isFunctionWord(w string) bool {
	switch w {
	case "de", "het", "een", "en", "of", "om", "te", "met", "voor", "over", "bij", "tussen", "van", "in", "op",
		"rond", "naast", "zonder", "vanuit", "samen", "na", "tijdens", "zodat", "omdat", "waardoor", "terwijl",
		"maar", "als", "voordat", "nadat", "overleg":
		return true
	}
	return contains(adjectives, w)
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

func sentenceCase(ws []string, end string) string {
	s := strings.Join(ws, " ")
	if s == "" {
		return s
	}
	if s[0] == '*' && len(s) > 1 {
		s = "*" + strings.ToUpper(s[1:2]) + s[2:]
	} else {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s + end
}

// question is a reflection question of about n words, sometimes two
// questions in one, ending in '?'.
func (t *text) question(n int) string {
	emph := 0
	if t.chance(0.45) {
		emph = t.between(1, 2)
	}
	if n >= 22 && t.chance(0.2) {
		first := t.between(8, n-10)
		return t.oneQuestion(first, emph) + " " + t.oneQuestion(n-first, 0)
	}
	return t.oneQuestion(n, emph)
}

func (t *text) oneQuestion(n, emphases int) string {
	ws := strings.Fields(t.pick(questionOpeners))
	return sentenceCase(t.continuation(ws, n, emphases), "?")
}

// subQuestion is a short question that belongs to another.
func (t *text) subQuestion() string {
	ws := strings.Fields(t.pick(subOpeners))
	return sentenceCase(t.continuation(ws, t.between(5, 12), 0), "?")
}

// statement is a sentence of about n words, such as a finding.
func (t *text) statement(n int, emphasis bool) string {
	ws := append(strings.Fields(t.pick(subjects)), t.pick(finiteVerbs))
	emph := 0
	if emphasis && t.chance(0.3) {
		emph = 1
	}
	return sentenceCase(t.continuation(ws, n, emph), ".")
}

// sentences are sentences of lo to hi words until there are about n words.
func (t *text) sentences(n, lo, hi int, emphasis bool) string {
	var out []string
	for words := 0; words < n; {
		length := t.between(lo, hi)
		if rest := n - words; rest-length < lo/2 {
			length = max(rest, lo/2)
		}
		s := t.statement(length, emphasis)
		out = append(out, s)
		words += len(strings.Fields(s))
	}
	return strings.Join(out, " ")
}

// paragraphs are about n words of Markdown in one to three paragraphs.
func (t *text) paragraphs(n int) string {
	count := t.between(1, 3)
	var out []string
	for i := range count {
		out = append(out, t.sentences(n/count+i%2, 10, 22, true))
	}
	return strings.Join(out, "\n\n") + "\n"
}

// reword changes a few words of s that are not emphasised, as an author
// does when a question is rephrased in a new edition.
func (t *text) reword(s string, changes int) string {
	ws := strings.Fields(s)
	for range changes {
		i := t.r.IntN(len(ws))
		w := ws[i]
		if i == 0 || strings.ContainsAny(w, "*?.'") || isFunctionWord(w) {
			continue
		}
		ws[i] = t.pick(adjectivesAndNouns())
	}
	return strings.Join(ws, " ")
}

func adjectivesAndNouns() []string {
	var out []string
	for _, np := range nounPhrases {
		ws := strings.Fields(np)
		out = append(out, ws[len(ws)-1])
	}
	return out
}

// title is a theme title of two to four words.
func (t *text) title() string {
	noun := t.pick(titleNouns)
	var s string
	switch t.r.IntN(5) {
	case 0, 1:
		s = t.pick(adjectives) + " " + noun
	case 2:
		s = noun + " tussen " + t.pick(titleGroups)
	case 3:
		s = noun + " met " + t.pick(titleGroups)
	default:
		s = noun + " en " + t.pick(titleNouns)
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// slug makes an id of lowercase letters, digits and hyphens from s.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'ä', 'á', 'à':
			r = 'a'
		case 'ë', 'é', 'è':
			r = 'e'
		case 'ï', 'í':
			r = 'i'
		case 'ö', 'ó':
			r = 'o'
		case 'ü', 'ú':
			r = 'u'
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}
