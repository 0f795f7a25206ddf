package cards

import (
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/browsertest"
	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/synthetic"
	"github.com/rodedraad/rodedraad/internal/typeset"
)

// Run with: go test ./internal/cards -run '^$' -bench . -benchtime 5x
// Each reports the PDF bytes and cards it made, next to the time.

func BenchmarkDemoDecks(b *testing.B) {
	decks := demoDecks(b)
	s := demo(b)
	for _, o := range []Options{{Size: A6, Sheet: A4}, {Size: A7, Sheet: A4}} {
		b.Run(string(o.Size), func(b *testing.B) {
			var bytes, cards int
			for b.Loop() {
				bytes, cards = 0, 0
				for _, d := range decks {
					res, err := Render(d.Deck, s, o, d.Date)
					if err != nil {
						b.Fatal(err)
					}
					bytes += len(res.PDF)
					cards += res.Cards
				}
			}
			b.ReportMetric(float64(bytes), "pdf-bytes")
			b.ReportMetric(float64(cards), "cards")
		})
	}
}

// syntheticDeck is the deck of an edition of n questions, 50 per theme.
func syntheticDeck(n int) Deck {
	return EditionDeck(synthetic.Site(1, n/50, 50).Factsheets[0].Editions[0])
}

// benchmarkRender renders d as A6 on A4 and reports the PDF's size.
func benchmarkRender(b *testing.B, d Deck) {
	var size int
	for b.Loop() {
		res, err := Render(d, nil, Options{Size: A6, Sheet: A4}, time.Time{})
		if err != nil {
			b.Fatal(err)
		}
		size = len(res.PDF)
	}
	b.ReportMetric(float64(size), "pdf-bytes")
	b.ReportMetric(float64(d.Count()), "cards")
}

func BenchmarkSyntheticEdition1000(b *testing.B) { benchmarkRender(b, syntheticDeck(1000)) }

// BenchmarkVersusChromium makes the same A6 cards twice: natively, and by
// printing an HTML page of them with headless Chromium (--print-to-pdf),
// with the same font, in one run so that the ratio holds on a busy machine.
func BenchmarkVersusChromium(b *testing.B) {
	chromium := browsertest.Require(b)
	for _, n := range []int{50, 1000} {
		d := syntheticDeck(n)
		b.Run(fmt.Sprintf("native-%d", n), func(b *testing.B) { benchmarkRender(b, d) })
		b.Run(fmt.Sprintf("chromium-%d", n), func(b *testing.B) {
			dir := b.TempDir()
			page := writeCardsHTML(b, d, dir)
			out := filepath.Join(dir, "cards.pdf")
			for b.Loop() {
				cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--user-data-dir="+filepath.Join(dir, "profile"), "--no-pdf-header-footer", "--print-to-pdf="+out, "file://"+page)
				if msg, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("chromium: %v\n%s", err, msg)
				}
			}
			info, err := os.Stat(out)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(info.Size()), "pdf-bytes")
		})
	}
}

// writeCardsHTML writes the deck as an HTML page of A6 cards, four to an
// A4 page, each sheet of fronts followed by its backs in mirrored order,
// with Lato from the same files: the same cards as the native deck.
func writeCardsHTML(b *testing.B, d Deck, dir string) string {
	for name, data := range map[string][]byte{"r.ttf": typeset.Files[typeset.Regular], "i.ttf": typeset.Files[typeset.Italic], "b.ttf": typeset.Files[typeset.Bold]} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	var s strings.Builder
	s.WriteString(`<!DOCTYPE html><html lang="nl"><meta charset="utf-8"><style>
@font-face{font-family:L;src:url(r.ttf)}@font-face{font-family:L;font-style:italic;src:url(i.ttf)}@font-face{font-family:L;font-weight:bold;src:url(b.ttf)}
@page{size:A4;margin:0} body{margin:0;font-family:L;hyphens:auto}
.sheet{display:grid;grid-template-columns:105mm 105mm;grid-auto-rows:148mm;break-after:page}
.card{overflow:hidden;border:.2mm solid #aaa;box-sizing:border-box}
.band{height:17mm;color:#fff;font:bold 7.5pt L;padding:7mm 7mm 0;box-sizing:border-box}
.q{padding:4mm 7mm;font-size:14pt;line-height:1.28}
</style>`)
	type side struct{ front, back string }
	var sides []side
	for _, g := range d.Groups {
		for _, q := range g.Questions {
			front := fmt.Sprintf(`<div class="card"><div class="band" style="background:%s">%s</div><div class="q">%s`, g.Colour, html.EscapeString(g.Title), markdown.Inline(string(q.Text)))
			for _, sub := range q.Sub {
				front += fmt.Sprintf("<br>• %s", markdown.Inline(string(sub)))
			}
			back := fmt.Sprintf(`<div class="card"><div class="band" style="background:%s"></div><div class="q"><b>%s</b><br>%s</div></div>`, g.Colour, html.EscapeString(g.Title), markdown.Inline(g.Back))
			sides = append(sides, side{front + "</div></div>", back})
		}
	}
	for start := 0; start < len(sides); start += 4 {
		sheet := sides[start:min(start+4, len(sides))]
		s.WriteString(`<div class="sheet">`)
		for _, c := range sheet {
			s.WriteString(c.front)
		}
		s.WriteString(`</div><div class="sheet">`)
		for i := range sheet {
			mirrored := i ^ 1 // the other column, on the long edge
			if mirrored >= len(sheet) {
				mirrored = i
			}
			s.WriteString(sheet[mirrored].back)
		}
		s.WriteString("</div>")
	}
	s.WriteString("</html>")
	page := filepath.Join(dir, "cards.html")
	if err := os.WriteFile(page, []byte(s.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return page
}

// BenchmarkCardPathological renders one card whose question is a single
// word far longer than a line, or 'a-a-…' with a break point every two
// characters: inputs whose layout cost grew with the square of the word.
func BenchmarkCardPathological(b *testing.B) {
	for _, c := range []struct {
		name string
		text string
	}{
		{"word-12500", strings.Repeat("a", 12500)},
		{"word-25000", strings.Repeat("a", 25000)},
		{"word-50000", strings.Repeat("a", 50000)},
		{"hyphens-750", strings.Repeat("a-", 375)},
		{"hyphens-1500", strings.Repeat("a-", 750)},
		{"hyphens-3000", strings.Repeat("a-", 1500)},
	} {
		b.Run(c.name, func(b *testing.B) {
			benchmarkRender(b, Deck{ID: "lang", Title: "Lang", Series: "Reeks", Sources: []string{"Bron"}, Groups: []Group{{
				Title: "Lang", Colour: "#1f5f8b", Questions: []model.Question{{ID: "woord", Text: model.Inline(c.text), Audience: model.Professional}},
			}}})
		})
	}
}
