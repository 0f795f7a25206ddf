package load

import (
	"os"
	"strings"
	"testing"
)

// siteWith is the fixture's site.toml with rights tables added after its
// first three lines (title, languages and a blank line), so that line
// numbers in the expected messages count from line 4.
func siteWith(t *testing.T, tables string) string {
	t.Helper()
	data, err := os.ReadFile("testdata/minimal/" + site)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfterN(string(data), "\n", 4)
	if len(lines) < 4 || lines[2] != "\n" {
		t.Fatalf("the fixture's site.toml no longer starts with two lines and a blank line:\n%s", data)
	}
	return lines[0] + lines[1] + lines[2] + tables + "\n" + lines[3]
}

func TestRightsOfOwnTextsAndSourcesLoad(t *testing.T) {
	s, diags := FS(fixture(t, map[string]string{site: siteWith(t, `[licence]
name = "CC BY 4.0"
url = "https://creativecommons.org/licenses/by/4.0/deed.nl"

[rights]
sources = "De factsheets geven publicaties van anderen weer; de rechten daarop blijven bij hun *uitgevers*."
`)}), "proj")
	if len(diags) != 0 {
		t.Fatalf("want no problems, got:\n%s", strings.Join(messages(diags), "\n"))
	}
	if s.Licence.Name != "CC BY 4.0" {
		t.Errorf("licence: got %+v", s.Licence)
	}
	if want := "De factsheets geven publicaties van anderen weer; de rechten daarop blijven bij hun *uitgevers*."; string(s.Rights.Sources) != want {
		t.Errorf("rights.sources: got %q, want %q", s.Rights.Sources, want)
	}
}

// TestLicenceAloneStillLoads: a site.toml from before [rights] loads as it
// did, and check says what its licence now covers and what to add.
func TestLicenceAloneStillLoads(t *testing.T) {
	s, diags := FS(fixture(t, map[string]string{site: siteWith(t, `[licence]
name = "CC BY 4.0"
`)}), "proj")
	if diags.HasErrors() {
		t.Fatalf("a site.toml with only [licence] must load:\n%s", strings.Join(messages(diags), "\n"))
	}
	if s.Licence.Name != "CC BY 4.0" || s.Rights.Sources != "" {
		t.Errorf("licence %+v, rights %+v", s.Licence, s.Rights)
	}
	want := []string{"proj/" + site + ":4:1: warning: licence: the site shows this as the licence of all its texts, the factsheets' too; " +
		"say in [rights] sources what holds for the publications they restate (also when the licence holds for them)"}
	if got := messages(diags); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestRightsErrorsPointAtTheirLine(t *testing.T) {
	for _, tc := range []struct {
		name, tables string
		want         []string
	}{
		{
			name:   "sources not a string",
			tables: "[rights]\nsources = 4\n",
			want:   []string{"proj/" + site + ":5:1: rights.sources: must be a string, not an integer"},
		},
		{
			name:   "sources empty",
			tables: "[rights]\nsources = \"  \"\n",
			want:   []string{"proj/" + site + ":5:1: rights.sources: must not be empty"},
		},
		{
			name:   "misspelt key",
			tables: "[rights]\nsource = \"De rechten blijven bij de uitgevers.\"\n",
			want: []string{
				"proj/" + site + ":5:1: rights.source: unknown key: did you mean \"sources\"? That key is required",
			},
		},
		{
			name:   "rights not a table",
			tables: "rights = \"De rechten blijven bij de uitgevers.\"\n",
			want:   []string{"proj/" + site + ":4:1: rights: must be a table, not a string"},
		},
		{
			name:   "licence without a name",
			tables: "[licence]\nurl = \"https://creativecommons.org/licenses/by/4.0/deed.nl\"\n\n[rights]\nsources = \"De rechten blijven bij de uitgevers.\"\n",
			want:   []string{"proj/" + site + ":4:1: licence: missing required key \"name\": add a line name = …"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := FS(fixture(t, map[string]string{site: siteWith(t, tc.tables)}), "proj")
			if got := messages(diags); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if !diags.HasErrors() {
				t.Error("HasErrors is false")
			}
		})
	}
}
