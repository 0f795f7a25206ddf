package model

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// Factsheet is a publication series, such as 'Samen leren doen in de
// jeugdhulp', published in one or more editions.
type Factsheet struct {
	ID        string       `toml:"-"`
	Title     string       `toml:"title" rd:"required"`
	Summary   Inline       `toml:"summary"`
	Publisher Organisation `toml:"publisher" rd:"required"`
	Programme string       `toml:"programme"`
	Region    string       `toml:"region"`
	Partners  []string     `toml:"partners"`
	Authors   []string     `toml:"authors"`
	Credits   []Credit     `toml:"credits"`
	Source    Source       `toml:"source" rd:"required"`
	Tags      []string     `toml:"tags"`
	// CurrentID names the edition published at the factsheet's own URL.
	// It may be left out when there is only one published edition, and it
	// cannot name a draft.
	CurrentID string `toml:"current"`

	Editions []*Edition `toml:"-"`
}

// Credit names who did what, such as design and realisation.
type Credit struct {
	Role string `toml:"role" rd:"required"`
	Name string `toml:"name" rd:"required"`
}

// Source is the original publication the data restates.
type Source struct {
	Title     string `toml:"title" rd:"required"`
	Publisher string `toml:"publisher" rd:"required"`
	URL       string `toml:"url"`
	// Published is the date as the source states it, e.g. '2 november
	// 2020'. A day written so also dates the card decks of undated
	// editions (PublishedDate).
	Published string   `toml:"published"`
	Note      Markdown `toml:"note"`
}

// dutchMonths are the month names of a date such as '2 november 2020'.
var dutchMonths = []string{"januari", "februari", "maart", "april", "mei", "juni",
	"juli", "augustus", "september", "oktober", "november", "december"}

// PublishedDate is the day Published names, when it names one, as in
// '2 november 2020', '24-05-2022' or '2022-05-24'; zero otherwise. A year
// or a month alone names no day, and a day made up from it would be false.
func (s Source) PublishedDate() time.Time {
	text := strings.TrimSpace(s.Published)
	if f := strings.Fields(strings.ToLower(text)); len(f) == 3 {
		if m := slices.Index(dutchMonths, f[1]); m >= 0 {
			text = f[0] + "-" + strconv.Itoa(m+1) + "-" + f[2]
		}
	}
	for _, layout := range []string{"2-1-2006", "2006-1-2"} {
		if d, err := time.Parse(layout, text); err == nil {
			return d
		}
	}
	return time.Time{}
}

// Current returns the edition published at the factsheet's own URL: the
// one CurrentID names, or else the last edition that is not a draft. Only
// a factsheet of drafts alone, which a published site leaves out, has a
// draft at its own address, in the preview.
func (f *Factsheet) Current() *Edition {
	if f.CurrentID != "" {
		return f.Edition(f.CurrentID)
	}
	if published := f.Published(); len(published) > 0 {
		return published[len(published)-1]
	}
	if len(f.Editions) > 0 {
		return f.Editions[len(f.Editions)-1]
	}
	return nil
}

// Published returns the editions that are not drafts, in publication
// order.
func (f *Factsheet) Published() []*Edition {
	var published []*Edition
	for _, e := range f.Editions {
		if !e.Draft {
			published = append(published, e)
		}
	}
	return published
}

// Edition returns the edition with the given id, or nil.
func (f *Factsheet) Edition(id string) *Edition {
	for _, e := range f.Editions {
		if e.ID == id {
			return e
		}
	}
	return nil
}
