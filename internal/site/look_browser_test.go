package site

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
)

// lookPages are the pages whose pictures people review when the look
// changes (RODEDRAAD_SCREENSHOTS), each with a name for its file.
var lookPages = []struct{ name, path string }{
	{"home", ""},
	{"edition", "friesland/"},
	{"theme", "friesland/2021-2024/verklarende-analyse/"},
	{"search", "zoeken/index.html?q=visueel"},
	{"cards", "friesland/2021-2024/verklarende-analyse/kaarten/"},
	{"notes", "notities/"},
}

// In the dark colour scheme every page keeps the contrast axe asks for, and
// really is dark: the scheme follows the reader's setting.
func TestBrowserDarkScheme(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, demoSite(t))
	b := browsertest.NewBrowser(t)
	for _, scheme := range []string{"light", "dark"} {
		for _, vp := range []browsertest.Viewport{browsertest.Phone, browsertest.Desktop} {
			tab := b.Open(t, "about:blank", vp)
			tab.EmulateFeature(t, "prefers-color-scheme", scheme)
			for _, p := range lookPages {
				tab.Go(t, base+p.path)
				if p.name == "search" {
					tab.Until(t, `document.querySelector(".search-results li")`)
				}
				screenshot(t, tab, fmt.Sprintf("%s-%d-%s", p.name, vp.Width, scheme))
				dark := browsertest.Eval[bool](t, tab, `(() => {
					const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
					return 0.2126 * r + 0.7152 * g + 0.0722 * b < 64;
				})()`)
				if dark != (scheme == "dark") {
					t.Errorf("/%s at %s in the %s scheme: the page's background is %s", p.path, vp, scheme, browsertest.Eval[string](t, tab, `getComputedStyle(document.body).backgroundColor`))
				}
				if scheme == "dark" {
					for _, v := range browsertest.Axe(t, tab) {
						t.Errorf("/%s at %s, dark: %s", p.path, vp, v)
					}
				}
			}
		}
	}

	// Every other kind of page keeps its contrast in the dark too: levels,
	// step plans, the marks and word changes of a new edition.
	sites := everyPageKind(t)
	for _, vp := range []browsertest.Viewport{browsertest.Phone, browsertest.Desktop} {
		tab := b.Open(t, "about:blank", vp)
		tab.EmulateFeature(t, "prefers-color-scheme", "dark")
		for _, site := range sites {
			for _, path := range site.paths {
				tab.Go(t, site.base+path)
				for _, v := range browsertest.Axe(t, tab) {
					t.Errorf("%s%s at %s, dark: %s", site.base, path, vp, v)
				}
			}
		}
	}
}

// Every tab stop of a theme page shows its focus, inside the window and
// not under anything: the theme's column used to stick to the top while
// taller than the window, and its links were focused out of sight.
func TestBrowserFocusVisibleAndNotObscured(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, demoSite(t))
	b := browsertest.NewBrowser(t)
	laptop := browsertest.Viewport{Width: 1366, Height: 657}
	phone := browsertest.Viewport{Width: 375, Height: 667, Mobile: true}
	type stop struct {
		Name, Problem string
		Body          bool
	}
	for _, vp := range []browsertest.Viewport{laptop, phone} {
		for _, path := range []string{firstTheme, "friesland/2021-2024/verklarende-analyse/"} {
			tab := b.Open(t, base+path, vp)
			seen := 0
			for range 300 {
				tab.Press(t, "Tab")
				// Scrolling to the focus is smooth: wait until it has stopped.
				s := browsertest.Eval[stop](t, tab, `(async () => {
					const frame = () => new Promise(r => requestAnimationFrame(r));
					for (let last = -1, same = 0; same < 3; ) {
						await frame();
						const y = scrollY + scrollX * 1e6;
						same = y === last ? same + 1 : 0;
						last = y;
					}
					const el = document.activeElement;
					if (!el || el === document.body) return {Body: true};
					const name = (el.getAttribute("aria-label") || el.textContent || el.name || el.tagName).trim().replace(/\s+/g, " ").slice(0, 50);
					const r = el.getBoundingClientRect();
					const style = getComputedStyle(el);
					let problem = "";
					if (style.outlineStyle === "none" && style.boxShadow === "none") problem = "shows no focus";
					else if (r.top < -1 || r.bottom > innerHeight + 1 || r.left < -1 || r.right > innerWidth + 1) problem = "is outside the window (" + Math.round(r.top) + " to " + Math.round(r.bottom) + " px of " + innerHeight + ")";
					else {
						const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
						if (hit && hit !== el && !el.contains(hit) && !hit.contains(el)) problem = "is covered by " + hit.tagName.toLowerCase() + "." + hit.className;
					}
					return {Name: name, Problem: problem};
				})()`)
				if s.Body {
					if seen > 0 {
						break
					}
					continue
				}
				seen++
				if s.Problem != "" {
					t.Errorf("/%s at %s: tab stop %d %q %s", path, vp, seen, s.Name, s.Problem)
				}
			}
			if seen < 20 {
				t.Errorf("/%s at %s: only %d tab stops; the test did not get through the page", path, vp, seen)
			}
		}
	}
}

