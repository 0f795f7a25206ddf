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
	for _, c := range []struct {
		check func(string) error
		texts []string
		want  string
	}{
		{model.CheckID, []string{"Plan ik tijd?", "Plan ik tijd?", "Plan ik *tijd*?", "???", "???", "vraag"},
			"plan-tijd plan-tijd-2 plan-tijd-3 vraag vraag-2 vraag-3"},
		// Ids that are addresses of the site's own pages are not handed out.
		{model.CheckPageID, []string{"Kaarten", "Kaarten", "Wijzigingen", "Kaarten lezen"}, "kaarten-2 kaarten-3 wijzigingen-2 kaarten-lezen"},
		{model.CheckFactsheetID, []string{"En", "NL", "Fryslân"}, "en-2 nl-2 fryslan"},
	} {
		s := newScope(c.check)
		var got []string
		for _, text := range c.texts {
			got = append(got, s.id(text, "vraag"))
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("got %v, want %s", got, c.want)
		}
	}
}

// A text repeated n times gets its n ids in about n tries, not n²/2: the
// import of 16,000 identical questions took 17 s on the tries alone. Each
// try builds an id, so the allocations count the tries.
func TestIDScopeRepeatedText(t *testing.T) {
	const n = 2000
	var last string
	allocs := testing.AllocsPerRun(1, func() {
		s := newScope(model.CheckID)
		for range n {
			last = s.id("Vraag?", "vraag")
		}
	})
	if last != "vraag-2000" || allocs > 10*n {
		t.Errorf("last id %s after %.0f allocations; want vraag-2000 after at most %d", last, allocs, 10*n)
	}
}
