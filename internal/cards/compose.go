package cards

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rodedraad/rodedraad/internal/model"
)

// Selection is what a trainer asks a deck to hold, as the cards command's
// flags name it: themes and whole editions by reference (--theme), topics
// by tag (--tag), single questions by id (--question), and the deck's
// title (--title).
type Selection struct {
	Themes, Tags, Questions []string
	Title                   string
}

// IsEmpty reports whether the selection asks for nothing: every deck.
func (sel Selection) IsEmpty() bool {
	return len(sel.Themes)+len(sel.Tags)+len(sel.Questions) == 0
}

// DefaultTitle is the title of a composed deck that was given none.
const DefaultTitle = "Eigen stapel"

// Compose makes the deck of a selection. One theme or one edition is that
// theme's or edition's own deck, with its own file name. Anything else is
// a deck of its own, named after its title: the themes and editions in the
// order given, then the topics' themes, then the single questions in the
// order given, each question once. A reference that names nothing, or
// more than one thing, is refused with what it could have meant.
func Compose(s *model.Site, sel Selection) (Dated, error) {
	var parts []part
	for _, ref := range sel.Themes {
		p, err := resolveThemeOrEdition(s, ref)
		if err != nil {
			return Dated{}, err
		}
		parts = append(parts, p)
	}
	if len(parts) == 1 && len(sel.Tags)+len(sel.Questions) == 0 && sel.Title == "" {
		return ownDeck(parts[0], sel.Themes[0])
	}
	var c composer
	for _, p := range parts {
		if p.theme != nil {
			c.add(p.theme.Edition, themeGroup(p.theme))
			continue
		}
		for _, g := range EditionDeck(p.edition).Groups {
			c.add(p.edition, g)
		}
	}
	for _, tag := range sel.Tags {
		themes, err := resolveTag(s, tag)
		if err != nil {
			return Dated{}, err
		}
		for _, t := range themes {
			c.add(t.Edition, themeGroup(t))
		}
	}
	for _, ref := range sel.Questions {
		e, g, err := resolveQuestion(s, ref)
		if err != nil {
			return Dated{}, err
		}
		c.add(e, g)
	}
	title := sel.Title
	id := model.Slug(title)
	if title == "" && len(parts) == 0 && len(sel.Tags) == 1 && len(sel.Questions) == 0 {
		title, id = s.Tag(sel.Tags[0]).Label, "onderwerp-"+sel.Tags[0]
	}
	if title == "" {
		title = DefaultTitle
	}
	if id == "" {
		id = model.Slug(DefaultTitle)
	}
	d := c.deck(id, title)
	if d.Count() == 0 {
		return Dated{}, fmt.Errorf("the deck %q holds no questions: the themes, topics and steps it names have none", title)
	}
	return d, nil
}

// part is what a --theme reference names: a theme, or a whole edition.
type part struct {
	theme   *model.Theme
	edition *model.Edition
}

func (p part) ref() string {
	if p.theme != nil {
		return p.theme.Ref()
	}
	return p.edition.Ref()
}

// ownDeck is the deck a theme or an edition has of its own.
func ownDeck(p part, ref string) (Dated, error) {
	if p.theme != nil {
		if len(p.theme.Questions) == 0 {
			return Dated{}, fmt.Errorf("--theme %s: the theme %s has no questions, so it has no deck", ref, p.theme.Ref())
		}
		return Dated{ThemeDeck(p.theme), p.theme.Edition.DocumentDate()}, nil
	}
	d := EditionDeck(p.edition)
	if d.Count() == 0 {
		return Dated{}, fmt.Errorf("--theme %s: the edition %s has no questions, so it has no deck", ref, p.edition.Ref())
	}
	return Dated{d, p.edition.DocumentDate()}, nil
}

