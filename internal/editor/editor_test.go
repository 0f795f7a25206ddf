package editor

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/message"
)

// project copies the author fixture of the command's tests: a small
// project of our own, with comments in its theme file.
func project(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../cmd/rodedraad/testdata/author")); err != nil {
		t.Fatal(err)
	}
	return dir
}

const themeFile = "data/factsheets/noord/2025/themes/ouders-betrekken.toml"

var address = ThemeAddress("noord", "2025", "ouders-betrekken")

func serve(t *testing.T, e *Editor, method, target string, form url.Values, header map[string]string) (*http.Response, string) {
	t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	r := httptest.NewRequest(method, target, body)
	r.Host = "127.0.0.1:1313"
	if form != nil {
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for k, v := range header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	e.ServeHTTP(w, r)
	return w.Result(), w.Body.String()
}

// formValues reads the form as a browser would send it unchanged.
func formValues(t *testing.T, page string) url.Values {
	t.Helper()
	v := url.Values{}
	for _, m := range regexp.MustCompile(`<input type="(?:hidden|text)"[^>]* name="([^"]+)" value="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		v.Set(m[1], unescape(m[2]))
	}
	for _, m := range regexp.MustCompile(`(?s)<textarea id="[^"]*" name="([^"]+)"[^>]*>(.*?)</textarea>`).FindAllStringSubmatch(page, -1) {
		v.Set(m[1], unescape(m[2]))
	}
	for _, m := range regexp.MustCompile(`<input type="checkbox" name="([^"]+)" value="([^"]*)" checked>`).FindAllStringSubmatch(page, -1) {
		v.Add(m[1], unescape(m[2]))
	}
	for _, m := range regexp.MustCompile(`(?s)<select id="[^"]*" name="([^"]+)">(.*?)</select>`).FindAllStringSubmatch(page, -1) {
		v.Set(m[1], "")
		if sel := regexp.MustCompile(`<option value="([^"]*)" selected>`).FindStringSubmatch(m[2]); sel != nil {
			v.Set(m[1], sel[1])
		}
	}
	return v
}

func unescape(s string) string {
	return strings.NewReplacer("&#34;", `"`, "&#39;", "'", "&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
}

func read(t *testing.T, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, themeFile))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestEditAQuestionAndAddAnExample(t *testing.T) {
	dir := project(t)
	var saved []string
	e := New(dir, message.Dutch, func(f string) { saved = append(saved, f) })
	res, page := serve(t, e, "GET", address, nil, nil)
	if res.StatusCode != 200 || !strings.Contains(page, `<label for="title">Titel</label>`) || !strings.Contains(page, "Vraag ik ouders wat zij willen bereiken") {
		t.Fatalf("form: %d\n%s", res.StatusCode, page)
	}
	before := read(t, dir)
	v := formValues(t, page)
	v.Set("back", "/noord/ouders-betrekken/")
	v.Set("questions.0.text", "Vraag ik ouders eerst wat zij willen bereiken?")
	v.Set("practice.new.text", "Ouders krijgen het plan pas te zien bij de ondertekening.")
	res, page = serve(t, e, "POST", address, v, map[string]string{"Origin": "http://127.0.0.1:1313", "Sec-Fetch-Site": "same-origin"})
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/noord/ouders-betrekken/" {
		t.Fatalf("save: %d %s\n%s", res.StatusCode, res.Header.Get("Location"), page)
	}
	after := read(t, dir)
	want := strings.Replace(before, `text = "Vraag ik ouders wat zij willen bereiken, voordat ik een plan opschrijf?"`, `text = "Vraag ik ouders eerst wat zij willen bereiken?"`, 1) +
		"\n[[practice]]\nid = \"ouders-krijgen-plan-pas-zien\"\ntext = \"Ouders krijgen het plan pas te zien bij de ondertekening.\"\n"
	if after != want {
		t.Errorf("the file is\n%s\nwant\n%s", after, want)
	}
	if _, diags := load.Site(dir); len(diags) > 0 {
		t.Errorf("check after the save: %v", diags)
	}
	if len(saved) != 1 || saved[0] != themeFile {
		t.Errorf("saved %v", saved)
	}
}

