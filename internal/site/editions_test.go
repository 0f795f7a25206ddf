package site

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// renameAndRevise turns the minimal fixture, with edition 2024, into its
// next state: in 2024 the theme luisteren is renamed goed-luisteren, and
// a new current edition 2025 revises 2024. With formerly false the
// renamed theme forgets its old id.
func renameAndRevise(t *testing.T, dir string, formerly bool) {
	t.Helper()
	theme, err := os.ReadFile(filepath.Join(dir, "data/factsheets/demo/2024/themes/luisteren.toml"))
	if err != nil {
		t.Fatal(err)
	}
	renamed := string(theme)
	if formerly {
		renamed = "formerly = [\"luisteren\"]\n" + renamed
	}
	edition2024, err := os.ReadFile(filepath.Join(dir, "data/factsheets/demo/2024/edition.toml"))
	if err != nil {
		t.Fatal(err)
	}
	edition := strings.ReplaceAll(string(edition2024), `"luisteren"`, `"goed-luisteren"`)
	must(t, os.Remove(filepath.Join(dir, "data/factsheets/demo/2024/themes/luisteren.toml")))
	for name, content := range map[string]string{
		"data/factsheets/demo/factsheet.toml": strings.Replace(readFile(t, filepath.Join(dir, "data/factsheets/demo/factsheet.toml")),
			"tags = ", "current = \"2025\"\ntags = ", 1),
		"data/factsheets/demo/2024/edition.toml":               edition,
		"data/factsheets/demo/2024/themes/goed-luisteren.toml": renamed,
		"data/factsheets/demo/2025/edition.toml": "title = \"Leren in de wijk\"\nprevious = \"2024\"\n" +
			"themes = [\"goed-luisteren\", \"plannen\"]\n",
		"data/factsheets/demo/2025/themes/goed-luisteren.toml": strings.Replace(renamed, "Neem ik genoeg tijd?", "Neem ik genoeg tijd voor het gesprek?", 1),
		"data/factsheets/demo/2025/themes/plannen.toml":        readFile(t, filepath.Join(dir, "data/factsheets/demo/2024/themes/plannen.toml")),
	} {
		writeProjectFile(t, dir, name, content)
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	must(t, err)
	return string(data)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestOldAddressesResolveAfterRenameAndNewEdition(t *testing.T) {
	dir := fixtureProject(t)
	first := filepath.Join(t.TempDir(), "v1")
	if _, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir, Destination: first}); err != nil {
		t.Fatal(err)
	}
	renameAndRevise(t, dir, true)
	second := filepath.Join(t.TempDir(), "v2")
	if _, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir, Destination: second, Previous: first}); err != nil {
		t.Fatalf("with the old id in formerly, every old address must resolve: %v", err)
	}

	// Independently of the check: over HTTP, every address of the first
	// build answers 200 in the second, directly or after its redirect.
	srv := httptest.NewServer(http.FileServer(http.Dir(second)))
	defer srv.Close()
	old := files(t, first)
	redirects := 0
	for _, rel := range old {
		body, status := get(t, srv.URL+"/"+rel)
		if status != http.StatusOK {
			t.Errorf("%s: status %d", rel, status)
			continue
		}
		if m := refresh.FindStringSubmatch(body); m != nil {
			redirects++
			target := path.Join(path.Dir("/"+rel), m[1])
			if _, status := get(t, srv.URL+target); status != http.StatusOK {
				t.Errorf("%s redirects to %s, which answers %d", rel, target, status)
			}
		}
	}
	// The renamed theme's page and cards page, the PDFs of its decks
	// (copies), and the old edition's address under the new current one.
	for _, want := range []string{"demo/2024/luisteren/index.html", "demo/2024/luisteren/kaarten/index.html"} {
		if body, _ := get(t, srv.URL+"/"+want); !strings.Contains(body, "goed-luisteren") {
			t.Errorf("%s does not redirect to the renamed theme:\n%s", want, body)
		}
	}
	if redirects < 4 { // luisteren and its cards, in nl and en
		t.Errorf("%d redirects, want at least 4", redirects)
	}
	if !slices.Contains(old, "kaarten/demo-2024-luisteren-a6.pdf") {
		t.Fatalf("the first build has no deck for luisteren: %v", old)
	}
}

