package editor

import (
	"net/http"
	"net/http/httptest"
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
