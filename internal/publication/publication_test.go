package publication

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
)

func demo(t testing.TB) *model.Site {
	t.Helper()
	s, diags := load.Site("../..")
	if diags.HasErrors() {
		t.Fatalf("demo data: %v", diags)
	}
	return s
}

func friesland(t testing.TB, s *model.Site) *model.Edition {
	e := s.Factsheet("friesland").Edition("2021-2024")
	if e == nil || len(e.Themes) != 6 {
		t.Fatal("the demo's Friesland edition 2021-2024 with six themes is gone")
	}
	return e
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

// words makes text comparable across line breaks and hyphenation.
func words(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\u00ad\n", ""), "\u00ad", "")
	return strings.Join(strings.Fields(s), " ")
}

// The 'Done when': the text read back has every theme, the
// questions of a theme in order, each theme page has a working button to
// every other theme page, and the bookmarks list every theme.
func TestFactsheetPDFReadsBackWithItsThemesQuestionsButtonsAndBookmarks(t *testing.T) {
	pdfinfo := browsertest.Tool(t, "pdfinfo", "poppler-utils")
	pdftotext := browsertest.Tool(t, "pdftotext", "poppler-utils")
	qpdf := browsertest.Tool(t, "qpdf", "qpdf")
	s := demo(t)
	e := friesland(t, s)
	data, err := Render(e, s, e.DocumentDate())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), FileName(e))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, qpdf, "--check", path)
	info := run(t, pdfinfo, path)
	for _, want := range []string{"Tagged:          yes", "Title:           Samen leren doen in de jeugdhulp (2021–2024)", "Author:          Kenniswerkplaats Jeugd Friesland"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}

	text := words(run(t, pdftotext, path, "-"))
	for _, th := range e.Themes {
		if !strings.Contains(text, th.Title) {
			t.Errorf("the text lacks theme %q", th.Title)
		}
	}
	at := 0
	for i, q := range e.Themes[0].Questions {
		want := words(markdown.Plain(string(q.Text)))
		found := strings.Index(text[at:], want)
		if found < 0 {
			t.Fatalf("question %d of %q is not in the text after question %d: %q", i+1, e.Themes[0].Title, i, want)
		}
		at += found + len(want)
	}
	structure := words(run(t, pdfinfo, "-struct-text", path))
	for _, th := range e.Themes {
		if !strings.Contains(structure, `H2 (block) "`+th.Title+`"`) {
			t.Errorf("the structure has no heading for theme %q", th.Title)
		}
	}

	var doc struct {
		Pages []struct {
			Object string `json:"object"`
			Page   int    `json:"pageposfrom1"`
		} `json:"pages"`
		Outlines []struct {
			Title string `json:"title"`
			Page  int    `json:"destpageposfrom1"`
			Kids  []struct {
				Title string `json:"title"`
				Page  int    `json:"destpageposfrom1"`
			} `json:"kids"`
		} `json:"outlines"`
		QPDF []json.RawMessage `json:"qpdf"` // a header, then the objects
	}
	if err := json.Unmarshal([]byte(run(t, qpdf, "--json", path)), &doc); err != nil {
		t.Fatal(err)
	}
	var objects map[string]struct {
		Value map[string]any `json:"value"`
	}
	if len(doc.QPDF) < 2 || json.Unmarshal(doc.QPDF[1], &objects) != nil {
		t.Fatalf("qpdf --json gave no objects")
	}
	// The bookmarks: every theme, under 'Rode draden', at its page.
	themePage := map[string]int{}
	for _, o := range doc.Outlines {
		if o.Title == "Rode draden" {
			for _, k := range o.Kids {
				themePage[k.Title] = k.Page
			}
		}
	}
	pageOf := map[string]int{}
	objectOf := map[int]string{}
	for _, p := range doc.Pages {
		pageOf[p.Object] = p.Page
		objectOf[p.Page] = p.Object
	}
	for i, th := range e.Themes {
		page, ok := themePage[th.Title]
		if !ok {
			t.Errorf("the bookmarks lack theme %q", th.Title)
			continue
		}
		if !strings.Contains(run(t, pdftotext, "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), path, "-"), "Rode draad "+strconv.Itoa(i+1)+" van 6") {
			t.Errorf("bookmark %q leads to page %d, which is not the theme's page", th.Title, page)
		}
	}
	// The buttons: from each theme page, a link to every other theme page.
	for _, from := range e.Themes {
		page := themePage[from.Title]
		annots, _ := objects["obj:"+objectOf[page]].Value["/Annots"].([]any)
		leadsTo := map[int]bool{}
		for _, a := range annots {
			annot := objects["obj:"+a.(string)].Value
			if dest, ok := annot["/Dest"].([]any); ok && annot["/Subtype"] == "/Link" {
				leadsTo[pageOf[dest[0].(string)]] = true
			}
		}
		for _, to := range e.Themes {
			if to != from && !leadsTo[themePage[to.Title]] {
				t.Errorf("the page of %q (page %d) has no button to %q (page %d); its links lead to %v", from.Title, page, to.Title, themePage[to.Title], leadsTo)
			}
		}
	}
}
