package markdown

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Para is a block of Markdown text for layout outside HTML: a paragraph,
// a heading, or the first or a following paragraph of a list item.
type Para struct {
	Runs []Run
	// Marker is the item's bullet ('•') or number ('2.') on the first
	// paragraph of a list item, "" otherwise.
	Marker string
	// Depth is how deep in lists the paragraph is: 0 outside any list.
	Depth int
	// Heading is the heading's level, 0 for other text.
	Heading int
	Quote   bool // inside a block quote
}

// Paras turns block Markdown into paragraphs, read as Block reads it.
func Paras(source string) []Para {
	src := []byte(source)
	doc := md.Parser().Parse(text.NewReader(src))
	var out []Para
	var walk func(n ast.Node, depth int, quote bool)
	walk = func(n ast.Node, depth int, quote bool) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.List:
				number := c.Start
				for item := c.FirstChild(); item != nil; item = item.NextSibling() {
					first := len(out)
					walk(item, depth+1, quote)
					if first < len(out) {
						out[first].Marker = "•"
						if c.IsOrdered() {
							out[first].Marker = strconv.Itoa(number) + "."
						}
					}
					number++
				}
			case *ast.Blockquote:
				walk(c, depth, true)
			case *ast.Heading:
				if runs := inlineRuns(c, src); len(runs) > 0 {
					out = append(out, Para{Runs: runs, Depth: depth, Heading: c.Level, Quote: quote})
				}
			case *ast.Paragraph, *ast.TextBlock:
				if runs := inlineRuns(c, src); len(runs) > 0 {
					out = append(out, Para{Runs: runs, Depth: depth, Quote: quote})
				}
			case *ast.CodeBlock, *ast.FencedCodeBlock:
				// Text indented by accident: its words, as a paragraph.
				var b strings.Builder
				lines := c.Lines()
				for i := range lines.Len() {
					at := lines.At(i)
					b.WriteString(strings.ReplaceAll(string(at.Value(src)), "\n", " "))
				}
				if t := strings.TrimSpace(b.String()); t != "" {
					out = append(out, Para{Runs: []Run{{Text: t}}, Depth: depth, Quote: quote})
				}
			case *ast.HTMLBlock, *ast.ThematicBreak:
			default:
				walk(c, depth, quote)
			}
		}
	}
	walk(doc, 0, false)
	return out
}
