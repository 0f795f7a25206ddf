package load

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/model"
)

// The demo data restates the five seed publications. These tests pin the
// structure of each one as the source has it, so a loss anywhere between
// the TOML and the model shows up here.

func loadDemo(t *testing.T) *model.Site {
	t.Helper()
	site, diags := Site("../..")
	for _, d := range diags {
		t.Errorf("the demo data must load without problems: %s", d)
	}
	return site
}

func current(t *testing.T, site *model.Site, factsheet string) *model.Edition {
	t.Helper()
	f := site.Factsheet(factsheet)
	if f == nil || f.Current() == nil {
		t.Fatalf("no factsheet %q with a current edition", factsheet)
	}
	return f.Current()
}

// editionOf returns an edition of a factsheet, current or not.
func editionOf(t *testing.T, site *model.Site, factsheet, id string) *model.Edition {
	t.Helper()
	f := site.Factsheet(factsheet)
	if f == nil || f.Edition(id) == nil {
		t.Fatalf("no edition %s/%s", factsheet, id)
	}
	return f.Edition(id)
}

func sectionOf(t *testing.T, e *model.Edition, id string) *model.Section {
	t.Helper()
	for _, s := range e.Sections {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("%s: no section %q", e.Ref(), id)
	return nil
}

// shape renders counts compactly, e.g. "[9 4 4]", to compare in one go.
func shape[T any](items []T, count func(T) int) string {
	n := make([]string, len(items))
	for i, it := range items {
		n[i] = fmt.Sprint(count(it))
	}
	return "[" + strings.Join(n, " ") + "]"
}

// words joins values with spaces, strings included.
func words(values ...any) string { return strings.TrimSpace(fmt.Sprintln(values...)) }

func expect(t *testing.T, what string, got, want any) {
	t.Helper()
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("%s: got %v, want %v", what, got, want)
	}
}

func TestDemoCounts(t *testing.T) {
	c := loadDemo(t).Count()
	expect(t, "counts", fmt.Sprintf("%+v", c),
		"{Factsheets:5 Editions:6 Themes:15 Sections:11 Questions:101 SubQuestions:8 Practice:81 Tips:26}")
}

func TestDemoFriesland(t *testing.T) {
	site := loadDemo(t)
	sheet := site.Factsheet("friesland")
	e := current(t, site, "friesland") // the restated publication
	expect(t, "edition", e.ID, "2021-2024")
	expect(t, "publisher", sheet.Publisher.Name, "Kenniswerkplaats Jeugd Friesland")
	expect(t, "authors", len(sheet.Authors), 2)
	expect(t, "credits", len(sheet.Credits), 1)
	expect(t, "themes", e.ThemeIDs, []string{"gelijkwaardige-samenwerking", "verklarende-analyse",
		"samenwerking-tussen-professionals", "integraal-samenwerken", "beschikbaarheid-passende-hulp", "lerende-praktijk"})
	expect(t, "questions per theme", shape(e.Themes, func(t *model.Theme) int { return len(t.Questions) }), "[9 8 9 7 7 5]")
	expect(t, "practice per theme", shape(e.Themes, func(t *model.Theme) int { return len(t.Practice) }), "[4 5 9 9 6 7]")
	learning := e.Theme("lerende-praktijk")
	expect(t, "nested questions", shape(learning.Questions, func(q model.Question) int { return len(q.Sub) }), "[0 0 0 3 0]")
	expect(t, "nested practice", shape(learning.Practice, func(p model.PracticeExample) int { return len(p.Sub) }), "[0 2 0 0 0 0 0]")
	expect(t, "emphasis kept", strings.Contains(string(e.Themes[0].Questions[0].Text), "*vertrouwen*"), true)
	for _, th := range e.Themes {
		expect(t, th.ID+" has a finding and explanation", th.Finding != "" && th.Explanation != "", true)
		expect(t, th.ID+" audience", th.Questions[0].Audience, model.Professional)
	}
	expect(t, "reading guide", e.ReadingGuide != "", true)
	expect(t, "closing tips", len(e.Closing.Tips), 10)
	expect(t, "closing tips title", e.Closing.TipsTitle, "Wat kun jij morgen zelf al doen?")
	expect(t, "links per group", shape(e.LinkGroups, func(g model.LinkGroup) int { return len(g.Links) }), "[9 4 4 3 3 7]")
	expect(t, "numbered groups", shape(e.LinkGroups, func(g model.LinkGroup) int {
		if g.Numbered {
			return 1
		}
		return 0
	}), "[0 1 1 1 0 1]")
	for _, g := range e.LinkGroups {
		expect(t, "link group without addresses is marked incomplete: "+g.Title, g.Incomplete != "", true)
	}
}

func TestDemoHaaglandenReflectie(t *testing.T) {
	site := loadDemo(t)
	e := current(t, site, "haaglanden-reflectie")
	reflection := e.Theme("reflectie")
	expect(t, "core questions with sub-questions", shape(reflection.Questions, func(q model.Question) int { return len(q.Sub) }), "[1 1 0]")
	expect(t, "third question's clarification", reflection.Questions[2].Note != "", true)
	pattern := sectionOf(t, e, "patroon-van-de-hulpverlening").Lists
	expect(t, "pattern", words(len(pattern), pattern[0].Kind, len(pattern[0].Items)), "1 checklist 9")
	levels := sectionOf(t, e, "drie-dimensies").Levels
	var guiding, audiences []string
	for _, lv := range levels {
		guiding = append(guiding, site.Level(lv.Level).Question)
		audiences = append(audiences, string(lv.Audience))
	}
	expect(t, "guiding questions", guiding, []string{"Doe ik het goed?", "Doe ik het goede?", "Doe ik het om de goede reden?"})
	expect(t, "level audiences", audiences, []string{"professional", "management", "board"})
}

