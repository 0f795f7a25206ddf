package site

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The reproduction: a sub-question that starts with a tab was
// shown as <pre><code> on the theme page.
func TestIndentedInlineTextIsNoCodeOnTheSite(t *testing.T) {
	dir := fixtureProject(t)
	theme := filepath.Join(dir, "data/factsheets/demo/2024/themes/luisteren.toml")
	src, err := os.ReadFile(theme)
	if err != nil {
		t.Fatal(err)
	}
	writeProjectFile(t, dir, "data/factsheets/demo/2024/themes/luisteren.toml",
		strings.Replace(string(src), `sub = ["Ook als het druk is?"]`, `sub = ["\tOok als het druk is?", "    Ook thuis?"]`, 1))
	out := filepath.Join(dir, "public")
	if _, err := Build(context.Background(), loadSite(t, dir), Options{Source: dir}); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(out, "demo/2024/luisteren/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(page), "<pre") || strings.Contains(string(page), "<code") {
		t.Errorf("the theme page shows a question as code")
	}
	for _, sub := range []string{">Ook als het druk is?<", ">Ook thuis?<"} {
		if !strings.Contains(string(page), sub) {
			t.Errorf("the theme page does not show %q", sub)
		}
	}
}