func TestAFileChangedOnDiskIsNotOverwritten(t *testing.T) {
	dir := project(t)
	e := New(dir, message.Dutch, nil)
	_, page := serve(t, e, "GET", address, nil, nil)
	v := formValues(t, page)
	v.Set("finding", "Een bevinding uit het formulier.")
	meanwhile := strings.Replace(read(t, dir), "Ouders horen pas", "Ouders horen vaak pas", 1)
	if err := os.WriteFile(filepath.Join(dir, themeFile), []byte(meanwhile), 0o644); err != nil {
		t.Fatal(err)
	}
	res, page := serve(t, e, "POST", address, v, nil)
	if res.StatusCode != http.StatusConflict || !strings.Contains(page, "Het bestand is veranderd") || !strings.Contains(page, "Een bevinding uit het formulier.") {
		t.Errorf("conflict: %d\n%s", res.StatusCode, page)
	}
	if read(t, dir) != meanwhile {
		t.Error("the file changed on disk was overwritten")
	}
}

func TestAnEditThatWouldNotLoadIsRefusedAtItsField(t *testing.T) {
	dir := project(t)
	e := New(dir, message.Dutch, nil)
	_, page := serve(t, e, "GET", address, nil, nil)
	before := read(t, dir)
	v := formValues(t, page)
	v.Set("title", "")
	res, page := serve(t, e, "POST", address, v, nil)
	if res.StatusCode != http.StatusUnprocessableEntity || !regexp.MustCompile(`<p class="error" id="title-error">[^<]*title[^<]*</p>`).MatchString(page) ||
		!strings.Contains(page, `aria-invalid="true" aria-describedby="title-error"`) {
		t.Errorf("refusal: %d\n%s", res.StatusCode, page)
	}
	if read(t, dir) != before {
		t.Error("a refused edit was written")
	}
}

func TestMoveAQuestionUp(t *testing.T) {
	dir := project(t)
	e := New(dir, message.Dutch, nil)
	_, page := serve(t, e, "GET", address, nil, nil)
	v := formValues(t, page)
	v.Set("move", "questions.1.up")
	if res, _ := serve(t, e, "POST", address, v, nil); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("move: %d", res.StatusCode)
	}
	after := read(t, dir)
	if strings.Index(after, `id = "taal-van-ouders"`) > strings.Index(after, `id = "vooraf-vragen"`) || !strings.HasPrefix(after, "# Thema 1: ouders echt laten meedenken.\n") {
		t.Errorf("after the move:\n%s", after)
	}
}

// Only the editor's own forms save, and only files of the themes of the
// project under data/.
func TestOnlyOwnFormsSaveAndOnlyThemes(t *testing.T) {
	dir := project(t)
	e := New(dir, message.Dutch, nil)
	_, page := serve(t, e, "GET", address, nil, nil)
	before := read(t, dir)
	v := formValues(t, page)
	v.Set("title", "Overgenomen")
	noToken := url.Values{}
	for k, vs := range v {
		noToken[k] = vs
	}
	noToken.Del("token")
	for name, tc := range map[string]struct {
		form   url.Values
		header map[string]string
	}{
		"no token":           {noToken, nil},
		"another site":       {v, map[string]string{"Origin": "https://kwaadwillend.example"}},
		"a cross-site fetch": {v, map[string]string{"Sec-Fetch-Site": "cross-site"}},
	} {
		if res, _ := serve(t, e, "POST", address, tc.form, tc.header); res.StatusCode != http.StatusForbidden {
			t.Errorf("%s: %d, want 403", name, res.StatusCode)
		}
	}
	if read(t, dir) != before {
		t.Error("a refused save changed the file")
	}
	for _, target := range []string{
		Prefix + "thema/noord/2025/..%2F..%2F..%2Fsite", Prefix + "thema/../../../etc/passwd", Prefix + "thema/noord/2025/bestaat-niet",
		Prefix + "thema/noord/2025", Prefix + "thema/Noord/2025/ouders-betrekken",
	} {
		if res, _ := serve(t, e, "GET", target, nil, nil); res.StatusCode != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", target, res.StatusCode)
		}
	}
	if res, _ := serve(t, e, "POST", address+"?back=//kwaad.example", v, nil); res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/" {
		t.Errorf("a save sends the browser to %q", res.Header.Get("Location"))
	}
}

