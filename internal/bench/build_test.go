package bench

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/cards"
	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/pdfcache"
	"github.com/rodedraad/rodedraad/internal/site"
)

var builtPages = regexp.MustCompile(`built (\d+) pages?`)

// buildOnce runs 'rodedraad build' on the project in dir into a new
// directory, and returns what it used and the pages it reported.
func buildOnce(b *testing.B, rodedraad, dir string) (Usage, int) {
	return buildWith(b, rodedraad, dir, "")
}

// buildWith is buildOnce with the PDF cache in cache; "" gives the build
// an empty cache of its own, as stock Hugo gets one: it renders every PDF,
// as the first build of a project does.
func buildWith(b *testing.B, rodedraad, dir, cache string) (Usage, int) {
	b.Helper()
	dest, err := os.MkdirTemp("", "rodedraad-bench-out-")
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(dest)
	var out strings.Builder
	if cache == "" {
		cache = filepath.Join(dest, "cache")
	}
	u, err := Run(exec.Command(rodedraad, "build", "-s", dir, "-d", filepath.Join(dest, "public"), "--cacheDir", cache), &out)
	if err != nil {
		b.Fatal(err)
	}
	m := builtPages.FindStringSubmatch(out.String())
	if m == nil {
		b.Fatalf("rodedraad build did not say how many pages it built:\n%s", out.String())
	}
	pages, _ := strconv.Atoi(m[1])
	return u, pages
}

// hugoOnce runs stock Hugo on the plain project in dir into a new
// directory.
func hugoOnce(b *testing.B, hugo, dir string) Usage {
	b.Helper()
	dest, err := os.MkdirTemp("", "rodedraad-bench-hugo-")
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(dest)
	u, err := Run(exec.Command(hugo, "--source", dir, "--destination", filepath.Join(dest, "public"),
		"--cacheDir", filepath.Join(dest, "cache"), "--quiet"), nil)
	if err != nil {
		b.Fatal(err)
	}
	return u
}

// phases measures a build in this process and two of its parts:
// reading and validating the data, the whole build (site.Build), and
// rendering every card deck in both formats on all cores, as the build
// does. Measured side by side in one process, their CPU times compare.
func phases(b *testing.B, dir string) (loading, build, decks Usage) {
	b.Helper()
	var s *model.Site
	loading = measure(b, func() {
		var diags load.Diagnostics
		s, diags = load.Site(dir)
		if diags.HasErrors() {
			b.Fatalf("the corpus does not load: %v", diags)
		}
	})
	dest, err := os.MkdirTemp("", "rodedraad-bench-out-")
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(dest)
	build = measure(b, func() {
		if _, err := site.Build(b.Context(), s, site.Options{Source: dir, Destination: filepath.Join(dest, "public")}); err != nil {
			b.Fatal(err)
		}
	})
	decks = measure(b, func() { renderAllDecks(b, s) })
	return loading, build, decks
}

// measure runs f and returns its wall time and the CPU time this process
// used meanwhile.
func measure(b *testing.B, f func()) Usage {
	runtime.GC()
	cpu := func() time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
			b.Fatal(err)
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	c, start := cpu(), time.Now()
	f()
	return Usage{Wall: time.Since(start), CPU: cpu() - c}
}

func renderAllDecks(b *testing.B, s *model.Site) {
	all := cards.Decks(s)
	formats := []cards.Options{{Size: cards.A6, Sheet: cards.A4}, {Size: cards.A7, Sheet: cards.A4}}
	work := make(chan int)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Go(func() {
			for i := range work {
				d := all[i/len(formats)]
				if _, err := cards.Render(d.Deck, s, formats[i%len(formats)], d.Date); err != nil {
					b.Error(err)
				}
			}
		})
	}
	for i := range len(all) * len(formats) {
		work <- i
	}
	close(work)
	wg.Wait()
}

