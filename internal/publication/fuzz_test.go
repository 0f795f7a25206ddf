package publication

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/rodedraad/rodedraad/internal/fuzzbudget"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/synthetic"
)

// FuzzFactsheetText puts any text in every kind of field of an edition:
// titles, inline and block Markdown, links, key figures. The PDF is
// always made, and always a whole file.
func FuzzFactsheetText(f *testing.F) {
	f.Add("Luister ik *echt*?", "- een\n- twee\n\n> citaat", "https://voorbeeld.nl/")
	f.Add("", "", "")
	f.Add("\u00ad\u200b\t\n(\\)", "    code\n\n# kop\n\n1. een\n   - diep", "javascript:alert(1)")
	f.Add("<script>x</script> ***a***", "[link](https://a.nl/(x)) <https://b.nl>", "mailto:")
	f.Fuzz(func(t *testing.T, inline, block, address string) {
		defer fuzzbudget.Start(t, fuzzbudget.PerInput)()
		if !utf8.ValidString(inline) || !utf8.ValidString(block) || !utf8.ValidString(address) {
			return // the loader accepts only UTF-8
		}
		site := synthetic.Site(1, 2, 3)
		e := site.Factsheets[0].Editions[0]
		e.Title, e.Subtitle = inline, inline
		e.Intro, e.ReadingGuide = model.Markdown(block), model.Markdown(block)
		e.KeyFigures = []model.KeyFigure{{Value: 1, Label: inline, Note: model.Inline(inline)}}
		e.Quotes = []model.Quote{{Text: model.Inline(inline), Role: inline}}
		e.LinkGroups = []model.LinkGroup{{Title: inline, Links: []model.Link{{Title: inline, URL: address, Note: model.Inline(inline)}}}}
		e.Closing = &model.Closing{Title: inline, Text: model.Markdown(block), Tips: []model.Inline{model.Inline(inline)}}
		for _, th := range e.Themes {
			th.Title, th.Finding, th.Explanation = inline, model.Inline(inline), model.Markdown(block)
			th.Questions[0].Text = model.Inline(inline)
			th.Questions[0].Sub = []model.Inline{model.Inline(block)}
		}
		pdf, err := Render(e, site, e.DocumentDate())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(pdf, []byte("%PDF-1.7\n")) || !bytes.HasSuffix(pdf, []byte("%%EOF\n")) {
			t.Fatalf("not a whole PDF: %q … %q", pdf[:min(20, len(pdf))], pdf[max(0, len(pdf)-20):])
		}
	})
}
