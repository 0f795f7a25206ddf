package importer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
)

// heading is a heading line the importer knows by its words.
type heading struct {
	kind headingKind
	// title is the heading as readers see it ('Waar blijkt dit uit in de
	// praktijk?'), or for a theme marker the theme title on the same line,
	// if any ('Rode draad 2: Verklarende analyse').
	title string
}

type headingKind int

const (
	noHeading          headingKind = iota
	themeHeading                   // 'Rode draad'
	explanationHeading             // 'Toelichting op bevinding'
	questionsHeading               // 'Reflectievragen voor professionals'
	practiceHeading                // 'Waar blijkt dit uit in de praktijk?'
	guideHeading                   // 'Leeswijzer'
	closingHeading                 // 'Tot slot'
	tipsHeading                    // 'Wat kun jij morgen zelf al doen?'
	linksHeading                   // 'Meer weten?'
	authorsHeading                 // 'Auteurs'
	creditHeading                  // 'Ontwerp & realisatie'
	colophonHeading                // 'Colofon'
)

// printedAs are the headings that the site prints in words of its own,
// so that the text's words are not kept: any other wording of such a
// heading is worth a note.
var printedAs = map[headingKind][]string{
	explanationHeading: {"Toelichting op bevinding", "Toelichting"},
	guideHeading:       {"Leeswijzer"},
	linksHeading:       {"Meer weten?"},
	authorsHeading:     {"Auteurs", "Auteur"},
	colophonHeading:    {"Colofon"},
}

// ofTheme reports the headings that mark a theme or its parts.
func (k headingKind) ofTheme() bool { return k >= themeHeading && k <= practiceHeading }

// quotes are left out of heading keys: exports curl them or not, and
// some put a heading between them.
const quotes = `'"‘’‚‛“”„‟«»`

// headingKey is how a heading is matched: lowercase, without quotes,
// emphasis markers, trailing punctuation and extra spaces, and with '&'
// read as 'en'.
func headingKey(s string) string {
	s = strings.ToLower(s)
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(quotes, r) {
			return -1
		}
		return r
	}, s)
	s = strings.Trim(s, "*_ ")
	s = strings.TrimRight(s, ":?!. ")
	s = strings.ReplaceAll(s, "&", " en ")
	return strings.Join(strings.Fields(s), " ")
}

// themeMarker is 'Rode draad', maybe in quotes, maybe numbered, maybe
// with the theme title after a colon or dash.
var themeMarker = regexp.MustCompile(`^(?i:rode\s+draad)[` + quotes + `*_ ]*(?:\d+[` + quotes + `*_ ]*)?(?:[:.–—-]\s*(.*))?$`)

// creditWords are the words of the headings over a credit line, as in
// 'Ontwerp & realisatie' or 'Illustraties'.
var creditWords = []string{"ontwerp", "realisatie", "vormgeving", "illustraties", "illustratie",
	"fotografie", "fotos", "beeld", "redactie", "eindredactie", "opmaak"}

// creditHeadingWords reports a heading made of credit words, joined by
// 'en' ('&' in the text).
func creditHeadingWords(words []string) bool {
	found := false
	for _, w := range words {
		switch {
		case slices.Contains(creditWords, w):
			found = true
		case w != "en":
			return false
		}
	}
	return found && len(words) <= 5
}

// headingOf says which known heading a line is, if any. Apart from the
// theme marker, headings have few words, so a sentence that merely starts
// like one is not taken for one.
func headingOf(text string) heading {
	key := headingKey(text)
	if key == "" {
		return heading{}
	}
	if m := themeMarker.FindStringSubmatch(strings.TrimLeft(text, quotes+"*_ ")); m != nil {
		return heading{kind: themeHeading, title: headingTitle(m[1])}
	}
	words := strings.Fields(key)
	n := len(words)
	has := func(prefixes ...string) bool {
		return slices.ContainsFunc(prefixes, func(p string) bool { return key == p || strings.HasPrefix(key, p+" ") })
	}
	kind := noHeading
	switch {
	case strings.HasSuffix(text, ".") && n > 3:
		// A sentence, even if it starts like a heading.
	case has("toelichting") && n <= 5:
		kind = explanationHeading
	case (has("reflectievragen", "reflectievraag", "vragen voor", "vragen aan", "vragen bij") || key == "vragen") && n <= 8:
		kind = questionsHeading
	case (has("waar blijkt", "voorbeelden uit de praktijk", "ervaringen uit de praktijk") && n <= 10) ||
		key == "in de praktijk" || key == "praktijkvoorbeelden" || key == "praktijkervaringen":
		kind = practiceHeading
	case key == "leeswijzer":
		kind = guideHeading
	case slices.Contains([]string{"tot slot", "afsluiting", "ten slotte", "tot besluit", "slot"}, key):
		kind = closingHeading
	case (has("wat kun", "wat kan", "wat kunt") && strings.Contains(key, "doen") && n <= 10) || (has("tips") && n <= 6):
		kind = tipsHeading
	case has("meer weten", "meer lezen", "meer informatie", "lees meer", "verder lezen", "wil je meer weten") && n <= 5:
		kind = linksHeading
	case has("auteurs", "auteur", "geschreven door") && n <= 3, key == "tekst":
		kind = authorsHeading
	case creditHeadingWords(words):
		kind = creditHeading
	case key == "colofon":
		kind = colophonHeading
	}
	if kind == noHeading {
		return heading{}
	}
	return heading{kind: kind, title: headingTitle(text)}
}

// headingTitle is a heading as readers see it: without emphasis markers
// around it and the colon after it.
func headingTitle(s string) string {
	s = strings.TrimSpace(s)
	for _, m := range []string{"**", "__", "*", "_"} {
		if len(s) > 2*len(m) && strings.HasPrefix(s, m) && strings.HasSuffix(s, m) {
			s = s[len(m) : len(s)-len(m)]
		}
	}
	return unquote(strings.TrimSpace(strings.TrimRight(s, ": ")))
}

// audienceOf reads who the questions are for from their heading, as in
// 'Reflectievragen voor professionals'.
func audienceOf(title string) model.Audience {
	key := headingKey(title)
	for _, a := range []struct {
		word     string
		audience model.Audience
	}{
		{"professional", model.Professional},
		{"team", model.Team},
		{"management", model.Management},
		{"leidinggevende", model.Management},
		{"bestuur", model.Board},
		{"beleid", model.Policy},
	} {
		if strings.Contains(key, a.word) {
			return a.audience
		}
	}
	return ""
}