func TestDemoHaaglandenSamenwerkingsprincipes(t *testing.T) {
	site := loadDemo(t)
	e := current(t, site, "haaglanden-samenwerkingsprincipes")
	expect(t, "sections", len(e.Sections), 3)
	principles := sectionOf(t, e, "samenwerkingsprincipes").Lists
	expect(t, "principle lists", shape(principles, func(l model.List) int { return len(l.Items) }), "[9 2 3]")
	expect(t, "kinds", shape(principles, func(l model.List) int { return slices.Index(model.ListKinds, l.Kind) }), "[0 3 1]")
	guidance := principles[1].Items
	expect(t, "how/what", words(guidance[0].Label, guidance[1].Label, len(guidance[1].Sub)), "Hoe Wat 4")
	signals := sectionOf(t, e, "barrieres-signaleren").Lists
	expect(t, "signal lists", shape(signals, func(l model.List) int { return len(l.Items) }), "[3 5 4 5]")
	expect(t, "nested signals", shape(signals[0].Items, func(i model.ListItem) int { return len(i.Sub) }), "[0 5 3]")
	plans := sectionOf(t, e, "barrieres-doorbreken").StepPlans
	expect(t, "step plans", len(plans), 1)
	plan := plans[0]
	expect(t, "safety rule", plan.SafetyRule != "", true)
	expect(t, "questions per step", shape(plan.Steps, func(s model.Step) int { return len(s.Questions) }), "[6 0 0 0]")
	expect(t, "how per step", shape(plan.Steps, func(s model.Step) int { return len(s.How) }), "[2 7 1 1]")
}

func TestDemoAmsterdam(t *testing.T) {
	site := loadDemo(t)
	sheet := site.Factsheet("amsterdam-leren-en-reflecteren")
	e := current(t, site, "amsterdam-leren-en-reflecteren")
	expect(t, "date", e.Date.Format("2006-01-02"), "2020-11-02")
	expect(t, "partners", len(sheet.Partners), 6)
	var figures []string
	for _, k := range e.KeyFigures {
		figures = append(figures, fmt.Sprint(k.Value, k.Unit))
	}
	expect(t, "key figures", figures, []string{"13", "71", "27", "87%"})
	methods := sectionOf(t, e, "reflectiesessie").Methods
	expect(t, "method", words(len(methods), len(methods[0].Steps), len(methods[0].Outcomes)), "1 4 7")
	// What the sessions yield is listed with the method, on another page:
	// the yield section links there rather than saying 'see above'.
	yield := string(sectionOf(t, e, "opbrengst").Text)
	expect(t, "link to the outcomes", strings.Contains(yield, "](../reflectiesessie/index.html#"+methods[0].ID+")"), true)
	quotes := sectionOf(t, e, "opbrengst").Quotes
	expect(t, "quote by role", words(len(quotes), quotes[0].Role), "1 gezinsmanager jeugdbescherming")
	elements := sectionOf(t, e, "werkzame-elementen").Lists
	expect(t, "missing list is marked, not invented", words(len(elements[0].Items), elements[0].Incomplete != ""), "0 true")
}

func TestDemoOntwikkeltafel(t *testing.T) {
	site := loadDemo(t)
	e := current(t, site, "haaglanden-ontwikkeltafel")
	expect(t, "date", e.Date.Format("2006-01-02"), "2022-05-19")
	expect(t, "key figure", fmt.Sprint(e.KeyFigures[0].Prefix, " ", e.KeyFigures[0].Value), "bijna 70")
	expect(t, "quotes per workshop", shape(e.Themes, func(t *model.Theme) int { return len(t.Quotes) }), "[2 3]")
	expect(t, "tips per workshop", shape(e.Themes, func(t *model.Theme) int { return len(t.Tips) }), "[2 3]")
	expect(t, "questions per workshop", shape(e.Themes, func(t *model.Theme) int { return len(t.Questions) }), "[0 2]")
	expect(t, "team questions", e.Themes[1].Questions[0].Audience, model.Team)
	expect(t, "municipalities", len(sectionOf(t, e, "vervolg").Lists[0].Items), 9)
	for _, th := range e.Themes {
		for _, q := range th.Quotes {
			expect(t, "quotes are attributed by role and marked as paraphrase", q.Role != "" && q.Paraphrase, true)
		}
	}
}

func TestDemoExampleEdition(t *testing.T) {
	site := loadDemo(t)
	sheet := site.Factsheet("friesland")
	expect(t, "current edition", current(t, site, "friesland").ID, "2021-2024")
	e := sheet.Edition("2025-voorbeeld")
	expect(t, "the invented example is a draft", e.Draft, true)
	expect(t, "previous", e.Previous, "2021-2024")
	if !strings.Contains(string(e.Notice), "verzonnen voorbeeld") {
		t.Errorf("the example edition must say it is invented: notice %q", e.Notice)
	}
	if sheet.Edition("2021-2024").Archived() || e.Archived() {
		t.Error("neither the current edition nor the draft is archived")
	}
	renamed := e.Theme("samen-een-plan")
	if renamed == nil || e.Successor(sheet.Edition("2021-2024").Theme("integraal-samenwerken")) != renamed {
		t.Error("integraal-samenwerken continues as samen-een-plan")
	}
}
