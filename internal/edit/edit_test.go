package edit

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

const theme = `# Een thema van de werkplaats.
title = "Een vast gezicht"   # de titel
finding = "Gezinnen zien steeds andere hulpverleners."
explanation = """
Wisselingen komen vaak voor.
"""

# De eerste vraag.
[[questions]]
id = "wie-volgt"
text = "Vertel ik op tijd wie mij opvolgt?"
sub = ["Ook bij vakantie?"]

[[questions]]
id = "warm"
text = "Draag ik warm over?" # een vraag voor elk team

# Uit de praktijk.
[[practice]]
text = "Vier contactpersonen in een jaar."
`

func changed(t *testing.T, change func(d *Doc) error) string {
	t.Helper()
	d := New([]byte(theme))
	if err := change(d); err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if _, err := toml.Decode(string(d.Bytes()), &v); err != nil {
		t.Fatalf("the changed file is no TOML: %v\n%s", err, d.Bytes())
	}
	return string(d.Bytes())
}

func TestSetStringKeepsTheRest(t *testing.T) {
	got := changed(t, func(d *Doc) error { return d.SetString("questions[1].text", `Draag ik "warm" over?`) })
	want := strings.Replace(theme, `text = "Draag ik warm over?" # een vraag`, `text = "Draag ik \"warm\" over?" # een vraag`, 1)
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	got = changed(t, func(d *Doc) error { return d.SetString("explanation", "Wisselingen.\n\nOok in het weekend.") })
	if want := strings.Replace(theme, "\"\"\"\nWisselingen komen vaak voor.\n\"\"\"", "\"\"\"\nWisselingen.\n\nOok in het weekend.\n\"\"\"", 1); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestSetStringAddsAMissingKey(t *testing.T) {
	got := changed(t, func(d *Doc) error { return d.SetString("questions[1].note", "Voor de coördinator.") })
	want := strings.Replace(theme, "# een vraag voor elk team\n", "# een vraag voor elk team\nnote = \"Voor de coördinator.\"\n", 1)
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	got = changed(t, func(d *Doc) error { return d.SetString("audience", "professional") })
	if want := strings.Replace(theme, "Wisselingen komen vaak voor.\n\"\"\"\n", "Wisselingen komen vaak voor.\n\"\"\"\naudience = \"professional\"\n", 1); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestSetStrings(t *testing.T) {
	got := changed(t, func(d *Doc) error {
		return d.SetStrings("questions[0].sub", []string{"Ook bij vakantie?", "Ook bij ziekte?"})
	})
	if !strings.Contains(got, `sub = ["Ook bij vakantie?", "Ook bij ziekte?"]`+"\n\n[[questions]]") {
		t.Errorf("got\n%s", got)
	}
	got = changed(t, func(d *Doc) error { return d.SetStrings("questions[0].sub", nil) })
	if strings.Contains(got, "sub =") || !strings.Contains(got, "text = \"Vertel ik op tijd wie mij opvolgt?\"\n\n[[questions]]") {
		t.Errorf("got\n%s", got)
	}
}

func TestDeleteTableTakesItsComments(t *testing.T) {
	got := changed(t, func(d *Doc) error { return d.Delete("questions[0]") })
	if strings.Contains(got, "wie-volgt") || strings.Contains(got, "De eerste vraag") || !strings.Contains(got, "# Uit de praktijk.\n[[practice]]") {
		t.Errorf("got\n%s", got)
	}
	if !strings.HasPrefix(got, strings.Split(theme, "# De eerste vraag.")[0]+"[[questions]]\nid = \"warm\"") {
		t.Errorf("the rest moved:\n%s", got)
	}
}

func TestAppendAndMoveTables(t *testing.T) {
	got := changed(t, func(d *Doc) error {
		path, err := d.AppendTable("questions")
		if err != nil || path != "questions[2]" {
			t.Fatalf("append: %q, %v", path, err)
		}
		return d.SetString(path+".text", "Een nieuwe vraag?")
	})
	if !strings.Contains(got, "# een vraag voor elk team\n\n[[questions]]\ntext = \"Een nieuwe vraag?\"\n\n# Uit de praktijk.") {
		t.Errorf("append:\n%s", got)
	}
	got = changed(t, func(d *Doc) error { return d.MoveTable("questions", 1, 0) })
	first, second := strings.Index(got, `id = "warm"`), strings.Index(got, `id = "wie-volgt"`)
	if first < 0 || second < first || !strings.Contains(got, "# De eerste vraag.\n[[questions]]\nid = \"wie-volgt\"") || !strings.Contains(got, "\n\n# Uit de praktijk.\n[[practice]]") {
		t.Errorf("move:\n%s", got)
	}
	var v struct{ Questions []struct{ ID string } }
	if _, err := toml.Decode(got, &v); err != nil || len(v.Questions) != 2 || v.Questions[0].ID != "warm" {
		t.Errorf("moved questions read %+v (%v)", v.Questions, err)
	}
}

func TestChangesToWhatIsNotThere(t *testing.T) {
	d := New([]byte(theme))
	for _, err := range []error{d.Delete("questions[5]"), d.SetString("links[0].title", "x"), d.MoveTable("questions", 0, 3)} {
		if err == nil {
			t.Error("a change to what the file does not have succeeded")
		}
	}
	if string(d.Bytes()) != theme {
		t.Error("a refused change changed the file")
	}
}

const edition = `# De editie.
title = "Wat we leerden"

[[links]]
title = "Verder lezen"

[[links.items]]
title = "Een gids"
url = "https://example.org/gids"

[[links]]
title = "Achtergrond"

[[links.items]]
title = "Een onderzoek"
`

func TestNestedTablesAndNewTables(t *testing.T) {
	d := New([]byte(edition))
	path, err := d.AppendTable("links[0].items")
	if err != nil || path != "links[0].items[1]" {
		t.Fatalf("append: %q %v", path, err)
	}
	if err := d.SetString(path+".title", "Een tweede gids"); err != nil {
		t.Fatal(err)
	}
	if err := d.SetStrings("closing.tips", []string{"Begin klein"}); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Links []struct {
			Title string
			Items []struct{ Title string }
		}
		Closing struct{ Tips []string }
	}
	if _, err := toml.Decode(string(d.Bytes()), &v); err != nil {
		t.Fatalf("%v\n%s", err, d.Bytes())
	}
	if len(v.Links) != 2 || len(v.Links[0].Items) != 2 || v.Links[0].Items[1].Title != "Een tweede gids" || len(v.Links[1].Items) != 1 ||
		len(v.Closing.Tips) != 1 {
		t.Errorf("read back %+v from\n%s", v, d.Bytes())
	}
	if !strings.HasPrefix(string(d.Bytes()), edition[:strings.Index(edition, "[[links]]\ntitle = \"Achtergrond\"")-1]) {
		t.Errorf("the start moved:\n%s", d.Bytes())
	}
}
