package publication

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/synthetic"
)

var update = flag.Bool("update", false, "write the output fingerprint of this EngineVersion to testdata")

// The cache of rendered PDFs trusts EngineVersion: a change to what Render
// writes under the same version would serve old PDFs. This fingerprint of
// synthetic factsheet PDFs (not the demo's, which its authors change)
// catches that: when it changes, bump EngineVersion and
// run 'go test ./internal/publication -run TestEngineVersion -update'.
func TestEngineVersionNamesTheOutput(t *testing.T) {
	s := synthetic.Corpus(synthetic.Scale(1))
	h := sha256.New()
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			pdf, err := Render(e, s, e.DocumentDate())
			if err != nil {
				t.Fatal(err)
			}
			h.Write(pdf)
		}
	}
	got := fmt.Sprintf("%s %x\n", EngineVersion, h.Sum(nil))
	const file = "testdata/engine-output.txt"
	if *update {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, _ := os.ReadFile(file)
	if version, _, _ := strings.Cut(string(want), " "); got != string(want) {
		if version == EngineVersion {
			t.Fatalf("the factsheet PDFs changed, but EngineVersion is still %q: bump it, then run with -update", EngineVersion)
		}
		t.Fatalf("EngineVersion is %q, the fingerprint is of %q: run with -update", EngineVersion, version)
	}
}