func TestPreviousCheckFailsWhenAnAliasIsRemoved(t *testing.T) {
	dir := fixtureProject(t)
	first := filepath.Join(t.TempDir(), "public")
	if _, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir, Destination: first}); err != nil {
		t.Fatal(err)
	}
	before := hashDir(t, first)
	renameAndRevise(t, dir, false)
	_, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir, Destination: first, Previous: first})
	var lost *LostAddressesError
	if !errors.As(err, &lost) {
		t.Fatalf("want a LostAddressesError, got %v", err)
	}
	want := []string{
		"delen/demo/2024/luisteren.png",
		"demo/2024/luisteren/",
		"demo/2024/luisteren/kaarten/",
		"en/demo/2024/luisteren/",
		"en/demo/2024/luisteren/kaarten/",
		"kaarten/demo-2024-luisteren-a6.pdf",
		"kaarten/demo-2024-luisteren-a7.pdf",
	}
	if !slices.Equal(lost.Addresses, want) {
		t.Errorf("lost addresses:\n%s\nwant:\n%s", strings.Join(lost.Addresses, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(err.Error(), "7 addresses of the previous site no longer resolve:\n  delen/demo/2024/luisteren.png\n  demo/2024/luisteren/\n") {
		t.Errorf("message: %v", err)
	}
	if after := hashDir(t, first); len(after) != len(before) {
		t.Errorf("the failed build changed the output: %d files, now %d", len(before), len(after))
	}
}

// A section that got a new id keeps its old address as a redirect, so the
// previous build's addresses all resolve.
func TestRenamedSectionKeepsItsAddress(t *testing.T) {
	dir := fixtureProject(t)
	first := filepath.Join(t.TempDir(), "v1")
	if _, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir, Destination: first}); err != nil {
		t.Fatal(err)
	}
	edition := "data/factsheets/demo/2024/"
	writeProjectFile(t, dir, edition+"edition.toml", strings.Replace(readFile(t, filepath.Join(dir, edition+"edition.toml")), `sections = ["stappen"]`, `sections = ["stappenplan"]`, 1))
	writeProjectFile(t, dir, edition+"sections/stappenplan.toml", "formerly = [\"stappen\"]\n"+readFile(t, filepath.Join(dir, edition+"sections/stappen.toml")))
	must(t, os.Remove(filepath.Join(dir, edition+"sections/stappen.toml")))
	second := filepath.Join(t.TempDir(), "v2")
	if _, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir, Destination: second, Previous: first}); err != nil {
		t.Fatalf("with the old id in formerly, every old address must resolve: %v", err)
	}
	old := readFile(t, filepath.Join(second, "demo/2024/stappen/index.html"))
	if want := `<meta http-equiv="refresh" content="0; url=../../../demo/2024/stappenplan/index.html">`; !strings.Contains(old, want) {
		t.Errorf("the old address is not a redirect to the new one:\n%s", old)
	}
}

