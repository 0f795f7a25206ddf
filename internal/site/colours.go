package site

import (
	"fmt"

	"github.com/rodedraad/rodedraad/internal/model"
)

const (
	white    model.Colour = "#ffffff"
	darkText model.Colour = "#1a1a1a"
	// minContrast is WCAG 2.1 AA for normal text.
	minContrast = 4.5
)

// coloursOf picks the colours that make a theme colour legible: white or
// dark text on the colour, and the colour itself, or a darker variant of
// it, as text on white.
func coloursOf(c model.Colour) themeColours {
	on := white
	if model.Contrast(c, white) < minContrast {
		on = darkText
	}
	return themeColours{Colour: string(c), OnColour: string(on), Ink: string(ink(c))}
}

// ink darkens c in small steps until it reads as text on white.
func ink(c model.Colour) model.Colour {
	var r, g, b int
	fmt.Sscanf(string(c), "#%02x%02x%02x", &r, &g, &b)
	for model.Contrast(c, white) < minContrast {
		r, g, b = r*9/10, g*9/10, b*9/10
		c = model.Colour(fmt.Sprintf("#%02x%02x%02x", r, g, b))
	}
	return c
}

// contrastNotes lists the theme colours that needed help, for the build
// to report.
func contrastNotes(s *model.Site) []string {
	var notes []string
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			for _, t := range e.Themes {
				cs := coloursOf(t.Colour)
				if cs.OnColour != string(white) || cs.Ink != cs.Colour {
					notes = append(notes, fmt.Sprintf("%s: colour %s has a contrast of %.1f:1 with white text (WCAG asks 4.5:1); the site uses dark text on it and %s for text in the colour",
						t.Ref(), t.Colour, model.Contrast(t.Colour, white), cs.Ink))
				}
			}
		}
	}
	return notes
}
