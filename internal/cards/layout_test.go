package cards

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
)

// countingMeasurer gives every character the same width and counts the
// characters it was asked to measure: the layout's work, without a clock.
type countingMeasurer struct{ measured int }

func (c *countingMeasurer) width(text string, _ style, size float64) float64 {
	n := utf8.RuneCountInString(text)
	c.measured += n
	return float64(n) * size * 0.2
}

// A word far longer than a line used to be measured again from each break
// point on, for every line: 3,000 characters of 'a-a-…' took 13 s and a
// 50,000-letter word over 120 s. Each character is now measured about
// once for its advance and once where it is drawn.
func TestLongWordsAreMeasuredOncePerCharacter(t *testing.T) {
	for _, word := range []string{strings.Repeat("a", 5000), strings.Repeat("a-", 1500), strings.Repeat("kinderbescherming", 300)} {
		m := &countingMeasurer{}
		p, _ := wrap(markdown.Runs(word), 12, 80, m)
		var set strings.Builder
		for _, ln := range p.lines {
			for _, pc := range ln.pieces {
				set.WriteString(pc.text)
			}
		}
		n := utf8.RuneCountInString(word)
		if got := strings.ReplaceAll(set.String(), breakHyphen, ""); got != word {
			t.Errorf("%.20s…: the lines do not hold the word: %.60q…", word, set.String())
		}
		if limit := 3*n + 10*len(p.lines); m.measured > limit {
			t.Errorf("%.20s… (%d characters, %d lines): %d characters measured, want at most %d", word, n, len(p.lines), m.measured, limit)
		}
	}
}

// An item with nothing to print used to leave its bullet alone on the
// card, in a line the layout did not count: the layout could say the text
// fits while that bullet stood below the safe area.
func TestEmptyItemPrintsNoBullet(t *testing.T) {
	f := formats[A6]
	blocks := []block{{runs: markdown.Runs("Luister ik echt?"), scale: 1}, {runs: markdown.Runs("<b></b>"), scale: 0.86, bullet: "•"}}
	l := layout(blocks, f.body(), f.maxSize, f.minSize, newRenderer(f, A4))
	if len(l.paras) != 1 || l.paras[0].bullet != "" {
		t.Errorf("laid out %d paragraphs, want only the question: %+v", len(l.paras), l.paras)
	}
}

// The reproduction: a sub-question that starts with a tab was read
// as code and its card showed only '•'.
func TestIndentedSubQuestionIsPrinted(t *testing.T) {
	q := model.Question{ID: "druk", Text: "Luister ik *echt* naar het gezin?", Sub: []model.Inline{"\tOok als het druk is?", "    Ook thuis?"}, Audience: model.Professional}
	d := Deck{ID: "inspringen", Title: "Inspringen", Series: "Reeks", Source: "Bron", Groups: []Group{{Title: "Luisteren", Colour: "#1f5f8b", Questions: []model.Question{q}}}}
	f := formats[A6]
	c := cardsOf(d, nil)[1]
	l := layout(c.front, f.body(), f.maxSize, f.minSize, newRenderer(f, A4))
	var printed []string
	for _, p := range l.paras {
		var text []string
		for _, ln := range p.lines {
			for _, pc := range ln.pieces {
				text = append(text, pc.text)
			}
		}
		printed = append(printed, p.bullet+" "+strings.Join(text, " "))
	}
	want := []string{" Luister ik echt naar het gezin?", "• Ook als het druk is?", "• Ook thuis?"}
	if strings.Join(printed, "|") != strings.Join(want, "|") {
		t.Errorf("the card front reads %q, want %q", printed, want)
	}
}
