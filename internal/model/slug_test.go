package model

import (
	"strings"
	"testing"
)

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Samen leren doen in de jeugdhulp":            "samen-leren-doen-jeugdhulp",
		"Geef ik ouders voldoende *vertrouwen*?":      "geef-ouders-voldoende-vertrouwen",
		"Coördinatie van zorg in het café":            "coordinatie-zorg-cafe",
		"Creëer ruimte: één gesprek, géén formulier":  "creeer-ruimte-gesprek-geen-formulier",
		"Thema's – ‘samen’ beslissen!":                "themas-samen-beslissen",
		"Methodieken e.d. worden (te) weinig geborgd": "methodieken-worden-weinig-geborgd",
		"Wat is het?":          "wat-is-het",
		"Stap 2: bel 3 ouders": "stap-2-bel-3-ouders",
		"Interdisciplinaire samenwerkingsafspraken en deskundigheidsbevordering": "interdisciplinaire", // 40 bytes at most
		"!!! ???":  "",
		"Ελληνικά": "",
	} {
		got := Slug(in)
		if got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
		if got != "" && CheckID(got) != nil || len(got) > SlugMaxBytes {
			t.Errorf("Slug(%q) = %q is not a valid, short id", in, got)
		}
	}
	if got := Slug(strings.Repeat("x", 100)); len(got) != SlugMaxBytes || CheckID(got) != nil {
		t.Errorf("a long word: %q", got)
	}
}
