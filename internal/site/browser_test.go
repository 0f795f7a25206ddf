package site

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
)

// Browser tests of the built demo site in headless Chromium. They skip
// without Chromium, except under CI, where they are required.

const (
	firstTheme = "friesland/2021-2024/gelijkwaardige-samenwerking/"
	lastTheme  = "friesland/2021-2024/lerende-praktijk/"
)

// screenshot saves a picture for people to look at when
// RODEDRAAD_SCREENSHOTS names a directory.
func screenshot(t *testing.T, tab *browsertest.Tab, name string) {
	if dir := os.Getenv("RODEDRAAD_SCREENSHOTS"); dir != "" {
		tab.Screenshot(t, filepath.Join(dir, name+".png"))
	}
}

type rect struct{ Left, Top, Width float64 }

func columns(t *testing.T, tab *browsertest.Tab) []rect {
	return browsertest.Eval[[]rect](t, tab, `["finding", "questions", "practice"].map(c => {
		const r = document.querySelector(".theme-col--" + c).getBoundingClientRect();
		return {Left: r.left, Top: r.top + scrollY, Width: r.width};
	})`)
}

func TestBrowserThemePageColumns(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, demoSite(t))
	b := browsertest.NewBrowser(t)

	wide := b.Open(t, base+lastTheme, browsertest.Desktop)
	cols := columns(t, wide)
	if !(cols[0].Left < cols[1].Left && cols[1].Left < cols[2].Left) || cols[0].Top != cols[1].Top || cols[1].Top != cols[2].Top {
		t.Errorf("at 1280 px the theme, questions and practice are not three columns side by side: %+v", cols)
	}
	screenshot(t, wide, "theme-1280")

	phone := b.Open(t, base+lastTheme, browsertest.Phone)
	cols = columns(t, phone)
	if !(cols[0].Top < cols[1].Top && cols[1].Top < cols[2].Top) || cols[0].Left != cols[1].Left || cols[1].Left != cols[2].Left {
		t.Errorf("at 375 px the columns are not stacked: %+v", cols)
	}
	if overflow := browsertest.Eval[bool](t, phone, `document.documentElement.scrollWidth > innerWidth`); overflow {
		t.Error("at 375 px the page scrolls sideways")
	}
	screenshot(t, phone, "theme-375")
}

// tabTo presses Tab until the focused element's link ends in suffix.
func tabTo(t *testing.T, tab *browsertest.Tab, suffix string) browsertest.Element {
	t.Helper()
	for range 200 {
		tab.Press(t, "Tab")
		if el := tab.Focused(t); strings.HasSuffix(el.Href, suffix) {
			return el
		}
	}
	t.Fatalf("Tab never reached a link to …%s", suffix)
	return browsertest.Element{}
}

func TestBrowserKeyboardThroughThemeButtons(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, demoSite(t))
	tab := browsertest.NewBrowser(t).Open(t, base+firstTheme, browsertest.Desktop)

	tab.Press(t, "Tab")
	if el := tab.Focused(t); !strings.HasSuffix(el.Href, "#inhoud") {
		t.Errorf("the first Tab does not reach the skip link: %s", el)
	}
	outline := browsertest.Eval[string](t, tab, `getComputedStyle(document.activeElement).outlineStyle`)
	if outline == "none" {
		t.Error("the focused skip link shows no focus outline")
	}

	// The 'next' button, then Enter.
	el := tabTo(t, tab, "verklarende-analyse/index.html")
	if !strings.Contains(el.Text, "Volgende") {
		t.Errorf("the first link to the next theme is not the 'next' button: %s", el)
	}
	tab.Press(t, "Enter")
	tab.WaitForURL(t, "friesland/2021-2024/verklarende-analyse/index.html")

	// On to the bottom row of theme buttons: the last theme.
	el = tabTo(t, tab, "lerende-praktijk/index.html")
	if el.Text != "Lerende praktijk en reflectie" {
		t.Errorf("reached %s, want the theme button", el)
	}
	tab.Press(t, "Enter")
	tab.WaitForURL(t, lastTheme+"index.html")

	// Back with the 'previous' button.
	tabTo(t, tab, "beschikbaarheid-passende-hulp/index.html")
	tab.Press(t, "Enter")
	tab.WaitForURL(t, "beschikbaarheid-passende-hulp/index.html")
}

