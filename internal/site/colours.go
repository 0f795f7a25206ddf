package site

import (
	"fmt"

	"github.com/rodedraad/rodedraad/internal/model"
)

// coloursOf are the colours that make a theme colour legible on the site.
func coloursOf(c model.Colour) themeColours {
	return themeColours{Colour: string(c), OnColour: string(c.TextOn()), Ink: string(c.Ink())}
}

// contrastNotes lists the theme colours that needed help, for the build
// to report.
func contrastNotes(s *model.Site) []string {
	var notes []string
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			for _, t := range e.Themes {
				if t.Colour.TextOn() != model.White || t.Colour.Ink() != t.Colour {
					notes = append(notes, fmt.Sprintf("%s: colour %s has a contrast of %.1f:1 with white text (WCAG asks 4.5:1); the site uses dark text on it and %s for text in the colour",
						t.Ref(), t.Colour, model.Contrast(t.Colour, model.White), t.Colour.Ink()))
				}
			}
		}
	}
	return notes
}
