package site

import (
	"os"
	"strconv"

	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/pdfcache"
)

// Preview is a live preview of a site: Hugo's server, linked into this
// binary, with live reload, on a generated project that follows the data.
type Preview struct {
	project project
}

// NewPreview prepares a preview of the project in source, taking the
// rendered card decks from cache, which may be nil, when it has them.
func NewPreview(source string, cache *pdfcache.Cache) (*Preview, error) {
	dir, err := os.MkdirTemp("", "rodedraad-serve-")
	if err != nil {
		return nil, err
	}
	return &Preview{project: project{source: source, dir: dir, decks: deckCache{}, cache: cache}}, nil
}

// Update shows s: the pages that changed are rewritten and the browser
// reloads them. It returns the cards whose text is too long. The first
// update must come before Serve.
func (pv *Preview) Update(s *model.Site) ([]string, error) {
	var w written
	var err error
	if _, statErr := os.Stat(pv.project.configFile()); statErr != nil {
		w, err = pv.project.write(s, "/")
	} else {
		w, err = pv.project.writePages(s)
	}
	return w.tooLong, err
}

// ShowErrors keeps the last good pages and shows the data's problems on
// every page until the next Update.
func (pv *Preview) ShowErrors(messages []string) error {
	return pv.project.writeErrors(messages)
}

// Serve runs the server on 127.0.0.1:port until it is interrupted.
func (pv *Preview) Serve(port int) error {
	// Hugo's fast render mode re-renders the pages the browser shows after
	// a change, and any other page when the browser navigates to it.
	return pv.project.hugo("", "server", "--bind", "127.0.0.1", "--port", strconv.Itoa(port),
		"--renderToMemory", "--noHTTPCache")
}

// Close removes the generated project.
func (pv *Preview) Close() error { return os.RemoveAll(pv.project.dir) }
