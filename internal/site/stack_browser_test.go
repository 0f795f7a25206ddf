package site

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
)

// stackRefs are the references of the questions on 'mijn stapel', in its
// order.
func stackRefs(t *testing.T, tab *browsertest.Tab) []string {
	t.Helper()
	tab.Until(t, `!document.querySelector("[data-stack-page]").hidden`)
	return browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll("[data-stack-list] .question")].map(q => q.dataset.ref)`)
}

// addToStack presses 'Op mijn stapel' at the question with the reference,
// and returns its theme's colour as the page shows it.
func addToStack(t *testing.T, tab *browsertest.Tab, ref string) {
	t.Helper()
	pressed := browsertest.Eval[string](t, tab, `(() => {
		const b = document.querySelector('[data-ref="`+ref+`"] .stack-toggle');
		b.click();
		return b.getAttribute("aria-pressed");
	})()`)
	if pressed != "true" {
		t.Fatalf("%s: after 'Op mijn stapel' the button is not pressed (%q)", ref, pressed)
	}
}

// A professional collects questions from a theme page, a cards page, a
// topic page and search results into 'mijn stapel'; it is still there after a reload, can be
// reordered, opens from its shared link in a fresh browser, gives a card
// and a shuffled session, and prints as cards: four to a sheet, backs
// mirrored for long-edge duplex.
func TestBrowserMyStack(t *testing.T) {
	browsertest.Require(t)
	pdftoppm := browsertest.Tool(t, "pdftoppm", "poppler-utils")
	pdfinfo := browsertest.Tool(t, "pdfinfo", "poppler-utils")
	base := browsertest.Serve(t, demoSite(t))
	b := browsertest.NewBrowser(t)
	tab := b.Open(t, base+firstTheme, browsertest.Desktop)
	first := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll(".question[data-ref]")].slice(0, 1).map(q => q.dataset.ref)`)
	addToStack(t, tab, first[0])
	names := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll(".stack-toggle")].map(b => b.textContent)`)
	if len(slices.Compact(slices.Sorted(slices.Values(names)))) != len(names) {
		t.Errorf("the 'Op mijn stapel' buttons share names: %q", names)
	}
	tab.Go(t, base+"friesland/2021-2024/verklarende-analyse/kaarten/")
	fromCards := browsertest.Eval[string](t, tab, `document.querySelector(".question[data-ref]").dataset.ref`)
	addToStack(t, tab, fromCards)
	tab.Go(t, base+"onderwerpen/werkdruk/")
	fromTopic := browsertest.Eval[string](t, tab, `document.querySelector(".question[data-ref]").dataset.ref`)
	addToStack(t, tab, fromTopic)
	if link := browsertest.Eval[string](t, tab, `document.querySelector("[data-stack-link]").textContent`); link != "Mijn stapel (3)" {
		t.Errorf("the link to the stack reads %q", link)
	}
	tab.Go(t, base+"zoeken/index.html?q=kwetsbaar")
	tab.Until(t, `document.querySelector(".search-result[data-ref] .stack-toggle")`)
	fromSearch := browsertest.Eval[string](t, tab, `[...document.querySelectorAll(".search-result[data-ref]")].map(r => r.dataset.ref).find(r => !`+"`"+first[0]+" "+fromCards+" "+fromTopic+"`"+`.includes(r))`)
	addToStack(t, tab, fromSearch)

	want := []string{first[0], fromCards, fromTopic, fromSearch}
	tab.Go(t, base+"stapel/")
	if got := stackRefs(t, tab); !slices.Equal(got, want) {
		t.Fatalf("mijn stapel holds %q, want %q", got, want)
	}
	for _, v := range browsertest.Axe(t, tab) {
		t.Errorf("mijn stapel: %s", v)
	}
	// The second question moves up; the order is kept.
	browsertest.Eval[bool](t, tab, `(document.querySelectorAll("[data-stack-list] [data-up]")[1].click(), true)`)
	want[0], want[1] = want[1], want[0]
	tab.Go(t, base+"stapel/")
	if got := stackRefs(t, tab); !slices.Equal(got, want) {
		t.Fatalf("after 'Omhoog' and a reload mijn stapel holds %q, want %q", got, want)
	}

	shared := browsertest.Eval[string](t, tab, `document.querySelector("[data-stack-url]").value`)
	if !strings.Contains(shared, "?vragen=") {
		t.Fatalf("the share link is %q", shared)
	}
	other := browsertest.NewBrowser(t).Open(t, shared+"&seed=4", browsertest.Phone)
	if got := stackRefs(t, other); !slices.Equal(got, want) {
		t.Errorf("the shared link opens %q in a fresh browser, want %q", got, want)
	}
	if browsertest.Eval[bool](t, other, `document.querySelector("[data-stack-shared]").hidden`) {
		t.Error("the shared deck does not say it is shared, or offer to keep it")
	}
	browsertest.Eval[bool](t, other, `(document.querySelector("[data-draw]").click(), true)`)
	other.Until(t, `document.querySelector("[data-draw-dialog]").open`)
	drawn := browsertest.Eval[string](t, other, `document.querySelector("[data-drawn]").dataset.question`)
	if !strings.HasPrefix(drawn, "stapel-") {
		t.Errorf("the drawn card is %q, not one of the stack", drawn)
	}
	for _, v := range browsertest.Axe(t, other) {
		t.Errorf("a card drawn from a shared stack: %s", v)
	}
	browsertest.Eval[bool](t, other, `(document.querySelector("[data-draw-dialog]").close(), document.querySelector("[data-shuffle]").click(), document.querySelector("[data-session]").click(), true)`)
	other.Until(t, `document.querySelector("[data-session-dialog]").open`)
	var order []string
	for range want {
		order = append(order, browsertest.Eval[string](t, other, `document.querySelector("[data-slide]").dataset.question`))
		other.Press(t, "ArrowRight")
	}
	if slices.Equal(order, stackIDs(want)) || !slices.Equal(slices.Sorted(slices.Values(order)), slices.Sorted(slices.Values(stackIDs(want)))) {
		t.Errorf("the shuffled session shows %q, of %q", order, stackIDs(want))
	}
	for _, v := range browsertest.Axe(t, other) {
		t.Errorf("a shuffled session of a shared stack: %s", v)
	}
	if foreign := tab.ForeignRequests(base); len(foreign) > 0 {
		t.Errorf("requests to other origins: %q", foreign)
	}

	// Printed: one sheet of fronts and one of backs, each card's back
	// where it falls when the sheet is turned over on its long edge; as A6
	// cards four to a sheet, and as A7 cards eight to a sheet.
	colours := browsertest.Eval[[]string](t, tab, `[...document.querySelectorAll("[data-stack-list] .question")].map(q => getComputedStyle(q).getPropertyValue("--theme").trim())`)
	checkPrintedCards(t, tab, pdfinfo, pdftoppm, "a6", 2, colours)
	browsertest.Eval[bool](t, tab, `(() => { const s = document.querySelector("[data-stack-size]"); s.value = "a7"; s.dispatchEvent(new Event("change")); return true; })()`)
	checkPrintedCards(t, tab, pdfinfo, pdftoppm, "a7", 4, colours)
}

// checkPrintedCards prints the stack page and checks, on the rendered
// pixels, that the first sheet has each card's band at its place, and the
// second its back's band at the mirrored place.
func checkPrintedCards(t *testing.T, tab *browsertest.Tab, pdfinfo, pdftoppm, size string, rows int, colours []string) {
	t.Helper()
	dir := t.TempDir()
	if shots := os.Getenv("RODEDRAAD_SCREENSHOTS"); shots != "" {
		dir = shots
	}
	pdf := filepath.Join(dir, "stapel-"+size+".pdf")
	if err := os.WriteFile(pdf, tab.PrintToPDF(t), 0o644); err != nil {
		t.Fatal(err)
	}
	info, err := exec.Command(pdfinfo, pdf).Output()
	if fields := strings.Join(strings.Fields(string(info)), " "); err != nil || !strings.Contains(fields, "Pages: 2 ") || !strings.Contains(fields, "(A4)") {
		t.Fatalf("%s: the printed stack is not two A4 sheets: %v\n%s", size, err, info)
	}
	prefix := filepath.Join(dir, "stapel-"+size)
	if out, err := exec.Command(pdftoppm, "-r", "30", "-png", pdf, prefix).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	for sheet := range 2 {
		img := readPNG(t, prefix+"-"+string(rune('1'+sheet))+".png")
		w, h := img.Bounds().Dx(), img.Bounds().Dy()
		for card := range colours {
			col, row := card%2, card/2
			if sheet == 1 {
				col = 1 - col // turned over on the long edge
			}
			// Near the card's right edge, where no text of the band reaches.
			got := img.At((col+1)*w/2-w/80, row*h/rows+h/(rows*25))
			if !near(got, colours[card]) {
				t.Errorf("%s, sheet %d: the band at column %d, row %d is %v, want card %d's colour %s", size, sheet+1, col+1, row+1, got, card+1, colours[card])
			}
		}
	}
}

// 'Mijn stapel' works from disk too: a question added on a theme page
// opened as a file is on the stack page, and the share link is the file's.
func TestBrowserMyStackFromDisk(t *testing.T) {
	browsertest.Require(t)
	dir := demoSite(t)
	tab := browsertest.NewBrowser(t).Open(t, "file://"+filepath.Join(dir, firstTheme, "index.html"), browsertest.Phone)
	ref := browsertest.Eval[string](t, tab, `document.querySelector(".question[data-ref]").dataset.ref`)
	addToStack(t, tab, ref)
	tab.Go(t, "file://"+filepath.Join(dir, "stapel", "index.html"))
	if got := stackRefs(t, tab); !slices.Equal(got, []string{ref}) {
		t.Errorf("from disk, mijn stapel holds %q, want %q", got, ref)
	}
	shared := browsertest.Eval[string](t, tab, `document.querySelector("[data-stack-url]").value`)
	if !strings.HasPrefix(shared, "file://") || !strings.HasSuffix(shared, "?vragen="+ref) {
		t.Errorf("from disk, the share link is %q", shared)
	}
	tab.Go(t, shared)
	if got := stackRefs(t, tab); !slices.Equal(got, []string{ref}) {
		t.Errorf("from disk, the share link opens %q, want %q", got, ref)
	}
}

// stackIDs are the element ids the stack page gives its questions.
func stackIDs(refs []string) []string {
	var ids []string
	for _, r := range refs {
		ids = append(ids, "stapel-"+strings.ReplaceAll(r, "/", "-"))
	}
	return ids
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// near reports whether c is the colour hex (#rrggbb), give or take what
// rendering and rasterising change.
func near(c color.Color, hex string) bool {
	var want [3]int
	for i := range want {
		var v int
		for _, ch := range hex[1+2*i : 3+2*i] {
			v = v*16 + strings.IndexRune("0123456789abcdef", ch)
		}
		want[i] = v
	}
	r, g, b, _ := c.RGBA()
	got := [3]int{int(r >> 8), int(g >> 8), int(b >> 8)}
	for i := range got {
		if d := got[i] - want[i]; d > 24 || d < -24 {
			return false
		}
	}
	return true
}
