package schema

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// compile compiles the generated schema of k with a standard validator,
// with formats asserted as Taplo does.
func compile(t *testing.T, k Kind) *jsonschema.Schema {
	t.Helper()
	data, err := For(k).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	url := "https://example.org/" + k.FileName()
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatalf("%s: %v", k, err)
	}
	return s
}

// instance decodes TOML as an editor's schema validator sees it: JSON
// values, with dates as strings.
func instance(t *testing.T, src string) any {
	t.Helper()
	var table map[string]any
	if _, err := toml.Decode(src, &table); err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(datesAsStrings(table))
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// datesAsStrings writes TOML dates and times the way Taplo does: a local
// date as 2024-05-19, a local date-time without an offset, and a date-time
// with one in RFC 3339.
func datesAsStrings(v any) any {
	switch v := v.(type) {
	case time.Time:
		switch v.Location().String() {
		case "date-local":
			return v.Format(time.DateOnly)
		case "datetime-local":
			return v.Format("2006-01-02T15:04:05")
		case "time-local":
			return v.Format(time.TimeOnly)
		}
		return v.Format(time.RFC3339)
	case map[string]any:
		for k, e := range v {
			v[k] = datesAsStrings(e)
		}
	case []map[string]any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = datesAsStrings(e)
		}
		return out
	case []any:
		for i, e := range v {
			v[i] = datesAsStrings(e)
		}
	}
	return v
}

// kindOf names the kind of a data file by its path under the project.
func kindOf(rel string) (Kind, bool) {
	for _, k := range Kinds {
		if ok, _ := path.Match(k.Pattern(), rel); ok {
			return k, true
		}
	}
	return "", false
}

// TestDataIsValid validates every data file of the demo and of the test
// projects, all valid for `rodedraad check`, against its kind's schema.
func TestDataIsValid(t *testing.T) {
	schemas := map[Kind]*jsonschema.Schema{}
	for _, k := range Kinds {
		schemas[k] = compile(t, k)
	}
	seen := map[Kind]int{}
	for _, project := range []string{"../..", "../load/testdata/minimal", "../editions/testdata/project"} {
		fsys := os.DirFS(project)
		err := fs.WalkDir(fsys, "data", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".toml") {
				return err
			}
			k, ok := kindOf(p)
			if !ok {
				t.Errorf("%s: no kind of data file has this path", p)
				return nil
			}
			src, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			if err := schemas[k].Validate(instance(t, string(src))); err != nil {
				t.Errorf("%s: the %s schema rejects it:\n%v", filepath.Join(project, p), k, err)
			}
			seen[k]++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range Kinds {
		if seen[k] == 0 {
			t.Errorf("no %s file validated", k)
		}
	}
}

const validTheme = "title = \"Goed luisteren\"\nfinding = \"x\"\nquestions = []\n"

// TestRejects checks that the schemas flag, at the right key, the
// mistakes `rodedraad check` reports within one file (see the error cases
// in internal/load), and accept what it accepts.
func TestRejects(t *testing.T) {
	for _, c := range []struct {
		name string
		kind Kind
		src  string
		// want are parts of the validator's message; none when the file
		// is valid.
		want []string
	}{
		{"valid theme", Theme, validTheme, nil},
		{"tags must be an array", Theme, validTheme + "tags = \"regie\"\n", []string{"'/tags'", "want array"}},
		{"colour must be a string", Theme, validTheme + "colour = 12\n", []string{"'/colour'", "want string"}},
		{"unknown key", Theme, validTheme + "color = \"#123456\"\n", []string{"'color'", "not allowed"}},
		{"unknown key in a table", Theme, validTheme + "[[practice]]\nid = \"haast\"\ntxt = \"x\"\n",
			[]string{"'/practice/0'", "'txt'", "missing property 'text'"}},
		{"missing required key", Theme, "title = \"Goed luisteren\"\nquestions = []\n", []string{"missing property 'finding'"}},
		{"empty required text", Theme, "title = \"\"\nfinding = \"x\"\n", []string{"'/title'"}},
		{"invalid colour", Theme, validTheme + "colour = \"#12345\"\n", []string{"'/colour'"}},
		{"unknown audience", Theme, validTheme + "audience = \"teams\"\n", []string{"'/audience'", "'professional'"}},
		{"malformed id", Theme, "title = \"x\"\nfinding = \"y\"\n[[questions]]\nid = \"Vraag 1\"\ntext = \"Luister ik?\"\n",
			[]string{"'/questions/0/id'"}},
		{"question without text", Theme, "title = \"x\"\nfinding = \"y\"\n[[questions]]\nid = \"vraag\"\n",
			[]string{"'/questions/0'", "missing property 'text'"}},
		{"list items as string and table", Section,
			"title = \"x\"\n[[lists]]\nkind = \"checklist\"\ntitle = \"y\"\nitems = [\"kort\", { label = \"Hoe\", text = \"lang\", sub = [\"a\"] }]\n", nil},
		{"list item of the wrong type", Section,
			"title = \"x\"\n[[lists]]\nkind = \"checklist\"\ntitle = \"y\"\nitems = [12]\n", []string{"'/lists/0/items/0'"}},
		{"unknown list kind", Section, "title = \"x\"\n[[lists]]\nkind = \"lijst\"\ntitle = \"y\"\n", []string{"'/lists/0/kind'"}},
		{"date", Edition, "title = \"x\"\ndate = 2024-05-19\n", nil},
		{"date with a time", Edition, "title = \"x\"\ndate = 2024-05-19T10:00:00Z\n", []string{"'/date'"}},
		{"key figure value", Edition, "title = \"x\"\n[[key_figures]]\nvalue = \"71\"\nlabel = \"professionals\"\n",
			[]string{"'/key_figures/0/value'", "want number"}},
		{"unknown language", Site, "title = \"x\"\nlanguages = [\"nl\", \"de\"]\n", []string{"'/languages/1'"}},
		{"language twice", Site, "title = \"x\"\nlanguages = [\"nl\", \"nl\"]\n", []string{"'/languages'"}},
		{"missing table", Factsheet, "title = \"x\"\n[source]\ntitle = \"y\"\npublisher = \"z\"\n", []string{"missing property 'publisher'"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := compile(t, c.kind).Validate(instance(t, c.src))
			if c.want == nil {
				if err != nil {
					t.Errorf("rejected:\n%v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("accepted:\n%s", c.src)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("the message lacks %q:\n%v", w, err)
				}
			}
		})
	}
}
