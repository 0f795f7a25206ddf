package site

import (
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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

// lineBreakHyphen is a word broken at the end of a line, as in 'linker-
// kolom'.
var lineBreakHyphen = regexp.MustCompile(`(\pL)- (\p{Ll})`)

// prose is the text of the pages, with words broken at a line end joined.
func prose(pages []printedPage) string {
	var words []string
	for _, p := range pages {
		words = append(words, p.body...)
	}
	return lineBreakHyphen.ReplaceAllString(strings.Join(words, " "), "$1$2")
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

// The edition's page on paper: the reading guide does not point to
// columns and buttons that only a wide screen has, and no page but the
// last is left mostly empty, nor is the last one blank.
func TestBrowserPrintedEditionPage(t *testing.T) {
	browsertest.Require(t)
	pages := printPage(t, browsertest.NewBrowser(t), browsertest.Serve(t, demoSite(t))+"friesland/")
	text := prose(pages)
	for _, screenOnly := range []string{"breed scherm", "linkerkolom", "rechterkolom", "middelste kolom", "themaknoppen"} {
		if strings.Contains(text, screenOnly) {
			t.Errorf("the printed reading guide speaks of %q, which only the screen has", screenOnly)
		}
	}
	if !strings.Contains(text, "Op de pagina van elke rode draad staat eerst") {
		t.Error("the printout lacks the reading guide for paper")
	}
	for i, p := range pages[:len(pages)-1] {
		if p.filled < .5 {
			t.Errorf("page %d of %d is mostly empty: its text ends %.0f%% down the page", i+1, len(pages), 100*p.filled)
		}
	}
	if last := pages[len(pages)-1]; len(last.body) == 0 {
		t.Errorf("the last of %d pages is blank", len(pages))
	}
}
