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
}

const (
	ouders   = "data/factsheets/noord/2025/themes/ouders-betrekken.toml"
	overdr   = "data/factsheets/noord/2025/themes/warme-overdracht.toml"
	siteTOML = "data/site.toml"
)

var authorMistakes = []authorMistake{
	{"closing-quote", ouders, `klaar is."`, `klaar is.`, 4},
	{"opening-quote", ouders, `finding = "Ouders`, `finding = Ouders`, 4},
	{"second-question", ouders, `text = "Schrijf ik het plan in woorden die de ouders zelf gebruiken?"`, `text = ""`, 17},
	{"misspelt-key", ouders, `text = "Schrijf ik`, `txet = "Schrijf ik`, 17},
	{"misspelt-top-level-key", ouders, `finding = "Ouders`, `finidng = "Ouders`, 4},
	{"misspelt-questions-block", ouders, "[[questions]]\nid = \"taal-van-ouders\"", "[[question]]\nid = \"taal-van-ouders\"", 15},
	{"misspelt-practice-block", ouders, "[[practice]]", "[[practise]]", 20},
	{"unknown-tag", overdr, `tags = ["overdracht"]`, `tags = ["jeugdzorg"]`, 4},
	{"missing-key-in-block", ouders, "\ntext = \"Een plan wordt", "\n# text = \"Een plan wordt", 20},
	{"missing-top-level-key", overdr, "finding = \"Gezinnen", "# finding = \"Gezinnen", 2},
	{"id-with-capitals-and-spaces", overdr, `id = "samen-aan-tafel"`, `id = "Samen aan tafel"`, 7},
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
				if code != exitInvalid || out != "" {
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
