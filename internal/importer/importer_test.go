package importer

import (
	"fmt"
	"github.com/rodedraad/rodedraad/internal/message"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/model"
)

// The fixture is a small factsheet of our own in the shape of the
// exports: three themes, questions with sub-questions and emphasis,
// nested practice, tips, two link groups, a colophon and one line of
// lettering that belongs nowhere.
const fixture = "testdata/factsheet.txt"

const fixtureSummary = "3 themes, 10 questions (3 sub-questions), 8 practice examples, 4 tips, 2 link groups; 1 line not placed"

func readFixture(t testing.TB) []byte {
	t.Helper()
	return readFile(t, fixture)
}

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func mustImport(t *testing.T, src []byte) *Result {
	t.Helper()
	return mustImportAs(t, src, "factsheet.txt")
}

func mustImportAs(t *testing.T, src []byte, name string) *Result {
	t.Helper()
	res, err := Import(src, Options{Name: name})
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	return res
}

func fileData(t *testing.T, res *Result, path string) string {
	t.Helper()
	for _, f := range res.Files {
		if f.Path == path {
			return string(f.Data)
		}
	}
	t.Fatalf("no file %s among %v", path, paths(res))
	return ""
}

func paths(res *Result) []string {
	var out []string
	for _, f := range res.Files {
		out = append(out, f.Path)
	}
	return out
}

// loadResult loads the files of an import as a project of their own and
// returns what the loader reports.
func loadResult(res *Result) load.Diagnostics {
	fsys := fstest.MapFS{}
	for _, f := range res.Files {
		fsys[f.Path] = &fstest.MapFile{Data: f.Data}
	}
	_, diags := load.FS(fsys, "proj")
	return diags
}

