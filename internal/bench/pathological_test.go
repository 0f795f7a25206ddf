package bench

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// pathologicalLimit bounds each run of BenchmarkPathological: a run that
// takes longer is stopped and shown as such, and the larger sizes of that
// input are not tried.
const pathologicalLimit = 240 * time.Second

// pathological is an input that an adversarial test found to take minutes,
// at its size in that test (1×); write makes it at scale times that size
// in the project dir and returns the rodedraad command to run on it.
type pathological struct {
	slug  string // the sub-benchmark's name, to run one: -bench 'Pathological/slug'
	name  string
	size  func(scale int) string
	write func(b *testing.B, rodedraad, dir string, scale int) []string
}

var pathologicals = []pathological{
	{
		slug: "nested-arrays",
		name: "check: an array nested 100,000 deep (200 KB)",
		size: func(scale int) string { return fmt.Sprintf("%d deep", 100_000*scale) },
		write: func(b *testing.B, rodedraad, dir string, scale int) []string {
			n := 100_000 * scale
			prependToTheme(b, dir, "extra = "+strings.Repeat("[", n)+strings.Repeat("]", n)+"\n")
			return []string{"check"}
		},
	},
	{
		slug: "nested-inline-tables",
		name: "check: inline tables nested 5,000 deep (20 KB)",
		size: func(scale int) string { return fmt.Sprintf("%d deep", 5_000*scale) },
		write: func(b *testing.B, rodedraad, dir string, scale int) []string {
			n := 5_000 * scale
			prependToTheme(b, dir, "extra = "+strings.Repeat("{a=", n)+"1"+strings.Repeat("}", n)+"\n")
			return []string{"check"}
		},
	},
	{
		slug: "dotted-header",
		name: "check: a table header of 100,000 dotted parts",
		size: func(scale int) string { return fmt.Sprintf("%d parts", 100_000*scale) },
		write: func(b *testing.B, rodedraad, dir string, scale int) []string {
			appendToTheme(b, dir, "\n["+strings.TrimSuffix(strings.Repeat("a.", 100_000*scale), ".")+"]\n")
			return []string{"check"}
		},
	},
	{
		slug: "reworded-questions",
		name: "check: 2,000 removed and 2,000 added questions between editions",
		size: func(scale int) string { return fmt.Sprintf("%d × %d", 2_000*scale, 2_000*scale) },
		write: func(b *testing.B, rodedraad, dir string, scale int) []string {
			n := 2_000 * scale
			writeTheme(b, dir, questions("oud", n, 0))
			run(b, rodedraad, dir, "new", "edition", "proef", "editie-2")
			writeFile(b, filepath.Join(dir, "data/factsheets/proef/editie-2/themes/eerste-thema.toml"), questions("nieuw", n, 1))
			return []string{"check"}
		},
	},
	{
		slug: "import-identical-questions",
		name: "import: 16,000 identical question lines (144 KB)",
		size: func(scale int) string { return fmt.Sprintf("%d lines", 16_000*scale) },
		write: func(b *testing.B, rodedraad, dir string, scale int) []string {
			text := importHeader + "> Rode draad\n\nLuisteren\n\nOuders voelen zich niet gehoord.\n\n> Reflectievragen voor professionals\n\n" +
				strings.Repeat("- Vraag ik door als het stil wordt?\n", 16_000*scale)
			writeFile(b, filepath.Join(dir, "bron.txt"), text)
			return []string{"import", filepath.Join(dir, "bron.txt"), "--factsheet", "import"}
		},
	},
	{
		slug: "import-theme-markers",
		name: "import: 16,000 '> Rode draad' lines (208 KB)",
		size: func(scale int) string { return fmt.Sprintf("%d lines", 16_000*scale) },
		write: func(b *testing.B, rodedraad, dir string, scale int) []string {
			writeFile(b, filepath.Join(dir, "bron.txt"), importHeader+strings.Repeat("> Rode draad\n", 16_000*scale))
			return []string{"import", filepath.Join(dir, "bron.txt"), "--factsheet", "import"}
		},
	},
	{
		slug: "cards-long-word",
		name: "cards: one word of 50,000 letters",
		size: func(scale int) string { return fmt.Sprintf("%d letters", 50_000*scale) },
		write: func(b *testing.B, rodedraad, dir string, scale int) []string {
			writeTheme(b, dir, oneQuestion(strings.Repeat("a", 50_000*scale)))
			return []string{"cards", "-d", filepath.Join(dir, "kaarten")}
		},
	},
	{
		slug: "cards-hyphens",
		name: "cards: 3,000 characters of 'a-a-…'",
		size: func(scale int) string { return fmt.Sprintf("%d characters", 3_000*scale) },
		write: func(b *testing.B, rodedraad, dir string, scale int) []string {
			writeTheme(b, dir, oneQuestion(strings.Repeat("a-", 1_500*scale)))
			return []string{"cards", "-d", filepath.Join(dir, "kaarten")}
		},
	},
	{
		slug: "build-hyphens",
		name: "build: 3,000 characters of 'a-a-…'",
		size: func(scale int) string { return fmt.Sprintf("%d characters", 3_000*scale) },
		write: func(b *testing.B, rodedraad, dir string, scale int) []string {
			writeTheme(b, dir, oneQuestion(strings.Repeat("a-", 1_500*scale)))
			return []string{"build"} // into public/ in the project: a build refuses other directories there
		},
	},
	{
		slug: "build-big-theme",
		name: "build: one theme with 12,500 questions",
		size: func(scale int) string { return fmt.Sprintf("%d questions", 12_500*scale) },
		write: func(b *testing.B, rodedraad, dir string, scale int) []string {
			writeTheme(b, dir, questions("vraag", 12_500*scale, 0))
			return []string{"build"} // into public/ in the project: a build refuses other directories there
		},
	},
}

