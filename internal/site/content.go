package site

import (
	"html/template"
	"strings"

	"github.com/rodedraad/rodedraad/internal/cards"
	"github.com/rodedraad/rodedraad/internal/editions"
	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
)

// page is one generated content file, by its path under content/.
type page struct {
	file  string
	front frontMatter
}

// pages turns the model into the site's pages; decks are the card decks
// they link to, by deck id.
func pages(s *model.Site, decks map[string][]download, publications map[string]*download, openData []download) []page {
	g := generator{site: s, decks: decks, publications: publications, diffs: diffs(s), openData: openData}
	ps := []page{g.home(), g.topics(), g.about(), g.search(), g.notes(), g.stack()}
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			first := len(ps)
			ps = append(ps, g.edition(e))
			if e.PreviousEdition() != nil {
				ps = append(ps, g.changes(e))
			}
			if d := cards.EditionDeck(e); d.Count() > 0 {
				ps = append(ps, g.cardsPage(d, e, editionPath(e), nil, status(e, ""), editionShare(e), nil))
			}
			for i, t := range e.Themes {
				ps = append(ps, g.theme(t, i))
				if len(t.Questions) > 0 {
					var aliases []string
					for _, a := range formerAddresses(e, t.Formerly) {
						aliases = append(aliases, cardsPath(a))
					}
					ps = append(ps, g.cardsPage(cards.ThemeDeck(t), e, themePath(t), &pageLink{Title: t.Title, Path: themePath(t)}, status(e, currentTheme(t)), themeShare(t), aliases))
				}
			}
			for _, sec := range e.Sections {
				ps = append(ps, g.section(sec))
			}
			if e.Draft {
				for i := range ps[first:] {
					ps[first+i].front.Sitemap = &sitemap{Disable: true}
				}
			}
		}
	}
	for _, tag := range s.Tags {
		ps = append(ps, g.topic(tag))
	}
	return ps
}

type generator struct {
	site  *model.Site
	decks map[string][]download
	// publications are the factsheet PDFs, by the deck id of their edition.
	publications map[string]*download
	diffs        map[*model.Edition]*editions.Diff // of each edition that revises another
	// openData are the files with all questions, for the about page.
	openData []download
}

// Paths of pages, from the site root.

// editionPath is the current edition's start page at the factsheet's own
// address; any other edition has its start page in its directory.
func editionPath(e *model.Edition) string {
	if !e.IsCurrent() {
		return editionDir(e)
	}
	return "/" + e.Factsheet.ID + "/"
}

func themePath(t *model.Theme) string {
	return "/" + t.Edition.Factsheet.ID + "/" + t.Edition.ID + "/" + t.ID + "/"
}

func sectionPath(s *model.Section) string {
	return "/" + s.Edition.Factsheet.ID + "/" + s.Edition.ID + "/" + s.ID + "/"
}

const topicsPath = "/onderwerpen/"

func topicPath(tag string) string { return topicsPath + tag + "/" }

// file turns a page path into the content file that makes it.
func file(path string, list bool) string {
	if list {
		return strings.TrimPrefix(path, "/") + "_index.md"
	}
	return strings.TrimPrefix(strings.TrimSuffix(path, "/"), "/") + ".md"
}

func (g generator) home() page {
	var tiles []factsheetTile
	for _, f := range g.site.Factsheets {
		e := f.Current()
		tile := factsheetTile{
			Title:     f.Title,
			Path:      editionPath(e),
			Publisher: publisher(e),
			Draft:     e.Draft,
			Edition:   e.Title,
			Subtitle:  e.Subtitle,
			Date:      date(e),
			Summary:   markdown.Inline(string(f.Summary)),
			Themes:    len(e.Themes),
			Questions: len(e.Questions()),
		}
		for _, t := range e.Themes {
			tile.Colours = append(tile.Colours, coloursOf(t.Colour))
		}
		tiles = append(tiles, tile)
	}
	return page{file: "_index.md", front: frontMatter{
		Title:       g.site.Title,
		Description: g.site.Description,
		Layout:      "home",
		Type:        "home",
		Params:      homeParams{Intro: markdown.Block(g.site.Description), Factsheets: tiles},
	}}
}