// A saved link to a question is an address too: a question that lost its
// id in a published edition fails the check, on every page it was on.
func TestPreviousCheckFailsWhenAQuestionLosesItsAnchor(t *testing.T) {
	dir := fixtureProject(t)
	first := filepath.Join(t.TempDir(), "public")
	if _, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir, Destination: first}); err != nil {
		t.Fatal(err)
	}
	theme := "data/factsheets/demo/2024/themes/luisteren.toml"
	writeProjectFile(t, dir, theme, strings.Replace(readFile(t, filepath.Join(dir, theme)), `id = "tijd-nemen"`, `id = "tijd-maken"`, 1))
	_, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir, Destination: first, Previous: first})
	var lost *LostAddressesError
	if !errors.As(err, &lost) {
		t.Fatalf("want a LostAddressesError, got %v", err)
	}
	want := []string{"demo/2024/luisteren/#vraag-tijd-nemen", "en/demo/2024/luisteren/#vraag-tijd-nemen"}
	if !slices.Equal(lost.Addresses, want) {
		t.Errorf("lost addresses:\n%s\nwant:\n%s", strings.Join(lost.Addresses, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(err.Error(), "keep a question's id when you reword it") {
		t.Errorf("the message does not say what to do: %v", err)
	}
}

// files lists the files under dir, relative and with slashes.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for rel := range hashDir(t, dir) {
		out = append(out, filepath.ToSlash(rel))
	}
	slices.Sort(out)
	return out
}

func get(t *testing.T, url string) (string, int) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	_, err = io.Copy(&b, resp.Body)
	must(t, err)
	return b.String(), resp.StatusCode
}

// target is the file a link on the page at rel (under out) leads to,
// without its anchor, and the anchor.
func target(out, rel, href string) (string, string) {
	file, anchor, _ := strings.Cut(href, "#")
	return filepath.Join(out, filepath.Dir(rel), filepath.FromSlash(file)), anchor
}

// threeEditions makes a copy of the minimal fixture in dir with an older
// edition 2024, a current 2025 in which theme luisteren is called
// aandachtig-luisteren, and a draft 2026 that revises 2025.
func threeEditions(dir string) (string, error) {
	if err := os.CopyFS(dir, os.DirFS("../load/testdata/minimal")); err != nil {
		return "", err
	}
	base := filepath.Join(dir, "data/factsheets/demo")
	read := func(name string) string {
		data, _ := os.ReadFile(filepath.Join(base, name)) // the fixture has them; a missing one fails the load
		return string(data)
	}
	luisteren, plannen := read("2024/themes/luisteren.toml"), read("2024/themes/plannen.toml")
	for name, content := range map[string]string{
		"factsheet.toml":                        strings.Replace(read("factsheet.toml"), "tags = ", "current = \"2025\"\ntags = ", 1),
		"2025/edition.toml":                     "title = \"Leren in de wijk\"\nprevious = \"2024\"\nthemes = [\"aandachtig-luisteren\", \"plannen\"]\n",
		"2025/themes/aandachtig-luisteren.toml": "formerly = [\"luisteren\"]\n" + luisteren,
		"2025/themes/plannen.toml":              plannen,
		"2026/edition.toml":                     "title = \"Leren in de wijk\"\nname = \"2026 (concept)\"\ndraft = true\nprevious = \"2025\"\nthemes = [\"plannen\"]\n",
		"2026/themes/plannen.toml":              plannen,
	} {
		if err := writeFile(filepath.Join(base, name), []byte(content)); err != nil {
			return "", err
		}
	}
	return dir, nil
}

