package load

import (
	"strings"
	"testing"
)

const (
	factsheet   = "data/factsheets/demo/factsheet.toml"
	newEdition  = "data/factsheets/demo/2025/edition.toml"
	newTheme    = "data/factsheets/demo/2025/themes/luisteren.toml"
	factsheetV2 = `title = "Leren in de wijk"
current = "2025"

[publisher]
name = "Werkplaats Voorbeeld"

[source]
title = "Leren in de wijk: wat we zagen"
publisher = "Werkplaats Voorbeeld"
`
)

// secondEdition is the fixture with an edition 2025 next to 2024, with
// one theme; replace changes more files.
func secondEdition(t *testing.T, edition, theme string, replace map[string]string) Diagnostics {
	t.Helper()
	files := map[string]string{factsheet: factsheetV2, newEdition: edition, newTheme: theme}
	for k, v := range replace {
		files[k] = v
	}
	_, diags := FS(fixture(t, files), "proj")
	return diags
}

const luisteren2025 = `title = "Goed luisteren"
finding = "Ouders voelen zich niet altijd gehoord."

[[questions]]
id = "echt-luisteren"
text = "Luister ik *echt* naar het verhaal van het gezin?"
`

func TestEditionsComeInPublicationOrder(t *testing.T) {
	site, diags := FS(fixture(t, map[string]string{
		factsheet: strings.Replace(factsheetV2, `"2025"`, `"lente"`, 1),
		"data/factsheets/demo/zomer/edition.toml":          "title = \"Zomer\"\nthemes = [\"luisteren\"]\n",
		"data/factsheets/demo/zomer/themes/luisteren.toml": luisteren2025,
		"data/factsheets/demo/lente/edition.toml":          "title = \"Lente\"\nprevious = \"zomer\"\nthemes = [\"luisteren\"]\n",
		"data/factsheets/demo/lente/themes/luisteren.toml": luisteren2025,
		"data/factsheets/demo/2024/edition.toml":           "title = \"Oud\"\nthemes = [\"luisteren\"]\n",
		"data/factsheets/demo/2024/themes/plannen.toml":    "",
		"data/factsheets/demo/2024/sections/stappen.toml":  "",
		"data/factsheets/demo/2024/themes/luisteren.toml":  luisteren2025,
	}), "proj")
	if diags.HasErrors() {
		t.Fatalf("unexpected problems:\n%s", strings.Join(messages(diags), "\n"))
	}
	var order []string
	for _, e := range site.Factsheet("demo").Editions {
		order = append(order, e.ID)
	}
	// Each edition after the one it revises; ids decide the rest.
	if got := strings.Join(order, " "); got != "2024 zomer lente" {
		t.Errorf("order: got %s, want 2024 zomer lente", got)
	}
	lente := site.Factsheet("demo").Edition("lente")
	if lente.Archived() || lente.PreviousEdition().ID != "zomer" || !site.Factsheet("demo").Edition("zomer").Archived() {
		t.Error("lente is current and revises zomer, which is archived")
	}
}

