// Package editor is the form in which `rodedraad serve` lets an author
// change a theme in the browser: its title, finding and explanation, its
// questions with their sub-questions and its practice examples, added,
// removed and reordered. Saving changes the theme's file in place (see
// package edit), checks it with the rules of `rodedraad check`, and
// writes nothing that would not load, nor over a file that changed on
// disk since the form was opened.
//
// The editor only runs on the loopback address of serve, and every save
// carries a token that only its own forms know, so that no other web page
// open in the same browser can change the data.
package editor

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"path"
	"strings"
	"sync"

	"github.com/rodedraad/rodedraad/internal/message"
)

// Prefix is where the editor's pages are, under the preview's address.
const Prefix = "/_bewerken/"

// Editor serves the forms of one project.
type Editor struct {
	// mu makes each save read, check and write its file alone: two saves
	// from the same form must not both pass the check of its version.
	mu       sync.Mutex
	source   string
	language message.Language
	token    string
	// saved is called after a file is written, for the preview to show it.
	saved func(file string)
}

// New makes the editor of the project in source; saved, which may be nil,
// is called with the path of each file it writes.
func New(source string, l message.Language, saved func(file string)) *Editor {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on the systems Go supports
	}
	return &Editor{source: source, language: l, token: hex.EncodeToString(b), saved: saved}
}

// ThemeAddress is the address of the form of a theme.
func ThemeAddress(factsheet, edition, theme string) string {
	return Prefix + "thema/" + factsheet + "/" + edition + "/" + theme
}

func (e *Editor) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(path.Clean(r.URL.Path), Prefix), "/")
	back := r.URL.Query().Get("back")
	var show func()
	var save func()
	switch {
	case len(parts) == 4 && parts[0] == "thema":
		ref := themeRef{factsheet: parts[1], edition: parts[2], theme: parts[3]}
		show, save = func() { e.showForm(w, ref, back) }, func() { e.save(w, r, ref) }
	case len(parts) == 4 && parts[0] == "onderdeel":
		ref := sectionRef{factsheet: parts[1], edition: parts[2], section: parts[3]}
		show, save = func() { e.showSection(w, ref, back) }, func() { e.saveSection(w, r, ref) }
	case len(parts) == 3 && parts[0] == "editie":
		ref := editionRef{factsheet: parts[1], edition: parts[2]}
		show, save = func() { e.showEdition(w, ref, back) }, func() { e.saveEdition(w, r, ref) }
	default:
		http.NotFound(w, r)
		return
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		show()
	case http.MethodPost:
		r.Body = http.MaxBytesReader(w, r.Body, maxForm)
		if err := r.ParseForm(); err != nil {
			if tooLarge := (*http.MaxBytesError)(nil); errors.As(err, &tooLarge) {
				http.Error(w, e.say("The form is larger than %d MB, far more than a factsheet's texts: nothing was saved. Shorten the longest text, or paste a long text in the file itself.", maxForm>>20), http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, e.say("The form could not be read: %v. Nothing was saved; open the form again.", err), http.StatusBadRequest)
			return
		}
		if !e.sameOrigin(r) {
			http.Error(w, e.say("This form can only be sent from the preview itself."), http.StatusForbidden)
			return
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		save()
	default:
		w.Header().Set("Allow", "GET, HEAD, POST")
		http.Error(w, e.say("This address only shows and saves a form."), http.StatusMethodNotAllowed)
	}
}

// maxForm is the most a save may send: a factsheet's theme is a few
// kilobytes, and a text of megabytes would keep the preview busy for
// seconds on every page that shows it.
const maxForm = 1 << 20

// sameOrigin checks that a save comes from a form of this editor: its
// token, and no other site as the browser names the request's origin.
func (e *Editor) sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" {
		return false
	}
	if origin := r.Header.Get("Origin"); origin != "" && origin != "http://"+r.Host {
		return false
	}
	return r.PostFormValue("token") == e.token
}

func (e *Editor) say(format string, args ...any) string {
	return message.New(format, args...).In(e.language)
}
