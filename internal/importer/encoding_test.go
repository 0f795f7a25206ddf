package importer

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	out, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Text saved as UTF-16 or Windows-1252 imports as the same factsheet as
// in UTF-8, accents and all, and the report says how it was read. Before,
// UTF-16 came out as letters with NUL between them and Windows-1252 with
// every 'é' a '\uFFFD', without a word.
func TestEncodings(t *testing.T) {
	src := readFixture(t)
	base := mustImport(t, src)
	for _, c := range []struct {
		name string
		data []byte
		note string
	}{
		{"UTF-16LE with BOM", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), string(src)),
			"factsheet.txt: note: the text is UTF-16 (it starts with a byte order mark) and was read as such\n"},
		{"UTF-16BE with BOM", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), string(src)),
			"factsheet.txt: note: the text is UTF-16 (it starts with a byte order mark) and was read as such\n"},
		{"UTF-16LE without BOM", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), string(src)),
			"factsheet.txt: note: the text has a zero byte beside nearly every letter: it was read as UTF-16 without a byte order mark; check the result\n"},
		{"UTF-16BE without BOM", encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), string(src)),
			"factsheet.txt: note: the text has a zero byte beside nearly every letter: it was read as UTF-16 without a byte order mark; check the result\n"},
		{"Windows-1252", encode(t, charmap.Windows1252, string(src)),
			"factsheet.txt:95: note: the text is not UTF-8 (here first): it was read as Windows-1252 (Latin-1); check the accents (é, ë, ï) in the files written, and save the text as UTF-8 to be sure\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := mustImport(t, c.data)
			if got, want := content(res), content(base); got != want {
				t.Errorf("content differs from the UTF-8 text:\n got:\n%s\nwant:\n%s", got, want)
			}
			if got := reportOf(res); !strings.Contains(got, c.note) {
				t.Errorf("report lacks\n%s\nin\n%s", c.note, got)
			}
		})
	}
}

// UTF-8 with a few broken bytes stays UTF-8: read as Windows-1252, its
// accents would turn into two letters each.
func TestBrokenUTF8(t *testing.T) {
	src := strings.Replace(string(readFixture(t)), "Afspraken over regie", "Afspraken over r\xe9gie", 1)
	res := mustImport(t, []byte(src))
	if got := res.Factsheet.Editions[0].Themes[1].Title; got != "Afspraken over r\uFFFDgie" {
		t.Errorf("title %q", got)
	}
	want := "factsheet.txt:45: note: bytes that are not UTF-8 (here first) among text that is: each is written as \uFFFD; correct them in the files written\n"
	if got := reportOf(res); !strings.Contains(got, want) {
		t.Errorf("report lacks\n%s\nin\n%s", want, got)
	}
}