func TestEditionErrors(t *testing.T) {
	for _, tc := range []struct {
		name, edition, theme string
		replace              map[string]string
		want                 []string
	}{
		{
			name:    "unknown previous edition",
			edition: "title = \"Nieuw\"\nprevious = \"2023\"\nthemes = [\"luisteren\"]\n",
			theme:   luisteren2025,
			want:    []string{`proj/` + newEdition + `:2:1: previous: no edition "2023" in this factsheet (did you mean "2024"?)`},
		},
		{
			name:    "revises itself",
			edition: "title = \"Nieuw\"\nprevious = \"2025\"\nthemes = [\"luisteren\"]\n",
			theme:   luisteren2025,
			want:    []string{`proj/` + newEdition + `:2:1: previous: an edition cannot revise itself`},
		},
		{
			name:    "circle",
			edition: "title = \"Nieuw\"\nprevious = \"2024\"\nthemes = [\"luisteren\"]\n",
			theme:   luisteren2025,
			replace: map[string]string{edition: "title = \"Oud\"\nprevious = \"2025\"\nthemes = [\"luisteren\", \"plannen\"]\nsections = [\"stappen\"]\n"},
			want: []string{
				`proj/` + edition + `:2:1: previous: the editions revise each other in a circle`,
			},
		},
		{
			name:    "former ids",
			edition: "title = \"Nieuw\"\nprevious = \"2024\"\nthemes = [\"luisteren\", \"plannen\"]\n",
			theme:   "formerly = [\"luisteren\", \"plannen\", \"horen\", \"Horen!\"]\n" + luisteren2025,
			replace: map[string]string{"data/factsheets/demo/2025/themes/plannen.toml": "title = \"Plannen\"\nfinding = \"x\"\nquestions = []\nformerly = [\"horen\"]\n"},
			want: []string{
				`proj/` + newTheme + `:1:13: former id 1: "luisteren" is the theme's own id`,
				`proj/` + newTheme + `:1:26: former id 2: "plannen" is the id of a theme of this edition: its address cannot lead to both`,
				`proj/` + newTheme + `:1:46: former id 4: "Horen!" is not a valid id: an id must be lowercase; write it as "horen"`,
				`proj/data/factsheets/demo/2025/themes/plannen.toml:4:13: former id 1: "horen" is also a former id of theme "luisteren"`,
			},
		},
		{
			name:    "ids that are addresses of other pages",
			edition: "title = \"Nieuw\"\nprevious = \"2024\"\nthemes = [\"luisteren\", \"kaarten\"]\nsections = [\"wijzigingen\", \"luisteren\", \"stappen\"]\n",
			theme:   "formerly = [\"stappen\", \"kaarten\", \"oude-stappen\"]\n" + luisteren2025,
			replace: map[string]string{
				"data/factsheets/demo/2025/themes/kaarten.toml":       "title = \"Kaarten\"\nfinding = \"x\"\nquestions = []\n",
				"data/factsheets/demo/2025/sections/wijzigingen.toml": "title = \"Wijzigingen\"\n",
				"data/factsheets/demo/2025/sections/luisteren.toml":   "title = \"Luisteren\"\n",
				"data/factsheets/demo/2025/sections/stappen.toml":     "formerly = [\"stappen\", \"oude-stappen\", \"verder\"]\ntitle = \"Stappen\"\n",
				"data/factsheets/demo/kaarten/edition.toml":           "title = \"Kaarten\"\n",
				"data/factsheets/fy/factsheet.toml":                   factsheetV2,
				"data/factsheets/fy/2025/edition.toml":                "title = \"Nij\"\nsections = [\"stappen\"]\n",
				"data/factsheets/fy/2025/sections/stappen.toml":       "title = \"Stappen\"\n",
			},
			want: []string{
				`proj/` + newEdition + `:3:24: theme 2: "kaarten" is the address of the card deck or the changes of an edition: choose another id`,
				`proj/` + newEdition + `:4:13: section 1: "wijzigingen" is the address of the card deck or the changes of an edition: choose another id`,
				`proj/` + newEdition + `:4:28: section 2: "luisteren" is also a theme of this edition: the two would share an address`,
				`proj/data/factsheets/demo/2025/sections/stappen.toml:1:13: former id 1: "stappen" is the section's own id`,
				`proj/data/factsheets/demo/2025/sections/stappen.toml:1:24: former id 2: "oude-stappen" is also a former id of theme "luisteren"`,
				`proj/` + newTheme + `:1:13: former id 1: "stappen" is the id of a section of this edition: its address cannot lead to both`,
				`proj/` + newTheme + `:1:24: former id 2: "kaarten" is the address of the card deck or the changes of an edition`,
				`proj/data/factsheets/demo/kaarten: the directory name is its id: "kaarten" is the address of the card deck or the changes of an edition; rename the directory`,
				`proj/data/factsheets/demo/kaarten/edition.toml:1:1: warning: the edition has no themes and no sections`,
				`proj/data/factsheets/fy: the directory name is its id: "fy" is the address of the site in an interface language; rename the directory`,
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			diags := secondEdition(t, tc.edition, tc.theme, tc.replace)
			got := messages(diags)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestRewordedQuestionUnderNewIDWarns(t *testing.T) {
	diags := secondEdition(t, "title = \"Nieuw\"\nprevious = \"2024\"\nthemes = [\"luisteren\"]\n", `title = "Goed luisteren"
finding = "Ouders voelen zich niet altijd gehoord."

[[questions]]
id = "echt-luisteren"
text = "Luister ik *echt* naar het verhaal van het gezin?"

[[questions]]
id = "genoeg-tijd"
text = "Neem ik wel genoeg tijd?"

[[questions]]
id = "iets-anders"
text = "Wie betrek ik bij het plan?"
`, nil)
	want := []string{
		`proj/` + newTheme + `:9:1: warning: question 2, id: question "genoeg-tijd" is new, but it reads like question "tijd-nemen" of edition 2024, which is gone (89% the same words): if it is that question reworded, keep the id "tijd-nemen" so links to it keep working`,
	}
	if got := messages(diags); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