const editionFile = "data/factsheets/noord/2025/edition.toml"

// An edition's form gives it an introduction and a closing part with tips,
// where the file had none, and refuses tips without the closing part's
// title at that field.
func TestEditAnEdition(t *testing.T) {
	dir := project(t)
	e := New(dir, message.Dutch, nil)
	target := EditionAddress("noord", "2025")
	res, page := serve(t, e, "GET", target+"?back=/noord/", nil, nil)
	if res.StatusCode != 200 || !strings.Contains(page, "Bewerken: Wat de leertafels lieten zien") {
		t.Fatalf("form: %d\n%s", res.StatusCode, page)
	}
	before, _ := os.ReadFile(filepath.Join(dir, editionFile))
	v := formValues(t, page)
	v.Set("closing.tips", "Vraag ouders eerst\nSchrijf in hun woorden")
	res, page = serve(t, e, "POST", target, v, nil)
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, `id="closing-error"`) {
		t.Errorf("tips without a title: %d\n%s", res.StatusCode, page)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, editionFile)); string(after) != string(before) {
		t.Fatal("a refused edit was written")
	}
	v.Set("closing.title", "Tot slot")
	v.Set("intro", "Twee leertafels, *veel* geleerd.")
	if res, page := serve(t, e, "POST", target, v, nil); res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/noord/" {
		t.Fatalf("save: %d %s\n%s", res.StatusCode, res.Header.Get("Location"), page)
	}
	after, _ := os.ReadFile(filepath.Join(dir, editionFile))
	want := strings.Replace(string(before), "themes = [\"ouders-betrekken\", \"warme-overdracht\"]\n", "themes = [\"ouders-betrekken\", \"warme-overdracht\"]\nintro = \"Twee leertafels, *veel* geleerd.\"\n", 1) +
		"\n[closing]\ntitle = \"Tot slot\"\ntips = [\"Vraag ouders eerst\", \"Schrijf in hun woorden\"]\n"
	if string(after) != want {
		t.Errorf("the file is\n%s\nwant\n%s", after, want)
	}
	if _, diags := load.Site(dir); len(diags) > 0 {
		t.Errorf("check after the save: %v", diags)
	}
}

// Links get a new one in their group and a note, and a link to anything
// but a web address is refused at its group.
func TestEditAnEditionsLinks(t *testing.T) {
	dir := project(t)
	name := filepath.Join(dir, editionFile)
	src, _ := os.ReadFile(name)
	src = append(src, "\n[[links]]\ntitle = \"Verder lezen\"\n\n[[links.items]]\ntitle = \"Een gids\"\nurl = \"https://example.org/gids\"\n"...)
	if err := os.WriteFile(name, src, 0o644); err != nil {
		t.Fatal(err)
	}
	e := New(dir, message.Dutch, nil)
	target := EditionAddress("noord", "2025")
	_, page := serve(t, e, "GET", target, nil, nil)
	v := formValues(t, page)
	v.Set("links.0.new.title", "Een handreiking")
	v.Set("links.0.new.url", "javascript:alert(1)")
	res, page := serve(t, e, "POST", target, v, nil)
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, `id="links.0-error"`) || !strings.Contains(page, `value="javascript:alert(1)"`) {
		t.Errorf("a script as address: %d\n%s", res.StatusCode, page)
	}
	v.Set("links.0.new.url", "https://example.org/handreiking")
	v.Set("links.0.items.0.note", "voor teams")
	if res, page := serve(t, e, "POST", target, v, nil); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("save: %d\n%s", res.StatusCode, page)
	}
	after, _ := os.ReadFile(name)
	if want := string(src) + "note = \"voor teams\"\n\n[[links.items]]\ntitle = \"Een handreiking\"\nurl = \"https://example.org/handreiking\"\n"; string(after) != want {
		t.Errorf("the file is\n%s\nwant\n%s", after, want)
	}
}