func TestOlderEditionPagesPointToTheCurrentOne(t *testing.T) {
	out := revised.build(t)
	for page, want := range map[string]string{
		"demo/2024/plannen/index.html":   "demo/2025/plannen/index.html",
		"demo/2024/luisteren/index.html": "demo/2025/aandachtig-luisteren/index.html", // renamed
		"demo/2024/index.html":           "demo/index.html",
	} {
		d := parse(t, filepath.Join(out, page))
		banners := d.byClass("div", "edition-banner--archived")
		if len(banners) != 1 {
			t.Errorf("%s: %d banners for an older edition, want 1", page, len(banners))
			continue
		}
		if !strings.Contains(text(banners[0]), "Oudere editie: 2024.") {
			t.Errorf("%s: banner says %q", page, text(banners[0]))
		}
		links := attrs(d.all("a", func(n *html.Node) bool { return isInside(n, banners[0]) }), "href")
		if len(links) != 1 {
			t.Fatalf("%s: banner links %v", page, links)
		}
		if got, _ := target(out, page, links[0]); got != filepath.Join(out, want) {
			t.Errorf("%s: banner leads to %s, want %s", page, got, want)
		}
	}
	current := parse(t, filepath.Join(out, "demo/2025/plannen/index.html"))
	if n := len(current.byClass("div", "edition-banner--archived")); n != 0 {
		t.Errorf("the current edition has %d 'older edition' banners", n)
	}
	// The list of editions on each edition page, newest first, without
	// the draft.
	d := parse(t, filepath.Join(out, "demo/2024/index.html"))
	var editions []string
	for _, li := range d.all("li", func(n *html.Node) bool { return n.Parent != nil && hasClass(n.Parent, "edition-list") }) {
		editions = append(editions, text(li))
	}
	if want := []string{"2025 actueel · wat is er veranderd", "2024 (2024-03-01)"}; !slices.Equal(editions, want) {
		t.Errorf("editions: got %q, want %q", editions, want)
	}
	if _, err := os.Stat(filepath.Join(out, "demo/2026")); err == nil {
		t.Error("a plain build has pages of the draft")
	}
}

// In a preview, the draft is in the list of editions, marked as one, with
// its changes page; the published editions say nothing of it.
func TestDraftInThePreview(t *testing.T) {
	out := revisedDrafts.build(t)
	d := parse(t, filepath.Join(out, "demo/2026/index.html"))
	var editions []string
	for _, li := range d.all("li", func(n *html.Node) bool { return n.Parent != nil && hasClass(n.Parent, "edition-list") }) {
		editions = append(editions, text(li))
	}
	if want := []string{"2026 (concept) concept · wat is er veranderd", "2025 actueel · wat is er veranderd", "2024 (2024-03-01)"}; !slices.Equal(editions, want) {
		t.Errorf("editions: got %q, want %q", editions, want)
	}
	banner := d.byClass("section", "draft-banner")
	if len(banner) != 1 || !strings.Contains(text(banner[0]), "De editie 2026 (concept) is nog niet gepubliceerd.") {
		t.Fatalf("draft banners: %d", len(banner))
	}
	links := attrs(d.all("a", func(n *html.Node) bool { return isInside(n, banner[0]) }), "href")
	if len(links) != 1 || links[0] != "../../demo/index.html" {
		t.Errorf("the banner links to %v, want the published edition", links)
	}
	if n := len(d.byClass("div", "edition-banner--archived")); n != 0 {
		t.Errorf("the draft has %d 'older edition' banners", n)
	}
	for _, page := range []string{"demo/index.html", "demo/2025/plannen/index.html"} {
		if p := parse(t, filepath.Join(out, page)); len(p.byClass("section", "draft-banner"))+len(p.byClass("div", "edition-banner--archived")) != 0 {
			t.Errorf("%s, of the current edition, has a banner", page)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "demo/2026/wijzigingen/index.html")); err != nil {
		t.Errorf("the draft has no changes page: %v", err)
	}
}