// pageTypes are one page of every kind the theme renders.
var pageTypes = []string{
	"",           // home
	"friesland/", // edition, current
	firstTheme,   // theme
	"friesland/2021-2024/verklarende-analyse/kaarten/",                 // cards of a theme
	"haaglanden-reflectie/editie-1/drie-dimensies/",                    // building block: levels
	"haaglanden-samenwerkingsprincipes/editie-1/barrieres-doorbreken/", // step plan
	"haaglanden-samenwerkingsprincipes/editie-1/barrieres-signaleren/", // lists
	"amsterdam-leren-en-reflecteren/2020/reflectiesessie/",             // method
	"amsterdam-leren-en-reflecteren/",                                  // key figures, quotes
	"onderwerpen/",                                                     // topics
	"onderwerpen/regie/",                                               // topic
	"over/",                                                            // about
	"intervisie/",                                                      // the site's own content page
	"handleiding/",                                                     // authoring guide, highlighted TOML
	"404.html",                                                         // not found
	"en/" + firstTheme,                                                 // English interface, Dutch content
	"fy/friesland/",                                                    // Frisian interface
}

// draftPageTypes are the pages of the demo's draft example edition, which
// only a preview has; with the notice of an invented edition.
var draftPageTypes = []string{
	"friesland/2025-voorbeeld/",                // edition, draft
	"friesland/2025-voorbeeld/samen-een-plan/", // renamed theme, new and changed marks
	"friesland/2025-voorbeeld/wijzigingen/",    // what changed
	"en/friesland/2025-voorbeeld/wijzigingen/", // what changed, English interface
	"fy/friesland/2025-voorbeeld/",             // draft, Frisian interface
	"friesland/2025-voorbeeld/kaarten/",        // cards of a draft
}

// servedPages are some pages of a site, served at base.
type servedPages struct {
	base  string
	paths []string
}

// everyPageKind serves the demo and its preview with drafts, for the page
// of each kind in pageTypes and draftPageTypes.
func everyPageKind(t *testing.T) []servedPages {
	return []servedPages{
		{browsertest.Serve(t, demoSite(t)), pageTypes},
		{browsertest.Serve(t, draftSite(t)), draftPageTypes},
	}
}

func TestBrowserAccessibilityAndPrivacy(t *testing.T) {
	browsertest.Require(t)
	b := browsertest.NewBrowser(t)
	// And an older edition, which the demo no longer has.
	sites := append(everyPageKind(t), servedPages{browsertest.Serve(t, revised.build(t)), []string{"demo/2024/", "demo/2024/luisteren/", "demo/2025/wijzigingen/"}})
	for _, site := range sites {
		testAccessibilityAndPrivacy(t, b, site.base, site.paths)
	}
}

func testAccessibilityAndPrivacy(t *testing.T, b *browsertest.Browser, base string, paths []string) {
	t.Helper()
	for _, path := range paths {
		for _, vp := range []browsertest.Viewport{browsertest.Desktop, browsertest.Phone} {
			tab := b.Open(t, base+path, vp)
			for _, v := range browsertest.Axe(t, tab) {
				t.Errorf("/%s at %s: %s", path, vp, v)
			}
			for _, e := range tab.ScriptErrors(t) {
				t.Errorf("/%s at %s: script error: %s", path, vp, e)
			}
			if foreign := tab.ForeignRequests(base); len(foreign) > 0 {
				t.Errorf("/%s requests other origins: %v", path, foreign)
			}
			if cookies := browsertest.Eval[string](t, tab, `document.cookie`); cookies != "" {
				t.Errorf("/%s sets cookies: %s", path, cookies)
			}
		}
	}
}

func TestBrowserFromDisk(t *testing.T) {
	browsertest.Require(t)
	out := demoSite(t)
	tab := browsertest.NewBrowser(t).Open(t, "file://"+filepath.Join(out, "friesland/2021-2024/verklarende-analyse/index.html"), browsertest.Desktop)
	if bg := browsertest.Eval[string](t, tab, `getComputedStyle(document.querySelector(".theme-col--finding")).backgroundColor`); bg != "rgb(31, 95, 139)" {
		t.Errorf("the stylesheet did not load from disk: the theme column is %s", bg)
	}
	if url := browsertest.Eval[string](t, tab, `document.querySelector("[data-page-url]").textContent`); !strings.HasPrefix(url, "file://") {
		t.Errorf("the script did not run from disk: page URL %q", url)
	}
	browsertest.Eval[bool](t, tab, `(document.querySelector("a[rel=next]").click(), true)`)
	tab.WaitForURL(t, "samenwerking-tussen-professionals/index.html")
	if title := browsertest.Eval[string](t, tab, `document.querySelector("h1").textContent`); title != "Samenwerking tussen professionals" {
		t.Errorf("the next theme did not open from disk: h1 %q", title)
	}
	if foreign := tab.ForeignRequests("file://"); len(foreign) > 0 {
		t.Errorf("requests beyond the files: %v", foreign)
	}
}

