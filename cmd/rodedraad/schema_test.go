package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSchemaKind(t *testing.T) {
	want, err := os.ReadFile("../../internal/schema/testdata/theme.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI("schema", "--kind", "theme")
	if code != exitOK || errOut != "" || out != string(want) {
		t.Errorf("exit %d, stderr %q; stdout is not internal/schema/testdata/theme.schema.json:\n%s", code, errOut, out)
	}
}

func TestSchemaDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "schemas")
	code, out, errOut := runCLI("schema", "-d", dir)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	var want string
	for _, kind := range []string{"site", "factsheet", "edition", "theme", "section"} {
		name := filepath.Join(dir, kind+".schema.json")
		want += name + "\n"
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var s map[string]any
		if err := json.Unmarshal(data, &s); err != nil || s["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
			t.Errorf("%s: %v, $schema %v", name, err, s["$schema"])
		}
	}
	if out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}

	one := t.TempDir()
	if code, out, _ := runCLI("schema", "-d", one, "--kind", "section"); code != exitOK || out != filepath.Join(one, "section.schema.json")+"\n" {
		t.Errorf("-d with --kind: exit %d, stdout %q", code, out)
	}
	if entries, _ := os.ReadDir(one); len(entries) != 1 {
		t.Errorf("-d with --kind wrote %d files, want 1", len(entries))
	}
}

func TestSchemaUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"schema"}, "schema needs --kind KIND (print one schema) or -d DIR (write them all)"},
		{[]string{"schema", "--kind", "thema"}, `unknown kind "thema": use site, factsheet, edition, theme, section`},
		{[]string{"schema", "theme"}, `unknown command "theme"`},
	} {
		code, out, errOut := runCLI(c.args...)
		if code != exitUsage || out != "" || !strings.Contains(errOut, c.want) || !strings.Contains(errOut, "rodedraad --help") {
			t.Errorf("%q: exit %d, stdout %q, stderr:\n%s\nwant exit %d and %q", c.args, code, out, errOut, exitUsage, c.want)
		}
	}
}

func TestSchemaHelp(t *testing.T) {
	code, out, _ := runCLI("schema", "--help")
	if code != exitOK || !strings.Contains(out, "Usage:\n  rodedraad schema (--kind KIND | -d DIR) [flags]") || !strings.Contains(out, "docs/editor-support.md") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}
