package site

import (
	"bytes"
	"github.com/rodedraad/rodedraad/internal/message"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/pdfcache"
)

// cacheProject is the minimal fixture with a second theme's deck, one of
// whose cards is too long, so that a build has a problem to report.
func cacheProject(t *testing.T) string {
	t.Helper()
	dir := fixtureProject(t)
	writeProjectFile(t, dir, "data/factsheets/demo/2024/themes/plannen.toml", `title = "Samen plannen"
finding = "Plannen worden vaak zonder het gezin gemaakt."

[[questions]]
id = "samen-plannen"
text = "Maak ik het plan samen met het gezin?"

[[questions]]
id = "te-lang"
text = "`+strings.Repeat("Bespreek ik met het gezin wat het plan voor hen betekent, ", 40)+`?"
`)
	return dir
}

// buildWith builds the project in dir into a new directory, through
// cache, which may be nil, and returns the result and the PDFs by name.
func buildWith(t *testing.T, dir string, cache *pdfcache.Cache) (Result, map[string][]byte) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	res, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir, Destination: out, Cache: cache})
	if err != nil {
		t.Fatal(err)
	}
	return res, readPDFs(t, out)
}

func readPDFs(t *testing.T, out string) map[string][]byte {
	t.Helper()
	pdfs := map[string][]byte{}
	names, err := filepath.Glob(filepath.Join(out, "*", "*.pdf")) // kaarten/ and publicatie/
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(data), []byte("%%EOF")) {
			t.Errorf("%s is not a whole PDF (%d bytes)", name, len(data))
		}
		rel, _ := filepath.Rel(out, name)
		pdfs[filepath.ToSlash(rel)] = data
	}
	return pdfs
}

// samePDFs reports the PDFs that differ between two builds.
func samePDFs(t *testing.T, got, want map[string][]byte) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d PDFs, want %d", len(got), len(want))
	}
	for name, data := range want {
		if !bytes.Equal(got[name], data) {
			t.Errorf("%s differs: %d bytes, want %d", name, len(got[name]), len(data))
		}
	}
}

func TestWarmBuildRendersNoPDF(t *testing.T) {
	dir := cacheProject(t)
	cacheDir := filepath.Join(dir, "resources", "_gen", "pdf")
	cold, coldPDFs := buildWith(t, dir, pdfcache.Open(cacheDir))
	if cold.PDFs != 7 || cold.PDFsRendered != 7 {
		t.Fatalf("the cold build rendered %d of %d PDFs, want 7 of 7: 3 decks in 2 formats, and the factsheet", cold.PDFsRendered, cold.PDFs)
	}
	if !slices.ContainsFunc(cold.Notes, func(n message.Text) bool { return strings.Contains(n.String(), "card te-lang") }) {
		t.Fatalf("the cold build reported no card that is too long: %q", cold.Notes)
	}
	warm, warmPDFs := buildWith(t, dir, pdfcache.Open(cacheDir))
	if warm.PDFsRendered != 0 || warm.PDFs != 7 {
		t.Errorf("the warm build rendered %d of %d PDFs, want 0 of 7", warm.PDFsRendered, warm.PDFs)
	}
	if !slices.EqualFunc(warm.Notes, cold.Notes, func(a, b message.Text) bool { return a.String() == b.String() }) {
		t.Errorf("the warm build reported\n%q\nthe cold one\n%q", warm.Notes, cold.Notes)
	}
	samePDFs(t, warmPDFs, coldPDFs)
	_, uncached := buildWith(t, dir, nil)
	samePDFs(t, coldPDFs, uncached)
}

