package site

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
	"github.com/rodedraad/rodedraad/internal/cards"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/publication"
)

// payload is what an attacker, or a careless copy from a web page, could
// put in any text of the data. The images are on a line of their own: the
// first line is an HTML block to Markdown, which hides the rest of it.
const payload = `<script>alert("x")</script><img src=x onerror=alert(1)> [klik](javascript:alert(1)) <a href="javascript:alert(2)">a</a> &lt;b&gt; &amp; "q" 'q'
![spoor](https://tracker.example/p.png) ![](//tracker.example/q.png)`

// notText are keys whose values are ids, references, addresses or
// vocabularies: checked by the loader, not free text.
var notText = map[string]bool{
	"id": true, "colour": true, "audience": true, "level": true, "kind": true, "current": true,
	"previous": true, "url": true, "theme": true, "related": true, "tags": true, "formerly": true,
	"languages": true, "themes": true, "sections": true, "unit": true,
}

// inject puts the payload in every free-text field reachable from v.
func inject(v reflect.Value) int {
	n := 0
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			n += inject(v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			n += inject(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			key := strings.Split(f.Tag.Get("toml"), ",")[0]
			if key == "-" && f.Type.Kind() != reflect.Slice {
				continue // back-pointers such as Theme.Edition
			}
			if notText[key] || !f.IsExported() {
				continue
			}
			fv := v.Field(i)
			switch {
			case fv.Kind() == reflect.String && key != "-":
				fv.SetString(payload + " " + fv.String())
				n++
			case fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.String:
				for j := range fv.Len() {
					fv.Index(j).SetString(payload)
					n++
				}
			default:
				n += inject(fv)
			}
		}
	}
	return n
}

func injectedSite(t *testing.T) (*model.Site, string) {
	t.Helper()
	dir := fixtureProject(t)
	s := loadSite(t, dir)
	if n := inject(reflect.ValueOf(s)); n < 40 {
		t.Fatalf("the payload went into %d fields only", n)
	}
	return s, dir
}

func TestInjectedTextStaysInertInHTML(t *testing.T) {
	s, dir := injectedSite(t)
	// The site's own pages go through Hugo's Markdown and its render hooks.
	writeProjectFile(t, dir, "content/beeld.md", "---\ntitle: Beeld\n---\n\nTekst ![spoor](https://tracker.example/p.png) "+payload+"\n\n\tingesprongen ![](http://tracker.example/r.png)\n")
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(t.Context(), s, Options{Source: dir, Destination: out}); err != nil {
		t.Fatal(err)
	}
	shown := 0
	err := filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		page := rel(out, path)
		doc := parse(t, path)
		for _, n := range doc.all("", nil) {
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("%s: <%s %s=%q>", page, n.Data, a.Key, a.Val)
				}
				if (a.Key == "href" || a.Key == "src" || a.Key == "action") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") {
					t.Errorf("%s: <%s %s=%q>", page, n.Data, a.Key, a.Val)
				}
			}
			if n.Data == "script" && attr(n, "src") == "" {
				t.Errorf("%s: an inline script: %s", page, text(n))
			}
			if n.Data == "img" && attr(n, "src") == "x" {
				t.Errorf("%s: the payload's image became an element", page)
			}
			if src := attr(n, "src"); (n.Data == "img" || n.Data == "source") && (strings.Contains(src, "//") || strings.Contains(src, "tracker")) {
				t.Errorf("%s: <%s src=%q> loads from another origin", page, n.Data, src)
			}
		}
		if strings.Contains(text(doc.root), `<script>alert("x")</script>`) {
			shown++ // titles and names show the payload as text
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if shown < 10 {
		t.Errorf("the payload is shown as text on %d pages only: escaped text must stay visible, not vanish", shown)
	}
	// In a browser: nothing runs.
	browsertest.Require(t)
	b, base := browsertest.NewBrowser(t), browsertest.Serve(t, out)
	tab := b.Open(t, base+"demo/2024/luisteren/", browsertest.Desktop)
	if live := browsertest.Eval[int](t, tab, `document.querySelectorAll("img[src=x], script:not([src]), [onerror]").length`); live > 0 {
		t.Errorf("%d elements of the payload are live in the browser", live)
	}
	// Nor in search results, which the page's script makes from the
	// index: of text nodes, with the words found marked, never markup.
	tab = b.Open(t, base+"zoeken/?q=onerror", browsertest.Desktop)
	tab.Until(t, `document.querySelector("#zoekresultaten li")`)
	if live := browsertest.Eval[int](t, tab, `document.querySelectorAll("img[src=x], script:not([src]), [onerror], a[href^=javascript]").length`); live > 0 {
		t.Errorf("%d elements of the payload are live in the search results", live)
	}
	titles := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll("#zoekresultaten a")].map(a => a.textContent)`)
	if !slices.ContainsFunc(titles, func(s string) bool { return strings.Contains(s, `<img src=x onerror=alert(1)>`) }) {
		t.Errorf("no search result shows the payload as text: %q", titles)
	}
	if marks := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll("#zoekresultaten mark")].map(m => m.textContent)`); !slices.Contains(marks, "onerror") {
		t.Errorf("the word found is not marked in the search results: marks %q", marks)
	}
}

func TestInjectedTextStaysInertInPDF(t *testing.T) {
	s, _ := injectedSite(t)
	pdftotext := browsertest.Tool(t, "pdftotext", "poppler-utils")
	qpdf := browsertest.Tool(t, "qpdf", "qpdf")
	e := s.Factsheets[0].Current()
	deck, err := cards.Render(cards.EditionDeck(e), s, cards.Options{Size: cards.A6, Sheet: cards.A4}, e.Date)
	if err != nil {
		t.Fatal(err)
	}
	factsheet, err := publication.Render(e, s, e.Date)
	if err != nil {
		t.Fatal(err)
	}
	for name, pdf := range map[string][]byte{"deck.pdf": deck.PDF, "factsheet.pdf": factsheet} {
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, pdf, 0o644); err != nil {
			t.Fatal(err)
		}
		// Every object written out plainly, streams decompressed: what a
		// reader would act on. Text may say 'javascript:'; no action may.
		plain := path + ".qdf"
		if out, err := exec.Command(qpdf, "--qdf", "--object-streams=disable", path, plain).CombinedOutput(); err != nil {
			t.Fatalf("qpdf: %v\n%s", err, out)
		}
		raw, _ := os.ReadFile(plain)
		for _, action := range []string{"/JavaScript", "/JS ", "/JS(", "/JS <", "/Launch", "/OpenAction", "/AA ", "/URI (javascript:", "/URI (data:"} {
			if strings.Contains(string(raw), action) {
				t.Errorf("%s holds %s", name, action)
			}
		}
		txt, err := exec.Command(pdftotext, path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		// Markdown fields drop raw HTML; titles keep it as plain text.
		if !strings.Contains(strings.Join(strings.Fields(string(txt)), " "), `alert("x")`) {
			t.Errorf("the payload is not printed as text in %s:\n%s", name, txt)
		}
	}
}
