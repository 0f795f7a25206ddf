package edit

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/rodedraad/rodedraad/internal/fuzzbudget"
)

// FuzzSetString sets a question's text in any TOML text the parser
// accepts: the result must be TOML again, with the new text where it was
// put and every other value as it was.
func FuzzSetString(f *testing.F) {
	f.Add(theme, "Een vraag?")
	f.Add("[[questions]]\ntext = 'a' # b\n[[questions]]\ntext = \"\"\"\nc\"\"\"\n", "\"\\\n'''")
	f.Add("questions = [{text = \"a\"}]\n", "x")
	f.Fuzz(func(t *testing.T, src, text string) {
		defer fuzzbudget.Start(t, fuzzbudget.PerInput)()
		var before map[string]any
		if _, err := toml.Decode(src, &before); err != nil {
			return
		}
		qs, ok := before["questions"].([]map[string]any)
		if !ok || len(qs) == 0 {
			return
		}
		if _, isString := qs[0]["text"].(string); !isString {
			return
		}
		d := New([]byte(src))
		if err := d.SetString("questions[0].text", text); err != nil {
			return
		}
		var after map[string]any
		if _, err := toml.Decode(string(d.Bytes()), &after); err != nil {
			t.Fatalf("no TOML after setting %q: %v\n%s", text, err, d.Bytes())
		}
		want := strings.ToValidUTF8(text, "\uFFFD")
		if strings.Contains(text, "\n") {
			want = strings.TrimSuffix(want, "\n") + "\n"
		}
		got := after["questions"].([]map[string]any)[0]["text"]
		if got != want {
			t.Fatalf("text is %q, want %q\n%s", got, want, d.Bytes())
		}
	})
}