func TestQuestionsCarryNewAndChangedMarks(t *testing.T) {
	out := draftSite(t)
	marks := map[string]string{}
	for _, theme := range []string{"gelijkwaardige-samenwerking", "verklarende-analyse", "samenwerking-tussen-professionals",
		"samen-een-plan", "beschikbaarheid-passende-hulp", "lerende-praktijk"} {
		page := "friesland/2025-voorbeeld/" + theme + "/index.html"
		d := parse(t, filepath.Join(out, page))
		for _, a := range d.byClass("a", "mark") {
			li := a
			for li != nil && attr(li, "id") == "" {
				li = li.Parent
			}
			id := strings.TrimPrefix(attr(li, "id"), "vraag-")
			marks[id] = strings.TrimPrefix(attr(a, "class"), "mark mark--")
			file, anchor := target(out, page, attr(a, "href"))
			if file != filepath.Join(out, "friesland/2025-voorbeeld/wijzigingen/index.html") || anchor != "vraag-"+id {
				t.Errorf("%s: mark of %s leads to %s#%s", page, id, file, anchor)
			}
		}
	}
	want := map[string]string{"heldere-taal-analyse": "changed", "samenwerking-evalueren": "new", "ruimte-voor-regie": "changed"}
	if len(marks) != len(want) {
		t.Errorf("marks: got %v, want %v", marks, want)
	}
	for id, kind := range want {
		if marks[id] != kind {
			t.Errorf("question %s: mark %q, want %q", id, marks[id], kind)
		}
	}
	// The older edition revises nothing: no marks.
	if n := len(parse(t, filepath.Join(out, "friesland/2021-2024/verklarende-analyse/index.html")).byClass("a", "mark")); n != 0 {
		t.Errorf("the first edition has %d marks", n)
	}
}

func TestWhatChangedPage(t *testing.T) {
	out := draftSite(t)
	page := "friesland/2025-voorbeeld/wijzigingen/index.html"
	d := parse(t, filepath.Join(out, page))
	count := func(section string) int {
		return len(d.all("li", func(n *html.Node) bool {
			return hasClass(n, "change") && isInside(n, d.byID("wijzigingen-"+section).Parent)
		}))
	}
	for section, want := range map[string]int{"themes": 1, "questions": 4, "practice": 2, "tips": 1} {
		if got := count(section); got != want {
			t.Errorf("%s: %d changes, want %d", section, got, want)
		}
	}
	reworded := d.byID("vraag-heldere-taal-analyse")
	if reworded == nil {
		t.Fatal("no change for the reworded question")
	}
	var del, ins []string
	for _, n := range d.all("del", func(n *html.Node) bool { return isInside(n, reworded) }) {
		del = append(del, text(n))
	}
	for _, n := range d.all("ins", func(n *html.Node) bool { return isInside(n, reworded) }) {
		ins = append(ins, text(n))
	}
	if want := []string{"weggehaald: Gebruik", "weggehaald: het begrijpt?"}; !slices.Equal(del, want) {
		t.Errorf("removed words: got %q, want %q", del, want)
	}
	if want := []string{"toegevoegd: Schrijf", "toegevoegd: de analyse op in", "toegevoegd: de jeugdige, de ouders en", "toegevoegd: haar begrijpen?"}; !slices.Equal(ins, want) {
		t.Errorf("added words: got %q, want %q", ins, want)
	}
	kinds := func(id string) string {
		var out []string
		for _, n := range d.all("span", func(n *html.Node) bool { return hasClass(n, "mark") && isInside(n, d.byID(id)) }) {
			out = append(out, text(n))
		}
		return strings.Join(out, ", ")
	}
	for id, want := range map[string]string{
		"vraag-heldere-taal-analyse":   "anders verwoord",
		"vraag-samenwerking-evalueren": "nieuw",
		"vraag-ruimte-voor-regie":      "verplaatst",
		"vraag-los-van-crisisdenken":   "vervallen",
	} {
		if got := kinds(id); got != want {
			t.Errorf("%s: %q, want %q", id, got, want)
		}
	}
	// The edition links to it; a removed question links to where it was.
	start := parse(t, filepath.Join(out, "friesland/2025-voorbeeld/index.html"))
	if links := attrs(start.all("a", func(n *html.Node) bool { return text(n) == "Wat is er veranderd sinds 2021–2024?" }), "href"); len(links) != 1 {
		t.Errorf("the edition page links to the changes %d times", len(links))
	}
	gone := attrs(d.all("a", func(n *html.Node) bool { return isInside(n, d.byID("vraag-los-van-crisisdenken")) }), "href")
	if len(gone) != 1 {
		t.Fatalf("removed question links: %v", gone)
	}
	if file, anchor := target(out, page, gone[0]); file != filepath.Join(out, "friesland/2021-2024/beschikbaarheid-passende-hulp/index.html") || anchor != "vraag-los-van-crisisdenken" {
		t.Errorf("the removed question links to %s#%s", file, anchor)
	}
}