func TestDamagedCacheEntryIsRenderedAgain(t *testing.T) {
	dir := cacheProject(t)
	cacheDir := t.TempDir()
	_, coldPDFs := buildWith(t, dir, pdfcache.Open(cacheDir))
	entries, err := filepath.Glob(filepath.Join(cacheDir, "*.entry"))
	if err != nil || len(entries) != 7 {
		t.Fatalf("%d entries in the cache (%v), want 7", len(entries), err)
	}
	data, err := os.ReadFile(entries[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(entries[0], data[:len(data)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	res, pdfs := buildWith(t, dir, pdfcache.Open(cacheDir))
	if res.PDFsRendered != 1 {
		t.Errorf("after an entry was cut short, %d PDFs were rendered, want 1", res.PDFsRendered)
	}
	samePDFs(t, pdfs, coldPDFs)
	if res, _ := buildWith(t, dir, pdfcache.Open(cacheDir)); res.PDFsRendered != 0 {
		t.Errorf("the entry was not written again: the next build rendered %d PDFs", res.PDFsRendered)
	}
}

func TestChangedQuestionRendersOnlyItsDecks(t *testing.T) {
	dir := cacheProject(t)
	cacheDir := t.TempDir()
	_, before := buildWith(t, dir, pdfcache.Open(cacheDir))
	theme := filepath.Join(dir, "data/factsheets/demo/2024/themes/luisteren.toml")
	data, err := os.ReadFile(theme)
	if err != nil {
		t.Fatal(err)
	}
	writeProjectFile(t, dir, "data/factsheets/demo/2024/themes/luisteren.toml",
		strings.Replace(string(data), "Neem ik genoeg tijd?", "Neem ik genoeg tijd voor het gezin?", 1))
	res, after := buildWith(t, dir, pdfcache.Open(cacheDir))
	if res.PDFsRendered != 5 {
		t.Errorf("%d PDFs were rendered, want 5: the edition's deck and the theme's, in A6 and A7, and the factsheet", res.PDFsRendered)
	}
	for name := range before {
		changed := !bytes.Equal(before[name], after[name])
		if want := !strings.HasPrefix(name, "kaarten/demo-2024-plannen-"); changed != want {
			t.Errorf("%s changed: %v, want %v", name, changed, want)
		}
	}
}

func TestRefreshRendersEveryDeck(t *testing.T) {
	dir := cacheProject(t)
	cacheDir := t.TempDir()
	_, cold := buildWith(t, dir, pdfcache.Open(cacheDir))
	refresh := pdfcache.Open(cacheDir)
	refresh.Refresh = true
	res, pdfs := buildWith(t, dir, refresh)
	if res.PDFsRendered != 7 {
		t.Errorf("with Refresh, %d of 7 PDFs were rendered", res.PDFsRendered)
	}
	samePDFs(t, pdfs, cold)
}

// Two builds of the same data at once, into two destinations, share a
// cache that is empty at the start: both write every entry.
func TestConcurrentBuildsShareTheCache(t *testing.T) {
	dir := cacheProject(t)
	_, want := buildWith(t, dir, nil)
	cacheDir := t.TempDir()
	var wg sync.WaitGroup
	outs := []string{filepath.Join(t.TempDir(), "public"), filepath.Join(t.TempDir(), "public")}
	errs := make([]error, len(outs))
	for i, out := range outs {
		s, cache := loadSite(t, dir), pdfcache.Open(cacheDir)
		wg.Go(func() { _, errs[i] = Build(t.Context(), s, Options{Source: dir, Destination: out, Cache: cache}) })
	}
	wg.Wait()
	for i, out := range outs {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		samePDFs(t, readPDFs(t, out), want)
	}
	res, pdfs := buildWith(t, dir, pdfcache.Open(cacheDir))
	if res.PDFsRendered != 0 {
		t.Errorf("after two builds at once, %d PDFs were rendered again", res.PDFsRendered)
	}
	samePDFs(t, pdfs, want)
}

func TestBuildPrunesUnusedEntries(t *testing.T) {
	dir := cacheProject(t)
	cacheDir := t.TempDir()
	cache := pdfcache.Open(cacheDir)
	stale := pdfcache.KeyOf("cards 0", "a deck of data long gone")
	if err := cache.Put(stale, pdfcache.Entry{File: []byte("%PDF")}); err != nil {
		t.Fatal(err)
	}
	entries, _ := filepath.Glob(filepath.Join(cacheDir, "*.entry"))
	notes := filepath.Join(cacheDir, "notes.txt")
	writeProjectFile(t, cacheDir, "notes.txt", "mine")
	old := time.Now().Add(-2 * PruneAfter)
	for _, name := range append(entries, notes) {
		if err := os.Chtimes(name, old, old); err != nil {
			t.Fatal(err)
		}
	}
	buildWith(t, dir, cache)
	if _, ok := cache.Get(stale); ok {
		t.Error("an entry unused for twice PruneAfter is still in the cache")
	}
	if _, err := os.Stat(notes); err != nil {
		t.Errorf("the build removed a file it did not make: %v", err)
	}
	if res, _ := buildWith(t, dir, pdfcache.Open(cacheDir)); res.PDFsRendered != 0 {
		t.Errorf("the build pruned entries it used: the next rendered %d PDFs", res.PDFsRendered)
	}
}
