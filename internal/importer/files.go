package importer

import (
	"fmt"
	"github.com/rodedraad/rodedraad/internal/message"

	"github.com/rodedraad/rodedraad/internal/model"
)

// files renders the model as data files, in the layout and key order of
// the hand-made data.
func (b *builder) files(f *model.Factsheet) []File {
	e := f.Editions[0]
	files := []File{
		{sitePath, b.siteFile(f)},
		{factsheetPath(f), b.factsheetFile(f)},
		{editionPath(e), b.editionFile(e)},
	}
	for _, t := range e.Themes {
		files = append(files, File{themePath(t), b.themeFile(t)})
	}
	for _, s := range e.Sections {
		files = append(files, File{sectionPath(s), b.sectionFile(s)})
	}
	return files
}

// header says where a file came from and what a person should look at
// before publishing it. Like the files of 'rodedraad new', it speaks
// Dutch, to the people who write.
// importedBy starts every data file an import writes, so that a later
// import with --force knows its own files.
const importedBy = "Geïmporteerd met `rodedraad import`"

func (b *builder) header(w *tomlWriter, from string, check ...string) {
	w.comment(fmt.Sprintf("%s uit %s%s.", importedBy, b.source.name, from))
	for i, c := range check {
		if i == 0 {
			c = "Controleer " + c
		}
		w.comment(c)
	}
	w.b.WriteString("\n")
}

// siteFile is a start for a project that has none: a title and Dutch as
// the interface language. It is only written when there is no site.toml.
func (b *builder) siteFile(f *model.Factsheet) []byte {
	w := &tomlWriter{}
	w.comment("Gemaakt door `rodedraad import` uit " + b.source.name + ", omdat het project nog geen site.toml had.")
	w.comment("Controleer de titel van de site. Voeg onderwerpen ([[tags]]) en reflectieniveaus")
	w.comment("([[levels]]) toe als je ze nodig hebt.")
	w.b.WriteString("\n")
	title := f.Publisher.Name
	if title == placeholderPublisher {
		title = f.Title
	}
	w.str("title", title, "de naam van de hele site, waarop meer factsheets kunnen staan")
	b.note(sitePath, message.New("title: %q is a guess from the text: the name of the whole site", title))
	w.strs("languages", []string{"nl"})
	todo := b.todos[sitePath]
	for _, lv := range b.levels {
		w.table("[[levels]]")
		w.str("id", lv.ID, "")
		w.str("label", lv.Label, "")
		w.str("question", lv.Question, todo["levels."+lv.ID+".question"])
	}
	return []byte(w.String())
}

func (b *builder) factsheetFile(f *model.Factsheet) []byte {
	todo := b.todos[factsheetPath(f)]
	w := &tomlWriter{}
	b.header(w, "", "de titel, de uitgever, de auteurs en makers, en de bron.",
		"Voeg eventueel een samenvatting (summary), regio (region) en onderwerpen (tags,",
		"zie site.toml) toe.")
	w.str("title", f.Title, todo["title"])
	w.strs("authors", f.Authors)
	w.str("current", f.CurrentID, "")
	w.table("[publisher]")
	w.str("name", f.Publisher.Name, todo["publisher.name"])
	w.str("url", f.Publisher.URL, "")
	for _, c := range f.Credits {
		w.table("[[credits]]")
		w.str("role", c.Role, "")
		w.str("name", c.Name, "")
	}
	w.table("[source]")
	w.str("title", f.Source.Title, "")
	w.str("publisher", f.Source.Publisher, todo["source.publisher"])
	w.str("published", f.Source.Published, "")
	return []byte(w.String())
}

func (b *builder) editionFile(e *model.Edition) []byte {
	todo := b.todos[editionPath(e)]
	w := &tomlWriter{}
	b.header(w, "", "de inleiding en de leeswijzer, het slot met de tips en de links bij",
		"'Meer weten?'. `themes` noemt de themabestanden in leesvolgorde.")
	w.str("title", e.Title, todo["title"])
	w.str("name", e.Name, "")
	w.str("subtitle", e.Subtitle, "")
	w.date("date", e.Date)
	w.markdown("intro", string(e.Intro))
	w.markdown("reading_guide", string(e.ReadingGuide))
	w.strs("themes", e.ThemeIDs)
	w.strs("sections", e.SectionIDs)
	writeKeyFigures(w, e.KeyFigures)
	writeQuotes(w, e.Quotes)
	if c := e.Closing; c != nil {
		w.table("[closing]")
		w.str("title", c.Title, todo["closing.title"])
		w.markdown("text", string(c.Text))
		w.str("tips_title", c.TipsTitle, "")
		w.strs("tips", texts(c.Tips))
	}
	for _, g := range e.LinkGroups {
		w.table("[[links]]")
		w.str("title", g.Title, "")
		w.boolean("numbered", g.Numbered)
		w.str("incomplete", g.Incomplete, "")
		for _, l := range g.Links {
			w.table("[[links.items]]")
			w.str("title", l.Title, "")
			w.str("url", l.URL, "")
			w.str("note", string(l.Note), "")
		}
	}
	return []byte(w.String())
}

func (b *builder) themeFile(t *model.Theme) []byte {
	todo := b.todos[themePath(t)]
	lines := b.lines[t]
	w := &tomlWriter{}
	b.header(w, b.source.span(lines[0], lines[1]),
		"de titel, de bevinding en de toelichting, en of elke vraag en elk voorbeeld",
		"uit de praktijk compleet is. De ids worden adressen en volgen de vragen over edities",
		"heen: pas ze nu aan als je wilt, en houd ze vast zodra ze gepubliceerd zijn. Voeg",
		"eventueel onderwerpen (tags) en een kleur (colour) toe.")
	w.str("title", t.Title, todo["title"])
	w.str("finding", string(t.Finding), todo["finding"])
	w.markdown("explanation", string(t.Explanation))
	w.str("audience", string(t.Audience), "")
	w.str("questions_title", t.QuestionsTitle, "")
	w.str("practice_title", t.PracticeTitle, "")
	w.strs("tips", texts(t.Tips))
	for _, q := range t.Questions {
		w.table("[[questions]]")
		w.str("id", q.ID, "")
		w.str("text", string(q.Text), "")
		w.strs("sub", texts(q.Sub))
		w.str("note", string(q.Note), "")
	}
	for _, p := range t.Practice {
		w.table("[[practice]]")
		w.str("id", p.ID, "")
		w.str("text", string(p.Text), "")
		w.strs("sub", texts(p.Sub))
	}
	writeQuotes(w, t.Quotes)
	return []byte(w.String())
}

// texts turns Inline texts into plain strings for the writer.
func texts[T ~string](in []T) []string {
	out := make([]string, len(in))
	for i, t := range in {
		out[i] = string(t)
	}
	return out
}
