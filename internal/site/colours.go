package site

import (
	"fmt"
	"github.com/rodedraad/rodedraad/internal/message"
	"slices"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
)

// coloursOf are the colours that make a theme colour legible on the site,
// and the class that applies them.
func coloursOf(c model.Colour) themeColours {
	return themeColours{Class: colourClass(c), Colour: string(c), OnColour: string(c.TextOn()), Ink: string(c.Ink())}
}

// colourClass names the class of a theme colour, such as 'kleur-1f5f8b'.
// Colours are classes in a stylesheet rather than style attributes, so
// that the site works under a Content-Security-Policy without
// 'unsafe-inline'.
func colourClass(c model.Colour) string { return "kleur-" + strings.TrimPrefix(string(c), "#") }

// coloursFile is the stylesheet with a class per theme colour.
const coloursFile = "css/kleuren.css"

// colourSheet is that stylesheet: each colour used by a theme or a
// section of any edition sets the custom properties the theme's CSS
// colours with.
func colourSheet(s *model.Site) []byte {
	var colours []model.Colour
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			for _, t := range e.Themes {
				colours = append(colours, t.Colour)
			}
			for _, sec := range e.Sections {
				colours = append(colours, sec.Colour())
			}
		}
	}
	slices.Sort(colours)
	var b strings.Builder
	b.WriteString("/* Theme colours, made by rodedraad from the data. */\n")
	colours = slices.Compact(colours)
	for _, c := range colours {
		tc := coloursOf(c)
		fmt.Fprintf(&b, ".%s{--theme:%s;--on-theme:%s;--theme-ink:%s}\n", tc.Class, tc.Colour, tc.OnColour, tc.Ink)
	}
	// Text in a theme's colour on the dark scheme's page: fills keep the
	// colour itself, with its own text colour on it.
	b.WriteString("@media screen and (prefers-color-scheme:dark){\n")
	for _, c := range colours {
		fmt.Fprintf(&b, ".%s{--theme-ink:%s}\n", colourClass(c), c.InkOnDark())
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

// contrastNotes lists the theme colours that needed help, for the build
// to report.
func contrastNotes(s *model.Site) []message.Text {
	var notes []message.Text
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			for _, t := range e.Themes {
				if t.Colour.TextOn() != model.White || t.Colour.Ink() != t.Colour {
					notes = append(notes, message.New("%s: colour %s has a contrast of %.1f:1 with white text (WCAG asks 4.5:1); the site uses dark text on it and %s for text in the colour",
						t.Ref(), t.Colour, model.Contrast(t.Colour, model.White), t.Colour.Ink()))
				}
			}
		}
	}
	return notes
}
