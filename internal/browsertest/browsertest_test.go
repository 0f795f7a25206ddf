package browsertest

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// foreignImage is in TEST-NET-3 (RFC 5737), which no host answers for: were
// the request ever sent, the page would wait on it until it timed out.
const foreignImage = "http://203.0.113.1/x.png"

const goodPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Water quality factsheet</title>
</head>
<body>
<a id="skip" href="#main">Skip to the content</a>
<main id="main" tabindex="-1">
<h1>Water quality</h1>
<p>Read the <a id="report" href="report.html">full report</a>.</p>
<img id="dot" src="dot.png" alt="A red dot" width="20" height="20">
<img id="far" src="` + foreignImage + `" alt="A picture from elsewhere" width="20" height="20">
<p style="margin-top: 1500px">The end.</p>
</main>
</body>
</html>
`

// badPage breaks one WCAG rule on purpose: an image with no text alternative.
const badPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Broken</title></head>
<body><main><h1>Broken</h1><img src="dot.png"></main></body>
</html>
`

// site writes the test pages to a new directory.
func site(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	img := image.NewRGBA(image.Rect(0, 0, 20, 20))
	for i := range img.Pix {
		if i%4 == 0 || i%4 == 3 {
			img.Pix[i] = 0xff // opaque red
		}
	}
	var dot bytes.Buffer
	if err := png.Encode(&dot, img); err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string][]byte{
		"index.html":  []byte(goodPage),
		"broken.html": []byte(badPage),
		"report.html": []byte(strings.Replace(goodPage, "<h1>Water quality</h1>", "<h1>Report</h1>", 1)),
		"dot.png":     dot.Bytes(),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBrowser(t *testing.T) {
	dir := site(t)
	b := NewBrowser(t)
	base := Serve(t, dir)

	t.Run("ForeignRequestIsRecordedAndBlocked", func(t *testing.T) {
		start := time.Now()
		tab := b.Open(t, base, Phone)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("opening the page took %v: something waited for the foreign image", d)
		}
		if got, want := tab.ForeignRequests(base), []string{foreignImage}; !slices.Equal(got, want) {
			t.Errorf("ForeignRequests = %q, want %q (all requests: %q)", got, want, tab.Requests())
		}
		for _, want := range []string{base, base + "dot.png"} {
			if !slices.Contains(tab.Requests(), want) {
				t.Errorf("Requests() = %q, lacks %s", tab.Requests(), want)
			}
		}
		// The local image loaded; the foreign one failed rather than hanging.
		if w := Eval[int](t, tab, `document.getElementById('dot').naturalWidth`); w != 20 {
			t.Errorf("local image naturalWidth = %d, want 20", w)
		}
		if done := Eval[bool](t, tab, `(() => { const i = document.getElementById('far'); return i.complete && i.naturalWidth === 0 })()`); !done {
			t.Error("the foreign image is still loading; it should have failed at once")
		}
		if w := Eval[int](t, tab, `document.documentElement.clientWidth`); w != Phone.Width {
			t.Errorf("layout width = %d, want %d", w, Phone.Width)
		}
	})

	t.Run("Screenshot", func(t *testing.T) {
		for _, vp := range []Viewport{Phone, Desktop} {
			tab := b.Open(t, base, vp)
			path := filepath.Join(t.TempDir(), "shots", vp.String()+".png")
			tab.Screenshot(t, path)
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(f)
			f.Close()
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			size := img.Bounds().Size()
			// The whole page, not only the window: the page is over 1500px tall.
			if size.X != vp.Width || size.Y < 1500 {
				t.Errorf("%v: screenshot is %v, want %d wide and the whole page tall", vp, size, vp.Width)
			}
			if !hasRed(img) {
				t.Errorf("%v: the red dot is not in the screenshot", vp)
			}
			// Capturing beyond the window must not leave the window resized.
			if h := Eval[int](t, tab, `innerHeight`); h != vp.Height {
				t.Errorf("%v: after the screenshot innerHeight = %d", vp, h)
			}
		}
	})

	t.Run("AxeAccessiblePage", func(t *testing.T) {
		tab := b.Open(t, base, Desktop)
		for _, v := range Axe(t, tab) {
			t.Errorf("unexpected violation: %v", v)
		}
	})

	t.Run("AxeFindsMissingAlt", func(t *testing.T) {
		tab := b.Open(t, base+"broken.html", Phone)
		vs := Axe(t, tab)
		i := slices.IndexFunc(vs, func(v Violation) bool { return v.ID == "image-alt" })
		if i < 0 {
			t.Fatalf("axe found %v, want image-alt", vs)
		}
		v := vs[i]
		if len(v.Nodes) != 1 || !strings.Contains(v.Nodes[0].HTML, `src="dot.png"`) || v.Nodes[0].Target == "" {
			t.Errorf("image-alt nodes = %+v, want the one <img>", v.Nodes)
		}
		if s := v.String(); !strings.Contains(s, "image-alt (critical)") || !strings.Contains(s, "<img") {
			t.Errorf("String() = %q", s)
		}
		// A second run reuses the injected axe-core and finds the same.
		if again := Axe(t, tab); len(again) != len(vs) {
			t.Errorf("second run found %d violations, first %d", len(again), len(vs))
		}
	})

	t.Run("Keyboard", func(t *testing.T) {
		tab := b.Open(t, base, Desktop)
		if f := tab.Focused(t); f.Tag != "body" {
			t.Errorf("focus before any key: %v, want the body", f)
		}
		tab.Press(t, "Tab")
		if f := tab.Focused(t); f.ID != "skip" || f.Tag != "a" || f.Href != "#main" {
			t.Fatalf("after Tab, focus is on %v, want the skip link", f)
		}
		tab.Press(t, "Tab")
		if f := tab.Focused(t); f.ID != "report" || f.Text != "full report" {
			t.Fatalf("after Tab Tab, focus is on %v, want the report link", f)
		}
		tab.Press(t, "Shift+Tab")
		if f := tab.Focused(t); f.ID != "skip" {
			t.Fatalf("after Shift+Tab, focus is on %v, want the skip link", f)
		}
		tab.Press(t, "Enter")
		if f := tab.Focused(t); f.ID != "main" {
			t.Errorf("after Enter on the skip link, focus is on %v, want <main>", f)
		}
		if h := Eval[string](t, tab, `location.hash`); h != "#main" {
			t.Errorf("after Enter on the skip link, location.hash = %q", h)
		}
	})

	t.Run("FileURL", func(t *testing.T) {
		page := "file://" + filepath.ToSlash(filepath.Join(dir, "index.html"))
		tab := b.Open(t, page, Phone)
		if got := Eval[string](t, tab, `document.title`); got != "Water quality factsheet" {
			t.Errorf("title = %q", got)
		}
		if got, want := tab.ForeignRequests("file://"), []string{foreignImage}; !slices.Equal(got, want) {
			t.Errorf(`ForeignRequests("file://") = %q, want %q (all requests: %q)`, got, want, tab.Requests())
		}
		if !slices.Contains(tab.Requests(), page) {
			t.Errorf("Requests() = %q, lacks %s", tab.Requests(), page)
		}
		if len(Axe(t, tab)) != 0 {
			t.Error("axe found violations on the file:// page")
		}
	})

	t.Run("ServeAt", func(t *testing.T) {
		sub := ServeAt(t, dir, "/factsheets/water/")
		if !strings.HasSuffix(sub, "/factsheets/water/") {
			t.Fatalf("ServeAt returned %s", sub)
		}
		tab := b.Open(t, sub, Desktop)
		if w := Eval[int](t, tab, `document.getElementById('dot').naturalWidth`); w != 20 {
			t.Errorf("relative image under the sub-path: naturalWidth = %d, want 20", w)
		}
		// An absolute path escapes the sub-path, as it would on the real host.
		Eval[any](t, tab, `fetch('/dot.png').then(r => r.status)`)
		origin := strings.TrimSuffix(sub, "factsheets/water/")
		got := tab.ForeignRequests(sub)
		if !slices.Contains(got, origin+"dot.png") {
			t.Errorf("ForeignRequests(%s) = %q, want it to hold %sdot.png", sub, got, origin)
		}
		if status := Eval[int](t, tab, `fetch('/dot.png').then(r => r.status)`); status != 404 {
			t.Errorf("outside the sub-path: HTTP %d, want 404", status)
		}
	})
}

