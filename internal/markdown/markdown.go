// Package markdown renders the Markdown of the model with goldmark, the
// one pipeline for the site, the cards and the search index. Raw HTML in
// content is never passed through, and neither are javascript: links.
package markdown

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/yuin/goldmark"
)

// md has no html.WithUnsafe: raw HTML is dropped and dangerous link
// targets are emptied.
var md = goldmark.New()

// Block renders Markdown with paragraphs and lists to HTML.
func Block(source string) template.HTML {
	var buf bytes.Buffer
	if err := md.Convert([]byte(source), &buf); err != nil {
		// goldmark only fails when the writer fails, and a buffer does not.
		panic(err)
	}
	return template.HTML(strings.TrimSpace(buf.String()))
}

// Inline renders one line of inline Markdown to HTML, without the
// paragraph around it.
func Inline(source string) template.HTML {
	html := string(Block(source))
	if strings.HasPrefix(html, "<p>") && strings.HasSuffix(html, "</p>") && strings.Count(html, "<p>") == 1 {
		html = html[len("<p>") : len(html)-len("</p>")]
	}
	return template.HTML(html)
}

// Plain returns the text of Markdown without any markup, for page
// descriptions and search.
func Plain(source string) string {
	var b strings.Builder
	for _, r := range Runs(source) {
		b.WriteString(r.Text)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