// BenchmarkBuildScaling runs 'rodedraad build' (validation, pages, search
// index, card decks and Hugo) as a child process on the synthetic corpus
// at 1x, 4x and, with RODEDRAAD_BENCH_SCALE=16, 16x (about 1,000, 4,000
// and 16,000 questions), the sizes alternating within each round. It
// reports the median wall time, CPU time and peak memory (maximum RSS of
// the process), and how they grow with the corpus: linear growth is a
// factor of 4 from one size to the next. A second table splits the time,
// measured in this process: loading and validating the data, the build
// that follows (site.Build), and within it the card decks (PDF).
//
//	go test ./internal/bench -run '^$' -bench BuildScaling -benchtime 1x
func BenchmarkBuildScaling(b *testing.B) {
	rodedraad, _ := binaries(b)
	sizes := scales(b)
	dirs := map[int]string{}
	counts := map[int]model.Counts{}
	for _, n := range sizes {
		dir, s := corpus(b, n)
		dirs[n], counts[n] = dir, s.Count()
	}
	runs := map[int][]Usage{}
	pages := map[int]int{}
	loads, builds, decks := map[int][]Usage{}, map[int][]Usage{}, map[int][]Usage{}
	for b.Loop() {
		for r := range rounds(b, 3) {
			for _, n := range sizes {
				u, p := buildOnce(b, rodedraad, dirs[n])
				runs[n], pages[n] = append(runs[n], u), p
				if r == 0 { // once: it takes as long as a build, three times over
					l, bu, d := phases(b, dirs[n])
					loads[n], builds[n], decks[n] = append(loads[n], l), append(builds[n], bu), append(decks[n], d)
				}
			}
		}
	}
	t := Table{
		Title:  fmt.Sprintf("Full build, 'rodedraad build' as a child process, median of %d rounds (%s)", len(runs[sizes[0]]), machine()),
		Header: []string{"corpus", "factsheets", "editions", "themes", "questions", "pages", "wall", "CPU", "peak RSS", "wall per 1,000 questions", "wall growth", "RSS growth"},
	}
	split := Table{
		Title: "Where the time goes: load.Site, then site.Build, then the card decks alone, measured once in this process",
		Header: []string{"corpus", "load.Site wall", "load.Site CPU", "site.Build wall", "site.Build CPU",
			"card decks wall", "card decks CPU", "card decks' share of site.Build CPU"},
	}
	var prev Usage
	for i, n := range sizes {
		m, c := MedianUsage(runs[n]), counts[n]
		growth, rss := "–", "–"
		if i > 0 {
			growth = Ratio(m.Wall, prev.Wall) + fmt.Sprintf(" for %d× content", n/sizes[i-1])
			rss = Ratio(m.MaxRSS, prev.MaxRSS)
		}
		t.Add(fmt.Sprintf("%dx", n), c.Factsheets, c.Editions, c.Themes, c.Questions, pages[n], Ms(m.Wall), Ms(m.CPU), MB(m.MaxRSS),
			Ms(m.Wall*1000/time.Duration(c.Questions)), growth, rss)
		l, bu, d := MedianUsage(loads[n]), MedianUsage(builds[n]), MedianUsage(decks[n])
		split.Add(fmt.Sprintf("%dx", n), Ms(l.Wall), Ms(l.CPU), Ms(bu.Wall), Ms(bu.CPU), Ms(d.Wall), Ms(d.CPU),
			fmt.Sprintf("%.0f%%", 100*float64(d.CPU)/float64(bu.CPU)))
		prev = m
		b.ReportMetric(float64(m.Wall.Milliseconds()), fmt.Sprintf("ms-wall-%dx", n))
		b.ReportMetric(float64(m.MaxRSS)/(1<<20), fmt.Sprintf("MB-rss-%dx", n))
	}
	t.Notes = append(t.Notes, "Target: time and memory grow linearly or better (a growth of at most 4.00× for 4× the content).")
	t.Print(os.Stdout)
	split.Print(os.Stdout)
}

