package load

import (
	"strings"
	"testing"
)

// TestDeckNamesMustDiffer: the ids of factsheet, edition and theme are
// joined with hyphens into the deck's name, so different ids can give
// one name; the later deck is refused, naming both.
func TestDeckNamesMustDiffer(t *testing.T) {
	const otherSheet = "data/factsheets/demo-2024/factsheet.toml"
	for _, tc := range []struct {
		name    string
		replace map[string]string
		want    string
	}{
		{
			name: "an edition's deck and a theme's deck",
			replace: map[string]string{
				otherSheet: minimalFile(t, factsheet),
				"data/factsheets/demo-2024/luisteren/edition.toml":       "title = \"Luisteren\"\nsections = [\"kort\"]\n",
				"data/factsheets/demo-2024/luisteren/sections/kort.toml": "title = \"Kort\"\n",
			},
			want: "proj/data/factsheets/demo-2024/luisteren/edition.toml:1:1: the card deck of edition demo-2024/luisteren is named \"demo-2024-luisteren\", as is the deck of theme demo/2024/luisteren (proj/" + theme + "): their PDF files would be one; rename a directory or file of one of them",
		},
		{
			name: "a former id's deck",
			replace: map[string]string{
				otherSheet: minimalFile(t, factsheet),
				"data/factsheets/demo-2024/oud/edition.toml":       "title = \"Oud\"\nsections = [\"kort\"]\n",
				"data/factsheets/demo-2024/oud/sections/kort.toml": "title = \"Kort\"\n",
				theme: "formerly = [\"oud\"]\n" + minimalFile(t, theme),
			},
			want: "proj/" + theme + ":1:13: former id 1: the card deck of theme demo/2024/luisteren under its former id oud is named \"demo-2024-oud\", as is the deck of edition demo-2024/oud (proj/data/factsheets/demo-2024/oud/edition.toml): their PDF files would be one; rename a directory or file of one of them",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := FS(fixture(t, tc.replace), "proj")
			if got := strings.Join(messages(diags), "\n"); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// minimalFile is the content of a file of the minimal fixture.
func minimalFile(t *testing.T, name string) string { return string(fixture(t, nil)[name].Data) }
