package schema

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/theme.schema.json and descriptions.json")

// TestThemeGolden shows in review how a change to the model changes what
// editors check; -update rewrites the golden file.
func TestThemeGolden(t *testing.T) {
	got, err := For(Theme).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/theme.schema.json"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the theme schema differs from %s; if the change is intended, run go test ./internal/schema -update\n%s", golden, got)
	}
}
