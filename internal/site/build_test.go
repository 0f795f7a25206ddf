package site

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/html"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/model"
)

const repo = "../.."

func loadSite(t *testing.T, dir string) *model.Site {
	t.Helper()
	s, diags := load.Site(dir)
	if diags.HasErrors() {
		t.Fatalf("loading %s: %v", dir, diags)
	}
	return s
}

// publishedSite loads the project in dir as a plain build does: without
// its drafts.
func publishedSite(t *testing.T, dir string) *model.Site {
	t.Helper()
	s := loadSite(t, dir)
	s.DropDrafts()
	return s
}

// builtSite is a build of a project, made once for all tests that only
// read it.
type builtSite struct {
	once sync.Once
	// project is the project's directory, or makes one in dir.
	project func(dir string) (string, error)
	drafts  bool
	dir     string
	err     error
}

var (
	demo           = builtSite{project: theRepository}
	demoWithDrafts = builtSite{project: theRepository, drafts: true}
	revised        = builtSite{project: threeEditions}
	revisedDrafts  = builtSite{project: threeEditions, drafts: true}
)

func theRepository(string) (string, error) { return repo, nil }

// demoSite is the demo as it is published: a plain build, without the
// draft example edition.
func demoSite(t *testing.T) string { return demo.build(t) }

// draftSite is the demo as serve and build --drafts show it: with the
// draft example edition, which revises the current one.
func draftSite(t *testing.T) string { return demoWithDrafts.build(t) }

func (b *builtSite) build(t *testing.T) string {
	t.Helper()
	b.once.Do(func() {
		var scratch, project string
		scratch, b.err = os.MkdirTemp("", "rodedraad-test-site-")
		if b.err == nil {
			project, b.err = b.project(filepath.Join(scratch, "project"))
		}
		if b.err != nil {
			return
		}
		s, diags := load.Site(project)
		if diags.HasErrors() {
			b.err = fmt.Errorf("%s: %v", project, diags)
			return
		}
		if !b.drafts {
			s.DropDrafts()
		}
		b.dir = filepath.Join(scratch, "public")
		_, b.err = Build(context.Background(), s, Options{Source: project, Destination: b.dir})
	})
	if b.err != nil {
		t.Fatal(b.err)
	}
	return b.dir
}

func TestMain(m *testing.M) {
	// A build removes what killed builds left in the temporary directory;
	// the tests' builds get one of their own.
	tmp, err := os.MkdirTemp("", "rodedraad-site-test-")
	if err != nil {
		panic(err)
	}
	os.Setenv("TMPDIR", tmp)
	code := m.Run()
	os.RemoveAll(tmp)
	os.Exit(code)
}

func TestFrieslandEditionPage(t *testing.T) {
	// The restated publication, the current edition.
	d := parse(t, filepath.Join(demoSite(t), "friesland/index.html"))
	var titles []string
	for _, n := range d.byClass("span", "theme-tile__title") {
		titles = append(titles, text(n))
	}
	want := []string{"Gelijkwaardige samenwerking met jeugdigen en gezinnen", "Verklarende analyse",
		"Samenwerking tussen professionals", "Integraal en interdisciplinair samenwerken rond jeugdigen en gezinnen",
		"Beschikbaarheid van passende hulp", "Lerende praktijk en reflectie"}
	if !slices.Equal(titles, want) {
		t.Errorf("theme tiles:\n got %q\nwant %q", titles, want)
	}
	tips := d.all("li", func(n *html.Node) bool { return n.Parent != nil && hasClass(n.Parent, "tips") })
	if len(tips) != 10 {
		t.Errorf("closing tips: got %d, want 10", len(tips))
	}
	if got := len(d.byClass("section", "link-group")); got != 6 {
		t.Errorf("link groups: got %d, want 6", got)
	}
	if got := text(d.byClass("section", "colophon")[0]); !strings.Contains(got, "Studio van der Velde") || !strings.Contains(got, "Kenniswerkplaats Jeugd Friesland") {
		t.Errorf("colophon lacks credits or publisher: %s", got)
	}
}

