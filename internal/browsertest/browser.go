package browsertest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Time limits that turn a browser that stopped answering into a test failure
// that says what it was doing, well before go test's own timeout.
const (
	startTimeout  = 60 * time.Second
	actionTimeout = 30 * time.Second
)

// Viewport is the size of a tab's window in CSS pixels.
type Viewport struct {
	Width, Height int
	// Mobile makes the tab behave as a phone's browser: it honours
	// <meta name="viewport">, lays out a page without one at 980px and
	// zooms it out, and has a touch screen ((pointer: coarse), touch
	// events). Without it the layout is exactly Width pixels wide, whatever
	// the page says.
	Mobile bool
}

// The two sizes that rodedraad's pages are checked at. Headless Chromium has
// no mouse, so (hover: none) matches at both.
var (
	Phone   = Viewport{Width: 375, Height: 812, Mobile: true}
	Desktop = Viewport{Width: 1280, Height: 800}
)

// Browser is one headless Chromium. Its tabs are independent, so tests can
// share a browser and run in parallel, each in its own tab.
type Browser struct {
	ctx context.Context
}

// NewBrowser starts Chromium (see [Require]) with a fresh profile, and stops
// it when the test ends.
func NewBrowser(t testing.TB) *Browser {
	t.Helper()
	chromium := Require(t)
	out := &LockedBuffer{}
	// chromedp's defaults already hold most of the flags below; they are
	// repeated so that this list, not chromedp's, says how the tests run.
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		// Root runs the tests here and in CI, and Chromium refuses to run as
		// root inside its sandbox.
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		// The rest keep Chromium from going online by itself (updates, sync,
		// QUIC probes): with no network those attempts fail, slowly and
		// noisily, and a test must not depend on them.
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		// Whatever the per-tab request gate does not see (a preconnect, a
		// DNS prefetch, a worker's fetch) goes to this proxy, which hangs up;
		// Chromium sends loopback addresses around any proxy, so the served
		// pages still load.
		chromedp.ProxyServer(deadEndProxy(t)),
		chromedp.CombinedOutput(out),
		// No UserDataDir: chromedp then makes a fresh temporary profile for
		// each browser and removes it, with any leftover child processes,
		// when the browser stops.
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	stop := func() {
		cancel()
		cancelAlloc() // waits until the process has exited and its profile is gone
	}

	// The first Do starts the browser and ties its life to ctx, so it cannot
	// carry a deadline of its own; the watchdog is that deadline.
	watchdog := time.AfterFunc(startTimeout, stop)
	err := chromedp.Do(ctx)
	if !watchdog.Stop() {
		err = fmt.Errorf("no answer within %v", startTimeout)
	}
	if err != nil {
		stop()
		t.Fatalf("browsertest: starting %s: %v\nbrowser output:\n%s", chromium, err, out.tail(40))
	}
	b := &Browser{ctx: ctx}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("browsertest: last lines of the browser's output:\n%s", out.tail(40))
		}
		stop()
	})
	return b
}

// Open opens url (http://, or file:// for a page on disk) in a new tab of
// the given size and waits until the page has loaded. The tab closes when the
// test ends. A page that answers with an HTTP error fails the test.
func (b *Browser) Open(t testing.TB, url string, vp Viewport) *Tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx)
	t.Cleanup(cancel)
	tab := &Tab{ctx: ctx}
	if err := chromedp.Do(ctx); err != nil { // creates the tab
		t.Fatalf("browsertest: opening a tab: %v", err)
	}
	if err := tab.watchRequests(); err != nil {
		t.Fatalf("browsertest: recording the tab's requests: %v", err)
	}
	if err := tab.watchCSP(); err != nil {
		t.Fatalf("browsertest: recording Content-Security-Policy violations: %v", err)
	}
	// chromedp would report every size as landscape to screen.orientation.
	emulate := []chromedp.EmulateViewportOption{chromedp.EmulateLandscape}
	if vp.Height > vp.Width {
		emulate[0] = chromedp.EmulatePortrait
	}
	if vp.Mobile {
		emulate = append(emulate, chromedp.EmulateMobile, chromedp.EmulateTouch)
	}
	run(t, tab, "set the viewport to "+vp.String(), chromedp.EmulateViewport(int64(vp.Width), int64(vp.Height), emulate...))
	tab.Go(t, url)
	return tab
}

// Go loads url in the tab and waits until it has loaded, as [Browser.Open]
// does in a new tab: cheaper when a test visits many pages at one size.
func (tab *Tab) Go(t testing.TB, url string) {
	t.Helper()
	resp := run(t, tab, "open "+url, chromedp.NavigateResponse(url))
	// file:// pages report status 0; only HTTP knows about errors.
	if resp != nil && resp.Status >= 400 {
		t.Fatalf("browsertest: open %s: HTTP %d %s", url, resp.Status, resp.StatusText)
	}
}