func hasRed(img image.Image) bool {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA); c.R > 200 && c.G < 50 && c.B < 50 {
				return true
			}
		}
	}
	return false
}

// tbRecorder stands in for a test, to see whether a helper skips or fails.
type tbRecorder struct {
	testing.TB
	skipped, failed bool
}

func (r *tbRecorder) Helper()               {}
func (r *tbRecorder) Skipf(string, ...any)  { r.skipped = true }
func (r *tbRecorder) Fatalf(string, ...any) { r.failed = true }

func TestMissingToolSkipsLocallyAndFailsInCI(t *testing.T) {
	for _, ci := range []string{"", "true"} {
		t.Setenv("CI", ci)
		r := &tbRecorder{TB: t}
		missing(r, "a tool", "install it")
		if r.failed != (ci != "") || r.skipped != (ci == "") {
			t.Errorf("CI=%q: failed=%v skipped=%v", ci, r.failed, r.skipped)
		}
	}
}

func TestRequireHonoursEnv(t *testing.T) {
	t.Setenv("RODEDRAAD_CHROMIUM", filepath.Join(t.TempDir(), "no-such-browser"))
	t.Setenv("CI", "")
	r := &tbRecorder{TB: t}
	Require(r)
	if !r.failed {
		t.Error("a RODEDRAAD_CHROMIUM that names no executable must fail the test, not skip it")
	}
}