// Buttons, fields and menus are at the text's size (browsers default to
// 13 px), the header's search box shows its whole placeholder, the button
// that deletes all notes looks like neither other kind, and in forced
// colours the draw dialog keeps an edge.
func TestBrowserControlsAtTextSize(t *testing.T) {
	browsertest.Require(t)
	base := browsertest.Serve(t, demoSite(t))
	b := browsertest.NewBrowser(t)
	for _, vp := range []browsertest.Viewport{browsertest.Phone, browsertest.Desktop} {
		tab := b.Open(t, "about:blank", vp)
		for _, path := range []string{firstTheme, "friesland/2021-2024/verklarende-analyse/kaarten/", "zoeken/", "notities/", "onderwerpen/regie/"} {
			tab.Go(t, base+path)
			small := browsertest.Eval[[]string](t, tab, `(() => {
				const body = getComputedStyle(document.body).fontSize;
				return [...document.querySelectorAll("button, select, input:not([type=file]), textarea")]
					.filter(el => !el.closest(".visually-hidden") && getComputedStyle(el).fontSize !== body)
					.map(el => el.tagName.toLowerCase() + " " + (el.textContent || el.name || el.id).trim().slice(0, 30) + ": " + getComputedStyle(el).fontSize + " against " + body);
			})()`)
			for _, s := range small {
				t.Errorf("/%s at %s: %s", path, vp, s)
			}
			if path == firstTheme {
				cut := browsertest.Eval[string](t, tab, `(() => {
					const input = document.querySelector("#site-zoekterm");
					const style = getComputedStyle(input);
					const ctx = document.createElement("canvas").getContext("2d");
					// An input's font shorthand reads empty; canvas would fall back to 10 px.
					ctx.font = [style.fontStyle, style.fontWeight, style.fontSize, style.fontFamily].join(" ");
					const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
					const need = ctx.measureText(input.placeholder).width;
					return need > room ? "needs " + Math.ceil(need) + " px and has " + Math.floor(room) : "";
				})()`)
				if cut != "" {
					t.Errorf("at %s the header's search box cuts its placeholder off: it %s", vp, cut)
				}
			}
		}
	}

	tab := b.Open(t, base+"notities/", browsertest.Desktop)
	type look struct{ Background, Colour, Border string }
	looks := browsertest.Eval[map[string]look](t, tab, `(() => {
		const out = {};
		for (const [kind, cls] of [["secondary", "button"], ["primary", "button button--primary"], ["danger", "button button--danger"]]) {
			const b = document.createElement("button");
			b.className = cls;
			document.body.append(b);
			const s = getComputedStyle(b);
			out[kind] = {Background: s.backgroundColor, Colour: s.color, Border: s.borderTopColor};
			b.remove();
		}
		const real = getComputedStyle(document.querySelector("[data-delete-all]"));
		out.deleteAll = {Background: real.backgroundColor, Colour: real.color, Border: real.borderTopColor};
		return out;
	})()`)
	if looks["deleteAll"] != looks["danger"] {
		t.Errorf("the button that deletes all notes is not a danger button: %+v, want %+v", looks["deleteAll"], looks["danger"])
	}
	for _, other := range []string{"primary", "secondary"} {
		if looks["danger"].Background == looks[other].Background || looks["danger"].Border == looks[other].Border {
			t.Errorf("the danger button looks like the %s one: %+v and %+v", other, looks["danger"], looks[other])
		}
	}
	if looks["primary"].Background == looks["secondary"].Background {
		t.Errorf("primary and secondary buttons have the same background %s", looks["primary"].Background)
	}

	forced := b.Open(t, "about:blank", browsertest.Desktop)
	forced.EmulateFeature(t, "forced-colors", "active")
	forced.Go(t, base+firstTheme)
	forced.Until(t, `!document.querySelector("[data-session-tools]").hidden`)
	browsertest.Eval[bool](t, forced, `(document.querySelector("[data-draw]").click(), true)`)
	forced.Until(t, `document.querySelector("[data-draw-dialog]").open`)
	if edge := browsertest.Eval[string](t, forced, `(() => { const s = getComputedStyle(document.querySelector("[data-draw-dialog]")); return s.borderTopStyle + " " + s.borderTopWidth; })()`); edge == "none 0px" || strings.HasPrefix(edge, "none") || strings.HasSuffix(edge, " 0px") {
		t.Errorf("in forced colours the draw dialog has no edge: border %s", edge)
	}
}

