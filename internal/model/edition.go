package model

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// Edition is one version of a factsheet: published, or a draft in
// preparation. Its themes and sections live in files of their own;
// ThemeIDs and SectionIDs give their order.
type Edition struct {
	ID        string     `toml:"-"`
	Factsheet *Factsheet `toml:"-" json:"-"`
	Title     string     `toml:"title" rd:"required"`
	// Name is how readers tell the edition apart, e.g. '2021–2024' or
	// 'tweede editie'; by default its id.
	Name     string    `toml:"name"`
	Subtitle string    `toml:"subtitle"`
	Date     time.Time `toml:"date"`
	// Previous names the edition this one revises; the site shows what
	// changed since then.
	Previous string `toml:"previous"`
	// Notice is shown on every page of the edition, e.g. to mark an
	// example edition.
	Notice Markdown `toml:"notice"`
	// Draft marks an edition in preparation: `serve` and `build --drafts`
	// show it, with a 'Concept' banner on every page, and a plain build
	// leaves it out altogether. A draft cannot be current.
	Draft        bool     `toml:"draft"`
	Intro        Markdown `toml:"intro"`
	ReadingGuide Markdown `toml:"reading_guide"`
	// ReadingGuidePrint is the reading guide of the edition's page as a
	// browser prints it, for a ReadingGuide that describes the screen: on
	// paper a theme's parts are one below the other, not in columns, and
	// there are no buttons. Without it the printout has ReadingGuide. The
	// factsheet PDF keeps ReadingGuide: it has columns.
	ReadingGuidePrint Markdown    `toml:"reading_guide_print"`
	ThemeIDs          []string    `toml:"themes"`
	SectionIDs        []string    `toml:"sections"`
	KeyFigures        []KeyFigure `toml:"key_figures"`
	Quotes            []Quote     `toml:"quotes"`
	Closing           *Closing    `toml:"closing"`
	LinkGroups        []LinkGroup `toml:"links"`

	Themes   []*Theme   `toml:"-"`
	Sections []*Section `toml:"-"`
}

// DocumentDate is the date the documents made of the edition carry, such
// as its card decks: the edition's date, else the day its factsheet's
// source was published, else none (zero).
func (e *Edition) DocumentDate() time.Time {
	if !e.Date.IsZero() {
		return e.Date
	}
	return e.Factsheet.Source.PublishedDate()
}

// Ref is the edition's reference, 'factsheet/edition'.
func (e *Edition) Ref() string { return e.Factsheet.ID + "/" + e.ID }

// Label is the edition's name for readers.
func (e *Edition) Label() string {
	if e.Name != "" {
		return e.Name
	}
	return e.ID
}

// IsCurrent reports whether the edition is the one at the factsheet's own
// address.
func (e *Edition) IsCurrent() bool { return e == e.Factsheet.Current() }

// Archived reports whether a newer edition replaced this one at the
// factsheet's own address. A draft is not archived: it is not out yet.
func (e *Edition) Archived() bool { return !e.IsCurrent() && !e.Draft }

// PreviousEdition returns the edition this one revises, or nil.
func (e *Edition) PreviousEdition() *Edition {
	if e.Previous == "" {
		return nil
	}
	return e.Factsheet.Edition(e.Previous)
}

// Successor returns the theme of edition e that continues t, a theme of
// another edition of the same factsheet: the one with t's id, or the one
// that names t's id as a former id. It returns nil when e dropped t.
func (e *Edition) Successor(t *Theme) *Theme { return successor(e.Themes, t.ID) }

// SectionSuccessor is Successor for a section.
func (e *Edition) SectionSuccessor(s *Section) *Section { return successor(e.Sections, s.ID) }

// renamable is a theme or a section: a part of an edition with an address,
// which keeps the ids it had before.
type renamable interface {
	*Theme | *Section
	ids() (id string, formerly []string)
}

func (t *Theme) ids() (string, []string)   { return t.ID, t.Formerly }
func (s *Section) ids() (string, []string) { return s.ID, s.Formerly }

func successor[P renamable](parts []P, id string) P {
	for _, p := range parts {
		if own, _ := p.ids(); own == id {
			return p
		}
	}
	for _, p := range parts {
		if _, formerly := p.ids(); slices.Contains(formerly, id) {
			return p
		}
	}
	return nil
}

// Theme returns the theme with the given id, or nil.
func (e *Edition) Theme(id string) *Theme {
	for _, t := range e.Themes {
		if t.ID == id {
			return t
		}
	}
	return nil
}

// Section returns the section with the given id, or nil.
func (e *Edition) Section(id string) *Section {
	for _, s := range e.Sections {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// Questions returns every reflection question of the edition in reading
// order: those of the themes, then those in the sections' step plans and
// methods.
func (e *Edition) Questions() []*Question {
	var qs []*Question
	for _, t := range e.Themes {
		for i := range t.Questions {
			qs = append(qs, &t.Questions[i])
		}
	}
	for _, s := range e.Sections {
		for _, steps := range s.StepLists() {
			for i := range steps {
				for j := range steps[i].Questions {
					qs = append(qs, &steps[i].Questions[j])
				}
			}
		}
	}
	return qs
}

// Closing is the closing part of an edition: a reflection on the whole and
// tips such as 'Wat kun jij morgen zelf al doen?'.
type Closing struct {
	Title     string   `toml:"title" rd:"required"`
	Text      Markdown `toml:"text"`
	TipsTitle string   `toml:"tips_title"`
	Tips      []Inline `toml:"tips"`
}

// LinkGroup is a titled group of further reading ('Meer weten?').
type LinkGroup struct {
	Title    string `toml:"title" rd:"required"`
	Numbered bool   `toml:"numbered"`
	// Incomplete says what the source leaves out, such as the web
	// addresses of the publications it names.
	Incomplete string `toml:"incomplete"`
	Links      []Link `toml:"items" rd:"required"`
}

// Link points to a web page or to a theme of this site. A link without
// URL or theme names a publication the source gives no address for.
type Link struct {
	Title string `toml:"title" rd:"required"`
	URL   string `toml:"url"`
	Theme string `toml:"theme"` // theme reference, see ResolveTheme
	Note  Inline `toml:"note"`
}

// KeyFigure is a number that sums up the work, such as '71 professionals'.
type KeyFigure struct {
	Value  float64 `toml:"value" rd:"required"`
	Unit   string  `toml:"unit"`   // e.g. '%'
	Prefix string  `toml:"prefix"` // e.g. 'bijna', kept as the source says it
	Label  string  `toml:"label" rd:"required"`
	Note   Inline  `toml:"note"`
}

// Figure writes the number as the source does: '87%', 'bijna 70', with
// a Dutch decimal comma.
func (k KeyFigure) Figure() string {
	v := strings.Replace(strconv.FormatFloat(k.Value, 'f', -1, 64), ".", ",", 1)
	return strings.TrimSpace(k.Prefix + " " + v + k.Unit)
}

// Quote is something a participant said, attributed by role, never by name.
type Quote struct {
	Text    Inline `toml:"text" rd:"required"`
	Role    string `toml:"role" rd:"required"`
	Context string `toml:"context"`
	// Paraphrase marks a quote given in other words than the speaker's.
	Paraphrase bool `toml:"paraphrase"`
}
