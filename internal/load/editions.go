package load

import (
	"cmp"
	"fmt"
	"github.com/rodedraad/rodedraad/internal/message"
	"slices"

	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/wording"
)

// rewordedAt is how alike a removed and an added question must be to
// look like one question reworded under a new id.
const rewordedAt = 0.75

// The comparisons of the reworded check are bounded, so that it stays
// linear whatever the texts: to rewordComparisonsPerQuestion for each
// removed or added question, or rewordComparisonsAtLeast, whichever is
// more. An edition of 100 removed and 100 added questions can compare
// every pair; real ones need a handful per question.
const (
	rewordComparisonsPerQuestion = 10
	rewordComparisonsAtLeast     = 10_000
)

// checkEditions checks how the editions of a factsheet follow each other
// and puts them in publication order: each after the one it revises.
func (l *loader) checkEditions(sheet *model.Factsheet) {
	depth := map[*model.Edition]int{}
	for _, e := range sheet.Editions {
		f := l.editionFiles[e]
		if e.Previous == "" {
			continue
		}
		if e.Previous == e.ID {
			f.errorf("previous", "an edition cannot revise itself")
			e.Previous = ""
			continue
		}
		switch prev := sheet.Edition(e.Previous); {
		case prev == nil:
			f.errorf("previous", "no edition %q in this factsheet%s", e.Previous, suggestion(e.Previous, editionIDs(sheet)))
			e.Previous = ""
		case prev.Draft && !e.Draft:
			f.errorf("previous", "edition %q is a draft, which a plain build leaves out, so this edition would link to what changed since an edition nobody can see: name a published edition, or make this one a draft too", prev.ID)
		}
	}
	for _, e := range sheet.Editions {
		n, seen := 0, map[*model.Edition]bool{}
		for p := e.PreviousEdition(); p != nil; p = p.PreviousEdition() {
			if seen[p] {
				l.editionFiles[e].errorf("previous", "the editions revise each other in a circle")
				e.Previous = ""
				n = 0
				break
			}
			seen[p] = true
			n++
		}
		depth[e] = n
	}
	slices.SortStableFunc(sheet.Editions, func(a, b *model.Edition) int {
		return cmp.Or(cmp.Compare(depth[a], depth[b]), cmp.Compare(a.ID, b.ID))
	})
	for _, e := range sheet.Editions {
		if p := e.PreviousEdition(); p != nil {
			l.checkReworded(p, e)
			l.checkRenamed(p, e)
		}
	}
}

// checkFormerly checks the former ids of the themes and sections of an
// edition, which share its addresses: a former id may not be in use by
// another theme or section, nor claimed twice.
func (l *loader) checkFormerly(e *model.Edition) {
	type part struct {
		kind     message.Text
		id       string
		formerly []string
		file     *file
	}
	var parts []part
	for _, t := range e.Themes {
		parts = append(parts, part{message.New("theme"), t.ID, t.Formerly, l.themeFiles[t]})
	}
	for _, s := range e.Sections {
		parts = append(parts, part{message.New("section"), s.ID, s.Formerly, l.sectionFiles[s]})
	}
	claimed := map[string]part{}
	for _, p := range parts {
		for i, id := range p.formerly {
			key := index("formerly", i)
			switch {
			case !p.file.checkID(key, id):
			case id == p.id:
				p.file.errorf(key, "%q is the %s's own id", id, p.kind)
			case e.Theme(id) != nil:
				p.file.errorf(key, "%q is the id of a theme of this edition: its address cannot lead to both", id)
			case slices.Contains(e.SectionIDs, id):
				p.file.errorf(key, "%q is the id of a section of this edition: its address cannot lead to both", id)
			case model.CheckPageID(id) != nil:
				p.file.errorf(key, "%v", model.CheckPageID(id))
			case claimed[id].id != "":
				p.file.errorf(key, "%q is also a former id of %s %q", id, claimed[id].kind, claimed[id].id)
			default:
				claimed[id] = p
			}
		}
	}
}

// checkReworded warns when a question of the previous edition is gone
// and a near-identical one came under a new id: most likely the same
// question reworded, which should keep its id so links and markers follow.
func (l *loader) checkReworded(prev, e *model.Edition) {
	kept := map[string]bool{}
	for _, q := range e.Questions() {
		kept[q.ID] = true
	}
	var gone []*model.Question
	for _, q := range prev.Questions() {
		// A question whose id is not valid is already reported; the id
		// cannot be suggested to keep.
		if !kept[q.ID] && model.CheckID(q.ID) == nil {
			gone = append(gone, q)
		}
	}
	if len(gone) == 0 {
		return
	}
	existed := map[string]bool{}
	for _, q := range prev.Questions() {
		existed[q.ID] = true
	}
	var removedTexts, addedTexts []string
	for _, q := range gone {
		removedTexts = append(removedTexts, string(q.Text))
	}
	for _, t := range e.Themes {
		for _, q := range t.Questions {
			if !existed[q.ID] {
				addedTexts = append(addedTexts, string(q.Text))
			}
		}
	}
	removed := newRewordIndex(removedTexts, addedTexts)
	budget := max(rewordComparisonsAtLeast, rewordComparisonsPerQuestion*(len(removedTexts)+len(addedTexts)))
	for _, t := range e.Themes {
		for i, q := range t.Questions {
			if existed[q.ID] {
				continue
			}
			candidates, ok := removed.candidates(string(q.Text), budget)
			if !ok {
				l.editionFiles[e].warnf("previous",
					"%d questions of edition %s are gone and %d are new, and they share so many words that comparing them for rewordings would take too long; the check stopped, so compare the editions with rodedraad diff instead",
					len(removedTexts), prev.ID, len(addedTexts))
				return
			}
			budget -= len(candidates)
			best, score := (*model.Question)(nil), 0.0
			for _, c := range candidates {
				if s := wording.Similarity(string(gone[c].Text), string(q.Text)); s > score {
					best, score = gone[c], s
				}
			}
			if score >= rewordedAt {
				l.themeFiles[t].warnf(index("questions", i)+".id",
					"question %q is new, but it reads like question %q of edition %s, which is gone (%s the same words): if it is that question reworded, keep the id %q so links to it keep working",
					q.ID, best.ID, prev.ID, percent(score), best.ID)
			}
		}
	}
}

func percent(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) }
