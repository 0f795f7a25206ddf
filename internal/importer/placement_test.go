package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/BurntSushi/toml"
)

// The importer's promise is that every line of the input is placed in
// the files it writes or reported. The check here makes that precise,
// independently of how the importer works, and loosely enough that the
// ways the importer may rearrange a line do not count as losing it:
//
// A line counts when it has a letter or digit. It is accounted for when
// the report has it (not placed, or a note on its line quoting it), or
// when each of its tokens is somewhere in the strings of the written
// TOML, decoded: in any order and any string, since the importer takes a
// line apart (a link into its text, address and note; the publisher's
// sentence into a name and an address) and joins broken lines and
// links. A token is a web address as one whole (see tokens), or else a
// word: letters and digits, in lowercase, after the list and heading
// markers. A theme marker ('Rode draad 2: Titel', or 'Rode draad2' as an
// export may glue the number on) counts by what follows the marker, and
// the sentence naming the publisher may count by what follows 'door'.
// A link without an address ('[tekst](#)') counts as its text, glued to
// what stands around it as the importer writes it in prose, or apart
// from it as the importer writes it in a list of links.
// The headings the site prints itself are not in the files; they count
// only in the words the importer knows them by.

// fixedHeadings are the heading keys whose words the site supplies.
var fixedHeadings = []string{"rode draad", "toelichting op bevinding", "toelichting", "leeswijzer",
	"meer weten", "auteurs", "auteur", "colofon"}

// idKeys hold ids and settings made by the importer, not text of the
// input; their words could hide a lost line.
var idKeys = []string{"id", "current", "themes", "languages", "audience", "incomplete"}

var themeMarkerWords = regexp.MustCompile(`^rode draad(?: ?\d+)?(?: |$)`)

var publisherText = regexp.MustCompile(`(?i)\b(?:door|bij)\s+(?:(?:de|het)\s+)?(.+)$`)

// The two ways the importer writes a link without an address, for tokens.
const (
	inProse    = "$1"
	inLinkList = " $1 "
)

var scheme = regexp.MustCompile(`(?i)\bhttps?://`)

// words is a text as lowercase words of letters, marks and digits, one
// space between them.
func words(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.Is(unicode.Cf, r):
			return -1 // soft hyphens and zero-width characters join words
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			return unicode.ToLower(r)
		}
		return ' '
	}, scheme.ReplaceAllString(s, ""))
	return strings.Join(strings.Fields(s), " ")
}

// tokens splits a text into its words (see words) and its addresses:
// the targets of Markdown links and the bare addresses (the importer's
// bareURL), each one token, normalised as the importer writes a web
// address (webAddress) but without its scheme, so that 'www.x.nl.' in
// the text is the 'https://www.x.nl' written. An address that is no web
// address stays as it stands: if the importer leaves it out, its token
// is nowhere in the files, and its line must be in the report. Words
// inside an address are no words of the line: a lost address would hide
// behind the same words elsewhere.
// A text that is one web address and nothing else, as a url written, is
// one token whatever characters it holds, as the target of a Markdown
// link is.
// A link's text stands apart from what it is glued to, as the
// importer writes the link's text apart from its note.
func tokens(s, placeholderAs string) (wordsOf string, addresses []string) {
	address := func(a string) string {
		if web := webAddress(a); web != "" {
			a = web
		}
		// Only its letters and digits: where an address ends ('.exa]',
		// 'nl.') is the importer's to decide, not whether it was kept.
		if a = alphanumeric(scheme.ReplaceAllString(a, "")); a != "" {
			addresses = append(addresses, "<"+a+">")
		}
		return " "
	}
	if !strings.ContainsFunc(s, unicode.IsSpace) && webAddress(s) != "" {
		address(s)
		return "", addresses
	}
	s = placeholderLink.ReplaceAllString(s, placeholderAs)
	s = mdLink.ReplaceAllStringFunc(s, func(link string) string {
		m := mdLink.FindStringSubmatch(link)
		return " " + m[1] + address(m[2])
	})
	s = bareURL.ReplaceAllStringFunc(s, address)
	return words(s), addresses
}

