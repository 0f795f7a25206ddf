package markdown

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rodedraad/rodedraad/internal/fuzzbudget"
)

func FuzzRuns(f *testing.F) {
	for _, seed := range []string{
		"Luister ik *echt* naar het **gezin**?",
		"Een [link](https://example.org) en `code` <b>rauw</b>\nnieuwe regel",
		"***", "* lijst\n* punt", "\tOok als het druk is?", "![spoor](https://tracker.example/p.png)", "> citaat\n\n# kop", "_a_ __b__ *_c_*", "\\*geen\\* nadruk", "&amp; &lt;script&gt;",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, source string) {
		defer fuzzbudget.Start(t, fuzzbudget.PerInput)()
		runs := Runs(source)
		for i, r := range runs {
			if r.Text == "" {
				t.Errorf("run %d is empty: %+v", i, runs)
			}
			if i > 0 && runs[i-1].Italic == r.Italic && runs[i-1].Bold == r.Bold && runs[i-1].Link == r.Link {
				t.Errorf("runs %d and %d share a style and a link and were not merged: %+v", i-1, i, runs)
			}
			if utf8.ValidString(source) && !utf8.ValidString(r.Text) {
				t.Errorf("run %d is not valid UTF-8: %q", i, r.Text)
			}
		}
		if n := len(runs); n > 0 && (strings.HasPrefix(runs[0].Text, " ") || strings.HasSuffix(runs[n-1].Text, " ")) {
			t.Errorf("runs start or end with a space: %+v", runs)
		}
		// An Inline text is one paragraph, and no image is ever loaded.
		html := string(Inline(source))
		for _, tag := range []string{"<p>", "<pre", "<h1", "<h2", "<ul", "<ol", "<blockquote", "<hr", "<img"} {
			if strings.Contains(html, tag) {
				t.Errorf("Inline(%q) has %s: %s", source, tag, html)
			}
		}
		if strings.Contains(string(Block(source)), "<img") {
			t.Errorf("Block(%q) has an image", source)
		}
	})
}
