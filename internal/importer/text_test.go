package importer

import "testing"

func TestParseLink(t *testing.T) {
	for in, want := range map[string]string{
		"[Verslag 2022](#)":                            "Verslag 2022 |  | ",
		"['Verslag 2022'](#) m.b.t. de aanpak":         "Verslag 2022 |  | m.b.t. de aanpak",
		"[Gids](https://example.org/gids): een uitleg": "Gids | https://example.org/gids | een uitleg",
		"[Gids](http://a)":                             "Gids | http://a | ",
		"[Gids](gids.html)":                            "Gids |  |  | lost gids.html",
		"[Leren \\(h\\)erkennen](#)":                   "Leren (h)erkennen |  | ",
		"Handreiking www.example.org/gids – kort":      "Handreiking | https://www.example.org/gids | kort",
		"Handreiking www.g – kort":                     "Handreiking |  | kort | lost www.g",
		"https://example.org":                          "https://example.org | https://example.org | ",
		"“Een titel zonder adres”":                     "Een titel zonder adres |  | ",
		"[Gids](HTTPS://Example.org/Gids)":             "Gids | https://Example.org/Gids | ",
	} {
		l, lost, ok := parseLink(in)
		got := l.Title + " | " + l.URL + " | " + string(l.Note)
		if lost != "" {
			got += " | lost " + lost
		}
		if !ok || got != want {
			t.Errorf("parseLink(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, _, ok := parseLink("[](#)"); ok {
		t.Error("a link without title was taken")
	}
}
