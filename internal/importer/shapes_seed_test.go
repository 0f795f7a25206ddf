package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/model"
)

// The five seed publications sit beside the repository in CI, not in a
// user's clone (see seed). Each has a restatement by hand in the demo
// data; the import of a seed must have the structure of its restatement:
// as many themes and sections, and in each as many lists, items, levels,
// steps, questions, quotes and key figures. Texts and ids differ, since
// the demo is written in its own words.
const seedsDir = "../../../shared/seeds"

// seedCase is a seed and the demo edition that restates it.
type seedCase struct {
	seed    string // the file name's number, as in 000_*.txt
	demo    string // factsheet/edition in data/factsheets
	factsID string // the factsheet the import makes, to find it after loading
	// differs are the entries of the structure (see structure) in which
	// the demo restates the source's prose as structure of its own, with
	// why. The test fails when one of them no longer differs, so that the
	// list stays true.
	differs map[string]string
}

var seedCases = []seedCase{
	{seed: "000", demo: "haaglanden-reflectie/editie-1"},
	{seed: "001", demo: "amsterdam-leren-en-reflecteren/2020", differs: map[string]string{
		"section 2": "the demo turns the prose of 'Zorg voor gezinnen onder de loep' and the outcomes named in 'De opbrengst' " +
			"into a method with four steps and seven outcomes; the source has no steps or list there, and the import keeps the prose",
	}},
	{seed: "002", demo: "haaglanden-samenwerkingsprincipes/editie-1"},
	{seed: "003", demo: "haaglanden-ontwikkeltafel/2022-05-19"},
	{seed: "004", demo: "friesland/2021-2024"},
}

// structure is what is compared of an edition, entry by entry: the count
// of its themes and sections, its key figures as they read and the links
// and tips of its closing part, then each theme and section in reading order.
func structure(e *model.Edition) map[string]string {
	s := map[string]string{
		"themes":   fmt.Sprint(len(e.Themes)),
		"sections": fmt.Sprint(len(e.Sections)),
		"quotes":   fmt.Sprint(len(e.Quotes)),
	}
	var figures, groups []string
	for _, k := range e.KeyFigures {
		figures = append(figures, k.Figure())
	}
	s["key figures"] = strings.Join(figures, " | ")
	for _, g := range e.LinkGroups {
		groups = append(groups, fmt.Sprint(len(g.Links)))
	}
	s["link groups"] = strings.Join(groups, " ")
	if e.Closing != nil {
		s["closing tips"] = fmt.Sprint(len(e.Closing.Tips))
	}
	for i, t := range e.Themes {
		var subs []string
		for _, q := range t.Questions {
			subs = append(subs, fmt.Sprint(len(q.Sub)))
		}
		var practice []string
		for _, p := range t.Practice {
			practice = append(practice, fmt.Sprint(len(p.Sub)))
		}
		s[fmt.Sprintf("theme %d", i+1)] = fmt.Sprintf("questions %d (sub %s), practice %d (sub %s), quotes %d",
			len(t.Questions), strings.Join(subs, " "), len(t.Practice), strings.Join(practice, " "), len(t.Quotes))
		s[fmt.Sprintf("theme %d tips", i+1)] = fmt.Sprint(len(t.Tips))
	}
	for i, sec := range e.Sections {
		var lists, plans, methods []string
		for _, l := range sec.Lists {
			var subs []string
			for _, it := range l.Items {
				subs = append(subs, fmt.Sprint(len(it.Sub)))
			}
			lists = append(lists, fmt.Sprintf("%d items (sub %s)", len(l.Items), strings.Join(subs, " ")))
		}
		steps := func(steps []model.Step) string {
			var out []string
			for _, st := range steps {
				out = append(out, fmt.Sprintf("%dq/%dhow", len(st.Questions), len(st.How)))
			}
			return fmt.Sprintf("%d steps [%s]", len(steps), strings.Join(out, " "))
		}
		for _, p := range sec.StepPlans {
			plans = append(plans, steps(p.Steps))
		}
		for _, m := range sec.Methods {
			methods = append(methods, fmt.Sprintf("%s, %d outcomes", steps(m.Steps), len(m.Outcomes)))
		}
		s[fmt.Sprintf("section %d", i+1)] = fmt.Sprintf("lists [%s], levels %d, step plans [%s], methods [%s], quotes %d",
			strings.Join(lists, "; "), len(sec.Levels), strings.Join(plans, "; "), strings.Join(methods, "; "), len(sec.Quotes))
	}
	return s
}

// The demo data is loaded once for all seeds.
var demo = sync.OnceValues(func() (*model.Site, load.Diagnostics) { return load.Site("../..") })

// personal are the contact details the site must never publish.
var personal = []*regexp.Regexp{
	regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}`),
	regexp.MustCompile(`\(?\b0\d{1,3}\)?[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}\b`),
}

func TestImportSeeds(t *testing.T) {
	for _, c := range seedCases {
		t.Run(c.seed, func(t *testing.T) {
			names, _ := filepath.Glob(filepath.Join(seedsDir, c.seed+"_*.txt"))
			if len(names) != 1 {
				t.Skipf("the seed publications are not beside the repository (%s/%s_*.txt): skipping the import of seed %s", seedsDir, c.seed, c.seed)
			}
			src, err := os.ReadFile(names[0])
			if err != nil {
				t.Fatal(err)
			}
			res, err := Import(src, Options{Name: filepath.Base(names[0])})
			if err != nil {
				t.Fatalf("import: %v", err)
			}
			if lost := unaccounted(t, src, res); len(lost) > 0 {
				t.Errorf("lines neither written nor reported:\n%s", strings.Join(lost, "\n"))
			}
			for _, f := range res.Files {
				for _, re := range personal {
					if m := re.FindString(string(f.Data)); m != "" {
						t.Errorf("%s publishes contact details: %q", f.Path, m)
					}
				}
			}

			dir := t.TempDir()
			if _, _, err := res.Write(dir, false); err != nil {
				t.Fatal(err)
			}
			site, diags := load.Site(dir)
			for _, d := range diags {
				if d.Severity == load.Error {
					t.Errorf("loading the import: %s", d)
				}
			}
			imported := site.Factsheet(res.Factsheet.ID).Current()

			demoSite, _ := demo()
			factsheet, edition, _ := strings.Cut(c.demo, "/")
			restated := demoSite.Factsheet(factsheet).Edition(edition)
			if restated == nil {
				t.Fatalf("no demo edition %s", c.demo)
			}
			compareStructure(t, structure(restated), structure(imported), c.differs)
		})
	}
}

func compareStructure(t *testing.T, want, got map[string]string, differs map[string]string) {
	t.Helper()
	keys := map[string]bool{}
	for k := range want {
		keys[k] = true
	}
	for k := range got {
		keys[k] = true
	}
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range keys {
			if !yield(k) {
				return
			}
		}
	}) {
		why, known := differs[k]
		switch {
		case want[k] == got[k] && known:
			t.Errorf("%s: the import now has the demo's structure (%s): take it out of the known differences", k, got[k])
		case want[k] == got[k]:
		case known:
			t.Logf("%s differs, as known: demo %q, import %q: %s", k, want[k], got[k], why)
		default:
			t.Errorf("%s: demo %q, import %q", k, want[k], got[k])
		}
	}
}