func TestBrowserUnderSubPath(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.ServeAt(t, demoSite(t), "/kennis/factsheets/")
	b := browsertest.NewBrowser(t)
	for _, path := range []string{"", "friesland/", firstTheme, "en/onderwerpen/regie/"} {
		tab := b.Open(t, base+path, browsertest.Desktop)
		if foreign := tab.ForeignRequests(base); len(foreign) > 0 {
			t.Errorf("/%s under a sub-path requests outside it: %v", path, foreign)
		}
		if font := browsertest.Eval[string](t, tab, `getComputedStyle(document.body).fontFamily`); !strings.Contains(font, "system-ui") {
			t.Errorf("/%s under a sub-path has no stylesheet (font %q)", path, font)
		}
	}
}

// The copy link is a button (role="button"), so Space must press it as
// Enter does; it used to scroll the page. From disk there is no
// clipboard, and pressing it goes to its item.
func TestBrowserSpacePressesTheCopyLink(t *testing.T) {
	browsertest.Require(t)
	out := demoSite(t)
	tab := browsertest.NewBrowser(t).Open(t, "file://"+out+"/friesland/2021-2024/verklarende-analyse/index.html", browsertest.Desktop)
	href := browsertest.Eval[string](t, tab, `(() => { const a = document.querySelector("a[data-copy-link]"); a.focus(); return a.getAttribute("href"); })()`)
	before := browsertest.Eval[float64](t, tab, `window.scrollY`)
	tab.Press(t, "Space")
	tab.Until(t, `location.hash !== ""`)
	if got := browsertest.Eval[string](t, tab, `location.hash`); got != href {
		t.Errorf("Space on the copy link went to %q, want %q (scrolled from %.0f to %.0f)", got, href, before, browsertest.Eval[float64](t, tab, `window.scrollY`))
	}
}

func TestBrowserPrintHandout(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, demoSite(t))
	tab := browsertest.NewBrowser(t).Open(t, base+lastTheme, browsertest.Desktop)
	tab.EmulateMedia(t, "print")
	type printed struct {
		Hidden     []string
		URL        string
		URLShown   bool
		KeepTogeth string
		Columns    string
	}
	got := browsertest.Eval[printed](t, tab, `({
		Hidden: [".site-header", ".site-footer", ".theme-nav", ".breadcrumbs", ".anchor"]
			.filter(s => [...document.querySelectorAll(s)].some(e => getComputedStyle(e).display !== "none")),
		URL: document.querySelector(".print-url").textContent,
		URLShown: getComputedStyle(document.querySelector(".print-url")).display !== "none",
		KeepTogeth: getComputedStyle(document.querySelector(".question")).breakInside,
		Columns: getComputedStyle(document.querySelector(".theme-grid")).display,
	})`)
	if len(got.Hidden) > 0 {
		t.Errorf("printed with navigation still visible: %v", got.Hidden)
	}
	if !got.URLShown || !strings.Contains(got.URL, "/"+lastTheme) {
		t.Errorf("the page's address is not printed: shown %v, %q", got.URLShown, got.URL)
	}
	if got.KeepTogeth != "avoid" {
		t.Errorf("questions may break across pages: break-inside %q", got.KeepTogeth)
	}
	if got.Columns != "block" {
		t.Errorf("the columns are not stacked on paper: display %q", got.Columns)
	}
	screenshot(t, tab, "theme-print")
	tab.EmulateMedia(t, "")
	if display := browsertest.Eval[string](t, tab, `getComputedStyle(document.querySelector(".site-header")).display`); display == "none" {
		t.Error("the print styles apply on screen")
	}
}

