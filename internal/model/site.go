package model

import "slices"

// Site is a whole rodedraad project: its identity, the vocabularies its
// factsheets share (tags, reflection levels) and the factsheets themselves.
type Site struct {
	Title         string         `toml:"title" rd:"required"`
	Description   string         `toml:"description"`
	Languages     []string       `toml:"languages"` // first one is the default
	Organisations []Organisation `toml:"organisations"`
	Licence       Licence        `toml:"licence"`
	Rights        Rights         `toml:"rights"`
	Contact       Markdown       `toml:"contact"`
	Tags          []Tag          `toml:"tags"`
	Levels        []Level        `toml:"levels"`

	Factsheets []*Factsheet `toml:"-"`
}

// Organisation is a publisher, partner or the organisation behind the site.
type Organisation struct {
	Name string `toml:"name" rd:"required"`
	URL  string `toml:"url"`
	Role string `toml:"role"`
}

// Licence is the licence of the texts the site's makers wrote themselves:
// the interface and the pages in content/, such as a guide. Without
// Rights.Sources the site shows it as the licence of all its texts, the
// factsheets' too, as sites from before Rights did.
type Licence struct {
	Name string `toml:"name" rd:"required"` // e.g. 'CC BY 4.0'
	URL  string `toml:"url"`
}

// Rights says what holds for the texts the site's makers did not write
// themselves.
type Rights struct {
	// Sources says what holds for the factsheets, which restate the
	// publications of others: for instance that the rights to those stay
	// with their publishers. Every page shows it with the licence.
	Sources Inline `toml:"sources" rd:"required"`
}

// LicenceCoversAll reports whether the licence is shown as that of all
// the site's texts: a site with a licence and no statement on its sources.
func (s *Site) LicenceCoversAll() bool { return s.Licence.Name != "" && s.Rights.Sources == "" }

// Tag connects themes across factsheets, such as every theme about 'regie'.
type Tag struct {
	ID          string `toml:"id" rd:"required"`
	Label       string `toml:"label" rd:"required"`
	Description string `toml:"description"`
}

// ThemesTagged returns the themes of the factsheets' current editions
// that carry the tag, in the order of the factsheets: what the topic's
// page shows and its deck holds.
func (s *Site) ThemesTagged(tag string) []*Theme {
	var themes []*Theme
	for _, f := range s.Factsheets {
		if e := f.Current(); e != nil {
			for _, t := range e.Themes {
				if slices.Contains(t.Tags, tag) {
					themes = append(themes, t)
				}
			}
		}
	}
	return themes
}

// Level is a reflection level with its guiding question, such as
// 'Doe ik het goed?'. Questions and level descriptions refer to it by id.
type Level struct {
	ID       string `toml:"id" rd:"required"`
	Label    string `toml:"label" rd:"required"`
	Question string `toml:"question" rd:"required"`
}

// SupportedLanguages are the interface languages the site can be built in.
var SupportedLanguages = []string{"nl", "en", "fy"}

// LanguagesOrDefault returns the interface languages, default first;
// Dutch alone when none are configured.
func (s *Site) LanguagesOrDefault() []string {
	if len(s.Languages) == 0 {
		return []string{"nl"}
	}
	return s.Languages
}

// DefaultLanguage is the first interface language.
func (s *Site) DefaultLanguage() string { return s.LanguagesOrDefault()[0] }

// Factsheet returns the factsheet with the given id, or nil.
func (s *Site) Factsheet(id string) *Factsheet {
	for _, f := range s.Factsheets {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// Tag returns the tag with the given id, or nil.
func (s *Site) Tag(id string) *Tag {
	for i := range s.Tags {
		if s.Tags[i].ID == id {
			return &s.Tags[i]
		}
	}
	return nil
}

// Level returns the reflection level with the given id, or nil.
func (s *Site) Level(id string) *Level {
	for i := range s.Levels {
		if s.Levels[i].ID == id {
			return &s.Levels[i]
		}
	}
	return nil
}

// DropDrafts removes the draft editions from s, and the factsheets
// that have nothing else, and returns them: what is left is what a
// published site holds. Every output works from the model, so a plain
// build leaves drafts out of all of them by this one step.
func (s *Site) DropDrafts() []*Edition {
	var drafts []*Edition
	sheets := s.Factsheets[:0]
	for _, f := range s.Factsheets {
		editions := f.Editions[:0]
		for _, e := range f.Editions {
			if e.Draft {
				drafts = append(drafts, e)
			} else {
				editions = append(editions, e)
			}
		}
		f.Editions = editions
		if len(editions) > 0 {
			sheets = append(sheets, f)
		}
	}
	s.Factsheets = sheets
	return drafts
}

// Drafts returns the draft editions of s.
func (s *Site) Drafts() []*Edition {
	var drafts []*Edition
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			if e.Draft {
				drafts = append(drafts, e)
			}
		}
	}
	return drafts
}
