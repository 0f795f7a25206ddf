package markdown

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Run is a stretch of text in one style, for layout outside HTML, such as
// on the printed cards.
type Run struct {
	Text   string
	Italic bool
	Bold   bool
	// Link is the web address the text links to: only an absolute http,
	// https or mailto address, which works outside the site too.
	Link string `json:",omitempty"`
}

// Runs turns inline Markdown into styled runs: *emphasis* is italic,
// **strong** is bold, links keep their text, images their alt text, raw
// HTML is dropped, and line breaks become spaces. Neighbouring runs of one
// style are merged. The text is read as Inline reads it.
func Runs(source string) []Run { return runsOf(inlineMD, source) }

// runsOf is Runs for a text parsed by m; blocks are set apart by a space,
// and code blocks keep their text.
func runsOf(m goldmark.Markdown, source string) []Run {
	src := []byte(source)
	doc := m.Parser().Parse(text.NewReader(src))
	return inlineRuns(doc, src)
}

// inlineRuns are the runs of a parsed node's text.
func inlineRuns(doc ast.Node, src []byte) []Run {
	var runs []Run
	link := ""
	add := func(s string, italic, bold bool) {
		if s == "" {
			return
		}
		if n := len(runs); n > 0 && runs[n-1].Italic == italic && runs[n-1].Bold == bold && runs[n-1].Link == link {
			runs[n-1].Text += s
			return
		}
		runs = append(runs, Run{Text: s, Italic: italic, Bold: bold, Link: link})
	}
	var walk func(n ast.Node, italic, bold bool)
	walk = func(n ast.Node, italic, bold bool) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Emphasis:
				walk(c, italic || c.Level == 1, bold || c.Level >= 2)
			case *ast.Link:
				link = WebAddress(string(c.Destination))
				walk(c, italic, bold)
				link = ""
			case *ast.AutoLink:
				link = WebAddress(string(c.URL(src)))
				add(string(c.Label(src)), italic, bold)
				link = ""
			case *ast.CodeSpan:
				for t := c.FirstChild(); t != nil; t = t.NextSibling() {
					if t, ok := t.(*ast.Text); ok {
						add(string(t.Segment.Value(src)), italic, bold)
					}
				}
			case *ast.Text:
				add(literal(c.Segment.Value(src)), italic, bold)
				if c.SoftLineBreak() || c.HardLineBreak() {
					add(" ", italic, bold)
				}
			case *ast.String:
				add(string(c.Value), italic, bold)
			case *ast.RawHTML, *ast.HTMLBlock:
			case *ast.CodeBlock, *ast.FencedCodeBlock:
				if len(runs) > 0 {
					add(" ", italic, bold)
				}
				lines := c.Lines()
				for i := range lines.Len() {
					at := lines.At(i)
					add(strings.ReplaceAll(string(at.Value(src)), "\n", " "), italic, bold)
				}
			default:
				if c.Type() == ast.TypeBlock && len(runs) > 0 {
					add(" ", italic, bold)
				}
				walk(c, italic, bold)
			}
		}
	}
	walk(doc, false, false)
	return trimEdges(runs)
}

// WebAddress is address when it is an absolute http, https or mailto
// address, and "" otherwise: a link in a PDF or a download leaves the
// site, so an address relative to it, or a script, leads nowhere.
func WebAddress(address string) string {
	lower := strings.ToLower(address)
	for _, scheme := range []string{"https://", "http://", "mailto:"} {
		if strings.HasPrefix(lower, scheme) && len(address) > len(scheme) && !strings.ContainsAny(address, " \t\n<>\"") {
			return address
		}
	}
	return ""
}

// literal resolves what Markdown writes in code for a character:
// backslash escapes and entity references, as the HTML renderer does.
func literal(segment []byte) string {
	resolved := util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(segment)))
	return strings.ToValidUTF8(strings.ReplaceAll(string(resolved), "\x00", "\uFFFD"), "\uFFFD")
}

// trimEdges removes the spaces at both ends of the text, dropping runs
// that held nothing else.
func trimEdges(runs []Run) []Run {
	for len(runs) > 0 {
		runs[0].Text = strings.TrimLeft(runs[0].Text, " ")
		if runs[0].Text != "" {
			break
		}
		runs = runs[1:]
	}
	for n := len(runs); n > 0; n = len(runs) {
		runs[n-1].Text = strings.TrimRight(runs[n-1].Text, " ")
		if runs[n-1].Text != "" {
			break
		}
		runs = runs[:n-1]
	}
	return runs
}
