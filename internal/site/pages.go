package site

import "html/template"

// The types below are what the theme's templates receive, as page params
// in JSON front matter. Markdown arrives rendered (`…_html`), paths are
// from the site root and end in a slash, and everything the model knows
// (order, counts, neighbours) is worked out here, not in templates.

// frontMatter is the front matter of one generated page.
type frontMatter struct {
	Title       string   `json:"title"`
	Description string   `json:"description,omitempty"`
	Layout      string   `json:"layout"`
	Type        string   `json:"type"`
	Aliases     []string `json:"aliases,omitempty"`
	Date        string   `json:"date,omitempty"`
	Sitemap     *sitemap `json:"sitemap,omitempty"`
	Params      any      `json:"params"`
}

// sitemap is Hugo's per-page sitemap setting: the pages of a draft stay
// out of the sitemap even in a preview.
type sitemap struct {
	Disable bool `json:"disable"`
}

type pageLink struct {
	Title string `json:"title"`
	Path  string `json:"path"`
}

type homeParams struct {
	Intro      template.HTML   `json:"intro_html"`
	Factsheets []factsheetTile `json:"factsheets"`
}

type factsheetTile struct {
	Title     string         `json:"title"`
	Path      string         `json:"path"`
	Publisher string         `json:"publisher"`
	Draft     bool           `json:"draft,omitempty"` // only in a preview, for a factsheet of drafts alone
	Edition   string         `json:"edition"`
	Subtitle  string         `json:"subtitle,omitempty"`
	Date      string         `json:"date,omitempty"`
	Summary   template.HTML  `json:"summary_html"`
	Themes    int            `json:"theme_count"`
	Questions int            `json:"question_count"`
	Colours   []themeColours `json:"colours"`
}

type editionParams struct {
	Status       *editionStatus `json:"edition_status,omitempty"`
	Document     document       `json:"document"`
	Share        *shareImage    `json:"share"` // the picture of a link to the page
	Editions     []editionLink  `json:"editions"`
	Changes      *pageLink      `json:"changes,omitempty"` // what changed since the previous edition
	Factsheet    pageLink       `json:"factsheet"`
	Edition      string         `json:"edition"`
	Ref          string         `json:"ref"` // factsheet/edition, for serve's editor
	Subtitle     string         `json:"subtitle,omitempty"`
	Intro        template.HTML  `json:"intro_html,omitempty"`
	ReadingGuide template.HTML  `json:"reading_guide_html,omitempty"`
	// ReadingGuidePrint replaces ReadingGuide on paper, when it is set.
	ReadingGuidePrint template.HTML `json:"reading_guide_print_html,omitempty"`
	Themes            []themeTile   `json:"themes"`
	Sections          []sectionTile `json:"sections"`
	KeyFigures        []keyFigure   `json:"key_figures"`
	Quotes            []quote       `json:"quotes"`
	Closing           *closing      `json:"closing"`
	Decks             []download    `json:"decks"`
	Publication       *download     `json:"publication,omitempty"` // the factsheet as a PDF
	LinkGroups        []linkGroup   `json:"link_groups"`
	Colophon          colophon      `json:"colophon"`
	Questions         int           `json:"question_count"`
}

type themeTile struct {
	Title     string        `json:"title"`
	Path      string        `json:"path"`
	Finding   template.HTML `json:"finding_html"`
	Questions int           `json:"question_count"`
	Practice  int           `json:"practice_count"`
	Colours   themeColours  `json:"colours"`
}

type sectionTile struct {
	Title   string `json:"title"`
	Path    string `json:"path"`
	Current bool   `json:"current,omitempty"` // in navigation: the page it is on
	// Kinds names the building blocks in the section, for its icon and
	// summary: principles, checklist, step_plan, levels, method, ...
	Kinds []string `json:"kinds"`
}

// themeColours are the theme colour and the colours that are legible with
// it: text on the colour, and a variant of the colour for text on white.
type themeColours struct {
	Class    string `json:"class"` // sets the three below, see colourSheet
	Colour   string `json:"colour"`
	OnColour string `json:"on_colour"`
	Ink      string `json:"ink"`
}

type keyFigure struct {
	Value string        `json:"value"`
	Label string        `json:"label"`
	Note  template.HTML `json:"note_html,omitempty"`
}

