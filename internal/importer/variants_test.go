package importer

import (
	"fmt"
	"github.com/rodedraad/rodedraad/internal/message"
	"regexp"
	"strings"
	"testing"
)

// Exports of one publication differ in form. Each variant below changes
// the form of the fixture the way real exports do; the import must find
// the same factsheet in all of them.

// transform rewrites the fixture's lines.
type transform func(lines []string) []string

// eachLine applies f to every line, with its index.
func eachLine(f func(i int, l string) string) transform {
	return func(lines []string) []string {
		out := make([]string, len(lines))
		for i, l := range lines {
			out[i] = f(i, l)
		}
		return out
	}
}

func isBullet(l string) bool {
	_, _, ok := cutBullet(strings.TrimSpace(l))
	return ok
}

func isHeadingMarker(l string) bool { return strings.HasPrefix(l, "> ") }

// extraBlankLines puts one to three empty lines after every line and
// some before the first.
func extraBlankLines(lines []string) []string {
	out := []string{"", "", ""}
	for i, l := range lines {
		out = append(out, l)
		for range i%3 + 1 {
			out = append(out, "")
		}
	}
	return out
}

// strayWhitespace indents text lines with spaces and tabs, adds spaces
// and tabs after every line and fills empty lines with them. Lists move
// as a whole, as when an export indents a quoted list.
var strayWhitespace = eachLine(func(i int, l string) string {
	pad := []string{" ", "\t", "  \t ", "   "}[i%4]
	switch {
	case l == "":
		return pad
	case isBullet(l):
		return "  " + l + pad
	default:
		return pad + l + " \t"
	}
})

var noMarkers = eachLine(func(_ int, l string) string { return strings.TrimPrefix(l, "> ") })

var tightMarkers = eachLine(func(_ int, l string) string {
	if isHeadingMarker(l) {
		return ">" + l[2:]
	}
	return l
})

var markdownHeadings = eachLine(func(_ int, l string) string {
	if isHeadingMarker(l) {
		return "## " + l[2:]
	}
	switch l {
	case "Leeswijzer", "Toelichting op bevinding", "Meer weten?", "Auteurs", "Tot slot":
		return "### " + l
	}
	return l
})

// shoutedHeadings writes the headings in capitals or with odd spacing and
// a colon, as they come out of some PDFs.
var shoutedHeadings = eachLine(func(i int, l string) string {
	switch {
	case l == "> Rode draad" && i%2 == 0:
		return "> RODE DRAAD"
	case l == "> Rode draad":
		return "Rode  draad :"
	case l == "> Waar blijkt dit uit in de praktijk?":
		return ">  Waar  blijkt dit uit in de praktijk ?"
	case l == "> Reflectievragen voor professionals":
		return "> Reflectievragen voor professionals:"
	case l == "Toelichting op bevinding":
		return "TOELICHTING OP BEVINDING:"
	case l == "Leeswijzer", l == "Meer weten?", l == "Auteurs":
		return strings.ToUpper(l)
	}
	return l
})

var singleQuoted = regexp.MustCompile(`'([^']*)'`)

// curlyQuotes curls the quotes in the text and puts some headings between
// quotes.
var curlyQuotes = eachLine(func(_ int, l string) string {
	switch l {
	case "> Rode draad":
		return "> ‘Rode draad’"
	case "Meer weten?":
		return "“Meer weten?”"
	case "Toelichting op bevinding":
		return "‘Toelichting op bevinding’:"
	}
	l = singleQuoted.ReplaceAllString(l, "‘$1’")
	return strings.ReplaceAll(l, "'", "’")
})

// brokenLines breaks every long line at 40 characters, as PDF exports do;
// continued items are indented or not, in turns.
func brokenLines(lines []string) []string {
	var out []string
	for i, l := range lines {
		indent := ""
		if isBullet(l) && i%2 == 0 {
			indent = strings.Repeat(" ", len(l)-len(strings.TrimLeft(l, " "))+2)
		}
		var cur string
		for _, w := range strings.Fields(l) {
			if cur != "" && len(cur)+1+len(w) > 40 {
				out = append(out, cur)
				cur = indent + w
				continue
			}
			if cur == "" {
				cur = l[:len(l)-len(strings.TrimLeft(l, " "))] + w
			} else {
				cur += " " + w
			}
		}
		out = append(out, cur)
	}
	return out
}

// otherBullets marks each list in another way: '*', '•', '1.', '1)', and
// nested items with '◦' or '*'.
func otherBullets(lines []string) []string {
	styles := []string{"* ", "• ", "#. ", "#) ", "- "}
	list, n := -1, 0
	inList := false
	out := make([]string, len(lines))
	for i, l := range lines {
		trimmed := strings.TrimLeft(l, " ")
		indent := l[:len(l)-len(trimmed)]
		rest, _, ok := cutBullet(trimmed)
		switch {
		case !ok:
			out[i] = l
			if l != "" {
				inList = false
			}
			continue
		case !inList:
			list, n, inList = list+1, 0, true
		}
		if indent != "" {
			out[i] = indent + []string{"◦ ", "* "}[list%2] + rest
			continue
		}
		n++
		out[i] = strings.Replace(styles[list%len(styles)], "#", fmt.Sprint(n), 1) + rest
	}
	return out
}

func nestWith(indent string) transform {
	return eachLine(func(_ int, l string) string {
		if rest, ok := strings.CutPrefix(l, "  - "); ok {
			return indent + "- " + rest
		}
		return l
	})
}

