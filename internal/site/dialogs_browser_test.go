package site

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
)

// What a screen reader is told about the draw dialog, session mode and the
// controls of a theme page, read from Chromium's accessibility tree rather
// than from the markup.

// squash leaves the whitespace out of s: the accessibility tree splits a
// question into text nodes at its emphasis, and where the spaces between
// them fall is no part of what is read.
func squash(s string) string { return strings.Join(strings.Fields(s), "") }

// dialog is the open modal dialog named name; while it is open it is all of
// the page that a screen reader reaches.
func dialog(t *testing.T, tab *browsertest.Tab, name string) *browsertest.AXNode {
	t.Helper()
	found := tab.AXTree(t).Find(func(n *browsertest.AXNode) bool { return n.Role == "dialog" && n.Name == name })
	if len(found) != 1 {
		t.Fatalf("%d open dialogs named %q in the accessibility tree, want 1", len(found), name)
	}
	return found[0]
}

// announced is the text of each live region under n that speaks up
// (polite or assertive): what a screen reader reads out when it changes.
func announced(n *browsertest.AXNode) []string {
	var texts []string
	for _, r := range n.Find(func(n *browsertest.AXNode) bool { return n.Live == "polite" || n.Live == "assertive" }) {
		texts = append(texts, r.Text())
	}
	return texts
}

// questionText is the text of the question with the id, as the page shows
// it in its list.
func questionText(t *testing.T, tab *browsertest.Tab, id string) string {
	t.Helper()
	return browsertest.Eval[string](t, tab, `document.getElementById(`+strconv.Quote(id)+`).querySelector(".question__text").textContent`)
}

// A drawn card is the dialog's description, so that it is read out with
// the dialog; 'Another card' keeps the focus, to be pressed again, and the
// new card is announced.
func TestBrowserDrawnCardIsAnnounced(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, demoSite(t))
	tab := browsertest.NewBrowser(t).Open(t, base+lastTheme, browsertest.Desktop)
	browsertest.Eval[bool](t, tab, `(document.querySelector("[data-draw]").focus(), true)`)
	tab.Press(t, "Enter")
	tab.Until(t, `document.querySelector("[data-draw-dialog]").open`)
	drawn := func() string {
		return questionText(t, tab, browsertest.Eval[string](t, tab, `document.querySelector("[data-drawn]").dataset.question`))
	}

	first := drawn()
	d := dialog(t, tab, "Jouw kaart")
	if !strings.Contains(squash(d.Description), squash(first)) {
		t.Errorf("the dialog's description is %q; want the drawn card, %q", d.Description, first)
	}
	if el := tab.Focused(t); el.Text != "Nog een kaart" {
		t.Fatalf("the dialog opens with the focus on %s, want 'Nog een kaart'", el)
	}

	tab.Press(t, "Enter")
	second := drawn()
	if second == first {
		t.Fatalf("'Nog een kaart' drew the same card: %q", first)
	}
	if el := tab.Focused(t); el.Text != "Nog een kaart" {
		t.Errorf("after 'Nog een kaart' the focus is on %s; it must stay, so that the button can be pressed again", el)
	}
	d = dialog(t, tab, "Jouw kaart")
	// The card is read with its sub-questions, if it has any.
	if texts := announced(d); !slices.ContainsFunc(texts, func(s string) bool { return strings.HasPrefix(squash(s), squash(second)) }) {
		t.Errorf("the new card %q is in no live region of the dialog; they hold %q", second, texts)
	}
	if !strings.Contains(squash(d.Description), squash(second)) {
		t.Errorf("after 'Nog een kaart' the dialog's description is %q, want %q", d.Description, second)
	}
	for _, v := range browsertest.Axe(t, tab) {
		t.Errorf("with a drawn card: %s", v)
	}
}

