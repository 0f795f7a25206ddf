package synthetic

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/rodedraad/rodedraad/internal/model"
)

// Config describes a corpus: Factsheets × Editions × Themes × Questions.
type Config struct {
	Seed       uint64
	Factsheets int
	// Editions per factsheet. Each edition after the first revises the one
	// before it, as a real new edition does: some questions reworded, some
	// replaced, a practice example reworded, a theme renamed, a tip added.
	Editions int
	Themes   int // per edition
	// Questions per theme on average; themes have from 60% to 140% of it,
	// so that the total is Questions × Themes when Themes is a multiple
	// of ten.
	Questions int
	// Languages of the interface; Dutch alone when empty.
	Languages []string
}

// Scale is the corpus of about 1,000 × n reflection questions: 5n
// factsheets, each with two editions of ten themes of ten questions on
// average. Scale(1), Scale(4) and Scale(16) are the sizes the benchmarks
// use. Every edition also has a section with a list of principles.
func Scale(n int) Config {
	return Config{Seed: 1, Factsheets: 5 * n, Editions: 2, Themes: 10, Questions: 10}
}

// questionSpread makes themes unequal in size: the number of questions of
// theme t is Questions × (1 + questionSpread[t%10]/10).
var questionSpread = []int{-4, 3, -2, 1, 0, 4, -3, 2, -1, 0}

// The reflection levels and tags every corpus has, as in the demo data.
var (
	levels = []model.Level{
		{ID: "het-goed", Label: "Het goed doen", Question: "Doe ik het goed?"},
		{ID: "het-goede", Label: "Het goede doen", Question: "Doe ik het goede?"},
		{ID: "goede-reden", Label: "Om de goede reden", Question: "Doe ik het om de goede reden?"},
	}
	tags = []model.Tag{
		{ID: "samenwerking", Label: "Samenwerking", Description: "Samenwerken tussen professionals en organisaties rond een gezin."},
		{ID: "regie", Label: "Regie", Description: "Wie houdt overzicht en wie neemt besluiten, met het gezin."},
		{ID: "analyse", Label: "Analyse", Description: "Samen een beeld vormen van wat er speelt in een gezin."},
		{ID: "reflectie", Label: "Reflectie", Description: "Stilstaan bij je eigen handelen en dat van de keten."},
		{ID: "leren", Label: "Leren", Description: "Leren van ervaringen en het geleerde vasthouden."},
		{ID: "veiligheid", Label: "Veiligheid", Description: "Kinderen die veilig opgroeien, nu en later."},
		{ID: "overdracht", Label: "Overdracht", Description: "Informatie en verantwoordelijkheid doorgeven."},
		{ID: "passende-hulp", Label: "Passende hulp", Description: "Op tijd de hulp die past."},
		{ID: "vakmanschap", Label: "Vakmanschap", Description: "Het vak van de professional."},
		{ID: "werkdruk", Label: "Werkdruk", Description: "Tijd, caseload en het vasthouden van professionals."},
		{ID: "onderwijs-en-zorg", Label: "Onderwijs en zorg", Description: "School en zorg als partners."},
		{ID: "gelijkwaardigheid", Label: "Gelijkwaardigheid", Description: "Samenwerken met jeugdigen en ouders als gelijken."},
	}
)

// Corpus makes the site that c describes. The same Config always gives
// the same site, and WriteProject writes it as a project that load.Site
// reads back without errors.
func Corpus(c Config) *model.Site {
	g := newText(c.Seed)
	s := &model.Site{
		Title:         "Synthetische rode draden",
		Description:   "Een synthetisch corpus van factsheets, voor benchmarks van rodedraad.",
		Languages:     slices.Clone(c.Languages),
		Organisations: []model.Organisation{{Name: "rodedraad", Role: "Benchmark"}},
		Licence:       model.Licence{Name: "CC BY 4.0", URL: "https://creativecommons.org/licenses/by/4.0/deed.nl"},
		Rights:        model.Rights{Sources: "De factsheets zijn synthetisch: ze geven geen publicaties van anderen weer."},
		Contact:       model.Markdown(g.sentences(30, 10, 18, false) + "\n"),
		Tags:          slices.Clone(tags),
		Levels:        slices.Clone(levels),
	}
	if len(s.Languages) == 0 {
		s.Languages = []string{"nl"}
	}
	for i := range c.Factsheets {
		s.Factsheets = append(s.Factsheets, factsheet(g, c, i))
	}
	// In the order of their directories, as load.Site reads them.
	slices.SortFunc(s.Factsheets, func(a, b *model.Factsheet) int { return strings.Compare(a.ID, b.ID) })
	return s
}

