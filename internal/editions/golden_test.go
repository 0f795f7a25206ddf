package editions

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// project is a factsheet with two editions whose differences cover every
// kind of change: see testdata/project.
const project = "testdata/project"

// fixture loads the test project and returns its two editions.
func fixture(t *testing.T) (old, new *model.Edition) {
	t.Helper()
	site, diags := load.Site(project)
	for _, d := range diags {
		t.Errorf("the test project is not clean: %s", d)
	}
	f := site.Factsheet("oost")
	if f == nil {
		t.Fatal("no factsheet oost")
	}
	old, new = f.Edition("2022"), f.Edition("2024")
	if old == nil || new == nil || new.PreviousEdition() != old {
		t.Fatal("edition 2024 does not revise 2022")
	}
	return old, new
}

// golden compares got with the file testdata/name, or rewrites the file
// with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/editions -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test ./internal/editions -update rewrites it, then review git diff)\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestGoldenText(t *testing.T) {
	old, new := fixture(t)
	var b bytes.Buffer
	if err := Compare(old, new).WriteText(&b); err != nil {
		t.Fatal(err)
	}
	golden(t, "diff.txt", b.Bytes())
}

func TestGoldenJSON(t *testing.T) {
	old, new := fixture(t)
	var b bytes.Buffer
	if err := Compare(old, new).WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	golden(t, "diff.json", b.Bytes())
}
