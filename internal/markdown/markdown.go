// Package markdown renders the Markdown of the model with goldmark, the
// one pipeline for the site, the cards and the search index. Raw HTML in
// content is never passed through, and neither are javascript: links.
// Images are never shown: an image is its alt text, so that a page loads
// nothing from another site (README.md, Data layout).
package markdown

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// md has no html.WithUnsafe: raw HTML is dropped and dangerous link
// targets are emptied.
var md = goldmark.New(goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(imagesAsText{}, 100))))

// inlineMD reads a text as one paragraph of inline Markdown, whatever its
// lines start with: an indented line is not code, '# ' is not a heading
// and '- ' is not a list.
var inlineMD = goldmark.New(
	goldmark.WithParser(parser.NewParser(
		parser.WithBlockParsers(util.Prioritized(inlineParagraph{parser.NewParagraphParser()}, 100)),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
	)),
	goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(imagesAsText{}, 100))),
)

// Block renders Markdown with paragraphs and lists to HTML.
func Block(source string) template.HTML {
	return template.HTML(rendered.remember('b', source, func(source string) string { return string(render(md, source)) }))
}

// Inline renders one line of inline Markdown to HTML, without the
// paragraph around it.
func Inline(source string) template.HTML {
	return template.HTML(rendered.remember('i', source, func(source string) string {
		html := string(render(inlineMD, source))
		return strings.TrimPrefix(strings.TrimSuffix(html, "</p>"), "<p>")
	}))
}

func render(m goldmark.Markdown, source string) template.HTML {
	var buf bytes.Buffer
	if err := m.Convert([]byte(source), &buf); err != nil {
		// goldmark only fails when the writer fails, and a buffer does not.
		panic(err)
	}
	return template.HTML(strings.TrimSpace(buf.String()))
}

// Plain returns the text of Markdown without any markup, for page
// descriptions and search.
func Plain(source string) string {
	return rendered.remember('p', source, func(source string) string {
		var b strings.Builder
		for _, r := range runsOf(md, source) {
			b.WriteString(r.Text)
		}
		return strings.Join(strings.Fields(b.String()), " ")
	})
}

// inlineParagraph is goldmark's paragraph parser made to take every line:
// an indented first line too, and blank lines, which end nothing.
type inlineParagraph struct{ parser.BlockParser }

func (p inlineParagraph) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	if line, _ := reader.PeekLine(); util.IsBlank(line) {
		reader.AdvanceToEOL()
		return parser.Continue | parser.NoChildren
	}
	return p.BlockParser.Continue(node, reader, pc)
}

func (inlineParagraph) CanAcceptIndentedLine() bool { return true }

// imagesAsText renders an image as its alt text, which goldmark keeps as
// the image's children, instead of an <img> that would load its address.
type imagesAsText struct{}

func (imagesAsText) RegisterFuncs(r renderer.NodeRendererFuncRegisterer) {
	r.Register(ast.KindImage, func(util.BufWriter, []byte, ast.Node, bool) (ast.WalkStatus, error) {
		return ast.WalkContinue, nil
	})
}
