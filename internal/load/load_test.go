package load

import (
	"github.com/rodedraad/rodedraad/internal/message"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

const (
	theme   = "data/factsheets/demo/2024/themes/luisteren.toml"
	edition = "data/factsheets/demo/2024/edition.toml"
	section = "data/factsheets/demo/2024/sections/stappen.toml"
	site    = "data/site.toml"
)

// fixture returns the minimal valid project with some files replaced;
// a replacement of "" removes the file.
func fixture(t testing.TB, replace map[string]string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS("testdata/minimal"), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile("testdata/minimal/" + p)
		fsys[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range replace {
		if content == "" {
			delete(fsys, name)
			continue
		}
		fsys[name] = &fstest.MapFile{Data: []byte(content)}
	}
	return fsys
}

func messages(ds Diagnostics) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.String()
	}
	return out
}

func TestMinimalFixtureIsValid(t *testing.T) {
	site, diags := FS(fixture(t, nil), "proj")
	if len(diags) != 0 {
		t.Fatalf("want no problems, got:\n%s", strings.Join(messages(diags), "\n"))
	}
	e := site.Factsheet("demo").Current()
	if got := len(e.Questions()); got != 3 {
		t.Errorf("questions: got %d, want 3", got)
	}
	if got := e.Themes[1].Colour; got != "#1f5f8b" {
		t.Errorf("second theme gets the palette colour of its position: got %s", got)
	}
	if got := e.Themes[0].Questions[0].Audience; got != "professional" {
		t.Errorf("default audience: got %q", got)
	}
	if got := e.Date.Format("2006-01-02"); got != "2024-03-01" {
		t.Errorf("date: got %s", got)
	}
	items := e.Sections[0].Lists[0].Items
	if items[0].Text != "Afspraken worden afgezegd." || len(items[1].Sub) != 2 {
		t.Errorf("list items written as string and as table: got %+v", items)
	}
}

