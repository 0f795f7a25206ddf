package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/export"
)

func TestExportJSON(t *testing.T) {
	code, out, errOut := runCLI("export", "-s", minimal)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	var doc struct {
		GeneratedBy string       `json:"generated_by"`
		Questions   []export.Row `json:"questions"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	// Only the export goes to stdout: not the counts that check prints.
	if doc.GeneratedBy != "rodedraad" || len(doc.Questions) != 3 || doc.Questions[2].Path != "/demo/2024/stappen/#vraag-wat-is-mijn-rol" {
		t.Errorf("stdout:\n%s", out)
	}
}

func TestExportCSVFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "vragen.csv")
	code, out, errOut := runCLI("export", "-s", minimal, "--format", "csv", "--sep", ";", "-o", file)
	if code != exitOK || errOut != "" || out != file+": 3 questions\n" {
		t.Fatalf("exit %d, stdout %q, stderr:\n%s", code, out, errOut)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text, ok := strings.CutPrefix(string(data), "\uFEFF")
	if !ok {
		t.Error("no byte order mark for Excel")
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = ';'
	records, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(records) != 4 || strings.Join(records[0], ";") != strings.Join(export.Header, ";") || records[2][11] != "Ook als het druk is?" {
		t.Errorf("records: %q", records)
	}
}

func TestExportErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--format", "xlsx"}, exitUsage, `unknown --format "xlsx": use json or csv`},
		{[]string{"--format", "csv", "--sep", "tab"}, exitUsage, `unknown --sep "tab": use ',' or ';'`},
		{[]string{"--sep", ";"}, exitUsage, "--sep is for --format csv only"},
		{[]string{"extra"}, exitUsage, `unknown command "extra"`},
		{[]string{"-s", t.TempDir()}, exitInvalid, "data/site.toml: file not found"},
	} {
		code, out, errOut := runCLI(append([]string{"export", "-s", minimal}, c.args...)...)
		if code != c.code || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%q: exit %d, stdout %q, stderr:\n%s\nwant exit %d and %q", c.args, code, out, errOut, c.code, c.want)
		}
	}
}
