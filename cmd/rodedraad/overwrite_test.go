package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const foreignText = "Mijn eigen aantekeningen, niet van rodedraad.\n"

// TestNoCommandOverwritesAForeignFile puts a file of the author's own
// where export, cards and schema write, and sees each command refuse,
// exit 1, say what to do and leave the file as it was; a second run over
// the command's own output still works.
func TestNoCommandOverwritesAForeignFile(t *testing.T) {
	for _, c := range []struct {
		name string
		// args writes into dir; target is the file inside dir it writes.
		args   func(dir string) []string
		target func(t *testing.T, dir string) string
		kind   string
	}{
		{"export json", func(dir string) []string {
			return []string{"export", "-s", minimal, "-o", filepath.Join(dir, "vragen.json")}
		},
			func(*testing.T, string) string { return "vragen.json" }, "an export"},
		{"export csv", func(dir string) []string {
			return []string{"export", "-s", minimal, "--format", "csv", "-o", filepath.Join(dir, "vragen.csv")}
		}, func(*testing.T, string) string { return "vragen.csv" }, "an export"},
		{"cards", func(dir string) []string {
			return []string{"cards", "-s", minimal, "-d", dir, "--cacheDir", dir + "-cache"} // not in the fixture
		},
			firstFile, "a card deck"},
		{"schema", func(dir string) []string { return []string{"schema", "-d", dir} },
			firstFile, "a schema"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			if code, _, errOut := runCLI(c.args(dir)...); code != exitOK {
				t.Fatalf("first run: exit %d\n%s", code, errOut)
			}
			if code, _, errOut := runCLI(c.args(dir)...); code != exitOK {
				t.Fatalf("a second run over its own output: exit %d\n%s", code, errOut)
			}
			target := filepath.Join(dir, c.target(t, dir))
			if err := os.WriteFile(target, []byte(foreignText), 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, errOut := runCLI(c.args(dir)...)
			want := "rodedraad: " + target + " already exists and is not " + c.kind + " that rodedraad made; it is left as it is.\n" +
				"Write to another file or directory, or move that file away first.\n"
			if code != exitInvalid || errOut != want {
				t.Errorf("exit %d, stderr:\n%s\nwant exit %d and:\n%s", code, errOut, exitInvalid, want)
			}
			if data, _ := os.ReadFile(target); string(data) != foreignText {
				t.Errorf("the author's file was changed to %q", strings.TrimSpace(string(data[:min(len(data), 80)])))
			}
		})
	}
}

func firstFile(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) == 0 {
		t.Fatalf("nothing written in %s: %v", dir, err)
	}
	return entries[0].Name()
}
