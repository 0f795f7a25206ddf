package docx

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// markdown writes a paragraph as a line of a text export would read: a
// heading after '#', a list item after its bullet or number and indented
// by its level, emphasis and links in Markdown. counters number the
// items of each numbered list.
func (r *reader) markdown(p *paragraph, counters map[string][]int) string {
	level := r.headingLevel(p.style)
	if level == 0 {
		level = p.outline
	}
	if level > 0 {
		// Headings are bold in every style; their emphasis says nothing.
		text := strings.Join(strings.Fields(inline(p.segments, false)), " ")
		if text == "" {
			return ""
		}
		return strings.Repeat("#", min(level, 6)) + " " + text
	}
	text := strings.TrimSpace(inline(p.segments, true))
	numID, ilvl, inList := p.numID, p.level, p.hasDirectNum && !p.directNumSkip
	if !p.hasDirectNum {
		numID, ilvl, inList = r.styleNumbering(p.style)
	}
	if !inList || text == "" {
		return text
	}
	depth, _ := strconv.Atoi(ilvl)
	depth = max(0, min(depth, 8))
	marker := "-"
	if r.numbering.isNumbered(numID, strconv.Itoa(depth)) {
		c := counters[numID]
		for len(c) <= depth {
			c = append(c, 0)
		}
		c[depth]++
		clear(c[depth+1:])
		counters[numID] = c
		marker = fmt.Sprintf("%d.", c[depth])
	}
	return strings.Repeat("  ", depth) + marker + " " + text
}

// inline writes the segments of a paragraph as Markdown: runs of the same
// look together, links as '[text](address)', and with emphasis '*' and
// '**' when it counts.
func inline(segs []segment, emphasis bool) string {
	var b strings.Builder
	for i := 0; i < len(segs); {
		j := i + 1
		for j < len(segs) && segs[j].url == segs[i].url {
			j++
		}
		text := emphasised(segs[i:j], emphasis)
		switch u := segs[i].url; {
		case u == "" || strings.TrimSpace(text) == "":
			b.WriteString(text)
		case strings.TrimSpace(plain(segs[i:j])) == u:
			b.WriteString(text) // the address itself, which the text reads as one
		default:
			lead, core, trail := spaced(text)
			fmt.Fprintf(&b, "%s[%s](%s)%s", lead, core, linkTarget(u), trail)
		}
		i = j
	}
	return b.String()
}

func plain(segs []segment) string {
	var b strings.Builder
	for _, s := range segs {
		b.WriteString(s.text)
	}
	return b.String()
}

// emphasised writes segments with their emphasis, joining neighbours of
// the same look, as Word splits runs for reasons of its own (spelling,
// revisions).
func emphasised(segs []segment, emphasis bool) string {
	var b strings.Builder
	for i := 0; i < len(segs); {
		j, text := i+1, segs[i].text
		for j < len(segs) && segs[j].bold == segs[i].bold && segs[j].italic == segs[i].italic {
			text += segs[j].text
			j++
		}
		marker := ""
		if emphasis {
			switch {
			case segs[i].bold && segs[i].italic:
				marker = "***"
			case segs[i].bold:
				marker = "**"
			case segs[i].italic:
				marker = "*"
			}
		}
		lines := strings.Split(text, "\n")
		for k, line := range lines {
			if k > 0 {
				b.WriteString("\n")
			}
			lead, core, trail := spaced(escape(line))
			if core != "" && marker != "" {
				core = marker + core + marker
			}
			b.WriteString(lead + core + trail)
		}
		i = j
	}
	return b.String()
}

// spaced splits off the white space around a text: Markdown's emphasis
// markers and link brackets go around the words only.
func spaced(s string) (lead, core, trail string) {
	core = strings.TrimLeftFunc(s, unicode.IsSpace)
	lead = s[:len(s)-len(core)]
	core = strings.TrimRightFunc(core, unicode.IsSpace)
	return lead, core, s[len(lead)+len(core):]
}

// escape keeps Markdown from reading the document's own characters as
// markup: a '*' in Word is a star, not emphasis. An underscore inside a
// word, as in an address, is no markup and stays as it is.
func escape(s string) string {
	var b strings.Builder
	for i, c := range s {
		switch c {
		case '\\', '*', '`', '[', ']':
			b.WriteByte('\\')
		case '_':
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[i+1:])
			if !(isWordRune(before) && isWordRune(after)) {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(c)
	}
	return b.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// linkTarget writes an address so that Markdown reads it whole.
func linkTarget(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(u)
}
