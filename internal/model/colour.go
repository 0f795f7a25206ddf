package model

import (
	"fmt"
	"github.com/rodedraad/rodedraad/internal/message"
	"math"
	"strconv"
	"strings"
)

// Colour is a theme colour written as '#rrggbb'.
type Colour string

// ThemePalette gives themes without a colour of their own one by position.
// Each colour has a contrast of at least 4.5:1 with white text.
var ThemePalette = []Colour{"#a4262c", "#1f5f8b", "#2e6b30", "#7a4a8c", "#8a5200", "#00676b", "#4f5b66", "#b0316a"}

// ParseColour reads '#rrggbb' (any case) and returns it in lowercase.
func ParseColour(s string) (Colour, error) {
	if len(s) != 7 || s[0] != '#' {
		return "", message.Errorf("%q is not a colour: write it as #rrggbb, such as #1f5f8b", s)
	}
	if _, err := strconv.ParseUint(s[1:], 16, 32); err != nil {
		return "", message.Errorf("%q is not a colour: after # come six hexadecimal digits (0-9, a-f)", s)
	}
	return Colour(strings.ToLower(s)), nil
}

// Luminance is the colour's relative luminance as WCAG 2.1 defines it.
func (c Colour) Luminance() float64 {
	channel := func(hex string) float64 {
		v, _ := strconv.ParseUint(hex, 16, 8)
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*channel(string(c[1:3])) + 0.7152*channel(string(c[3:5])) + 0.0722*channel(string(c[5:7]))
}

// Contrast is the WCAG 2.1 contrast ratio between two colours, from 1 to 21.
func Contrast(a, b Colour) float64 {
	la, lb := a.Luminance(), b.Luminance()
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// The colours text is set in: on white, and on a colour that is too light
// for white text. DarkPaper is the page of the site's dark scheme
// (--rd-paper in the theme's main.css).
const (
	White     Colour = "#ffffff"
	DarkText  Colour = "#1a1a1a"
	DarkPaper Colour = "#17191c"
)

// MinContrast is WCAG 2.1 AA's contrast for normal text.
const MinContrast = 4.5

// TextOn is the text colour that reads on c: white, or dark text on a
// colour too light for white.
func (c Colour) TextOn() Colour {
	if Contrast(c, White) < MinContrast {
		return DarkText
	}
	return White
}

// Ink is c itself when it reads as text on white, or else c darkened in
// small steps until it does.
func (c Colour) Ink() Colour {
	var r, g, b int
	fmt.Sscanf(string(c), "#%02x%02x%02x", &r, &g, &b)
	for Contrast(c, White) < MinContrast {
		r, g, b = r*9/10, g*9/10, b*9/10
		c = Colour(fmt.Sprintf("#%02x%02x%02x", r, g, b))
	}
	return c
}

// InkOnDark is c itself when it reads as text on [DarkPaper], or else c
// lightened towards white in small steps until it does.
func (c Colour) InkOnDark() Colour {
	var r, g, b int
	fmt.Sscanf(string(c), "#%02x%02x%02x", &r, &g, &b)
	for Contrast(c, DarkPaper) < MinContrast {
		r, g, b = r+(255-r)/10+1, g+(255-g)/10+1, b+(255-b)/10+1
		c = Colour(fmt.Sprintf("#%02x%02x%02x", min(r, 255), min(g, 255), min(b, 255)))
	}
	return c
}

// RGB returns the colour's red, green and blue, 0 to 255.
func (c Colour) RGB() (r, g, b int) {
	fmt.Sscanf(string(c), "#%02x%02x%02x", &r, &g, &b)
	return r, g, b
}
