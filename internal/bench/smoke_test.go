package bench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/site"
	"github.com/rodedraad/rodedraad/internal/synthetic"
)

// TestBenchSmoke is the benchmarks' check for CI: the 1x corpus, written
// as TOML, loads without problems, builds, and its plain Hugo counterpart
// is written. It fails only when that breaks, never on time: the timings
// are the benchmarks' business.
func TestBenchSmoke(t *testing.T) {
	s := synthetic.Corpus(synthetic.Scale(1))
	dir := t.TempDir()
	if err := synthetic.WriteProject(s, dir); err != nil {
		t.Fatal(err)
	}
	loaded, diags := load.Site(dir)
	for _, d := range diags {
		t.Error(d)
	}
	if t.Failed() {
		t.FailNow()
	}
	dest := filepath.Join(t.TempDir(), "public")
	res, err := site.Build(t.Context(), loaded, site.Options{Source: dir, Destination: dest})
	if err != nil {
		t.Fatal(err)
	}
	c := loaded.Count()
	if res.Pages < c.Themes+c.Editions {
		t.Errorf("built %d pages for %d themes in %d editions", res.Pages, c.Themes, c.Editions)
	}
	e := loaded.Factsheets[0].Current()
	th := e.Themes[0]
	page, err := os.ReadFile(filepath.Join(dest, e.Factsheet.ID, e.ID, th.ID, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), ">"+th.Title+"<") {
		t.Errorf("the page of theme %s does not show its title", th.Ref())
	}
	if err := WriteHugoProject(s, t.TempDir()); err != nil {
		t.Fatal(err)
	}
}

func TestStatistics(t *testing.T) {
	values := []int64{5, 1, 4, 2, 3}
	if m := Median(values); m != 3 {
		t.Errorf("median %d", m)
	}
	if p := Percentile(values, 95); p != 5 {
		t.Errorf("p95 %d", p)
	}
	if p := Percentile(values, 0); p != 1 {
		t.Errorf("p0 %d", p)
	}
	if Median([]int64{}) != 0 {
		t.Error("median of nothing")
	}
	var b strings.Builder
	tab := Table{Header: []string{"a", "bb"}}
	tab.Add("ééé", 1)
	tab.Print(&b)
	if !strings.Contains(b.String(), "| a   | bb |\n| --- | -- |\n| ééé | 1  |") {
		t.Errorf("table:\n%s", b.String())
	}
}
