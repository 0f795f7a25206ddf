package scaffold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/load"
)

func TestNewFactsheetInAnEmptyProjectPassesCheck(t *testing.T) {
	dir := t.TempDir()
	files, err := Factsheet(dir, "drenthe", "Samen sterker in Drenthe")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 4 || !strings.HasSuffix(files[0], filepath.Join("data", "site.toml")) {
		t.Errorf("files: %v", files)
	}
	site, diags := load.Site(dir)
	if !onlyExampleTexts(diags) {
		t.Fatalf("the new factsheet must pass check at once without warnings, got:\n%v", diags)
	}
	e := site.Factsheet("drenthe").Current()
	if site.Factsheet("drenthe").Title != "Samen sterker in Drenthe" || e.ID != "editie-1" || len(e.Themes) != 1 || len(e.Questions()) != 1 {
		t.Errorf("factsheet: %+v, edition %+v", site.Factsheet("drenthe"), e)
	}
	if _, err := Factsheet(dir, "drenthe", ""); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("a second time: %v", err)
	}
}

func TestNewThemeIsAddedToTheEdition(t *testing.T) {
	dir := project(t)
	for _, id := range []string{"samen-plannen", "goed-afstemmen"} {
		if _, err := Theme(dir, "demo", id, ""); err != nil {
			t.Fatal(err)
		}
	}
	site, diags := load.Site(dir)
	if !onlyExampleTexts(diags) {
		t.Fatalf("the new themes must pass check at once, got:\n%v", diags)
	}
	e := site.Factsheet("demo").Current()
	if got := strings.Join(e.ThemeIDs, " "); got != "luisteren plannen samen-plannen goed-afstemmen" {
		t.Errorf("themes: %s", got)
	}
	if title := e.Theme("samen-plannen").Title; title != "Samen plannen" {
		t.Errorf("title made from the id: %q", title)
	}
	if _, err := Theme(dir, "demo/2023", "nog-een", ""); err == nil || !strings.Contains(err.Error(), `no edition "2023"`) {
		t.Errorf("unknown edition: %v", err)
	}
}

func TestAppendToListKeepsTheLayout(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"themes = []\n", "themes = [\"c\"]\n"},
		{"themes = [\"a\", \"b\"] # volgorde\n", "themes = [\"a\", \"b\", \"c\"] # volgorde\n"},
		{"themes = [\n  \"a\",\n  \"b\",\n]\n", "themes = [\n  \"a\",\n  \"b\", \"c\"\n]\n"},
		{"# kop\n\ntitle = \"x\"\n", "# kop\n\nthemes = [\"c\"]\ntitle = \"x\"\n"},
	} {
		name := filepath.Join(t.TempDir(), "edition.toml")
		if err := os.WriteFile(name, []byte(tc.in), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := appendToList(name, "themes", "c"); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(name); string(got) != tc.want {
			t.Errorf("from %q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// onlyExampleTexts reports whether the only problems are the warnings
// that name the templates' example texts, left for the author to replace.
func onlyExampleTexts(diags load.Diagnostics) bool {
	for _, d := range diags {
		if d.Severity != load.Warning || !strings.Contains(d.String(), "still holds the example text") {
			return false
		}
	}
	return len(diags) > 0
}
