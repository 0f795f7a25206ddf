package model

import (
	"strings"
	"unicode"
)

// Ids end up in addresses, so they are short: the first few words that
// carry meaning, and no more characters than fit in a readable URL.
const (
	slugWordCount = 5
	SlugMaxBytes  = 40
)

// folds spells letters with diacritics as plain ones, so 'coördinatie'
// becomes 'coordinatie' rather than losing the letter.
var folds = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ą': "a", 'æ': "ae",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ę': "e", 'ě': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i", 'ĳ': "ij",
	'ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'œ': "oe",
	'ř': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ß': "ss", 'ť': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z",
}

// stopwords carry no meaning of their own in an id; 'Neem ik genoeg tijd
// voor het gezin?' becomes 'neem-genoeg-tijd-gezin'.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`de het een en of van in op voor met te bij aan om naar als dat die dit deze
		is zijn er ook wel zo tot uit door over ik mij me mijn je jij jouw jou u uw we wij ons onze hun hen
		ze zij hij haar hem wat wie hoe waar wanneer welke dan maar nog al`) {
		stopwords[w] = true
	}
}

// slugWords splits a text into lowercase ASCII words. Apostrophes go
// without a trace ('thema's' is 'themas'); other marks separate words.
func slugWords(s string) []string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case folds[r] != "":
			b.WriteString(folds[r])
		case r == '\'' || r == '’' || r == '‘' || r == '`':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			// A letter with no plain spelling here: keep the word whole
			// rather than break it in two.
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}

// Slug makes an id from a title or text: its first significant words, or
// its first words if all of them are stopwords; "" if it has no letters
// or digits at all.
func Slug(s string) string {
	all := slugWords(s)
	var words []string
	for _, w := range all {
		// Single letters are what is left of abbreviations such as 'e.d.'.
		if !stopwords[w] && (len(w) > 1 || w[0] >= '0' && w[0] <= '9') {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		words = all
	}
	words = words[:min(len(words), slugWordCount)]
	id := strings.Join(words, "-")
	for len(id) > SlugMaxBytes && len(words) > 1 {
		words = words[:len(words)-1]
		id = strings.Join(words, "-")
	}
	if len(id) > SlugMaxBytes {
		id = strings.TrimRight(id[:SlugMaxBytes], "-")
	}
	return id
}

// IDLike is the valid id nearest to what an author wrote as one: all its
// words, lowercase, joined by hyphens ('Vraag 1' is 'vraag-1'); "" when
// it has no letters or digits.
func IDLike(s string) string { return strings.Join(slugWords(s), "-") }