// resolveThemeOrEdition reads a --theme reference: factsheet/edition/theme,
// factsheet/theme or factsheet/edition, or one id: a factsheet (its
// current edition) or a theme of a current edition, and when no current
// edition has it, of any edition.
func resolveThemeOrEdition(s *model.Site, ref string) (part, error) {
	ids := strings.Split(ref, "/")
	var found []part
	switch len(ids) {
	case 1:
		if f := s.Factsheet(ref); f != nil && f.Current() != nil {
			found = append(found, part{edition: f.Current()})
		}
		for _, current := range []bool{true, false} {
			for _, e := range editions(s, current) {
				if t := e.Theme(ref); t != nil {
					found = append(found, part{theme: t})
				}
			}
			if len(found) > 0 {
				break
			}
		}
	case 2:
		if f := s.Factsheet(ids[0]); f != nil {
			if e := f.Edition(ids[1]); e != nil {
				found = append(found, part{edition: e})
			}
			if e := f.Current(); e != nil && e.Theme(ids[1]) != nil {
				found = append(found, part{theme: e.Theme(ids[1])})
			}
		}
	case 3:
		if t := s.ResolveTheme(nil, ref); t != nil {
			found = append(found, part{theme: t})
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		var all []string
		for _, e := range editions(s, false) {
			all = append(all, e.Ref())
			for _, t := range e.Themes {
				all = append(all, t.Ref())
			}
		}
		return part{}, refused("--theme", ref, "names no theme or edition", near(ref, all))
	}
	var refs []string
	for _, p := range found {
		refs = append(refs, p.ref())
	}
	return part{}, refused("--theme", ref, "names more than one theme or edition; write the one you mean in full", refs)
}

// resolveTag returns the themes of a topic that have questions.
func resolveTag(s *model.Site, id string) ([]*model.Theme, error) {
	if s.Tag(id) == nil {
		var tags []string
		for _, t := range s.Tags {
			tags = append(tags, t.ID+" ("+t.Label+")")
		}
		return nil, refused("--tag", id, "is no topic of this site (the tags in data/site.toml)", tags)
	}
	var themes []*model.Theme
	for _, t := range s.ThemesTagged(id) {
		if len(t.Questions) > 0 {
			themes = append(themes, t)
		}
	}
	if len(themes) == 0 {
		return nil, fmt.Errorf("--tag %s: no theme of a current edition with questions carries this tag", id)
	}
	return themes, nil
}

// resolveQuestion reads a --question reference: factsheet/edition/id,
// factsheet/id (its current edition) or an id alone (the current
// editions, and when none has it, every edition). It returns the
// question as a group of one, with its theme's or step plan's title,
// colour and back.
func resolveQuestion(s *model.Site, ref string) (*model.Edition, Group, error) {
	type hit struct {
		e *model.Edition
		g Group
	}
	var found []hit
	var scope []*model.Edition
	ids := strings.Split(ref, "/")
	id := ids[len(ids)-1]
	switch len(ids) {
	case 1:
		scope = editions(s, true)
	case 2:
		if f := s.Factsheet(ids[0]); f != nil && f.Current() != nil {
			scope = []*model.Edition{f.Current()}
		}
	case 3:
		if f := s.Factsheet(ids[0]); f != nil && f.Edition(ids[1]) != nil {
			scope = []*model.Edition{f.Edition(ids[1])}
		}
	}
	for pass := 0; pass < 2 && len(found) == 0; pass++ {
		if pass == 1 {
			if len(ids) > 1 {
				break
			}
			scope = editions(s, false)
		}
		for _, e := range scope {
			for _, g := range EditionDeck(e).Groups {
				for _, q := range g.Questions {
					if q.ID == id {
						one := g
						one.Questions = []model.Question{q}
						found = append(found, hit{e, one})
					}
				}
			}
		}
	}
	switch len(found) {
	case 1:
		return found[0].e, found[0].g, nil
	case 0:
		var all []string
		for _, e := range editions(s, false) {
			for _, q := range e.Questions() {
				all = append(all, e.Ref()+"/"+q.ID)
			}
		}
		return nil, Group{}, refused("--question", ref, "names no question", near(ref, all))
	}
	var refs []string
	for _, h := range found {
		refs = append(refs, h.e.Ref()+"/"+id)
	}
	return nil, Group{}, refused("--question", ref, "names a question in more than one edition; write the one you mean in full", refs)
}

// editions are the site's editions: with current, only the factsheets'
// current ones.
func editions(s *model.Site, current bool) []*model.Edition {
	var out []*model.Edition
	for _, f := range s.Factsheets {
		if current {
			if e := f.Current(); e != nil {
				out = append(out, e)
			}
			continue
		}
		out = append(out, f.Editions...)
	}
	return out
}

// near are the references that a mistyped one may have meant: those whose
// last part is the same id or nearly so, or holds it.
func near(ref string, all []string) []string {
	last := ref[strings.LastIndex(ref, "/")+1:]
	var out []string
	for _, r := range all {
		id := r[strings.LastIndex(r, "/")+1:]
		if last != "" && (strings.Contains(id, last) || model.Nearest(last, []string{id}) != "") {
			out = append(out, r)
		}
	}
	return out
}

// refused is the message for a reference that names nothing or too much:
// the flag, the reference, what is wrong, and what it could have meant.
func refused(flag, ref, problem string, candidates []string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s", flag, ref, problem)
	const shown = 20
	switch {
	case len(candidates) == 0:
		b.WriteString("; 'rodedraad cards --list' lists every theme, edition, topic and question")
	default:
		b.WriteString("; it may mean:")
		for _, c := range candidates[:min(len(candidates), shown)] {
			b.WriteString("\n  " + c)
		}
		if len(candidates) > shown {
			fmt.Fprintf(&b, "\n  … and %d more ('rodedraad cards --list' lists them all)", len(candidates)-shown)
		}
	}
	return fmt.Errorf("%s", b.String())
}

// composer gathers the groups of a composed deck, each question once, and
// the editions they come from.
type composer struct {
	groups   []Group
	editions []*model.Edition
	seen     map[string]bool // edition ref + "/" + question id
}

func (c *composer) add(e *model.Edition, g Group) {
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	var qs []model.Question
	for _, q := range g.Questions {
		if key := e.Ref() + "/" + q.ID; !c.seen[key] {
			c.seen[key] = true
			qs = append(qs, q)
		}
	}
	if len(qs) == 0 {
		return
	}
	if !slices.Contains(c.editions, e) {
		c.editions = append(c.editions, e)
	}
	// Questions picked one by one from the same theme stay one group.
	if n := len(c.groups); n > 0 && c.groups[n-1].ID == g.ID && c.groups[n-1].Series == g.Series {
		c.groups[n-1].Questions = append(c.groups[n-1].Questions, qs...)
		return
	}
	g.Questions = qs
	c.groups = append(c.groups, g)
}

// deck is the composed deck: its sources, publishers and notices are
// those of every edition it draws from, and it is a draft when one of
// them is.
func (c *composer) deck(id, title string) Dated {
	d := Deck{ID: id, Title: title, Series: title, Groups: c.groups}
	var date time.Time
	var authors, notices []string
	for _, e := range c.editions {
		one := editionOf(e)
		d.Draft = d.Draft || one.Draft
		d.Sources = appendNew(d.Sources, one.Sources...)
		authors = appendNew(authors, one.Author)
		notices = appendNew(notices, one.Notice)
		if ed := e.DocumentDate(); ed.After(date) {
			date = ed
		}
	}
	d.Author, d.Notice = strings.Join(authors, ", "), strings.Join(notices, " ")
	if d.Draft {
		d.Author = draftAuthor
	}
	return Dated{d, date}
}

// appendNew appends the values that are not empty and not in list yet.
func appendNew(list []string, values ...string) []string {
	for _, v := range values {
		if v != "" && !slices.Contains(list, v) {
			list = append(list, v)
		}
	}
	return list
}
