package bench

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/synthetic"
)

// The environment variables that tune the benchmarks.
const (
	// envScale is the largest corpus size to measure: 1, 4 (the default)
	// or 16. The 16x corpus takes minutes per build round.
	envScale = "RODEDRAAD_BENCH_SCALE"
	// envRounds overrides each benchmark's number of rounds.
	envRounds = "RODEDRAAD_BENCH_ROUNDS"
	// envBinary and envHugo name binaries of rodedraad and stock Hugo to
	// use instead of building them (bench/run builds them once).
	envBinary = "RODEDRAAD_BENCH_BIN"
	envHugo   = "RODEDRAAD_BENCH_HUGO"
	// envServeBaseline names a rodedraad binary whose serve the serve
	// benchmark measures beside this one's, and envServeBaselineName
	// what to call it in the table.
	envServeBaseline     = "RODEDRAAD_BENCH_SERVE_BASELINE"
	envServeBaselineName = "RODEDRAAD_BENCH_SERVE_BASELINE_NAME"
)

var tools struct {
	once            sync.Once
	dir             string
	rodedraad, hugo string
	err             error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if tools.dir != "" {
		os.RemoveAll(tools.dir)
	}
	os.Exit(code)
}

// binaries returns the rodedraad and Hugo binaries, built once per run:
// rodedraad from this module, Hugo as 'go tool hugo' runs it (the tool
// directive in go.mod pins the same version that rodedraad links).
func binaries(b testing.TB) (rodedraad, hugo string) {
	b.Helper()
	tools.once.Do(func() {
		tools.rodedraad, tools.hugo = os.Getenv(envBinary), os.Getenv(envHugo)
		if tools.rodedraad == "" {
			tools.dir, tools.err = os.MkdirTemp("", "rodedraad-bench-bin-")
			if tools.err != nil {
				return
			}
			tools.rodedraad = filepath.Join(tools.dir, "rodedraad")
			out, err := exec.Command("go", "build", "-o", tools.rodedraad, "github.com/rodedraad/rodedraad/cmd/rodedraad").CombinedOutput()
			if err != nil {
				tools.err = fmt.Errorf("building rodedraad: %v\n%s", err, out)
				return
			}
		}
		if tools.hugo == "" {
			out, err := exec.Command("go", "tool", "-n", "hugo").Output()
			if err != nil {
				tools.err = fmt.Errorf("finding go tool hugo: %v", err)
				return
			}
			tools.hugo = strings.TrimSpace(string(out))
		}
	})
	if tools.err != nil {
		b.Fatal(tools.err)
	}
	return tools.rodedraad, tools.hugo
}

// scales are the corpus sizes to measure: 1x and 4x, and 16x when
// RODEDRAAD_BENCH_SCALE=16.
func scales(b testing.TB) []int {
	largest := 4
	if v := os.Getenv(envScale); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			b.Fatalf("%s=%q: want 1, 4 or 16", envScale, v)
		}
		largest = n
	}
	var out []int
	for _, n := range []int{1, 4, 16} {
		if n <= largest {
			out = append(out, n)
		}
	}
	return out
}

// rounds is how often a benchmark repeats its measurements: def, or
// RODEDRAAD_BENCH_ROUNDS.
func rounds(b testing.TB, def int) int {
	if v := os.Getenv(envRounds); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			b.Fatalf("%s=%q: want a positive number", envRounds, v)
		}
		return n
	}
	return def
}

// corpus writes the synthetic corpus of scale n as a project in a new
// temporary directory.
func corpus(b testing.TB, n int) (string, *model.Site) {
	b.Helper()
	s := synthetic.Corpus(synthetic.Scale(n))
	dir := b.TempDir()
	if err := synthetic.WriteProject(s, dir); err != nil {
		b.Fatal(err)
	}
	return dir, s
}

// machine describes where the numbers come from, for the top of a table.
func machine() string {
	model := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if name, ok := strings.CutPrefix(line, "model name"); ok {
				model = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":"))
				break
			}
		}
	}
	return fmt.Sprintf("%s, %d cores (GOMAXPROCS %d), %s %s/%s", model, runtime.NumCPU(), runtime.GOMAXPROCS(0),
		runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// repoRoot is the module's root, two levels above this package.
func repoRoot(b testing.TB) string {
	dir, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		b.Fatalf("no go.mod in %s", dir)
	}
	return dir
}
