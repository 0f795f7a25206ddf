package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/browsertest"
)

func lato(t testing.TB, name string) *Font {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "typeset", "fonts", name))
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseFont(data)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// sample is a two-page document with every construct the package writes.
func sample(t testing.TB) []byte {
	regular, bold := lato(t, "Lato-Regular.ttf"), lato(t, "Lato-Bold.ttf")
	d := New(Info{Title: "Proef – één document", Author: "rodedraad", Subject: "test", Lang: "nl", Date: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)})
	black := Colour{0x1a, 0x1a, 0x1a}
	p1 := d.AddPage(210, 297)
	p2 := d.AddPage(210, 297)
	sect := d.Structure().Add("Sect")
	h := sect.Add("H1")
	p1.FillRect(Rect{0, 0, 210, 30}, Colour{0xc0, 0x39, 0x2b})
	p1.Begin(h)
	p1.Text(20, 20, bold, 20, Colour{255, 255, 255}, "Werken vanuit één plan")
	p1.End()
	para := sect.Add("P")
	p1.Begin(para)
	p1.Text(20, 50, regular, 11, black, "Hoe zorg je dat iedereen ")
	p1.Text(20+regular.Width("Hoe zorg je dat iedereen ", 11)/ptPerMM, 50, bold, 11, black, "meedoet?")
	p1.End()
	list := sect.Add("L")
	item := list.Add("LI")
	p1.Begin(item.Add("Lbl"))
	p1.Text(20, 60, regular, 11, black, "•")
	p1.End()
	p1.Begin(item.Add("LBody"))
	p1.Text(25, 60, regular, 11, black, "Een vraag in een lijst")
	p1.End()
	link := sect.Add("Link")
	p1.Begin(link)
	p1.Text(20, 70, regular, 11, Colour{0, 0x50, 0xa0}, "Naar pagina 2")
	p1.End()
	p1.LinkPage(link, Rect{20, 66, 40, 5}, p2, 0, "Naar pagina 2")
	web := sect.Add("Link")
	p1.Begin(web)
	p1.Text(20, 80, regular, 11, Colour{0, 0x50, 0xa0}, "voorbeeld.nl")
	p1.End()
	p1.LinkURI(web, Rect{20, 76, 40, 5}, "https://voorbeeld.nl/", "Website voorbeeld.nl")
	p1.Line(0, 100, 210, 100, 0.2, Colour{0xa0, 0xa0, 0xa0})
	more := d.Structure().Add("Sect")
	p2.Begin(more.Add("P"))
	p2.Text(20, 20, regular, 11, black, "Tweede pagina, ÀÉÎõü ﬁ ĳ")
	p2.End()
	b := d.Bookmark("Werken vanuit één plan", p1, 0)
	b.Bookmark("Tweede", p2, 0)
	out, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

func TestTaggedDocument(t *testing.T) {
	for _, tool := range []struct{ name, pkg string }{{"pdfinfo", "poppler-utils"}, {"qpdf", "qpdf"}, {"pdffonts", "poppler-utils"}, {"pdftotext", "poppler-utils"}} {
		browsertest.Tool(t, tool.name, tool.pkg)
	}
	file := filepath.Join(t.TempDir(), "proef.pdf")
	data := sample(t)
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// The XMP metadata is left uncompressed, for tools that read only it.
	for _, want := range []string{"<pdfuaid:part>1</pdfuaid:part>", `<rdf:li xml:lang="x-default">Proef – één document</rdf:li>`, "<dc:language><rdf:Bag><rdf:li>nl</rdf:li>"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the XMP metadata lacks %s", want)
		}
	}
	if catalog := run(t, "qpdf", "--show-object=1", file); !strings.Contains(catalog, "/DisplayDocTitle true") || !strings.Contains(catalog, "/Lang (nl)") {
		t.Errorf("the catalog does not ask to show the title, or has no language: %s", catalog)
	}
	run(t, "qpdf", "--check", file)
	info := run(t, "pdfinfo", file)
	for _, want := range []string{"Tagged:          yes", "Title:           Proef – één document", "Pages:           2", "PDF version:     1.7"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	structure := run(t, "pdfinfo", "-struct-text", file)
	for _, want := range []string{"H1", "Werken vanuit één plan", "Hoe zorg je dat iedereen meedoet?", "LBody", "Een vraag in een lijst", "Link", "Tweede pagina"} {
		if !strings.Contains(structure, want) {
			t.Errorf("structure lacks %q:\n%s", want, structure)
		}
	}
	fonts := run(t, "pdffonts", file)
	lines := strings.Split(strings.TrimSpace(fonts), "\n")[2:]
	if len(lines) != 2 {
		t.Fatalf("want 2 fonts, got:\n%s", fonts)
	}
	for _, l := range lines {
		f := strings.Fields(l)
		// name type(2 words) encoding emb sub uni
		if !strings.Contains(f[0], "+Lato-") || f[len(f)-5] != "yes" || f[len(f)-4] != "yes" || f[len(f)-3] != "yes" {
			t.Errorf("font not embedded, subset and mapped to Unicode: %s", l)
		}
	}
	text := run(t, "pdftotext", file, "-")
	if !strings.Contains(text, "Tweede pagina, ÀÉÎõü") {
		t.Errorf("text did not come back:\n%s", text)
	}
}
