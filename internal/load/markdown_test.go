package load

import (
	"strings"
	"testing"
)

// Images and indented lines in texts are reported at the line and column
// where they stand, also inside a multi-line string.
func TestMarkdownNoticesAtTheirLine(t *testing.T) {
	fsys := fixture(t, map[string]string{theme: `title = "Goed luisteren"
finding = "Ouders voelen zich ![spoor](https://tracker.example/p.png) niet gehoord."
explanation = """
Professionals luisteren vaak te kort.

    Dit is ingesprongen.
Zie ook ![de kaart](kaart.png).
"""
colour = "#1f5f8b"
tags = ["regie"]
related = ["plannen"]

[[questions]]
id = "echt-luisteren"
text = "Luister ik *echt* naar het verhaal van het gezin?"

[[questions]]
id = "tijd-nemen"
text = "Neem ik genoeg tijd?"
sub = ["\tOok als het druk is?", "Thuis? ![](https://tracker.example/q.png)"]
level = "het-goed"
`})
	// An Inline text that starts with a tab is one line of text, not
	// code: it needs no warning.
	_, diags := FS(fsys, "proj")
	want := []string{
		"proj/" + theme + `:2:31: warning: finding: the image https://tracker.example/p.png is on another site and is not shown, since the site loads nothing from other origins (its alt text "spoor" is shown instead); remove it`,
		"proj/" + theme + ":6:1: warning: explanation: this line starts with a tab or 4 spaces, so Markdown shows it as code; remove the indentation",
		"proj/" + theme + `:7:9: warning: explanation: the image kaart.png is not shown, since texts in data/ show no images (its alt text "de kaart" is shown instead); remove it, or show it on a page of your own in content/ with the file under static/`,
		"proj/" + theme + `:20:42: warning: question 2, sub-item 2: the image https://tracker.example/q.png is on another site and is not shown, since the site loads nothing from other origins (it has no alt text, so nothing is shown); remove it`,
	}
	if got := messages(diags); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Where escapes make the text read otherwise than it is written, the
// notice is at the key.
func TestMarkdownNoticeAfterAnEscapeIsAtTheKey(t *testing.T) {
	fsys := fixture(t, map[string]string{theme: strings.Replace(string(fixture(t, nil)[theme].Data),
		`finding = "Ouders voelen zich niet altijd gehoord."`, `finding = "Ouders \"voelen\" ![](https://tracker.example/p.png)"`, 1)})
	_, diags := FS(fsys, "proj")
	if got := messages(diags); len(got) != 1 || !strings.HasPrefix(got[0], "proj/"+theme+":2:1: warning: finding: the image https://tracker.example/p.png") {
		t.Errorf("got %q", got)
	}
}