func TestFrieslandThemePages(t *testing.T) {
	out := demoSite(t)
	s := loadSite(t, repo)
	e := s.Factsheet("friesland").Current()
	for i, th := range e.Themes {
		page := filepath.Join(out, "friesland", e.ID, th.ID, "index.html")
		d := parse(t, page)
		var ids []string
		for _, q := range d.byClass("li", "question") {
			ids = append(ids, attr(q, "id"))
		}
		var want []string
		for _, q := range th.Questions {
			want = append(want, "vraag-"+q.ID)
		}
		if !slices.Equal(ids, want) {
			t.Errorf("%s: question anchors\n got %v\nwant %v", th.ID, ids, want)
		}
		practice := d.all("li", func(n *html.Node) bool { return strings.HasPrefix(attr(n, "id"), "praktijk-") })
		if len(practice) != len(th.Practice) {
			t.Errorf("%s: practice examples: got %d, want %d", th.ID, len(practice), len(th.Practice))
		}
		// Every question and example links to itself.
		for _, id := range append(ids, attrs(practice, "id")...) {
			if len(d.all("a", func(n *html.Node) bool { return attr(n, "href") == "#"+id })) != 1 {
				t.Errorf("%s: no copy link for #%s", th.ID, id)
			}
		}
		prev := d.all("a", func(n *html.Node) bool { return attr(n, "rel") == "prev" })
		next := d.all("a", func(n *html.Node) bool { return attr(n, "rel") == "next" })
		wantPrev, wantNext := 2, 2 // on top and at the bottom
		if i == 0 {
			wantPrev = 0
		}
		if i == len(e.Themes)-1 {
			wantNext = 0
		}
		if len(prev) != wantPrev || len(next) != wantNext {
			t.Errorf("%s: got %d previous and %d next buttons, want %d and %d", th.ID, len(prev), len(next), wantPrev, wantNext)
		}
		if len(next) > 0 {
			got := filepath.Join(filepath.Dir(page), attr(next[0], "href"))
			if want := filepath.Join(out, "friesland", e.ID, e.Themes[i+1].ID, "index.html"); got != want {
				t.Errorf("%s: next links to %s, want %s", th.ID, got, want)
			}
		}
		buttons := d.all("a", func(n *html.Node) bool {
			return n.Parent != nil && n.Parent.Parent != nil && hasClass(n.Parent.Parent, "theme-buttons")
		})
		if len(buttons) != len(e.Themes) {
			t.Errorf("%s: %d theme buttons, want %d", th.ID, len(buttons), len(e.Themes))
		}
		if attr(buttons[i], "aria-current") != "page" {
			t.Errorf("%s: its own theme button is not marked current", th.ID)
		}
	}
	// Nested questions stay nested.
	d := parse(t, filepath.Join(out, "friesland", e.ID, "lerende-praktijk", "index.html"))
	if got := len(d.byClass("ul", "question__sub")); got != 1 {
		t.Errorf("lerende-praktijk: %d lists of sub-questions, want 1", got)
	}
}

func attrs(nodes []*html.Node, name string) []string {
	var out []string
	for _, n := range nodes {
		out = append(out, attr(n, name))
	}
	return out
}

func TestStepPlanPage(t *testing.T) {
	d := parse(t, filepath.Join(demoSite(t), "haaglanden-samenwerkingsprincipes/editie-1/barrieres-doorbreken/index.html"))
	steps := d.byClass("li", "step")
	if len(steps) != 4 {
		t.Fatalf("steps: got %d, want 4", len(steps))
	}
	if !strings.HasPrefix(text(steps[0]), "Stap 1") {
		t.Errorf("first step: %q", text(steps[0]))
	}
	rule := d.byClass("div", "safety-rule")
	if len(rule) != 1 || !strings.Contains(text(rule[0]), "veiligheid van het kind") {
		t.Errorf("the safety rule is not shown: %v", rule)
	}
	if got := len(d.byClass("li", "question")); got != 6 {
		t.Errorf("questions in the step plan: got %d, want 6", got)
	}
}

func TestLevelsPage(t *testing.T) {
	d := parse(t, filepath.Join(demoSite(t), "haaglanden-reflectie/editie-1/drie-dimensies/index.html"))
	var questions []string
	for _, n := range d.byClass("p", "level__question") {
		questions = append(questions, text(n))
	}
	if want := []string{"Doe ik het goed?", "Doe ik het goede?", "Doe ik het om de goede reden?"}; !slices.Equal(questions, want) {
		t.Errorf("guiding questions: got %q, want %q", questions, want)
	}
}

func TestIncompleteSourceIsShown(t *testing.T) {
	d := parse(t, filepath.Join(demoSite(t), "amsterdam-leren-en-reflecteren/2020/werkzame-elementen/index.html"))
	if got := d.byClass("p", "incomplete"); len(got) != 1 || !strings.Contains(text(got[0]), "Onvolledig in de bron") {
		t.Errorf("the missing list is not marked: %v", got)
	}
}

func TestTopicPage(t *testing.T) {
	d := parse(t, filepath.Join(demoSite(t), "onderwerpen/regie/index.html"))
	themes := d.byClass("section", "topic-theme")
	links := d.all("a", func(n *html.Node) bool { return strings.Contains(attr(n, "href"), "#vraag-") })
	// 'regie' tags two Friesland themes: 9 + 9 questions.
	if len(themes) != 2 || len(links) != 18 {
		t.Errorf("topic 'regie': %d themes and %d question links, want 2 and 18", len(themes), len(links))
	}
}

