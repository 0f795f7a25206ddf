package site

import (
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
)

// strictPolicy allows nothing but the site's own files: no inline script
// or style, no other origins, no eval.
const strictPolicy = "default-src 'self'"

func TestBrowserWorksUnderAStrictContentSecurityPolicy(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.ServeWithHeaders(t, demoSite(t), map[string]string{"Content-Security-Policy": strictPolicy})
	b := browsertest.NewBrowser(t)
	for _, path := range append(pageTypes, "zoeken/?q=regie", "notities/", "friesland/kaarten/") {
		tab := b.Open(t, base+path, browsertest.Desktop)
		for _, v := range tab.CSPViolations(t) {
			t.Errorf("/%s: %s", path, v)
		}
	}
	// The scripts run: search finds, a card is drawn, and theme colours
	// come from the stylesheet, not from style attributes.
	search := b.Open(t, base+"zoeken/?q=regie", browsertest.Desktop)
	if n := browsertest.Eval[int](t, search, `document.querySelectorAll("#zoekresultaten a").length`); n == 0 {
		t.Error("search found nothing under the policy")
	}
	if colour := browsertest.Eval[string](t, search, `getComputedStyle(document.querySelector(".search-result")).borderLeftColor`); colour == "" || strings.Contains(colour, "0, 0, 0") {
		t.Errorf("search results have no theme colour: %q", colour)
	}
	theme := b.Open(t, base+firstTheme, browsertest.Desktop)
	browsertest.Eval[bool](t, theme, `(document.querySelector("[data-draw]").click(), true)`)
	if drawn := browsertest.Eval[string](t, theme, `(document.querySelector("[data-drawn]") || {dataset: {}}).dataset.question || ""`); drawn == "" {
		t.Error("drawing a card did nothing under the policy")
	}
	if bg := browsertest.Eval[string](t, theme, `getComputedStyle(document.querySelector(".theme-col--finding")).backgroundColor`); bg != "rgb(164, 38, 44)" {
		t.Errorf("the theme card's colour: %s, want the theme's rgb(164, 38, 44)", bg)
	}
	for _, v := range theme.CSPViolations(t) {
		t.Errorf("after drawing a card: %s", v)
	}
}
