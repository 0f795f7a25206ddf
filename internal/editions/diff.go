// Package editions compares two editions of a factsheet: which themes,
// reflection questions, practice examples, tips, sections, items of the
// sections' lists and key figures were added, removed or changed. The
// website marks new and changed questions with it and lists the changes
// on a page; `rodedraad diff` prints them.
//
// Things are matched by what stays stable across editions: themes and
// sections by id or former id (model.Edition.Successor and
// SectionSuccessor), questions by id across the whole edition, practice
// examples by id within their theme. Tips, list items and key figures
// have no ids, so they are matched by position and wording (see tips.go).
//
// All texts in a Diff are plain text (markdown.Plain): a change of
// emphasis alone is no change. Each list holds first the added and changed
// things in the new edition's reading order, then the removed ones in the
// old edition's reading order. Unchanged things are left out.
package editions

import "github.com/rodedraad/rodedraad/internal/wording"

// Kind is what happened to a thing between two editions.
type Kind string

// The kinds of change.
const (
	Added   Kind = "added"
	Removed Kind = "removed"
	Changed Kind = "changed"
)

// Diff is what changed from one edition to another.
type Diff struct {
	Old        string           `json:"old"` // edition ref, e.g. "friesland/2021-2024"
	New        string           `json:"new"`
	Themes     []PartChange     `json:"themes"`
	Questions  []QuestionChange `json:"questions"`
	Practice   []PracticeChange `json:"practice"`
	Tips       []TextChange     `json:"tips"`
	Sections   []PartChange     `json:"sections"`
	ListItems  []TextChange     `json:"list_items"` // of the sections' lists, such as principles
	KeyFigures []TextChange     `json:"key_figures"`
}

// Empty reports whether nothing changed.
func (d Diff) Empty() bool {
	return len(d.Themes) == 0 && len(d.Questions) == 0 && len(d.Practice) == 0 && len(d.Tips) == 0 &&
		len(d.Sections) == 0 && len(d.ListItems) == 0 && len(d.KeyFigures) == 0
}

// Question returns the change of the question with this id in the new
// edition, or nil when it is unchanged or not in the new edition. The
// site uses it for the 'new' and 'changed' markers.
func (d Diff) Question(id string) *QuestionChange {
	for i := range d.Questions {
		if c := &d.Questions[i]; c.ID == id && c.Kind != Removed {
			return c
		}
	}
	return nil
}

// The kinds of Place.
const (
	InTheme      = "theme"
	InSection    = "section"
	InClosing    = "closing"
	InKeyFigures = "key_figures"
)

// Place is where a question, practice example, tip, list item or key
// figure stands: a theme, a section, the edition's closing or its key
// figures. ID is empty for the closing and the key figures; Title is the
// theme's, section's or closing's title, and List the title of a
// section's list.
type Place struct {
	Kind  string `json:"kind"` // "theme", "section", "closing", "key_figures"
	ID    string `json:"id"`
	Title string `json:"title"`
	List  string `json:"list,omitempty"`
}

// PartChange is a theme or a section that came, went, or changed its id
// or texts. Changes to what is in it (questions, practice examples, tips,
// list items) are listed with those, not here: a theme or section that
// only changed inside is not listed.
type PartChange struct {
	Kind   Kind          `json:"kind"`
	OldID  string        `json:"old_id,omitempty"` // empty when added
	NewID  string        `json:"new_id,omitempty"` // empty when removed; differs from OldID when renamed
	Title  string        `json:"title"`            // the new title, or the old one when removed
	Fields []FieldChange `json:"fields,omitempty"` // changed texts (plain text)
}

// Renamed reports whether the theme or section continues under a new id.
func (c PartChange) Renamed() bool {
	return c.Kind == Changed && c.OldID != "" && c.NewID != "" && c.OldID != c.NewID
}

// FieldChange is a changed text of a theme ("title", "finding",
// "explanation") or of a section ("title", "text").
type FieldChange struct {
	Field string       `json:"field"`
	Old   string       `json:"old"`
	New   string       `json:"new"`
	Words []wording.Op `json:"words"`
}

// QuestionChange is a reflection question that came, went, or changed
// its wording or place.
//
// Old and New are the question as plain text with its sub-questions and
// note, in the form of questionText: "Vraag? · Subvraag? (noot)".
// A changed question has both, even when only moved.
type QuestionChange struct {
	ID       string       `json:"id"`
	Kind     Kind         `json:"kind"`
	Reworded bool         `json:"reworded,omitempty"` // text, sub-questions or note changed
	Moved    bool         `json:"moved,omitempty"`    // to another theme or section (a theme that was only renamed does not count as a move)
	From     *Place       `json:"from,omitempty"`     // nil when added
	To       *Place       `json:"to,omitempty"`       // nil when removed
	Old      string       `json:"old,omitempty"`
	New      string       `json:"new,omitempty"`
	Words    []wording.Op `json:"words,omitempty"` // word diff Old -> New when reworded
}

// PracticeChange is a practice example that came, went or was reworded.
// Theme is the theme it is in: the new one, or the old one when removed.
// Its texts have the sub-items appended as questions have.
type PracticeChange struct {
	Theme Place        `json:"theme"`
	ID    string       `json:"id"`
	Kind  Kind         `json:"kind"`
	Old   string       `json:"old,omitempty"`
	New   string       `json:"new,omitempty"`
	Words []wording.Op `json:"words,omitempty"`
}

// TextChange is a text without an id of its own, a tip of a theme or of
// the closing, an item of a section's list or a key figure with its label
// ('bijna 70% vond het nuttig'), that came, went or was reworded. Place is where it stands: in the new edition, or in the old
// one when removed.
type TextChange struct {
	Place Place        `json:"place"`
	Kind  Kind         `json:"kind"`
	Old   string       `json:"old,omitempty"`
	New   string       `json:"new,omitempty"`
	Words []wording.Op `json:"words,omitempty"`
}
