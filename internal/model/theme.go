package model

// Theme is a recurring theme ('rode draad'): a finding, its explanation,
// reflection questions and what shows it in practice.
type Theme struct {
	ID          string   `toml:"-"`
	Edition     *Edition `toml:"-" json:"-"`
	Title       string   `toml:"title" rd:"required"`
	Finding     Inline   `toml:"finding" rd:"required"`
	Explanation Markdown `toml:"explanation"`
	Colour      Colour   `toml:"colour"`
	// Audience is the default audience of the theme's questions.
	Audience Audience `toml:"audience"`
	// QuestionsTitle heads the questions, e.g. 'Reflectievragen voor professionals'.
	QuestionsTitle string            `toml:"questions_title"`
	Questions      []Question        `toml:"questions"`
	PracticeTitle  string            `toml:"practice_title"`
	Practice       []PracticeExample `toml:"practice"`
	Quotes         []Quote           `toml:"quotes"`
	Tips           []Inline          `toml:"tips"`
	Tags           []string          `toml:"tags"`
	// Related are references to other themes, see Site.ResolveTheme.
	Related []string `toml:"related"`
	// Formerly are ids the theme had before, in this edition or an
	// earlier one. Their addresses redirect to the theme, and the diff
	// between editions follows the theme across the rename.
	Formerly []string `toml:"formerly"`
}

// Ref is the theme's full reference, 'factsheet/edition/theme'.
func (t *Theme) Ref() string { return t.Edition.Ref() + "/" + t.ID }

// Question is a reflection question. Sub-questions belong to it and are
// always shown with it.
type Question struct {
	ID       string   `toml:"id" rd:"required"`
	Text     Inline   `toml:"text" rd:"required"`
	Sub      []Inline `toml:"sub"`
	Note     Inline   `toml:"note"`
	Audience Audience `toml:"audience"`
	Level    string   `toml:"level"` // id of a Site level
}

// PracticeExample is an observation from practice that shows a finding
// ('Waar blijkt dit uit in de praktijk?').
type PracticeExample struct {
	ID   string   `toml:"id" rd:"required"`
	Text Inline   `toml:"text" rd:"required"`
	Sub  []Inline `toml:"sub"`
}
