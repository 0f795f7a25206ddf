package typeset

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rodedraad/rodedraad/internal/markdown"
)

// countingMeasurer gives every character the same width and counts the
// characters it was asked to measure: the layout's work, without a clock.
type countingMeasurer struct{ measured int }

func (c *countingMeasurer) Width(text string, _ Style, size float64) float64 {
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
		p, _ := Wrap(markdown.Runs(word), 12, 80, m)
		var set strings.Builder
		for _, ln := range p.Lines {
			for _, pc := range ln.Pieces {
				set.WriteString(pc.Text)
			}
		}
		n := utf8.RuneCountInString(word)
		if got := strings.ReplaceAll(set.String(), BreakHyphen, ""); got != word {
			t.Errorf("%.20s…: the lines do not hold the word: %.60q…", word, set.String())
		}
		if limit := 3*n + 10*len(p.Lines); m.measured > limit {
			t.Errorf("%.20s… (%d characters, %d lines): %d characters measured, want at most %d", word, n, len(p.Lines), m.measured, limit)
		}
	}
}

// A soft hyphen typed into a text is not drawn: only a line break adds a
// hyphen, so a word with one set on a wide line shows no hyphen at all.
func TestSoftHyphenInTheTextIsNotDrawn(t *testing.T) {
	p, _ := Wrap(markdown.Runs("jeugd\u00adhulp en zorg"), 10, 500, &countingMeasurer{})
	var got strings.Builder
	for _, ln := range p.Lines {
		for _, pc := range ln.Pieces {
			got.WriteString(pc.Text + "|")
		}
	}
	if got.String() != "jeugdhulp|en|zorg|" {
		t.Errorf("pieces %q, want the words without the soft hyphen", got.String())
	}
}