func compose(ts ...transform) transform {
	return func(lines []string) []string {
		for _, t := range ts {
			lines = t(lines)
		}
		return lines
	}
}

// render turns the lines into a file: with "\n" line ends, or "\r\n" and
// a byte order mark for the Windows variants.
type variant struct {
	name    string
	t       transform
	windows bool
}

var variants = []variant{
	{"extra blank lines", extraBlankLines, false},
	{"stray spaces and tabs", strayWhitespace, false},
	{"no '> ' markers", noMarkers, false},
	{"'>' without space", tightMarkers, false},
	{"Markdown headings", markdownHeadings, false},
	{"headings in capitals, with colons and spaces", shoutedHeadings, false},
	{"curly quotes", curlyQuotes, false},
	{"lines broken mid-sentence", brokenLines, false},
	{"windows line ends and BOM", func(l []string) []string { return l }, true},
	{"bullets *, •, 1. and 1)", otherBullets, false},
	{"nested with a tab", nestWith("\t"), false},
	{"nested with four spaces", nestWith("    "), false},
	{"all at once", compose(curlyQuotes, noMarkers, otherBullets, extraBlankLines, brokenLines, strayWhitespace), true},
}

func (v variant) apply(src []byte) []byte {
	lines := v.t(strings.Split(strings.TrimSuffix(string(src), "\n"), "\n"))
	if v.windows {
		return []byte("\xEF\xBB\xBF" + strings.Join(lines, "\r\n") + "\r\n")
	}
	return []byte(strings.Join(lines, "\n") + "\n")
}

// content lists what the import found, texts included, so that two
// imports can be compared in one go. Curly quotes count as straight.
func content(res *Result) string {
	var b strings.Builder
	e := res.Factsheet.Editions[0]
	fmt.Fprintf(&b, "%s | %s | %s/%s\n", res.Factsheet.Title, e.Subtitle, res.Factsheet.ID, e.ID)
	fmt.Fprintf(&b, "intro: %s\nguide: %s\n", collapse(string(e.Intro)), collapse(string(e.ReadingGuide)))
	for _, t := range e.Themes {
		fmt.Fprintf(&b, "theme %s: %s | %s | %s\n", t.ID, t.Title, t.Finding, collapse(string(t.Explanation)))
		for _, q := range t.Questions {
			fmt.Fprintf(&b, "  q %s: %s %q\n", q.ID, q.Text, q.Sub)
		}
		for _, p := range t.Practice {
			fmt.Fprintf(&b, "  p %s: %s %q\n", p.ID, p.Text, p.Sub)
		}
	}
	fmt.Fprintf(&b, "closing: %s | %s | %q\n", e.Closing.Title, e.Closing.Text, e.Closing.Tips)
	for _, g := range e.LinkGroups {
		fmt.Fprintf(&b, "links %s:", g.Title)
		for _, l := range g.Links {
			fmt.Fprintf(&b, " [%s %s %s]", l.Title, l.URL, l.Note)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%q %q %+v\n", res.Factsheet.Authors, res.Factsheet.Credits, res.Factsheet.Publisher)
	return strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`).Replace(b.String())
}

func TestVariants(t *testing.T) {
	src := readFixture(t)
	base := mustImport(t, src)
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			res := mustImport(t, v.apply(src))
			if got := res.Summary().String(); got != fixtureSummary {
				t.Errorf("summary:\n got %s\nwant %s", got, fixtureSummary)
			}
			if res.Counts != base.Counts {
				t.Errorf("counts: got %+v, want %+v", res.Counts, base.Counts)
			}
			if len(res.Unplaced) != 1 || res.Unplaced[0].Text != "WERKPLAATS NOORD" {
				t.Errorf("unplaced: %v", res.Unplaced)
			}
			if got, want := content(res), content(base); got != want {
				t.Errorf("content differs from the clean fixture:\n got:\n%s\nwant:\n%s", got, want)
			}
			for _, d := range loadResult(res) {
				t.Errorf("load: %s", d)
			}
		})
	}
}

// Curly quotes stay in the text as they are.
func TestCurlyQuotesKept(t *testing.T) {
	res := mustImport(t, variant{t: curlyQuotes}.apply(readFixture(t)))
	th := res.Factsheet.Editions[0].Themes[2]
	if !strings.Contains(collapse(string(th.Explanation)), "om ‘fouten’ niet") || !strings.Contains(string(th.Questions[0].Text), "collega’s") {
		t.Errorf("curly quotes lost: %q, %q", th.Explanation, th.Questions[0].Text)
	}
}

// The line numbers in the report are those of the input as it is, blank
// lines and all.
func TestUnplacedLineNumbers(t *testing.T) {
	res := mustImport(t, variant{t: extraBlankLines, windows: true}.apply(readFixture(t)))
	// Line 11 of the fixture comes after 3 leading blank lines and
	// 1+2+3+1+2+3+1+2+3+1 = 19 added after lines 1 to 10.
	if len(res.Unplaced) != 1 || res.Unplaced[0].Line != 11+3+19 {
		t.Errorf("unplaced: %v", res.Unplaced)
	}
	var b strings.Builder
	res.Report(&b, "", message.English)
	if !strings.HasPrefix(b.String(), "factsheet.txt:33: not placed: \"WERKPLAATS NOORD\"\n") {
		t.Errorf("report:\n%s", b.String())
	}
}