func TestBrowserSearch(t *testing.T) {
	browsertest.Require(t)
	out := demoSite(t)
	b := browsertest.NewBrowser(t)
	for _, base := range []string{"file://" + out + "/", browsertest.Serve(t, out)} {
		tab := b.Open(t, base+"zoeken/index.html", browsertest.Desktop)
		browsertest.Eval[bool](t, tab, `(document.getElementById("zoekterm").focus(), true)`)
		for _, r := range "beinvloeden voorgesch" {
			key := string(r)
			if r == ' ' {
				key = "Space"
			}
			tab.Press(t, key)
		}
		tab.Until(t, `document.querySelector("#zoekresultaten a")`)
		results := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll("#zoekresultaten a")].map(a => a.textContent)`)
		if len(results) == 0 || !strings.Contains(results[0], "beïnvloeden") {
			t.Fatalf("%s: 'beinvloeden voorgesch' finds %q", base, results)
		}
		// The count is announced once typing pauses.
		tab.Until(t, `document.getElementById("zoekstatus").textContent.includes("resulta")`)
		if q := browsertest.Eval[string](t, tab, `new URLSearchParams(location.search).get("q")`); q != "beinvloeden voorgesch" {
			t.Errorf("%s: the query is not kept in the URL: %q", base, q)
		}
		for _, v := range browsertest.Axe(t, tab) {
			t.Errorf("%s search results: %s", base, v)
		}
		// Keyboard only: past the search button to the first result, and in.
		tab.Press(t, "Tab")
		tab.Press(t, "Tab")
		first := tab.Focused(t)
		if !strings.Contains(first.Href, "verklarende-analyse/index.html#vraag-") {
			t.Fatalf("%s: Tab from the search box reaches %s, not the first result", base, first)
		}
		tab.Press(t, "Enter")
		tab.Until(t, `location.hash`)
		target := browsertest.Eval[string](t, tab, `(document.getElementById(location.hash.slice(1)) || {}).textContent || ""`)
		if !strings.Contains(target, "beïnvloeden") {
			t.Errorf("%s: the result did not land on its question: %q at %s", base, target, browsertest.Eval[string](t, tab, `location.href`))
		}
		if foreign := tab.ForeignRequests(strings.TrimSuffix(base, "/")); len(foreign) > 0 {
			t.Errorf("%s: foreign requests: %v", base, foreign)
		}
	}
	// One result is announced in words, without quotes around the
	// sentence: the message for one result used to sit in an attribute
	// html/template read as a script (data-one, 'on…'), and was escaped as
	// a JavaScript string.
	tab := b.Open(t, "file://"+out+"/zoeken/index.html?q=visueel", browsertest.Desktop)
	tab.Until(t, `document.getElementById("zoekstatus").textContent.includes("resulta")`)
	if got := browsertest.Eval[string](t, tab, `document.getElementById("zoekstatus").textContent.trim()`); got != "1 resultaat voor 'visueel'." {
		t.Errorf("one result is announced as %q, want %q", got, "1 resultaat voor 'visueel'.")
	}
}

func TestBrowserDrawACardWithSeed(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, demoSite(t))
	b := browsertest.NewBrowser(t)
	draws := func() []string {
		tab := b.Open(t, base+"friesland/kaarten/?seed=42", browsertest.Desktop)
		var ids []string
		browsertest.Eval[bool](t, tab, `(document.querySelector("[data-draw]").click(), true)`)
		ids = append(ids, browsertest.Eval[string](t, tab, `document.querySelector("[data-drawn]").dataset.question`))
		for range 3 {
			browsertest.Eval[bool](t, tab, `(document.querySelector("[data-draw-again]").click(), true)`)
			ids = append(ids, browsertest.Eval[string](t, tab, `document.querySelector("[data-drawn]").dataset.question`))
		}
		if !browsertest.Eval[bool](t, tab, `document.querySelector("[data-draw-dialog]").open`) {
			t.Error("the drawn card is not shown")
		}
		for _, v := range browsertest.Axe(t, tab) {
			t.Errorf("with a drawn card: %s", v)
		}
		return ids
	}
	first, again := draws(), draws()
	if strings.Join(first, ",") != strings.Join(again, ",") {
		t.Errorf("seed 42 drew %v, then %v", first, again)
	}
	if first[0] == first[1] || first[1] == first[2] {
		t.Errorf("a card came twice in a row: %v", first)
	}
}

func TestBrowserSessionMode(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, demoSite(t))
	tab := browsertest.NewBrowser(t).Open(t, base+lastTheme, browsertest.Desktop)
	browsertest.Eval[bool](t, tab, `(document.querySelector("[data-session]").click(), true)`)
	position := func() string {
		return browsertest.Eval[string](t, tab, `document.querySelector("[data-position]").textContent`)
	}
	if got := position(); got != "Vraag 1 van 5" {
		t.Fatalf("session starts at %q, want Vraag 1 van 5", got)
	}
	tab.Press(t, "ArrowRight")
	tab.Press(t, "ArrowRight")
	if got := position(); got != "Vraag 3 van 5" {
		t.Errorf("after two arrows right: %q", got)
	}
	if id := browsertest.Eval[string](t, tab, `document.querySelector("[data-slide]").dataset.question`); id != "vraag-supervisie-intervisie-coaching" {
		t.Errorf("the third question is %q", id)
	}
	tab.Press(t, "ArrowLeft")
	if got := position(); got != "Vraag 2 van 5" {
		t.Errorf("after an arrow left: %q", got)
	}
	size := browsertest.Eval[float64](t, tab, `parseFloat(getComputedStyle(document.querySelector("[data-slide]")).fontSize)`)
	if size < 24 {
		t.Errorf("the session question is %.0f px; a room needs large type", size)
	}
	browsertest.Eval[bool](t, tab, `(document.querySelector("[data-timer]").value = "60", document.querySelector("[data-timer]").dispatchEvent(new Event("change")), true)`)
	if timer := browsertest.Eval[string](t, tab, `document.querySelector("[data-timer-display]").textContent`); timer != "1:00" {
		t.Errorf("timer shows %q, want 1:00", timer)
	}
	for _, v := range browsertest.Axe(t, tab) {
		t.Errorf("in session mode: %s", v)
	}
	screenshot(t, tab, "session-1280")
	tab.Press(t, "Escape")
	if browsertest.Eval[bool](t, tab, `document.querySelector("[data-session-dialog]").open`) {
		t.Error("Escape does not end the session")
	}
}

func TestBrowserFilters(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, demoSite(t))
	b := browsertest.NewBrowser(t)
	tab := b.Open(t, base+"friesland/kaarten/", browsertest.Desktop)
	visible := func(tab *browsertest.Tab) []string {
		return browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll(".question")].filter(q => !q.closest("[hidden]")).map(q => q.id)`)
	}
	if n := len(visible(tab)); n != 45 {
		t.Fatalf("unfiltered: %d questions, want 45", n)
	}
	browsertest.Eval[bool](t, tab, `(document.querySelector("select[name=thema]").value = "verklarende-analyse", document.querySelector("[data-filters]").dispatchEvent(new Event("change")), true)`)
	if n := len(visible(tab)); n != 8 {
		t.Errorf("theme filter: %d questions, want 8", n)
	}
	if status := browsertest.Eval[string](t, tab, `document.querySelector("[data-filter-status]").textContent`); status != "8 van 45 vragen" {
		t.Errorf("status %q", status)
	}
	for _, v := range browsertest.Axe(t, tab) {
		t.Errorf("filtered: %s", v)
	}
	// The filter is in the URL: a reload, or a shared link, shows the same.
	url := browsertest.Eval[string](t, tab, `location.href`)
	if !strings.Contains(url, "thema=verklarende-analyse") {
		t.Fatalf("the filter is not in the URL: %s", url)
	}
	again := b.Open(t, url, browsertest.Desktop)
	ids := visible(again)
	if len(ids) != 8 || browsertest.Eval[string](t, again, `document.querySelector("select[name=thema]").value`) != "verklarende-analyse" {
		t.Errorf("after a reload: %d questions visible", len(ids))
	}
	// Drawing a card stays within the filter.
	browsertest.Eval[bool](t, again, `(document.querySelector("[data-draw]").click(), true)`)
	drawn := browsertest.Eval[string](t, again, `document.querySelector("[data-drawn]").dataset.question`)
	if !slices.Contains(ids, drawn) {
		t.Errorf("drew %s, outside the filter %v", drawn, ids)
	}
	// A topic narrows to the themes that carry it.
	topic := b.Open(t, base+"friesland/kaarten/?onderwerp=regie", browsertest.Desktop)
	if n := len(visible(topic)); n != 18 {
		t.Errorf("topic regie: %d questions, want 18", n)
	}
	// And on a topic's page, a theme narrows the topic.
	page := b.Open(t, base+"onderwerpen/regie/?thema=friesland-2021-2024-samenwerking-tussen-professionals", browsertest.Desktop)
	if n := len(visible(page)); n != 9 {
		t.Errorf("topic page filtered by theme: %d questions, want 9", n)
	}
	for _, v := range browsertest.Axe(t, page) {
		t.Errorf("filtered topic page: %s", v)
	}
}

