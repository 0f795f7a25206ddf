package docx_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/docx"
	. "github.com/rodedraad/rodedraad/internal/docx/docxtest"
	"github.com/rodedraad/rodedraad/internal/message"
)

func read(t *testing.T, d Document) []string {
	t.Helper()
	doc, err := docx.Read(d.Bytes())
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	return doc.Paragraphs
}

func TestParagraphsAsMarkdown(t *testing.T) {
	got := read(t, Document{
		Body: []string{
			P("Titel", R("Samen op pad")),
			Heading(1, "Rode draad"),
			Heading(2, "Meer weten?"),
			P("", R("Een "), B("vet"), R(" en een "), I("schuin"), R(" woord, en "), B("vet"), B(" in twee stukken"), R(".")),
			P("", R("Met stijl: "), Styled("Zwaar", "sterk"), R(" en "), Styled("Nadruk", "nadruk"), R(".")),
			Item(Bullets, 0, R("Eerste punt")),
			Item(Bullets, 1, R("Daaronder")),
			Item(Bullets, 0, R("Tweede punt")),
			Item(Numbered, 0, R("Stap een")),
			Item(Numbered, 1, R("Iets onder de stap")),
			Item(Numbered, 0, R("Stap twee")),
			P("Lijstopsommingsteken", R("Een opsomming door haar stijl")),
			P("", Link("rIdGids", R("De gids")), R(" over samen leren")),
			P("", FieldLink("https://voorbeeld.nl/veld", R("Via een veld"))),
			P("", Link("rIdKaal", R("https://voorbeeld.nl/kaal"))),
			P("", R("Een regel"), Break(), R("en nog een")),
			P("", R("Sterren * en [haken] en snake_case en _los_")),
			P(""),
		},
		Links: map[string]string{"rIdGids": "https://voorbeeld.nl/gids (2024)", "rIdKaal": "https://voorbeeld.nl/kaal"},
	})
	want := []string{
		"# Samen op pad",
		"# Rode draad",
		"## Meer weten?",
		"Een **vet** en een *schuin* woord, en **vet in twee stukken**.",
		"Met stijl: **sterk** en *nadruk*.",
		"- Eerste punt",
		"  - Daaronder",
		"- Tweede punt",
		"1. Stap een",
		"  - Iets onder de stap",
		"2. Stap twee",
		"- Een opsomming door haar stijl",
		"[De gids](https://voorbeeld.nl/gids%20%282024%29) over samen leren",
		"[Via een veld](https://voorbeeld.nl/veld)",
		"https://voorbeeld.nl/kaal",
		"Een regel\nen nog een",
		`Sterren \* en \[haken\] en snake_case en \_los\_`,
		"",
	}
	if strings.Join(got, "\n|\n") != strings.Join(want, "\n|\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// What Word keeps but no reader sees stays out: deleted revisions, hidden
// text, the instruction of a field, the fallback copy of a drawing.
func TestTextNoReaderSees(t *testing.T) {
	got := read(t, Document{Body: []string{
		`<w:p><w:r><w:t>Blijft</w:t></w:r><w:del w:id="1"><w:r><w:delText>weg</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t xml:space="preserve"> erbij</w:t></w:r></w:ins></w:p>`,
		`<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>verborgen</w:t></w:r><w:r><w:t>zichtbaar</w:t></w:r></w:p>`,
		`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
		`<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>In een kader</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In een kader</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Naast het kader</w:t></w:r></w:p>`,
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cel een</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cel twee</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
	}})
	want := "Blijft erbij|zichtbaar|3|In een kader|Naast het kader|Cel een|Cel twee"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestParagraphOfLine(t *testing.T) {
	doc := &docx.Document{Paragraphs: []string{"een", "twee\ndrie", "", "vier"}}
	md := doc.Markdown()
	for n, line := range strings.Split(md, "\n") {
		if line == "" {
			continue
		}
		want := map[string]int{"een": 1, "twee": 2, "drie": 2, "vier": 4}[line]
		if got := doc.ParagraphOfLine(n + 1); got != want {
			t.Errorf("line %d %q: paragraph %d, want %d", n+1, line, got, want)
		}
	}
}

func zipOf(t *testing.T, parts map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Files that are no Word document, damaged ones and crafted ones are
// refused with what to do, and read no further than their limits.
func TestFilesThatAreNoDocument(t *testing.T) {
	deep := strings.Repeat("<w:p>", 100000) + strings.Repeat("</w:p>", 100000)
	for _, tc := range []struct {
		name string
		src  []byte
		want string
	}{
		{"plain text", []byte("Rode draad\n"), "is no Word document (.docx)"},
		{"Word 97-2003", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), "Word 97-2003 document (.doc)"},
		{"another zip", zipOf(t, map[string][]byte{"content.xml": []byte("<x/>")}), "is no Word document (.docx)"},
		{"damaged XML", zipOf(t, map[string][]byte{"word/document.xml": []byte("<w:document><w:body><w:p>")}), "word/document.xml in this document is no well-formed XML"},
		{"nested without end", zipOf(t, map[string][]byte{"word/document.xml": []byte(deep)}), "nested too deep"},
		{"zip bomb", zipOf(t, map[string][]byte{"word/document.xml": make([]byte, docx.MaxPartSize+1)}), "unpacks to more than 64 MB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := docx.Read(tc.src)
			if err == nil {
				t.Fatalf("read %d paragraphs, want an error", len(doc.Paragraphs))
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to say %q", err, tc.want)
			}
			if nl := message.Of(err).In(message.Dutch); nl == err.Error() {
				t.Errorf("no Dutch for %q", err)
			}
		})
	}
	if !errors.Is(func() error { _, err := docx.Read([]byte("x")); return err }(), docx.ErrNotDocx) {
		t.Error("plain text is not ErrNotDocx")
	}
}