func TestForeignRequests(t *testing.T) {
	tab := &Tab{requests: []string{
		"http://127.0.0.1:8000/",
		"http://127.0.0.1:8000/css/site.css",
		"http://127.0.0.1:80/",
		"data:image/png;base64,AAAA",
		"https://fonts.example/font.woff2",
		"file:///tmp/site/index.html",
	}}
	for base, want := range map[string][]string{
		"http://127.0.0.1:8000": {"http://127.0.0.1:80/", "https://fonts.example/font.woff2", "file:///tmp/site/index.html"},
		"http://127.0.0.1:8000/css/": {
			"http://127.0.0.1:8000/", "http://127.0.0.1:80/", "https://fonts.example/font.woff2", "file:///tmp/site/index.html",
		},
		"file://": {
			"http://127.0.0.1:8000/", "http://127.0.0.1:8000/css/site.css", "http://127.0.0.1:80/", "https://fonts.example/font.woff2",
		},
	} {
		if got := tab.ForeignRequests(base); !slices.Equal(got, want) {
			t.Errorf("ForeignRequests(%s) = %q, want %q", base, got, want)
		}
	}
}

func TestStaysLocal(t *testing.T) {
	for u, want := range map[string]bool{
		"http://127.0.0.1:1234/x":  true,
		"http://127.5.6.7/":        true,
		"http://localhost:8080/":   true,
		"http://[::1]:9/":          true,
		"file:///tmp/x.html":       true,
		"data:text/plain,hi":       true,
		foreignImage:               false,
		"https://cdn.example/x.js": false,
		"http://10.0.0.1/":         false,
		"http://localhost.evil/":   false,
	} {
		if got := staysLocal(u); got != want {
			t.Errorf("staysLocal(%s) = %v, want %v", u, got, want)
		}
	}
}

func TestParseKey(t *testing.T) {
	for key, want := range map[string]rune{"Tab": '\t', "Shift+Tab": '\t', "Enter": '\r', "Space": ' ', "Escape": '\u001b', "a": 'a', "KeyA": 'a', "Control++": '+'} {
		if r, _, err := parseKey(key); err != nil || r != want {
			t.Errorf("parseKey(%q) = %q, %v; want %q", key, r, err, want)
		}
	}
	if _, mods, _ := parseKey("Shift+Tab"); !slices.Equal(mods, []chromedp.Modifier{chromedp.ModifierShift}) {
		t.Errorf("parseKey(Shift+Tab) modifiers = %v", mods)
	}
	for _, bad := range []string{"Hyper+Tab", "NoSuchKey"} {
		if _, _, err := parseKey(bad); err == nil {
			t.Errorf("parseKey(%q) accepted", bad)
		}
	}
}

func TestCSPViolationsAreRecorded(t *testing.T) {
	Require(t)
	dir := t.TempDir()
	page := `<!DOCTYPE html><html lang="nl"><head><title>t</title></head><body>
<p style="color: red">rood</p><script>document.title = "inline ran"</script></body></html>`
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	base := ServeWithHeaders(t, dir, map[string]string{"Content-Security-Policy": "default-src 'self'"})
	tab := NewBrowser(t).Open(t, base, Desktop)
	got := tab.CSPViolations(t)
	if len(got) != 2 || !strings.Contains(strings.Join(got, "\n"), "script-src-elem blocked inline") ||
		!strings.Contains(strings.Join(got, "\n"), "style-src-attr blocked inline") {
		t.Errorf("violations: %q", got)
	}
	if title := Eval[string](t, tab, `document.title`); title != "t" {
		t.Errorf("the inline script ran under the policy: title %q", title)
	}
}