// Each case breaks the minimal fixture in one way and expects exactly
// these problems, in this order.
var errorCases = []struct {
	name    string
	replace map[string]string
	want    []string
}{
	{
		name:    "syntax error",
		replace: map[string]string{theme: "title = \"Goed luisteren\nfinding = \"x\"\n"},
		want:    []string{"proj/" + theme + ":1:24: the closing quote \" is missing here: put a \" at the end of the text; a text over several lines goes between three quotes (\"\"\")"},
	},
	{
		name: "unknown key with suggestion",
		replace: map[string]string{theme: `title = "Goed luisteren"
finding = "Ouders voelen zich niet gehoord."
questions = []

[[practice]]
id = "haast"
txt = "Gesprekken worden afgeraffeld."
`},
		want: []string{
			"proj/" + theme + ":7:1: practice example 1, txt: unknown key: did you mean \"text\"? That key is required",
		},
	},
	{
		name:    "missing required key",
		replace: map[string]string{theme: "title = \"Goed luisteren\"\nquestions = []\n"},
		want:    []string{"proj/" + theme + ":1:1: missing required key \"finding\": add a line finding = …"},
	},
	{
		name:    "wrong type",
		replace: map[string]string{theme: "title = \"Goed luisteren\"\nfinding = \"x\"\nquestions = []\ntags = \"regie\"\ncolour = 12\n"},
		want: []string{
			"proj/" + theme + ":4:1: tags: must be an array, not a string",
			"proj/" + theme + ":5:1: colour: must be a string, not an integer",
		},
	},
	{
		name: "malformed ids",
		replace: map[string]string{theme: `title = "Goed luisteren"
finding = "x"

[[questions]]
id = "Vraag 1"
text = "Luister ik?"

[[questions]]
id = "../vraag"
text = "Vraag ik door?"

[[practice]]
id = "te--snel"
text = "Haast."
`},
		want: []string{
			"proj/" + theme + ":5:1: question 1, id: \"Vraag 1\" is not a valid id: an id must be lowercase; write it as \"vraag-1\"",
			"proj/" + theme + ":9:1: question 2, id: \"../vraag\" is not a valid id: an id must not contain '/' or '\\'; write it as \"vraag\"",
			"proj/" + theme + ":13:1: practice example 1, id: \"te--snel\" is not a valid id: an id must not end with a hyphen or hold two in a row; write it as \"te-snel\"",
		},
	},
	{
		name: "file name is not an id",
		replace: map[string]string{
			"data/factsheets/demo/2024/themes/Luisteren Goed.toml": "title = \"x\"\nfinding = \"y\"\nquestions = []\n",
		},
		want: []string{"proj/" + edition + ":3:1: themes: the file themes/Luisteren Goed.toml is not listed: add \"Luisteren Goed\", in reading order"},
	},
	{
		name: "duplicate ids across files",
		replace: map[string]string{section: `title = "Als het vastloopt"

[[step_plans]]
id = "opschalen"
title = "Opschalen"

[[step_plans.steps]]
title = "Stap 1"

[[step_plans.steps.questions]]
id = "tijd-nemen"
text = "Heb ik tijd genomen?"
`},
		want: []string{"proj/" + section + ":11:1: step plan 1, step 1, question 1, id: duplicate question id \"tijd-nemen\": already used at luisteren.toml:12:1"},
	},
	{
		name: "dangling references",
		replace: map[string]string{
			theme: `title = "Goed luisteren"
finding = "x"
questions = []
tags = ["regei"]
related = ["planen", "andere/2020/iets"]
`,
			edition: `title = "Leren in de wijk"
themes = ["luisteren", "plannen", "bestaat-niet"]
sections = ["stappen"]

[[links]]
title = "Meer lezen"
items = [{ title = "Over plannen", theme = "plannen-samen" }]
`,
		},
		want: []string{
			"proj/" + edition + ":2:35: theme 3: no file themes/bestaat-niet.toml",
			"proj/" + edition + ":7:36: link group 1, link 1, theme: no theme \"plannen-samen\"",
			"proj/" + theme + ":4:9: tag 1: no tag \"regei\" in proj/data/site.toml (did you mean \"regie\"?); the tags there are regie, leren. For a new tag, add a block [[tags]] with, on lines of their own, id = \"regei\" and label = \"Regei\", as the blocks from line 4",
			"proj/" + theme + ":5:12: related theme 1: no theme \"planen\" (did you mean \"plannen\"?)",
			"proj/" + theme + ":5:22: related theme 2: no theme \"andere/2020/iets\"",
		},
	},
	{
		name: "empty question",
		replace: map[string]string{theme: `title = "Goed luisteren"
finding = "x"

[[questions]]
id = "leeg"
text = "  "
sub = [""]
`},
		want: []string{
			"proj/" + theme + ":6:1: question 1, text: must not be empty",
			"proj/" + theme + ":7:8: question 1, sub-item 1: must not be empty",
		},
	},
	{
		name:    "invalid colour",
		replace: map[string]string{theme: "title = \"Goed luisteren\"\nfinding = \"x\"\nquestions = []\ncolour = \"#12345\"\n"},
		want:    []string{"proj/" + theme + ":4:1: colour: \"#12345\" is not a colour: write it as #rrggbb, such as #1f5f8b"},
	},
	{
		name:    "not UTF-8",
		replace: map[string]string{theme: "title = \"Goed luisteren\"\nfinding = \"Caf\xe9 en meer\"\n"},
		want:    []string{"proj/" + theme + ":2:15: file is not UTF-8 text: save it as UTF-8"},
	},
	{
		name: "unknown enum values",
		replace: map[string]string{theme: `title = "Goed luisteren"
finding = "x"
audience = "teams"

[[questions]]
id = "vraag"
text = "Vraag?"
level = "het-goede"
`},
		want: []string{
			"proj/" + theme + ":3:1: audience: \"teams\" is not one of professional, team, management, board, policy (did you mean \"team\"?)",
			"proj/" + theme + ":8:1: question 1, level: no reflection level \"het-goede\" in site.toml (did you mean \"het-goed\"?)",
		},
	},
	{
		name: "factsheet id that is an address of the site",
		replace: map[string]string{
			"data/factsheets/404/factsheet.toml":          "title = \"Niet gevonden\"\n[publisher]\nname = \"x\"\n[source]\ntitle = \"x\"\npublisher = \"x\"\n",
			"data/factsheets/404/2024/edition.toml":       "title = \"Niet gevonden\"\nsections = [\"leeg\"]\n",
			"data/factsheets/404/2024/sections/leeg.toml": "title = \"Leeg\"\n",
		},
		want: []string{"proj/data/factsheets/404: the directory name is its id: \"404\" is the address of a page or file of the site itself; rename the directory"},
	},
	{
		name: "one problem, one message",
		replace: map[string]string{theme: `title = "Goed luisteren"
finding = "x"
tags = [1]

[[questions]]
id = ""
text = "Luister ik?"

[[questions]]
text = "Vraag ik door?"
`},
		want: []string{
			"proj/" + theme + ":3:9: tag 1: must be a string, not an integer",
			"proj/" + theme + ":6:1: question 1, id: must not be empty",
			"proj/" + theme + ":9:1: question 2: missing required key \"id\": add a line id = …",
		},
	},
	{
		name:    "NUL byte",
		replace: map[string]string{theme: "title = \"Goed\x00 luisteren\"\nfinding = \"x\"\nquestions = []\n"},
		want:    []string{"proj/" + theme + ":1:14: here is an invisible control character (0x00), which a text may not hold: delete it; such characters often come along when text is copied from a PDF"},
	},
	{
		name: "file name with a line end",
		replace: map[string]string{
			"data/factsheets/demo/2024/themes/goed\nluisteren.toml": "title = \"x\"\nfinding = \"y\"\nquestions = []\n",
		},
		want: []string{"proj/" + edition + ":3:1: themes: the file \"themes/goed\\nluisteren.toml\" is not listed: add \"goed\\nluisteren\", in reading order"},
	},
	{
		name:    "missing file",
		replace: map[string]string{site: ""},
		want:    []string{"proj/" + site + ": file not found"},
	},
	{
		name: "five errors in one file",
		replace: map[string]string{theme: `titel = "Goed luisteren"
finding = "x"
colour = "rood"
tags = ["regie", "onbekend"]

[[questions]]
id = "Vraag"
text = ""
`},
		want: []string{
			"proj/" + theme + ":1:1: titel: unknown key: did you mean \"title\"? That key is required",
			"proj/" + theme + ":3:1: colour: \"rood\" is not a colour: write it as #rrggbb, such as #1f5f8b",
			"proj/" + theme + ":4:18: tag 2: no tag \"onbekend\" in proj/data/site.toml; the tags there are regie, leren. For a new tag, add a block [[tags]] with, on lines of their own, id = \"onbekend\" and label = \"Onbekend\", as the blocks from line 4",
			"proj/" + theme + ":7:1: question 1, id: \"Vraag\" is not a valid id: an id must be lowercase; write it as \"vraag\"",
			"proj/" + theme + ":8:1: question 1, text: must not be empty",
		},
	},
}

