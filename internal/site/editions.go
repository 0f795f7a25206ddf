package site

import (
	"html/template"

	"github.com/rodedraad/rodedraad/internal/editions"
	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/wording"
)

// changesPath is where the page on what changed since the previous
// edition is.
func changesPath(e *model.Edition) string { return editionDir(e) + model.ChangesPageName + "/" }

// editionDir is the edition's own directory, under which its themes and
// sections are, whether or not it is the current edition.
func editionDir(e *model.Edition) string { return "/" + e.Factsheet.ID + "/" + e.ID + "/" }

// diffs compares each edition that revises another with it.
func diffs(s *model.Site) map[*model.Edition]*editions.Diff {
	out := map[*model.Edition]*editions.Diff{}
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			if prev := e.PreviousEdition(); prev != nil {
				d := editions.Compare(prev, e)
				out[e] = &d
			}
		}
	}
	return out
}

// status is what every page of an edition says about it: whether it is a
// draft, whether a newer edition replaced it, and its notice. same is the
// page in the current edition that corresponds to this one; nil for the
// current edition's start page. It is nil when there is nothing to say.
func status(e *model.Edition, same string) *editionStatus {
	if !e.Archived() && !e.Draft && e.Notice == "" {
		return nil
	}
	st := &editionStatus{Label: e.Label(), Draft: e.Draft, Notice: markdown.Block(string(e.Notice))}
	switch cur := e.Factsheet.Current(); {
	case e.Archived():
		if same == "" {
			same = editionPath(cur)
		}
		st.Current = &pageLink{Title: cur.Label(), Path: same}
	case e.Draft && !cur.Draft:
		st.Published = &pageLink{Title: cur.Label(), Path: editionPath(cur)}
	}
	return st
}

// currentTheme is the page of t in the current edition, or "" when the
// current edition dropped it.
func currentTheme(t *model.Theme) string {
	if c := t.Edition.Factsheet.Current().Successor(t); c != nil {
		return themePath(c)
	}
	return ""
}

// currentSection is the page of s in the current edition, or "" when the
// current edition dropped it.
func currentSection(s *model.Section) string {
	if c := s.Edition.Factsheet.Current().SectionSuccessor(s); c != nil {
		return sectionPath(c)
	}
	return ""
}

// formerAddresses are the addresses a theme or section of e had under its
// former ids.
func formerAddresses(e *model.Edition, formerly []string) []string {
	var out []string
	for _, id := range formerly {
		out = append(out, editionDir(e)+id+"/")
	}
	return out
}

// editionLinks lists all editions of e's factsheet, newest first, for
// the edition page.
func editionLinks(e *model.Edition) []editionLink {
	f := e.Factsheet
	var out []editionLink
	for i := len(f.Editions) - 1; i >= 0; i-- {
		o := f.Editions[i]
		l := editionLink{Title: o.Label(), Subtitle: o.Subtitle, Path: editionPath(o), Date: date(o),
			Current: o.IsCurrent(), Draft: o.Draft, This: o == e}
		if o.PreviousEdition() != nil {
			l.Changes = changesPath(o)
		}
		out = append(out, l)
	}
	return out
}

// marker is the 'new' or 'changed' mark of a question in an edition
// that revises another, linked to the change.
func (g generator) marker(e *model.Edition, id string) *questionMark {
	d := g.diffs[e]
	if d == nil {
		return nil
	}
	c := d.Question(id)
	if c == nil {
		return nil
	}
	m := &questionMark{Kind: "changed", Path: changesPath(e) + "#vraag-" + id}
	if c.Kind == editions.Added {
		m.Kind = "new"
	}
	return m
}

