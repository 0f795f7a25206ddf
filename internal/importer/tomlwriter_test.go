package importer

import (
	"testing"

	"github.com/BurntSushi/toml"
)

// Whatever a text holds, the written TOML reads back as that text.
func TestQuoteRoundTrip(t *testing.T) {
	for _, s := range []string{
		"plain", `with "quotes"`, `back\slash`, "tab\tand\nnewline", "ctrl\x00\x1f\x7f\u0085",
		`"""`, `ends with "`, `""""""`, `trailing \`, "line ending \\\nin a multi-line string",
		"ünïcødé ‘’ “”", "'''", "# not a comment",
	} {
		w := &tomlWriter{}
		w.comment("a comment\nover two lines\x00 with a control character")
		w.str("a", s, "a todo # with a hash\nand a newline")
		w.markdown("b", s)
		var got struct{ A, B string }
		if _, err := toml.Decode(w.String(), &got); err != nil {
			t.Errorf("%q: %v\n%s", s, err, w)
			continue
		}
		if got.A != s || got.B != s+"\n" {
			t.Errorf("%q came back as %q and %q\n%s", s, got.A, got.B, w)
		}
	}
}
