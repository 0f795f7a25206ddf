package site

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/BurntSushi/toml"
	"golang.org/x/net/html"
)

func TestAuthoringGuideHighlightsTOML(t *testing.T) {
	d := parse(t, filepath.Join(demoSite(t), "handleiding/index.html"))
	blocks := d.all("pre", func(n *html.Node) bool { return hasClass(n, "chroma") })
	if len(blocks) < 6 {
		t.Errorf("%d highlighted code blocks, want at least 6", len(blocks))
	}
	keys := d.all("span", func(n *html.Node) bool { return hasClass(n, "nx") && text(n) == "formerly" })
	if len(keys) != 1 {
		t.Errorf("the key formerly is highlighted %d times, want 1", len(keys))
	}
	for _, block := range blocks {
		for _, n := range d.all("", func(n *html.Node) bool { return attr(n, "style") != "" && isInside(n, block) }) {
			t.Errorf("inline style in highlighted code: %s", attr(n, "style"))
		}
	}
}

// The guide's TOML examples must be valid TOML, or authors copy errors.
func TestAuthoringGuideExamplesAreValidTOML(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(repo, "content/handleiding.md"))
	if err != nil {
		t.Fatal(err)
	}
	examples := regexp.MustCompile("(?s)```toml\n(.*?)```").FindAllSubmatch(src, -1)
	if len(examples) < 5 {
		t.Fatalf("%d TOML examples, want at least 5", len(examples))
	}
	for _, ex := range examples {
		var v map[string]any
		if _, err := toml.Decode(string(ex[1]), &v); err != nil {
			t.Errorf("%v in:\n%s", err, ex[1])
		}
	}
}