func alphanumeric(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// writtenTokens decodes every file written and returns the tokens of its
// strings.
func writtenTokens(t testing.TB, res *Result) map[string]bool {
	t.Helper()
	written := map[string]bool{}
	for _, f := range res.Files {
		var doc map[string]any
		meta, err := toml.Decode(string(f.Data), &doc)
		if err != nil {
			t.Fatalf("%s: %v", f.Path, err)
		}
		for _, s := range orderedStrings(doc, meta) {
			w, addresses := tokens(s, inProse)
			for _, tok := range append(strings.Fields(w), addresses...) {
				written[tok] = true
			}
			// The words inside an address written count as words too: a
			// link broken over two lines leaves the second with a piece
			// of its address that no longer reads as one ('gezinsplan](https:/ww…').
			for _, tok := range strings.Fields(words(s)) {
				written[tok] = true
			}
		}
	}
	return written
}

// orderedStrings returns the string values of a decoded document in the
// order of its keys, following arrays of tables by their headers.
func orderedStrings(doc map[string]any, meta toml.MetaData) []string {
	index := map[string]int{} // the current element of each array of tables
	var out []string
	for _, key := range meta.Keys() {
		if meta.Type(key...) == "ArrayHash" {
			// The header of one more element: its children start anew.
			index[key.String()]++
			for k := range index {
				if strings.HasPrefix(k, key.String()+".") {
					delete(index, k)
				}
			}
			continue
		}
		if slices.Contains(idKeys, key[len(key)-1]) {
			continue
		}
		var v any = doc
		for i := range key {
			m, ok := v.(map[string]any)
			if !ok {
				v = nil
				break
			}
			v = m[key[i]]
			if arr, ok := v.([]map[string]any); ok {
				v = arr[index[key[:i+1].String()]-1]
			}
		}
		switch v := v.(type) {
		case string:
			out = append(out, v)
		case []any:
			for _, e := range v {
				if s, ok := e.(string); ok {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// unaccounted returns the lines of src that are neither in the files
// nor in the report, as 'LINE: "text"'.
func unaccounted(t testing.TB, src []byte, res *Result) []string {
	t.Helper()
	reported := map[int]bool{}
	for _, u := range res.Unplaced {
		reported[u.Line] = true
	}
	notes := map[int][]string{}
	for _, n := range res.Notes {
		notes[n.Line] = append(notes[n.Line], n.Message.String())
	}
	written := writtenTokens(t, res)
	allWritten := func(w string, addresses []string) bool {
		return !slices.ContainsFunc(append(strings.Fields(w), addresses...), func(tok string) bool { return !written[tok] })
	}
	in, from, err := readSource(src, "")
	if err != nil {
		t.Fatal(err)
	}
	inReport := func(l line) bool {
		// A note reports a line when it quotes it.
		n := from.place(l.num)
		return reported[n] || slices.ContainsFunc(notes[n], func(m string) bool { return strings.Contains(m, strconv.Quote(l.raw)) })
	}
	var lines []line
	text := strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(in.text)
	for i, raw := range strings.Split(text, "\n") {
		lines = append(lines, scanLine(i+1, clean(raw)))
	}
	var lost []string
	for i, l := range lines {
		w, addresses := tokens(l.text, inProse)
		if (w == "" && len(addresses) == 0) || inReport(l) ||
			slices.Contains(fixedHeadings, headingKey(l.text)) {
			continue
		}
		if m := themeMarkerWords.FindString(w); m != "" {
			w = w[len(m):]
		}
		if allWritten(w, addresses) || allWritten(tokens(l.text, inLinkList)) ||
			allWritten(tokens(brokenLink(l.text), inProse)) {
			continue
		}
		if name, ok := publisherAfter(l, lines[i+1:], inReport); ok && allWritten(tokens(name, inProse)) {
			continue
		}
		lost = append(lost, fmt.Sprintf("%d: %q", l.num, l.raw))
	}
	return lost
}

// brokenLink reads a line that holds only a part of a link broken over
// lines as the importer writes the link joined: a line that ends a link
// begun on the line before ('gezinsplan](https://…)') as that link, so
// that its target is one address, and a line that begins a link ended on
// a later line ('HHH[Verslag voorjaar') with the link's text glued to what
// stands before it, as a link without an address is written in prose.
func brokenLink(s string) string {
	if end := strings.Index(s, "]("); end >= 0 && !strings.Contains(s[:end], "[") {
		s = "[" + s
	}
	if start := strings.LastIndex(s, "["); start >= 0 && !strings.Contains(s[start:], "]") {
		s = s[:start] + s[start+1:]
	}
	return s
}

// publisherAfter returns what follows 'door' in a line, read on into
// the lines after it up to the end of their paragraph: the sentence
// naming the publisher may break after 'door', and the importer reads a
// paragraph as one sentence. A line the report has is accounted for
// already (an address that is none, say), so it is not read on.
func publisherAfter(l line, next []line, inReport func(line) bool) (string, bool) {
	sentence := l.text
	for _, n := range next {
		if strings.TrimSpace(n.text) == "" {
			break
		}
		if !inReport(n) {
			sentence += " " + n.text
		}
	}
	m := publisherText.FindStringSubmatchIndex(sentence)
	if m == nil || m[0] >= len(l.text) { // 'door' must be on this line
		return "", false
	}
	return sentence[m[2]:m[3]], true
}

// placementFixtures are the texts the property is checked on besides the
// fixture and its variants.
func placementFixtures(t *testing.T) map[string][]byte {
	t.Helper()
	texts := map[string][]byte{}
	src := readFixture(t)
	texts[fixture] = src
	for _, v := range variants {
		texts[fixture+" ("+v.name+")"] = v.apply(src)
	}
	more, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range more {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts[name] = data
	}
	if data, err := os.ReadFile(seed); err == nil {
		texts[seed] = data
	}
	return texts
}

func TestEveryLinePlacedOrReported(t *testing.T) {
	for name, src := range placementFixtures(t) {
		res, err := Import(src, Options{Name: filepath.Base(name)})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if lost := unaccounted(t, src, res); len(lost) > 0 {
			t.Errorf("%s: lines neither written nor reported:\n%s", name, strings.Join(lost, "\n"))
		}
	}
}
