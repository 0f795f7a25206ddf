package importer

import (
	"regexp"
	"slices"
	"strings"
)

// textShape is the kind of publication a text is. Each is known by what its
// text says, never by the name of its file: an export may be called
// anything.
type textShape int

const (
	// factsheetShape has 'Rode draad' sections, one per recurring theme.
	factsheetShape textShape = iota
	// buildingBlockShape is a document of a programme, titled 'Bouwsteen
	// ...': parts with lists, reflection levels and step plans.
	buildingBlockShape
	// newsShape is a post of a website ('Bericht geplaatst op ...'):
	// parts of prose, key figures and quotes.
	newsShape
	// workshopShape looks back on a meeting ('Terugblik ...'): one
	// paragraph per workshop, each a theme with quotes, questions and
	// suggestions in its prose.
	workshopShape
)

// posted is the line of a news post that dates it.
var posted = regexp.MustCompile(`^(?i:bericht\s+)?(?i:geplaatst|gepubliceerd)\s+(?i:op)\b[:\s]*(.*)$`)

// headerBlocks is how far into a text the marks of a news post are
// looked for: a post's date stands under the site's name, not further.
const headerBlocks = 6

// shapeOf recognises the shape of a text. A text with any 'Rode draad'
// is a factsheet, as before there were other shapes; a text that is none
// of the others is read as a factsheet too, so that the refusal reports
// the lines as it always did.
func shapeOf(bs []block) textShape {
	if slices.ContainsFunc(bs, func(b block) bool { return b.kind == headingBlock && b.heading.kind == themeHeading }) {
		return factsheetShape
	}
	for i := range min(len(bs), headerBlocks) {
		if slices.ContainsFunc(bs[i].lines, func(l line) bool { return posted.MatchString(l.text) }) {
			return newsShape
		}
	}
	if len(bs) == 0 {
		return factsheetShape
	}
	first := headingKey(strings.TrimLeft(bs[0].text, "■▪●•- "))
	switch {
	case strings.HasPrefix(first, "bouwsteen"):
		return buildingBlockShape
	case strings.HasPrefix(first, "terugblik") || strings.HasPrefix(first, "verslag") || strings.HasPrefix(first, "impressie"):
		return workshopShape
	}
	return factsheetShape
}
