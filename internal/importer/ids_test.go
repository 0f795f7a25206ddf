package importer

import (
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/model"
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
		got := slug(in)
		if got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
		if got != "" && model.CheckID(got) != nil || len(got) > idMaxBytes {
			t.Errorf("slug(%q) = %q is not a valid, short id", in, got)
		}
	}
	if got := slug(strings.Repeat("x", 100)); len(got) != idMaxBytes || model.CheckID(got) != nil {
		t.Errorf("a long word: %q", got)
	}
}

func TestIDScope(t *testing.T) {
	s := idScope{}
	var got []string
	for _, text := range []string{"Plan ik tijd?", "Plan ik tijd?", "Plan ik *tijd*?", "???", "???", "vraag"} {
		got = append(got, s.id(text, "vraag"))
	}
	if want := "plan-tijd plan-tijd-2 plan-tijd-3 vraag vraag-2 vraag-3"; strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}
