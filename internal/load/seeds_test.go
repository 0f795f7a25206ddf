package load

import (
	"fmt"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/model"
)

// The seed publications sit beside the repository in CI (../shared/seeds)
// but not in a user's clone; these tests compare the demo data with them
// when they are there.
const seedsDir = "../../../shared/seeds"

func seedText(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(seedsDir + "/" + name)
	if err != nil {
		t.Skipf("seed publication %s not found beside the repository (%v): skipping the comparison with the source", name, err)
	}
	return strings.ReplaceAll(string(data), "\r\n", "\n")
}

// seedBlocks counts the bullets of each block that starts with a line
// beginning with marker, per '> Rode draad' section: top-level bullets and
// nested ones.
func seedBlocks(text, marker string) (top, nested []int) {
	for _, part := range strings.Split(text, "> Rode draad")[1:] {
		block, inBlock := [2]int{}, false
		for _, line := range strings.Split(part, "\n") {
			switch {
			case strings.HasPrefix(line, marker):
				inBlock = true
			case strings.HasPrefix(line, "> ") || line == "Reflectie en in actie komen":
				inBlock = false
			case inBlock && strings.HasPrefix(line, "- "):
				block[0]++
			case inBlock && strings.HasPrefix(line, " - "):
				block[1]++
			}
		}
		top, nested = append(top, block[0]), append(nested, block[1])
	}
	return top, nested
}

func TestFrieslandMatchesSeed(t *testing.T) {
	text := seedText(t, "004_6bad95caba273fe2.txt")
	e := editionOf(t, loadDemo(t), "friesland", "2021-2024")

	var questions, subQuestions, practice, subPractice []int
	for _, th := range e.Themes {
		questions = append(questions, len(th.Questions))
		practice = append(practice, len(th.Practice))
		subQuestions = append(subQuestions, sum(th.Questions, func(q model.Question) int { return len(q.Sub) }))
		subPractice = append(subPractice, sum(th.Practice, func(p model.PracticeExample) int { return len(p.Sub) }))
	}
	seedQ, seedSubQ := seedBlocks(text, "> Reflectievragen")
	seedP, seedSubP := seedBlocks(text, "> Waar blijkt")
	expect(t, "questions per theme", questions, seedQ)
	expect(t, "sub-questions per theme", subQuestions, seedSubQ)
	expect(t, "practice per theme", practice, seedP)
	expect(t, "nested practice per theme", subPractice, seedSubP)

	tips := between(text, "Wat kun jij morgen zelf al doen?", "Meer weten?")
	expect(t, "closing tips", len(e.Closing.Tips), len(nonEmptyLines(tips)))

	var links []int
	for _, line := range nonEmptyLines(between(text, "Meer weten?", "Auteurs")) {
		if strings.Contains(line, "](#)") {
			links[len(links)-1]++
		} else if !strings.HasPrefix(line, "- >") {
			links = append(links, 0)
		}
	}
	expect(t, "links per group", shape(e.LinkGroups, func(g model.LinkGroup) int { return len(g.Links) }), fmt.Sprint(links))
}

// Every key figure of the demo data stands in its source as it is.
func TestKeyFiguresMatchSeeds(t *testing.T) {
	site := loadDemo(t)
	for factsheet, seed := range map[string]string{
		"amsterdam-leren-en-reflecteren": "001_f503bf0a2e74088a.txt",
		"haaglanden-ontwikkeltafel":      "003_064a3482619548f4.txt",
	} {
		text := seedText(t, seed)
		for _, k := range current(t, site, factsheet).KeyFigures {
			figure := strings.TrimSpace(fmt.Sprintf("%s %g%s", k.Prefix, k.Value, k.Unit))
			if !regexp.MustCompile(`\b` + regexp.QuoteMeta(figure) + `\b|` + regexp.QuoteMeta(figure) + `\B`).MatchString(text) {
				t.Errorf("%s: key figure %q does not stand in %s", factsheet, figure, seed)
			}
		}
	}
}

func between(text, from, to string) string {
	_, after, _ := strings.Cut(text, "\n"+from+"\n")
	before, _, _ := strings.Cut(after, "\n"+to+"\n")
	return before
}

func nonEmptyLines(s string) []string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

func sum[T any](items []T, count func(T) int) int {
	n := 0
	for _, it := range items {
		n += count(it)
	}
	return n
}

// TestDemoInOwnWords: no text of the demo data or the site's pages
// shares sharedRunLimit consecutive words with a seed publication.
func TestDemoInOwnWords(t *testing.T) {
	entries, err := os.ReadDir(seedsDir)
	if err != nil {
		t.Skipf("seed publications not found beside the repository (%v): skipping the check that the demo data is in its own words", err)
	}
	sources := map[string]string{}
	for _, e := range entries {
		if path.Ext(e.Name()) == ".txt" {
			sources[e.Name()] = seedText(t, e.Name())
		}
	}
	if len(sources) == 0 {
		t.Skipf("no seed publications in %s: skipping the check that the demo data is in its own words", seedsDir)
	}
	for _, found := range sharedInProject(t, "../..", newSourceIndex(sources)) {
		t.Errorf("%s: restate this in your own words", found)
	}
}
