package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func copyMinimal(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(minimal)); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestNewEdition(t *testing.T) {
	dir := copyMinimal(t)
	code, out, errOut := runCLI("new", "edition", "demo", "2025", "-s", dir)
	want := "created data/factsheets/demo/2025, a copy of the current edition, as a draft\n" +
		"Only serve and build --drafts show it; the site still publishes the current edition.\n" +
		"When 2025 is ready, remove draft = true from data/factsheets/demo/2025/edition.toml and set current = \"2025\" in data/factsheets/demo/factsheet.toml.\n"
	if code != exitOK || out != want || errOut != "" {
		t.Fatalf("exit %d, stdout:\n%s\nwant:\n%s\nstderr:\n%s", code, out, want, errOut)
	}
	if code, out, _ := runCLI("check", "-s", dir); code != exitOK || !strings.HasPrefix(out, "1 factsheet, 2 editions (1 draft),") {
		t.Errorf("check after new edition: exit %d, %s", code, out)
	}
	if code, _, errOut := runCLI("new", "edition", "demo", "2025", "-s", dir); code != exitUsage || !strings.Contains(errOut, "already exists") {
		t.Errorf("a second time: exit %d, %s", code, errOut)
	}
}

func TestBuildPreviousListsLostAddresses(t *testing.T) {
	dir := copyMinimal(t)
	first := filepath.Join(t.TempDir(), "public")
	if code, _, errOut := runCLI("build", "-s", dir, "-d", first); code != exitOK {
		t.Fatalf("first build: exit %d\n%s", code, errOut)
	}
	// The theme luisteren is renamed without keeping its old id.
	themes := filepath.Join(dir, "data/factsheets/demo/2024/themes")
	if err := os.Rename(filepath.Join(themes, "luisteren.toml"), filepath.Join(themes, "horen.toml")); err != nil {
		t.Fatal(err)
	}
	edition := filepath.Join(dir, "data/factsheets/demo/2024/edition.toml")
	data, err := os.ReadFile(edition)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(edition, []byte(strings.ReplaceAll(string(data), `"luisteren"`, `"horen"`)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI("build", "-s", dir, "-d", first, "--previous", first)
	if code != exitInvalid || !strings.Contains(errOut, "7 addresses of the previous site no longer resolve:\n  delen/demo/2024/luisteren.png\n  demo/2024/luisteren/\n") ||
		!strings.Contains(errOut, "The previous output, if any, is unchanged.") {
		t.Errorf("exit %d, stderr:\n%s", code, errOut)
	}
	// Keeping the old id makes it pass.
	theme := filepath.Join(themes, "horen.toml")
	data, err = os.ReadFile(theme)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(theme, append([]byte("formerly = [\"luisteren\"]\n"), data...), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI("build", "-s", dir, "-d", first, "--previous", first); code != exitOK {
		t.Errorf("with formerly: exit %d, stderr:\n%s", code, errOut)
	}
}
