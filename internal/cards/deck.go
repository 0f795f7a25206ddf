// Package cards makes printable decks of question cards for intervision,
// as PDF, natively in Go: text laid out with the embedded Lato font,
// Dutch hyphenation, and sheets for home printers and print shops.
package cards

import (
	"strings"
	"time"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
)

// Deck is a set of question cards: one per reflection question, in
// groups that share a colour and a back, plus an instruction card.
type Deck struct {
	ID string // file name without .pdf
	// FormerIDs are the ids the deck had before its theme was renamed;
	// the site keeps publishing it under those names too.
	FormerIDs []string
	Title     string
	Series    string   // the factsheet, at the foot of the backs
	Sources   []string // the publications, for the instruction card's back
	Author    string   // the publisher, for the PDF's metadata
	// Notice is the edition's notice, as plain text, on the instruction
	// card's back: it is on every page of the edition too.
	Notice string
	// Draft marks the deck of a draft edition: its cards say 'Concept',
	// and it names no source or publisher as the author of its text.
	Draft  bool
	Groups []Group
}

// Group is the cards of one theme, or of one step plan.
type Group struct {
	ID        string // the theme's id, or the step plan's or method's
	Tags      []string
	Title     string
	Colour    model.Colour
	Back      string // inline Markdown on the back of each card: the finding
	Questions []model.Question
	// Series is the factsheet the group is from, and Draft whether its
	// edition is a draft: at the foot of each back, for a deck may draw
	// from several.
	Series string
	Draft  bool
}

// Count is the number of question cards, without the instruction card.
func (d Deck) Count() int {
	n := 0
	for _, g := range d.Groups {
		n += len(g.Questions)
	}
	return n
}

// ThemeDeck is the deck of one theme.
func ThemeDeck(t *model.Theme) Deck {
	e := t.Edition
	var former []string
	for _, id := range t.Formerly {
		former = append(former, model.DeckID(e, id))
	}
	d := editionOf(e)
	d.ID, d.FormerIDs, d.Title = model.DeckID(e, t.ID), former, t.Title
	d.Groups = []Group{themeGroup(t)}
	return d
}

// EditionDeck is the deck of every question of an edition: its themes, in
// order, then the questions of its step plans and methods.
func EditionDeck(e *model.Edition) Deck {
	d := editionOf(e)
	for _, t := range e.Themes {
		d.Groups = appendGroup(d.Groups, themeGroup(t))
	}
	for _, s := range e.Sections {
		for _, p := range s.StepPlans {
			d.Groups = appendGroup(d.Groups, stepsGroup(e, p.ID, p.Title, s.Colour(), string(p.SafetyRule), p.Steps))
		}
		for _, m := range s.Methods {
			d.Groups = appendGroup(d.Groups, stepsGroup(e, m.ID, m.Title, s.Colour(), "", m.Steps))
		}
	}
	return d
}

// appendGroup adds g if it has cards.
func appendGroup(groups []Group, g Group) []Group {
	if len(g.Questions) == 0 {
		return groups
	}
	return append(groups, g)
}

func themeGroup(t *model.Theme) Group {
	return Group{ID: t.ID, Tags: t.Tags, Title: t.Title, Colour: t.Colour, Back: string(t.Finding), Questions: t.Questions,
		Series: t.Edition.Factsheet.Title, Draft: t.Edition.Draft}
}

func stepsGroup(e *model.Edition, id, title string, colour model.Colour, back string, steps []model.Step) Group {
	g := Group{ID: id, Title: title, Colour: colour, Back: back, Series: e.Factsheet.Title, Draft: e.Draft}
	for _, s := range steps {
		g.Questions = append(g.Questions, s.Questions...)
	}
	return g
}

// editionOf is the deck of edition e without cards: what all its decks
// share. A draft's deck names no source and no author: the factsheet's
// are those of its published editions.
func editionOf(e *model.Edition) Deck {
	d := Deck{ID: model.DeckID(e, ""), Title: e.Factsheet.Title, Series: e.Factsheet.Title,
		Notice: markdown.Plain(string(e.Notice)), Draft: e.Draft}
	if e.Draft {
		d.Author = draftAuthor
	} else {
		d.Sources = []string{markdown.Plain(e.Factsheet.Source.Title + ", " + e.Factsheet.Source.Publisher)}
		d.Author = e.Factsheet.Publisher.Name
	}
	return d
}

// What a draft's deck says it is: in the PDF's metadata, on the
// instruction card and at the foot of every back.
const (
	draftLabel  = "Concept"
	draftAuthor = "Concept, nog niet gepubliceerd"
	draftNote   = "Concept: deze editie is nog niet gepubliceerd."
)

// pdfTitle and pdfSubject are the deck's PDF metadata.
func (d Deck) pdfTitle() string {
	if d.Draft {
		return draftLabel + " – Intervisiekaarten: " + d.Title
	}
	return "Intervisiekaarten: " + d.Title
}

func (d Deck) pdfSubject() string {
	if d.Draft {
		return "Reflectievragen voor intervisie, uit een concept van " + d.Series + " dat nog niet gepubliceerd is"
	}
	return "Reflectievragen voor intervisie, uit " + strings.Join(d.Sources, "; ")
}

// audienceLabels name the audiences on the cards, which are in Dutch like
// their questions.
var audienceLabels = map[model.Audience]string{
	model.Professional: "Professional",
	model.Team:         "Team",
	model.Management:   "Management",
	model.Board:        "Bestuur",
	model.Policy:       "Beleid",
}

// Dated is a deck with the date its PDF carries, zero for none: what its
// edition's DocumentDate gives.
type Dated struct {
	Deck
	Date time.Time
}

// Decks are the decks of the site: per edition, its own deck and then one
// per theme with questions.
func Decks(s *model.Site) []Dated {
	var decks []Dated
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			date := e.DocumentDate()
			if d := EditionDeck(e); d.Count() > 0 {
				decks = append(decks, Dated{d, date})
			}
			for _, t := range e.Themes {
				if len(t.Questions) > 0 {
					decks = append(decks, Dated{ThemeDeck(t), date})
				}
			}
		}
	}
	return decks
}

// FileName is the deck's PDF file name for the options, such as
// 'friesland-2021-2024-a6.pdf'.
func FileName(d Deck, o Options) string {
	name := d.ID + "-" + string(o.Size)
	if o.Sheet == Single {
		name += "-los"
	}
	if o.Margin > 0 {
		name += "-marge"
	}
	return name + ".pdf"
}
