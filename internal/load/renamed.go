package load

import (
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/wording"
)

// renamedAt is how much of its words a theme or section that is gone
// must share with one that is new to look like the same one renamed.
const renamedAt = 0.6

// maxRenameComparisons bounds the pairs compared, so that an edition of
// thousands of themes does not take minutes; real editions compare a
// handful.
const maxRenameComparisons = 2500

// page is a theme or a section as the rename check compares it.
type page struct {
	kind     string // "theme" or "section"
	id       string
	formerly []string
	text     string
	file     *file
}

// checkRenamed warns when a theme or section of the previous edition is
// gone while one with nearly the same words is new and does not list the
// old id in formerly: most likely it was renamed, and the old address
// would break.
func (l *loader) checkRenamed(prev, e *model.Edition) {
	now := l.pagesOf(e)
	had := map[string]bool{}
	for _, p := range l.pagesOf(prev) {
		had[p.id] = true
	}
	claimed := map[string]bool{}
	for _, p := range now {
		claimed[p.id] = true
		for _, id := range p.formerly {
			claimed[id] = true
		}
	}
	var gone, added []page
	for _, p := range l.pagesOf(prev) {
		if !claimed[p.id] && model.CheckID(p.id) == nil {
			gone = append(gone, p)
		}
	}
	for _, p := range now {
		if !had[p.id] && len(p.formerly) == 0 && p.file != nil {
			added = append(added, p)
		}
	}
	if len(gone)*len(added) > maxRenameComparisons {
		return
	}
	for _, a := range added {
		best, score := page{}, 0.0
		for _, g := range gone {
			if g.kind != a.kind {
				continue
			}
			if s := wording.Overlap(g.text, a.text); s > score {
				best, score = g, s
			}
		}
		if score < renamedAt {
			continue
		}
		if a.kind == "theme" {
			a.file.warnf("", "the theme is new, but it reads like theme %q of edition %s, which is gone (%s the same words): if it is that theme renamed, add formerly = [%q] so that its old address keeps working",
				best.id, prev.ID, percent(score), best.id)
		} else {
			a.file.warnf("", "the section is new, but it reads like section %q of edition %s, which is gone (%s the same words): if it is that section renamed, add formerly = [%q] so that its old address keeps working",
				best.id, prev.ID, percent(score), best.id)
		}
	}
}

// pagesOf are the themes and sections of an edition with their words.
func (l *loader) pagesOf(e *model.Edition) []page {
	var out []page
	for _, t := range e.Themes {
		words := []string{t.Title, string(t.Finding), string(t.Explanation)}
		for _, q := range t.Questions {
			words = append(words, string(q.Text))
		}
		for _, p := range t.Practice {
			words = append(words, string(p.Text))
		}
		out = append(out, page{"theme", t.ID, t.Formerly, strings.Join(words, " "), l.themeFiles[t]})
	}
	for _, s := range e.Sections {
		words := []string{s.Title, string(s.Text)}
		for _, list := range s.Lists {
			for _, item := range list.Items {
				words = append(words, string(item.Text))
			}
		}
		out = append(out, page{"section", s.ID, s.Formerly, strings.Join(words, " "), l.sectionFiles[s]})
	}
	return out
}
