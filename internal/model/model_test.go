package model

import (
	"fmt"
	"slices"
	"testing"
)

func TestCheckID(t *testing.T) {
	for id, want := range map[string]string{
		"samen-beslissen": "<nil>",
		"2021-2024":       "<nil>",
		"":                "an id must not be empty",
		"a/b":             "an id must not contain '/' or '\\'",
		`a\b`:             "an id must not contain '/' or '\\'",
		"a..b":            "an id must not contain '..'",
		"Regie":           "an id must be lowercase",
		"-regie":          "an id must start with a letter or digit",
		"regie-":          "an id must not end with a hyphen or hold two in a row",
		"re--gie":         "an id must not end with a hyphen or hold two in a row",
		"regie_1":         "an id may hold only a-z, 0-9 and hyphens",
		"coördinatie":     "an id may hold only a-z, 0-9 and hyphens",
	} {
		if got := fmt.Sprint(CheckID(id)); got != want {
			t.Errorf("CheckID(%q) = %s, want %s", id, got, want)
		}
	}
}

func TestParseColour(t *testing.T) {
	if c, err := ParseColour("#1F5F8B"); c != "#1f5f8b" || err != nil {
		t.Errorf("got %q, %v", c, err)
	}
	for _, bad := range []string{"1f5f8b", "#1f5f8", "#1f5f8g", "rood", "#1f5f8b0"} {
		if _, err := ParseColour(bad); err == nil {
			t.Errorf("ParseColour(%q) accepted", bad)
		}
	}
}

func TestContrast(t *testing.T) {
	if got := Contrast("#000000", "#ffffff"); fmt.Sprintf("%.1f", got) != "21.0" {
		t.Errorf("black on white: %.2f", got)
	}
	if got := Contrast("#777777", "#ffffff"); fmt.Sprintf("%.2f", got) != "4.48" {
		t.Errorf("#777 on white: %.2f", got)
	}
	for _, c := range ThemePalette {
		if got := Contrast(c, "#ffffff"); got < 4.5 {
			t.Errorf("palette colour %s has contrast %.2f with white, below WCAG AA 4.5", c, got)
		}
	}
}

func TestResolveTheme(t *testing.T) {
	site := &Site{}
	old := &Edition{ID: "2021"}
	cur := &Edition{ID: "2025"}
	sheet := &Factsheet{ID: "fr", CurrentID: "2025", Editions: []*Edition{old, cur}}
	old.Factsheet, cur.Factsheet = sheet, sheet
	old.Themes = []*Theme{{ID: "regie", Edition: old}}
	cur.Themes = []*Theme{{ID: "regie", Edition: cur}, {ID: "leren", Edition: cur}}
	site.Factsheets = []*Factsheet{sheet}
	for ref, want := range map[string]string{
		"leren":         "fr/2025/leren",
		"fr/regie":      "fr/2025/regie",
		"fr/2021/regie": "fr/2021/regie",
		"fr/2021/leren": "<nil>",
		"xx/regie":      "<nil>",
		"a/b/c/d":       "<nil>",
	} {
		got := "<nil>"
		if th := site.ResolveTheme(cur, ref); th != nil {
			got = th.Ref()
		}
		if got != want {
			t.Errorf("ResolveTheme(%q) = %s, want %s", ref, got, want)
		}
	}
}

// A theme or section is continued by the one with its id, else by the
// one that lists its id as a former id.
func TestSuccessor(t *testing.T) {
	e := &Edition{
		Themes:   []*Theme{{ID: "samen-een-plan", Formerly: []string{"integraal-samenwerken"}}, {ID: "regie"}},
		Sections: []*Section{{ID: "stappenplan", Formerly: []string{"stappen"}}, {ID: "principes", Formerly: []string{"regie"}}},
	}
	for _, c := range []struct{ id, theme, section string }{
		{"regie", "regie", "principes"},
		{"integraal-samenwerken", "samen-een-plan", ""},
		{"stappen", "", "stappenplan"},
		{"weg", "", ""},
	} {
		var theme, section string
		if got := e.Successor(&Theme{ID: c.id}); got != nil {
			theme = got.ID
		}
		if got := e.SectionSuccessor(&Section{ID: c.id}); got != nil {
			section = got.ID
		}
		if theme != c.theme || section != c.section {
			t.Errorf("%s: theme %q, section %q; want %q, %q", c.id, theme, section, c.theme, c.section)
		}
	}
}

func TestDropDrafts(t *testing.T) {
	published := &Edition{ID: "2021"}
	draft := &Edition{ID: "2025", Draft: true, Previous: "2021"}
	sheet := &Factsheet{ID: "fr", Editions: []*Edition{published, draft}}
	published.Factsheet, draft.Factsheet = sheet, sheet
	onlyDraft := &Edition{ID: "1", Draft: true}
	future := &Factsheet{ID: "nieuw", Editions: []*Edition{onlyDraft}}
	onlyDraft.Factsheet = future
	site := &Site{Factsheets: []*Factsheet{sheet, future}}

	if sheet.Current() != published || future.Current() != onlyDraft {
		t.Fatalf("current: %s and %s; a draft is current only when there is nothing else", sheet.Current().ID, future.Current().ID)
	}
	dropped := site.DropDrafts()
	if len(dropped) != 2 || dropped[0] != draft || dropped[1] != onlyDraft {
		t.Errorf("dropped %v, want the two drafts", dropped)
	}
	if len(site.Factsheets) != 1 || site.Factsheets[0] != sheet || len(sheet.Editions) != 1 || sheet.Editions[0] != published {
		t.Errorf("left %d factsheets, the first with %d editions: want fr with 2021 only", len(site.Factsheets), len(sheet.Editions))
	}
	if sheet.Edition("2025") != nil || sheet.Current() != published {
		t.Error("the draft can still be found")
	}
}

// Every palette colour, and the darkest and lightest there are, read as
// text on the dark scheme's page once lightened, and are kept when they
// already do.
func TestInkOnDark(t *testing.T) {
	for _, c := range append(slices.Clone(ThemePalette), "#000000", "#ffffff", "#1f5f8b") {
		ink := c.InkOnDark()
		if got := Contrast(ink, DarkPaper); got < MinContrast {
			t.Errorf("%s.InkOnDark() = %s, contrast %.2f:1 on %s, want %.1f:1", c, ink, got, DarkPaper, MinContrast)
		}
		if Contrast(c, DarkPaper) >= MinContrast && ink != c {
			t.Errorf("%s already reads on %s, but InkOnDark made it %s", c, DarkPaper, ink)
		}
	}
}
