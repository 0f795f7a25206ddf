package publication

import (
	"testing"

	"github.com/rodedraad/rodedraad/internal/pdfcache/versiontest"
	"github.com/rodedraad/rodedraad/internal/synthetic"
)

// The cache of rendered PDFs trusts EngineVersion. Synthetic factsheets
// (not the demo's, which its authors change) show when the output
// changes: then bump EngineVersion and run
// 'go test ./internal/publication -run TestEngineVersion -update'.
func TestEngineVersionNamesTheOutput(t *testing.T) {
	s := synthetic.Corpus(synthetic.Scale(1))
	var all []byte
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			pdf, err := Render(e, s, e.DocumentDate())
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, pdf...)
		}
	}
	versiontest.Check(t, EngineVersion, all)
}
