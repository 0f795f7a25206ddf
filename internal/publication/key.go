package publication

import (
	"time"

	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/pdfcache"
)

// EngineVersion names the output of Render. Change it with every change
// to Render that changes a PDF: the cache of rendered PDFs then makes
// every factsheet PDF again, instead of serving those of the old output.
const EngineVersion = "3"

// Key is what Render makes an edition's PDF from, with the same
// arguments: the edition, its factsheet, which edition is current (links
// to 'factsheet/theme' resolve there), the date, and the site's own
// settings (levels, licence, rights), without the other factsheets. When
// Render reads more, add it here, or the cache serves stale PDFs.
func Key(e *model.Edition, site *model.Site, date time.Time) pdfcache.Key {
	factsheet := *e.Factsheet
	factsheet.Editions = nil
	var current string
	if c := e.Factsheet.Current(); c != nil {
		current = c.ID
	}
	var settings model.Site
	if site != nil {
		settings = *site
		settings.Factsheets = nil
	}
	return pdfcache.KeyOf("publication "+EngineVersion, struct {
		Edition   *model.Edition
		Factsheet model.Factsheet
		Current   string
		Site      model.Site
		Date      time.Time
	}{e, factsheet, current, settings, date})
}
