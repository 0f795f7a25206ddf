package site

import (
	"encoding/json"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
)

// The search index is a script, not JSON, so that the search works from
// disk too, where browsers refuse to fetch files. It is compact: each
// theme is written once, and each entry is an array.
const searchIndexFile = "zoekindex.js"

// searchIndex is what the search page's script reads.
type searchIndex struct {
	// Themes: [title, page path, factsheet title, colour class].
	Themes [][4]string `json:"themes"`
	// Entries: [kind, theme number, anchor, text, audience, level id];
	// kind is "t" (a theme), "v" (a question) or "p" (a practice example).
	Entries [][6]any `json:"entries"`
}

// buildSearchIndex indexes the current editions: every theme, question,
// with its sub-questions, and practice example, and the questions of step
// plans and methods, which link to their building block's page.
func buildSearchIndex(s *model.Site) []byte {
	var idx searchIndex
	addGroup := func(title, path, factsheet string, colour model.Colour) int {
		idx.Themes = append(idx.Themes, [4]string{title, path, factsheet, colourClass(colour)})
		return len(idx.Themes) - 1
	}
	addQuestions := func(n int, qs []model.Question) {
		for _, q := range qs {
			idx.Entries = append(idx.Entries, [6]any{"v", n, "vraag-" + q.ID, plainWithSub(q.Text, q.Sub), string(q.Audience), q.Level})
		}
	}
	for _, f := range s.Factsheets {
		e := f.Current()
		for _, t := range e.Themes {
			n := addGroup(t.Title, themePath(t), f.Title, t.Colour)
			idx.Entries = append(idx.Entries, [6]any{"t", n, "", t.Title + " " + markdown.Plain(string(t.Finding)), "", ""})
			addQuestions(n, t.Questions)
			for _, p := range t.Practice {
				idx.Entries = append(idx.Entries, [6]any{"p", n, "praktijk-" + p.ID, plainWithSub(p.Text, p.Sub), "", ""})
			}
		}
		for _, sec := range e.Sections {
			var qs []model.Question
			for _, steps := range sec.StepLists() {
				for _, st := range steps {
					qs = append(qs, st.Questions...)
				}
			}
			if len(qs) > 0 {
				addQuestions(addGroup(sec.Title, sectionPath(sec), f.Title, sec.Colour()), qs)
			}
		}
	}
	data, _ := json.Marshal(idx) // plain strings and numbers: cannot fail
	return append(append([]byte("window.rodedraadSearch="), data...), ";\n"...)
}

// plainWithSub is an item's text with its sub-items, for searching.
func plainWithSub(text model.Inline, sub []model.Inline) string {
	out := markdown.Plain(string(text))
	for _, s := range sub {
		out += " " + markdown.Plain(string(s))
	}
	return out
}