func TestErrors(t *testing.T) {
	for _, tc := range errorCases {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := FS(fixture(t, tc.replace), "proj")
			got := messages(diags)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if !diags.HasErrors() {
				t.Error("HasErrors is false")
			}
		})
	}
}

func TestWarningsDoNotFail(t *testing.T) {
	_, diags := FS(fixture(t, map[string]string{
		"data/factsheets/demo/2024/themes/plannen.toml": "title = \"Samen plannen\"\nfinding = \"x\"\n",
		"data/factsheets/demo/notes.txt":                "kladblok",
	}), "proj")
	want := []string{
		"proj/data/factsheets/demo/2024/themes/plannen.toml:1:1: warning: the theme has no reflection questions (write `questions = []` if that is on purpose)",
		"proj/data/factsheets/demo/notes.txt: warning: not read: rodedraad expects factsheet.toml and one directory per edition here",
	}
	if got := messages(diags); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if diags.HasErrors() {
		t.Error("warnings must not count as errors")
	}
}

func TestContentWarnings(t *testing.T) {
	_, diags := FS(fixture(t, map[string]string{theme: `title = "Goed luisteren"
finding = "Bel <b>Anna</b> op 06-12345678 of mail anna@example.org."
questions = []
`}), "proj")
	want := []string{
		"proj/" + theme + ":2:1: warning: finding: looks like an e-mail address or phone number: publish no personal contact details",
		"proj/" + theme + ":2:1: warning: finding: holds HTML, which the site does not show: write Markdown instead",
	}
	if got := messages(diags); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestDiagnosticIsOneLine: a line end or another control character in a
// file name, key or message never breaks the line of a diagnostic.
func TestDiagnosticIsOneLine(t *testing.T) {
	d := Diagnostic{File: "proj/goed\nluisteren.toml", Line: 2, Col: 3, Key: "a\tb", Message: message.Verbatim("geen \x00 hier")}
	if got, want := d.String(), `"proj/goed\nluisteren.toml":2:3: "a\tb": geen \x00 hier`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
