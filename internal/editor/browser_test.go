package editor

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
	"github.com/rodedraad/rodedraad/internal/message"
)

// The form as an author uses it in Chromium: axe finds nothing, the
// keyboard reaches the fields in reading order, a question edited and an
// example added are saved in the file, and a refused edit says why at
// its field, with the focus on the summary of what to fix.
func TestBrowserEditsATheme(t *testing.T) {
	browsertest.Require(t)
	dir := project(t)
	e := New(dir, message.Dutch, nil)
	mux := http.NewServeMux()
	mux.Handle(Prefix, e)
	mux.HandleFunc("/terug/", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<!DOCTYPE html><title>terug</title><p>terug</p>"))
	})
	server := httptest.NewServer(mux)
	t.Cleanup(server.Close)
	b := browsertest.NewBrowser(t)
	for _, vp := range []browsertest.Viewport{browsertest.Phone, browsertest.Desktop, {Width: 320, Height: 640, Mobile: true}} {
		tab := b.Open(t, server.URL+address+"?back=/terug/", vp)
		if v := browsertest.Axe(t, tab); len(v) > 0 {
			t.Errorf("axe at %dpx: %v", vp.Width, v)
		}
		if wide := browsertest.Eval[bool](t, tab, `document.documentElement.scrollWidth > document.documentElement.clientWidth`); wide {
			t.Errorf("at %dpx the form is wider than the window", vp.Width)
		}
	}
	tab := b.Open(t, server.URL+address+"?back=/terug/", browsertest.Desktop)
	var order []string
	for range 5 {
		tab.Press(t, "Tab")
		el := tab.Focused(t)
		order = append(order, el.Tag+"#"+el.ID)
	}
	if got := strings.Join(order, " "); got != "a# input#title textarea#finding textarea#explanation input#" {
		t.Errorf("the keyboard goes %s", got)
	}
	browsertest.Eval[bool](t, tab, `(() => {
		document.getElementById('questions.0.text').value = 'Vraag ik ouders eerst wat zij willen bereiken?';
		document.getElementById('practice.new.text').value = 'Ouders lezen het plan pas bij de ondertekening.';
		document.querySelector('button.save').click();
		return true;
	})()`)
	tab.Until(t, `location.pathname === '/terug/'`)
	file := read(t, dir)
	for _, want := range []string{`text = "Vraag ik ouders eerst wat zij willen bereiken?"`, "# Schrijf de vragen zo dat een professional ze aan zichzelf stelt.", `text = "Ouders lezen het plan pas bij de ondertekening."`} {
		if !strings.Contains(file, want) {
			t.Errorf("the file lacks %s:\n%s", want, file)
		}
	}

	tab.Go(t, server.URL+address+"?back=/terug/")
	browsertest.Eval[bool](t, tab, `(() => {
		document.getElementById('finding').value = '';
		document.querySelector('button.save').click();
		return true;
	})()`)
	tab.Until(t, `document.getElementById('finding-error') !== null`)
	// Chromium moves the focus to an autofocus element at a rendering
	// update after the page has loaded, not at once.
	tab.Until(t, `document.activeElement !== null && document.activeElement.id === 'problems'`)
	if got := browsertest.Eval[string](t, tab, `document.getElementById('finding-error').textContent`); !strings.Contains(got, "finding") {
		t.Errorf("the message at the field: %q", got)
	}
	if got := browsertest.Eval[string](t, tab, `document.getElementById('finding').getAttribute('aria-describedby')`); !strings.Contains(got, "finding-error") {
		t.Errorf("the field is not described by its message: %q", got)
	}
	if v := browsertest.Axe(t, tab); len(v) > 0 {
		t.Errorf("axe on the refused form: %v", v)
	}
	if !strings.Contains(read(t, dir), "Ouders horen pas van een plan") {
		t.Error("the refused edit was written")
	}
}

// A section's form, as Chromium shows it: axe finds nothing, it fits
// 320 px, and the keyboard goes from the way back to title and text.
func TestBrowserSectionForm(t *testing.T) {
	browsertest.Require(t)
	dir := project(t)
	writeTestFile(t, filepath.Join(dir, "data/factsheets/noord/2025/sections/werkwijze.toml"),
		"title = \"Werkwijze\"\ntext = \"Elke leertafel duurde twee uur.\"\n\n[[quotes]]\ntext = \"We leerden van elkaar.\"\n")
	edition := filepath.Join(dir, editionFile)
	ed, _ := os.ReadFile(edition)
	writeTestFile(t, edition, strings.Replace(string(ed), "themes = [", "sections = [\"werkwijze\"]\nthemes = [", 1))
	server := httptest.NewServer(New(dir, message.Dutch, nil))
	t.Cleanup(server.Close)
	b := browsertest.NewBrowser(t)
	tab := b.Open(t, server.URL+SectionAddress("noord", "2025", "werkwijze")+"?back=/terug/", browsertest.Viewport{Width: 320, Height: 640, Mobile: true})
	if v := browsertest.Axe(t, tab); len(v) > 0 {
		t.Errorf("axe: %v", v)
	}
	if wide := browsertest.Eval[bool](t, tab, `document.documentElement.scrollWidth > document.documentElement.clientWidth`); wide {
		t.Error("at 320px the form is wider than the window")
	}
	var order []string
	for range 4 {
		tab.Press(t, "Tab")
		el := tab.Focused(t)
		order = append(order, el.Tag+"#"+el.ID)
	}
	if got := strings.Join(order, " "); got != "a# input#title textarea#text button#" {
		t.Errorf("the keyboard goes %s", got)
	}
	if got := browsertest.Eval[string](t, tab, `document.querySelector('main').innerText`); !strings.Contains(got, "Dit onderdeel heeft ook 1 citaat.") {
		t.Errorf("the form does not say what stays in the file:\n%s", got)
	}
}
