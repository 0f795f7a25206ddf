package site

import (
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"strconv"
	"time"

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

// Serve runs the preview on 127.0.0.1:port until it is interrupted, with
// own serving the addresses under prefix (the editor of serve). Hugo's
// server runs behind it on a port of its own, and its pages, links and
// live reload name the preview's port.
func (pv *Preview) Serve(port int, prefix string, own http.Handler) error {
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	innerPort := inner.Addr().(*net.TCPAddr).Port
	inner.Close()
	front, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return err
	}
	hugo, _ := url.Parse("http://127.0.0.1:" + strconv.Itoa(innerPort))
	mux := http.NewServeMux()
	mux.Handle(prefix, own)
	mux.Handle("/", httputil.NewSingleHostReverseProxy(hugo))
	server := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 2)
	go func() { done <- server.Serve(front) }()
	go func() {
		// Hugo's fast render mode re-renders the pages the browser shows
		// after a change, and any other page when the browser navigates to it.
		done <- pv.project.hugo("", "server", "--bind", "127.0.0.1", "--port", strconv.Itoa(innerPort),
			"--baseURL", "http://127.0.0.1:"+strconv.Itoa(port)+"/", "--appendPort=false", "--liveReloadPort", strconv.Itoa(port),
			"--renderToMemory", "--noHTTPCache")
	}()
	err = <-done
	server.Close()
	return err
}

// Close removes the generated project.
func (pv *Preview) Close() error { return os.RemoveAll(pv.project.dir) }