// Tab is one page in a [Browser]. Use a tab from one goroutine at a time.
type Tab struct {
	ctx context.Context

	mu       sync.Mutex
	requests []string
}

// run runs one action in the tab, and fails the test if it fails or takes
// longer than actionTimeout.
func run[T any](t testing.TB, tab *Tab, what string, action chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(tab.ctx, actionTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, action)
	if err != nil {
		t.Fatalf("browsertest: %s: %v", what, err)
	}
	return v
}

// Eval evaluates the JavaScript expression js in the tab's page and decodes
// its JSON value into T; a promise is awaited first. Use [chromedp.Void] as
// T for an expression whose value does not matter.
func Eval[T any](t testing.TB, tab *Tab, js string) T {
	t.Helper()
	return run(t, tab, "evaluate "+abbreviate(js, 60), chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
}

// WaitForURL waits until the tab has loaded a page whose address ends in
// suffix, with or without 'index.html', which a server may leave out.
func (tab *Tab) WaitForURL(t testing.TB, suffix string) {
	t.Helper()
	suffix = withoutIndex(suffix)
	href := ""
	ok := tab.poll(func(ctx context.Context) bool {
		h, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.readyState === "complete" ? location.href : ""`))
		if err == nil && h != "" {
			href = h
		}
		return err == nil && strings.HasSuffix(withoutIndex(h), suffix)
	})
	if !ok {
		t.Fatalf("browsertest: did not get to …%s; last at %s", suffix, href)
	}
}

// Until waits until the JavaScript expression js is true in a loaded
// page of the tab, such as the page a click leads to.
func (tab *Tab) Until(t testing.TB, js string) {
	t.Helper()
	ok := tab.poll(func(ctx context.Context) bool {
		v, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.readyState === "complete" && Boolean(`+js+`)`))
		return err == nil && v
	})
	if !ok {
		t.Fatalf("browsertest: %s did not become true", abbreviate(js, 60))
	}
}

// poll tries done every 50 ms for 10 s. While a page is replaced,
// evaluating in it fails; done then counts that as not yet.
func (tab *Tab) poll(done func(context.Context) bool) bool {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(tab.ctx, actionTimeout)
		ok := done(ctx)
		cancel()
		if ok {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}

func withoutIndex(url string) string {
	page, anchor, found := strings.Cut(url, "#")
	page = strings.TrimSuffix(page, "index.html")
	if found {
		return page + "#" + anchor
	}
	return page
}

// Screenshot saves a PNG of the whole page, not only the part in the window,
// to path, making its directory if needed.
func (tab *Tab) Screenshot(t testing.TB, path string) {
	t.Helper()
	png := run(t, tab, "screenshot", func(ctx context.Context, target *chromedp.Target) ([]byte, error) {
		m, err := cdp.Call(ctx, target, page.GetLayoutMetrics, cdp.Empty{})
		if err != nil {
			return nil, err
		}
		size := m.CSSContentSize
		shot, err := cdp.Call(ctx, target, page.CaptureScreenshot, page.CaptureScreenshotParams{
			Format:                page.CaptureScreenshotFormatPng,
			Clip:                  &page.Viewport{Width: size.Width, Height: size.Height, Scale: 1},
			CaptureBeyondViewport: new(true),
		})
		return shot.Data, err
	})
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatalf("browsertest: screenshot: %v", err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatalf("browsertest: screenshot: %v", err)
	}
}

// PrintToPDF prints the page to PDF as a reader does from the browser's
// print dialog: on the paper and margins of the page's print styles
// (@page), with their page headers and footers, not the browser's own,
// and without background colours.
func (tab *Tab) PrintToPDF(t testing.TB) []byte {
	t.Helper()
	return run(t, tab, "print to PDF", func(ctx context.Context, target *chromedp.Target) ([]byte, error) {
		printed, err := cdp.Call(ctx, target, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: new(true)})
		return printed.Data, err
	})
}

// Press presses a key in the tab, as a reader at the keyboard does: "Tab",
// "Shift+Tab", "Enter", "Escape", "Space", "ArrowDown", or a character such
// as "a". Modifiers (Shift, Control, Alt, Meta) go before the key, joined by
// "+". Press returns when the page has handled the key; a navigation that the
// key starts may still be under way.
func (tab *Tab) Press(t testing.TB, key string) {
	t.Helper()
	r, mods, err := parseKey(key)
	if err != nil {
		t.Fatalf("browsertest: press %q: %v", key, err)
	}
	run(t, tab, "press "+key, chromedp.KeyEvent(string(r), chromedp.KeyModifiers(mods...)))
}

