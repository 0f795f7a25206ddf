package importer

import (
	"regexp"
	"strings"
	"unicode"
)

// line is one line of the input and what the scanner made of it.
type line struct {
	num int // 1-based, as an editor shows it
	// raw is the line as it stands, trimmed; reports quote it so it can
	// be found in the input.
	raw string
	// indent is the width of the leading white space; a tab counts as
	// four, so a tab nests as deep as an indented bullet usually does.
	indent int
	kind   lineKind
	// text is the content: white space trimmed, and the markers '>' and
	// '#' and the bullet or number taken off.
	text     string
	numbered bool // an item marked '1.' or '1)'
}

type lineKind int

const (
	blankLine lineKind = iota
	textLine
	itemLine
)

// splitLines normalises an export as it comes: Windows or old Mac line
// ends and invisible characters are common in text copied out of PDF or
// Word, and none of them is content.
func splitLines(s string) []line {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var lines []line
	for i, raw := range strings.Split(s, "\n") {
		lines = append(lines, scanLine(i+1, clean(raw)))
	}
	return lines
}

// clean drops control and zero-width characters, which TOML would have
// to escape and readers cannot see, and turns odd spaces into plain ones.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return r
		case r == '\u00a0' || r == '\u2007' || r == '\u202f' || r == '\u2028' || r == '\u2029':
			return ' '
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			return -1
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// separator is a Markdown rule ('---', '***'): layout, not text.
var separator = regexp.MustCompile(`^([-*_=])(\s*[-*_=]){2,}$`)

func scanLine(num int, s string) line {
	l := line{num: num, raw: strings.TrimSpace(s), indent: indentOf(s)}
	t := stripMarkers(l.raw)
	if t == "" || separator.MatchString(t) {
		return l
	}
	if rest, numbered, ok := cutBullet(t); ok {
		l.kind, l.numbered = itemLine, numbered
		// Link lists in the exports read '- > [title](#)'.
		l.text = collapse(stripMarkers(rest))
		return l
	}
	l.kind, l.text = textLine, collapse(t)
	return l
}

// collapse turns runs of spaces and tabs inside a line into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func indentOf(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// stripMarkers takes off the quote markers ('> Rode draad') and Markdown
// heading markers ('## Leeswijzer') that exports put before headings.
func stripMarkers(s string) string {
	for {
		s = strings.TrimSpace(s)
		switch {
		case strings.HasPrefix(s, ">"):
			s = s[1:]
		case strings.HasPrefix(s, "#"):
			rest := strings.TrimLeft(s, "#")
			if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
				return s // '#1' or '#hashtag' is text
			}
			s = rest
		default:
			return s
		}
	}
}

var numberMarker = regexp.MustCompile(`^\d{1,3}[.)](\s+|$)`)

// cutBullet recognises a list item: '-', '*', '+' and '–' need a space
// after them, since '*emphasis*' and '-5%' start lines too; the bullet
// characters of word processors need none.
func cutBullet(s string) (rest string, numbered, ok bool) {
	if m := numberMarker.FindString(s); m != "" {
		return strings.TrimSpace(s[len(m):]), true, true
	}
	for _, b := range []string{"-", "*", "+", "–"} {
		if s == b {
			return "", false, true
		}
		if after, found := strings.CutPrefix(s, b); found && (after[0] == ' ' || after[0] == '\t') {
			return strings.TrimSpace(after), false, true
		}
	}
	for _, b := range []string{"•", "◦", "▪", "‣", "●", "○", "■"} {
		if after, found := strings.CutPrefix(s, b); found {
			return strings.TrimSpace(after), false, true
		}
	}
	return "", false, false
}

// shouting reports a line in capitals only, such as a logo's lettering
// ('KENNISWERKPLAATS') that an export carries along with the text.
func shouting(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