func TestBrowserPrivateNotes(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, demoSite(t))
	b := browsertest.NewBrowser(t)
	const question = "vraag-tijd-voor-vertrouwen"
	tab := b.Open(t, base+firstTheme, browsertest.Desktop)
	// The page's icon loads on the browser's own schedule, not the page's.
	requests := func() []string {
		return slices.DeleteFunc(tab.Requests(), func(r string) bool { return strings.HasSuffix(r, "/favicon.svg") })
	}
	before := len(requests())
	browsertest.Eval[bool](t, tab, `(document.querySelector("#`+question+` details.note summary").click(), document.getElementById("notitie-`+question+`").focus(), true)`)
	for _, key := range []string{"T", "i", "j", "d", "Space", "n", "e", "m", "e", "n"} {
		tab.Press(t, key)
	}
	if n := len(requests()) - before; n != 0 {
		t.Errorf("writing a note made %d requests: %v", n, requests()[before:])
	}
	for _, v := range browsertest.Axe(t, tab) {
		t.Errorf("with a note open: %s", v)
	}

	// The note survives a reload.
	again := b.Open(t, base+firstTheme, browsertest.Desktop)
	if got := browsertest.Eval[string](t, again, `document.getElementById("notitie-`+question+`").value`); got != "Tijd nemen" {
		t.Fatalf("after a reload the note is %q", got)
	}

	// The notes page lists it, exports it, deletes it and restores it.
	notes := b.Open(t, base+"notities/", browsertest.Desktop)
	records := func() []string {
		return browsertest.Eval[[]string](t, notes, `[...document.querySelectorAll(".note-record")].map(r => r.textContent)`)
	}
	if r := records(); len(r) != 1 || !strings.Contains(r[0], "Tijd nemen") || !strings.Contains(r[0], "vertrouwen") {
		t.Fatalf("notes page: %q", r)
	}
	for _, v := range browsertest.Axe(t, notes) {
		t.Errorf("notes page: %s", v)
	}
	md := browsertest.Eval[string](t, notes, `window.rodedraadNotes.exportMarkdown()`)
	// The note names its page from the site's root, so that the export
	// imports wherever the site is.
	for _, want := range []string{"# Reflectieverslag", "## Gelijkwaardige samenwerking met jeugdigen en gezinnen", "Tijd nemen", "```json rodedraad-notes",
		`"page":"` + firstTheme + "#" + question + `"`} {
		if !strings.Contains(md, want) {
			t.Errorf("the export lacks %q:\n%s", want, md)
		}
	}
	browsertest.Eval[bool](t, notes, `(window.confirm = () => true, document.querySelector("[data-delete-all]").click(), true)`)
	if r := records(); len(r) != 0 || browsertest.Eval[bool](t, notes, `localStorage.length > 0`) {
		t.Errorf("after 'delete all' there are still notes: %q", r)
	}
	if !browsertest.Eval[bool](t, notes, `window.rodedraadNotes.importText(`+strconv.Quote(md)+`)`) {
		t.Fatal("the export did not import")
	}
	if r := records(); len(r) != 1 || !strings.Contains(r[0], "Tijd nemen") {
		t.Errorf("after the import: %q", r)
	}
	restored := b.Open(t, base+firstTheme, browsertest.Desktop)
	if got := browsertest.Eval[string](t, restored, `document.getElementById("notitie-`+question+`").value`); got != "Tijd nemen" {
		t.Errorf("the imported note is not back at its question: %q", got)
	}
	for _, tb := range []*browsertest.Tab{tab, again, notes, restored} {
		if foreign := tb.ForeignRequests(base); len(foreign) > 0 {
			t.Errorf("requests to other origins: %v", foreign)
		}
	}
}

