package site

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// renameAndRevise turns the minimal fixture, with edition 2024, into its
// next state: in 2024 the theme luisteren is renamed goed-luisteren, and
// a new current edition 2025 revises 2024. With formerly false the
// renamed theme forgets its old id.
func renameAndRevise(t *testing.T, dir string, formerly bool) {
	t.Helper()
	theme, err := os.ReadFile(filepath.Join(dir, "data/factsheets/demo/2024/themes/luisteren.toml"))
	if err != nil {
		t.Fatal(err)
	}
	renamed := string(theme)
	if formerly {
		renamed = "formerly = [\"luisteren\"]\n" + renamed
	}
	edition2024, err := os.ReadFile(filepath.Join(dir, "data/factsheets/demo/2024/edition.toml"))
	if err != nil {
		t.Fatal(err)
	}
	edition := strings.ReplaceAll(string(edition2024), `"luisteren"`, `"goed-luisteren"`)
	must(t, os.Remove(filepath.Join(dir, "data/factsheets/demo/2024/themes/luisteren.toml")))
	for name, content := range map[string]string{
		"data/factsheets/demo/factsheet.toml": strings.Replace(readFile(t, filepath.Join(dir, "data/factsheets/demo/factsheet.toml")),
			"tags = ", "current = \"2025\"\ntags = ", 1),
		"data/factsheets/demo/2024/edition.toml":               edition,
		"data/factsheets/demo/2024/themes/goed-luisteren.toml": renamed,
		"data/factsheets/demo/2025/edition.toml": "title = \"Leren in de wijk\"\nprevious = \"2024\"\n" +
			"themes = [\"goed-luisteren\", \"plannen\"]\n",
		"data/factsheets/demo/2025/themes/goed-luisteren.toml": strings.Replace(renamed, "Neem ik genoeg tijd?", "Neem ik genoeg tijd voor het gesprek?", 1),
		"data/factsheets/demo/2025/themes/plannen.toml":        readFile(t, filepath.Join(dir, "data/factsheets/demo/2024/themes/plannen.toml")),
	} {
		writeProjectFile(t, dir, name, content)
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	must(t, err)
	return string(data)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestOldAddressesResolveAfterRenameAndNewEdition(t *testing.T) {
	dir := fixtureProject(t)
	first := filepath.Join(t.TempDir(), "v1")
	if _, err := Build(loadSite(t, dir), Options{Source: dir, Destination: first}); err != nil {
		t.Fatal(err)
	}
	renameAndRevise(t, dir, true)
	second := filepath.Join(t.TempDir(), "v2")
	if _, err := Build(loadSite(t, dir), Options{Source: dir, Destination: second, Previous: first}); err != nil {
		t.Fatalf("with the old id in formerly, every old address must resolve: %v", err)
	}

	// Independently of the check: over HTTP, every address of the first
	// build answers 200 in the second, directly or after its redirect.
	srv := httptest.NewServer(http.FileServer(http.Dir(second)))
	defer srv.Close()
	old := files(t, first)
	redirects := 0
	for _, rel := range old {
		body, status := get(t, srv.URL+"/"+rel)
		if status != http.StatusOK {
			t.Errorf("%s: status %d", rel, status)
			continue
		}
		if m := refresh.FindStringSubmatch(body); m != nil {
			redirects++
			target := path.Join(path.Dir("/"+rel), m[1])
			if _, status := get(t, srv.URL+target); status != http.StatusOK {
				t.Errorf("%s redirects to %s, which answers %d", rel, target, status)
			}
		}
	}
	// The renamed theme's page and cards page, the PDFs of its decks
	// (copies), and the old edition's address under the new current one.
	for _, want := range []string{"demo/2024/luisteren/index.html", "demo/2024/luisteren/kaarten/index.html"} {
		if body, _ := get(t, srv.URL+"/"+want); !strings.Contains(body, "goed-luisteren") {
			t.Errorf("%s does not redirect to the renamed theme:\n%s", want, body)
		}
	}
	if redirects < 4 { // luisteren and its cards, in nl and en
		t.Errorf("%d redirects, want at least 4", redirects)
	}
	if !slices.Contains(old, "kaarten/demo-2024-luisteren-a6.pdf") {
		t.Fatalf("the first build has no deck for luisteren: %v", old)
	}
}

func TestPreviousCheckFailsWhenAnAliasIsRemoved(t *testing.T) {
	dir := fixtureProject(t)
	first := filepath.Join(t.TempDir(), "public")
	if _, err := Build(loadSite(t, dir), Options{Source: dir, Destination: first}); err != nil {
		t.Fatal(err)
	}
	before := hashDir(t, first)
	renameAndRevise(t, dir, false)
	_, err := Build(loadSite(t, dir), Options{Source: dir, Destination: first, Previous: first})
	var lost *LostAddressesError
	if !errors.As(err, &lost) {
		t.Fatalf("want a LostAddressesError, got %v", err)
	}
	want := []string{
		"demo/2024/luisteren/",
		"demo/2024/luisteren/kaarten/",
		"en/demo/2024/luisteren/",
		"en/demo/2024/luisteren/kaarten/",
		"kaarten/demo-2024-luisteren-a6.pdf",
		"kaarten/demo-2024-luisteren-a7.pdf",
	}
	if !slices.Equal(lost.Addresses, want) {
		t.Errorf("lost addresses:\n%s\nwant:\n%s", strings.Join(lost.Addresses, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(err.Error(), "6 addresses of the previous site no longer resolve:\n  demo/2024/luisteren/\n") {
		t.Errorf("message: %v", err)
	}
	if after := hashDir(t, first); len(after) != len(before) {
		t.Errorf("the failed build changed the output: %d files, now %d", len(before), len(after))
	}
}

// files lists the files under dir, relative and with slashes.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for rel := range hashDir(t, dir) {
		out = append(out, filepath.ToSlash(rel))
	}
	slices.Sort(out)
	return out
}

func get(t *testing.T, url string) (string, int) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	_, err = io.Copy(&b, resp.Body)
	must(t, err)
	return b.String(), resp.StatusCode
}
