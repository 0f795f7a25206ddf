package main

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "write the golden files of the tests anew")

// authorProject is a small project as an author writes one, in Dutch.
const authorProject = "testdata/author"

// authorMistake is a mistake an author makes: text in a file of the
// project replaced by other text, and the line the one message about it
// must point at.
type authorMistake struct {
	name, file, old, new string
	line                 int
	// warning is true for what check only warns about: the data loads,
	// but the site would not show what the author means.
	warning bool
	// setup makes other changes first, such as a next edition.
	setup func(t *testing.T, dir string)
}

const (
	ouders   = "data/factsheets/noord/2025/themes/ouders-betrekken.toml"
	overdr   = "data/factsheets/noord/2025/themes/warme-overdracht.toml"
	siteTOML = "data/site.toml"
)

var authorMistakes = []authorMistake{
	// Mistakes that stop check, each with the line of its one message.
	{"closing-quote", ouders, `klaar is."`, `klaar is.`, 4, false, nil},
	{"opening-quote", ouders, `finding = "Ouders`, `finding = Ouders`, 4, false, nil},
	{"second-question", ouders, `text = "Schrijf ik het plan in woorden die de ouders zelf gebruiken?"`, `text = ""`, 17, false, nil},
	{"misspelt-key", ouders, `text = "Schrijf ik`, `txet = "Schrijf ik`, 17, false, nil},
	{"misspelt-top-level-key", ouders, `finding = "Ouders`, `finidng = "Ouders`, 4, false, nil},
	{"misspelt-questions-block", ouders, "[[questions]]\nid = \"taal-van-ouders\"", "[[question]]\nid = \"taal-van-ouders\"", 15, false, nil},
	{"misspelt-practice-block", ouders, "[[practice]]", "[[practise]]", 20, false, nil},
	{"unknown-tag", overdr, `tags = ["overdracht"]`, `tags = ["jeugdzorg"]`, 4, false, nil},
	{"missing-key-in-block", ouders, "\ntext = \"Een plan wordt", "\n# text = \"Een plan wordt", 20, false, nil},
	{"missing-top-level-key", overdr, "finding = \"Gezinnen", "# finding = \"Gezinnen", 2, false, nil},
	{"id-with-capitals-and-spaces", overdr, `id = "samen-aan-tafel"`, `id = "Samen aan tafel"`, 7, false, nil},
	{name: "indented-explanation", file: ouders, old: "\"\"\"\nAan de", new: "\"\"\"\n\tAan de", line: 6, warning: true},
	{name: "template-text-left", file: overdr, old: "Gezinnen moeten hun verhaal bij elke nieuwe hulpverlener opnieuw vertellen.",
		new: "Schrijf hier in één zin wat in de bijeenkomsten steeds terugkwam.", line: 3, warning: true},
	{name: "import-todo-left", file: "data/factsheets/noord/factsheet.toml", old: `name = "Werkplaats Noord"`, new: `name = "TODO: uitgever"`, line: 6, warning: true},
	{name: "renamed-without-formerly", file: "data/factsheets/noord/2026/themes/overdracht-met-het-gezin.toml", old: "title = \"Warme overdracht\"",
		new: "title = \"Overdracht met het gezin erbij\"", line: 2, warning: true, setup: nextEditionRenamesATheme},
	{name: "demo-footer-left", file: "i18n/nl.toml", old: "demo_note", new: "demo_note", line: 2, warning: true, setup: demoFooterCopied},
}

// nextEditionRenamesATheme starts edition 2026 as a copy of 2025, in
// which the theme warme-overdracht got a new file name and so a new id.
func nextEditionRenamesATheme(t *testing.T, dir string) {
	t.Helper()
	from := filepath.Join(dir, "data/factsheets/noord/2025")
	to := filepath.Join(dir, "data/factsheets/noord/2026")
	if err := os.CopyFS(to, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(to, "themes/warme-overdracht.toml"), filepath.Join(to, "themes/overdracht-met-het-gezin.toml")); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(to, "edition.toml"), "# De volgende editie, in de maak.\ndraft = true\nprevious = \"2025\"\nname = \"2026\"\n"+
		"title = \"Wat de leertafels lieten zien\"\nthemes = [\"ouders-betrekken\", \"overdracht-met-het-gezin\"]\n")
	src, _ := os.ReadFile(filepath.Join(dir, "data/factsheets/noord/factsheet.toml"))
	write(t, filepath.Join(dir, "data/factsheets/noord/factsheet.toml"), "current = \"2025\"\n"+string(src))
}

// demoFooterCopied is what an author has who copied the demo project:
// its interface texts with the note that the site is rodedraad's example.
func demoFooterCopied(t *testing.T, dir string) {
	t.Helper()
	write(t, filepath.Join(dir, "i18n/nl.toml"), "# Teksten van de interface.\ndemo_note = \"Dit is de voorbeeldsite.\"\n")
}

