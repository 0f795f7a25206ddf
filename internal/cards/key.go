package cards

import (
	"time"

	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/pdfcache"
)

// EngineVersion names the output of Render. Change it with every change
// to Render that changes a PDF, or the problems it reports, which the
// cache keeps with the PDF: the cache of rendered decks then makes every
// deck again, instead of serving the old output.
const EngineVersion = "6"

// Key is what Render makes a deck's PDF from, with the same arguments:
// the deck, the format, the date, and of the site its reflection levels,
// whose guiding questions are printed on the cards. When Render reads
// more of the site, add it here, or the cache serves stale PDFs.
func Key(d Deck, site *model.Site, opts Options, date time.Time) pdfcache.Key {
	var levels []model.Level
	if site != nil {
		levels = site.Levels
	}
	return pdfcache.KeyOf("cards "+EngineVersion, struct {
		Deck   Deck
		Date   time.Time
		Opts   Options
		Levels []model.Level
	}{d, date, opts, levels})
}
