package editions

import (
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/wording"
)

// Compare returns what changed from edition old to edition new. Usually
// new revises old, but any two editions can be compared, even of
// different factsheets: themes then match where their ids do.
func Compare(old, new *model.Edition) Diff {
	c := comparison{old: old, new: new}
	c.continues, c.continuedBy = pairThemes(old, new)
	return Diff{
		Old:       ref(old),
		New:       ref(new),
		Themes:    c.themes(),
		Questions: c.questions(),
		Practice:  c.practice(),
		Tips:      c.tips(),
	}
}

func ref(e *model.Edition) string {
	if e.Factsheet == nil {
		return e.ID
	}
	return e.Ref()
}

// comparison holds the two editions and which theme continues which.
type comparison struct {
	old, new    *model.Edition
	continues   map[*model.Theme]*model.Theme // new theme -> the old theme it continues
	continuedBy map[*model.Theme]*model.Theme // old theme -> the new theme that continues it
}

// pairThemes matches each theme of new with the theme of old it
// continues, one to one. A theme that kept its id wins over one that
// names it as a former id, so that when two old themes merge into one,
// the one whose id stayed is the continued theme and the other is removed
// (its questions then count as moved).
func pairThemes(old, new *model.Edition) (continues, continuedBy map[*model.Theme]*model.Theme) {
	continues, continuedBy = map[*model.Theme]*model.Theme{}, map[*model.Theme]*model.Theme{}
	for _, sameID := range []bool{true, false} {
		for _, o := range old.Themes {
			n := new.Successor(o)
			if n == nil || (n.ID == o.ID) != sameID || continues[n] != nil || continuedBy[o] != nil {
				continue
			}
			continues[n], continuedBy[o] = o, n
		}
	}
	return continues, continuedBy
}

func themePlace(t *model.Theme) Place { return Place{Kind: InTheme, ID: t.ID, Title: t.Title} }

func (c *comparison) themes() []ThemeChange {
	out := []ThemeChange{}
	for _, n := range c.new.Themes {
		o := c.continues[n]
		if o == nil {
			out = append(out, ThemeChange{Kind: Added, NewID: n.ID, Title: n.Title})
			continue
		}
		var fields []FieldChange
		for _, f := range []struct {
			name     string
			old, new string
		}{
			{"title", o.Title, n.Title},
			{"finding", plain(o.Finding), plain(n.Finding)},
			{"explanation", plain(o.Explanation), plain(n.Explanation)},
		} {
			if f.old != f.new {
				fields = append(fields, FieldChange{Field: f.name, Old: f.old, New: f.new, Words: wording.Diff(f.old, f.new)})
			}
		}
		if len(fields) > 0 || o.ID != n.ID {
			out = append(out, ThemeChange{Kind: Changed, OldID: o.ID, NewID: n.ID, Title: n.Title, Fields: fields})
		}
	}
	for _, o := range c.old.Themes {
		if c.continuedBy[o] == nil {
			out = append(out, ThemeChange{Kind: Removed, OldID: o.ID, Title: o.Title})
		}
	}
	return out
}

// located is a question with where it stands.
type located struct {
	q       *model.Question
	place   Place
	theme   *model.Theme // nil in a section
	section string       // the section's id, "" in a theme
}

// questions lists the questions of e with their places, in the order of
// model.Edition.Questions: the themes', then the sections' steps'.
func questions(e *model.Edition) []located {
	var out []located
	for _, t := range e.Themes {
		for i := range t.Questions {
			out = append(out, located{q: &t.Questions[i], place: themePlace(t), theme: t})
		}
	}
	for _, s := range e.Sections {
		p := Place{Kind: InSection, ID: s.ID, Title: s.Title}
		for _, steps := range s.StepLists() {
			for i := range steps {
				for j := range steps[i].Questions {
					out = append(out, located{q: &steps[i].Questions[j], place: p, section: s.ID})
				}
			}
		}
	}
	return out
}

// moved reports whether a question changed place. Themes are the same
// place when one continues the other, renamed or not; sections, which
// have no former ids, when their ids are the same.
func (c *comparison) moved(o, n located) bool {
	if o.theme != nil || n.theme != nil {
		return o.theme == nil || n.theme == nil || c.continues[n.theme] != o.theme
	}
	return o.section != n.section
}

func (c *comparison) questions() []QuestionChange {
	olds := map[string]located{}
	for _, o := range questions(c.old) {
		olds[o.q.ID] = o
	}
	news := map[string]bool{}
	out := []QuestionChange{}
	for _, n := range questions(c.new) {
		news[n.q.ID] = true
		to, text := n.place, questionText(n.q)
		o, ok := olds[n.q.ID]
		if !ok {
			out = append(out, QuestionChange{ID: n.q.ID, Kind: Added, To: &to, New: text})
			continue
		}
		from, was := o.place, questionText(o.q)
		ch := QuestionChange{ID: n.q.ID, Kind: Changed, Reworded: was != text, Moved: c.moved(o, n),
			From: &from, To: &to, Old: was, New: text}
		if ch.Reworded {
			ch.Words = wording.Diff(was, text)
		}
		if ch.Reworded || ch.Moved {
			out = append(out, ch)
		}
	}
	for _, o := range questions(c.old) {
		if !news[o.q.ID] {
			from := o.place
			out = append(out, QuestionChange{ID: o.q.ID, Kind: Removed, From: &from, Old: questionText(o.q)})
		}
	}
	return out
}

// practice compares the practice examples of each pair of themes by id;
// those of an added or removed theme are all added or removed.
func (c *comparison) practice() []PracticeChange {
	out := []PracticeChange{}
	for _, n := range c.new.Themes {
		olds := map[string]*model.PracticeExample{}
		if o := c.continues[n]; o != nil {
			for i := range o.Practice {
				olds[o.Practice[i].ID] = &o.Practice[i]
			}
		}
		for i := range n.Practice {
			p, text := &n.Practice[i], practiceText(&n.Practice[i])
			switch op := olds[p.ID]; {
			case op == nil:
				out = append(out, PracticeChange{Theme: themePlace(n), ID: p.ID, Kind: Added, New: text})
			case practiceText(op) != text:
				was := practiceText(op)
				out = append(out, PracticeChange{Theme: themePlace(n), ID: p.ID, Kind: Changed, Old: was, New: text, Words: wording.Diff(was, text)})
			}
		}
	}
	for _, o := range c.old.Themes {
		n := c.continuedBy[o]
		for i := range o.Practice {
			p := &o.Practice[i]
			if n == nil || !hasPractice(n, p.ID) {
				out = append(out, PracticeChange{Theme: themePlace(o), ID: p.ID, Kind: Removed, Old: practiceText(p)})
			}
		}
	}
	return out
}

func hasPractice(t *model.Theme, id string) bool {
	for _, p := range t.Practice {
		if p.ID == id {
			return true
		}
	}
	return false
}
