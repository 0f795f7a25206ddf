package markdown

import (
	"bytes"
	"github.com/rodedraad/rodedraad/internal/message"
	"net/url"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// Notice is something in a text that will not show as its author may
// expect, for check to report where it stands.
type Notice struct {
	Offset  int // in bytes, into the text
	Message message.Text
}

// BlockNotices are the notices for a Markdown text: its images, and lines
// that Markdown shows as code because they are indented.
func BlockNotices(source string) []Notice { return notices(md, source, false) }

// InlineNotices are the notices for an Inline text: its images.
func InlineNotices(source string) []Notice { return notices(inlineMD, source, false) }

// PageNotices are the notices for a page of the project's own content/:
// its images on another site. Hugo renders these pages, and shows an image
// of the project and an indented line as code, as their author means.
func PageNotices(source string) []Notice { return notices(pageMD, source, true) }

// pageMD reads a page with the Markdown extensions Hugo turns on by
// default, so that an image in a footnote, a table or a definition list
// is found where Hugo renders it.
var pageMD = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote, extension.DefinitionList))

// notices walks a text for what will not show as written. onPage is true
// for a page of content/, where only an image on another site is amiss.
func notices(m goldmark.Markdown, source string, onPage bool) []Notice {
	src := []byte(source)
	var out []Notice
	ast.Walk(m.Parser().Parse(text.NewReader(src)), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Image:
			if remote := isRemote(string(n.Destination)); remote || !onPage {
				out = append(out, Notice{Offset: max(n.Pos(), 0), Message: imageMessage(n, src, remote, onPage)})
			}
		case *ast.CodeBlock:
			if !onPage && n.Lines().Len() > 0 {
				start := n.Lines().At(0).Start
				lineStart := bytes.LastIndexByte(src[:start], '\n') + 1
				out = append(out, Notice{Offset: lineStart, Message: message.New("this line starts with a tab or 4 spaces, so Markdown shows it as code; remove the indentation")})
			}
		}
		return ast.WalkContinue, nil
	})
	return out
}

// isRemote reports whether an image's address is on another site, as the
// theme's render-image hook decides it: an address with a scheme or a host.
func isRemote(dest string) bool {
	u, err := url.Parse(dest)
	return err != nil || u.Scheme != "" || u.Host != ""
}

func imageMessage(img *ast.Image, src []byte, remote, onPage bool) message.Text {
	var alt bytes.Buffer
	_ = ast.Walk(img, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering {
			alt.Write(t.Segment.Value(src))
		}
		return ast.WalkContinue, nil
	})
	shown := message.New("its alt text %q is shown instead", alt.String())
	if alt.Len() == 0 {
		shown = message.New("it has no alt text, so nothing is shown")
	}
	dest := string(img.Destination)
	switch {
	case remote && onPage:
		return message.New("the image %s is on another site and is not shown, since the site loads nothing from other origins (%s); put the file under static/ and link it by its path (static/kaart.png is /kaart.png), or remove it", dest, shown)
	case remote:
		return message.New("the image %s is on another site and is not shown, since the site loads nothing from other origins (%s); remove it", dest, shown)
	}
	return message.New("the image %s is not shown, since texts in data/ show no images (%s); remove it, or show it on a page of your own in content/ with the file under static/", dest, shown)
}
