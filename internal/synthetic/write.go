package synthetic

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/rodedraad/rodedraad/internal/model"
)

// WriteProject writes s as a rodedraad project in dir: data/site.toml and,
// per factsheet, factsheet.toml, edition.toml and a file for each theme and
// section, laid out as the README describes. Optional keys that are empty
// are left out. It writes what Corpus makes; sections with step plans,
// methods or level descriptions are refused rather than written in part.
func WriteProject(s *model.Site, dir string) error {
	w := writer{dir: filepath.Join(dir, "data")}
	w.file("site.toml", siteFile{
		Title: s.Title, Description: s.Description, Languages: s.Languages, Contact: s.Contact,
		Licence: s.Licence, Organisations: organisations(s.Organisations), Tags: tagFiles(s.Tags), Levels: s.Levels,
	})
	for _, f := range s.Factsheets {
		base := filepath.Join("factsheets", f.ID)
		w.file(filepath.Join(base, "factsheet.toml"), factsheetFile{
			Title: f.Title, Summary: f.Summary, Publisher: organisation(f.Publisher), Programme: f.Programme,
			Region: f.Region, Partners: f.Partners, Authors: f.Authors, Credits: f.Credits,
			Source: sourceFile{f.Source.Title, f.Source.Publisher, f.Source.URL, f.Source.Published, f.Source.Note},
			Tags:   f.Tags, Current: f.CurrentID,
		})
		for _, e := range f.Editions {
			w.edition(filepath.Join(base, e.ID), e)
		}
	}
	return w.err
}

type writer struct {
	dir string
	err error
}

func (w *writer) file(rel string, v any) {
	if w.err != nil {
		return
	}
	var buf bytes.Buffer
	enc := toml.NewEncoder(&buf)
	enc.Indent = ""
	if err := enc.Encode(v); err != nil {
		w.err = fmt.Errorf("%s: %w", rel, err)
		return
	}
	path := filepath.Join(w.dir, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		w.err = err
		return
	}
	w.err = os.WriteFile(path, buf.Bytes(), 0o644)
}

func (w *writer) edition(dir string, e *model.Edition) {
	ef := editionFile{
		Title: e.Title, Name: e.Name, Subtitle: e.Subtitle, Previous: e.Previous, Notice: e.Notice,
		Intro: e.Intro, ReadingGuide: e.ReadingGuide, Themes: e.ThemeIDs, Sections: e.SectionIDs,
		Quotes: quoteFiles(e.Quotes),
	}
	if !e.Date.IsZero() {
		d := localDate(e.Date)
		ef.Date = &d
	}
	for _, k := range e.KeyFigures {
		ef.KeyFigures = append(ef.KeyFigures, keyFigureFile{k.Value, k.Unit, k.Prefix, k.Label, k.Note})
	}
	if c := e.Closing; c != nil {
		ef.Closing = &closingFile{c.Title, c.Text, c.TipsTitle, c.Tips}
	}
	for _, g := range e.LinkGroups {
		gf := linkGroupFile{Title: g.Title, Numbered: g.Numbered, Incomplete: g.Incomplete}
		for _, l := range g.Links {
			gf.Links = append(gf.Links, linkFile{l.Title, l.URL, l.Theme, l.Note})
		}
		ef.Links = append(ef.Links, gf)
	}
	w.file(filepath.Join(dir, "edition.toml"), ef)
	for _, t := range e.Themes {
		tf := themeFile{
			Title: t.Title, Finding: t.Finding, Explanation: t.Explanation, Colour: t.Colour, Audience: t.Audience,
			QuestionsTitle: t.QuestionsTitle, PracticeTitle: t.PracticeTitle, Tips: t.Tips, Tags: t.Tags,
			Related: t.Related, Formerly: t.Formerly, Quotes: quoteFiles(t.Quotes),
		}
		if len(t.Questions) == 0 {
			tf.Questions = []questionFile{} // written as questions = [], on purpose
		}
		for _, q := range t.Questions {
			qf := questionFile{q.ID, q.Text, q.Sub, q.Note, q.Audience, q.Level}
			if q.Audience == t.Audience {
				qf.Audience = "" // the theme's, as the loader fills it in
			}
			tf.Questions = append(tf.Questions, qf)
		}
		for _, p := range t.Practice {
			tf.Practice = append(tf.Practice, practiceFile{p.ID, p.Text, p.Sub})
		}
		w.file(filepath.Join(dir, "themes", t.ID+".toml"), tf)
	}
	for _, s := range e.Sections {
		if len(s.StepPlans)+len(s.Methods)+len(s.Levels) > 0 && w.err == nil {
			w.err = fmt.Errorf("section %s/%s: step plans, methods and level descriptions cannot be written", e.Ref(), s.ID)
			return
		}
		sf := sectionFile{Title: s.Title, Text: s.Text, Quotes: quoteFiles(s.Quotes)}
		for _, l := range s.Lists {
			lf := listFile{ID: l.ID, Kind: l.Kind, Title: l.Title, Intro: l.Intro, Incomplete: l.Incomplete}
			for _, it := range l.Items {
				lf.Items = append(lf.Items, listItemFile{it.Label, it.Text, it.Sub})
			}
			sf.Lists = append(sf.Lists, lf)
		}
		w.file(filepath.Join(dir, "sections", s.ID+".toml"), sf)
	}
}

