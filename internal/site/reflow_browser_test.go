package site

import (
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
)

// Narrowest is the width WCAG 1.4.10 (reflow) asks pages to work at without
// scrolling sideways: 1280 CSS pixels at 400% zoom.
var narrowest = browsertest.Viewport{Width: 320, Height: 640, Mobile: true}

// textSpacing is WCAG 1.4.12's test: a reader's style sheet that sets
// these four and must lose no content.
const textSpacing = `(() => {
	const s = document.createElement("style");
	s.textContent = "* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; } p { margin-bottom: 2em !important; }";
	document.head.append(s);
	return true;
})()`

// overflowing names the page's widest elements that reach beyond the window
// or are cut off inside a box that hides its overflow, at most five; empty
// when the page fits. Code blocks scroll on their own by design and are
// left out, as is what screen readers alone get (.visually-hidden).
const overflowing = `(() => {
	const width = document.documentElement.clientWidth;
	const out = [];
	const name = el => el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "");
	for (const el of document.body.querySelectorAll("*")) {
		if (el.closest("pre, .visually-hidden, dialog:not([open]), [hidden]")) continue;
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) continue;
		if (r.right > width + 1) {
			out.push(name(el) + " reaches " + Math.round(r.right) + " px");
		} else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "hidden") {
			out.push(name(el) + " cuts off " + (el.scrollWidth - el.clientWidth) + " px");
		}
		if (out.length === 5) break;
	}
	if (document.documentElement.scrollWidth > width) out.unshift("the page is " + document.documentElement.scrollWidth + " px wide");
	return out;
})()`

// builtPages lists every page of a built site as a path below its root,
// leaving out the redirects that keep old addresses working.
func builtPages(t *testing.T, dir string) []string {
	t.Helper()
	pages, err := pagesIn(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 100 {
		t.Fatalf("found %d pages in %s; the demo has far more", len(pages), dir)
	}
	return pages
}

// Every page at 320 px, as is and with WCAG's text spacing, fits the
// window: a filter whose select was as wide as its longest option, the
// colophon's two columns and the Frisian 'next' button once did not.
func TestBrowserReflowAt320(t *testing.T) {
	browsertest.Require(t)
	dir := demoSite(t)
	base := browsertest.Serve(t, dir)
	drafts := browsertest.Serve(t, draftSite(t))
	tab := browsertest.NewBrowser(t).Open(t, base, narrowest)
	check := func(url, label string) {
		for _, spaced := range []bool{false, true} {
			tab.Go(t, url)
			how := "at 320 px"
			if spaced {
				browsertest.Eval[bool](t, tab, textSpacing)
				how += " with WCAG text spacing"
			}
			if out := browsertest.Eval[[]string](t, tab, overflowing); len(out) > 0 {
				t.Errorf("/%s %s: %s", label, how, strings.Join(out, "; "))
			}
		}
	}
	for _, page := range builtPages(t, dir) {
		check(base+page, page)
	}
	for _, page := range draftPageTypes {
		check(drafts+page, page)
	}
}
