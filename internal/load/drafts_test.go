package load

import (
	"strings"
	"testing"
)

// draft2025 is an edition in preparation next to the fixture's 2024.
const draft2025 = "title = \"Nieuw\"\ndraft = true\nprevious = \"2024\"\nthemes = [\"luisteren\"]\n"

func TestDraftEditionProblems(t *testing.T) {
	factsheetNoCurrent := strings.Replace(factsheetV2, "current = \"2025\"\n", "", 1)
	for _, tc := range []struct {
		name, edition string
		replace       map[string]string
		want          []string
	}{
		{
			name:    "a draft is current",
			edition: draft2025,
			want: []string{
				`proj/` + factsheet + `:2:1: current: edition "2025" is a draft (draft = true in 2025/edition.toml), and a draft is never published: set current to a published edition, such as "2024", or publish 2025 by removing its draft = true`,
			},
		},
		{
			name:    "a published edition revises a draft",
			edition: draft2025,
			replace: map[string]string{
				factsheet:                                strings.Replace(factsheetV2, `"2025"`, `"2026"`, 1),
				"data/factsheets/demo/2026/edition.toml": "title = \"Later\"\nprevious = \"2025\"\nthemes = [\"luisteren\"]\n",
				"data/factsheets/demo/2026/themes/luisteren.toml": luisteren2025,
			},
			want: []string{
				`proj/data/factsheets/demo/2026/edition.toml:2:1: previous: edition "2025" is a draft, which a plain build leaves out, so this edition would link to what changed since an edition nobody can see: name a published edition, or make this one a draft too`,
			},
		},
		{
			name:    "a published theme links to a draft's theme",
			edition: draft2025,
			replace: map[string]string{
				factsheet: factsheetNoCurrent,
				"data/factsheets/demo/2024/themes/plannen.toml": "related = [\"demo/2025/luisteren\"]\n" +
					"title = \"Samen plannen\"\nfinding = \"x\"\nquestions = []\n",
			},
			want: []string{
				`proj/data/factsheets/demo/2024/themes/plannen.toml:1:12: related theme 1: theme "demo/2025/luisteren" is in edition 2025, a draft, which a plain build leaves out: link to a theme of a published edition`,
			},
		},
		{
			name:    "every edition is a draft",
			edition: draft2025,
			replace: map[string]string{
				factsheet:                                "title = \"Leren in de wijk\"\n\n[publisher]\nname = \"W\"\n\n[source]\ntitle = \"B\"\npublisher = \"W\"\n",
				"data/factsheets/demo/2024/edition.toml": "title = \"Oud\"\ndraft = true\nthemes = [\"luisteren\", \"plannen\"]\nsections = [\"stappen\"]\n",
			},
			want: []string{
				`proj/` + factsheet + `:1:1: warning: every edition of this factsheet is a draft, so a plain build leaves the whole factsheet out; serve and build --drafts show it`,
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			diags := secondEdition(t, tc.edition, luisteren2025, tc.replace)
			if got := messages(diags); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// A draft next to one published edition needs no `current`: the
// published one is current, and the draft is neither current nor an
// older edition.
func TestADraftIsNeverCurrent(t *testing.T) {
	site, diags := FS(fixture(t, map[string]string{newEdition: draft2025, newTheme: luisteren2025}), "proj")
	if len(diags) > 0 {
		t.Fatalf("want no problems, got:\n%s", strings.Join(messages(diags), "\n"))
	}
	sheet := site.Factsheet("demo")
	draft, published := sheet.Edition("2025"), sheet.Edition("2024")
	if !draft.Draft || sheet.Current() != published {
		t.Fatalf("current is %s, want 2024 (the draft 2025 comes last)", sheet.Current().ID)
	}
	if draft.Archived() || published.Archived() {
		t.Errorf("archived: draft %t, published %t; want neither", draft.Archived(), published.Archived())
	}
	if drafts := site.Drafts(); len(drafts) != 1 || drafts[0] != draft {
		t.Errorf("drafts %v, want 2025", drafts)
	}
}
