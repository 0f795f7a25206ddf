package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const importFixture = "../../internal/importer/testdata/factsheet.txt"

// An imported text is a project that checks and builds at once.
func TestImportCheckBuild(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := runCLI("import", importFixture, "-s", dir)
	if code != exitOK {
		t.Fatalf("import: exit %d\n%s", code, errOut)
	}
	themes := filepath.Join(dir, "data", "factsheets", "samen-sterker-wijk", "2022-2023", "themes")
	wantOut := "3 themes, 10 questions (3 sub-questions), 8 practice examples, 4 tips, 2 link groups; 1 line not placed\n" +
		"wrote " + filepath.Join(dir, "data", "site.toml") + "\n" +
		"wrote " + filepath.Join(dir, "data", "factsheets", "samen-sterker-wijk", "factsheet.toml") + "\n" +
		"wrote " + filepath.Join(dir, "data", "factsheets", "samen-sterker-wijk", "2022-2023", "edition.toml") + "\n" +
		"wrote " + filepath.Join(themes, "luisteren-gezin.toml") + "\n" +
		"wrote " + filepath.Join(themes, "afspraken-regie.toml") + "\n" +
		"wrote " + filepath.Join(themes, "leren-elkaar.toml") + "\n"
	if out != wantOut {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, wantOut)
	}
	if !strings.HasPrefix(errOut, importFixture+":11: not placed: \"WERKPLAATS NOORD\"\n") {
		t.Errorf("stderr does not start with the unplaced line:\n%s", errOut)
	}
	if !strings.Contains(errOut, ": todo: links: 3 of 5 publications have no web address") {
		t.Errorf("stderr lacks the note on links:\n%s", errOut)
	}

	code, out, errOut = runCLI("check", "-s", dir)
	if code != exitOK || errOut != "" || out != "1 factsheet, 1 edition, 3 themes, 10 questions, 8 practice examples, 4 tips\n" {
		t.Fatalf("check: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}

	public := filepath.Join(dir, "public")
	code, out, errOut = runCLI("build", "-s", dir, "-d", public)
	if code != exitOK {
		t.Fatalf("build: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	for _, id := range []string{"luisteren-gezin", "afspraken-regie", "leren-elkaar"} {
		page := filepath.Join(public, "samen-sterker-wijk", "2022-2023", id, "index.html")
		if _, err := os.Stat(page); err != nil {
			t.Errorf("no theme page: %v", err)
		}
	}
	page, err := os.ReadFile(filepath.Join(public, "samen-sterker-wijk", "2022-2023", "luisteren-gezin", "index.html"))
	if err != nil || !strings.Contains(string(page), "<em>hun eigen verhaal</em>") || !strings.Contains(string(page), "vraag-laat-ouders-eerst-eigen-verhaal") {
		t.Errorf("the theme page lacks the first question with its emphasis and anchor (%v)", err)
	}
}

func TestImportKeepsExistingFiles(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCLI("import", importFixture, "-d", dir); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	edition := filepath.Join(dir, "data", "factsheets", "samen-sterker-wijk", "2022-2023", "edition.toml")
	code, out, errOut := runCLI("import", importFixture, "-d", dir)
	// Refused, not a mistake in the command line: no hint at --help.
	if code != exitInvalid || out != "" || !strings.Contains(errOut, "these files exist already:\n") ||
		!strings.Contains(errOut, "\n  "+edition+"\n") || !strings.Contains(errOut, "--force") ||
		strings.Contains(errOut, "site.toml") || strings.Contains(errOut, "--help") {
		t.Errorf("second import: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	code, out, errOut = runCLI("import", importFixture, "-d", dir, "--force")
	if code != exitOK || strings.Contains(out, "site.toml") || !strings.Contains(out, "wrote "+edition+"\n") {
		t.Errorf("import --force: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
}

func TestImportIDs(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := runCLI("import", importFixture, "-d", dir, "--factsheet", "buurt", "--edition", "eerste")
	if code != exitOK || !strings.Contains(out, filepath.Join(dir, "data", "factsheets", "buurt", "eerste", "edition.toml")) {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
}

func TestImportErrors(t *testing.T) {
	dir := t.TempDir()
	noTheme := filepath.Join(dir, "leeg.txt")
	if err := os.WriteFile(noTheme, []byte("Een titel\n\nTekst zonder rode draad.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI("import", noTheme, "-d", dir)
	if code != exitInvalid || out != "" || !strings.Contains(errOut, noTheme+": no theme or section found") {
		t.Errorf("no theme: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "data")); err == nil {
		t.Error("an import without themes wrote files")
	}
	for _, args := range [][]string{
		{"import"},
		{"import", "a.txt", "b.txt"},
		{"import", filepath.Join(dir, "bestaat-niet.txt")},
		{"import", importFixture, "-d", dir, "--factsheet", "Samen Sterker"},
		{"import", importFixture, "--onbekend"},
	} {
		code, _, errOut := runCLI(args...)
		if code != exitUsage || !strings.Contains(errOut, "rodedraad --help") {
			t.Errorf("%q: exit %d, stderr:\n%s", args, code, errOut)
		}
	}
}

func TestImportHelp(t *testing.T) {
	code, out, _ := runCLI("import", "--help")
	for _, want := range []string{"Usage:\n  rodedraad import FILE [flags]", "-d, --destination string", "--force", "--factsheet string", "--edition string"} {
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("import --help lacks %q:\n%s", want, out)
		}
	}
}

// TestImportRefusesThousandsOfThemes: 16,000 lines '> Rode draad' wrote
// 16,000 theme files (17 s; 64,000 lines took 42 s, most of it creating
// files in one directory). Past importer.MaxThemes the import says why
// and writes nothing.
func TestImportRefusesThousandsOfThemes(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "markers.txt")
	if err := os.WriteFile(text, []byte("Een titel\n\n"+strings.Repeat("> Rode draad\n", 16_000)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI("import", text, "-d", dir)
	want := text + ": 16000 themes found, and an import makes at most 200: check that each line 'Rode draad' starts a theme, or import the text in parts\n"
	if code != exitInvalid || out != "" || !strings.HasSuffix(errOut, want) {
		t.Errorf("exit %d\nstdout: %s\nstderr ends: %s\nwant it to end: %s", code, out, errOut[max(0, len(errOut)-300):], want)
	}
	if _, err := os.Stat(filepath.Join(dir, "data")); err == nil {
		t.Error("the refused import wrote data/")
	}
}

// import speaks Dutch to the authors unless asked for English, as check
// and build do: the summary, the report and what it wrote.
func TestImportSpeaksDutch(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := runCLI("import", importFixture, "-d", dir, "--lang", "nl")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	for _, want := range []string{
		"3 thema's, 10 vragen (3 deelvragen), 8 praktijkvoorbeelden, 4 tips, 2 groepen links; 1 regel niet geplaatst\n",
		"geschreven: " + filepath.Join(dir, "data", "site.toml") + "\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	for _, want := range []string{
		importFixture + ":11: niet geplaatst: \"WERKPLAATS NOORD\"\n",
		": te doen: links: 3 van 5 publicaties hebben geen webadres",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	code, _, errOut = runCLI("import", importFixture, "-d", dir, "--lang", "nl")
	if code != exitInvalid || !strings.Contains(errOut, "deze bestanden bestaan al:\n") || !strings.Contains(errOut, "Er is niets geschreven.") || strings.Contains(errOut, "Run 'rodedraad") {
		t.Errorf("second import: exit %d\n%s", code, errOut)
	}
}