func factsheet(g *text, c Config, i int) *model.Factsheet {
	region := regions[i%len(regions)]
	id := slug(region)
	if i >= len(regions) {
		id += "-" + strconv.Itoa(i/len(regions)+1)
	}
	f := &model.Factsheet{
		ID:        id,
		Title:     "Rode draden uit " + region,
		Summary:   model.Inline(g.sentences(25, 12, 20, false)),
		Publisher: model.Organisation{Name: "Kenniswerkplaats " + region, URL: "https://www.example.org/" + id},
		Region:    region,
		Credits:   []model.Credit{{Role: "Ontwerp en realisatie", Name: "Studio " + region}},
		Source: model.Source{
			Title: "Rode draden uit " + region + ": geleerde lessen voor de praktijk", Publisher: "Kenniswerkplaats " + region,
			Published: "januari 2021", Note: "Een synthetische tekst, voor benchmarks.\n",
		},
	}
	for k := range c.Editions {
		var e *model.Edition
		if k == 0 {
			e = firstEdition(g, c, f)
		} else {
			e = nextEdition(g, f.Editions[k-1])
		}
		f.Editions = append(f.Editions, e)
	}
	if len(f.Editions) > 0 {
		f.CurrentID = f.Editions[len(f.Editions)-1].ID
	}
	var used []string
	for _, e := range f.Editions {
		for _, t := range e.Themes {
			used = append(used, t.Tags...)
		}
	}
	for _, tag := range tags {
		if slices.Contains(used, tag.ID) {
			f.Tags = append(f.Tags, tag.ID)
		}
	}
	return f
}

func firstEdition(g *text, c Config, f *model.Factsheet) *model.Edition {
	e := &model.Edition{
		ID: "2021", Factsheet: f, Title: f.Title, Name: "2021–2022",
		Subtitle:     "Geleerde lessen voor de praktijk",
		Date:         time.Date(2022, 11, 2, 0, 0, 0, 0, time.UTC),
		Intro:        model.Markdown(g.paragraphs(g.between(150, 250))),
		ReadingGuide: model.Markdown(g.paragraphs(g.between(100, 180))),
		KeyFigures: []model.KeyFigure{
			{Value: float64(g.between(20, 90)), Label: "professionals namen deel"},
			{Value: float64(g.between(3, 12)), Label: "leerbijeenkomsten"},
			{Value: float64(g.between(40, 95)), Unit: "%", Prefix: "bijna", Label: "vond de bijeenkomsten nuttig"},
		},
		Closing: &model.Closing{
			Title: "Reflectie en in actie komen", Text: model.Markdown(g.paragraphs(g.between(80, 140))),
			TipsTitle: "Wat kun jij morgen zelf al doen?",
		},
		LinkGroups: []model.LinkGroup{{Title: "Meer weten?"}},
	}
	for range 6 {
		e.Closing.Tips = append(e.Closing.Tips, model.Inline(g.statement(g.between(8, 16), false)))
	}
	for i := range 3 {
		title := g.sentences(6, 5, 9, false)
		e.LinkGroups[0].Links = append(e.LinkGroups[0].Links, model.Link{
			Title: strings.TrimSuffix(title, "."), URL: fmt.Sprintf("https://www.example.org/%s/publicatie-%d", f.ID, i+1),
		})
	}
	ids, questionIDs := map[string]bool{}, map[string]bool{}
	for t := range c.Themes {
		th := &model.Theme{Edition: e, Audience: model.Professional}
		for th.ID == "" || ids[th.ID] {
			th.Title = g.title()
			th.ID = slug(th.Title)
		}
		ids[th.ID] = true
		th.Finding = model.Inline(g.statement(g.between(18, 32), true))
		th.Explanation = model.Markdown(g.paragraphs(g.between(80, 150)))
		th.QuestionsTitle = "Reflectievragen voor professionals"
		th.PracticeTitle = "Waar blijkt dit uit in de praktijk?"
		th.Tags = []string{tags[(t*5)%len(tags)].ID}
		if t%3 == 0 {
			th.Tags = append(th.Tags, tags[(t*5+7)%len(tags)].ID)
		}
		n := max(1, (c.Questions*(10+questionSpread[t%len(questionSpread)])+5)/10)
		for range n {
			th.Questions = append(th.Questions, newQuestion(g, questionIDs, th.Audience))
		}
		for p := range g.between(3, 7) {
			th.Practice = append(th.Practice, model.PracticeExample{
				ID: fmt.Sprintf("praktijk-%d", p+1), Text: model.Inline(g.sentences(g.between(30, 60), 10, 22, false)),
			})
		}
		if t%3 == 1 {
			for range 2 {
				th.Tips = append(th.Tips, model.Inline(g.statement(g.between(8, 14), false)))
			}
		}
		if t%5 == 2 {
			th.Quotes = []model.Quote{{Text: model.Inline(g.statement(g.between(10, 20), false)), Role: g.pick(roles)}}
		}
		e.Themes = append(e.Themes, th)
		e.ThemeIDs = append(e.ThemeIDs, th.ID)
	}
	linkRelated(e)
	sec := &model.Section{ID: "uitgangspunten", Edition: e, Title: "Uitgangspunten", Text: model.Markdown(g.paragraphs(g.between(40, 70)))}
	list := model.List{ID: "principes", Kind: model.Principles, Title: "Principes van samenwerken"}
	for range 5 {
		list.Items = append(list.Items, model.ListItem{Text: model.Inline(g.statement(g.between(8, 16), false))})
	}
	sec.Lists = []model.List{list}
	e.Sections = []*model.Section{sec}
	e.SectionIDs = []string{sec.ID}
	return e
}

