package importer

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rodedraad/rodedraad/internal/model"
)

// document is what the recogniser found in the text, in its order, before
// ids are made and files written.
type document struct {
	title, subtitle string
	intro, guide    markdown
	themes          []*themeDraft
	closing         closingDraft
	groups          []*groupDraft
	authors         []string
	credits         []model.Credit
	publisher       model.Organisation
	unplaced        []Unplaced
	// notes are on lines that were placed but not as they stand, such
	// as a heading whose own words the site does not print.
	notes []Note
	// addressless counts the links the text gave without an address,
	// such as '[Ketenbreed Leren](#)', now kept as text.
	addressless int

	// What the shapes other than the factsheet give: parts that are no
	// theme, numbers that sum up the work, quotes outside any part, and
	// dates.
	shape    textShape
	sections []*sectionDraft
	figures  []model.KeyFigure
	quotes   []model.Quote
	// date is the day of the edition: of the meeting a summary looks
	// back on, or of the post; published is the source's date as it
	// states it.
	date      time.Time
	published string
}

// notPlaced reports each line of a block that went nowhere.
func (d *document) notPlaced(b *block) {
	for _, l := range b.lines {
		d.unplaced = append(d.unplaced, Unplaced{Line: l.num, Text: l.raw})
	}
}

type themeDraft struct {
	title, finding                string
	explanation                   markdown
	questionsTitle, practiceTitle string
	audience                      model.Audience
	questions, practice           []itemDraft
	first, last                   int  // lines, for the file's comment
	explained                     bool // under 'Toelichting op bevinding'
	// quotes and tips are what a workshop summary gives of a theme.
	quotes []model.Quote
	tips   []string
}

// itemDraft is a question or practice example with what is nested in it.
// note is a line under a question that answers rather than asks, as in
// 'Namelijk; ...'.
type itemDraft struct {
	text string
	sub  []string
	note string
}

type closingDraft struct {
	title     string
	text      markdown
	tipsTitle string
	tips      []string
	// candidate holds the lines of a title guessed from its looks after
	// the last practice example, until text or tips confirm it.
	candidate []line
}

func (c *closingDraft) empty() bool { return c.title == "" && len(c.tips) == 0 && c.text.empty() }

type groupDraft struct {
	title    string
	numbered bool
	links    []model.Link
	lines    []line // of the title, reported if no links follow
}

// markdown collects paragraphs and list items as a Markdown text.
type markdown struct {
	b      strings.Builder
	inList bool
}

func (m *markdown) empty() bool    { return m.b.Len() == 0 }
func (m *markdown) String() string { return m.b.String() }

func (m *markdown) para(s string) {
	if !m.empty() {
		m.b.WriteString("\n\n")
	}
	m.b.WriteString(wrap(s, "", ""))
	m.inList = false
}

// item adds a list item. Nested items are indented by four spaces, deep
// enough for both '- ' and '1. ' items in CommonMark; a nested item with
// no item above it would be code, so it goes to the top.
func (m *markdown) item(b *block, text string) {
	switch {
	case m.inList:
		m.b.WriteString("\n")
	case !m.empty():
		m.b.WriteString("\n\n")
	}
	marker := "- "
	if b.depth > 0 && m.inList {
		marker = "    - "
	} else if b.numbered {
		marker = "1. "
	}
	m.b.WriteString(wrap(text, marker, strings.Repeat(" ", len(marker))))
	m.inList = true
}

// wrapWidth is where Markdown lines break, as in the hand-made files, so
// that an edit shows as a small diff.
const wrapWidth = 88

// wrap breaks text into lines of at most wrapWidth, the first starting
// with first and the others with indent, where it safely can.
func wrap(text, first, indent string) string {
	var b strings.Builder
	b.WriteString(first)
	width := utf8.RuneCountInString(first)
	for i, word := range strings.Fields(text) {
		n := utf8.RuneCountInString(word)
		switch {
		case i == 0:
		case width+1+n > wrapWidth && safeLineStart(word):
			b.WriteString("\n" + indent)
			width = utf8.RuneCountInString(indent)
		default:
			b.WriteString(" ")
			width++
		}
		b.WriteString(word)
		width += n
	}
	return b.String()
}

// safeLineStart reports a word that can start a line of a paragraph: one
// that starts with a letter, maybe after emphasis, a bracket or a quote. A
// line starting with '-', '1.', '#', '>' or '=' could start a list,
// heading, quote or underline in Markdown.
func safeLineStart(word string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(word, "*_('\"‘“"))
	return unicode.IsLetter(r)
}
