package engines

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/cards"
	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/synthetic"
)

// Run with (from bench/engines):
//
//	go test -run '^$' -bench Engines -benchtime 10x
//
// The engines make the same deck in one process, taking turns for
// RODEDRAAD_BENCH_ROUNDS rounds, 3 unless set (go test names the later ones
// #01, #02), so that their ratio holds on a busy machine, where -count
// would run one engine's rounds back to back.
func rounds(b *testing.B) int {
	v := os.Getenv("RODEDRAAD_BENCH_ROUNDS")
	if v == "" {
		return 3
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		b.Fatalf("RODEDRAAD_BENCH_ROUNDS=%q: want a positive number", v)
	}
	return n
}

// syntheticDeck is the deck of an edition of n questions, 50 per theme, as
// internal/cards' benchmarks make it.
func syntheticDeck(n int) cards.Deck {
	return cards.EditionDeck(synthetic.Site(1, n/50, 50).Factsheets[0].Editions[0])
}

func parsedFonts(tb testing.TB) Faces {
	fonts, err := LoadFonts("../../internal/typeset/fonts")
	if err != nil {
		tb.Fatal(err)
	}
	faces, err := ParseFonts(fonts)
	if err != nil {
		tb.Fatal(err)
	}
	return faces
}

// engine makes a deck's A6 cards on A4 sheets.
type engine struct {
	name   string
	render func(cards.Deck) ([]byte, error)
}

// engines are folio, with the fonts parsed once, and whatever
// cards.Render is today.
func engines(tb testing.TB) []engine {
	fonts := parsedFonts(tb)
	return []engine{
		{"folio", func(d cards.Deck) ([]byte, error) { return RenderFolio(d, fonts) }},
		{"rodedraad", func(d cards.Deck) ([]byte, error) {
			res, err := cards.Render(d, nil, cards.Options{Size: cards.A6, Sheet: cards.A4}, time.Time{})
			return res.PDF, err
		}},
	}
}

func BenchmarkEngines(b *testing.B) {
	engs := engines(b)
	for _, n := range []int{1000, 50} {
		d := syntheticDeck(n)
		for range rounds(b) {
			for _, e := range engs {
				b.Run(fmt.Sprintf("%s-%d", e.name, n), func(b *testing.B) {
					b.ReportAllocs()
					var pdf []byte
					for b.Loop() {
						var err error
						if pdf, err = e.render(d); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(len(pdf)), "pdf-bytes")
					b.ReportMetric(float64(d.Count()), "cards")
				})
			}
		}
	}
}

// TestFolioDeck checks that the folio deck holds the cards the product's
// holds: as many sheets, and every question's text somewhere in it, so
// that the benchmark compares the same work.
func TestFolioDeck(t *testing.T) {
	for _, tool := range []string{"pdfinfo", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed", tool)
		}
	}
	d := syntheticDeck(50)
	pdf, err := RenderFolio(d, parsedFonts(t))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "folio.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	// 50 question cards and the instruction card, four to a sheet, each
	// sheet a page of fronts and one of backs.
	if pages := field(run(t, "pdfinfo", path), "Pages"); pages != "Pages 26" {
		t.Errorf("%s, want 26", pages)
	}
	text := squeeze(run(t, "pdftotext", path, "-"))
	for _, g := range d.Groups {
		for _, q := range g.Questions {
			if !strings.Contains(text, squeeze(markdown.Plain(string(q.Text)))) {
				t.Errorf("question %s is not in the deck: %q", q.ID, q.Text)
			}
		}
	}
}

// TestEngineChecks reports, for each engine, what poppler and qpdf say of
// its 50-card deck: whether it is tagged, whether it passes qpdf --check,
// how its fonts are embedded, and for how many cards pdfinfo -struct-text
// shows the question under an element of that card alone. It asserts only
// that each engine made a PDF the tools can read; the rest is the report
// (go test -run EngineChecks -v).
func TestEngineChecks(t *testing.T) {
	for _, tool := range []string{"pdfinfo", "pdffonts", "qpdf"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed", tool)
		}
	}
	d := syntheticDeck(50)
	for _, e := range engines(t) {
		pdf, err := e.render(d)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), e.name+".pdf")
		if err := os.WriteFile(path, pdf, 0o644); err != nil {
			t.Fatal(err)
		}
		info := run(t, "pdfinfo", path)
		if !strings.Contains(info, "Pages:") {
			t.Fatalf("%s: pdfinfo cannot read the deck:\n%s", e.name, info)
		}
		tree := run(t, "pdfinfo", "-struct-text", path)
		t.Logf("%s: %d bytes; %s; %s; qpdf --check: %s; fonts: %s; cards with their question under an element of their own: %d of %d",
			e.name, len(pdf), field(info, "Tagged"), "Lang "+catalogLang(path), qpdfCheck(path), fontSummary(run(t, "pdffonts", path)),
			cardsUnderOwnElement(tree, d), d.Count())
		if excerpt := firstLines(tree, 14); excerpt != "" {
			t.Logf("%s: pdfinfo -struct-text, first lines:\n%s", e.name, excerpt)
		}
		if errs := strings.Count(tree, "Syntax Error"); errs > 0 {
			t.Logf("%s: poppler reports %d syntax errors in the content", e.name, errs)
		}
	}
}

