package bench

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/rodedraad/rodedraad/internal/model"
)

// hugoLayouts is the minimal theme of the plain Hugo project: a base
// template, one for pages and one for lists, with no CSS or JavaScript.
var hugoLayouts = map[string]string{
	"baseof.html": `<!DOCTYPE html>
<html lang="{{ site.Language.Locale }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ site.Title }}</title></head>
<body>
<header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
{{ with .Parent }}{{ if not .IsHome }} › <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}</header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
`,
	"single.html": `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}{{ end }}
`,
	"list.html": `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`,
}

// WriteHugoProject writes the content of s as a plain Hugo project in dir,
// the way one would without rodedraad: Markdown pages with TOML front
// matter under content/ (a page per theme and section, a list page per
// factsheet and edition, the home page) and the minimal templates of
// hugoLayouts. The pages hold the same texts as the rodedraad site:
// findings, explanations, questions with their sub-questions, practice
// examples, tips, quotes, lists, key figures, closing parts and links.
func WriteHugoProject(s *model.Site, dir string) error {
	files := map[string]string{
		"hugo.toml": fmt.Sprintf("baseURL = %q\ntitle = %q\nlocale = \"nl\"\ndisableKinds = [\"taxonomy\", \"term\", \"rss\"]\n",
			"/", s.Title),
	}
	for name, text := range hugoLayouts {
		files[filepath.Join("layouts", name)] = text
	}
	files["content/_index.md"] = page(map[string]any{"title": s.Title}, s.Description)
	for i, f := range s.Factsheets {
		var body strings.Builder
		fmt.Fprintf(&body, "%s\n\nUitgegeven door %s. Bron: %s.\n", f.Summary, f.Publisher.Name, f.Source.Title)
		files[filepath.Join("content", f.ID, "_index.md")] = page(map[string]any{"title": f.Title, "weight": i + 1}, body.String())
		for j, e := range f.Editions {
			base := filepath.Join("content", f.ID, e.ID)
			files[filepath.Join(base, "_index.md")] = page(map[string]any{"title": e.Title + " (" + e.Label() + ")", "weight": j + 1}, editionMarkdown(e))
			for k, t := range e.Themes {
				files[filepath.Join(base, t.ID+".md")] = page(map[string]any{"title": t.Title, "weight": k + 1}, themeMarkdown(t))
			}
			for k, sec := range e.Sections {
				files[filepath.Join(base, sec.ID+".md")] = page(map[string]any{"title": sec.Title, "weight": len(e.Themes) + k + 1}, sectionMarkdown(sec))
			}
		}
	}
	for rel, text := range files {
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// page is a Markdown file with TOML front matter.
func page(front map[string]any, body string) string {
	var b bytes.Buffer
	b.WriteString("+++\n")
	if err := toml.NewEncoder(&b).Encode(front); err != nil {
		panic(err) // strings and numbers only
	}
	b.WriteString("+++\n\n")
	b.WriteString(body)
	return b.String()
}

func editionMarkdown(e *model.Edition) string {
	var b strings.Builder
	if e.Subtitle != "" {
		fmt.Fprintf(&b, "*%s*\n\n", e.Subtitle)
	}
	fmt.Fprintf(&b, "%s\n## Leeswijzer\n\n%s\n", e.Intro, e.ReadingGuide)
	if len(e.KeyFigures) > 0 {
		b.WriteString("## In cijfers\n\n")
		for _, k := range e.KeyFigures {
			fmt.Fprintf(&b, "- **%s%g%s** %s\n", strings.TrimSpace(k.Prefix+" "), k.Value, k.Unit, k.Label)
		}
		b.WriteString("\n")
	}
	if c := e.Closing; c != nil {
		fmt.Fprintf(&b, "## %s\n\n%s\n", c.Title, c.Text)
		if len(c.Tips) > 0 {
			fmt.Fprintf(&b, "### %s\n\n", c.TipsTitle)
			bullets(&b, c.Tips)
		}
	}
	for _, g := range e.LinkGroups {
		fmt.Fprintf(&b, "## %s\n\n", g.Title)
		for _, l := range g.Links {
			if l.URL != "" {
				fmt.Fprintf(&b, "- [%s](%s)\n", l.Title, l.URL)
			} else {
				fmt.Fprintf(&b, "- %s\n", l.Title)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func themeMarkdown(t *model.Theme) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**\n\n%s\n", t.Finding, t.Explanation)
	if len(t.Questions) > 0 {
		fmt.Fprintf(&b, "## %s\n\n", or(t.QuestionsTitle, "Reflectievragen"))
		for i, q := range t.Questions {
			fmt.Fprintf(&b, "%d. %s\n", i+1, q.Text)
			for _, s := range q.Sub {
				fmt.Fprintf(&b, "   - %s\n", s)
			}
		}
		b.WriteString("\n")
	}
	if len(t.Practice) > 0 {
		fmt.Fprintf(&b, "## %s\n\n", or(t.PracticeTitle, "Uit de praktijk"))
		for _, p := range t.Practice {
			fmt.Fprintf(&b, "- %s\n", p.Text)
			for _, s := range p.Sub {
				fmt.Fprintf(&b, "  - %s\n", s)
			}
		}
		b.WriteString("\n")
	}
	if len(t.Tips) > 0 {
		b.WriteString("## Tips\n\n")
		bullets(&b, t.Tips)
	}
	for _, q := range t.Quotes {
		fmt.Fprintf(&b, "> %s\n>\n> — %s\n\n", q.Text, q.Role)
	}
	return b.String()
}

func sectionMarkdown(s *model.Section) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", s.Text)
	for _, l := range s.Lists {
		fmt.Fprintf(&b, "## %s\n\n%s\n", l.Title, l.Intro)
		for _, it := range l.Items {
			if it.Label != "" {
				fmt.Fprintf(&b, "- **%s** %s\n", it.Label, it.Text)
			} else {
				fmt.Fprintf(&b, "- %s\n", it.Text)
			}
			for _, sub := range it.Sub {
				fmt.Fprintf(&b, "  - %s\n", sub)
			}
		}
		b.WriteString("\n")
	}
	for _, q := range s.Quotes {
		fmt.Fprintf(&b, "> %s\n>\n> — %s\n\n", q.Text, q.Role)
	}
	return b.String()
}

func bullets(b *strings.Builder, items []model.Inline) {
	for _, it := range items {
		fmt.Fprintf(b, "- %s\n", it)
	}
	b.WriteString("\n")
}

func or(s, fallback string) string {
	if s != "" {
		return s
	}
	return fallback
}
