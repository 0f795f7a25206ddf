package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/editions"
)

// editionsProject has two editions that differ in every way a diff
// reports; internal/editions tests it in detail.
const editionsProject = "../../internal/editions/testdata/project"

func TestDiffText(t *testing.T) {
	want, err := os.ReadFile("../../internal/editions/testdata/diff.txt")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI("diff", "-s", editionsProject, "oost/2022", "oost/2024")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	// Only the diff goes to stdout: not the counts that check prints.
	if out != string(want) {
		t.Errorf("stdout is not internal/editions/testdata/diff.txt:\n%s", out)
	}

	code, out, _ = runCLI("diff", "-s", editionsProject, "oost/2024", "oost/2024")
	if code != exitOK || out != "oost/2024 -> oost/2024\n\nNo changes.\n" {
		t.Errorf("same edition: exit %d, stdout %q", code, out)
	}
}

func TestDiffJSON(t *testing.T) {
	code, out, errOut := runCLI("diff", "-s", editionsProject, "--format", "json", "oost/2022", "oost/2024")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	var d editions.Diff
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("not valid JSON: %v\n%s", err, out)
	}
	if d.Old != "oost/2022" || d.New != "oost/2024" || len(d.Themes) != 5 || len(d.Questions) != 9 || len(d.Practice) != 5 || len(d.Tips) != 8 {
		t.Errorf("%s -> %s: %d themes, %d questions, %d practice examples, %d tips",
			d.Old, d.New, len(d.Themes), len(d.Questions), len(d.Practice), len(d.Tips))
	}
}

func TestDiffUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"oost/2022", "oost/2023"}, `no edition "oost/2023"; the editions of factsheet oost are oost/2022, oost/2024`},
		{[]string{"west/2022", "oost/2024"}, `no edition "west/2022"; name one as factsheet/edition: oost/2022, oost/2024`},
		{[]string{"oost", "oost/2024"}, `no edition "oost"; the editions of factsheet oost are oost/2022, oost/2024`},
		{[]string{"oost/2022"}, "accepts 2 arg(s), received 1"},
		{[]string{"oost/2022", "oost/2024", "--format", "yaml"}, `unknown --format "yaml": use text or json`},
	} {
		code, out, errOut := runCLI(append([]string{"diff", "-s", editionsProject}, c.args...)...)
		if code != exitUsage || out != "" || !strings.Contains(errOut, c.want) || !strings.Contains(errOut, "rodedraad --help") {
			t.Errorf("%q: exit %d, stdout %q, stderr:\n%s\nwant exit %d and %q", c.args, code, out, errOut, exitUsage, c.want)
		}
	}
}

func TestDiffInvalidData(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(editionsProject)); err != nil {
		t.Fatal(err)
	}
	theme := filepath.Join(dir, "data/factsheets/oost/2024/themes/vertrouwen.toml")
	if err := os.WriteFile(theme, []byte("title = \"Vertrouwen\"\nquestions = []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI("diff", "-s", dir, "oost/2022", "oost/2024")
	want := theme + ":1:1: missing required key \"finding\": add a line finding = …\n1 error, 0 warnings: the data is not valid\n"
	if code != exitInvalid || out != "" || errOut != want {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant stderr:\n%s", code, out, errOut, want)
	}
}

func TestDiffHelp(t *testing.T) {
	code, out, _ := runCLI("diff", "--help")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"Usage:\n  rodedraad diff OLD NEW [flags]", "Examples:\n  rodedraad diff ", "--format string", "[-removed-] {+added+}"} {
		if !strings.Contains(out, want) {
			t.Errorf("diff --help lacks %q:\n%s", want, out)
		}
	}
}