func (g generator) changes(e *model.Edition) page {
	d := g.diffs[e]
	prev := e.PreviousEdition()
	p := changesParams{
		Path:     changesPath(e),
		Status:   status(e, ""),
		Document: documentOf(e),
		Share:    editionShare(e),
		Edition:  pageLink{Title: e.Label(), Path: editionPath(e)},
		Previous: pageLink{Title: prev.Label(), Path: editionPath(prev)},
		Empty:    d.Empty(),
	}
	for _, c := range d.Themes {
		p.Themes = append(p.Themes, partItem(c, func(in *model.Edition, id string) pageLink {
			t := in.Theme(id)
			return pageLink{Title: t.Title, Path: themePath(t)}
		}, e, prev))
	}
	for _, c := range d.Sections {
		p.Sections = append(p.Sections, partItem(c, func(in *model.Edition, id string) pageLink {
			s := in.Section(id)
			return pageLink{Title: s.Title, Path: sectionPath(s)}
		}, e, prev))
	}
	for _, c := range d.Questions {
		item := changeItem{ID: "vraag-" + c.ID, Words: shownWords(c.Kind, c.Words, c.Old, c.New)}
		switch {
		case c.Kind != editions.Changed:
			item.Kinds = []string{string(c.Kind)}
		default:
			if c.Reworded {
				item.Kinds = append(item.Kinds, "reworded")
			}
			if c.Moved {
				item.Kinds = append(item.Kinds, "moved")
			}
		}
		if c.To != nil {
			item.Where = g.placeLink(e, *c.To, "#vraag-"+c.ID)
		}
		if c.From != nil && (c.Kind == editions.Removed || c.Moved) {
			item.From = g.placeLink(prev, *c.From, "#vraag-"+c.ID)
		}
		p.Questions = append(p.Questions, item)
	}
	for _, c := range d.Practice {
		p.Practice = append(p.Practice, g.textChange(e, c.Kind, c.Words, c.Old, c.New, c.Theme, "#praktijk-"+c.ID))
	}
	for _, c := range d.Tips {
		p.Tips = append(p.Tips, g.textChange(e, c.Kind, c.Words, c.Old, c.New, c.Place, ""))
	}
	for _, c := range d.ListItems {
		p.ListItems = append(p.ListItems, g.textChange(e, c.Kind, c.Words, c.Old, c.New, c.Place, ""))
	}
	for _, c := range d.KeyFigures {
		p.KeyFigures = append(p.KeyFigures, g.textChange(e, c.Kind, c.Words, c.Old, c.New, c.Place, ""))
	}
	return page{file: file(changesPath(e), false), front: frontMatter{
		Title:       "Wat is er veranderd?",
		Description: "Wat er in " + e.Factsheet.Title + " (" + e.Label() + ") veranderd is sinds " + prev.Label() + ".",
		Layout:      "changes",
		Type:        "changes",
		Date:        date(e),
		Params:      p,
	}}
}

// partItem is a theme or section that came, went or changed, linked to
// where it is in edition e and, when it continues one, where it was in
// prev; link finds a theme or section of an edition by id.
func partItem(c editions.PartChange, link func(in *model.Edition, id string) pageLink, e, prev *model.Edition) changeItem {
	item := changeItem{Kinds: []string{string(c.Kind)}, Title: c.Title}
	if c.Renamed() {
		item.Kinds = []string{"renamed"}
	}
	if c.NewID != "" {
		where := link(e, c.NewID)
		item.Where = &where
	}
	if c.OldID != "" {
		from := link(prev, c.OldID)
		item.From = &from
	}
	for _, f := range c.Fields {
		item.Fields = append(item.Fields, changedField{Field: f.Field, Words: f.Words})
	}
	return item
}

// textChange is a changed practice example, tip or list item, linked to where it is
// in edition e, or was in the previous edition when it is gone.
func (g generator) textChange(e *model.Edition, kind editions.Kind, words []wording.Op, old, new string, where editions.Place, anchor string) changeItem {
	in := e
	if kind == editions.Removed {
		in = e.PreviousEdition()
	}
	return changeItem{Kinds: []string{string(kind)}, Words: shownWords(kind, words, old, new), Where: g.placeLink(in, where, anchor)}
}

