package importer

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/docx"
	"github.com/rodedraad/rodedraad/internal/docx/docxtest"
	"github.com/rodedraad/rodedraad/internal/fuzzbudget"
	"github.com/rodedraad/rodedraad/internal/load"
)

// FuzzImport feeds any text through the importer. Whatever the input, it
// must not panic, every unplaced line must be a real, non-empty line of
// the input, every line must be written or reported (see unaccounted),
// and the files it writes must load: no TOML syntax errors,
// and no errors of any other kind either, since `rodedraad check` must
// pass right after an import.
func FuzzImport(f *testing.F) {
	src := readFixture(f)
	f.Add(src)
	for _, v := range variants {
		f.Add(v.apply(src))
	}
	for _, name := range append([]string{"testdata/publisher-in-intro.txt"}, shapeFixtures...) {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add(docxtest.Factsheet().Bytes())
	f.Add([]byte("> Rode draad\n"))
	f.Add([]byte("Rode draad: \"\"\"\n\n\\\"\"\"\n\n- *\n\t- \x00\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzbudget.Start(t, fuzzbudget.PerInput)()
		res, err := Import(data, Options{Name: "fuzz.txt"})
		text := string(data)
		if docx.Looks(data) {
			// A Word document: its reader has a fuzz test of its own.
			if err != nil {
				return
			}
			text = res.source.word.Markdown()
		}
		if err != nil && !errors.Is(err, ErrNoTheme) {
			t.Fatalf("import: %v", err)
		}
		lines := strings.Count(text, "\n") + strings.Count(text, "\r") + 1
		for _, u := range res.Unplaced {
			if u.Line < 1 || u.Line > lines || strings.TrimSpace(u.Text) == "" {
				t.Fatalf("unplaced line %d %q of %d", u.Line, u.Text, lines)
			}
		}
		if err != nil {
			if len(res.Files) != 0 {
				t.Fatalf("files without a theme: %v", paths(res))
			}
			return
		}
		if lost := unaccounted(t, data, res); len(lost) > 0 {
			t.Errorf("lines neither written nor reported:\n%s", strings.Join(lost, "\n"))
		}
		for _, d := range loadResult(res) {
			if d.Severity == load.Error {
				t.Errorf("load: %s", d)
			}
		}
		if t.Failed() {
			for _, f := range res.Files {
				t.Logf("%s:\n%s", f.Path, f.Data)
			}
		}
	})
}
