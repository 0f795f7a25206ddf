package cards

import (
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/model"
)

// twoFactsheets is a site where two factsheets each have a theme
// 'luisteren' with a question 'echt-horen', and one of them an older
// edition with a theme only it has, in two copies of the factsheet.
func twoFactsheets() *model.Site {
	s := &model.Site{Tags: []model.Tag{{ID: "contact", Label: "Contact"}}}
	for _, id := range []string{"noord", "zuid"} {
		f := &model.Factsheet{ID: id, Title: "Factsheet " + id}
		for _, eid := range []string{"2020", "2024"} {
			e := &model.Edition{ID: eid, Factsheet: f}
			themes := []string{"luisteren"}
			if eid == "2020" {
				themes = []string{"oud-thema"}
			}
			for _, tid := range themes {
				e.Themes = append(e.Themes, &model.Theme{ID: tid, Title: tid + " " + id, Edition: e, Tags: []string{"contact"},
					Questions: []model.Question{{ID: "echt-horen", Text: "Hoor ik het echt?"}, {ID: tid + "-" + id, Text: "Een vraag."}}})
			}
			f.Editions = append(f.Editions, e)
		}
		s.Factsheets = append(s.Factsheets, f)
	}
	return s
}

func TestComposeRefusesAmbiguousReferences(t *testing.T) {
	s := twoFactsheets()
	for _, c := range []struct {
		sel  Selection
		want []string
	}{
		{Selection{Themes: []string{"luisteren"}}, []string{"--theme luisteren names more than one", "noord/2024/luisteren", "zuid/2024/luisteren"}},
		{Selection{Themes: []string{"oud-thema"}}, []string{"--theme oud-thema names more than one", "noord/2020/oud-thema", "zuid/2020/oud-thema"}},
		{Selection{Questions: []string{"echt-horen"}}, []string{"--question echt-horen names a question in more than one edition", "noord/2024/echt-horen", "zuid/2024/echt-horen"}},
		{Selection{Themes: []string{"west/luisteren"}}, []string{"--theme west/luisteren names no theme or edition", "noord/2024/luisteren"}},
	} {
		_, err := Compose(s, c.sel)
		if err == nil {
			t.Errorf("%+v: no error", c.sel)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%+v: %q does not say %q", c.sel, err, w)
			}
		}
	}
	// In full, each is one thing; a question picked twice is one card.
	d, err := Compose(s, Selection{Themes: []string{"noord/luisteren"}, Questions: []string{"noord/echt-horen", "zuid/2024/echt-horen"}, Tags: []string{"contact"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, g := range d.Groups {
		for _, q := range g.Questions {
			got = append(got, g.Series+":"+q.ID)
		}
	}
	want := "Factsheet noord:echt-horen Factsheet noord:luisteren-noord Factsheet zuid:echt-horen Factsheet zuid:luisteren-zuid"
	if strings.Join(got, " ") != want {
		t.Errorf("cards %q\nwant %q", strings.Join(got, " "), want)
	}
	if d.ID != "eigen-stapel" || d.Title != DefaultTitle {
		t.Errorf("deck %q titled %q", d.ID, d.Title)
	}
}