// shownWords are the words a change shows: the word diff of a changed
// text, else the text that went or came.
func shownWords(kind editions.Kind, words []wording.Op, old, new string) []wording.Op {
	switch {
	case kind == editions.Removed:
		return plainWords(old)
	case len(words) > 0:
		return words
	default:
		return plainWords(new)
	}
}

// plainWords is a text as one unchanged run of words.
func plainWords(text string) []wording.Op {
	if text == "" {
		return nil
	}
	return []wording.Op{{Kind: wording.Same, Words: wording.Words(text)}}
}

// placeLink links to a place of edition e: a theme, a section, the
// edition's key figures or its closing, with an anchor.
func (g generator) placeLink(e *model.Edition, pl editions.Place, anchor string) *pageLink {
	switch pl.Kind {
	case editions.InKeyFigures:
		return &pageLink{Title: e.Title, Path: editionPath(e) + "#kerncijfers"}
	case editions.InTheme:
		if t := e.Theme(pl.ID); t != nil {
			return &pageLink{Title: t.Title, Path: themePath(t) + anchor}
		}
	case editions.InSection:
		if s := e.Section(pl.ID); s != nil {
			title := s.Title
			if pl.List != "" {
				title += ": " + pl.List
			}
			return &pageLink{Title: title, Path: sectionPath(s) + anchor}
		}
	}
	title := pl.Title
	if e.Closing != nil && title == "" {
		title = e.Closing.Title
	}
	return &pageLink{Title: title, Path: editionPath(e) + "#afsluiting"}
}

type editionStatus struct {
	Label   string    `json:"label"`
	Current *pageLink `json:"current,omitempty"` // set when the edition is archived
	// Draft is set for an edition in preparation, which only a preview
	// shows; Published is then the edition readers see.
	Draft     bool          `json:"draft,omitempty"`
	Published *pageLink     `json:"published,omitempty"`
	Notice    template.HTML `json:"notice_html,omitempty"`
}

type editionLink struct {
	Title    string `json:"title"`
	Subtitle string `json:"subtitle,omitempty"`
	Path     string `json:"path"`
	Date     string `json:"date,omitempty"`
	Current  bool   `json:"current,omitempty"` // the edition at the factsheet's own address
	Draft    bool   `json:"draft,omitempty"`   // an edition in preparation, in a preview
	This     bool   `json:"this,omitempty"`    // the edition of the page
	Changes  string `json:"changes,omitempty"` // its 'what changed' page
}

type questionMark struct {
	Kind string `json:"kind"` // new, changed
	Path string `json:"path"`
}

type changesParams struct {
	Path       string         `json:"path"`
	Status     *editionStatus `json:"edition_status,omitempty"`
	Document   document       `json:"document"`
	Share      *shareImage    `json:"share"` // the picture of a link to the page
	Edition    pageLink       `json:"edition"`
	Previous   pageLink       `json:"previous"`
	Empty      bool           `json:"empty"`
	Themes     []changeItem   `json:"themes"`
	Questions  []changeItem   `json:"questions"`
	Practice   []changeItem   `json:"practice"`
	Tips       []changeItem   `json:"tips"`
	Sections   []changeItem   `json:"sections"`
	ListItems  []changeItem   `json:"list_items"`
	KeyFigures []changeItem   `json:"key_figures"`
}

// changeItem is one change, ready to show: what happened, where, and the
// words, with the removed and added ones marked.
type changeItem struct {
	ID     string         `json:"id,omitempty"` // its anchor
	Kinds  []string       `json:"kinds"`        // added, removed, changed, renamed, reworded, moved
	Title  string         `json:"title,omitempty"`
	Where  *pageLink      `json:"where,omitempty"`
	From   *pageLink      `json:"from,omitempty"`
	Words  []wording.Op   `json:"words,omitempty"`
	Fields []changedField `json:"fields,omitempty"`
}

type changedField struct {
	Field string       `json:"field"` // title, finding, explanation
	Words []wording.Op `json:"words"`
}
