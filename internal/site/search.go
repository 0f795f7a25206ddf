package site

import (
	"encoding/json"
	"strings"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
)

// The search index is a script, not JSON, so that the search works from
// disk too, where browsers refuse to fetch files. It is compact: each
// theme is written once, and each entry is an array.
const searchIndexFile = "zoekindex.js"

// searchIndex is what the search page's script reads.
type searchIndex struct {
	// Themes are the pages entries are on, themes and building blocks:
	// [title, page path, factsheet title, edition, colour class]. The
	// edition is named only when its factsheet has more than one.
	Themes [][5]string `json:"themes"`
	// Entries: [kind, theme number, anchor, text, audience, level id];
	// kind is "t" (a theme), "v" (a question) or "p" (a practice example).
	// The text is made by searchText: a result shows its title as the link
	// and a snippet of the rest.
	Entries [][6]any `json:"entries"`
}

// buildSearchIndex indexes the current editions: every theme, question,
// with its sub-questions, and practice example, and the questions of step
// plans and methods, which link to their building block's page.
func buildSearchIndex(s *model.Site) []byte {
	var idx searchIndex
	addGroup := func(title, path string, e *model.Edition, colour model.Colour) int {
		edition := ""
		if len(e.Factsheet.Editions) > 1 {
			edition = e.Label()
		}
		idx.Themes = append(idx.Themes, [5]string{title, path, e.Factsheet.Title, edition, colourClass(colour)})
		return len(idx.Themes) - 1
	}
	addQuestions := func(n int, qs []model.Question) {
		for _, q := range qs {
			idx.Entries = append(idx.Entries, [6]any{"v", n, "vraag-" + q.ID, searchText(markdown.Plain(string(q.Text)), plainItems(q.Sub)), string(q.Audience), q.Level})
		}
	}
	for _, f := range s.Factsheets {
		e := f.Current()
		for _, t := range e.Themes {
			n := addGroup(t.Title, themePath(t), e, t.Colour)
			idx.Entries = append(idx.Entries, [6]any{"t", n, "", searchText(t.Title, markdown.Plain(string(t.Finding))), "", ""})
			addQuestions(n, t.Questions)
			for _, p := range t.Practice {
				idx.Entries = append(idx.Entries, [6]any{"p", n, "praktijk-" + p.ID, searchText(markdown.Plain(string(p.Text)), plainItems(p.Sub)), "", ""})
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
				addQuestions(addGroup(sec.Title, sectionPath(sec), e, sec.Colour()), qs)
			}
		}
	}
	data, _ := json.Marshal(idx) // plain strings and numbers: cannot fail
	return append(append([]byte("window.rodedraadSearch="), data...), ";\n"...)
}

// searchText is the text of an entry: its title, on one line, then after
// a line break the rest, if any: a theme's finding, the sub-items of a
// question or practice example. One string rather than two keeps the
// index small (a tenth smaller, gzipped, for 30,000 entries).
func searchText(title, rest string) string {
	title = strings.Join(strings.Fields(title), " ")
	if rest == "" {
		return title
	}
	return title + "\n" + rest
}

// plainItems are an item's sub-items as one plain text, for searching
// and for the snippet of its result.
func plainItems(items []model.Inline) string {
	plain := make([]string, len(items))
	for i, it := range items {
		plain[i] = markdown.Plain(string(it))
	}
	return strings.Join(plain, " ")
}
