package markdown

import (
	"reflect"
	"testing"
)

func TestParas(t *testing.T) {
	got := Paras("Eerst *dit*, zie [de site](https://voorbeeld.nl/a) of [hier](/intern/) en <https://x.nl>.\n\n- een\n- twee\n  1. diep\n\n> Gezegd.\n\n## Kop\n\n<div>weg</div>\n\n    ingesprongen tekst\n")
	want := []Para{
		{Runs: []Run{{Text: "Eerst "}, {Text: "dit", Italic: true}, {Text: ", zie "}, {Text: "de site", Link: "https://voorbeeld.nl/a"}, {Text: " of hier en "}, {Text: "https://x.nl", Link: "https://x.nl"}, {Text: "."}}},
		{Runs: []Run{{Text: "een"}}, Marker: "•", Depth: 1},
		{Runs: []Run{{Text: "twee"}}, Marker: "•", Depth: 1},
		{Runs: []Run{{Text: "diep"}}, Marker: "1.", Depth: 2},
		{Runs: []Run{{Text: "Gezegd."}}, Quote: true},
		{Runs: []Run{{Text: "Kop"}}, Heading: 2},
		{Runs: []Run{{Text: "ingesprongen tekst"}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Paras:\n got %+v\nwant %+v", got, want)
	}
}

func TestWebAddress(t *testing.T) {
	for in, want := range map[string]string{
		"https://a.nl/x": "https://a.nl/x", "HTTP://a.nl": "HTTP://a.nl", "mailto:info@a.nl": "mailto:info@a.nl",
		"/intern/": "", "javascript:alert(1)": "", "https://": "", "https://a b": "", "data:text/html,x": "",
	} {
		if got := WebAddress(in); got != want {
			t.Errorf("WebAddress(%q) = %q, want %q", in, got, want)
		}
	}
}