func (g generator) edition(e *model.Edition) page {
	f := e.Factsheet
	p := editionParams{
		Status:            status(e, ""),
		Document:          documentOf(e),
		Share:             editionShare(e),
		Editions:          editionLinks(e),
		Factsheet:         pageLink{Title: f.Title, Path: editionPath(e)},
		Edition:           e.Title,
		Ref:               e.Ref(),
		Subtitle:          e.Subtitle,
		Intro:             markdown.Block(string(e.Intro)),
		ReadingGuide:      markdown.Block(string(e.ReadingGuide)),
		ReadingGuidePrint: markdown.Block(string(e.ReadingGuidePrint)),
		Quotes:            quotes(e.Quotes),
		Questions:         len(e.Questions()),
		Colophon:          editionColophon(e),
		Decks:             g.decks[cards.EditionDeck(e).ID],
		Publication:       g.publications[model.DeckID(e, "")],
	}
	for _, t := range e.Themes {
		p.Themes = append(p.Themes, tile(t))
	}
	p.Sections = sectionTiles(e)
	for _, k := range e.KeyFigures {
		p.KeyFigures = append(p.KeyFigures, keyFigure{Value: k.Figure(), Label: k.Label, Note: markdown.Inline(string(k.Note))})
	}
	if c := e.Closing; c != nil {
		p.Closing = &closing{Title: c.Title, Text: markdown.Block(string(c.Text)), TipsTitle: c.TipsTitle, Tips: inlines(c.Tips)}
	}
	for _, lg := range e.LinkGroups {
		group := linkGroup{Title: lg.Title, Numbered: lg.Numbered, Incomplete: lg.Incomplete}
		for _, l := range lg.Links {
			out := link{Title: l.Title, URL: l.URL, Note: markdown.Inline(string(l.Note))}
			if l.Theme != "" {
				out.Path = themePath(g.site.ResolveTheme(e, l.Theme))
			}
			group.Links = append(group.Links, out)
		}
		p.LinkGroups = append(p.LinkGroups, group)
	}
	if e.PreviousEdition() != nil {
		p.Changes = &pageLink{Title: e.PreviousEdition().Label(), Path: changesPath(e)}
	}
	var aliases []string
	if e.IsCurrent() {
		aliases = []string{editionDir(e)}
	}
	return page{file: file(editionPath(e), true), front: frontMatter{
		Title:       f.Title,
		Description: description(string(f.Summary), string(e.Intro)),
		Layout:      "edition",
		Type:        "edition",
		Aliases:     aliases,
		Date:        date(e),
		Params:      p,
	}}
}

func (g generator) theme(t *model.Theme, i int) page {
	e := t.Edition
	p := themeParams{
		Status:         status(e, currentTheme(t)),
		Document:       documentOf(e),
		Share:          themeShare(t),
		Path:           themePath(t),
		Ref:            t.Ref(),
		Factsheet:      pageLink{Title: e.Factsheet.Title, Path: editionPath(e)},
		Edition:        pageLink{Title: e.Title, Path: editionPath(e)},
		Colours:        coloursOf(t.Colour),
		Finding:        markdown.Inline(string(t.Finding)),
		Explanation:    markdown.Block(string(t.Explanation)),
		QuestionsTitle: t.QuestionsTitle,
		PracticeTitle:  t.PracticeTitle,
		Quotes:         quotes(t.Quotes),
		Tips:           inlines(t.Tips),
		Questions:      g.questions(e, t.Questions),
		Nav:            themeNav{Position: i + 1, Count: len(e.Themes)},
		Decks:          g.decks[cards.ThemeDeck(t).ID],
	}
	p.Audience = sharedAudience(p.Questions)
	for _, pr := range t.Practice {
		p.Practice = append(p.Practice, practice{ID: pr.ID, Text: markdown.Inline(string(pr.Text)), Sub: inlines(pr.Sub)})
	}
	for _, id := range t.Tags {
		p.Tags = append(p.Tags, tagLink{ID: id, Label: g.site.Tag(id).Label, Path: topicPath(id)})
	}
	for _, ref := range t.Related {
		r := g.site.ResolveTheme(e, ref)
		p.Related = append(p.Related, pageLink{Title: r.Title, Path: themePath(r)})
	}
	// A list page (_index.md): its cards page is in the directory of the
	// same name, and Hugo's server did not re-render a page whose file
	// has such a directory next to it.
	return page{file: file(themePath(t), true), front: frontMatter{
		Title:       t.Title,
		Description: description(string(t.Finding)),
		Layout:      "theme",
		Type:        "theme",
		Aliases:     formerAddresses(e, t.Formerly),
		Date:        date(e),
		Params:      p,
	}}
}

