package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Run is a stretch of text in one style, for layout outside HTML, such as
// on the printed cards.
type Run struct {
	Text   string
	Italic bool
	Bold   bool
}

// Runs turns inline Markdown into styled runs: *emphasis* is italic,
// **strong** is bold, links keep their text, raw HTML is dropped, and
// line breaks become spaces. Neighbouring runs of one style are merged.
func Runs(source string) []Run {
	src := []byte(source)
	doc := md.Parser().Parse(text.NewReader(src))
	var runs []Run
	add := func(s string, italic, bold bool) {
		if s == "" {
			return
		}
		if n := len(runs); n > 0 && runs[n-1].Italic == italic && runs[n-1].Bold == bold {
			runs[n-1].Text += s
			return
		}
		runs = append(runs, Run{Text: s, Italic: italic, Bold: bold})
	}
	var walk func(n ast.Node, italic, bold bool)
	walk = func(n ast.Node, italic, bold bool) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Emphasis:
				walk(c, italic || c.Level == 1, bold || c.Level >= 2)
			case *ast.Text:
				add(string(c.Segment.Value(src)), italic, bold)
				if c.SoftLineBreak() || c.HardLineBreak() {
					add(" ", italic, bold)
				}
			case *ast.String:
				add(string(c.Value), italic, bold)
			case *ast.RawHTML:
			default:
				if c.Type() == ast.TypeBlock && len(runs) > 0 {
					add(" ", italic, bold)
				}
				walk(c, italic, bold)
			}
		}
	}
	walk(doc, false, false)
	if n := len(runs); n > 0 {
		runs[0].Text = strings.TrimLeft(runs[0].Text, " ")
		runs[n-1].Text = strings.TrimRight(runs[n-1].Text, " ")
	}
	return runs
}
