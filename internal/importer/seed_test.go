package importer

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/model"
)

// The Friesland factsheet as exported from its interactive PDF sits
// beside the repository in CI, not in a user's clone.
const seed = "../../../shared/seeds/004_6bad95caba273fe2.txt"

// shape renders counts compactly, e.g. "[9 4 4]", to compare in one go.
func shape[T any](items []T, count func(T) int) string {
	n := make([]string, len(items))
	for i, it := range items {
		n[i] = fmt.Sprint(count(it))
	}
	return "[" + strings.Join(n, " ") + "]"
}

// The import of the real export has the structure that the hand-made
// data in data/factsheets/friesland/2021-2024 has; internal/load pins the
// same counts for that data, against the same export.
func TestImportSeed(t *testing.T) {
	src, err := os.ReadFile(seed)
	if err != nil {
		t.Skipf("seed publication %s not found beside the repository (%v): skipping the import of the real export", seed, err)
	}
	res, err := Import(src, Options{Name: "004.txt"})
	if err != nil {
		t.Fatal(err)
	}
	f := res.Factsheet
	e := f.Editions[0]
	expect := func(what string, got, want any) {
		t.Helper()
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: got %v, want %v", what, got, want)
		}
	}
	expect("ids", f.ID+"/"+e.ID, "samen-leren-doen-jeugdhulp/2021-2024")
	expect("edition name", e.Name, "2021–2024")
	expect("themes", e.ThemeIDs, []string{"gelijkwaardige-samenwerking-jeugdigen", "verklarende-analyse",
		"samenwerking-tussen-professionals", "integraal-interdisciplinair-samenwerken", "beschikbaarheid-passende-hulp",
		"lerende-praktijk-reflectie"})
	expect("questions per theme", shape(e.Themes, func(t *model.Theme) int { return len(t.Questions) }), "[9 8 9 7 7 5]")
	expect("practice per theme", shape(e.Themes, func(t *model.Theme) int { return len(t.Practice) }), "[4 5 9 9 6 7]")
	learning := e.Themes[5]
	expect("sub-questions in 'lerende praktijk'", shape(learning.Questions, func(q model.Question) int { return len(q.Sub) }), "[0 0 0 3 0]")
	expect("nested practice in 'lerende praktijk'", shape(learning.Practice, func(p model.PracticeExample) int { return len(p.Sub) }), "[0 2 0 0 0 0 0]")
	for _, th := range e.Themes {
		expect(th.ID+": finding, explanation, audience", th.Finding != "" && th.Explanation != "" && th.Audience == model.Professional, true)
		expect(th.ID+": headings", th.QuestionsTitle+" | "+th.PracticeTitle, "Reflectievragen voor professionals | Waar blijkt dit uit in de praktijk?")
	}
	expect("emphasis kept", e.Themes[0].Questions[0].Text, "Geef ik jeugdigen en ouders/opvoeders voldoende tijd om mij te leren kennen, *vertrouwen* en een band op te bouwen?")
	expect("closing", e.Closing.Title+" | "+e.Closing.TipsTitle, "Reflectie en in actie komen | Wat kun jij morgen zelf al doen?")
	expect("closing tips", len(e.Closing.Tips), 10)
	expect("links per group", shape(e.LinkGroups, func(g model.LinkGroup) int { return len(g.Links) }), "[9 4 4 3 3 7]")
	expect("numbered groups", shape(e.LinkGroups, func(g model.LinkGroup) int {
		if g.Numbered {
			return 1
		}
		return 0
	}), "[0 1 1 1 0 1]")
	expect("escaped link text", e.LinkGroups[5].Links[4].Title, "Boemerangbeleid: paradoxale denk- en handelingspatronen leren (h)erkennen en doorbreken, met Sharon Stellaard")
	expect("link note", e.LinkGroups[2].Links[0].Note, "in gesprek over hoe wij ervoor zorgen dat jongeren en ouders zich gehoord voelen en wat hierin nog niet goed lukt.")
	expect("authors", f.Authors, []string{"Anja Holwerda", "Alona Labun"})
	expect("credits", fmt.Sprint(f.Credits), "[{Ontwerp & realisatie Studio van der Velde}]")
	expect("publisher", fmt.Sprint(f.Publisher), "{Kenniswerkplaats Jeugd Friesland https://www.awtjf.nl }")
	expect("reading guide", strings.HasPrefix(string(e.ReadingGuide), "Links op de pagina staat bovenaan de *rode draad*"), true)
	expect("summary", res.Summary().String(), "6 themes, 45 questions (3 sub-questions), 40 practice examples, 10 tips, 6 link groups; 6 lines not placed")

	// What is left over is the logo's lettering, at the top and at the end.
	var unplaced []string
	for _, u := range res.Unplaced {
		unplaced = append(unplaced, fmt.Sprintf("%d %s", u.Line, u.Text))
	}
	expect("unplaced", strings.Join(unplaced, "\n"), strings.Join([]string{
		"15 KENNISWERKPLAATS", "16 JEUGD FRIESLAND", "17 SAMEN | LEREN | DOEN",
		"337 **KENNISWERKPLAATS", "338 JEUGD FRIESLAND**", "339 SAMEN | LEREN | DOEN"}, "\n"))

	dir := t.TempDir()
	if _, _, err := res.Write(dir, false); err != nil {
		t.Fatal(err)
	}
	site, diags := load.Site(dir)
	for _, d := range diags {
		t.Errorf("loading the import: %s", d)
	}
	expect("loaded", fmt.Sprintf("%+v", site.Count()), "{Factsheets:1 Editions:1 Themes:6 Sections:0 Questions:45 SubQuestions:3 Practice:40 Tips:10}")
}
