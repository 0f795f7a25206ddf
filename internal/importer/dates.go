package importer

import (
	"regexp"
	"strings"
	"time"

	"github.com/rodedraad/rodedraad/internal/model"
)

// dateText finds a date as publications write it, '19 mei 2022' or
// '24-05-2022'; which of them name a day is the model's to say
// (Source.PublishedDate), so the site and the importer read dates alike.
var dateText = regexp.MustCompile(`\b\d{1,2}(?:\s+\p{L}+\s+|-\d{1,2}-)(?:19|20)\d\d\b`)

// findDate returns the first date in s that names a day, as written and
// as a day.
func findDate(s string) (string, time.Time, bool) {
	for _, m := range dateText.FindAllString(s, -1) {
		if d := (model.Source{Published: m}).PublishedDate(); !d.IsZero() {
			return m, d, true
		}
	}
	return "", time.Time{}, false
}

// withoutDate takes a date off the end of a title, as in 'Terugblik Live
// Ontwikkeltafel professionals 19 mei 2022'; the date dates the edition.
func withoutDate(title string) (rest, date string) {
	written, _, ok := findDate(title)
	if !ok || !strings.HasSuffix(title, written) {
		return title, ""
	}
	return strings.TrimRight(strings.TrimSuffix(title, written), " ,–-:"), written
}