// Two saves of the same form at once: one is written, the other is told
// that the file changed, and its edit is not lost in silence.
func TestTwoSavesAtOnce(t *testing.T) {
	dir := project(t)
	e := New(dir, message.Dutch, nil)
	_, page := serve(t, e, "GET", address, nil, nil)
	statuses := make(chan int, 2)
	for _, finding := range []string{"Eerste bevinding.", "Tweede bevinding."} {
		v := formValues(t, page)
		v.Set("finding", finding)
		go func() {
			res, _ := serve(t, e, "POST", address, v, nil)
			statuses <- res.StatusCode
		}()
	}
	got := []int{<-statuses, <-statuses}
	if !(got[0] == http.StatusSeeOther && got[1] == http.StatusConflict || got[0] == http.StatusConflict && got[1] == http.StatusSeeOther) {
		t.Errorf("two saves at once: %v, want one 303 and one 409", got)
	}
}

// A question gets an audience of its own, and the theme loses a topic,
// each as one line of the file.
func TestAudienceAndTopics(t *testing.T) {
	dir := project(t)
	e := New(dir, message.Dutch, nil)
	_, page := serve(t, e, "GET", address, nil, nil)
	if !strings.Contains(page, `<input type="checkbox" name="tags" value="ouders" checked>`) || !strings.Contains(page, `<option value="team">het team</option>`) {
		t.Fatalf("the form lacks the topics or the audiences:\n%s", page)
	}
	before := read(t, dir)
	v := formValues(t, page)
	v.Set("questions.1.audience", "team")
	v.Del("tags")
	if res, page := serve(t, e, "POST", address, v, nil); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("save: %d\n%s", res.StatusCode, page)
	}
	want := strings.Replace(strings.Replace(before, "tags = [\"ouders\"]\n", "", 1),
		"sub = [\"Lees ik het plan samen met hen door?\"]\n", "sub = [\"Lees ik het plan samen met hen door?\"]\naudience = \"team\"\n", 1)
	if got := read(t, dir); got != want {
		t.Errorf("the file is\n%s\nwant\n%s", got, want)
	}
}

// A save far larger than a theme is refused before it is read, and one
// with more fields than Go reads says so, rather than that it came from
// elsewhere; neither changes the file.
func TestAnOversizedSaveIsRefused(t *testing.T) {
	dir := project(t)
	e := New(dir, message.Dutch, nil)
	_, page := serve(t, e, "GET", address, nil, nil)
	before := read(t, dir)
	huge := formValues(t, page)
	huge.Set("finding", strings.Repeat("Een bevinding die maar doorgaat. ", 40_000))
	res, body := serve(t, e, "POST", address, huge, nil)
	if res.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(body, "groter dan 1 MB") {
		t.Errorf("a save of %d bytes: %d %s", len(huge.Encode()), res.StatusCode, body)
	}
	many := formValues(t, page)
	for i := range 20_000 {
		many.Set(fmt.Sprintf("questions.%d.text", i+10), "?")
	}
	res, body = serve(t, e, "POST", address, many, nil)
	if res.StatusCode != http.StatusBadRequest || !strings.Contains(body, "kon niet worden gelezen") {
		t.Errorf("a save with %d fields: %d %s", len(many), res.StatusCode, body)
	}
	if read(t, dir) != before {
		t.Error("a refused save changed the file")
	}
}