// The files' shapes: the model's keys, with the optional ones left out
// when empty (the model writes every key, and an empty required key is an
// error).

type siteFile struct {
	Title         string             `toml:"title"`
	Description   string             `toml:"description,omitempty"`
	Languages     []string           `toml:"languages,omitempty"`
	Contact       model.Markdown     `toml:"contact,omitempty"`
	Licence       model.Licence      `toml:"licence,omitempty"`
	Organisations []organisationFile `toml:"organisations,omitempty"`
	Levels        []model.Level      `toml:"levels,omitempty"`
	Tags          []tagFile          `toml:"tags,omitempty"`
}

type organisationFile struct {
	Name string `toml:"name"`
	URL  string `toml:"url,omitempty"`
	Role string `toml:"role,omitempty"`
}

func organisation(o model.Organisation) organisationFile { return organisationFile(o) }

func organisations(os []model.Organisation) []organisationFile {
	var out []organisationFile
	for _, o := range os {
		out = append(out, organisation(o))
	}
	return out
}

type tagFile struct {
	ID          string `toml:"id"`
	Label       string `toml:"label"`
	Description string `toml:"description,omitempty"`
}

func tagFiles(tags []model.Tag) []tagFile {
	var out []tagFile
	for _, t := range tags {
		out = append(out, tagFile(t))
	}
	return out
}

type factsheetFile struct {
	Title     string           `toml:"title"`
	Summary   model.Inline     `toml:"summary,omitempty"`
	Programme string           `toml:"programme,omitempty"`
	Region    string           `toml:"region,omitempty"`
	Partners  []string         `toml:"partners,omitempty"`
	Authors   []string         `toml:"authors,omitempty"`
	Tags      []string         `toml:"tags,omitempty"`
	Current   string           `toml:"current,omitempty"`
	Publisher organisationFile `toml:"publisher"`
	Credits   []model.Credit   `toml:"credits,omitempty"`
	Source    sourceFile       `toml:"source"`
}

type sourceFile struct {
	Title     string         `toml:"title"`
	Publisher string         `toml:"publisher"`
	URL       string         `toml:"url,omitempty"`
	Published string         `toml:"published,omitempty"`
	Note      model.Markdown `toml:"note,omitempty"`
}

// localDate is written as a TOML local date, such as 2022-11-02.
type localDate time.Time

func (d localDate) MarshalTOML() ([]byte, error) {
	return []byte(time.Time(d).Format(time.DateOnly)), nil
}

