package load

import (
	"testing"
	"testing/fstest"

	"github.com/rodedraad/rodedraad/internal/fuzzbudget"
)

// FuzzLoad feeds arbitrary bytes as a theme file, as the site file and as
// a page of content/ through the whole loader: parsing, locating keys, binding and checking.
// Whatever the input, loading must not panic, and any problem must come
// back as a diagnostic with a place in the file.
func FuzzLoad(f *testing.F) {
	base := fixture(f, nil)
	for _, name := range []string{theme, section, edition, site} {
		f.Add(string(base[name].Data))
	}
	for _, tc := range errorCases {
		for _, content := range tc.replace {
			f.Add(content)
		}
	}
	f.Add("+++\ntitle = \"Over\"\n+++\n![a](https://x.example/a.png)\n")
	f.Add("---\n---\n[^1]: ![](//x.example/b.png)")
	f.Fuzz(func(t *testing.T, content string) {
		defer fuzzbudget.Start(t, fuzzbudget.PerInput)()
		for _, name := range []string{theme, site, "content/pagina.md"} {
			fsys := fstest.MapFS{}
			for k, v := range base {
				fsys[k] = v
			}
			fsys[name] = &fstest.MapFile{Data: []byte(content)}
			_, diags := FS(fsys, "proj")
			for _, d := range diags {
				if d.File == "" || d.Message.IsZero() || (d.Line == 0) != (d.Col == 0) {
					t.Fatalf("diagnostic without place or message: %#v", d)
				}
			}
		}
	})
}

// FuzzLocateKeys runs the key scanner on any text, valid TOML or not.
func FuzzLocateKeys(f *testing.F) {
	f.Add("a = 1\n[[b]]\nc = { d = [1, {e = 'x'}] }\n[b.f]\ng = \"\"\"\nh = 2\n\"\"\"\n")
	f.Add("'''")
	f.Add("[[a.b]]\n[a]\n")
	f.Fuzz(func(t *testing.T, content string) {
		defer fuzzbudget.Start(t, fuzzbudget.PerInput)()
		locs := locateKeys([]byte(content))
		for path := range locs.at {
			p := locs.find(path)
			if p.Line < 1 || p.Col < 1 {
				t.Fatalf("position %v for %q", p, path)
			}
		}
	})
}