// A section's form changes its title and text, keeps the file's comments
// and its lists, and names what it leaves to the file; an empty title is
// refused at its field.
func TestEditASection(t *testing.T) {
	dir := project(t)
	section := "data/factsheets/noord/2025/sections/werkwijze.toml"
	src := `# Hoe de leertafels werkten.
title = "Werkwijze"
text = """
Elke leertafel duurde twee uur.
"""

# Wat we afspraken.
[[lists]]
kind = "principles"
title = "Afspraken"
items = ["Iedereen komt aan het woord."]
`
	writeTestFile(t, filepath.Join(dir, section), src)
	edition := filepath.Join(dir, editionFile)
	ed, _ := os.ReadFile(edition)
	writeTestFile(t, edition, strings.Replace(string(ed), "themes = [", "sections = [\"werkwijze\"]\nthemes = [", 1))
	e := New(dir, message.Dutch, nil)
	target := SectionAddress("noord", "2025", "werkwijze")
	res, page := serve(t, e, "GET", target+"?back=/noord/werkwijze/", nil, nil)
	if res.StatusCode != 200 || !strings.Contains(page, "Bewerken: Werkwijze") || !strings.Contains(page, "Dit onderdeel heeft ook 1 lijst. Die verander je in het bestand "+section+".") {
		t.Fatalf("form: %d\n%s", res.StatusCode, page)
	}
	v := formValues(t, page)
	v.Set("title", "")
	if res, page := serve(t, e, "POST", target, v, nil); res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(page, `id="title-error"`) {
		t.Errorf("an empty title: %d\n%s", res.StatusCode, page)
	}
	v.Set("title", "Zo werkten we")
	v.Set("text", "Elke leertafel duurde *twee* uur.\r\n\r\nEr waren vier tafels.")
	if res, page := serve(t, e, "POST", target, v, nil); res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/noord/werkwijze/" {
		t.Fatalf("save: %d %s\n%s", res.StatusCode, res.Header.Get("Location"), page)
	}
	after, _ := os.ReadFile(filepath.Join(dir, section))
	want := strings.NewReplacer(`title = "Werkwijze"`, `title = "Zo werkten we"`,
		"Elke leertafel duurde twee uur.\n", "Elke leertafel duurde *twee* uur.\n\nEr waren vier tafels.\n").Replace(src)
	if string(after) != want {
		t.Errorf("the file is\n%s\nwant\n%s", after, want)
	}
	if _, diags := load.Site(dir); len(diags) > 0 {
		t.Errorf("check after the save: %v", diags)
	}
	if res, _ := serve(t, e, "GET", SectionAddress("noord", "2025", "bestaat-niet"), nil, nil); res.StatusCode != http.StatusNotFound {
		t.Errorf("a section the edition does not have: %d", res.StatusCode)
	}
}

func writeTestFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// The last look before the rename: a file that changed while a save was
// checked is left as it is now.
func TestAFileChangedWhileCheckedIsNotOverwritten(t *testing.T) {
	name := filepath.Join(t.TempDir(), "thema.toml")
	writeTestFile(t, name, "title = \"Toen\"\n")
	from := version([]byte("title = \"Toen\"\n"))
	writeTestFile(t, name, "title = \"Intussen\"\n")
	if err := writeFile(name, []byte("title = \"Bewaard\"\n"), from); !errors.Is(err, errChangedMeanwhile) {
		t.Errorf("writeFile: %v", err)
	}
	if got, _ := os.ReadFile(name); string(got) != "title = \"Intussen\"\n" {
		t.Errorf("the file is %q", got)
	}
	if entries, _ := os.ReadDir(filepath.Dir(name)); len(entries) != 1 {
		t.Errorf("the new file was left beside it: %v", entries)
	}
	if err := writeFile(name, []byte("title = \"Bewaard\"\n"), version([]byte("title = \"Intussen\"\n"))); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(name); string(got) != "title = \"Bewaard\"\n" {
		t.Errorf("the file is %q", got)
	}
}

// A field of one line stays one line, whatever is sent: a line break a
// browser would not send from it makes no string of several lines in the
// file, and a title the form shows unchanged is not written again.
func TestAFieldOfOneLineStaysOneLine(t *testing.T) {
	dir := project(t)
	writeTestFile(t, filepath.Join(dir, themeFile), strings.Replace(read(t, dir), `finding = "Ouders horen pas van een plan als het al klaar is."`, `finding = "Ouders horen  pas van een plan als het al klaar is."`, 1))
	e := New(dir, message.Dutch, nil)
	_, page := serve(t, e, "GET", address, nil, nil)
	before := read(t, dir)
	v := formValues(t, page)
	v.Set("title", "Ouders\r\necht betrekken\n")
	if res, body := serve(t, e, "POST", address, v, nil); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("save: %d\n%s", res.StatusCode, body)
	}
	if after := read(t, dir); after != before {
		t.Errorf("the file changed:\n%s", after)
	}
}
