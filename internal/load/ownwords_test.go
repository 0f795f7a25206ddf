package load

import (
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/rodedraad/rodedraad/internal/markdown"
)

// The demo data restates its sources in its own words (COMMON.md): no
// text of it shares sharedRunLimit or more consecutive words with a
// source publication. These tests find every such run.

// sharedRunLimit is the shortest run of words that counts as copied.
const sharedRunLimit = 12

// exemptKey matches the titles of publications: those in a 'Meer weten?'
// link list, and the source a factsheet restates. A title is cited as
// its publisher wrote it, so it may match a source word for word.
// Nothing else is exempt, not even the note beside such a title.
var exemptKey = regexp.MustCompile(`^(links\[\d+\]\.items\[\d+\]|source)\.title$`)

// comparedWords are the words of a text as the overlap check reads
// them: without Markdown markup, lowercase, letters and digits only. A
// soft hyphen or a zero-width space joins, as a reader sees it; any
// other character (quotes, dashes, slashes, typographic or not) parts.
func comparedWords(text string) []string {
	text = strings.NewReplacer("\u00ad", "", "\u200b", "", "\u2060", "", "\ufeff", "").Replace(text)
	text = strings.ToLower(norm.NFC.String(markdown.Plain(text)))
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
}

// sourceIndex knows every run of sharedRunLimit words in the sources,
// so that a text is checked in time that grows with its own length.
type sourceIndex struct {
	runs map[string]string // sharedRunLimit words joined by spaces: the source they stand in
}

// newSourceIndex indexes the sources, texts by name.
func newSourceIndex(sources map[string]string) *sourceIndex {
	x := &sourceIndex{runs: map[string]string{}}
	for _, name := range slices.Sorted(maps.Keys(sources)) {
		words := comparedWords(sources[name])
		for i := 0; i+sharedRunLimit <= len(words); i++ {
			key := strings.Join(words[i:i+sharedRunLimit], " ")
			if _, seen := x.runs[key]; !seen {
				x.runs[key] = name
			}
		}
	}
	return x
}

// sharedRun is a longest run of words that a text shares with a source.
type sharedRun struct {
	words  []string
	source string // where its first sharedRunLimit words stand
}

// shared returns the runs of sharedRunLimit or more words of text that
// stand in a source, each as long as it goes on.
func (x *sourceIndex) shared(text string) []sharedRun {
	words := comparedWords(text)
	var runs []sharedRun
	start, end := 0, -1 // the words of the run being found
	for i := 0; i+sharedRunLimit <= len(words); i++ {
		source, ok := x.runs[strings.Join(words[i:i+sharedRunLimit], " ")]
		if !ok {
			continue
		}
		if i > end { // not overlapping the run before: a new one
			start = i
			runs = append(runs, sharedRun{source: source})
		}
		end = i + sharedRunLimit - 1
		runs[len(runs)-1].words = words[start : end+1]
	}
	return runs
}

