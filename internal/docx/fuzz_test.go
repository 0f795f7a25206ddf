package docx_test

import (
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/docx"
	"github.com/rodedraad/rodedraad/internal/docx/docxtest"
	"github.com/rodedraad/rodedraad/internal/fuzzbudget"
)

// FuzzDocumentPart reads any document part in a well-made archive, where
// a mutated archive would mostly fail its checksums before the XML is
// read. Whatever the part, the reader must not panic or hang, and every
// line of the text it makes must belong to one of its paragraphs, as
// the import's report names them.
func FuzzDocumentPart(f *testing.F) {
	f.Add(docxtest.Factsheet().XMLPart())
	f.Add(`<w:document><w:body><w:p><w:hyperlink r:id="x"><w:r><w:fldChar w:fldCharType="end"/><w:br/></w:r></w:hyperlink></w:p></w:body></w:document>`)
	f.Add(`<w:p><w:p><w:r><w:t>a</w:t></w:r></w:p><w:del><w:p></w:del></w:p>`)
	f.Fuzz(func(t *testing.T, part string) {
		defer fuzzbudget.Start(t, fuzzbudget.PerInput)()
		doc, err := docx.Read(docxtest.Document{XML: part}.Bytes())
		if err != nil {
			return
		}
		lines := strings.Split(doc.Markdown(), "\n")
		for i, line := range lines {
			if p := doc.ParagraphOfLine(i + 1); line != "" && (p < 1 || p > len(doc.Paragraphs) || !strings.Contains(doc.Paragraphs[p-1], line)) {
				t.Fatalf("line %d %q is placed in paragraph %d of %d", i+1, line, p, len(doc.Paragraphs))
			}
		}
	})
}