// In session mode the question is announced as it changes, with its place;
// the timer is silent while it counts, and says once that the time is up.
func TestBrowserSessionAnnouncesTheQuestionAndTheTime(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, demoSite(t))
	tab := browsertest.NewBrowser(t).Open(t, base+lastTheme, browsertest.Desktop)
	ids := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll(".question[id]")].map(q => q.id)`)
	browsertest.Eval[bool](t, tab, `(document.querySelector("[data-session]").focus(), true)`)
	tab.Press(t, "Enter")
	tab.Until(t, `document.querySelector("[data-session-dialog]").open`)

	theme := browsertest.Eval[string](t, tab, `document.querySelector("h1").textContent`)
	d := dialog(t, tab, "Sessie")
	if want := "Vraag 1 van 5" + theme + questionText(t, tab, ids[0]); !strings.Contains(squash(d.Description), squash(want)) {
		t.Errorf("the session's description is %q, want the first question with its place, %q", d.Description, want)
	}
	for i, key := range []string{"ArrowRight", "ArrowRight", "ArrowLeft"} {
		tab.Press(t, key)
		n := []int{1, 2, 1}[i]
		want := fmt.Sprintf("Vraag %d van 5", n+1) + theme + questionText(t, tab, ids[n])
		if texts := announced(dialog(t, tab, "Sessie")); !slices.ContainsFunc(texts, func(s string) bool { return squash(s) == squash(want) }) {
			t.Errorf("after %s no live region holds %q; they hold %q", key, want, texts)
		}
	}

	// The page's clock is the test's: the timer's one-second tick runs
	// when the test calls it, so the minute takes no time.
	browsertest.Eval[bool](t, tab, `(window.setInterval = tick => (window.tickTimer = tick, 1), true)`)
	browsertest.Eval[bool](t, tab, `(document.querySelector("[data-timer]").value = "60", document.querySelector("[data-timer]").dispatchEvent(new Event("change")), true)`)
	timeUp := func() bool {
		return slices.Contains(announced(dialog(t, tab, "Sessie")), "De tijd is om.")
	}
	browsertest.Eval[bool](t, tab, `(() => { for (let i = 0; i < 59; i++) window.tickTimer(); return true; })()`)
	if display := browsertest.Eval[string](t, tab, `document.querySelector("[data-timer-display]").textContent`); display != "0:01" {
		t.Fatalf("after 59 seconds the timer shows %q, want 0:01", display)
	}
	texts := announced(dialog(t, tab, "Sessie"))
	if timeUp() {
		t.Errorf("with a second to go a live region already says the time is up: %q", texts)
	}
	if slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, "0:01") }) {
		t.Errorf("the timer's seconds are in a live region, and would be read out every second: %q", texts)
	}
	browsertest.Eval[bool](t, tab, `(window.tickTimer(), true)`)
	if !timeUp() {
		t.Errorf("at 0:00 no live region says 'De tijd is om.'; they hold %q", announced(dialog(t, tab, "Sessie")))
	}
	for _, v := range browsertest.Axe(t, tab) {
		t.Errorf("in session mode, time up: %s", v)
	}

	// The next question starts the time again, and the message goes.
	tab.Press(t, "ArrowRight")
	if timeUp() {
		t.Error("the next question still says the time is up")
	}
}

// Session mode for a room, on a topic page whose questions come from
// several themes and factsheets: it can shuffle, each slide names its
// theme in the theme's colour, and the focus is on the question. Topic
// pages had neither draw nor session.
func TestBrowserSessionForARoom(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, demoSite(t))
	tab := browsertest.NewBrowser(t).Open(t, base+"onderwerpen/reflectie/?seed=3", browsertest.Desktop)
	inPageOrder := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll(".question[id]")].map(q => q.id)`)
	if len(inPageOrder) < 3 {
		t.Fatalf("the topic page has %d questions for the session: %v", len(inPageOrder), inPageOrder)
	}
	if !browsertest.Eval[bool](t, tab, `!document.querySelector("[data-session-tools]").hidden`) {
		t.Fatal("the topic page shows no 'Trek een kaart' or 'Start een sessie'")
	}
	browsertest.Eval[bool](t, tab, `(document.querySelector("[data-draw]").click(), true)`)
	tab.Until(t, `document.querySelector("[data-draw-dialog]").open && document.querySelector("[data-drawn]").dataset.question`)
	browsertest.Eval[bool](t, tab, `(document.querySelector("[data-draw-dialog]").close(), true)`)

	browsertest.Eval[bool](t, tab, `(document.querySelector("[data-shuffle]").click(), document.querySelector("[data-session]").click(), true)`)
	tab.Until(t, `document.querySelector("[data-session-dialog]").open`)
	if el := tab.Focused(t); !browsertest.Eval[bool](t, tab, `document.activeElement.matches("[data-slide]")`) {
		t.Errorf("the session opens with the focus on %s, want the question", el)
	}
	var order []string
	for i := range inPageOrder {
		if i > 0 {
			tab.Press(t, "ArrowRight")
		}
		slide := browsertest.Eval[map[string]string](t, tab, `(() => {
			const id = document.querySelector("[data-slide]").dataset.question;
			const chip = document.querySelector("[data-slide-theme]");
			const home = document.getElementById(id).closest("[data-theme-name]");
			const probe = document.createElement("span");
			probe.style.color = "var(--theme)";
			home.appendChild(probe);
			const colour = getComputedStyle(probe).color;
			probe.remove();
			return {id, name: chip.textContent, want: home.dataset.themeName, background: getComputedStyle(chip).backgroundColor, colour};
		})()`)
		order = append(order, slide["id"])
		if slide["name"] != slide["want"] || slide["background"] != slide["colour"] {
			t.Errorf("slide %d (%s): the theme reads %q on %s, want %q on its colour %s", i+1, slide["id"], slide["name"], slide["background"], slide["want"], slide["colour"])
		}
		if texts := announced(dialog(t, tab, "Sessie")); !slices.ContainsFunc(texts, func(s string) bool {
			return strings.Contains(squash(s), squash(slide["want"]+questionText(t, tab, slide["id"])))
		}) {
			t.Errorf("slide %d: the theme and question are in no live region; they hold %q", i+1, texts)
		}
	}
	sorted := slices.Clone(order)
	slices.Sort(sorted)
	want := slices.Clone(inPageOrder)
	slices.Sort(want)
	if !slices.Equal(sorted, want) {
		t.Errorf("the shuffled session shows %v, not each question once of %v", order, inPageOrder)
	}
	if slices.Equal(order, inPageOrder) {
		t.Errorf("with 'Schud de volgorde' the session is in page order: %v", order)
	}
	for _, v := range browsertest.Axe(t, tab) {
		t.Errorf("a shuffled session on a topic page: %s", v)
	}
}

