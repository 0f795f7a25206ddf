package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The edition page's link to all its questions promised filters on
// 'thema en doelgroep', but /friesland/'s questions are all for
// professionals, so that page has no audience filter (issue 15, item 10).
// The link now promises only what every such page has: the questions.
func TestTheLinkToAllQuestionsPromisesNoFilters(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if code, stdout, stderr := runCLI("build", "-s", "../..", "-d", out); code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	for page, want := range map[string]string{
		"friesland/index.html":    ">Alle 45 vragen onder elkaar</a>",
		"en/friesland/index.html": ">All 45 questions together</a>",
		"fy/friesland/index.html": ">Alle 45 fragen ûnder elkoar</a>",
	} {
		html, err := os.ReadFile(filepath.Join(out, page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(html), want) {
			t.Errorf("%s has no link %q", page, want)
		}
	}
}

// A theme's cards page had a breadcrumb of one item, its theme (issue 15,
// item 10). It now has the whole way there: the factsheets, the edition,
// the theme and the page itself; the edition's cards page the same,
// without a theme.
func TestCardsPagesHaveTheWholeBreadcrumb(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if code, stdout, stderr := runCLI("build", "-s", "../..", "-d", out); code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	crumbs := regexp.MustCompile(`(?s)<nav class="breadcrumbs"[^>]*>(.*?)</nav>`)
	item := regexp.MustCompile(`<li><a [^>]*>([^<]*)</a></li>`)
	for page, want := range map[string][]string{
		"friesland/2021-2024/verklarende-analyse/kaarten/index.html": {"Factsheets", "Samen leren doen in de jeugdhulp", "Verklarende analyse", "Intervisiekaarten"},
		"friesland/kaarten/index.html":                               {"Factsheets", "Samen leren doen in de jeugdhulp", "Intervisiekaarten"},
	} {
		html, err := os.ReadFile(filepath.Join(out, page))
		if err != nil {
			t.Fatal(err)
		}
		nav := crumbs.FindSubmatch(html)
		if nav == nil {
			t.Errorf("%s has no breadcrumbs", page)
			continue
		}
		var got []string
		for _, m := range item.FindAllSubmatch(nav[1], -1) {
			got = append(got, string(m[1]))
		}
		if strings.Join(got, " > ") != strings.Join(want, " > ") {
			t.Errorf("%s: breadcrumbs %q, want %q", page, got, want)
		}
	}
}
