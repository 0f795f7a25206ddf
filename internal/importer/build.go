package importer

import (
	"github.com/rodedraad/rodedraad/internal/message"

	"github.com/rodedraad/rodedraad/internal/model"
)

// Placeholders stand in for required values the text does not give, so
// that the project loads at once; each comes with a TODO comment in its
// file and a note in the report.
const (
	placeholderTitle     = model.TodoMark + ": titel"
	placeholderFinding   = model.TodoMark + ": bevinding"
	placeholderPublisher = model.TodoMark + ": uitgever"
)

// builder turns the document into the model: it makes the ids, fills in
// placeholders and collects the notes.
type builder struct {
	doc    *document
	source source
	notes  []Note
	// todos are the comments for placeholders, by file and key.
	todos map[string]map[string]string
	// lines are where each theme stood in the input, sectionLines where
	// each part did.
	lines        map[*model.Theme][2]int
	sectionLines map[*model.Section][2]int
	// levels are the reflection levels the parts refer to, for site.toml.
	levels []model.Level
}

// todo records a placeholder for key in file and returns its value. The
// comment next to it in the file is Dutch, for the people who write, as
// in the files of 'rodedraad new'; the note in the report is English, as
// all messages of the command line are.
func (b *builder) todo(file, key, value, comment string, why message.Text) string {
	if b.todos == nil {
		b.todos = map[string]map[string]string{}
	}
	if b.todos[file] == nil {
		b.todos[file] = map[string]string{}
	}
	b.todos[file][key] = comment
	b.note(file, message.New("%s: placeholder %q: %s", key, value, why))
	return value
}

// noTitle says why a title is missing, as the comment in the file and as
// the note: the export of a news post leaves out the post's title.
func (b *builder) noTitle() (comment string, why message.Text) {
	if b.doc.shape == newsShape {
		return "de titel van het bericht: die staat niet in de export",
			message.New("the export of a news post has no title: give it one, and the factsheet an id with --factsheet")
	}
	return "de tekst begint niet met een titel", message.New("the text starts with no title")
}

func (b *builder) note(file string, msg message.Text) {
	b.notes = append(b.notes, Note{File: file, Message: msg})
}

func factsheetPath(f *model.Factsheet) string { return "data/factsheets/" + f.ID + "/factsheet.toml" }
func editionPath(e *model.Edition) string {
	return "data/factsheets/" + e.Factsheet.ID + "/" + e.ID + "/edition.toml"
}
func themePath(t *model.Theme) string {
	return "data/factsheets/" + t.Edition.Factsheet.ID + "/" + t.Edition.ID + "/themes/" + t.ID + ".toml"
}

const sitePath = "data/site.toml"

func (b *builder) factsheet(opts Options) *model.Factsheet {
	d := b.doc
	f := &model.Factsheet{ID: opts.Factsheet, Title: d.title, Authors: d.authors, Credits: d.credits, Publisher: d.publisher}
	if f.ID == "" {
		f.ID = newScope(model.CheckFactsheetID).id(d.title, "factsheet")
	}
	e := b.edition(f, opts.Edition)
	fp := factsheetPath(f)
	if f.Title == "" {
		comment, why := b.noTitle()
		f.Title = b.todo(fp, "title", placeholderTitle, comment, why)
	}
	if f.Publisher.Name == "" {
		f.Publisher.Name = b.todo(fp, "publisher.name", placeholderPublisher, "wie heeft de publicatie uitgegeven?",
			message.New("no line such as 'Deze publicatie is opgesteld door ...' names the publisher"))
	}
	f.Source = model.Source{Title: f.Title, Publisher: f.Publisher.Name, Published: d.published}
	if e.Subtitle != "" {
		f.Source.Title += " – " + e.Subtitle
	}
	if f.Publisher.Name == placeholderPublisher {
		b.todo(fp, "source.publisher", placeholderPublisher, "de uitgever van de oorspronkelijke publicatie",
			message.New("the publisher of the original publication"))
	}
	return f
}

