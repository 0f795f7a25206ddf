package cards

import (
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
)

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
	d := Deck{ID: "inspringen", Title: "Inspringen", Series: "Reeks", Sources: []string{"Bron"}, Groups: []Group{{Title: "Luisteren", Colour: "#1f5f8b", Questions: []model.Question{q}}}}
	f := formats[A6]
	c := cardsOf(d, nil)[1]
	l := layout(c.front, f.body(), f.maxSize, f.minSize, newRenderer(f, A4))
	var printed []string
	for _, p := range l.paras {
		var text []string
		for _, ln := range p.Lines {
			for _, pc := range ln.Pieces {
				text = append(text, pc.Text)
			}
		}
		printed = append(printed, p.bullet+" "+strings.Join(text, " "))
	}
	want := []string{" Luister ik echt naar het gezin?", "• Ook als het druk is?", "• Ook thuis?"}
	if strings.Join(printed, "|") != strings.Join(want, "|") {
		t.Errorf("the card front reads %q, want %q", printed, want)
	}
}