// sharedInProject lists, as 'file:line: key: ...', every text of the
// project in dir that shares a run of words with a source: each string
// of the TOML files under data/ and each paragraph of the pages under
// content/.
func sharedInProject(t *testing.T, dir string, x *sourceIndex) []string {
	t.Helper()
	var found []string
	report := func(where, key, text string) {
		for _, r := range x.shared(text) {
			found = append(found, fmt.Sprintf("%s: %s: %d words as in %s: %q", where, key, len(r.words), r.source, strings.Join(r.words, " ")))
		}
	}
	fsys := os.DirFS(dir)
	err := fs.WalkDir(fsys, ".", func(rel string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if rel != "." && rel != "data" && rel != "content" && !strings.HasPrefix(rel, "data/") && !strings.HasPrefix(rel, "content/") {
				return fs.SkipDir
			}
			return nil
		}
		src, err := fs.ReadFile(fsys, rel)
		if err != nil {
			return err
		}
		switch {
		case strings.HasPrefix(rel, "data/") && path.Ext(rel) == ".toml":
			f := &file{name: rel, diags: &Diagnostics{}}
			f.parse(src)
			if f.table == nil {
				t.Errorf("%s: %v", rel, *f.diags)
				return nil
			}
			// Texts in the order they stand in the file.
			type text struct {
				key, value string
				line       int
			}
			var all []text
			for key, value := range texts(f.table, "") {
				if !exemptKey.MatchString(key) {
					all = append(all, text{key, value, f.locs.find(key).Line})
				}
			}
			slices.SortStableFunc(all, func(a, b text) int { return a.line - b.line })
			for _, tx := range all {
				report(fmt.Sprintf("%s:%d", rel, tx.line), tx.key, tx.value)
			}
		case strings.HasPrefix(rel, "content/") && path.Ext(rel) == ".md":
			lines := strings.Split(string(src), "\n")
			for first := 0; first < len(lines); {
				last := first
				for last < len(lines) && strings.TrimSpace(lines[last]) != "" {
					last++
				}
				if last > first {
					report(fmt.Sprintf("%s:%d", rel, first+1), "paragraph", strings.Join(lines[first:last], "\n"))
				}
				first = last + 1
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// texts yields every string in a decoded TOML value with its key path,
// as keyLocations names it (questions[2].sub[0]).
func texts(v any, key string) func(yield func(string, string) bool) {
	return func(yield func(string, string) bool) {
		var walk func(v any, key string) bool
		walk = func(v any, key string) bool {
			switch v := v.(type) {
			case string:
				return yield(key, v)
			case map[string]any:
				for _, k := range slices.Sorted(maps.Keys(v)) {
					if !walk(v[k], join(key, k)) {
						return false
					}
				}
			case []map[string]any:
				for i, e := range v {
					if !walk(e, index(key, i)) {
						return false
					}
				}
			case []any:
				for i, e := range v {
					if !walk(e, index(key, i)) {
						return false
					}
				}
			}
			return true
		}
		walk(v, key)
	}
}

// TestSharedRunsFound: on a fixture project and a source text in words
// of its own, the check finds a pasted source sentence however its
// quotes, dashes, hyphens and markup differ, and as far as it goes on;
// it lets pass eleven shared words, a restated sentence and the title of
// a listed publication.
func TestSharedRunsFound(t *testing.T) {
	source, err := os.ReadFile("testdata/ownwords/bron.txt")
	if err != nil {
		t.Fatal(err)
	}
	x := newSourceIndex(map[string]string{"bron.txt": string(source)})
	got := sharedInProject(t, "testdata/ownwords", x)
	want := []string{
		`content/pagina.md:7: paragraph: 13 words as in bron.txt: "wie een gesprek met een gezin voorbereidt leest eerst rustig het dossier door"`,
		`data/factsheets/voorbeeld/2024/edition.toml:7: closing.tips[0]: 17 words as in bron.txt: "zeg eerlijk ik weet het niet als je het antwoord op een vraag van ouders niet weet"`,
		`data/factsheets/voorbeeld/2024/edition.toml:15: links[0].items[0].note: 14 words as in bron.txt: "de map met formulieren ligt bij de receptie en mag mee naar huis worden"`,
		`data/factsheets/voorbeeld/2024/themes/voorbereiden.toml:3: explanation: 13 words as in bron.txt: "wie een gesprek met een gezin voorbereidt leest eerst rustig het dossier door"`,
		`data/factsheets/voorbeeld/2024/themes/voorbereiden.toml:10: questions[0].sub[1]: 19 words as in bron.txt: "vraag je vooraf aan de ouders wat zij zelf willen bespreken en welke taal zij thuis het liefst spreken"`,
		`data/factsheets/voorbeeld/2024/themes/voorbereiden.toml:14: practice[0].text: 12 words as in bron.txt: "professionals schrijven het plan op voordat ze het gezin zelf gesproken hebben"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