// edition makes the edition with its themes, closing part and links. Its
// id is a year range in the subtitle ('2021-2024'), if there is one.
func (b *builder) edition(f *model.Factsheet, id string) *model.Edition {
	d := b.doc
	e := &model.Edition{ID: id, Factsheet: f, Title: f.Title, Subtitle: d.subtitle, Date: d.date,
		Intro: model.Markdown(d.intro.String()), ReadingGuide: model.Markdown(d.guide.String()),
		KeyFigures: d.figures, Quotes: d.quotes}
	years := yearRange.FindStringSubmatch(d.subtitle)
	if years == nil {
		years = yearRange.FindStringSubmatch(d.title)
	}
	if years != nil {
		e.Name = years[1] + "–" + years[2]
	}
	switch {
	case e.ID != "":
	case years != nil:
		e.ID = years[1] + "-" + years[2]
	case !d.date.IsZero():
		// A meeting or a post is named by its day.
		e.ID = d.date.Format("2006-01-02")
	default:
		e.ID = "editie-1"
	}
	f.Editions, f.CurrentID = []*model.Edition{e}, e.ID
	if e.Title == "" {
		comment, why := b.noTitle()
		e.Title = b.todo(editionPath(e), "title", placeholderTitle, comment, why)
	}
	pageIDs, questionIDs := newScope(model.CheckPageID), newScope(model.CheckID)
	b.themes(e, pageIDs, questionIDs)
	b.sectionLines = map[*model.Section][2]int{}
	b.sections(e, pageIDs, questionIDs)
	b.closing(e)
	b.links(e)
	if d.addressless > 0 {
		b.note("", message.New("%s without an address, such as '[Ketenbreed Leren](#)', kept as plain text",
			message.Plural(d.addressless, "%d link", "%d links")))
	}
	return e
}

// themes makes the themes. Question ids are unique in the edition, since
// cards and diffs follow them; practice ids only within their theme.
func (b *builder) themes(e *model.Edition, themeIDs, questionIDs idScope) {
	b.lines = map[*model.Theme][2]int{}
	for _, td := range b.doc.themes {
		t := &model.Theme{Edition: e, ID: themeIDs.id(td.title, "thema"), Title: td.title,
			Finding: model.Inline(td.finding), Explanation: model.Markdown(td.explanation.String()),
			Audience: td.audience, QuestionsTitle: td.questionsTitle, PracticeTitle: td.practiceTitle,
			Quotes: td.quotes, Tips: inlines(td.tips)}
		path := themePath(t)
		if t.Title == "" {
			t.Title = b.todo(path, "title", placeholderTitle, "de titel van deze rode draad", message.New("no title after 'Rode draad'"))
		}
		if t.Finding == "" {
			t.Finding = model.Inline(b.todo(path, "finding", placeholderFinding, "de bevinding: één zin", message.New("no finding after the theme title")))
		}
		for _, q := range td.questions {
			t.Questions = append(t.Questions, model.Question{ID: questionIDs.id(q.text, "vraag"), Text: model.Inline(q.text), Sub: inlines(q.sub), Note: model.Inline(q.note)})
		}
		practiceIDs := newScope(model.CheckID)
		for _, p := range td.practice {
			t.Practice = append(t.Practice, model.PracticeExample{ID: practiceIDs.id(p.text, "praktijk"), Text: model.Inline(p.text), Sub: inlines(p.sub)})
		}
		if len(t.Questions) == 0 {
			b.note(path, message.New("no reflection questions found under this theme (check warns about it)"))
		}
		e.Themes = append(e.Themes, t)
		e.ThemeIDs = append(e.ThemeIDs, t.ID)
		b.lines[t] = [2]int{td.first, td.last}
	}
}

func (b *builder) closing(e *model.Edition) {
	c := b.doc.closing
	if c.empty() {
		return
	}
	e.Closing = &model.Closing{Title: c.title, Text: model.Markdown(c.text.String()), TipsTitle: c.tipsTitle, Tips: inlines(c.tips)}
	if e.Closing.Title == "" {
		e.Closing.Title = b.todo(editionPath(e), "closing.title", placeholderTitle, "de titel van het slot", message.New("the closing part has no title"))
	}
}

// links makes the 'Meer weten?' groups. Exports of interactive PDFs keep
// the titles of publications but not their addresses; a group that lacks
// some says so in `incomplete`, as the hand-made data does, rather than
// inventing them.
func (b *builder) links(e *model.Edition) {
	missing, total := 0, 0
	for _, g := range b.doc.groups {
		lg := model.LinkGroup{Title: g.title, Numbered: g.numbered, Links: g.links}
		without := 0
		for _, l := range g.links {
			if l.URL == "" {
				without++
			}
		}
		switch {
		case without == len(g.links):
			lg.Incomplete = "De bron noemt deze publicaties zonder webadres."
		case without > 0:
			lg.Incomplete = "De bron noemt niet alle publicaties met een webadres."
		}
		missing, total = missing+without, total+len(g.links)
		e.LinkGroups = append(e.LinkGroups, lg)
	}
	if missing > 0 {
		b.note(editionPath(e), message.New("links: %d of %s have no web address; their groups are marked `incomplete`: add the addresses you know",
			missing, message.Plural(total, "%d publication", "%d publications")))
	}
}

func inlines(texts []string) []model.Inline {
	var out []model.Inline
	for _, t := range texts {
		out = append(out, model.Inline(t))
	}
	return out
}
