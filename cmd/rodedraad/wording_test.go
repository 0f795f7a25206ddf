package main

import (
	"os"
	"path/filepath"
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
