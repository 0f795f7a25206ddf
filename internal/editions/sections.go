package editions

import "github.com/rodedraad/rodedraad/internal/model"

// sections compares the sections' titles and texts, following renames.
// What is in them is compared elsewhere: questions of step plans with all
// questions, list items in listItems.
func (c *comparison) sections() []PartChange {
	return partChanges(c.old.Sections, c.new.Sections, c.sectionContinues, c.sectionContinuedBy,
		func(s *model.Section) (string, string) { return s.ID, s.Title },
		func(o, n *model.Section) []text {
			return []text{{"title", o.Title, n.Title}, {"text", plain(o.Text), plain(n.Text)}}
		})
}

// listItems compares the items of the sections' lists, such as
// principles or signals, as tips are compared: by wording and order. A
// list is the same list in the next edition when it has the same id or,
// without ids, the same title. The items of a list without such a
// successor are all added or removed. Removed items come last, in the old
// reading order.
func (c *comparison) listItems() []TextChange {
	out := []TextChange{}
	gone := map[*model.Section][]TextChange{}
	for _, n := range c.new.Sections {
		o := c.sectionContinues[n]
		var before []model.List
		if o != nil {
			before = o.Lists
		}
		paired := map[int]bool{} // indexes in before
		for _, l := range n.Lists {
			var was []string
			var from Place
			if i := sameList(before, l, paired); i >= 0 {
				paired[i] = true
				was, from = itemTexts(before[i]), listPlace(o, before[i])
			}
			kept, removed := diffTexts(was, itemTexts(l), from, listPlace(n, l))
			out = append(out, kept...)
			if o != nil {
				gone[o] = append(gone[o], removed...)
			}
		}
		for i, l := range before {
			if !paired[i] {
				gone[o] = append(gone[o], allRemoved(o, l)...)
			}
		}
	}
	for _, o := range c.old.Sections {
		if c.sectionContinuedBy[o] == nil {
			for _, l := range o.Lists {
				gone[o] = append(gone[o], allRemoved(o, l)...)
			}
		}
		out = append(out, gone[o]...)
	}
	return out
}

// sameList finds the list in lists, not yet paired, that l continues: the
// one with its id, or without ids the one with its title; -1 if none.
func sameList(lists []model.List, l model.List, paired map[int]bool) int {
	for i, o := range lists {
		if !paired[i] && (l.ID != "" && o.ID == l.ID || l.ID == "" && o.ID == "" && o.Title == l.Title) {
			return i
		}
	}
	return -1
}

func allRemoved(s *model.Section, l model.List) []TextChange {
	_, removed := diffTexts(itemTexts(l), nil, listPlace(s, l), Place{})
	return removed
}

func listPlace(s *model.Section, l model.List) Place {
	return Place{Kind: InSection, ID: s.ID, Title: s.Title, List: l.Title}
}

// itemTexts are a list's items as plain text, each with its label first
// ('Label: text') and its sub-items appended.
func itemTexts(l model.List) []string {
	out := make([]string, len(l.Items))
	for i, it := range l.Items {
		out[i] = withSubs(it.Text, it.Sub)
		if it.Label != "" {
			out[i] = it.Label + ": " + out[i]
		}
	}
	return out
}

// keyFigures compares the editions' key figures as tips are compared, each
// as its number and label: a new number for the same label reads alike,
// so it shows as one figure changed.
func keyFigures(old, new *model.Edition) []TextChange {
	place := Place{Kind: InKeyFigures}
	kept, removed := diffTexts(figureTexts(old.KeyFigures), figureTexts(new.KeyFigures), place, place)
	return append(kept, removed...)
}

func figureTexts(figures []model.KeyFigure) []string {
	out := make([]string, len(figures))
	for i, k := range figures {
		out[i] = k.Figure() + " " + k.Label
		if note := plain(k.Note); note != "" {
			out[i] += " (" + note + ")"
		}
	}
	return out
}
