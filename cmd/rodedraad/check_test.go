package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Hugo renders the pages of content/ quietly: check is where the author
// hears that an image from another site is shown as its alt text.
func TestCheckWarnsAtAnImageFromAnotherSiteInAPage(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(minimal)); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, "content", "over-ons.md")
	if err := os.MkdirAll(filepath.Dir(page), 0o755); err != nil {
		t.Fatal(err)
	}
	src := "---\ntitle: Over ons\n---\n\nOns team:\n![het team](https://foto.example/team.jpg)\n"
	if err := os.WriteFile(page, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI("check", "-s", dir)
	want := page + `:6:1: warning: the image https://foto.example/team.jpg is on another site and is not shown, since the site loads nothing from other origins (its alt text "het team" is shown instead); put the file under static/ and link it by its path (static/kaart.png is /kaart.png), or remove it` + "\n"
	if code != exitOK || errOut != want || !strings.HasSuffix(out, " (1 warning)\n") {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant stderr:\n%s", code, out, errOut, want)
	}
}