// formRoles are the roles of the controls a reader operates: buttons
// (also links that act as one), disclosures (summary) and form fields.
var formRoles = []string{"button", "DisclosureTriangle", "textbox", "searchbox", "combobox", "listbox", "checkbox", "radio", "spinbutton", "slider", "switch"}

// pagesWithRepeatedControls are the pages of a build where controls come
// once per item: the theme pages, and any other page with a link to each
// of its questions.
func pagesWithRepeatedControls(t *testing.T, dir string) []string {
	t.Helper()
	var pages []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "index.html" {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if s := string(b); strings.Contains(s, `<body class="layout-theme"`) || strings.Contains(s, "data-copy-link") {
			rel, _ := filepath.Rel(dir, filepath.Dir(path))
			pages = append(pages, filepath.ToSlash(rel)+"/")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

// namesOfFirstItems are some of the names the controls must have: the
// number of the question, the step or the example, in each language, with
// the visible text ('Notitie') at the start, where WCAG 2.5.3 (label in
// name) wants it.
var namesOfFirstItems = map[string][]string{
	firstTheme: {
		`button "Link naar vraag 1"`,
		`DisclosureTriangle "Notitie bij vraag 1"`,
		`textbox "Jouw notitie bij vraag 1, alleen bewaard in deze browser"`,
		`button "Link naar voorbeeld 1"`,
	},
	"en/" + firstTheme: {
		`button "Link to question 1"`,
		`DisclosureTriangle "Note on question 1"`,
		`textbox "Your note on question 1, kept in this browser only"`,
		`button "Link to example 1"`,
	},
	"fy/" + firstTheme: {
		`button "Keppeling nei fraach 1"`,
		`DisclosureTriangle "Notysje by fraach 1"`,
		`textbox "Dyn notysje by fraach 1, allinne bewarre yn dizze browser"`,
		`button "Keppeling nei foarbyld 1"`,
	},
	"haaglanden-samenwerkingsprincipes/editie-1/barrieres-doorbreken/": {`button "Link naar vraag 1 bij stap 1"`},
}

// Every button, disclosure and field of a theme page has a name of its own,
// with every note open: eight buttons 'Link naar deze vraag' leave a
// screen reader's list of buttons unusable.
func TestBrowserControlsHaveDistinctNames(t *testing.T) {
	browsertest.Require(t)
	out := demoSite(t)
	base := browsertest.Serve(t, out)
	pages := pagesWithRepeatedControls(t, out)
	perLanguage := map[string]int{}
	for _, p := range pages {
		lang, _, _ := strings.Cut(p, "/")
		if lang != "en" && lang != "fy" {
			lang = "nl"
		}
		perLanguage[lang]++
	}
	if perLanguage["nl"] == 0 || perLanguage["en"] == 0 || perLanguage["fy"] == 0 {
		t.Fatalf("theme pages per language: %v; want some in nl, en and fy", perLanguage)
	}
	for path := range namesOfFirstItems {
		if !slices.Contains(pages, path) {
			t.Fatalf("/%s is not among the pages checked: %q", path, pages)
		}
	}
	// One tab goes from page to page: a new tab for each would take longer
	// than the page.
	tab := browsertest.NewBrowser(t).Open(t, "about:blank", browsertest.Desktop)
	for _, path := range pages {
		browsertest.Eval[bool](t, tab, `(location.href = `+strconv.Quote(base+path)+`, true)`)
		tab.WaitForURL(t, base+path)
		browsertest.Eval[bool](t, tab, `(document.querySelectorAll("details").forEach(d => d.open = true), true)`)
		count := map[string]int{}
		var names []string
		for _, n := range tab.AXTree(t).Find(func(n *browsertest.AXNode) bool { return slices.Contains(formRoles, n.Role) }) {
			key := fmt.Sprintf("%s %q", n.Role, n.Name)
			if count[key] == 0 {
				names = append(names, key)
			}
			count[key]++
		}
		var same []string
		for _, key := range names {
			if count[key] > 1 {
				same = append(same, fmt.Sprintf("%d× %s", count[key], key))
			}
		}
		if len(same) > 0 {
			t.Errorf("/%s: controls that share a name:\n\t%s", path, strings.Join(same, "\n\t"))
		}
		if missing := slices.DeleteFunc(slices.Clone(namesOfFirstItems[path]), func(want string) bool { return count[want] > 0 }); len(missing) > 0 {
			t.Errorf("/%s lacks\n\t%s\namong its controls\n\t%s", path, strings.Join(missing, "\n\t"), strings.Join(names, "\n\t"))
		}
	}
}