func TestSearchHoldsOnlyCurrentEditions(t *testing.T) {
	index := readFile(t, filepath.Join(revisedDrafts.build(t), searchIndexFile))
	if strings.Contains(index, "/demo/2024/") || strings.Contains(index, "/demo/2026/") || !strings.Contains(index, "/demo/2025/") {
		t.Errorf("the search index must hold the current edition of each factsheet, not older ones nor drafts:\n%s", index)
	}
}

// A search result names the edition it comes from when its factsheet has
// more than one; with a single edition, as every factsheet of the
// published demo, the factsheet says it all.
func TestSearchNamesTheEditionWhereThereAreSeveral(t *testing.T) {
	for out, want := range map[string]string{revised.build(t): "2025", demoSite(t): ""} {
		script := readFile(t, filepath.Join(out, searchIndexFile))
		var idx searchIndex
		must(t, json.Unmarshal([]byte(strings.TrimSuffix(strings.TrimPrefix(script, "window.rodedraadSearch="), ";\n")), &idx))
		for _, theme := range idx.Themes {
			if edition := theme[3]; edition != want {
				t.Errorf("%s: a search result from %q names the edition %q, want %q", out, theme[2], edition, want)
			}
		}
		if len(idx.Themes) == 0 {
			t.Errorf("%s: no themes in the search index", out)
		}
	}
}

func isInside(n, ancestor *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == ancestor {
			return true
		}
	}
	return false
}

// The changes page lists sections that got a new id or texts and the
// items of their lists that changed, linked to the new section, and key
// figures with a new number, linked to the edition's figures.
func TestWhatChangedPageShowsSectionsAndKeyFigures(t *testing.T) {
	dir := fixtureProject(t)
	base := "data/factsheets/demo/"
	stappen := readFile(t, filepath.Join(dir, base+"2024/sections/stappen.toml"))
	for name, content := range map[string]string{
		base + "factsheet.toml":                 strings.Replace(readFile(t, filepath.Join(dir, base+"factsheet.toml")), "tags = ", "current = \"2025\"\ntags = ", 1),
		base + "2024/edition.toml":              readFile(t, filepath.Join(dir, base+"2024/edition.toml")) + "\n[[key_figures]]\nvalue = 12\nlabel = \"gezinnen\"\n",
		base + "2025/edition.toml":              "title = \"Leren in de wijk\"\nprevious = \"2024\"\nthemes = [\"luisteren\", \"plannen\"]\nsections = [\"stappenplan\"]\n\n[[key_figures]]\nvalue = 14\nlabel = \"gezinnen\"\n",
		base + "2025/themes/luisteren.toml":     readFile(t, filepath.Join(dir, base+"2024/themes/luisteren.toml")),
		base + "2025/themes/plannen.toml":       readFile(t, filepath.Join(dir, base+"2024/themes/plannen.toml")),
		base + "2025/sections/stappenplan.toml": "formerly = [\"stappen\"]\n" + strings.Replace(stappen, `"Afspraken worden afgezegd."`, `"Afspraken worden vaak afgezegd."`, 1),
	} {
		writeProjectFile(t, dir, name, content)
	}
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir, Destination: out}); err != nil {
		t.Fatal(err)
	}
	d := parse(t, filepath.Join(out, "demo/2025/wijzigingen/index.html"))
	changes := func(part string) []*html.Node {
		heading := d.byID("wijzigingen-" + part)
		if heading == nil {
			t.Fatalf("no part %s", part)
		}
		return d.all("li", func(n *html.Node) bool { return hasClass(n, "change") && isInside(n, heading.Parent) })
	}
	sections, items := changes("sections"), changes("list_items")
	if len(sections) != 1 || len(items) != 1 {
		t.Fatalf("%d section changes and %d list item changes, want 1 and 1", len(sections), len(items))
	}
	if got := strings.Join(strings.Fields(text(sections[0])), " "); got != "nieuwe naam Als het vastloopt eerder in Als het vastloopt" {
		t.Errorf("section change: %q", got)
	}
	link := d.all("a", func(n *html.Node) bool { return isInside(n, items[0]) })
	if len(link) != 1 || text(link[0]) != "Als het vastloopt: Signalen" || attr(link[0], "href") != "../../../demo/2025/stappenplan/index.html" {
		t.Errorf("the list item does not link to its list in the renamed section: %q", text(items[0]))
	}
	words := d.all("p", func(n *html.Node) bool { return hasClass(n, "change__text") && isInside(n, items[0]) })
	if len(words) != 1 || text(words[0]) != "Afspraken worden toegevoegd: vaak afgezegd." {
		t.Errorf("list item words: %q", text(items[0]))
	}
	if got := text(d.byID("wijzigingen-sections")); !strings.HasPrefix(got, "Bouwstenen") {
		t.Errorf("heading %q", got)
	}
	figures := changes("key_figures")
	if len(figures) != 1 {
		t.Fatalf("%d key figure changes, want 1", len(figures))
	}
	link = d.all("a", func(n *html.Node) bool { return isInside(n, figures[0]) })
	if len(link) != 1 || attr(link[0], "href") != "../../../demo/index.html#kerncijfers" {
		t.Errorf("the key figure does not link to the edition's figures: %q", text(figures[0]))
	}
	if got := text(d.byID("wijzigingen-key_figures")); !strings.HasPrefix(got, "Kerncijfers") {
		t.Errorf("heading %q", got)
	}
}