func (g generator) section(s *model.Section) page {
	e := s.Edition
	p := sectionParams{
		Status:    status(e, currentSection(s)),
		Document:  documentOf(e),
		Share:     editionShare(e),
		Path:      sectionPath(s),
		Ref:       e.Ref() + "/" + s.ID,
		Factsheet: pageLink{Title: e.Factsheet.Title, Path: editionPath(e)},
		Edition:   pageLink{Title: e.Title, Path: editionPath(e)},
		Text:      markdown.Block(string(s.Text)),
		Quotes:    quotes(s.Quotes),
		Sections:  sectionTiles(e),
	}
	for i := range p.Sections {
		p.Sections[i].Current = p.Sections[i].Path == p.Path
	}
	for _, l := range s.Lists {
		out := list{ID: l.ID, Kind: string(l.Kind), Title: markdown.Inline(string(l.Title)), Intro: markdown.Block(string(l.Intro)), Incomplete: l.Incomplete}
		for _, it := range l.Items {
			out.Items = append(out.Items, listItem{Label: it.Label, Text: markdown.Inline(string(it.Text)), Sub: inlines(it.Sub)})
		}
		p.Lists = append(p.Lists, out)
	}
	for _, lv := range s.Levels {
		p.Levels = append(p.Levels, levelBlock{Level: *g.level(lv.Level), Title: lv.Title, Audience: string(lv.Audience), Text: markdown.Block(string(lv.Text))})
	}
	for _, sp := range s.StepPlans {
		p.StepPlans = append(p.StepPlans, stepPlan{ID: sp.ID, Title: sp.Title, Intro: markdown.Block(string(sp.Intro)),
			SafetyRule: markdown.Inline(string(sp.SafetyRule)), Steps: g.steps(e, sp.Steps)})
	}
	for _, m := range s.Methods {
		p.Methods = append(p.Methods, method{ID: m.ID, Title: m.Title, Text: markdown.Block(string(m.Text)),
			Steps: g.steps(e, m.Steps), Outcomes: inlines(m.Outcomes)})
	}
	return page{file: file(sectionPath(s), false), front: frontMatter{
		Title:       s.Title,
		Description: description(string(s.Text), e.Factsheet.Title),
		Layout:      "building-block", // not "section": that is a kind of page in Hugo
		Type:        "building-block",
		Aliases:     formerAddresses(e, s.Formerly),
		Date:        date(e),
		Params:      p,
	}}
}

func (g generator) topics() page {
	var p topicsParams
	for _, tag := range g.site.Tags {
		tile := topicTile{Label: tag.Label, Description: tag.Description, Path: topicPath(tag.ID)}
		for _, t := range g.site.ThemesTagged(tag.ID) {
			tile.Themes++
			tile.Questions += len(t.Questions)
		}
		p.Topics = append(p.Topics, tile)
	}
	return page{file: file(topicsPath, true), front: frontMatter{
		Title: "Onderwerpen", Layout: "topics", Type: "topics", Params: p,
	}}
}

func (g generator) topic(tag model.Tag) page {
	p := topicParams{Description: tag.Description}
	for _, t := range g.site.ThemesTagged(tag.ID) {
		p.Themes = append(p.Themes, topicTheme{
			ID:    model.DeckID(t.Edition, t.ID),
			Title: t.Title, Path: themePath(t), Factsheet: t.Edition.Factsheet.Title, Edition: t.Edition.Title,
			Colours: coloursOf(t.Colour), Questions: g.questions(t.Edition, t.Questions),
		})
	}
	return page{file: file(topicPath(tag.ID), false), front: frontMatter{
		Title: tag.Label, Description: tag.Description, Layout: "topic", Type: "topic", Params: p,
	}}
}

