package bench

import (
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/browsertest"
)

// BenchmarkServeRebuild measures the live preview: it starts 'rodedraad
// serve' on the 1x corpus, then, round after round, changes the title of
// one theme in its TOML file and polls the served theme page every 5 ms
// until it shows the new title. It reports the median and 95th percentile
// of that time, from the file written to the page served; the targets are
// under 150 ms and 300 ms. Rounds start at random moments, so that a
// wait for a watcher's next poll or batch, if there is one, varies as it
// does for an author.
//
// With RODEDRAAD_BENCH_SERVE_BASELINE naming another rodedraad binary
// (bench/run builds the one from before serve drove Hugo itself), that
// one serves a copy of the corpus too, and the two take turns, round by
// round.
//
//	go test ./internal/bench -run '^$' -bench ServeRebuild -benchtime 1x
func BenchmarkServeRebuild(b *testing.B) {
	rodedraad, _ := binaries(b)
	servers := []*preview{startPreview(b, "this commit", rodedraad)}
	if baseline := os.Getenv(envServeBaseline); baseline != "" {
		servers = append(servers, startPreview(b, os.Getenv(envServeBaselineName), baseline))
	}
	jitter := rand.New(rand.NewPCG(1, 2))
	for b.Loop() {
		for i := range rounds(b, 10) {
			for k := range servers {
				sv := servers[(i+k)%len(servers)]
				time.Sleep(500*time.Millisecond + time.Duration(jitter.IntN(250))*time.Millisecond)
				sv.round(b, fmt.Sprintf("Gewijzigde titel %d", i+1))
			}
		}
	}
	t := Table{
		Title:  fmt.Sprintf("Rebuild during 'rodedraad serve', 1x corpus, from a theme file written to the new title served (%s)", machine()),
		Header: []string{"serve", "rounds", "median", "p95", "fastest", "slowest", "not shown within 30 s", "first build (start to page)"},
	}
	for _, sv := range servers {
		if len(sv.times) == 0 {
			b.Fatalf("%s: the page never showed a new title\n%s", sv.name, tail(sv.log.String(), 3000))
		}
		t.Add(sv.name, len(sv.times)+sv.stale, Ms(Median(sv.times)), Ms(Percentile(sv.times, 95)), Ms(Percentile(sv.times, 0)),
			Ms(Percentile(sv.times, 100)), sv.stale, Ms(sv.firstBuild))
	}
	t.Notes = append(t.Notes, "Targets: a median under 150 ms and a 95th percentile under 300 ms at 1x. The time includes "+
		"noticing the change, loading and validating all data, regenerating the changed pages, and Hugo's rebuild; "+
		"the changed card decks and factsheet PDF follow after the page.",
		"How this commit notices a change: "+watcher(b)+".")
	t.Print(os.Stdout)
	b.ReportMetric(float64(Median(servers[0].times).Milliseconds()), "ms-median")
	b.ReportMetric(float64(Percentile(servers[0].times, 95).Milliseconds()), "ms-p95")
}

// preview is one 'rodedraad serve' on a corpus of its own, and what was
// measured of it.
type preview struct {
	name       string
	file, url  string
	src        []byte // the theme file as generated
	log        strings.Builder
	firstBuild time.Duration
	times      []time.Duration
	stale      int
}

var titleLine = regexp.MustCompile(`(?m)^title = ".*"$`)

func startPreview(b *testing.B, name, binary string) *preview {
	dir, s := corpus(b, 1)
	e := s.Factsheets[0].Current()
	theme := e.Themes[0]
	port := freePort(b)
	sv := &preview{name: name,
		file: filepath.Join(dir, "data", "factsheets", e.Factsheet.ID, e.ID, "themes", theme.ID+".toml"),
		url:  fmt.Sprintf("http://127.0.0.1:%d/%s/%s/%s/", port, e.Factsheet.ID, e.ID, theme.ID)}
	cmd := exec.Command(binary, "serve", "-s", dir, "-p", strconv.Itoa(port))
	cmd.Stdout, cmd.Stderr = &sv.log, &sv.log
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGINT)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	})
	start := time.Now()
	if _, err := waitForPage(sv.url, ">"+theme.Title+"<", 3*time.Minute); err != nil {
		b.Fatalf("%s: the preview did not come up: %v\n%s", name, err, tail(sv.log.String(), 3000))
	}
	sv.firstBuild = time.Since(start)
	var err error
	if sv.src, err = os.ReadFile(sv.file); err != nil {
		b.Fatal(err)
	}
	if !titleLine.Match(sv.src) {
		b.Fatalf("%s has no title line", sv.file)
	}
	return sv
}

// round writes the theme with title and times until the page shows it.
func (sv *preview) round(b *testing.B, title string) {
	edited := titleLine.ReplaceAll(sv.src, []byte(`title = "`+title+`"`))
	if err := os.WriteFile(sv.file, edited, 0o644); err != nil {
		b.Fatal(err)
	}
	written := time.Now()
	if _, err := waitForPage(sv.url, ">"+title+"<", 30*time.Second); err != nil {
		b.Logf("%s: %v", sv.name, err)
		sv.stale++
		return
	}
	sv.times = append(sv.times, time.Since(written))
}

// waitForPage polls url every 5 ms until its body contains want.
func waitForPage(url, want string, within time.Duration) (string, error) {
	return browsertest.PollPage(url, 5*time.Millisecond, within, func(body string) bool { return strings.Contains(body, want) })
}

func freePort(b testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// watcher describes how the serve command notices a changed data file,
// read from its source, so that the table says what was measured.
func watcher(b testing.TB) string {
	src, err := os.ReadFile(filepath.Join(repoRoot(b), "cmd", "rodedraad", "serve.go"))
	if err != nil {
		return "unknown"
	}
	poll := "no fixed poll found in serve.go"
	if m := regexp.MustCompile(`time\.(?:Tick|NewTicker)\((\d+) \* time\.(Millisecond|Second)\)`).FindSubmatch(src); m != nil {
		n, _ := strconv.Atoi(string(m[1]))
		if string(m[2]) == "Second" {
			n *= 1000
		}
		poll = fmt.Sprintf("polls every %d ms", n)
	}
	if strings.Contains(string(src), "fsnotify") {
		return "file events (fsnotify); " + poll + " as a fallback"
	}
	return poll
}