// TestAuthorMistakesGolden checks the message for each mistake, in Dutch
// and in English, against its golden file: one message, at the right
// line. Run with -update to write them, and read the diff.
func TestAuthorMistakesGolden(t *testing.T) {
	for _, m := range authorMistakes {
		t.Run(m.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.CopyFS(dir, os.DirFS(authorProject)); err != nil {
				t.Fatal(err)
			}
			if m.setup != nil {
				m.setup(t, dir)
			}
			path := filepath.Join(dir, m.file)
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Count(string(src), m.old) != 1 {
				t.Fatalf("%s holds %q %d times, want once", m.file, m.old, strings.Count(string(src), m.old))
			}
			write(t, path, strings.Replace(string(src), m.old, m.new, 1))
			for _, lang := range []string{"nl", "en"} {
				code, out, errOut := runCLI("check", "-s", dir, "--lang", lang)
				switch {
				case m.warning && (code != exitOK || !strings.Contains(out, "(1 ")):
					t.Errorf("%s: exit %d, stdout %q, want exit 0 and the counts with one warning", lang, code, out)
				case !m.warning && (code != exitInvalid || out != ""):
					t.Errorf("%s: exit %d, stdout %q, want exit 1 and nothing on stdout", lang, code, out)
				}
				got := strings.ReplaceAll(errOut, dir+string(filepath.Separator), "")
				checkOneMessageAt(t, lang, got, m.file, m.line)
				golden(t, filepath.Join("testdata", "messages", m.name+"."+lang+".txt"), got)
			}
		})
	}
}

var messageLine = regexp.MustCompile(`(?m)^([^:\n]+):(\d+):\d+: `)

// checkOneMessageAt fails unless the report holds exactly one message,
// about file at line.
func checkOneMessageAt(t *testing.T, lang, report, file string, line int) {
	t.Helper()
	found := messageLine.FindAllStringSubmatch(report, -1)
	if len(found) != 1 {
		t.Errorf("%s: %d messages, want 1:\n%s", lang, len(found), report)
		return
	}
	if found[0][1] != file || found[0][2] != strconv.Itoa(line) {
		t.Errorf("%s: message at %s:%s, want %s:%d:\n%s", lang, found[0][1], found[0][2], file, line, report)
	}
}

// golden compares got with the file at path, or writes it with -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		write(t, path, got)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to write it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs:\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestAuthorProjectIsValid(t *testing.T) {
	code, out, errOut := runCLI("check", "-s", authorProject, "--lang", "nl")
	want := "1 factsheet, 1 editie, 2 thema's, 3 vragen, 2 praktijkvoorbeelden, 0 tips\n"
	if code != exitOK || out != want || errOut != "" {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant stdout %q", code, out, errOut, want)
	}
}

// TestBuildPreviousNamesTheRenamedTheme renames a theme's file, as an
// author does who wants a better address, and forgets formerly: build
// --previous must refuse, and name the page that reads like the lost one.
func TestBuildPreviousNamesTheRenamedTheme(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(authorProject)); err != nil {
		t.Fatal(err)
	}
	previous := filepath.Join(t.TempDir(), "vorige")
	if code, _, errOut := runCLI("build", "-s", dir, "-d", previous); code != exitOK {
		t.Fatalf("first build: exit %d\n%s", code, errOut)
	}
	edition := filepath.Join(dir, "data/factsheets/noord/2025")
	if err := os.Rename(filepath.Join(edition, "themes/warme-overdracht.toml"), filepath.Join(edition, "themes/overdracht-met-het-gezin.toml")); err != nil {
		t.Fatal(err)
	}
	src, _ := os.ReadFile(filepath.Join(edition, "edition.toml"))
	write(t, filepath.Join(edition, "edition.toml"), strings.Replace(string(src), `"warme-overdracht"`, `"overdracht-met-het-gezin"`, 1))
	for lang, want := range map[string]string{
		"en": `noord/2025/warme-overdracht/ reads like noord/2025/overdracht-met-het-gezin/, which is new (99% the same words): if it was renamed, add formerly = ["warme-overdracht"] to the file of noord/2025/overdracht-met-het-gezin/`,
		"nl": `noord/2025/warme-overdracht/ lijkt op noord/2025/overdracht-met-het-gezin/, dat nieuw is (99% dezelfde woorden): is het een nieuwe naam, voeg dan formerly = ["warme-overdracht"] toe aan het bestand van noord/2025/overdracht-met-het-gezin/`,
	} {
		code, _, errOut := runCLI("build", "-s", dir, "-d", filepath.Join(t.TempDir(), "nieuw"), "--previous", previous, "--lang", lang)
		if code != exitInvalid || !strings.Contains(errOut, want) {
			t.Errorf("%s: exit %d, stderr:\n%s\nwant it to hold:\n%s", lang, code, errOut, want)
		}
	}
}
