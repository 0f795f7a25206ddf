package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/rodedraad/rodedraad/internal/markdown"
)

// footer is the text of a page's footer, and the element that holds the
// statement on the sources, if there is one.
func footer(t *testing.T, path, statement string) (string, *html.Node) {
	t.Helper()
	footers := parse(t, path).byClass("footer", "site-footer")
	if len(footers) != 1 {
		t.Fatalf("%s: %d site footers", path, len(footers))
	}
	d := doc{footers[0]}
	var holder *html.Node
	if statement != "" {
		if found := d.all("p", func(n *html.Node) bool { return text(n) == statement }); len(found) == 1 {
			holder = found[0]
		}
	}
	return text(footers[0]), holder
}

// TestFooterStatesTheRightsTruthfully: the demo's factsheets restate the
// publications of others, so the footer may not put all texts under the
// site's own licence; it says what the licence covers and shows what
// site.toml says of the sources, in every interface language.
func TestFooterStatesTheRightsTruthfully(t *testing.T) {
	s := loadSite(t, repo)
	statement := strings.Join(strings.Fields(markdown.Plain(string(s.Rights.Sources))), " ")
	if !strings.Contains(statement, "rechten op die publicaties blijven bij hun uitgevers") {
		t.Fatalf("data/site.toml no longer says where the rights to the sources lie: %q", statement)
	}
	out := demoSite(t)
	for lang, own := range map[string]string{
		"":   "Eigen teksten van deze site onder CC BY 4.0",
		"en": "This site's own texts under CC BY 4.0",
		"fy": "Eigen teksten fan dizze side ûnder CC BY 4.0",
	} {
		for _, page := range []string{"index.html", "friesland/2021-2024/verklarende-analyse/index.html"} {
			path := filepath.Join(out, lang, page)
			got, holder := footer(t, path, statement)
			if !strings.Contains(got, own) {
				t.Errorf("%s: footer %q lacks %q", path, got, own)
			}
			for _, all := range []string{"Teksten onder", "Texts under", "Teksten ûnder"} {
				if strings.Contains(got, all) {
					t.Errorf("%s: footer %q still puts all texts under the licence (%q)", path, got, all)
				}
			}
			if holder == nil {
				t.Errorf("%s: footer %q does not show the statement on the sources %q in a paragraph of its own", path, got, statement)
			} else if want := map[bool]string{true: "", false: "nl"}[lang == ""]; attr(holder, "lang") != want {
				t.Errorf("%s: the Dutch statement on the sources has lang=%q, want %q", path, attr(holder, "lang"), want)
			}
		}
	}

	about := parse(t, filepath.Join(out, "over/index.html"))
	rights := about.byID("rechten")
	if rights == nil || text(rights) != "Rechten" {
		t.Fatalf("'Over deze site' has no heading 'Rechten'")
	}
	section := text(rights.Parent)
	for _, want := range []string{"De teksten die de makers van deze site zelf schreven, vallen onder CC BY 4.0.", statement} {
		if !strings.Contains(section, want) {
			t.Errorf("'Over deze site', Rechten: %q lacks %q", section, want)
		}
	}
	if openData := text(about.byID("open-data").Parent); strings.Contains(openData, "vrij te hergebruiken") ||
		!strings.Contains(openData, "De vragen komen uit de factsheets; voor hergebruik gelden dezelfde rechten als voor de factsheets.") {
		t.Errorf("'Over deze site', Open data: %q", openData)
	}
}

// TestLicenceAloneKeepsItsMeaning: a site.toml from before [rights] puts
// all texts under its licence, as it did; a site without a licence claims
// none.
func TestLicenceAloneKeepsItsMeaning(t *testing.T) {
	for _, tc := range []struct {
		name, licence string
		footer, about string // "" for none
	}{
		{
			name:    "licence alone",
			licence: "[licence]\nname = \"CC BY-SA 4.0\"\nurl = \"https://creativecommons.org/licenses/by-sa/4.0/deed.nl\"\n",
			footer:  "Testsite · Teksten onder CC BY-SA 4.0",
			about:   "Rechten Teksten onder CC BY-SA 4.0.",
		},
		{name: "no licence", footer: "Testsite"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := fixtureProject(t)
			site, err := os.ReadFile(filepath.Join(dir, "data/site.toml"))
			if err != nil {
				t.Fatal(err)
			}
			writeProjectFile(t, dir, "data/site.toml", string(site)+"\n"+tc.licence)
			if _, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir}); err != nil {
				t.Fatal(err)
			}
			for _, page := range []string{"index.html", "over/index.html"} {
				got, _ := footer(t, filepath.Join(dir, "public", page), "")
				if first := strings.SplitN(got, " Over deze site", 2)[0]; first != tc.footer {
					t.Errorf("%s: footer %q, want it to start with %q and then 'Over deze site'", page, got, tc.footer)
				}
			}
			var about string
			if rights := parse(t, filepath.Join(dir, "public/over/index.html")).byID("rechten"); rights != nil {
				about = text(rights.Parent)
			}
			if about != tc.about {
				t.Errorf("'Over deze site', Rechten: %q, want %q", about, tc.about)
			}
		})
	}
}