func (g generator) about() page {
	p := aboutParams{
		Contact:  markdown.Block(string(g.site.Contact)),
		OpenData: g.openData,
	}
	for _, o := range g.site.Organisations {
		p.Organisations = append(p.Organisations, organisation{Name: o.Name, URL: o.URL})
	}
	for _, f := range g.site.Factsheets {
		p.Sources = append(p.Sources, colophonOf(f).Source)
	}
	return page{file: "over.md", front: frontMatter{Title: "Over deze site", Layout: "about", Type: "about", Params: p}}
}

// questions are the questions of edition e, each with its mark when it is
// new or changed since the previous edition.
func (g generator) questions(e *model.Edition, qs []model.Question) []question {
	out := make([]question, 0, len(qs))
	for _, q := range qs {
		out = append(out, question{ID: q.ID, Ref: e.Ref() + "/" + q.ID, Text: markdown.Inline(string(q.Text)), Sub: inlines(q.Sub),
			Note: markdown.Inline(string(q.Note)), Audience: string(q.Audience), Level: g.level(q.Level),
			Mark: g.marker(e, q.ID)})
	}
	return out
}

func (g generator) level(id string) *level {
	lv := g.site.Level(id)
	if lv == nil {
		return nil
	}
	return &level{ID: lv.ID, Label: lv.Label, Question: lv.Question}
}

func (g generator) steps(e *model.Edition, steps []model.Step) []step {
	out := make([]step, 0, len(steps))
	for _, s := range steps {
		qs := g.questions(e, s.Questions)
		out = append(out, step{Title: s.Title, Text: markdown.Block(string(s.Text)), Questions: qs, Audience: sharedAudience(qs), How: inlines(s.How)})
	}
	return out
}

// sharedAudience is the audience of all questions of a list when they
// share one: the page then names it once, not at every question, where
// the same tag over and over says nothing. It is "" when the audiences
// differ, and for a single question, whose own tag already says it once.
func sharedAudience(qs []question) string {
	if len(qs) < 2 {
		return ""
	}
	for _, q := range qs[1:] {
		if q.Audience != qs[0].Audience {
			return ""
		}
	}
	return qs[0].Audience
}

func tile(t *model.Theme) themeTile {
	return themeTile{Title: t.Title, Path: themePath(t), Finding: markdown.Inline(string(t.Finding)),
		Questions: len(t.Questions), Practice: len(t.Practice), Colours: coloursOf(t.Colour)}
}

func sectionTiles(e *model.Edition) []sectionTile {
	var tiles []sectionTile
	for _, s := range e.Sections {
		tile := sectionTile{Title: s.Title, Path: sectionPath(s)}
		for _, l := range s.Lists {
			tile.Kinds = append(tile.Kinds, string(l.Kind))
		}
		for range s.StepPlans {
			tile.Kinds = append(tile.Kinds, "step_plan")
		}
		if len(s.Levels) > 0 {
			tile.Kinds = append(tile.Kinds, "levels")
		}
		for range s.Methods {
			tile.Kinds = append(tile.Kinds, "method")
		}
		tiles = append(tiles, tile)
	}
	return tiles
}

// editionColophon is the colophon of an edition's start page. A draft's
// names nobody: who wrote, designed and published it is not settled until
// it is published, and the factsheet's makers did not write an invented
// example.
func editionColophon(e *model.Edition) colophon {
	if e.Draft {
		return colophon{Draft: true}
	}
	return colophonOf(e.Factsheet)
}

func documentOf(e *model.Edition) document {
	return document{Factsheet: e.Factsheet.Title, Edition: e.Label(), Publisher: publisher(e)}
}

// publisher is the publisher shown with an edition: none for a draft.
func publisher(e *model.Edition) string {
	if e.Draft {
		return ""
	}
	return e.Factsheet.Publisher.Name
}

func colophonOf(f *model.Factsheet) colophon {
	c := colophon{
		Publisher: organisation{Name: f.Publisher.Name, URL: f.Publisher.URL},
		Programme: f.Programme, Region: f.Region, Authors: f.Authors, Partners: f.Partners,
		Source: source{Title: f.Source.Title, Publisher: f.Source.Publisher, URL: f.Source.URL,
			Published: f.Source.Published, Note: markdown.Block(string(f.Source.Note))},
	}
	for _, cr := range f.Credits {
		c.Credits = append(c.Credits, credit{Role: cr.Role, Name: cr.Name})
	}
	return c
}