func parseKey(key string) (rune, []chromedp.Modifier, error) {
	parts := strings.Split(key, "+")
	name := parts[len(parts)-1]
	if name == "" && len(parts) > 1 { // "Shift++"
		name, parts = "+", parts[:len(parts)-1]
	}
	var mods []chromedp.Modifier
	for _, m := range parts[:len(parts)-1] {
		switch strings.ToLower(m) {
		case "shift":
			mods = append(mods, chromedp.ModifierShift)
		case "control", "ctrl":
			mods = append(mods, chromedp.ModifierCtrl)
		case "alt":
			mods = append(mods, chromedp.ModifierAlt)
		case "meta":
			mods = append(mods, chromedp.ModifierMeta)
		default:
			return 0, nil, fmt.Errorf("unknown modifier %q", m)
		}
	}
	if rs := []rune(name); len(rs) == 1 {
		return rs[0], mods, nil
	}
	keyNames.once.Do(func() {
		keyNames.m = map[string]rune{}
		// Codes too, for "Space", whose key value is " ". Unshifted only,
		// so that "KeyA" is always "a" and never "A".
		for r, k := range kb.Keys {
			if !k.Shift {
				keyNames.m[k.Code] = r
			}
		}
		for r, k := range kb.Keys {
			keyNames.m[k.Key] = r
		}
	})
	if r, ok := keyNames.m[name]; ok {
		return r, mods, nil
	}
	return 0, nil, fmt.Errorf("unknown key %q", name)
}

var keyNames struct {
	once sync.Once
	m    map[string]rune
}

// Element describes an element of the page, enough to recognise it in a
// failure message.
type Element struct {
	Tag  string `json:"tag"` // lower case
	ID   string `json:"id"`
	Text string `json:"text"` // its visible text or value, shortened
	Href string `json:"href"` // as written in the page
	HTML string `json:"html"` // the start of its outer HTML
}

func (e Element) String() string {
	if e.HTML != "" {
		return e.HTML
	}
	return "<" + e.Tag + ">"
}

// Focused describes document.activeElement: the element that keyboard input
// goes to. With nothing focused it is the <body>.
func (tab *Tab) Focused(t testing.TB) Element {
	t.Helper()
	return Eval[Element](t, tab, `(() => {
		const e = document.activeElement || document.body;
		const text = (e.innerText || e.value || '').replace(/\s+/g, ' ').trim();
		let html = e.outerHTML;
		if (e !== document.body && e !== document.documentElement) {
			html = html.length > 200 ? html.slice(0, 200) + '…' : html;
		} else {
			html = '<' + e.tagName.toLowerCase() + '>';
		}
		return {
			tag: e.tagName.toLowerCase(),
			id: e.id || '',
			text: text.length > 80 ? text.slice(0, 80) + '…' : text,
			href: e.getAttribute('href') || '',
			html,
		};
	})()`)
}

func (vp Viewport) String() string {
	s := fmt.Sprintf("%dx%d", vp.Width, vp.Height)
	if vp.Mobile {
		s += " mobile"
	}
	return s
}

// deadEndProxy listens on loopback and hangs up on every connection, so a
// request sent to it fails at once and never leaves the machine.
func deadEndProxy(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("browsertest: %v", err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if errors.Is(err, net.ErrClosed) {
				return
			}
			if err == nil {
				c.Close()
			}
		}
	}()
	return "http://" + ln.Addr().String()
}

// LockedBuffer collects what another goroutine writes, such as the
// browser's output, which chromedp writes from its own, or a server's log.
type LockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *LockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *LockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *LockedBuffer) tail(n int) string {
	var lines []string
	for line := range strings.Lines(b.String()) {
		// Without a D-Bus, which containers lack, Chromium logs a dozen
		// failures to reach it that bury the lines that matter.
		if !strings.Contains(line, ":ERROR:dbus/") {
			lines = append(lines, strings.TrimRight(line, "\n"))
		}
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

func abbreviate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// EmulateMedia shows the page as it is for a CSS media type, such as
// "print"; "" goes back to the screen.
func (tab *Tab) EmulateMedia(t testing.TB, media string) {
	t.Helper()
	run(t, tab, "emulate media "+media, func(ctx context.Context, target *chromedp.Target) (cdp.Empty, error) {
		return cdp.Call(ctx, target, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media})
	})
}

// EmulateFeature sets a CSS media feature for the tab's pages, such as
// ("prefers-color-scheme", "dark") or ("forced-colors", "active").
func (tab *Tab) EmulateFeature(t testing.TB, name, value string) {
	t.Helper()
	run(t, tab, "emulate "+name+": "+value, func(ctx context.Context, target *chromedp.Target) (cdp.Empty, error) {
		return cdp.Call(ctx, target, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: name, Value: value}},
		})
	})
}
