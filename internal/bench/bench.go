// Package bench holds rodedraad's performance benchmarks and their tools:
// running a command as a child process and reading its time and peak
// memory (with GNU time, /usr/bin/time), writing a corpus as a plain Hugo project for comparison, and
// printing results as Markdown tables.
//
// The benchmarks are in the package's tests. Each prints a table and
// runs the things it compares side by side, alternating, in one process,
// so that the ratios hold on a busy machine:
//
//	go test ./internal/bench -run '^$' -bench . -benchtime 1x
//
// bench/run at the repository root runs them all, with the card deck
// benchmarks of internal/cards; BENCHMARKS.md records the results.
// Targets are stated there and in the tables, never enforced by a test:
// TestBenchSmoke only checks that the 1x corpus still builds.
package bench

import (
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Usage is what a finished child process used.
type Usage struct {
	Wall time.Duration
	CPU  time.Duration // user and system time
	// MaxRSS is the peak resident set size in bytes, or 0 when it could
	// not be measured.
	MaxRSS int64
}

// gnuTime is the path of GNU time, which measures a command's peak memory.
// The kernel's own figure for a child of this process cannot be used: a
// child started by os/exec shares this process's memory until it execs,
// and Linux then carries this process's peak over into the child's.
var gnuTime = sync.OnceValue(func() string {
	path, err := exec.LookPath("/usr/bin/time")
	if err != nil || exec.Command(path, "-f", "%M", "-o", os.DevNull, "true").Run() != nil {
		return ""
	}
	return path
})

// Run runs the command, under GNU time when there is one, and returns what
// it used, also when the command fails. Its output goes to out (nil
// discards it); an error includes the command's output.
func Run(cmd *exec.Cmd, out io.Writer) (Usage, error) {
	rss := ""
	if gt := gnuTime(); gt != "" {
		f, err := os.CreateTemp("", "rodedraad-bench-rss-")
		if err != nil {
			return Usage{}, err
		}
		rss = f.Name()
		f.Close()
		defer os.Remove(rss)
		wrapped := exec.Command(gt, append([]string{"-f", "%M", "-o", rss, cmd.Path}, cmd.Args[1:]...)...)
		wrapped.Dir, wrapped.Env = cmd.Dir, cmd.Env
		cmd = wrapped
	}
	var buf strings.Builder
	if out == nil {
		cmd.Stdout, cmd.Stderr = &buf, &buf
	} else {
		cmd.Stdout, cmd.Stderr = io.MultiWriter(&buf, out), io.MultiWriter(&buf, out)
	}
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	var u Usage
	if cmd.ProcessState != nil {
		// The times of time's child are part of time's: it waits for it.
		u = Usage{Wall: wall, CPU: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}
	}
	if err != nil {
		if rss != "" {
			u.MaxRSS, _ = readPeak(rss)
		}
		return u, fmt.Errorf("%s: %w\n%s", strings.Join(cmd.Args, " "), err, tail(buf.String(), 3000))
	}
	if rss != "" {
		peak, err := readPeak(rss)
		if err != nil {
			return u, fmt.Errorf("%s: %w", strings.Join(cmd.Args, " "), err)
		}
		u.MaxRSS = peak
	}
	return u, nil
}

// readPeak reads the peak memory in bytes that GNU time wrote to file;
// the figure is the last word ('Command exited with non-zero status'
// may come before it).
func readPeak(file string) (int64, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return 0, err
	}
	fields := strings.Fields(string(data))
	if len(fields) == 0 {
		return 0, fmt.Errorf("GNU time wrote no peak memory")
	}
	kb, err := strconv.ParseInt(fields[len(fields)-1], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("GNU time: %q: %v", data, err)
	}
	return kb * 1024, nil
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}

// Median of the values; zero for none.
func Median[T ~int64 | ~float64](values []T) T { return Percentile(values, 50) }

// Percentile p (0 to 100) of the values, by the nearest rank; zero for none.
func Percentile[T ~int64 | ~float64](values []T, p float64) T {
	if len(values) == 0 {
		return 0
	}
	s := slices.Clone(values)
	slices.Sort(s)
	rank := int(math.Ceil(p / 100 * float64(len(s))))
	return s[min(max(rank, 1), len(s))-1]
}

// MedianUsage is the median of each measure over the runs.
func MedianUsage(runs []Usage) Usage {
	var wall, cpu []time.Duration
	var rss []int64
	for _, r := range runs {
		wall, cpu, rss = append(wall, r.Wall), append(cpu, r.CPU), append(rss, r.MaxRSS)
	}
	return Usage{Wall: Median(wall), CPU: Median(cpu), MaxRSS: Median(rss)}
}

// Table is a Markdown table, printed with aligned columns so that it reads
// in a terminal and can be pasted into BENCHMARKS.md as it is.
type Table struct {
	Title  string
	Header []string
	Rows   [][]string
	Notes  []string
}

// Add appends a row of cells, formatted with fmt.Sprint.
func (t *Table) Add(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		row[i] = fmt.Sprint(c)
	}
	t.Rows = append(t.Rows, row)
}

// Print writes the table to w.
func (t *Table) Print(w io.Writer) {
	widths := make([]int, len(t.Header))
	for _, row := range append([][]string{t.Header}, t.Rows...) {
		for i, c := range row {
			if i < len(widths) {
				widths[i] = max(widths[i], len([]rune(c)))
			}
		}
	}
	line := func(cells []string) {
		var b strings.Builder
		b.WriteString("|")
		for i, w := range widths {
			c := ""
			if i < len(cells) {
				c = cells[i]
			}
			fmt.Fprintf(&b, " %s%s |", c, strings.Repeat(" ", w-len([]rune(c))))
		}
		fmt.Fprintln(w, b.String())
	}
	if t.Title != "" {
		fmt.Fprintf(w, "\n%s\n\n", t.Title)
	}
	line(t.Header)
	sep := make([]string, len(widths))
	for i, wd := range widths {
		sep[i] = strings.Repeat("-", wd)
	}
	line(sep)
	for _, r := range t.Rows {
		line(r)
	}
	for _, n := range t.Notes {
		fmt.Fprintf(w, "\n%s\n", n)
	}
	fmt.Fprintln(w)
}

// Ms formats a duration in milliseconds.
func Ms(d time.Duration) string { return fmt.Sprintf("%d ms", d.Milliseconds()) }

// MB formats a number of bytes in megabytes; 0 is shown as unknown.
func MB(n int64) string {
	if n == 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f MB", float64(n)/(1<<20))
}

// KB formats a number of bytes in kilobytes, with one decimal.
func KB(n int) string { return fmt.Sprintf("%.1f KB", float64(n)/1024) }

// Ratio formats a/b with two decimals, as '1.23×'.
func Ratio[T ~int64 | ~float64 | ~int](a, b T) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", float64(a)/float64(b))
}