// Every link and resource in the output resolves to a file in it, relative
// to the page: the site works opened from disk and under any sub-path.
func TestLinksResolveInsideTheOutput(t *testing.T) {
	out := demoSite(t)
	checked := 0
	err := filepath.WalkDir(out, func(path string, de fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".html") {
			return err
		}
		d := parse(t, path)
		for _, n := range d.all("", nil) {
			for _, name := range []string{"href", "src"} {
				ref := attr(n, name)
				switch {
				case ref == "" || strings.HasPrefix(ref, "#") || strings.HasPrefix(ref, "data:"):
				case strings.HasPrefix(ref, "https://") || strings.HasPrefix(ref, "http://"):
					if n.Data != "a" {
						t.Errorf("%s: <%s %s=%q> loads from another origin", rel(out, path), n.Data, name, ref)
					}
				case strings.HasPrefix(ref, "/"):
					t.Errorf("%s: %q is absolute: it breaks from disk and under a sub-path", rel(out, path), ref)
				default:
					target := filepath.Join(filepath.Dir(path), strings.SplitN(ref, "#", 2)[0])
					if info, err := os.Stat(target); err != nil || info.IsDir() {
						t.Errorf("%s: %q does not resolve to a file", rel(out, path), ref)
					}
					checked++
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 1000 {
		t.Errorf("only %d links checked", checked)
	}
}

func TestInterfaceLanguages(t *testing.T) {
	out := demoSite(t)
	for lang, skip := range map[string]string{"": "Direct naar de inhoud", "en": "Skip to content", "fy": "Daliks nei de ynhâld"} {
		d := parse(t, filepath.Join(out, lang, "friesland/2021-2024/verklarende-analyse/index.html"))
		htmlLang := attr(d.all("html", nil)[0], "lang")
		if want := map[string]string{"": "nl", "en": "en", "fy": "fy"}[lang]; htmlLang != want {
			t.Errorf("%q: html lang %q, want %q", lang, htmlLang, want)
		}
		if got := text(d.byClass("a", "skip-link")[0]); got != skip {
			t.Errorf("%q: skip link %q, want %q", lang, got, skip)
		}
		h1 := d.all("h1", nil)[0]
		if wantAttr := map[bool]string{true: "", false: "nl"}[lang == ""]; attr(h1, "lang") != wantAttr {
			t.Errorf("%q: the Dutch title has lang=%q, want %q", lang, attr(h1, "lang"), wantAttr)
		}
	}
}

func hashDir(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	sums := map[string][32]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		sums[rel(dir, path)] = sha256.Sum256(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return sums
}

func rel(base, path string) string {
	r, _ := filepath.Rel(base, path)
	return filepath.ToSlash(r)
}

func TestBuildsAreByteIdentical(t *testing.T) {
	s := publishedSite(t, repo)
	second := t.TempDir()
	if _, err := Build(t.Context(), s, Options{Source: repo, Destination: second}); err != nil {
		t.Fatal(err)
	}
	a, b := hashDir(t, demoSite(t)), hashDir(t, second)
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for name, sum := range a {
		if b[name] != sum {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

// fixtureProject copies the minimal fixture into a temporary project directory.
func fixtureProject(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../load/testdata/minimal")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func writeProjectFile(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := writeFile(filepath.Join(dir, name), []byte(content)); err != nil {
		t.Fatal(err)
	}
}

func TestSiteLayoutsOverrideTheTheme(t *testing.T) {
	dir := fixtureProject(t)
	writeProjectFile(t, dir, "layouts/_partials/footer.html", `<footer class="site-footer"><p>Eigen voettekst van de werkplaats</p></footer>`)
	out := filepath.Join(dir, "public")
	if _, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir}); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(page, []byte("Eigen voettekst van de werkplaats")) {
		t.Error("the site's own footer partial did not replace the theme's")
	}
	if bytes.Contains(page, []byte(`class="site-footer"><div class="wrap">`)) {
		t.Error("the theme's footer is still there")
	}
}

func TestFailedBuildLeavesOutputUntouched(t *testing.T) {
	dir := fixtureProject(t)
	out := filepath.Join(dir, "public")
	s := loadSite(t, dir)
	if _, err := Build(t.Context(), s, Options{Source: dir}); err != nil {
		t.Fatal(err)
	}
	before := hashDir(t, out)
	// A template of one page, not of every page: when ten or more pages
	// fail, Hugo v0.165.0 stops its page renderers and can then wait
	// forever to hand them the next page (hugolib/site_render.go), which
	// hung a CI run here.
	writeProjectFile(t, dir, "layouts/about.html", `{{ .Niet.Bestaand.Veld }}`)
	if _, err := Build(t.Context(), s, Options{Source: dir}); err == nil {
		t.Fatal("a broken template built")
	}
	after := hashDir(t, out)
	if len(before) != len(after) {
		t.Fatalf("the output changed: %d files, now %d", len(before), len(after))
	}
	for name, sum := range before {
		if after[name] != sum {
			t.Errorf("%s changed", name)
		}
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".public.new-*"))
	if len(leftovers) > 0 {
		t.Errorf("staging directories left behind: %v", leftovers)
	}
}

func TestLowContrastColourGetsLegibleVariants(t *testing.T) {
	cs := coloursOf("#ffdd00")
	if cs.OnColour != string(model.DarkText) {
		t.Errorf("text on yellow: %s", cs.OnColour)
	}
	if model.Contrast(model.Colour(cs.Ink), model.White) < model.MinContrast {
		t.Errorf("ink %s is not legible on white", cs.Ink)
	}
	if cs := coloursOf("#1f5f8b"); cs.OnColour != string(model.White) || cs.Ink != "#1f5f8b" {
		t.Errorf("a dark colour needs no help: %+v", cs)
	}
}

func TestThemePagesOfferCardDecks(t *testing.T) {
	out := demoSite(t)
	page := filepath.Join(out, "friesland/2021-2024/verklarende-analyse/index.html")
	d := parse(t, page)
	var got []string
	for _, a := range d.all("a", func(n *html.Node) bool { return strings.HasSuffix(attr(n, "href"), ".pdf") }) {
		target := filepath.Join(filepath.Dir(page), attr(a, "href"))
		info, err := os.Stat(target)
		if err != nil {
			t.Errorf("%s does not resolve", attr(a, "href"))
			continue
		}
		kB := (info.Size() + 512) / 1024
		got = append(got, text(a))
		if !strings.Contains(text(a), fmt.Sprintf("PDF, %d kB · 8 kaarten", kB)) {
			t.Errorf("the download does not state the file's size (%d kB) and card count: %q", kB, text(a))
		}
	}
	if len(got) != 2 {
		t.Errorf("downloads: %q, want A6 and A7", got)
	}
	cards := parse(t, filepath.Join(out, "friesland/2021-2024/verklarende-analyse/kaarten/index.html"))
	if n := len(cards.byClass("li", "question")); n != 8 {
		t.Errorf("the cards as text: %d questions, want 8", n)
	}
}

// Search engines want absolute alternates and a canonical address; a site
// built without a base URL must keep working from disk, so it has neither.
func TestAlternateLanguagesAreAbsoluteOnlyWithABaseURL(t *testing.T) {
	const page = "friesland/2021-2024/verklarende-analyse/index.html"
	heads := func(dir string) (canonical []string, alternates map[string]string) {
		d := parse(t, filepath.Join(dir, page))
		alternates = map[string]string{}
		for _, l := range d.all("link", nil) {
			switch attr(l, "rel") {
			case "canonical":
				canonical = append(canonical, attr(l, "href"))
			case "alternate":
				alternates[attr(l, "hreflang")] = attr(l, "href")
			}
		}
		return canonical, alternates
	}

	canonical, alternates := heads(demoSite(t))
	if len(canonical) != 0 {
		t.Errorf("without a base URL the page names a canonical address: %v", canonical)
	}
	if want := map[string]string{"en": "../../../en/friesland/2021-2024/verklarende-analyse/index.html", "fy": "../../../fy/friesland/2021-2024/verklarende-analyse/index.html"}; !maps.Equal(alternates, want) {
		t.Errorf("without a base URL, alternates %v, want %v", alternates, want)
	}

	out := t.TempDir()
	if _, err := Build(t.Context(), loadSite(t, repo), Options{Source: repo, Destination: out, BaseURL: "https://kennis.example/rode-draden"}); err != nil {
		t.Fatal(err)
	}
	const base = "https://kennis.example/rode-draden/"
	canonical, alternates = heads(out)
	if want := []string{base + "friesland/2021-2024/verklarende-analyse/"}; !slices.Equal(canonical, want) {
		t.Errorf("canonical %v, want %v", canonical, want)
	}
	if want := map[string]string{"nl": base + "friesland/2021-2024/verklarende-analyse/", "en": base + "en/friesland/2021-2024/verklarende-analyse/", "fy": base + "fy/friesland/2021-2024/verklarende-analyse/"}; !maps.Equal(alternates, want) {
		t.Errorf("with a base URL, alternates %v, want %v", alternates, want)
	}
}
