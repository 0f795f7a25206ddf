package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/model"
)

func TestNewFactsheetAndThemeBuild(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := runCLI("new", "factsheet", "drenthe", "-s", dir)
	want := "created data/site.toml\ncreated data/factsheets/drenthe/factsheet.toml\n" +
		"created data/factsheets/drenthe/editie-1/edition.toml\ncreated data/factsheets/drenthe/editie-1/themes/eerste-thema.toml\n"
	if code != exitOK || out != want {
		t.Fatalf("exit %d, stdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	// Each example text of the templates is named, to be replaced.
	if n := strings.Count(errOut, ": warning: "); n != 9 {
		t.Errorf("%d warnings, want 9 (the publisher's name is in two places):\n%s", n, errOut)
	}
	for _, p := range model.Placeholders {
		if !strings.Contains(errOut, "still holds the example text "+strconv.Quote(p)) {
			t.Errorf("no warning for the example text %q:\n%s", p, errOut)
		}
	}
	code, out, errOut = runCLI("new", "theme", "drenthe", "samen-plannen", "--title", "Samen plannen met het gezin", "-s", dir)
	if code != exitOK || out != "created data/factsheets/drenthe/editie-1/themes/samen-plannen.toml\n" || strings.Count(errOut, ": warning: ") != 9+4 {
		t.Fatalf("new theme: exit %d, stdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	if code, out, _ := runCLI("check", "-s", dir); code != exitOK || out != "1 factsheet, 1 edition, 2 themes, 2 questions, 2 practice examples, 0 tips (13 warnings)\n" {
		t.Errorf("check: exit %d, %s", code, out)
	}
	if code, _, errOut := runCLI("build", "-s", dir); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, errOut)
	}
	// A factsheet's id is the first part of its addresses: every other
	// first part the build writes must be refused as a factsheet id.
	entries, err := os.ReadDir(filepath.Join(dir, "public"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name, _, _ := strings.Cut(e.Name(), ".")
		if name != "drenthe" && model.CheckFactsheetID(name) == nil {
			t.Errorf("the build writes public/%s, but a factsheet may have the id %q", e.Name(), name)
		}
	}
	// Nothing of the demo's own texts: its footer note, its contact text.
	_ = filepath.WalkDir(filepath.Join(dir, "public"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		page, _ := os.ReadFile(path)
		for _, demo := range []string{"voorbeeldsite van rodedraad", "een voorbeeld van <strong>rodedraad", "a demonstration site of rodedraad"} {
			if strings.Contains(strings.ToLower(string(page)), strings.ToLower(demo)) {
				t.Errorf("%s holds the demo's own text %q", path, demo)
			}
		}
		return nil
	})
	page, err := os.ReadFile(filepath.Join(dir, "public/drenthe/editie-1/samen-plannen/index.html"))
	if err != nil || !strings.Contains(string(page), "Samen plannen met het gezin") {
		t.Errorf("the new theme's page: %v", err)
	}
	if code, _, errOut := runCLI("new", "spreadsheet", "-s", dir); code != exitUsage {
		t.Errorf("unknown kind: exit %d\n%s", code, errOut)
	}
}
