package publication

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/synthetic"
)

// Editions no one would write, which a factsheet PDF must still survive:
// no themes at all, more themes than a row of buttons holds, a theme
// whose questions fill many pages, titles and words longer than any
// column, and the whole synthetic corpus. Each gives a sound, tagged PDF.
func TestHostileEditionsGiveSoundPDFs(t *testing.T) {
	pdfinfo := browsertest.Tool(t, "pdfinfo", "poppler-utils")
	qpdf := browsertest.Tool(t, "qpdf", "qpdf")
	site := synthetic.Corpus(synthetic.Scale(1))
	editions := map[string]*model.Edition{}
	for _, f := range site.Factsheets {
		for _, e := range f.Editions {
			editions[e.Ref()] = e
		}
	}
	base := site.Factsheets[0].Editions[0]
	empty := *base
	empty.Themes, empty.Sections, empty.Closing, empty.LinkGroups, empty.Intro, empty.ReadingGuide = nil, nil, nil, nil, "", ""
	editions["empty"] = &empty

	many := *base
	many.Themes = nil
	for i := range 20 {
		t := *base.Themes[i%len(base.Themes)]
		t.ID = fmt.Sprintf("thema-%d", i)
		t.Edition = &many
		many.Themes = append(many.Themes, &t)
	}
	editions["twenty themes"] = &many

	huge := *base
	big := *base.Themes[0]
	big.Edition = &huge
	long := strings.Repeat("kinderbeschermingsmaatregel", 40)
	big.Title = strings.Repeat("Een titel die niet ophoudt ", 20) + long
	big.Questions = nil
	for i := range 400 {
		big.Questions = append(big.Questions, model.Question{ID: fmt.Sprintf("v%d", i), Text: model.Inline(fmt.Sprintf("Vraag %d: %s, of niet?", i, long)), Audience: model.Professional})
	}
	huge.Themes = []*model.Theme{&big}
	editions["one huge theme"] = &huge

	endless := *base
	endless.Title = strings.Repeat("Een titel zonder einde ", 200)
	endless.Subtitle = endless.Title
	endless.KeyFigures = []model.KeyFigure{{Value: 1234567.891, Prefix: strings.Repeat("ruim ", 20), Unit: "%", Label: strings.Repeat("een label dat doorgaat ", 100)}}
	for range 60 {
		endless.LinkGroups = append(endless.LinkGroups, model.LinkGroup{Title: "Groep", Links: []model.Link{{Title: strings.Repeat("link ", 50), URL: "https://voorbeeld.nl/" + strings.Repeat("a", 500)}}})
	}
	editions["endless titles"] = &endless

	dir := t.TempDir()
	for name, e := range editions {
		data, err := Render(e, site, e.DocumentDate())
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		path := filepath.Join(dir, strings.NewReplacer("/", "-", " ", "-").Replace(name)+".pdf")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		run(t, qpdf, "--check", path)
		if info := run(t, pdfinfo, path); !strings.Contains(info, "Tagged:          yes") {
			t.Errorf("%s: not tagged", name)
		}
	}
}
