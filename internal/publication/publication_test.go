package publication

import (
	"os"
	"testing"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/model"
)

func demo(t testing.TB) *model.Site {
	t.Helper()
	s, diags := load.Site("../..")
	if diags.HasErrors() {
		t.Fatalf("demo data: %v", diags)
	}
	return s
}

func TestWriteDemo(t *testing.T) {
	dir := os.Getenv("PUBLICATION_OUT")
	if dir == "" {
		t.Skip()
	}
	s := demo(t)
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			pdf, err := Render(e, s, e.DocumentDate())
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(dir+"/"+FileName(e), pdf, 0o644)
		}
	}
}
