package synthetic

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/model"
)

func TestScaleSizes(t *testing.T) {
	for _, n := range []int{1, 4, 16} {
		c := Corpus(Scale(n)).Count()
		want := 1000 * n
		if c.Questions < want*95/100 || c.Questions > want*105/100 {
			t.Errorf("Scale(%d) has %d questions, want about %d", n, c.Questions, want)
		}
		if c.Factsheets != 5*n || c.Editions != 10*n || c.Themes != 100*n {
			t.Errorf("Scale(%d): %+v", n, c)
		}
	}
}

func TestCorpusIsDeterministic(t *testing.T) {
	a, b := Corpus(Scale(1)), Corpus(Scale(1))
	if !reflect.DeepEqual(a.Count(), b.Count()) {
		t.Fatal("two corpora of the same config differ in size")
	}
	da, db := t.TempDir(), t.TempDir()
	if err := WriteProject(a, da); err != nil {
		t.Fatal(err)
	}
	if err := WriteProject(b, db); err != nil {
		t.Fatal(err)
	}
	files := 0
	err := filepath.WalkDir(da, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(da, path)
		x, _ := os.ReadFile(path)
		y, err := os.ReadFile(filepath.Join(db, rel))
		if err != nil || string(x) != string(y) {
			t.Errorf("%s differs between two runs with the same seed", rel)
		}
		files++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	other := Scale(1)
	other.Seed = 2
	if reflect.DeepEqual(Corpus(other).Factsheets[0].Editions[0].Themes[0].Questions, a.Factsheets[0].Editions[0].Themes[0].Questions) {
		t.Error("another seed gives the same questions")
	}
	if files < 100 {
		t.Errorf("only %d files written", files)
	}
}

// TestWrittenProjectLoads writes the 1x corpus as TOML and reads it back
// with the loader: no errors or warnings, and the same content.
func TestWrittenProjectLoads(t *testing.T) {
	s := Corpus(Scale(1))
	dir := t.TempDir()
	if err := WriteProject(s, dir); err != nil {
		t.Fatal(err)
	}
	got, diags := load.Site(dir)
	for _, d := range diags {
		t.Error(d)
	}
	if got.Count() != s.Count() {
		t.Fatalf("loaded %+v, generated %+v", got.Count(), s.Count())
	}
	for i, f := range s.Factsheets {
		g := got.Factsheet(f.ID)
		if g == nil {
			t.Fatalf("factsheet %s not loaded", f.ID)
		}
		if g.Current().ID != f.Current().ID || g.Title != f.Title {
			t.Errorf("factsheet %d: loaded %s/%s %q", i, g.ID, g.Current().ID, g.Title)
		}
		for j, e := range f.Editions {
			ge := g.Editions[j]
			if ge.ID != e.ID || ge.Previous != e.Previous || !ge.Date.Equal(e.Date) || ge.Intro != e.Intro {
				t.Errorf("edition %s: loaded %s (previous %q, %s)", e.Ref(), ge.Ref(), ge.Previous, ge.Date)
			}
			for k, th := range e.Themes {
				gt := ge.Themes[k]
				if gt.ID != th.ID || gt.Title != th.Title || gt.Explanation != th.Explanation ||
					!reflect.DeepEqual(gt.Questions, th.Questions) || !reflect.DeepEqual(gt.Practice, th.Practice) ||
					!reflect.DeepEqual(gt.Formerly, th.Formerly) {
					t.Errorf("theme %s differs after writing and loading", th.Ref())
				}
			}
		}
	}
}

// TestTextLengths checks that texts have the lengths of the demo data.
func TestTextLengths(t *testing.T) {
	s := Corpus(Scale(1))
	var questions, findings, explanations, practice, tips []int
	emphasised, withSub := 0, 0
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			for _, th := range e.Themes {
				findings = append(findings, wordCount(string(th.Finding)))
				explanations = append(explanations, wordCount(string(th.Explanation)))
				for _, q := range th.Questions {
					questions = append(questions, wordCount(string(q.Text)))
					if strings.Contains(string(q.Text), "*") {
						emphasised++
					}
					if len(q.Sub) > 0 {
						withSub++
					}
				}
				for _, p := range th.Practice {
					practice = append(practice, wordCount(string(p.Text)))
				}
				for _, tip := range th.Tips {
					tips = append(tips, wordCount(string(tip)))
				}
			}
		}
	}
	for _, c := range []struct {
		what           string
		lengths        []int
		lo, hi, spread int // the mean's range, and how far single texts may be off it
	}{
		{"question", questions, 15, 35, 8},
		{"finding", findings, 18, 32, 6},
		{"explanation", explanations, 80, 150, 20},
		{"practice example", practice, 30, 60, 12},
		{"tip", tips, 8, 14, 4},
	} {
		sum, lo, hi := 0, c.lengths[0], c.lengths[0]
		for _, n := range c.lengths {
			sum += n
			lo, hi = min(lo, n), max(hi, n)
		}
		mean := sum / len(c.lengths)
		if mean < c.lo || mean > c.hi || lo < c.lo-c.spread || hi > c.hi+c.spread {
			t.Errorf("%s: %d words on average, %d to %d; want %d to %d", c.what, mean, lo, hi, c.lo, c.hi)
		}
	}
	if n := len(questions); emphasised < n/4 || emphasised > n*3/4 {
		t.Errorf("%d of %d questions have emphasis", emphasised, n)
	}
	if n := len(questions); withSub < n/10 || withSub > n/3 {
		t.Errorf("%d of %d questions have sub-questions", withSub, n)
	}
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// TestSiteUnchanged keeps Site, which the cards and search benchmarks use,
// as it was.
func TestSiteUnchanged(t *testing.T) {
	s := Site(2, 3, 4)
	c := s.Count()
	if c != (model.Counts{Factsheets: 2, Editions: 2, Themes: 6, Questions: 24, SubQuestions: 10, Practice: 24}) {
		t.Errorf("Site(2, 3, 4) counts %+v", c)
	}
	if q := s.Factsheets[0].Editions[0].Themes[0].Questions[0]; q.ID != "vraag-0" || !strings.HasSuffix(string(q.Text), "?") {
		t.Errorf("first question %+v", q)
	}
}
