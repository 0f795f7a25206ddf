package importer

import "strings"

// block is a unit of the text: a paragraph, a list item or a heading the
// importer knows. Lines broken in the middle of a sentence come together
// here, so everything after works on whole paragraphs and items.
type block struct {
	kind  blockKind
	lines []line // where it came from, for reports and comments
	text  string // the lines' text joined with single spaces

	heading heading // headingBlock: which one, and its text

	depth    int  // itemBlock: 0 at the top of a list, 1 nested
	numbered bool // itemBlock: marked '1.' or '1)'
	// shout marks a paragraph of one line in capitals only: lettering of
	// a logo, as a rule, unless it stands where a title belongs.
	shout bool
}

type blockKind int

const (
	paraBlock blockKind = iota
	itemBlock
	headingBlock
)

func (b *block) first() int { return b.lines[0].num }
func (b *block) last() int  { return b.lines[len(b.lines)-1].num }

// blocks groups lines: consecutive text lines make a paragraph, and text
// lines right after an item continue it; an empty line ends both. A known
// heading stands alone, even without empty lines around it. Items nest
// when they are indented deeper than the first item of their list, so a
// list that is indented as a whole stays flat.
func blocks(lines []line) []block {
	var out []block
	open := -1   // index in out of the paragraph or item that takes continuation lines
	base := -1   // indentation of the current list's top-level items; -1 outside a list
	broken := -1 // index in out of a paragraph an empty line ended mid-sentence
	for _, l := range lines {
		if l.kind != blankLine && broken >= 0 && !continuesAcrossBreak(l) {
			broken = -1
		}
		switch l.kind {
		case blankLine:
			if open >= 0 && out[open].kind == paraBlock && !out[open].shout && endsMidSentence(out[open].text) {
				broken = open
			}
			open = -1
		case itemLine:
			depth := 0
			switch {
			case base < 0 || l.indent <= base:
				base = l.indent
			default:
				depth = 1
			}
			out = append(out, block{kind: itemBlock, lines: []line{l}, text: l.text, depth: depth, numbered: l.numbered})
			open = len(out) - 1
		default:
			if h := headingOf(l.text); h.kind != noHeading {
				out = append(out, block{kind: headingBlock, lines: []line{l}, text: l.text, heading: h})
				open, base = -1, -1
				continue
			}
			if shouting(l.text) {
				// Capitals neither continue nor get continued: they are
				// lettering between the sentences, not part of them.
				out = append(out, block{kind: paraBlock, lines: []line{l}, text: l.text, shout: true})
				open = -1
				continue
			}
			if open < 0 && broken >= 0 {
				open, broken = broken, -1
			}
			if open >= 0 {
				b := &out[open]
				b.lines = append(b.lines, l)
				b.text = joinText(b.text, l.text)
				continue
			}
			out = append(out, block{kind: paraBlock, lines: []line{l}, text: l.text})
			open, base = len(out)-1, -1
		}
	}
	return out
}

// A page break in a PDF becomes an empty line in its text export, and
// cuts a sentence into two paragraphs: '... hebben we ervoor gekozen om'
// and 'de reflectievragen ...'. A paragraph of some length that stops
// without the end of a sentence, followed by one that starts in lowercase,
// is one paragraph.
const brokenParagraphWords = 8

func endsMidSentence(text string) bool {
	return len(strings.Fields(text)) >= brokenParagraphWords && !strings.ContainsAny(lastRune(text), ".!?:;…)\"'”’*_")
}

func continuesAcrossBreak(l line) bool {
	return l.kind == textLine && startsLower(l.text) && headingOf(l.text).kind == noHeading
}

// joinText joins two parts of a sentence, and collapses the runs of
// spaces and tabs that exports leave inside lines.
func joinText(a, b string) string {
	return strings.Join(strings.Fields(a+" "+b), " ")
}

// paraOf makes a paragraph of some lines, such as what is left of a
// paragraph once its first line turned out to be a title.
func paraOf(lines []line) block {
	b := block{kind: paraBlock, lines: lines}
	for _, l := range lines {
		b.text = joinText(b.text, l.text)
	}
	return b
}