// linkRelated makes every fourth theme refer to the theme before it.
func linkRelated(e *model.Edition) {
	for i, t := range e.Themes {
		t.Related = nil
		if i > 0 && i%4 == 0 {
			t.Related = []string{e.Themes[i-1].ID}
		}
	}
}

// newQuestion is a question with an id not in ids: 15 to 35 words, every
// fifth or so with sub-questions, some with a level or another audience
// than the theme's, which is audience.
func newQuestion(g *text, ids map[string]bool, audience model.Audience) model.Question {
	q := model.Question{Text: model.Inline(g.question(g.between(15, 35))), Audience: audience}
	q.ID = questionID(ids, string(q.Text))
	if g.chance(0.2) {
		for range g.between(1, 3) {
			q.Sub = append(q.Sub, model.Inline(g.subQuestion()))
		}
	}
	if g.chance(0.25) {
		q.Level = levels[g.r.IntN(len(levels))].ID
	}
	if g.chance(0.1) {
		q.Audience = model.Team
	}
	return q
}

// questionID makes an id from two long words of the question, unique
// among ids, which it extends.
func questionID(ids map[string]bool, text string) string {
	var words []string
	for _, w := range strings.Fields(text) {
		if w = slug(w); len(w) > 6 && !slices.Contains(words, w) {
			words = append(words, w)
		}
		if len(words) == 2 {
			break
		}
	}
	base := strings.Join(words, "-")
	if base == "" {
		base = "vraag"
	}
	id := base
	for n := 2; ids[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	ids[id] = true
	return id
}

// nextEdition revises prev: the same themes and questions with a few
// changes, two years later.
func nextEdition(g *text, prev *model.Edition) *model.Edition {
	year, _ := strconv.Atoi(prev.ID)
	e := &model.Edition{
		ID: strconv.Itoa(year + 2), Factsheet: prev.Factsheet, Title: prev.Title, Subtitle: prev.Subtitle,
		Date: prev.Date.AddDate(2, 0, 0), Previous: prev.ID,
		Intro: model.Markdown(g.paragraphs(g.between(150, 250))), ReadingGuide: prev.ReadingGuide,
		KeyFigures: slices.Clone(prev.KeyFigures), LinkGroups: cloneLinkGroups(prev.LinkGroups),
	}
	e.Name = fmt.Sprintf("%d–%d", year+2, year+3)
	if prev.Closing != nil {
		c := *prev.Closing
		c.Tips = append(slices.Clone(c.Tips), model.Inline(g.statement(g.between(8, 16), false)))
		e.Closing = &c
	}
	// Ids of themes and questions are never used again for something
	// else: the diff between editions follows them.
	ids, questionIDs := map[string]bool{}, map[string]bool{}
	for _, t := range prev.Themes {
		ids[t.ID] = true
		for _, f := range t.Formerly {
			ids[f] = true
		}
		for _, q := range t.Questions {
			questionIDs[q.ID] = true
		}
	}
	for i, old := range prev.Themes {
		t := *old
		t.Edition = e
		t.Questions = slices.Clone(old.Questions)
		t.Practice = slices.Clone(old.Practice)
		t.Tips = slices.Clone(old.Tips)
		t.Tags = slices.Clone(old.Tags)
		t.Quotes = slices.Clone(old.Quotes)
		t.Formerly = slices.Clone(old.Formerly)
		e.Themes = append(e.Themes, &t)
		switch i % 3 {
		case 0: // a question replaced by a new one
			t.Questions = t.Questions[:len(t.Questions)-1]
		case 1: // a question reworded, keeping its id
			t.Questions[0].Text = model.Inline(g.reword(string(t.Questions[0].Text), 3))
		}
		if i%4 == 2 {
			t.Practice[0].Text = model.Inline(g.reword(string(t.Practice[0].Text), 3))
		}
	}
	for i, t := range e.Themes {
		if i%3 == 0 {
			t.Questions = append(t.Questions, newQuestion(g, questionIDs, t.Audience))
		}
	}
	if n := len(e.Themes); n > 0 {
		// The last theme gets a new title and id; its old id stays.
		t := e.Themes[n-1]
		old := t.ID
		for ids[t.ID] {
			t.Title = g.title()
			t.ID = slug(t.Title)
		}
		t.Formerly = append(t.Formerly, old)
	}
	for _, t := range e.Themes {
		e.ThemeIDs = append(e.ThemeIDs, t.ID)
	}
	linkRelated(e)
	for _, old := range prev.Sections {
		sec := *old
		sec.Edition = e
		e.Sections = append(e.Sections, &sec)
		e.SectionIDs = append(e.SectionIDs, sec.ID)
	}
	return e
}

func cloneLinkGroups(groups []model.LinkGroup) []model.LinkGroup {
	out := slices.Clone(groups)
	for i := range out {
		out[i].Links = slices.Clone(out[i].Links)
	}
	return out
}
