package site

import (
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
)

// printedPage is one page of a PDF as pdftotext reads it back: the words
// in the top and bottom margins, where the running head and the page
// number go, and those of the page itself.
type printedPage struct {
	head, foot, body []string
	// filled is how far down the page's text area its text reaches, from
	// 0 (no text) to 1 (its bottom edge).
	filled float64
}

// pageMargin is the top and bottom margin of a printed page (@page in
// main.css), in PDF points: 18 mm.
const pageMargin = 18 / 25.4 * 72

// printPage prints the page at url as a reader does from the browser and
// reads the PDF back, page by page.
func printPage(t *testing.T, b *browsertest.Browser, url string) []printedPage {
	t.Helper()
	pdftotext := browsertest.Tool(t, "pdftotext", "poppler-utils")
	pdf := filepath.Join(t.TempDir(), "afdruk.pdf")
	if err := os.WriteFile(pdf, b.Open(t, url, browsertest.Desktop).PrintToPDF(t), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	var words struct {
		Pages []struct {
			Height float64 `xml:"height,attr"`
			Words  []struct {
				Top    float64 `xml:"yMin,attr"`
				Bottom float64 `xml:"yMax,attr"`
				Text   string  `xml:",chardata"`
			} `xml:"word"`
		} `xml:"body>doc>page"`
	}
	if err := xml.Unmarshal(out, &words); err != nil {
		t.Fatalf("reading pdftotext's words: %v", err)
	}
	var pages []printedPage
	for _, p := range words.Pages {
		var pg printedPage
		bottom := p.Height - pageMargin
		for _, w := range p.Words {
			switch {
			case w.Bottom <= pageMargin:
				pg.head = append(pg.head, w.Text)
			case w.Top >= bottom:
				pg.foot = append(pg.foot, w.Text)
			default:
				pg.body = append(pg.body, w.Text)
				pg.filled = max(pg.filled, (w.Bottom-pageMargin)/(bottom-pageMargin))
			}
		}
		pages = append(pages, pg)
	}
	if len(pages) == 0 {
		t.Fatalf("printing %s made no pages", url)
	}
	return pages
}

// Every printed page of an edition says what it comes from, for a reader
// with a pile of printouts: the factsheet, the edition and its
// publisher, and which page of how many it is.
func TestBrowserPrintedPagesNameTheirFactsheetAndNumberTheirPages(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, demoSite(t))
	b := browsertest.NewBrowser(t)
	f := publishedSite(t, repo).Factsheet("friesland")
	e := f.Current()
	head := []string{f.Title + " · " + e.Label(), f.Publisher.Name}
	for _, path := range []string{lastTheme, "friesland/"} {
		pages := printPage(t, b, base+path)
		for i, p := range pages {
			got := strings.Join(p.head, " ")
			for _, want := range head {
				if !strings.Contains(got, want) {
					t.Errorf("/%s, page %d: the head of the page %q does not name %q", path, i+1, got, want)
				}
			}
			if got, want := strings.Join(p.foot, " "), fmt.Sprintf("%d / %d", i+1, len(pages)); got != want {
				t.Errorf("/%s, page %d: the foot of the page reads %q, want the page number %q", path, i+1, got, want)
			}
		}
	}
}
