package importer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
)

// Reports of a project or a meeting sum up the work in numbers: '71
// professionals', '87% van de deelnemers', 'bijna 70 professionals'. The
// sentence stays in the text; the number with what it counts becomes a
// key figure too, as the hand-made data has them. Building blocks and
// factsheets describe a way of working, and their numbers ('100%
// uitwisseling') are no result, so only reports are read for them.

// figure is a number in prose with what follows it; a number glued to
// other characters ('[1]', '24-05-2022', 'H10') is none.
var figure = regexp.MustCompile(`(?:^|[\s(])(?:((?i:bijna|ruim|ongeveer|circa|zo'n|meer dan|minder dan|maar liefst))\s+)?(\d{1,3}(?:,\d+)?)(\s?%)?\s+(\p{L}[^.,;:!?()\[\]“”"\d]*)`)

// figureEnd are the words a figure's label stops at: the verb of the
// sentence, or a word that starts where or when, or what else it says.
// 'van' is not one: '87% van de deelnemers' counts the participants.
var figureEnd = []string{"zijn", "is", "was", "waren", "geweest", "worden", "wordt", "werd", "werden",
	"hebben", "heeft", "had", "hadden", "kunnen", "kan", "gaan", "gaat", "spraken", "deden", "namen",
	"in", "op", "naar", "bij", "samen", "tijdens", "met", "vanuit", "uit", "rondom", "rond", "aan", "voor", "om"}

// labelTail are words that cannot end a label: they lead on to what was
// cut off.
var labelTail = []string{"van", "vanuit", "uit", "met", "en", "in", "op", "aan", "voor", "de", "het", "een", "die", "dat", "bij", "om"}

// maxLabelWords keeps a label a label rather than the rest of a sentence.
const maxLabelWords = 12

// months are left alone: '19 mei' is a date, not a count.
var months = []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
	"september", "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "okt", "nov", "dec"}

// keyFigures adds the figures of a text to the document, once per number:
// a report repeats its numbers ('13 sessies' in the introduction and
// again further on).
func (d *document) keyFigures(text string) {
	// The search goes on right after each number, since what follows one
	// may lead to the next ('71 professionals vanuit 27 partijen').
	for at := 0; at < len(text); {
		i := figure.FindStringSubmatchIndex(text[at:])
		if i == nil {
			return
		}
		m := func(g int) string {
			if i[2*g] < 0 {
				return ""
			}
			return text[at+i[2*g] : at+i[2*g+1]]
		}
		prefix, number, unit, rest := strings.ToLower(m(1)), m(2), strings.TrimSpace(m(3)), m(4)
		at += i[5]
		words := strings.Fields(rest)
		if len(words) == 0 || slices.Contains(months, strings.ToLower(words[0])) {
			continue
		}
		value, err := strconv.ParseFloat(strings.Replace(number, ",", ".", 1), 64)
		if err != nil || value == 0 {
			continue
		}
		label := figureLabel(words)
		if label == "" || slices.ContainsFunc(d.figures, func(k model.KeyFigure) bool { return k.Value == value && k.Unit == unit }) {
			continue
		}
		d.figures = append(d.figures, model.KeyFigure{Value: value, Unit: unit, Prefix: prefix, Label: label})
	}
}

// figureLabel is what a number counts: the words after it up to the verb,
// a dash, the next number or maxLabelWords, without a dangling word.
func figureLabel(words []string) string {
	var label []string
	for _, w := range words {
		lw := strings.ToLower(w)
		if slices.Contains(figureEnd, lw) || strings.HasPrefix(w, "-") || strings.HasPrefix(w, "–") ||
			(w[0] >= '0' && w[0] <= '9') || len(label) == maxLabelWords {
			break
		}
		label = append(label, w)
	}
	for len(label) > 0 && slices.Contains(labelTail, strings.ToLower(label[len(label)-1])) {
		label = label[:len(label)-1]
	}
	return strings.Join(label, " ")
}
