package cards

import (
	"testing"

	"github.com/rodedraad/rodedraad/internal/pdfcache/versiontest"
	"github.com/rodedraad/rodedraad/internal/synthetic"
)

// The cache of rendered PDFs trusts EngineVersion. Synthetic decks (not
// the demo's, which its authors change) show when the output changes:
// then bump EngineVersion and run
// 'go test ./internal/cards -run TestEngineVersion -update'.
func TestEngineVersionNamesTheOutput(t *testing.T) {
	s := synthetic.Site(2, 3, 12)
	decks := Decks(s)
	var all []byte
	for _, d := range decks {
		for _, o := range []Options{{Size: A6, Sheet: A4}, {Size: A7, Sheet: A4}, {Size: A6, Sheet: Single}} {
			res, err := Render(d.Deck, s, o, d.Date)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, res.PDF...)
		}
	}
	versiontest.Check(t, EngineVersion, all)
}
