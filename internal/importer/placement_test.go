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
// independently of how the importer works:
//
// A line counts when it has a letter or digit. It is accounted for when
// the report has it (not placed, or a note on its line quoting it), or
// when its words (letters and digits, in lowercase, after the list and
// heading markers) are a run of consecutive words of the strings in the
// written TOML, decoded, in file order. Two kinds of line are read in
// part: a theme marker ('Rode draad 2: Titel', or 'Rode draad2' as an
// export may glue the number on) counts by what follows the marker, and
// the sentence naming the publisher by what follows 'door': its web
// address and the text around it each, since the importer writes the
// address apart from the name (where an address ends is the importer's
// bareURL: what an address is, not whether it was kept).
// A line with the brackets of a Markdown link counts when its pieces
// between brackets and parentheses are each written: the importer takes
// a link apart into its text, its address and a note of the text around
// it, and a link may be broken over two lines or stand next to another.
// A link without an address ('[tekst](#)') counts as its text in its
// place, as the importer writes it in prose.
// The headings the site prints itself are not in the files; they count
// only in the words the importer knows them by.

// fixedHeadings are the heading keys whose words the site supplies.
var fixedHeadings = []string{"rode draad", "toelichting op bevinding", "toelichting", "leeswijzer",
	"meer weten", "auteurs", "auteur", "colofon"}

// idKeys hold ids and settings made by the importer, not text of the
// input; their words could hide a lost line.
var idKeys = []string{"id", "current", "themes", "languages", "audience", "incomplete"}

var themeMarkerWords = regexp.MustCompile(`^rode draad(?: ?\d+)?(?: |$)`)

var linkMarks = regexp.MustCompile(`[\[\]()]`)

var publisherText = regexp.MustCompile(`(?i)\b(?:door|bij)\s+(?:(?:de|het)\s+)?(.+)$`)

var scheme = regexp.MustCompile(`(?i)\bhttps?://`)

// words is a text as lowercase words of letters, marks and digits, one
// space between them. A web address counts without its scheme, which the
// importer adds to 'www.example.org'.
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

// writtenWords decodes every file written and returns the words of its
// strings, in the order of the file.
func writtenWords(t testing.TB, res *Result) string {
	t.Helper()
	var all []string
	for _, f := range res.Files {
		var doc map[string]any
		meta, err := toml.Decode(string(f.Data), &doc)
		if err != nil {
			t.Fatalf("%s: %v", f.Path, err)
		}
		for _, s := range orderedStrings(doc, meta) {
			all = append(all, words(s))
		}
	}
	return " " + strings.Join(all, " ") + " "
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
		notes[n.Line] = append(notes[n.Line], n.Message)
	}
	written := writtenWords(t, res)
	var lost []string
	text := strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(readText(src).text)
	for i, raw := range strings.Split(text, "\n") {
		l := scanLine(i+1, clean(raw))
		w := words(placeholderLink.ReplaceAllString(l.text, "$1"))
		// A note reports a line when it quotes it.
		quoted := slices.ContainsFunc(notes[l.num], func(m string) bool { return strings.Contains(m, strconv.Quote(l.raw)) })
		if w == "" || reported[l.num] || quoted {
			continue
		}
		if m := themeMarkerWords.FindString(w); m != "" {
			w = strings.TrimSpace(w[len(m):])
		}
		if w == "" || slices.Contains(fixedHeadings, headingKey(l.text)) || strings.Contains(written, " "+w+" ") {
			continue
		}
		if strings.ContainsAny(l.text, "[]") {
			pieces := linkMarks.Split(l.text, -1)
			if !slices.ContainsFunc(pieces, func(p string) bool { return words(p) != "" && !strings.Contains(written, " "+words(p)+" ") }) {
				continue
			}
		}
		if publisherWritten(l.text, written) {
			continue
		}
		lost = append(lost, fmt.Sprintf("%d: %q", l.num, l.raw))
	}
	return lost
}

// publisherWritten tells whether a line names a publisher, and its name
// and web address are each written.
func publisherWritten(text, written string) bool {
	m := publisherText.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	name := m[1]
	var address string
	if loc := bareURL.FindStringIndex(name); loc != nil {
		name, address = name[:loc[0]]+" "+name[loc[1]:], name[loc[0]:loc[1]]
	}
	for _, part := range []string{name, address} {
		if w := words(part); w != "" && !strings.Contains(written, " "+w+" ") {
			return false
		}
	}
	return true
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
