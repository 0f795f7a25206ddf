package load

import (
	"strings"
	"testing"
)

// An image from another site in a page of content/ is shown as its alt
// text. check says so at its line and column, counted from the top of
// the file, front matter included; the front matter itself is not
// Markdown. An image of the project and an
// indented line are what the author means on such a page: no warning.
func TestRemoteImagesInContentPagesAtTheirPlace(t *testing.T) {
	fsys := fixture(t, map[string]string{
		"content/over-ons.md": `+++
title = "Over ons"
+++

Het team ![groepsfoto](https://foto.example/team.jpg) en de kaart ![kaart](/afbeeldingen/kaart.png).
`,
		"content/werkwijze/index.md": `---
title: Werkwijze
description: "Hugo toont de voorpagina niet als Markdown: ![logo](https://logo.example/logo.png)"
---
Zo werken we.

    ingesprongen: dit is bedoeld als code

* Eerste stap: ![](//cdn.example/stap.png)
`,
		"content/bronnen.md": `Zie de bron[^1].

[^1]: ![grafiek](http://rapport.example/grafiek.svg).
`,
		"content/notities.txt": "![foto](https://foto.example/notitie.jpg)\n",
	})
	_, diags := FS(fsys, "proj")
	const advice = "; put the file under static/ and link it by its path (static/kaart.png is /kaart.png), or remove it"
	want := []string{
		`proj/content/bronnen.md:3:7: warning: the image http://rapport.example/grafiek.svg is on another site and is not shown, since the site loads nothing from other origins (its alt text "grafiek" is shown instead)` + advice,
		`proj/content/over-ons.md:5:10: warning: the image https://foto.example/team.jpg is on another site and is not shown, since the site loads nothing from other origins (its alt text "groepsfoto" is shown instead)` + advice,
		`proj/content/werkwijze/index.md:9:16: warning: the image //cdn.example/stap.png is on another site and is not shown, since the site loads nothing from other origins (it has no alt text, so nothing is shown)` + advice,
	}
	if got := messages(diags); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
