package scaffold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/load"
)

func project(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../load/testdata/minimal")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestNewEditionStartsFromTheCurrentOne(t *testing.T) {
	dir := project(t)
	created, err := Edition(dir, "demo", "2025")
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "data/factsheets/demo/2025"); created != want {
		t.Errorf("created %s, want %s", created, want)
	}
	site, diags := load.Site(dir)
	if len(diags) > 0 {
		t.Fatalf("the new edition must pass check at once, got:\n%v", diags)
	}
	sheet := site.Factsheet("demo")
	next := sheet.Edition("2025")
	if next == nil || next.Previous != "2024" || !next.Date.IsZero() || next.Name != "2025" || !next.Draft {
		t.Fatalf("new edition: %+v", next)
	}
	if sheet.Current().ID != "2024" {
		t.Errorf("the published edition must stay 2024 until the author switches, got %s", sheet.Current().ID)
	}
	if got, want := len(next.Questions()), len(sheet.Edition("2024").Questions()); got != want {
		t.Errorf("the copy has %d questions, the current edition %d", got, want)
	}
	edition, _ := os.ReadFile(filepath.Join(created, "edition.toml"))
	if !strings.HasPrefix(string(edition), "draft = true  # concept: ") || !strings.Contains(string(edition), "\nprevious = \"2024\"\nname = \"2025\"\ntitle = ") || !strings.Contains(string(edition), "\n# date = ") {
		t.Errorf("edition.toml:\n%s", edition)
	}
	factsheet, _ := os.ReadFile(filepath.Join(dir, "data/factsheets/demo/factsheet.toml"))
	if !strings.HasPrefix(string(factsheet), "current = \"2024\"\ntitle = ") {
		t.Errorf("factsheet.toml:\n%s", factsheet)
	}

	// The next edition after that starts from the current one again, and
	// leaves the factsheet's current edition as it is.
	if _, err := Edition(dir, "demo", "2026"); err != nil {
		t.Fatal(err)
	}
	site, diags = load.Site(dir)
	if len(diags) > 0 || site.Factsheet("demo").Edition("2026").Previous != "2024" {
		t.Errorf("third edition: %v", diags)
	}
}

func TestNewEditionRefusals(t *testing.T) {
	dir := project(t)
	for _, tc := range []struct{ factsheet, id, want string }{
		{"demo", "2024", "already exists"},
		{"demo", "Nieuw!", `"Nieuw!" is not a valid edition id`},
		{"demi", "2025", `no factsheet "demi"`},
		{"demo", "kaarten", `"kaarten" is the address of the card deck or the changes of an edition`},
	} {
		_, err := Edition(dir, tc.factsheet, tc.id)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("new edition %s %s: got %v, want an error with %q", tc.factsheet, tc.id, err, tc.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "data/factsheets/demo/2025")); err == nil {
		t.Error("a refused edition left a directory")
	}
}

// Ids that would take the address of a page of the site's own are
// refused before anything is written.
func TestNewFactsheetAndThemeRefuseReservedIDs(t *testing.T) {
	dir := project(t)
	if _, err := Factsheet(dir, "en", ""); err == nil || !strings.Contains(err.Error(), `"en" is the address of the site in an interface language`) {
		t.Errorf("new factsheet en: %v", err)
	}
	if _, err := Theme(dir, "demo", "wijzigingen", ""); err == nil || !strings.Contains(err.Error(), `"wijzigingen" is the address of the card deck or the changes of an edition`) {
		t.Errorf("new theme wijzigingen: %v", err)
	}
	if _, diags := load.Site(dir); len(diags) > 0 {
		t.Errorf("a refusal changed the project: %v", diags)
	}
}