type quote struct {
	Text       template.HTML `json:"html"`
	Role       string        `json:"role"`
	Context    string        `json:"context,omitempty"`
	Paraphrase bool          `json:"paraphrase"`
}

type closing struct {
	Title     string          `json:"title"`
	Text      template.HTML   `json:"text_html,omitempty"`
	TipsTitle string          `json:"tips_title,omitempty"`
	Tips      []template.HTML `json:"tips_html"`
}

type linkGroup struct {
	Title      string `json:"title"`
	Numbered   bool   `json:"numbered"`
	Incomplete string `json:"incomplete,omitempty"`
	Links      []link `json:"links"`
}

type link struct {
	Title string        `json:"title"`
	URL   string        `json:"url,omitempty"`  // a web address
	Path  string        `json:"path,omitempty"` // a page of this site
	Note  template.HTML `json:"note_html,omitempty"`
}

type colophon struct {
	// Draft is set, and nothing else, for a draft edition's colophon.
	Draft     bool         `json:"draft,omitempty"`
	Publisher organisation `json:"publisher"`
	Programme string       `json:"programme,omitempty"`
	Region    string       `json:"region,omitempty"`
	Authors   []string     `json:"authors"`
	Credits   []credit     `json:"credits"`
	Partners  []string     `json:"partners"`
	Source    source       `json:"source"`
}

type organisation struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type credit struct {
	Role string `json:"role"`
	Name string `json:"name"`
}

type source struct {
	Title     string        `json:"title"`
	Publisher string        `json:"publisher"`
	URL       string        `json:"url,omitempty"`
	Published string        `json:"published,omitempty"`
	Note      template.HTML `json:"note_html,omitempty"`
}

// document is what every printed page of an edition names at its head:
// the factsheet, the edition and its publisher, who is not named on a
// draft's pages.
type document struct {
	Factsheet string `json:"factsheet"`
	Edition   string `json:"edition"`
	Publisher string `json:"publisher,omitempty"`
}

type themeParams struct {
	Status         *editionStatus  `json:"edition_status,omitempty"`
	Document       document        `json:"document"`
	Share          *shareImage     `json:"share"` // the picture of a link to the page
	Path           string          `json:"path"`
	Ref            string          `json:"ref"` // factsheet/edition/theme, for serve's editor
	Factsheet      pageLink        `json:"factsheet"`
	Edition        pageLink        `json:"edition"`
	Colours        themeColours    `json:"colours"`
	Finding        template.HTML   `json:"finding_html"`
	Explanation    template.HTML   `json:"explanation_html,omitempty"`
	QuestionsTitle string          `json:"questions_title,omitempty"`
	Questions      []question      `json:"questions"`
	Audience       string          `json:"questions_audience,omitempty"` // the one all Questions share: see sharedAudience
	PracticeTitle  string          `json:"practice_title,omitempty"`
	Practice       []practice      `json:"practice"`
	Quotes         []quote         `json:"quotes"`
	Tips           []template.HTML `json:"tips_html"`
	Tags           []tagLink       `json:"tags"`
	Related        []pageLink      `json:"related"`
	Decks          []download      `json:"decks"`
	Nav            themeNav        `json:"nav"`
}

type question struct {
	ID string `json:"id"`
	// Ref names the question across the site, as factsheet/edition/id:
	// what 'mijn stapel' keeps and shares, and what cards --question takes.
	Ref      string          `json:"ref"`
	Text     template.HTML   `json:"html"`
	Sub      []template.HTML `json:"sub_html"`
	Note     template.HTML   `json:"note_html,omitempty"`
	Audience string          `json:"audience"`
	Level    *level          `json:"level,omitempty"`
	Mark     *questionMark   `json:"mark,omitempty"`
}

type level struct {
	ID       string `json:"id"`
	Label    string `json:"label"`
	Question string `json:"question"`
}

type practice struct {
	ID   string          `json:"id"`
	Text template.HTML   `json:"html"`
	Sub  []template.HTML `json:"sub_html"`
}

type tagLink struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Path  string `json:"path"`
}

// themeNav is what the theme buttons need: the neighbours in the
// edition's order and all themes of the edition.
// themeNav places a theme among its edition's; the theme buttons come
// from the edition's page (theme-nav.html).
type themeNav struct {
	Position int `json:"position"` // 1-based
	Count    int `json:"count"`
}

