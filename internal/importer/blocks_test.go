package importer

import (
	"strings"
	"testing"
)

// A page break of the PDF an export came from leaves an empty line in the
// middle of a sentence; the paragraph is still one.
func TestSentenceBrokenByPageBreakIsOneParagraph(t *testing.T) {
	whole := "Elk thema begint met een korte *bevinding*. Daarna volgen vragen voor jezelf en voorbeelden uit de praktijk."
	broken := "Elk thema begint met een korte *bevinding*. Daarna volgen vragen voor\n\n\njezelf en voorbeelden uit de praktijk."
	src := string(readFixture(t))
	if !strings.Contains(src, whole) {
		t.Fatal("the fixture no longer has the reading guide's paragraph")
	}
	want := fileData(t, mustImport(t, []byte(src)), "data/factsheets/samen-sterker-wijk/2022-2023/edition.toml")
	got := fileData(t, mustImport(t, []byte(strings.Replace(src, whole, broken, 1))), "data/factsheets/samen-sterker-wijk/2022-2023/edition.toml")
	// The comments name the source's lines, which moved by two.
	if uncommented(got) != uncommented(want) {
		t.Errorf("a sentence broken by a page break is not one paragraph:\n%s\nwant:\n%s", got, want)
	}
}

func uncommented(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "#") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestParagraphsThatStayApart(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"a sentence that ended", "Dit is een zin van ruim acht woorden die hier eindigt.\n\nen dit begint klein, zoals soms in citaten."},
		{"a short title line", "Leeswijzer voor de lezer\n\nde vragen staan in het midden van elke pagina."},
		{"a list after the break", "Dit zijn een paar punten die we samen opschreven en\n\n- eerst luisteren"},
		{"a capital after the break", "Dit zijn een paar punten die we samen opschreven en\n\nDaarna ging het gesprek verder."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if bs := blocks(splitLines(tc.src)); len(bs) != 2 {
				t.Errorf("%d blocks, want 2: %+v", len(bs), bs)
			}
		})
	}
	joined := blocks(splitLines("Dit zijn een paar punten die we samen opschreven en\n\n\nde rest van de zin staat op de volgende pagina."))
	if len(joined) != 1 || joined[0].text != "Dit zijn een paar punten die we samen opschreven en de rest van de zin staat op de volgende pagina." {
		t.Errorf("broken sentence: %+v", joined)
	}
}
