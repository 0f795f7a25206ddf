package site

import (
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/browsertest"
	"github.com/rodedraad/rodedraad/internal/message"
)

// servePreview shows the project in dir in a preview on a free port and
// returns its address and the site it shows.
func servePreview(t *testing.T, dir string) (*Preview, string, *browsertest.LockedBuffer) {
	t.Helper()
	s := loadSite(t, dir)
	log := &browsertest.LockedBuffer{}
	pv, err := NewPreview(dir, nil, message.Dutch, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pv.Close() })
	if _, err := pv.Update(s, nil); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	go pv.Serve(port, "/_eigen/", http.NotFoundHandler())
	base := "http://127.0.0.1:" + strconv.Itoa(port) + "/"
	if _, err := browsertest.PollPage(base, 20*time.Millisecond, 60*time.Second, func(string) bool { return true }); err != nil {
		t.Fatalf("the preview did not come up: %v\n%s", err, log)
	}
	return pv, base, log
}

// After Update the changed page is served at once, and so is a page that
// shows the change without having been asked for since: the theme
// buttons of the other theme. The card deck with the new title follows.
func TestPreviewShowsAChangeWhenUpdateReturns(t *testing.T) {
	dir := fixtureProject(t)
	pv, base, log := servePreview(t, dir)
	theme, other := base+"demo/2024/luisteren/", base+"demo/2024/plannen/"
	deck := base + "kaarten/demo-2024-luisteren-a6.pdf"
	if page, _ := get(t, theme); !strings.Contains(page, "Goed luisteren</h1>") {
		t.Fatalf("the theme page does not show its title:\n%.2000s", page)
	}
	get(t, other)
	before, _ := get(t, deck)

	s := loadSite(t, dir)
	s.Factsheets[0].Editions[0].Themes[0].Title = "Beter luisteren"
	finished := make(chan []message.Text, 1)
	if _, err := pv.Update(s, func(tooLong []message.Text, err error) {
		if err != nil {
			t.Error(err)
		}
		finished <- tooLong
	}); err != nil {
		t.Fatal(err)
	}
	if page, _ := get(t, theme); !strings.Contains(page, "Beter luisteren</h1>") {
		t.Errorf("right after Update, the theme page does not show its new title:\n%.2000s\n%s", page, log)
	}
	if page, _ := get(t, other); !strings.Contains(page, ">Beter luisteren</a>") {
		t.Errorf("right after Update, the other theme's buttons do not show the new title:\n%.3000s", page)
	}
	select {
	case <-finished:
	case <-time.After(30 * time.Second):
		t.Fatal("the changed card decks were not made within 30 s")
	}
	decks, err := renderDecks(s, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := decks.files[filepath.Join("kaarten", "demo-2024-luisteren-a6.pdf")]
	if after, _ := get(t, deck); after != string(want) || after == before {
		t.Errorf("the preview serves a deck of %d bytes, not the new one of %d (the old one had %d)", len(after), len(want), len(before))
	}
}

// A page the site does not have is the site's own 'not found' page, and
// no directory is listed.
func TestPreviewListsNoDirectory(t *testing.T) {
	_, base, _ := servePreview(t, fixtureProject(t))
	for _, path := range []string{"kaarten/", "demo/2024/bestaat-niet/", "open-data/"} {
		page, status := get(t, base+path)
		if status != http.StatusNotFound || strings.Contains(page, ".pdf\"") || strings.Contains(page, ".csv\"") {
			t.Errorf("GET /%s: %d\n%.500s", path, status, page)
		}
	}
}

// A mistake in the project's own layouts is shown on the page, with the
// reload script, until it is put right; also when the project had no
// layouts directory when the preview started.
func TestPreviewShowsTemplateErrors(t *testing.T) {
	for _, hadLayouts := range []bool{true, false} {
		t.Run(map[bool]string{true: "layouts", false: "no-layouts"}[hadLayouts], func(t *testing.T) {
			dir := fixtureProject(t)
			if hadLayouts {
				writeProjectFile(t, dir, "layouts/_partials/.keep", "")
			}
			_, base, log := servePreview(t, dir)
			theme := base + "demo/2024/luisteren/"
			if page, _ := get(t, theme); !strings.Contains(page, "Goed luisteren</h1>") {
				t.Fatalf("the theme page does not show its title:\n%.2000s", page)
			}
			partial := filepath.Join(dir, "layouts/_partials/theme-nav.html")
			writeProjectFile(t, dir, "layouts/_partials/theme-nav.html", `{{ errorf "de knoppen zijn kwijt" }}`)
			var page string
			for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
				if page, _ = get(t, theme); strings.Contains(page, "de knoppen zijn kwijt") {
					break
				}
			}
			if !strings.Contains(page, "<pre>de knoppen zijn kwijt</pre>") {
				t.Fatalf("the error in the layout is not shown:\n%.2000s\n%s", page, log)
			}
			if !strings.Contains(page, "<h1>Hugo kon de voorbeeldweergave niet maken</h1>") {
				t.Errorf("the error page does not say in Dutch what happened:\n%s", page)
			}
			if strings.Contains("\n"+log.String(), "\nde knoppen zijn kwijt") {
				t.Errorf("the terminal gets the error twice:\n%s", log)
			}
			if !strings.Contains(page, "/livereload.js") {
				t.Errorf("the error page does not reload itself:\n%s", page)
			}
			if err := os.Remove(partial); err != nil {
				t.Fatal(err)
			}
			if _, err := browsertest.PollPage(theme, 20*time.Millisecond, 10*time.Second, func(p string) bool { return strings.Contains(p, "Goed luisteren</h1>") }); err != nil {
				t.Fatalf("the page does not come back once the layout is removed: %v\n%s", err, log)
			}
		})
	}
}

// A hugo.toml of the project's own that does not load is shown on the
// page and in the log, and the preview comes back once it loads.
func TestPreviewShowsABrokenHugoConfig(t *testing.T) {
	dir := fixtureProject(t)
	_, base, log := servePreview(t, dir)
	theme := base + "demo/2024/luisteren/"
	if page, _ := get(t, theme); !strings.Contains(page, "Goed luisteren</h1>") {
		t.Fatalf("the theme page does not show its title:\n%.2000s", page)
	}
	writeProjectFile(t, dir, "hugo.toml", "title = \"kapot\n")
	var page string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if page, _ = get(t, theme); strings.Contains(page, "Hugo kon de voorbeeldweergave niet maken") {
			break
		}
	}
	if !strings.Contains(page, "hugo.toml") {
		t.Fatalf("the broken configuration is not shown:\n%.2000s", page)
	}
	if !strings.Contains(log.String(), "hugo.toml") {
		t.Errorf("the log does not name the configuration:\n%s", log)
	}
	writeProjectFile(t, dir, "hugo.toml", "[params]\nkleur = \"rood\"\n")
	if _, err := browsertest.PollPage(theme, 20*time.Millisecond, 20*time.Second, func(p string) bool { return strings.Contains(p, "Goed luisteren</h1>") }); err != nil {
		t.Fatalf("the page does not come back once hugo.toml loads: %v\n%s", err, log)
	}
}