type sectionParams struct {
	Status    *editionStatus `json:"edition_status,omitempty"`
	Document  document       `json:"document"`
	Share     *shareImage    `json:"share"` // the picture of a link to the page
	Path      string         `json:"path"`
	Ref       string         `json:"ref"` // factsheet/edition/section, for serve's editor
	Factsheet pageLink       `json:"factsheet"`
	Edition   pageLink       `json:"edition"`
	Text      template.HTML  `json:"text_html,omitempty"`
	Lists     []list         `json:"lists"`
	Levels    []levelBlock   `json:"levels"`
	StepPlans []stepPlan     `json:"step_plans"`
	Methods   []method       `json:"methods"`
	Quotes    []quote        `json:"quotes"`
	Sections  []sectionTile  `json:"sections"` // all sections of the edition, for navigation
}

type list struct {
	ID         string        `json:"id,omitempty"`
	Kind       string        `json:"kind"`
	Title      template.HTML `json:"title_html"`
	Intro      template.HTML `json:"intro_html,omitempty"`
	Items      []listItem    `json:"items"`
	Incomplete string        `json:"incomplete,omitempty"`
}

type listItem struct {
	Label string          `json:"label,omitempty"`
	Text  template.HTML   `json:"html,omitempty"`
	Sub   []template.HTML `json:"sub_html"`
}

type levelBlock struct {
	Level    level         `json:"level"`
	Title    string        `json:"title"`
	Audience string        `json:"audience,omitempty"`
	Text     template.HTML `json:"text_html,omitempty"`
}

type stepPlan struct {
	ID         string        `json:"id"`
	Title      string        `json:"title"`
	Intro      template.HTML `json:"intro_html,omitempty"`
	SafetyRule template.HTML `json:"safety_rule_html,omitempty"`
	Steps      []step        `json:"steps"`
}

type step struct {
	Title     string          `json:"title"`
	Text      template.HTML   `json:"text_html,omitempty"`
	Questions []question      `json:"questions"`
	Audience  string          `json:"questions_audience,omitempty"` // the one all Questions share: see sharedAudience
	How       []template.HTML `json:"how_html"`
}

type method struct {
	ID       string          `json:"id"`
	Title    string          `json:"title"`
	Text     template.HTML   `json:"text_html,omitempty"`
	Steps    []step          `json:"steps"`
	Outcomes []template.HTML `json:"outcomes_html"`
}

type topicsParams struct {
	Topics []topicTile `json:"topics"`
}

type topicTile struct {
	Label       string `json:"label"`
	Description string `json:"description,omitempty"`
	Path        string `json:"path"`
	Themes      int    `json:"theme_count"`
	Questions   int    `json:"question_count"`
}

type topicParams struct {
	Description string       `json:"description,omitempty"`
	Themes      []topicTheme `json:"themes"`
}

// topicTheme is one theme carrying the topic's tag, with its questions.
type topicTheme struct {
	ID        string       `json:"id"` // unique across factsheets, for filters
	Title     string       `json:"title"`
	Path      string       `json:"path"`
	Factsheet string       `json:"factsheet"`
	Edition   string       `json:"edition"`
	Colours   themeColours `json:"colours"`
	Questions []question   `json:"questions"`
}

type aboutParams struct {
	Contact       template.HTML  `json:"contact_html,omitempty"`
	Organisations []organisation `json:"organisations"`
	Sources       []source       `json:"sources"`
	OpenData      []download     `json:"open_data"`
}

// cardsParams are an accessible HTML version of a deck of cards.
type cardsParams struct {
	Status   *editionStatus `json:"edition_status,omitempty"`
	Document document       `json:"document"`
	Share    *shareImage    `json:"share"` // the picture of a link to the page
	// Trail is the breadcrumbs: the edition, the theme of a theme's deck,
	// and this page.
	Trail        []pageLink  `json:"trail"`
	Instructions []string    `json:"instructions"`
	Groups       []cardGroup `json:"groups"`
	Count        int         `json:"count"`
	Decks        []download  `json:"decks"`
}

type cardGroup struct {
	ID        string        `json:"id"` // the theme's or building block's id, for filters
	Tags      []tagLink     `json:"tags"`
	Title     string        `json:"title"`
	Back      template.HTML `json:"back_html,omitempty"`
	Colours   themeColours  `json:"colours"`
	First     int           `json:"first"` // the number of its first card
	Questions []question    `json:"questions"`
}
