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
	c.continues, c.continuedBy = pair(old.Themes, new.Successor, func(t *model.Theme) string { return t.ID })
	c.sectionContinues, c.sectionContinuedBy = pair(old.Sections, new.SectionSuccessor, func(s *model.Section) string { return s.ID })
	return Diff{
		Old:        ref(old),
		New:        ref(new),
		Themes:     c.themes(),
		Questions:  c.questions(),
		Practice:   c.practice(),
		Tips:       c.tips(),
		Sections:   c.sections(),
		ListItems:  c.listItems(),
		KeyFigures: keyFigures(old, new),
	}
}

func ref(e *model.Edition) string {
	if e.Factsheet == nil {
		return e.ID
	}
	return e.Ref()
}

// comparison holds the two editions, which theme continues which, and
// which section continues which.
type comparison struct {
	old, new    *model.Edition
	continues   map[*model.Theme]*model.Theme // new theme -> the old theme it continues
	continuedBy map[*model.Theme]*model.Theme // old theme -> the new theme that continues it

	sectionContinues, sectionContinuedBy map[*model.Section]*model.Section
}

// pair matches each theme or section of the new edition with the one of
// old it continues (successor finds it), one to one. One that kept its id
// wins over one that names it as a former id, so that when two old themes
// merge into one, the one whose id stayed is the continued theme and the
// other is removed (its questions then count as moved).
func pair[P comparable](old []P, successor func(P) P, id func(P) string) (continues, continuedBy map[P]P) {
	var none P
	continues, continuedBy = map[P]P{}, map[P]P{}
	for _, sameID := range []bool{true, false} {
		for _, o := range old {
			n := successor(o)
			if n == none || (id(n) == id(o)) != sameID || continues[n] != none || continuedBy[o] != none {
				continue
			}
			continues[n], continuedBy[o] = o, n
		}
	}
	return continues, continuedBy
}

func themePlace(t *model.Theme) Place { return Place{Kind: InTheme, ID: t.ID, Title: t.Title} }

func (c *comparison) themes() []PartChange {
	return partChanges(c.old.Themes, c.new.Themes, c.continues, c.continuedBy,
		func(t *model.Theme) (string, string) { return t.ID, t.Title },
		func(o, n *model.Theme) []text {
			return []text{
				{"title", o.Title, n.Title},
				{"finding", plain(o.Finding), plain(n.Finding)},
				{"explanation", plain(o.Explanation), plain(n.Explanation)},
			}
		})
}

// text is a named text of a theme or section, as it was and as it is.
type text struct{ name, old, new string }

// partChanges lists the themes or sections of new that came or changed
// their id or texts, then those of old that went. continues pairs each
// new one with the old one it continues, continuedBy the other way round;
// texts gives the texts of such a pair.
func partChanges[P comparable](old, new []P, continues, continuedBy map[P]P, idTitle func(P) (string, string), texts func(o, n P) []text) []PartChange {
	var none P
	out := []PartChange{}
	for _, n := range new {
		newID, title := idTitle(n)
		o := continues[n]
		if o == none {
			out = append(out, PartChange{Kind: Added, NewID: newID, Title: title})
			continue
		}
		oldID, _ := idTitle(o)
		var fields []FieldChange
		for _, t := range texts(o, n) {
			if t.old != t.new {
				fields = append(fields, FieldChange{Field: t.name, Old: t.old, New: t.new, Words: wording.Diff(t.old, t.new)})
			}
		}
		if len(fields) > 0 || oldID != newID {
			out = append(out, PartChange{Kind: Changed, OldID: oldID, NewID: newID, Title: title, Fields: fields})
		}
	}
	for _, o := range old {
		if continuedBy[o] == none {
			oldID, title := idTitle(o)
			out = append(out, PartChange{Kind: Removed, OldID: oldID, Title: title})
		}
	}
	return out
}

// located is a question with where it stands.
type located struct {
	q       *model.Question
	place   Place
	theme   *model.Theme   // nil in a section
	section *model.Section // nil in a theme
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
					out = append(out, located{q: &steps[i].Questions[j], place: p, section: s})
				}
			}
		}
	}
	return out
}

// moved reports whether a question changed place. Themes, and sections,
// are the same place when one continues the other, renamed or not.
func (c *comparison) moved(o, n located) bool {
	if o.theme != nil || n.theme != nil {
		return o.theme == nil || n.theme == nil || c.continues[n.theme] != o.theme
	}
	return c.sectionContinues[n.section] != o.section
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
