package importer

import (
	"regexp"
	"slices"
)

// A web page copied as text brings its furniture along: buttons, counters,
// the alternative text of a logo, a spam check. None of it is part of the
// publication, and all of it is reported as not placed, so the user sees
// what was passed over.

// furnitureLabels are the keys (headingKey) of lines that are a page's
// buttons and labels.
var furnitureLabels = []string{"afbeeldingen", "waarderen", "reageren", "reacties", "anti spam controle",
	"een momentje", "contact", "cookie-instellingen", "cookies", "delen", "deel dit bericht", "printen",
	"terug naar overzicht", "lees verder", "menu", "zoeken"}

// furnitureText matches the counters and notices of a page, and the text
// that stands for a picture ('logo ...', 'Profielfoto').
var furnitureText = regexp.MustCompile(`(?i)^(?:\d+\s+keer\s+bekeken\b.*|\d+\s+reacties?$|logo\s.*|profielfoto$|.*\bcaptcha\b.*)`)

func furniture(l line) bool {
	return slices.Contains(furnitureLabels, headingKey(l.text)) || furnitureText.MatchString(l.text)
}