// run returns a tool's output, stdout and stderr together: poppler
// reports syntax errors in the content on stderr.
func run(t *testing.T, name string, args ...string) string {
	out, _ := exec.Command(name, args...).CombinedOutput()
	return string(out)
}

func field(info, name string) string {
	for line := range strings.Lines(info) {
		if v, ok := strings.CutPrefix(line, name+":"); ok {
			return name + " " + strings.TrimSpace(v)
		}
	}
	return name + " ?"
}

// catalogLang is the /Lang of the document catalog, as qpdf reads it,
// wherever the catalog is stored (object streams included).
func catalogLang(path string) string {
	out, err := exec.Command("qpdf", "--show-object=trailer", path).Output()
	if err != nil {
		return "? (" + err.Error() + ")"
	}
	root := regexp.MustCompile(`/Root (\d+) 0 R`).FindSubmatch(out)
	if root == nil {
		return "? (no /Root)"
	}
	catalog, err := exec.Command("qpdf", "--show-object="+string(root[1]), path).Output()
	if err != nil {
		return "? (" + err.Error() + ")"
	}
	if m := regexp.MustCompile(`/Lang (\([^)]*\)|<[^>]*>)`).FindSubmatch(catalog); m != nil {
		return string(m[1])
	}
	return "none"
}

func qpdfCheck(path string) string {
	out, err := exec.Command("qpdf", "--check", path).CombinedOutput()
	if err != nil {
		return fmt.Sprintf("FAILS (%v): %s", err, lastLine(string(out)))
	}
	if strings.Contains(string(out), "No syntax or stream encoding errors") {
		return "no errors"
	}
	return lastLine(string(out))
}

// fontSummary counts pdffonts' rows by type and by the emb and sub columns.
func fontSummary(out string) string {
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 {
		return "none"
	}
	var n, emb, sub int
	types := map[string]int{}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		if len(f) < 7 {
			continue
		}
		// name, type (one or more words), encoding, emb, sub, uni, object, generation
		n++
		if f[len(f)-5] == "yes" {
			emb++
		}
		if f[len(f)-4] == "yes" {
			sub++
		}
		types[strings.Join(f[1:len(f)-6], " ")]++
	}
	var ts []string
	for t, c := range types {
		ts = append(ts, fmt.Sprintf("%d %s", c, t))
	}
	return fmt.Sprintf("%d (%s), %d embedded, %d subset", n, strings.Join(ts, ", "), emb, sub)
}

// node is an element of pdfinfo -struct-text's tree, with the text of
// it and all below it.
type node struct {
	depth int
	text  strings.Builder
}

// cardsUnderOwnElement counts the question cards whose question's text is
// in an element that holds no other card's question. Spaces are left out
// of the comparison: engines that draw words apart write none.
func cardsUnderOwnElement(tree string, d cards.Deck) int {
	var questions []string
	for _, g := range d.Groups {
		for _, q := range g.Questions {
			questions = append(questions, squeeze(markdown.Plain(string(q.Text))))
		}
	}
	var nodes []*node
	var open []*node
	for line := range strings.Lines(tree) {
		if strings.HasPrefix(line, "Syntax Error") {
			continue
		}
		depth := len(line) - len(strings.TrimLeft(line, " "))
		content := strings.TrimSpace(line)
		for len(open) > 0 && open[len(open)-1].depth >= depth {
			open = open[:len(open)-1]
		}
		if strings.HasPrefix(content, `"`) {
			for _, n := range open {
				n.text.WriteString(squeeze(strings.Trim(content, `"`)))
			}
			continue
		}
		n := &node{depth: depth}
		nodes = append(nodes, n)
		open = append(open, n)
	}
	count := 0
	for i, q := range questions {
		for _, n := range nodes {
			text := n.text.String()
			if strings.Contains(text, q) && (i == 0 || !strings.Contains(text, questions[i-1])) &&
				(i == len(questions)-1 || !strings.Contains(text, questions[i+1])) {
				count++
				break
			}
		}
	}
	return count
}

// squeeze leaves out spaces and hyphens, which line breaks add or take.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == '-' || r == '\u00ad' {
			return -1
		}
		return r
	}, s)
}

func firstLines(s string, n int) string {
	var out []string
	for line := range strings.Lines(s) {
		if strings.HasPrefix(line, "Syntax Error") {
			continue
		}
		if len(out) == n {
			break
		}
		out = append(out, strings.TrimRight(line, "\n"))
	}
	return strings.Join(out, "\n")
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
