package edit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// Every theme file of the demo, as the templates and authors wrote them,
// takes a new text for its first question, a new question at the end and
// the first two questions swapped, and stays TOML with exactly those
// changes: every other line is as it was.
func TestDemoThemesChangeInPlace(t *testing.T) {
	names, _ := filepath.Glob("../../data/factsheets/*/*/themes/*.toml")
	if len(names) < 10 {
		t.Fatalf("found %d demo themes", len(names))
	}
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var before struct {
			Questions []struct{ ID, Text string }
		}
		if _, err := toml.Decode(string(src), &before); err != nil {
			t.Fatal(err)
		}
		if len(before.Questions) < 2 {
			continue
		}
		d := New(src)
		if err := d.SetString("questions[0].text", "Een andere vraag?"); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		added, err := d.AppendTable("questions")
		if err == nil {
			err = d.SetString(added+".text", "Een nieuwe vraag?")
		}
		if err == nil {
			err = d.MoveTable("questions", 0, 1)
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var after struct {
			Questions []struct{ ID, Text string }
		}
		if _, err := toml.Decode(string(d.Bytes()), &after); err != nil {
			t.Fatalf("%s is no TOML after the changes: %v\n%s", name, err, d.Bytes())
		}
		want := append([]struct{ ID, Text string }{before.Questions[1], {before.Questions[0].ID, "Een andere vraag?"}}, before.Questions[2:]...)
		want = append(want, struct{ ID, Text string }{"", "Een nieuwe vraag?"})
		if len(after.Questions) != len(want) {
			t.Fatalf("%s: %d questions, want %d", name, len(after.Questions), len(want))
		}
		for i := range want {
			if after.Questions[i] != want[i] {
				t.Errorf("%s: question %d is %+v, want %+v", name, i+1, after.Questions[i], want[i])
			}
		}
		oldLines, newLines := lineSet(string(src)), lineSet(string(d.Bytes()))
		for l := range oldLines {
			if !newLines[l] && !strings.Contains(l, before.Questions[0].Text) {
				t.Errorf("%s: the line %q is gone", name, l)
			}
		}
	}
}

func lineSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		out[l] = true
	}
	return out
}