// On a phone the first screen shows the page's heading: the header and a
// draft's notices once pushed it to 690 px of 667.
func TestBrowserFirstPhoneScreenShowsTheHeading(t *testing.T) {
	browsertest.Require(t)
	b := browsertest.NewBrowser(t)
	phone := browsertest.Viewport{Width: 375, Height: 667, Mobile: true}
	demo, drafts, older := browsertest.Serve(t, demoSite(t)), browsertest.Serve(t, draftSite(t)), browsertest.Serve(t, revised.build(t))
	for _, url := range []string{
		demo + firstTheme,
		demo + "friesland/",
		demo + "haaglanden-samenwerkingsprincipes/editie-1/barrieres-doorbreken/",
		demo + "fy/" + firstTheme,
		drafts + "friesland/2025-voorbeeld/samen-een-plan/",
		drafts + "friesland/2025-voorbeeld/",
		older + "demo/2024/luisteren/",
	} {
		tab := b.Open(t, url, phone)
		if bottom := browsertest.Eval[float64](t, tab, `document.querySelector("h1").getBoundingClientRect().bottom`); bottom > float64(phone.Height) {
			t.Errorf("%s at %s: the heading ends at %.0f px, below the first screen", url, phone, bottom)
		}
	}
}

// On a phone the page is drawn as it stays: the header does not shrink
// when the deferred script has run. It did, when the script folded the
// menu, and Lighthouse counted the long theme page's content moving up as a
// layout shift of 0.1. The page served without its script is the page as
// first drawn.
func TestBrowserPhoneHeaderDrawnAsItStays(t *testing.T) {
	browsertest.Require(t)
	dir := demoSite(t)
	files := http.FileServer(http.Dir(dir))
	withheld := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".js") {
			http.Error(w, "not yet", http.StatusServiceUnavailable)
			return
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(withheld.Close)
	full := browsertest.Serve(t, dir)
	b := browsertest.NewBrowser(t)
	const header = `document.querySelector(".site-header").getBoundingClientRect().height`
	for _, path := range []string{"", firstTheme, "friesland/"} {
		first := browsertest.Eval[float64](t, b.Open(t, withheld.URL+"/"+path, browsertest.Phone), header)
		tab := b.Open(t, full+path, browsertest.Phone)
		after := browsertest.Eval[float64](t, tab, header)
		if first != after {
			t.Errorf("/%s at %s: the header is %.0f px high as first drawn and %.0f px once the script has run", path, browsertest.Phone, first, after)
		}
		// Folded, the menu opens with its button.
		const navShown = `document.querySelector(".site-nav").getClientRects().length > 0`
		if browsertest.Eval[bool](t, tab, navShown) {
			t.Errorf("/%s at %s: the menu is open before its button is pressed", path, browsertest.Phone)
		}
		browsertest.Eval[bool](t, tab, `document.querySelector("[data-menu-button]").click(), true`)
		if !browsertest.Eval[bool](t, tab, navShown) || browsertest.Eval[string](t, tab, `document.querySelector("[data-menu-button]").getAttribute("aria-expanded")`) != "true" {
			t.Errorf("/%s at %s: the menu button does not open the menu", path, browsertest.Phone)
		}
	}
	// On a wide screen there is no menu button: the menu is in the header.
	tab := b.Open(t, full+firstTheme, browsertest.Desktop)
	if browsertest.Eval[bool](t, tab, `document.querySelector("[data-menu-button]").getClientRects().length > 0 || document.querySelector(".site-nav").getClientRects().length == 0`) {
		t.Errorf("/%s at %s: a menu button, or no menu", firstTheme, browsertest.Desktop)
	}
}

// No heading is smaller than the text, and a level-2 heading is 24 px or
// more, on a phone as on a wide screen: 'Toelichting' was 16 px under 17
// px text.
func TestBrowserTypeScale(t *testing.T) {
	browsertest.Require(t)
	b := browsertest.NewBrowser(t)
	sites := everyPageKind(t)
	for _, vp := range []browsertest.Viewport{browsertest.Phone, browsertest.Desktop} {
		tab := b.Open(t, "about:blank", vp)
		for _, site := range sites {
			for _, path := range site.paths {
				tab.Go(t, site.base+path)
				small := browsertest.Eval[[]string](t, tab, `(() => {
					const body = parseFloat(getComputedStyle(document.body).fontSize);
					return [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
						.filter(h => !h.closest(".visually-hidden") && !h.classList.contains("visually-hidden"))
						.filter(h => {
							const size = parseFloat(getComputedStyle(h).fontSize);
							return size < body || (h.tagName === "H2" && size < 24);
						})
						.map(h => h.tagName.toLowerCase() + " '" + h.textContent.trim().slice(0, 40) + "' at " + getComputedStyle(h).fontSize + " under " + body + "px text");
				})()`)
				for _, s := range small {
					t.Errorf("/%s at %s: %s", path, vp, s)
				}
			}
		}
	}
}
