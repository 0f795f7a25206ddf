package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/site"
	"github.com/rodedraad/rodedraad/internal/synthetic"
)

// BenchmarkBuildBigTheme runs 'rodedraad build' as a child process on a
// project of one theme with 1,250 to 12,500 questions (and as many
// practice examples), so that a part of the build that grows faster than
// a theme shows: linear growth is a factor of 2, 2 and 2.5 from one size
// to the next. It reports wall time, CPU time and peak memory (maximum
// RSS) per size. For a profile of the build in this process, see
// BenchmarkSiteBuildBigTheme.
//
//	go test ./internal/bench -run '^$' -bench BuildBigTheme -benchtime 1x
func BenchmarkBuildBigTheme(b *testing.B) {
	rodedraad, _ := binaries(b)
	sizes := []int{1250, 2500, 5000, 12500}
	dirs := map[int]string{}
	for _, n := range sizes {
		dirs[n] = b.TempDir()
		if err := synthetic.WriteProject(synthetic.Site(1, 1, n), dirs[n]); err != nil {
			b.Fatal(err)
		}
	}
	runs := map[int][]Usage{}
	pages := map[int]int{}
	for b.Loop() {
		for range rounds(b, 1) {
			for _, n := range sizes {
				u, p := buildOnce(b, rodedraad, dirs[n])
				runs[n], pages[n] = append(runs[n], u), p
			}
		}
	}
	t := Table{
		Title:  fmt.Sprintf("'rodedraad build' of one theme, as a child process, median of %d rounds (%s)", len(runs[sizes[0]]), machine()),
		Header: []string{"questions", "pages", "wall", "CPU", "peak RSS", "CPU per 1,000 questions", "CPU growth", "RSS growth"},
	}
	var prev Usage
	for i, n := range sizes {
		m := MedianUsage(runs[n])
		growth, rss := "–", "–"
		if i > 0 {
			growth = Ratio(m.CPU, prev.CPU) + fmt.Sprintf(" for %.1f× questions", float64(n)/float64(sizes[i-1]))
			rss = Ratio(m.MaxRSS, prev.MaxRSS)
		}
		t.Add(n, pages[n], Ms(m.Wall), Ms(m.CPU), MB(m.MaxRSS), Ms(m.CPU*1000/time.Duration(n)), growth, rss)
		prev = m
		b.ReportMetric(float64(m.Wall.Milliseconds()), fmt.Sprintf("ms-wall-%d", n))
		b.ReportMetric(float64(m.MaxRSS)/(1<<20), fmt.Sprintf("MB-rss-%d", n))
	}
	t.Print(os.Stdout)
}

// BenchmarkSiteBuildBigTheme is site.Build of one theme of 1,250 to
// 12,500 questions in this process, for profiling:
//
//	go test ./internal/bench -run '^$' -bench 'SiteBuildBigTheme/questions=12500' -benchtime 1x -cpuprofile /tmp/big.prof -memprofile /tmp/big.mem
func BenchmarkSiteBuildBigTheme(b *testing.B) {
	for _, n := range []int{1250, 2500, 5000, 12500} {
		b.Run(fmt.Sprintf("questions=%d", n), func(b *testing.B) {
			s := synthetic.Site(1, 1, n)
			dir := b.TempDir()
			for b.Loop() {
				if _, err := site.Build(b.Context(), s, site.Options{Source: dir, Destination: filepath.Join(dir, "public")}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
