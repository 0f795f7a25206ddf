package site

import (
	"errors"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestContentAddress(t *testing.T) {
	for file, want := range map[string]string{
		"_index.md":                "/",
		"over.md":                  "/over/",
		"over.en.md":               "/over/",
		"gids/index.md":            "/gids/",
		"gids/_index.md":           "/gids/",
		"a/b/_index.md":            "/a/b/",
		"a/b.md":                   "/a/b/",
		"versie.v2.md":             "/versie.v2/",
		"friesland/2024/x.md":      "/friesland/2024/x/",
		"friesland/_index.md":      "/friesland/",
		"friesland/2024/_index.md": "/friesland/2024/",
	} {
		if got := contentAddress(file); got != want {
			t.Errorf("contentAddress(%q) = %q, want %q", file, got, want)
		}
	}
}

// A page of the project's own at the address of a generated page would
// hide it, or be hidden: the build fails, names both owners of each
// address, and leaves the previous output as it was.
func TestBuildFailsWhenTwoPagesWantOneAddress(t *testing.T) {
	dir := fixtureProject(t)
	out := filepath.Join(dir, "public")
	if _, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir}); err != nil {
		t.Fatal(err)
	}
	before := hashDir(t, out)
	writeProjectFile(t, dir, "content/demo.md", "---\ntitle: Over de demo\n---\nEen eigen pagina.\n")
	writeProjectFile(t, dir, "content/demo/2024/luisteren/index.md", "---\ntitle: Luisteren\n---\nNog een.\n")
	writeProjectFile(t, dir, "content/over.en.md", "---\ntitle: About\n---\nEnglish.\n")

	_, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir})
	var conflict *AddressConflictError
	if !errors.As(err, &conflict) {
		t.Fatalf("want an AddressConflictError, got %v", err)
	}
	want := []string{
		`/demo/: the edition page "Leren in de wijk", and content/demo.md`,
		`/demo/2024/luisteren/: the theme page "Goed luisteren", and content/demo/2024/luisteren/index.md`,
		`/over/: the about page "Over deze site", and content/over.en.md`,
	}
	if !slices.Equal(conflict.Conflicts, want) {
		t.Errorf("conflicts:\n%s\nwant:\n%s", strings.Join(conflict.Conflicts, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(err.Error(), "3 addresses of the site would hold two pages, and one would be lost:\n  /demo/: ") {
		t.Errorf("message: %v", err)
	}
	if after := hashDir(t, out); !maps.Equal(before, after) {
		t.Error("the failed build changed the previous output")
	}
}
