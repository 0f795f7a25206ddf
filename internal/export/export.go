// Package export lists the reflection questions of a site as flat rows,
// for spreadsheets and as open data: one row per question of every
// edition, older editions included, with where the question stands on the
// site.
package export

import (
	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
)

// The kinds of part a question can stand in.
const (
	InTheme   = "theme"
	InSection = "section" // in a step plan or method of a section
)

// Row is one reflection question with its context. The JSON names are
// also the CSV header.
type Row struct {
	Factsheet      string `json:"factsheet"`
	FactsheetTitle string `json:"factsheet_title"`
	Edition        string `json:"edition"`
	EditionLabel   string `json:"edition_label"`
	// Current is true for the edition published at the factsheet's own
	// address, false for one a newer edition replaced.
	Current bool `json:"current"`
	// Kind says whether Part is a theme or a section.
	Kind      string `json:"kind"`
	Part      string `json:"part"`
	PartTitle string `json:"part_title"`
	ID        string `json:"id"`
	// Position is the question's place in the edition, from 1, in the
	// order of Edition.Questions: the themes', then the sections'.
	Position int `json:"position"`
	// Text and Sub are plain text: the Markdown emphasis is dropped.
	Text     string   `json:"text"`
	Sub      []string `json:"sub"`
	Audience string   `json:"audience"`
	Level    string   `json:"level"`
	// LevelLabel is the label of Level in site.toml, or "" without one.
	LevelLabel string `json:"level_label"`
	// Path is the question's address on the site, from its root, such as
	// /friesland/2021-2024/verklarende-analyse/#vraag-samen. Pages of
	// older editions stay, so the path holds for every row.
	Path string `json:"path"`
	// Draft is true for an edition in preparation, which only an export
	// with drafts holds. It came last, so it is the last column.
	Draft bool `json:"draft"`
}

// Questions returns a row for every reflection question of the site, in
// the order of the factsheets, their editions and Edition.Questions.
func Questions(s *model.Site) []Row {
	rows := []Row{}
	for _, f := range s.Factsheets {
		current := f.Current()
		for _, e := range f.Editions {
			base := Row{
				Factsheet: f.ID, FactsheetTitle: f.Title,
				Edition: e.ID, EditionLabel: e.Label(), Current: e == current, Draft: e.Draft,
			}
			position := 0
			add := func(kind, part, title string, qs []model.Question) {
				for _, q := range qs {
					position++
					rows = append(rows, row(s, base, kind, part, title, position, q))
				}
			}
			for _, t := range e.Themes {
				add(InTheme, t.ID, t.Title, t.Questions)
			}
			for _, sec := range e.Sections {
				for _, steps := range sec.StepLists() {
					for _, step := range steps {
						add(InSection, sec.ID, sec.Title, step.Questions)
					}
				}
			}
		}
	}
	return rows
}

func row(s *model.Site, r Row, kind, part, title string, position int, q model.Question) Row {
	r.Kind, r.Part, r.PartTitle = kind, part, title
	r.ID, r.Position = q.ID, position
	r.Text = markdown.Plain(string(q.Text))
	r.Sub = make([]string, len(q.Sub)) // [] rather than null in JSON
	for i, sub := range q.Sub {
		r.Sub[i] = markdown.Plain(string(sub))
	}
	r.Audience, r.Level = string(q.Audience), q.Level
	if lv := s.Level(q.Level); lv != nil {
		r.LevelLabel = lv.Label
	}
	// The site's paths (internal/site themePath and sectionPath) with the
	// anchor each question has there.
	r.Path = "/" + r.Factsheet + "/" + r.Edition + "/" + part + "/#vraag-" + q.ID
	return r
}