// A saved link to a question in a theme that got a new id leads to that
// question, over HTTP and from disk: the redirect keeps the anchor.
func TestBrowserRenamedThemeKeepsTheQuestionAnchor(t *testing.T) {
	browsertest.Require(t)
	out := draftSite(t)
	const anchor = "#vraag-rollen-in-de-keten"
	b := browsertest.NewBrowser(t)
	for _, base := range []string{browsertest.Serve(t, out), "file://" + out + "/"} {
		tab := b.Open(t, base+"friesland/2025-voorbeeld/integraal-samenwerken/index.html"+anchor, browsertest.Desktop)
		tab.WaitForURL(t, "friesland/2025-voorbeeld/samen-een-plan/index.html"+anchor)
		if target := browsertest.Eval[bool](t, tab, `document.querySelector(":target")?.id === "`+anchor[1:]+`"`); !target {
			t.Errorf("%s: the question is not the page's target", base)
		}
	}
}

// An import takes only notes that link to a page of this site, from disk,
// where no Content-Security-Policy would stop a javascript: link: the
// others are skipped and counted, and a note an older version stored
// with such a link is shown without it.
func TestBrowserNotesImportKeepsOnlyLinksOfThisSite(t *testing.T) {
	browsertest.Require(t)
	out := demoSite(t)
	root := "file://" + out + "/"
	b := browsertest.NewBrowser(t)
	notes := b.Open(t, root+"notities/index.html", browsertest.Desktop)

	note := func(page any) map[string]any {
		return map[string]any{"text": "Mijn notitie", "date": "2025-03-01", "question": "Een vraag", "theme": "Een thema", "page": page}
	}
	const pwn = "window.__pwned=true;void 0"
	offSite := []string{
		"javascript:" + pwn,
		"JavaScript:" + pwn,
		" javascript:" + pwn,
		"java\tscript:" + pwn,
		"//evil.example/",
		"https://evil.example/",
		"/\\evil.example/",
		"\\\\evil.example\\",
		"data:text/html,<script>" + pwn + "</script>",
		"file:///etc/passwd",
		"friesland/../../../../etc/passwd#vraag-x",
		firstTheme + "\x00#vraag-x",
		root + "../elders/index.html#vraag-x",
		"file://" + out + "-elders/" + firstTheme + "#vraag-x",
	}
	imported := map[string]any{
		"nieuw": note(firstTheme + "#vraag-tijd-voor-vertrouwen"),
		// The form an earlier version exported: the whole address.
		"eerder":           note(root + lastTheme + "index.html#vraag-eerder"),
		"tekst-geen-tekst": map[string]any{"text": 42, "date": "2025-03-01", "question": "Een vraag", "theme": "Een thema", "page": firstTheme + "#vraag-a"},
		"geen-notitie":     "javascript:" + pwn,
		"leeg":             nil,
	}
	for i, page := range offSite {
		imported[fmt.Sprintf("elders-%d", i)] = note(page)
	}
	data, err := json.Marshal(imported)
	if err != nil {
		t.Fatal(err)
	}
	md := "# Reflectieverslag\n\n```json rodedraad-notes\n" + string(data) + "\n```\n"
	if !browsertest.Eval[bool](t, notes, `window.rodedraadNotes.importText(`+strconv.Quote(md)+`)`) {
		t.Fatal("the export did not import")
	}
	status := browsertest.Eval[string](t, notes, `document.querySelector("[data-notes-status]").textContent`)
	want := fmt.Sprintf("2 notities teruggezet. %d overgeslagen: de link gaat niet naar een pagina van deze site. 3 overgeslagen: onvolledig of beschadigd.", len(offSite))
	if status != want {
		t.Errorf("status %q, want %q", status, want)
	}
	links := func(tab *browsertest.Tab) []string {
		return browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll(".notes-list a")].map(a => a.href)`)
	}
	wantLinks := []string{root + firstTheme + "index.html#vraag-tijd-voor-vertrouwen", root + lastTheme + "index.html#vraag-eerder"}
	if got := links(notes); !slices.Equal(got, wantLinks) {
		t.Errorf("links after the import:\n%q\nwant\n%q", got, wantLinks)
	}
	clickScriptLinks := `(async () => {
		for (const a of document.querySelectorAll("a")) if (a.protocol === "javascript:") a.click();
		await new Promise(done => setTimeout(done, 300));
		return window.__pwned === true;
	})()`
	if browsertest.Eval[bool](t, notes, clickScriptLinks) {
		t.Error("a link of an imported note ran script")
	}

	// A note that an older version stored with a javascript: link keeps
	// its text, without the link.
	browsertest.Eval[bool](t, notes, `(() => {
		const all = JSON.parse(localStorage.getItem("rodedraad-notes"));
		all["/oud#vraag-oud"] = {text: "Van vroeger", date: "2024-01-01", question: "Oude vraag", theme: "Oud thema", page: "javascript:`+pwn+`"};
		localStorage.setItem("rodedraad-notes", JSON.stringify(all));
		return true;
	})()`)
	again := b.Open(t, root+"notities/index.html", browsertest.Desktop)
	if got := links(again); !slices.Equal(got, wantLinks) {
		t.Errorf("links with a stored javascript: note:\n%q\nwant\n%q", got, wantLinks)
	}
	if r := browsertest.Eval[[]string](t, again, `[...document.querySelectorAll(".note-record")].map(r => r.textContent)`); len(r) != 3 || !slices.ContainsFunc(r, func(s string) bool { return strings.Contains(s, "Van vroeger") }) {
		t.Errorf("the notes page shows %q", r)
	}
	if browsertest.Eval[bool](t, again, clickScriptLinks) {
		t.Error("a stored note's link ran script")
	}

	// The imported note is back at its question.
	theme := b.Open(t, root+firstTheme+"index.html", browsertest.Desktop)
	if got := browsertest.Eval[string](t, theme, `document.getElementById("notitie-vraag-tijd-voor-vertrouwen").value`); got != "Mijn notitie" {
		t.Errorf("the imported note is not at its question: %q", got)
	}
	for _, tab := range []*browsertest.Tab{notes, again, theme} {
		if errs := tab.ScriptErrors(t); len(errs) > 0 {
			t.Errorf("script errors: %v", errs)
		}
	}
	for _, v := range browsertest.Axe(t, again) {
		t.Errorf("notes page: %s", v)
	}
}

// narrow is the smallest width WCAG 1.4.10 (reflow) asks a page to work
// at without scrolling sideways.
var narrow = browsertest.Viewport{Width: 320, Height: 640, Mobile: true}

// In the preview, every page of a draft starts with its Concept banner:
// a region with a heading, before the edition's notice, read first and
// reached first with the keyboard; at 320 px it still fits.
func TestBrowserDraftPreview(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, draftSite(t))
	b := browsertest.NewBrowser(t)
	for _, path := range []string{"friesland/2025-voorbeeld/", "friesland/2025-voorbeeld/wijzigingen/"} {
		for _, vp := range []browsertest.Viewport{browsertest.Desktop, narrow} {
			tab := b.Open(t, base+path, vp)
			type banner struct {
				Heading, Text, Region string
				First, Overflow       bool
				Width, Right          float64
			}
			got := browsertest.Eval[banner](t, tab, `(() => {
				const b = document.querySelector("main .draft-banner");
				if (!b) return {};
				const r = b.getBoundingClientRect();
				const notice = document.querySelector(".edition-banner--notice");
				return {
					Heading: b.querySelector("h2").textContent,
					Text: b.textContent.replace(/\s+/g, " ").trim(),
					Region: b.getAttribute("aria-labelledby") === b.querySelector("h2").id ? "region" : "",
					First: b === document.querySelector("main").firstElementChild && (!notice || (b.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0),
					Overflow: document.documentElement.scrollWidth > innerWidth,
					Width: innerWidth, Right: r.right,
				};
			})()`)
			if got.Heading != "Concept" || got.Region != "region" || !got.First {
				t.Errorf("/%s at %s: banner %+v; want a region headed Concept, first in main", path, vp, got)
			}
			if !strings.Contains(got.Text, "De editie 2025 (voorbeeld) is nog niet gepubliceerd.") || !strings.Contains(got.Text, "Naar de gepubliceerde editie (2021–2024)") {
				t.Errorf("/%s at %s: the banner says %q", path, vp, got.Text)
			}
			if got.Overflow || got.Right > got.Width {
				t.Errorf("/%s at %s: the page scrolls sideways, or the banner sticks out (%.0f of %.0f px)", path, vp, got.Right, got.Width)
			}
			for _, v := range browsertest.Axe(t, tab) {
				t.Errorf("/%s at %s: %s", path, vp, v)
			}
			screenshot(t, tab, "draft-"+strings.ReplaceAll(strings.Trim(path, "/"), "/", "-")+"-"+strconv.Itoa(vp.Width))
		}
	}

	// From the skip link, the next Tab is the banner's link to the
	// published edition, and Enter follows it.
	tab := b.Open(t, base+"friesland/2025-voorbeeld/wijzigingen/", narrow)
	tab.Press(t, "Tab")
	if el := tab.Focused(t); !strings.HasSuffix(el.Href, "#inhoud") {
		t.Fatalf("the first Tab reaches %s, not the skip link", el)
	}
	tab.Press(t, "Enter")
	tab.Press(t, "Tab")
	el := tab.Focused(t)
	if !strings.HasSuffix(el.Href, "friesland/index.html") || !strings.Contains(el.Text, "gepubliceerde editie") {
		t.Fatalf("after the skip link, Tab reaches %s, not the banner's link", el)
	}
	if outline := browsertest.Eval[string](t, tab, `getComputedStyle(document.activeElement).outlineStyle`); outline == "none" {
		t.Error("the banner's focused link shows no focus outline")
	}
	tab.Press(t, "Enter")
	tab.WaitForURL(t, "friesland/index.html")
	if n := browsertest.Eval[int](t, tab, `document.querySelectorAll(".draft-banner").length`); n != 0 {
		t.Error("the published edition has a Concept banner")
	}
}