// BenchmarkPathological runs each input an adversarial test found to take
// minutes through the command that choked on it, at 1×, 2× and 4× the
// size it had there, as a child process, and prints time and peak memory
// with their growth per doubling: about 2× is linear. A run is stopped
// after pathologicalLimit. Nothing passes or fails on time; whether the
// command accepts or refuses the input is shown by its exit code.
func BenchmarkPathological(b *testing.B) {
	rodedraad, _ := binaries(b)
	t := Table{
		Title:  "Pathological inputs: one run each, as a child process (time, peak memory, exit code)",
		Header: []string{"input", "size", "wall", "CPU", "peak RSS", "exit", "wall ×", "RSS ×"},
		Notes: []string{fmt.Sprintf("'wall ×' and 'RSS ×' compare a size with the one before it: 2× the input, so about 2.00× is linear, "+
			"and less is fine when a fixed cost dominates (refusing an input early, starting the process). Runs are stopped after %v.", pathologicalLimit)},
	}
	for _, p := range pathologicals {
		b.Run(p.slug, func(b *testing.B) {
			for range b.N {
				var previous Usage
				for _, scale := range []int{1, 2, 4} {
					dir := b.TempDir()
					run(b, rodedraad, dir, "new", "factsheet", "proef")
					args := p.write(b, rodedraad, dir, scale)
					u, code := runBounded(b, rodedraad, dir, args)
					wallGrowth, rssGrowth := "", ""
					if scale > 1 {
						wallGrowth, rssGrowth = Ratio(u.Wall, previous.Wall), Ratio(u.MaxRSS, previous.MaxRSS)
					}
					exit := fmt.Sprint(code)
					if code < 0 {
						exit = fmt.Sprintf("stopped after %v", pathologicalLimit)
					}
					t.Add(p.name, p.size(scale), Ms(u.Wall), Ms(u.CPU), MB(u.MaxRSS), exit, wallGrowth, rssGrowth)
					previous = u
					if code < 0 {
						break
					}
				}
			}
		})
	}
	t.Print(os.Stdout)
}

// runBounded runs rodedraad with args on the project in dir, stopped
// after pathologicalLimit, and returns what it used and its exit code, or
// -1 when it was stopped. timeout(1) does the stopping, with SIGTERM and
// SIGKILL 10 s later, and waits for the process, so that GNU time above it
// still measures the whole run.
func runBounded(b *testing.B, rodedraad, dir string, args []string) (Usage, int) {
	b.Helper()
	limit := fmt.Sprintf("%ds", int(pathologicalLimit.Seconds()))
	cmd := exec.Command("timeout", append([]string{"-k", "10s", limit, rodedraad, "-s", dir}, args...)...)
	u, err := Run(cmd, nil)
	var exit *exec.ExitError
	switch {
	case err == nil:
		return u, 0
	case errors.As(err, &exit) && (exit.ExitCode() == 124 || exit.ExitCode() == 137):
		return u, -1
	case errors.As(err, &exit):
		return u, exit.ExitCode()
	}
	b.Fatal(err)
	return u, 0
}

// run runs rodedraad with args on the project in dir and fails on error.
func run(b *testing.B, rodedraad, dir string, args ...string) {
	b.Helper()
	if out, err := exec.Command(rodedraad, append([]string{"-s", dir}, args...)...).CombinedOutput(); err != nil {
		b.Fatalf("rodedraad %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// importHeader is the start of a text export: a title, a subtitle and who
// made it.
const importHeader = "Samen leren in de wijk\n\nWat de werkplaats zag (2023 - 2024)\n\nDeze publicatie is opgesteld door Werkplaats Noord.\n\n"

const themePath = "data/factsheets/proef/editie-1/themes/eerste-thema.toml"

func writeTheme(b *testing.B, dir, content string) {
	writeFile(b, filepath.Join(dir, themePath), content)
}

func prependToTheme(b *testing.B, dir, text string) {
	b.Helper()
	data, err := os.ReadFile(filepath.Join(dir, themePath))
	if err != nil {
		b.Fatal(err)
	}
	writeTheme(b, dir, text+string(data))
}

func appendToTheme(b *testing.B, dir, text string) {
	b.Helper()
	data, err := os.ReadFile(filepath.Join(dir, themePath))
	if err != nil {
		b.Fatal(err)
	}
	writeTheme(b, dir, string(data)+text)
}

func writeFile(b *testing.B, path, content string) {
	b.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		b.Fatal(err)
	}
}

const themeHead = "title = \"Eerste thema\"\nfinding = \"Wat steeds terugkwam in de bijeenkomsten.\"\n"

func oneQuestion(text string) string {
	return themeHead + fmt.Sprintf("\n[[questions]]\nid = \"lang\"\ntext = %q\n", text)
}

// questions is a theme with n questions whose ids start with prefix and
// whose texts are twelve words from a small vocabulary, different per
// question and per variant, so that questions of two variants share words
// but read alike only by chance.
func questions(prefix string, n, variant int) string {
	words := strings.Fields("gezin ouders jongere plan regie school wijk team vertrouwen gesprek doel zorg " +
		"signaal netwerk tijd taal besluit overleg veiligheid hulp rol keten vraag verhaal")
	var s strings.Builder
	s.WriteString(themeHead)
	for i := range n {
		fmt.Fprintf(&s, "\n[[questions]]\nid = \"%s-%d\"\ntext = \"Hoe", prefix, i)
		x := uint32(i*7919 + variant*104729 + 1)
		for range 12 {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			s.WriteString(" " + words[x%uint32(len(words))])
		}
		s.WriteString("?\"\n")
	}
	return s.String()
}