func TestImportFixture(t *testing.T) {
	res := mustImport(t, readFixture(t))

	if got := res.Summary().String(); got != fixtureSummary {
		t.Errorf("summary:\n got %s\nwant %s", got, fixtureSummary)
	}
	want := Counts{Themes: 3, Questions: 10, SubQuestions: 3, Practice: 8, PracticeSub: 1, Tips: 4, LinkGroups: 2, Links: 5, Unplaced: 1}
	if res.Counts != want {
		t.Errorf("counts: got %+v, want %+v", res.Counts, want)
	}
	var report strings.Builder
	for _, u := range res.Unplaced {
		fmt.Fprintf(&report, "%d: %q\n", u.Line, u.Text)
	}
	if got := report.String(); got != "11: \"WERKPLAATS NOORD\"\n" {
		t.Errorf("unplaced lines:\n%s", got)
	}

	wantPaths := []string{
		"data/site.toml",
		"data/factsheets/samen-sterker-wijk/factsheet.toml",
		"data/factsheets/samen-sterker-wijk/2022-2023/edition.toml",
		"data/factsheets/samen-sterker-wijk/2022-2023/themes/luisteren-gezin.toml",
		"data/factsheets/samen-sterker-wijk/2022-2023/themes/afspraken-regie.toml",
		"data/factsheets/samen-sterker-wijk/2022-2023/themes/leren-elkaar.toml",
	}
	if got := paths(res); fmt.Sprint(got) != fmt.Sprint(wantPaths) {
		t.Errorf("files:\n got %v\nwant %v", got, wantPaths)
	}

	theme := fileData(t, res, wantPaths[3])
	for _, want := range []string{
		"# Geïmporteerd met `rodedraad import` uit factsheet.txt, regels 17-41.\n# Controleer ",
		"\ntitle = \"Luisteren naar het gezin\"\n",
		"\nfinding = \"Ouders hebben vaak het gevoel dat er over hen wordt gepraat in plaats van met hen.\"\n",
		"\nexplanation = \"\"\"\nProfessionals nemen besluiten soms al voordat het gezin zijn verhaal heeft kunnen doen.\nDat kost vertrouwen.\n\"\"\"\n",
		"\naudience = \"professional\"\nquestions_title = \"Reflectievragen voor professionals\"\npractice_title = \"Waar blijkt dit uit in de praktijk?\"\n",
		"\n[[questions]]\nid = \"laat-ouders-eerst-eigen-verhaal\"\ntext = \"Laat ik ouders eerst *hun eigen verhaal* vertellen voordat ik een plan voorstel?\"\n",
		"\n[[questions]]\nid = \"vraag-iets-niet-begrijp\"\ntext = \"Vraag ik door als ik iets niet begrijp?\"\nsub = [\n  \"Ook als het gesprek al lang duurt?\",\n  \"Ook bij ouders die *weinig* zeggen?\",\n]\n",
		"\n[[practice]]\nid = \"verslagen-bevatten-vakjargon-ouders-niet\"\ntext = \"Verslagen bevatten vakjargon dat ouders niet kennen.\"\nsub = [\"Ouders tekenen dan iets wat ze niet helemaal snappen.\"]\n",
	} {
		if !strings.Contains(theme, want) {
			t.Errorf("theme file lacks\n%s\nin\n%s", want, theme)
		}
	}
	edition := fileData(t, res, wantPaths[2])
	for _, want := range []string{
		"\ntitle = \"Samen sterker in de wijk\"\nname = \"2022–2023\"\nsubtitle = \"Lessen uit de buurtwerkplaats (2022 - 2023)\"\n",
		"\nthemes = [\n  \"luisteren-gezin\",\n  \"afspraken-regie\",\n  \"leren-elkaar\",\n]\n",
		"\n[closing]\ntitle = \"Tot slot\"\n",
		"\ntips_title = \"Wat kun jij morgen al doen?\"\ntips = [\n  \"Neem de tijd voor het verhaal van het gezin\",\n",
		"\n[[links]]\ntitle = \"Verslagen van de bijeenkomsten\"\nincomplete = \"De bron noemt deze publicaties zonder webadres.\"\n",
		"\n[[links.items]]\ntitle = \"Verslag bijeenkomst voorjaar 2023\"\n", // quotes around the title taken off
		"\n[[links]]\ntitle = \"Achtergrond\"\nnumbered = true\n",
		"\n[[links.items]]\ntitle = \"Werken met een gezinsplan\"\nurl = \"https://www.example.org/gezinsplan\"\nnote = \"een korte uitleg.\"\n",
	} {
		if !strings.Contains(edition, want) {
			t.Errorf("edition file lacks\n%s\nin\n%s", want, edition)
		}
	}
	factsheet := fileData(t, res, wantPaths[1])
	for _, want := range []string{
		"authors = [\n  \"Mira de Vries\",\n  \"Tom Jansen\",\n]\n",
		"\n[publisher]\nname = \"Buurtwerkplaats Noord\"\nurl = \"https://www.buurtwerkplaats-noord.example\"\n",
		"\n[[credits]]\nrole = \"Ontwerp & realisatie\"\nname = \"Studio Voorbeeld\"\n",
		"\n[source]\ntitle = \"Samen sterker in de wijk – Lessen uit de buurtwerkplaats (2022 - 2023)\"\npublisher = \"Buurtwerkplaats Noord\"\n",
	} {
		if !strings.Contains(factsheet, want) {
			t.Errorf("factsheet file lacks\n%s\nin\n%s", want, factsheet)
		}
	}

	// The written project loads as it is, without errors or warnings.
	dir := t.TempDir()
	if _, _, err := res.Write(dir, false); err != nil {
		t.Fatal(err)
	}
	site, diags := load.Site(dir)
	for _, d := range diags {
		t.Errorf("loading the import: %s", d)
	}
	e := site.Factsheet("samen-sterker-wijk").Current()
	if got := fmt.Sprintf("%+v", site.Count()); got != "{Factsheets:1 Editions:1 Themes:3 Sections:0 Questions:10 SubQuestions:3 Practice:8 Tips:4}" {
		t.Errorf("loaded counts: %s", got)
	}
	if e.Themes[0].Questions[1].Sub[1] != "Ook bij ouders die *weinig* zeggen?" {
		t.Errorf("emphasis in a sub-question: %q", e.Themes[0].Questions[1].Sub[1])
	}
}

func TestNoTheme(t *testing.T) {
	res, err := Import([]byte("Een titel\n\nAlleen wat tekst, zonder rode draad.\n\nKOP IN HOOFDLETTERS\n"), Options{Name: "x.txt"})
	if err != ErrNoTheme {
		t.Fatalf("err = %v, want ErrNoTheme", err)
	}
	if len(res.Files) != 0 || len(res.Unplaced) != 1 || res.Unplaced[0].Line != 5 {
		t.Errorf("files %v, unplaced %v", paths(res), res.Unplaced)
	}
}

func TestInvalidIDs(t *testing.T) {
	for _, opts := range []Options{{Factsheet: "Friesland"}, {Edition: "2025/1"}} {
		if _, err := Import(readFixture(t), opts); err == nil || !strings.Contains(err.Error(), "id") {
			t.Errorf("%+v: err = %v", opts, err)
		}
	}
	res, err := Import(readFixture(t), Options{Factsheet: "buurt", Edition: "eerste"})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Files[2].Path; got != "data/factsheets/buurt/eerste/edition.toml" {
		t.Errorf("edition path %s", got)
	}
}

