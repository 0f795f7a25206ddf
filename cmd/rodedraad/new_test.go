package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNewFactsheetAndThemeBuild(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := runCLI("new", "factsheet", "drenthe", "-s", dir)
	want := "created data/site.toml\ncreated data/factsheets/drenthe/factsheet.toml\n" +
		"created data/factsheets/drenthe/editie-1/edition.toml\ncreated data/factsheets/drenthe/editie-1/themes/eerste-thema.toml\n"
	if code != exitOK || out != want || errOut != "" {
		t.Fatalf("exit %d, stdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	code, out, errOut = runCLI("new", "theme", "drenthe", "samen-plannen", "--title", "Samen plannen met het gezin", "-s", dir)
	if code != exitOK || out != "created data/factsheets/drenthe/editie-1/themes/samen-plannen.toml\n" || errOut != "" {
		t.Fatalf("new theme: exit %d, stdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	if code, out, _ := runCLI("check", "-s", dir); code != exitOK || out != "1 factsheet, 1 edition, 2 themes, 2 questions, 2 practice examples, 0 tips\n" {
		t.Errorf("check: exit %d, %s", code, out)
	}
	if code, _, errOut := runCLI("build", "-s", dir); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, errOut)
	}
	page, err := os.ReadFile(filepath.Join(dir, "public/drenthe/editie-1/samen-plannen/index.html"))
	if err != nil || !strings.Contains(string(page), "Samen plannen met het gezin") {
		t.Errorf("the new theme's page: %v", err)
	}
	if code, _, errOut := runCLI("new", "spreadsheet", "-s", dir); code != exitUsage {
		t.Errorf("unknown kind: exit %d\n%s", code, errOut)
	}
}
