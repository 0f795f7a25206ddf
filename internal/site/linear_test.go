package site

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/rodedraad/rodedraad/internal/synthetic"
)

// hugoAlloc is the memory Hugo allocates to render a site of one theme
// with n questions, the card decks and other files made beforehand.
func hugoAlloc(t *testing.T, n int) uint64 {
	t.Helper()
	dir := t.TempDir()
	p := project{source: dir, dir: filepath.Join(dir, "work")}
	if _, err := p.write(synthetic.Site(1, 1, n), "/"); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if err := p.hugo(filepath.Join(dir, "public")); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestHugoWorkGrowsLinearlyWithATheme bounds the work of the templates
// by the memory they allocate, which unlike time does not depend on the
// machine: four times the questions in a theme may take at most four
// times the memory. The filters of the cards pages once added every
// question's audience to a list that append copied each time: 12,500
// questions took 68 s to build. That measured 6× here; now it is 3×.
func TestHugoWorkGrowsLinearlyWithATheme(t *testing.T) {
	small, large := hugoAlloc(t, 750), hugoAlloc(t, 3000)
	growth := float64(large) / float64(small)
	t.Logf("Hugo allocated %d MB for 750 questions, %d MB for 3,000: %.1f×", small>>20, large>>20, growth)
	if growth > 4 {
		t.Errorf("the templates' work grows faster than the theme: %.1f× the memory for 4× the questions", growth)
	}
}
