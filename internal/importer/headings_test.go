package importer

import "testing"

func TestHeadingOf(t *testing.T) {
	for text, want := range map[string]string{
		"Rode draad":     "theme ",
		"rode  draad:":   "theme ",
		"‘Rode draad’":   "theme ",
		"**Rode draad**": "theme ",
		"Rode draad 3":   "theme ",
		"Rode draad 2: “Verklarende analyse”":         "theme Verklarende analyse",
		"Rode draad – Lerende praktijk":               "theme Lerende praktijk",
		"Rode draden":                                 "",
		"Rode draad is een beeld uit de zeevaart.":    "",
		"Toelichting op bevinding":                    "explanation Toelichting op bevinding",
		"TOELICHTING OP BEVINDING:":                   "explanation TOELICHTING OP BEVINDING",
		"Reflectievragen voor professionals:":         "questions Reflectievragen voor professionals",
		"“Reflectievragen voor het team”":             "questions Reflectievragen voor het team",
		"Reflectievragen helpen je om stil te staan.": "",
		"Vragen stellen is een vak":                   "",
		"Waar  blijkt dit uit in de praktijk ?":       "practice Waar  blijkt dit uit in de praktijk ?",
		"In de praktijk":                              "practice In de praktijk",
		"In de praktijk blijkt dat vaak anders":       "",
		"Leeswijzer":                                  "guide Leeswijzer",
		"Tot slot":                                    "closing Tot slot",
		"Wat kun jij morgen zelf al doen?":            "tips Wat kun jij morgen zelf al doen?",
		"Wat kan ik doen":                             "tips Wat kan ik doen",
		"Meer weten?":                                 "links Meer weten?",
		"“Meer weten?”":                               "links Meer weten?",
		"Auteurs":                                     "authors Auteurs",
		"Ontwerp & realisatie":                        "credit Ontwerp & realisatie",
		"Illustraties":                                "credit Illustraties",
		"En":                                          "",
		"Colofon":                                     "colophon Colofon",
		"Gelijkwaardige samenwerking":                 "",
	} {
		h := headingOf(text)
		got := ""
		if h.kind != noHeading {
			got = []string{"", "theme", "explanation", "questions", "practice", "guide", "closing", "tips",
				"links", "authors", "credit", "colophon"}[h.kind] + " " + h.title
		}
		if got != want {
			t.Errorf("headingOf(%q) = %q, want %q", text, got, want)
		}
	}
}

// Right after 'Rode draad', a known heading is the theme's title.
func TestThemeTitleLikeHeading(t *testing.T) {
	res, err := Import([]byte("> Rode draad\n\nTips\n\nOuders krijgen te weinig tips.\n\n> Reflectievragen\n\n- Geef ik tips?\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	th := res.Factsheet.Editions[0].Themes[0]
	if th.Title != "Tips" || th.Finding != "Ouders krijgen te weinig tips." || len(th.Questions) != 1 || res.Factsheet.Editions[0].Closing != nil {
		t.Errorf("theme %q, finding %q, %d questions, closing %v", th.Title, th.Finding, len(th.Questions), res.Factsheet.Editions[0].Closing)
	}
}
