package model

// Section is a titled part of an edition that is not a theme: principles,
// signal checklists, a step plan, reflection levels, a method, or plain
// text. Its blocks appear in the order of the fields below.
type Section struct {
	ID        string             `toml:"-"`
	Edition   *Edition           `toml:"-" json:"-"`
	Title     string             `toml:"title" rd:"required"`
	Text      Markdown           `toml:"text"`
	Lists     []List             `toml:"lists"`
	Levels    []LevelDescription `toml:"levels"`
	StepPlans []StepPlan         `toml:"step_plans"`
	Methods   []Method           `toml:"methods"`
	Quotes    []Quote            `toml:"quotes"`
	// Formerly are ids the section had before, in this edition or an
	// earlier one. Their addresses redirect to the section.
	Formerly []string `toml:"formerly"`
}

// StepLists are the steps of the section's step plans and methods.
func (s *Section) StepLists() [][]Step {
	var lists [][]Step
	for i := range s.StepPlans {
		lists = append(lists, s.StepPlans[i].Steps)
	}
	for i := range s.Methods {
		lists = append(lists, s.Methods[i].Steps)
	}
	return lists
}

// List is a titled list of a known kind, such as the principles of working
// together or the signals of a barrier between professionals.
type List struct {
	ID    string     `toml:"id"`
	Kind  ListKind   `toml:"kind" rd:"required"`
	Title string     `toml:"title" rd:"required"`
	Intro Markdown   `toml:"intro"`
	Items []ListItem `toml:"items"`
	// Incomplete says what the source leaves out, such as a list it
	// announces but does not give.
	Incomplete string `toml:"incomplete"`
}

// ListKind says what a list holds; it decides how the list is shown.
type ListKind string

// The kinds of list.
const (
	Principles ListKind = "principles" // starting points of working together
	Conditions ListKind = "conditions" // preconditions that must be in place
	Checklist  ListKind = "checklist"  // signals to check a situation against
	Guidance   ListKind = "guidance"   // how and what to do, with labelled items
	Plain      ListKind = "list"       // any other list
)

// ListKinds are all kinds of list, in the order they are documented.
var ListKinds = []ListKind{Principles, Conditions, Checklist, Guidance, Plain}

// ListItem is one entry of a list, optionally labelled ('Hoe', 'Wat') and
// with entries of its own. In TOML it is a string or a table.
type ListItem struct {
	Label string   `toml:"label"`
	Text  Inline   `toml:"text"`
	Sub   []Inline `toml:"sub"`
}

// SetShorthand lets a plain string stand for an item with only text.
func (li *ListItem) SetShorthand(s string) { li.Text = Inline(s) }

// LevelDescription describes how one reflection level plays out in a
// publication: who works at that level and what it asks of them.
type LevelDescription struct {
	Level    string   `toml:"level" rd:"required"` // id of a Site level
	Title    string   `toml:"title" rd:"required"`
	Audience Audience `toml:"audience"`
	Text     Markdown `toml:"text"`
}

// StepPlan is an ordered plan, such as the escalation of a barrier between
// professionals. SafetyRule states when steps may be skipped.
type StepPlan struct {
	ID         string   `toml:"id" rd:"required"`
	Title      string   `toml:"title" rd:"required"`
	Intro      Markdown `toml:"intro"`
	SafetyRule Inline   `toml:"safety_rule"`
	Steps      []Step   `toml:"steps" rd:"required"`
}

// Step is one step of a step plan or method: what to do, the questions to
// ask oneself on the way, and how to go about it.
type Step struct {
	Title     string     `toml:"title" rd:"required"`
	Text      Markdown   `toml:"text"`
	Questions []Question `toml:"questions"`
	How       []Inline   `toml:"how"`
}

// Method describes a way of working, such as the timeline-based reflection
// session.
type Method struct {
	ID       string   `toml:"id" rd:"required"`
	Title    string   `toml:"title" rd:"required"`
	Text     Markdown `toml:"text"`
	Steps    []Step   `toml:"steps"`
	Outcomes []Inline `toml:"outcomes"`
}

// Colour is the section's colour where it needs one, as on cards: the
// palette colour after the edition's themes'.
func (s *Section) Colour() Colour {
	for i, other := range s.Edition.Sections {
		if other == s {
			return ThemePalette[(len(s.Edition.Themes)+i)%len(ThemePalette)]
		}
	}
	return ThemePalette[0]
}