// longTitle is a theme title long enough to push the refresh tag of a
// redirect page, which comes after the title, past the first kilobyte.
var longTitle = strings.Repeat("Goed luisteren naar wat ouders en jeugdigen zelf vertellen, ", 20)

// A redirect page is not a page: the count leaves it out however long
// the title before its refresh tag is, and --previous follows it.
func TestRedirectsWithLongTitles(t *testing.T) {
	dir := fixtureProject(t)
	first := filepath.Join(t.TempDir(), "v1")
	if _, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir, Destination: first}); err != nil {
		t.Fatal(err)
	}
	renameAndRevise(t, dir, true)
	for _, name := range []string{"data/factsheets/demo/2024/themes/goed-luisteren.toml", "data/factsheets/demo/2025/themes/goed-luisteren.toml"} {
		writeProjectFile(t, dir, name, strings.Replace(readFile(t, filepath.Join(dir, name)), `title = "Goed luisteren"`, `title = "`+longTitle+`"`, 1))
	}
	second := filepath.Join(t.TempDir(), "v2")
	res, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir, Destination: second, Previous: first})
	if err != nil {
		t.Fatalf("with the old id in formerly, every old address must resolve: %v", err)
	}
	pages, redirects, farthest := 0, 0, 0
	err = filepath.WalkDir(second, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".html") {
			return err
		}
		page := parse(t, path)
		if len(page.all("meta", func(n *html.Node) bool { return attr(n, "http-equiv") == "refresh" })) == 0 {
			pages++
			return nil
		}
		redirects++
		farthest = max(farthest, strings.Index(readFile(t, path), `http-equiv="refresh"`))
		return nil
	})
	must(t, err)
	if farthest < 1024 {
		t.Fatalf("the refresh tags are within the first %d bytes; the title is not long enough for this test", farthest+1)
	}
	if res.Pages != pages {
		t.Errorf("built %d pages, but there are %d pages and %d redirects", res.Pages, pages, redirects)
	}
}