type editionFile struct {
	Title        string          `toml:"title"`
	Name         string          `toml:"name,omitempty"`
	Subtitle     string          `toml:"subtitle,omitempty"`
	Date         *localDate      `toml:"date,omitempty"`
	Previous     string          `toml:"previous,omitempty"`
	Notice       model.Markdown  `toml:"notice,omitempty"`
	Intro        model.Markdown  `toml:"intro,omitempty"`
	ReadingGuide model.Markdown  `toml:"reading_guide,omitempty"`
	Themes       []string        `toml:"themes,omitempty"`
	Sections     []string        `toml:"sections,omitempty"`
	KeyFigures   []keyFigureFile `toml:"key_figures,omitempty"`
	Quotes       []quoteFile     `toml:"quotes,omitempty"`
	Closing      *closingFile    `toml:"closing,omitempty"`
	Links        []linkGroupFile `toml:"links,omitempty"`
}

type keyFigureFile struct {
	Value  float64      `toml:"value"`
	Unit   string       `toml:"unit,omitempty"`
	Prefix string       `toml:"prefix,omitempty"`
	Label  string       `toml:"label"`
	Note   model.Inline `toml:"note,omitempty"`
}

type quoteFile struct {
	Text       model.Inline `toml:"text"`
	Role       string       `toml:"role"`
	Context    string       `toml:"context,omitempty"`
	Paraphrase bool         `toml:"paraphrase,omitempty"`
}

func quoteFiles(qs []model.Quote) []quoteFile {
	var out []quoteFile
	for _, q := range qs {
		out = append(out, quoteFile(q))
	}
	return out
}

type closingFile struct {
	Title     string         `toml:"title"`
	Text      model.Markdown `toml:"text,omitempty"`
	TipsTitle string         `toml:"tips_title,omitempty"`
	Tips      []model.Inline `toml:"tips,omitempty"`
}

type linkGroupFile struct {
	Title      string     `toml:"title"`
	Numbered   bool       `toml:"numbered,omitempty"`
	Incomplete string     `toml:"incomplete,omitempty"`
	Links      []linkFile `toml:"items"`
}

type linkFile struct {
	Title string       `toml:"title"`
	URL   string       `toml:"url,omitempty"`
	Theme string       `toml:"theme,omitempty"`
	Note  model.Inline `toml:"note,omitempty"`
}

type themeFile struct {
	Title          string         `toml:"title"`
	Finding        model.Inline   `toml:"finding"`
	Explanation    model.Markdown `toml:"explanation,omitempty"`
	Colour         model.Colour   `toml:"colour,omitempty"`
	Audience       model.Audience `toml:"audience,omitempty"`
	QuestionsTitle string         `toml:"questions_title,omitempty"`
	PracticeTitle  string         `toml:"practice_title,omitempty"`
	Tips           []model.Inline `toml:"tips,omitempty"`
	Tags           []string       `toml:"tags,omitempty"`
	Related        []string       `toml:"related,omitempty"`
	Formerly       []string       `toml:"formerly,omitempty"`
	Questions      []questionFile `toml:"questions"`
	Practice       []practiceFile `toml:"practice,omitempty"`
	Quotes         []quoteFile    `toml:"quotes,omitempty"`
}

type questionFile struct {
	ID       string         `toml:"id"`
	Text     model.Inline   `toml:"text"`
	Sub      []model.Inline `toml:"sub,omitempty"`
	Note     model.Inline   `toml:"note,omitempty"`
	Audience model.Audience `toml:"audience,omitempty"`
	Level    string         `toml:"level,omitempty"`
}

type practiceFile struct {
	ID   string         `toml:"id"`
	Text model.Inline   `toml:"text"`
	Sub  []model.Inline `toml:"sub,omitempty"`
}

type sectionFile struct {
	Title  string         `toml:"title"`
	Text   model.Markdown `toml:"text,omitempty"`
	Lists  []listFile     `toml:"lists,omitempty"`
	Quotes []quoteFile    `toml:"quotes,omitempty"`
}

type listFile struct {
	ID         string         `toml:"id,omitempty"`
	Kind       model.ListKind `toml:"kind"`
	Title      string         `toml:"title"`
	Intro      model.Markdown `toml:"intro,omitempty"`
	Incomplete string         `toml:"incomplete,omitempty"`
	Items      []listItemFile `toml:"items,omitempty"`
}

type listItemFile struct {
	Label string         `toml:"label,omitempty"`
	Text  model.Inline   `toml:"text"`
	Sub   []model.Inline `toml:"sub,omitempty"`
}
