package site

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
	"github.com/rodedraad/rodedraad/internal/synthetic"
)

func gzipped(data []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(data)
	w.Close()
	return buf.Len()
}

// BenchmarkSearchKeystroke types queries into the search page, over an
// index of 15,000 questions (and as many practice examples), in Chromium,
// and reports the time one keystroke takes, from the input event to the
// results in the page: median and 95th percentile. It also reports the
// index's size, gzipped, against the gzipped text it covers.
// Run with: go test ./internal/site -run '^$' -bench SearchKeystroke -benchtime 3x
func BenchmarkSearchKeystroke(b *testing.B) {
	browsertest.Require(b)
	s := synthetic.Site(10, 30, 50)
	index := buildSearchIndex(s)
	dir := b.TempDir()
	script, err := os.ReadFile("../../themes/rodedraad/assets/js/search.js")
	if err != nil {
		b.Fatal(err)
	}
	page := `<!DOCTYPE html><html lang="nl"><title>Zoeken</title><a class="site-title" href="index.html">Home</a>
<form data-search data-none="Geen" data-one="1" data-some="{n}" data-kind-v="Vraag" data-kind-p="Praktijk" data-kind-t="Thema">
<input id="zoekterm" type="search"></form><p id="zoekstatus"></p><ol id="zoekresultaten"></ol>
<script src="zoekindex.js"></script><script src="search.js"></script></html>`
	for name, data := range map[string][]byte{"zoekindex.js": index, "search.js": script, "index.html": []byte(page)} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	tab := browsertest.NewBrowser(b).Open(b, "file://"+filepath.Join(dir, "index.html"), browsertest.Desktop)
	var times []float64
	for b.Loop() {
		times = browsertest.Eval[[]float64](b, tab, `(() => {
			const input = document.getElementById("zoekterm"), times = [];
			for (const query of ["samenwerking", "geinteresseerd ouders", "deskundigheidsbevordering", "regie wachtlijst", "hoe zorg ik dat de jeugdige"]) {
				for (let i = 1; i <= query.length; i++) {
					const start = performance.now();
					input.value = query.slice(0, i);
					input.dispatchEvent(new Event("input"));
					times.push(performance.now() - start);
				}
			}
			return times;
		})()`)
	}
	slices.Sort(times)
	b.ReportMetric(times[len(times)/2], "ms-median")
	b.ReportMetric(times[len(times)*95/100], "ms-p95")
	var text strings.Builder
	entries := browsertest.Eval[int](b, tab, `window.rodedraadSearch.entries.length`)
	for _, f := range s.Factsheets {
		for _, t := range f.Current().Themes {
			fmt.Fprintln(&text, t.Title, t.Finding)
			for _, q := range t.Questions {
				fmt.Fprintln(&text, q.Text, q.Sub)
			}
			for _, p := range t.Practice {
				fmt.Fprintln(&text, p.Text)
			}
		}
	}
	b.ReportMetric(float64(entries), "entries")
	b.ReportMetric(float64(gzipped(index)), "index-gz-bytes")
	b.ReportMetric(float64(gzipped(index))/float64(gzipped([]byte(text.String()))), "index/text-gz")
}
