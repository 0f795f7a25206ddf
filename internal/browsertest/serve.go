package browsertest

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
)

// Serve serves dir over HTTP on 127.0.0.1 and returns the base URL, ending in
// "/". The server stops when the test ends.
func Serve(t testing.TB, dir string) string {
	t.Helper()
	return ServeAt(t, dir, "/")
}

// ServeAt serves dir under the path prefix, such as "/factsheets/", and
// returns the base URL with that prefix. Everything outside the prefix is a
// 404, as it is when a site is published under a sub-path, so a page that
// links to "/css/site.css" instead of a relative or prefixed URL breaks here
// as it would there.
func ServeAt(t testing.TB, dir, prefix string) string {
	t.Helper()
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		t.Fatalf("browsertest: cannot serve %s: not a directory (%v)", dir, err)
	}
	prefix = "/" + strings.Trim(prefix, "/") + "/"
	if prefix == "//" {
		prefix = "/"
	}
	// The mux pattern both confines the files to the prefix and redirects
	// the prefix without its slash to the prefix, as static hosts do.
	mux := http.NewServeMux()
	mux.Handle(prefix, http.StripPrefix(strings.TrimSuffix(prefix, "/"), http.FileServer(http.Dir(dir))))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL + prefix
}

// ServeWithHeaders serves dir like Serve, with headers added to every
// response, such as a Content-Security-Policy.
func ServeWithHeaders(t testing.TB, dir string, headers map[string]string) string {
	t.Helper()
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		t.Fatalf("browsertest: cannot serve %s: not a directory (%v)", dir, err)
	}
	files := http.FileServer(http.Dir(dir))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range headers {
			w.Header().Set(k, v)
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/"
}