// BenchmarkVersusHugo builds the same content, alternating, several
// rounds: with 'rodedraad build' from the TOML data (validation, search
// index, card decks, factsheet PDFs and the rodedraad theme included),
// cold (an empty PDF cache) and warm (nothing changed since the last
// build), and with stock Hugo from plain Markdown pages (a page per theme
// and section, a list page per factsheet and edition) with a minimal
// theme of three templates. It reports the medians and their ratios; the
// targets are at most 3× cold and 1.3× warm.
//
//	go test ./internal/bench -run '^$' -bench VersusHugo -benchtime 1x
func BenchmarkVersusHugo(b *testing.B) {
	rodedraad, hugo := binaries(b)
	sizes := scales(b)
	type project struct{ data, plain, cache string }
	projects := map[int]project{}
	for _, n := range sizes {
		dir, s := corpus(b, n)
		plain := b.TempDir()
		if err := WriteHugoProject(s, plain); err != nil {
			b.Fatal(err)
		}
		projects[n] = project{dir, plain, b.TempDir()}
		buildWith(b, rodedraad, dir, projects[n].cache) // fills the warm builds' cache
	}
	cold, warm, theirs := map[int][]Usage{}, map[int][]Usage{}, map[int][]Usage{}
	pages := map[int]int{}
	for b.Loop() {
		for range rounds(b, 5) {
			for _, n := range sizes {
				u, p := buildOnce(b, rodedraad, projects[n].data)
				cold[n], pages[n] = append(cold[n], u), p
				u, _ = buildWith(b, rodedraad, projects[n].data, projects[n].cache)
				warm[n] = append(warm[n], u)
				theirs[n] = append(theirs[n], hugoOnce(b, hugo, projects[n].plain))
			}
		}
	}
	hugoPages := map[int]int{}
	for _, n := range sizes {
		hugoPages[n] = countHTML(b, hugo, projects[n].plain)
	}
	t := Table{
		Title: fmt.Sprintf("rodedraad build, cold and warm, vs stock Hugo on the same content, median of %d alternating rounds (%s)", len(cold[sizes[0]]), machine()),
		Header: []string{"corpus", "build", "rodedraad pages", "Hugo pages", "rodedraad wall", "Hugo wall", "ratio (wall)",
			"rodedraad CPU", "Hugo CPU", "ratio (CPU)", "rodedraad RSS", "Hugo RSS"},
	}
	for _, n := range sizes {
		h := MedianUsage(theirs[n])
		for _, run := range []struct {
			name  string
			usage []Usage
		}{{"cold", cold[n]}, {"warm", warm[n]}} {
			o := MedianUsage(run.usage)
			t.Add(fmt.Sprintf("%dx", n), run.name, pages[n], hugoPages[n], Ms(o.Wall), Ms(h.Wall), Ratio(o.Wall, h.Wall),
				Ms(o.CPU), Ms(h.CPU), Ratio(o.CPU, h.CPU), MB(o.MaxRSS), MB(h.MaxRSS))
			b.ReportMetric(float64(o.Wall)/float64(h.Wall), fmt.Sprintf("ratio-%s-%dx", run.name, n))
		}
	}
	t.Notes = append(t.Notes, "Targets: at most 3× cold (an empty PDF cache) and 1.3× warm (nothing changed). rodedraad's pages include what stock Hugo does not make: "+
		"a cards page per theme and edition, the changes page of each revised edition, topic, search and notes pages; "+
		"and its build validates the data, renders every card deck as PDF in two formats and every edition's factsheet PDF, and writes the search index and open data.")
	t.Print(os.Stdout)
}

// countHTML builds the plain project once more and counts its pages.
func countHTML(b *testing.B, hugo, dir string) int {
	dest := b.TempDir()
	if _, err := Run(exec.Command(hugo, "--source", dir, "--destination", dest, "--cacheDir", filepath.Join(b.TempDir(), "cache"), "--quiet"), nil); err != nil {
		b.Fatal(err)
	}
	n := 0
	filepath.WalkDir(dest, func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".html") {
			n++
		}
		return nil
	})
	return n
}

// BenchmarkSiteBuild is site.Build on the 1x corpus in this process, after
// loading it: the build alone, for profiling where its time goes.
//
//	go test ./internal/bench -run '^$' -bench '^BenchmarkSiteBuild$' -benchtime 3x -cpuprofile /tmp/build.prof
//	go tool pprof -top -cum /tmp/build.prof
func BenchmarkSiteBuild(b *testing.B) {
	dir, _ := corpus(b, 1)
	s, diags := load.Site(dir)
	if diags.HasErrors() {
		b.Fatalf("the corpus does not load: %v", diags)
	}
	dest := filepath.Join(b.TempDir(), "public")
	var cache *pdfcache.Cache
	if os.Getenv("RODEDRAAD_BENCH_WARM") != "" {
		cache = pdfcache.Open(filepath.Join(b.TempDir(), "cache"))
	}
	var pages int
	for b.Loop() {
		res, err := site.Build(b.Context(), s, site.Options{Source: dir, Destination: dest, Cache: cache})
		if err != nil {
			b.Fatal(err)
		}
		pages = res.Pages
	}
	b.ReportMetric(float64(pages), "pages")
}

// BenchmarkLoad is load.Site on the 1x corpus: reading and validating all
// data, which the build and every reload of 'serve' start with.
//
//	go test ./internal/bench -run '^$' -bench '^BenchmarkLoad$' -benchtime 10x -cpuprofile /tmp/load.prof
func BenchmarkLoad(b *testing.B) {
	dir, _ := corpus(b, 1)
	for b.Loop() {
		if _, diags := load.Site(dir); diags.HasErrors() {
			b.Fatalf("the corpus does not load: %v", diags)
		}
	}
}
