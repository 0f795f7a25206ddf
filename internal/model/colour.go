package model

import (
	"fmt"
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
		return "", fmt.Errorf("%q is not a colour: write it as #rrggbb, such as #1f5f8b", s)
	}
	if _, err := strconv.ParseUint(s[1:], 16, 32); err != nil {
		return "", fmt.Errorf("%q is not a colour: after # come six hexadecimal digits (0-9, a-f)", s)
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
