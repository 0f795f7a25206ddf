package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSymbolicLinks: a relative link inside the project is followed; a
// link out of the project, or to an absolute path, is reported and not
// read; a link to nothing is reported where the file is listed.
func TestSymbolicLinks(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "proj")
	if err := os.CopyFS(dir, os.DirFS("testdata/minimal")); err != nil {
		t.Fatal(err)
	}
	themes := filepath.Join(dir, "data/factsheets/demo/2024/themes")
	move := func(from, to string) {
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(from, to); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) {
		if err := os.Symlink(target, name); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	move(filepath.Join(themes, "luisteren.toml"), filepath.Join(dir, "gedeeld/luisteren.toml"))
	link("../../../../../gedeeld/luisteren.toml", filepath.Join(themes, "luisteren.toml"))
	move(filepath.Join(themes, "plannen.toml"), filepath.Join(base, "elders/plannen.toml"))
	link("../../../../../../elders/plannen.toml", filepath.Join(themes, "plannen.toml"))
	sections := filepath.Join(dir, "data/factsheets/demo/2024/sections")
	move(sections, filepath.Join(dir, "gedeeld/sections"))
	link(filepath.Join(dir, "gedeeld/sections"), sections)

	const refused = "rodedraad follows only relative links that stay inside the project, so that it never publishes files from elsewhere; make the link relative, or copy what it points to into the project"
	link("bestaat-niet.toml", filepath.Join(themes, "weg.toml"))
	edition := filepath.Join(dir, "data/factsheets/demo/2024/edition.toml")
	data, err := os.ReadFile(edition)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(edition, []byte(strings.Replace(string(data), `"plannen"]`, `"plannen", "weg"]`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}

	site, diags := Site(dir)
	want := []string{
		edition + ":3:35: theme 3: cannot read " + filepath.Join(themes, "weg.toml") + ": no such file or directory",
		dir + "/data/factsheets/demo/2024/sections: a symbolic link to " + filepath.Join(dir, "gedeeld/sections") + ": " + refused,
		dir + "/data/factsheets/demo/2024/themes/plannen.toml: a symbolic link to ../../../../../../elders/plannen.toml: " + refused,
	}
	if got := strings.Join(messages(diags), "\n"); got != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	if e := site.Factsheet("demo").Current(); e.Themes[0].Title != "Goed luisteren" {
		t.Errorf("the theme behind the link inside the project is not read: %+v", e.Themes)
	}
}