func quotes(qs []model.Quote) []quote {
	out := make([]quote, 0, len(qs))
	for _, q := range qs {
		out = append(out, quote{Text: markdown.Inline(string(q.Text)), Role: q.Role, Context: q.Context, Paraphrase: q.Paraphrase})
	}
	return out
}

func inlines(texts []model.Inline) []template.HTML {
	out := make([]template.HTML, 0, len(texts))
	for _, t := range texts {
		out = append(out, markdown.Inline(string(t)))
	}
	return out
}

func date(e *model.Edition) string {
	if e.Date.IsZero() {
		return ""
	}
	return e.Date.Format("2006-01-02")
}

// description is the first non-empty text, as plain text cut to a length
// search engines show.
func description(texts ...string) string {
	for _, t := range texts {
		if plain := markdown.Plain(t); plain != "" {
			if r := []rune(plain); len(r) > 160 {
				plain = strings.TrimSpace(string(r[:157])) + "…"
			}
			return plain
		}
	}
	return ""
}

// cardsPath is where the HTML version of a page's deck of cards is.
func cardsPath(pagePath string) string { return pagePath + model.CardsPageName + "/" }

// cardsPage is the deck d as a page under pagePath, the page of its
// theme, or nil for the deck of the whole edition; share is the picture
// of a link to it.
func (g generator) cardsPage(d cards.Deck, e *model.Edition, pagePath string, theme *pageLink, st *editionStatus, share *shareImage, aliases []string) page {
	trail := []pageLink{{Title: e.Title, Path: editionPath(e)}}
	if theme != nil {
		trail = append(trail, *theme)
	}
	trail = append(trail, pageLink{Title: "Intervisiekaarten", Path: cardsPath(pagePath)})
	p := cardsParams{Status: st, Document: documentOf(e), Share: share, Trail: trail, Instructions: cards.Instructions, Count: d.Count(), Decks: g.decks[d.ID]}
	n := 1
	for _, grp := range d.Groups {
		cg := cardGroup{ID: grp.ID, Title: grp.Title, Back: markdown.Inline(grp.Back), Colours: coloursOf(grp.Colour),
			First: n, Questions: g.questions(e, grp.Questions)}
		for _, id := range grp.Tags {
			cg.Tags = append(cg.Tags, tagLink{ID: id, Label: g.site.Tag(id).Label, Path: topicPath(id)})
		}
		p.Groups = append(p.Groups, cg)
		n += len(grp.Questions)
	}
	return page{file: file(cardsPath(pagePath), false), front: frontMatter{
		Title:       "Intervisiekaarten: " + d.Title,
		Description: "De reflectievragen van " + d.Title + " als intervisiekaarten, om te lezen of af te drukken.",
		Layout:      "cards",
		Type:        "cards",
		Aliases:     aliases,
		Params:      p,
	}}
}

const searchPath = "/zoeken/"

func (g generator) search() page {
	return page{file: file(searchPath, true), front: frontMatter{
		Title: "Zoeken", Description: "Zoek in alle reflectievragen, thema's en praktijkvoorbeelden.",
		Layout: "search", Type: "search", Params: map[string]string{"index": "/" + searchIndexFile},
	}}
}

// stack is 'mijn stapel': the questions a reader collects into a deck of
// their own, kept in the browser; its script finds their texts in the
// search index, so that a shared link opens the deck on any device.
func (g generator) stack() page {
	return page{file: file(stackPath, true), front: frontMatter{
		Title: "Mijn stapel", Description: "Je eigen stapel vragen uit alle factsheets: trek een kaart, houd een sessie, deel of druk hem af.",
		Layout: "stack", Type: "stack", Params: map[string]string{"index": "/" + searchIndexFile},
	}}
}

// stackPath is the address of 'mijn stapel'.
const stackPath = "/stapel/"

func (g generator) notes() page {
	return page{file: file("/notities/", true), front: frontMatter{
		Title: "Mijn notities", Description: "Je eigen notities bij de reflectievragen, alleen bewaard in deze browser.",
		Layout: "notes", Type: "notes", Params: map[string]string{},
	}}
}