// Required values the text lacks get placeholders marked TODO, in a
// comment and in the report, and the project still loads.
func TestPlaceholders(t *testing.T) {
	src := "> Rode draad\n\n> Reflectievragen voor professionals\n\n- Een vraag?\n"
	res, err := Import([]byte(src), Options{Name: "kaal.txt"})
	if err != nil {
		t.Fatal(err)
	}
	fs := fileData(t, res, "data/factsheets/factsheet/factsheet.toml")
	for _, want := range []string{
		"title = \"TODO: titel\" # TODO: de tekst begint niet met een titel\n",
		"name = \"TODO: uitgever\" # TODO: wie heeft de publicatie uitgegeven?\n",
		"publisher = \"TODO: uitgever\" # TODO: de uitgever van de oorspronkelijke publicatie\n",
	} {
		if !strings.Contains(fs, want) {
			t.Errorf("factsheet.toml lacks %q:\n%s", want, fs)
		}
	}
	theme := fileData(t, res, "data/factsheets/factsheet/editie-1/themes/thema.toml")
	for _, want := range []string{"title = \"TODO: titel\" # TODO: ", "finding = \"TODO: bevinding\" # TODO: "} {
		if !strings.Contains(theme, want) {
			t.Errorf("theme lacks %q:\n%s", want, theme)
		}
	}
	var report strings.Builder
	res.Report(&report, "proj", message.English)
	for _, want := range []string{
		filepath.FromSlash("proj/data/factsheets/factsheet/factsheet.toml") + ": todo: publisher.name: placeholder \"TODO: uitgever\"",
		filepath.FromSlash("proj/data/factsheets/factsheet/editie-1/themes/thema.toml") + ": todo: finding: placeholder",
	} {
		if !strings.Contains(report.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, report.String())
		}
	}
	for _, d := range loadResult(res) {
		if d.Severity == load.Error {
			t.Errorf("load: %s", d)
		}
	}
}

func TestWriteRefusesToOverwrite(t *testing.T) {
	res := mustImport(t, readFixture(t))
	dir := t.TempDir()
	site := filepath.Join(dir, "data", "site.toml")
	if err := os.MkdirAll(filepath.Dir(site), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(site, []byte("title = \"Eigen site\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	written, _, err := res.Write(dir, false)
	if err != nil || len(written) != len(res.Files)-1 {
		t.Fatalf("first write: %v, %v", written, err)
	}
	if data, _ := os.ReadFile(site); string(data) != "title = \"Eigen site\"\n" {
		t.Errorf("an existing site.toml was replaced: %s", data)
	}

	theme := filepath.Join(dir, "data/factsheets/samen-sterker-wijk/2022-2023/themes/leren-elkaar.toml")
	if err := os.WriteFile(theme, []byte("# mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = res.Write(dir, false)
	existing, ok := err.(*ExistingError)
	if !ok || len(existing.Paths) != len(res.Files)-1 || !strings.Contains(err.Error(), theme) {
		t.Fatalf("second write: %v", err)
	}
	if data, _ := os.ReadFile(theme); string(data) != "# mine\n" {
		t.Error("a refused write changed a file")
	}
	if _, _, err := res.Write(dir, true); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(theme); !strings.HasPrefix(string(data), "# Geïmporteerd met `rodedraad import`") {
		t.Error("--force did not replace the file")
	}
}

// A second import with --force into the same edition removes the theme
// files the first one made and this one does not, and keeps those written
// by hand.
func TestForcedImportRemovesItsEarlierThemes(t *testing.T) {
	res := mustImport(t, readFixture(t))
	dir := t.TempDir()
	if _, _, err := res.Write(dir, false); err != nil {
		t.Fatal(err)
	}
	themes := filepath.Join(dir, "data/factsheets/samen-sterker-wijk/2022-2023/themes")
	imported, err := os.ReadFile(filepath.Join(themes, "leren-elkaar.toml"))
	if err != nil {
		t.Fatal(err)
	}
	earlier, mine := filepath.Join(themes, "oude-titel.toml"), filepath.Join(themes, "eigen.toml")
	for file, data := range map[string][]byte{earlier: imported, mine: []byte("# mine\ntitle = \"Eigen\"\n")} {
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	written, removed, err := res.Write(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(written) != len(res.Files)-1 || !slices.Equal(removed, []string{earlier}) { // site.toml is kept
		t.Errorf("wrote %d files of %d, removed %v; want %s removed", len(written), len(res.Files), removed, earlier)
	}
	if _, err := os.Stat(mine); err != nil {
		t.Errorf("a theme written by hand was removed: %v", err)
	}
}

// The count of lines in a report matches what the model holds.
func TestCountsMatchModel(t *testing.T) {
	res := mustImport(t, readFixture(t))
	site := &model.Site{Factsheets: []*model.Factsheet{res.Factsheet}}
	c := site.Count()
	if c.Questions != res.Counts.Questions || c.Practice != res.Counts.Practice || c.Tips != res.Counts.Tips {
		t.Errorf("model %+v, import %+v", c, res.Counts)
	}
}
