package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/docx/docxtest"
)

// A factsheet written in Word imports into a project that checks and
// builds at once, and its 'Meer weten?' links lead where the document's
// links led.
func TestImportWordDocument(t *testing.T) {
	dir := t.TempDir()
	word := filepath.Join(dir, "thuis in de buurt.docx")
	if err := os.WriteFile(word, docxtest.Factsheet().Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI("import", word, "-s", dir)
	if code != exitOK || !strings.HasPrefix(out, "2 themes, 4 questions (1 sub-question), 3 practice examples, 2 tips, 2 link groups; 0 paragraphs not placed\n") {
		t.Fatalf("import: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	if code, out, errOut := runCLI("check", "-s", dir); code != exitOK || errOut != "" {
		t.Fatalf("check: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	public := filepath.Join(dir, "public")
	if code, out, errOut := runCLI("build", "-s", dir, "-d", public); code != exitOK {
		t.Fatalf("build: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	page, err := os.ReadFile(filepath.Join(public, "thuis-buurt", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`href="https://www.example.org/warme-overdracht"`,
		`href="https://www.example.org/gesprek"`,
		`href="https://www.example.org/onderzoek?jaar=2024&amp;deel=2"`,
		"<strong>werkplaats Oost</strong>",
	} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the factsheet's page lacks %s", want)
		}
	}
}

// What is no Word document, or a damaged one, is refused with what to
// do, and nothing is written.
func TestImportRefusesWhatIsNoWordDocument(t *testing.T) {
	dir := t.TempDir()
	whole := docxtest.Factsheet().Bytes()
	for name, data := range map[string][]byte{
		"half.docx": whole[:len(whole)/2],
		"oud.doc":   append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...),
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errOut := runCLI("import", path, "-d", dir)
		if code != exitInvalid || out != "" || !strings.HasPrefix(errOut, path+": this is ") || !strings.Contains(errOut, "save it as a Word document (.docx)") {
			t.Errorf("%s: exit %d\nstdout: %s\nstderr: %s", name, code, out, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "data")); err == nil {
		t.Error("a refused import wrote data/")
	}
}
