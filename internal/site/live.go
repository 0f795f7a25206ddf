package site

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/bep/logg"
	"github.com/fsnotify/fsnotify"
	"github.com/gohugoio/hugo/common/hmaps"
	"github.com/gohugoio/hugo/common/types"
	"github.com/gohugoio/hugo/common/urls"
	"github.com/gohugoio/hugo/config"
	"github.com/gohugoio/hugo/config/allconfig"
	"github.com/gohugoio/hugo/deps"
	"github.com/gohugoio/hugo/hugofs"
	"github.com/gohugoio/hugo/hugolib"
	"github.com/gohugoio/hugo/livereload"
	"github.com/spf13/afero"

	"github.com/rodedraad/rodedraad/internal/message"
)

// liveSite is the generated project built by Hugo's library into memory
// and rebuilt for exactly the files that changed, as soon as they have.
// Hugo's own server would gather file events for half a second first.
type liveSite struct {
	mu sync.Mutex // one build at a time
	h  *hugolib.HugoSites
	// visited are the pages browsers asked for lately. After a change
	// they are made again at once, any other page when it is asked for,
	// as in Hugo's fast render mode.
	visited  *types.EvictingQueue[string]
	pages    afero.Fs         // what Hugo published, in memory
	static   afero.Fs         // the static directories, read where they are
	failure  error            // the last build's error, shown instead of the pages
	language message.Language // of the page that shows it
}

// startLiveReload starts live reload's hub, which tells the browsers to
// reload; there is one in a process.
var startLiveReload sync.Once

// newLiveSite builds the project for serving at baseURL, with its pages
// loading the live reload script from there too.
func newLiveSite(p project, baseURL string, lang message.Language, log io.Writer) (*liveSite, error) {
	source, err := filepath.Abs(p.source)
	if err != nil {
		return nil, err
	}
	flags := config.New()
	flags.Set("workingDir", source)
	flags.Set("cacheDir", filepath.Join(p.dir, "cache"))
	flags.Set("baseURL", baseURL)
	flags.Set("environment", "development")
	flags.Set("internal", hmaps.Params{"running": true, "watch": true, "fastRenderMode": true})
	configs, err := allconfig.LoadConfig(allconfig.ConfigSourceDescriptor{
		Flags: flags, Fs: hugofs.Os, Filename: p.configFiles(), Environment: "development",
	})
	if err != nil {
		return nil, err
	}
	flags.Set("publishDir", configs.Base.PublishDir)
	flags.Set("publishDirStatic", "/")
	flags.Set("publishDirDynamic", "/")
	fs := hugofs.NewFromSourceAndDestination(hugofs.Os, afero.NewMemMapFs(), flags)
	served, err := urls.NewBaseURLFromString(baseURL)
	if err != nil {
		return nil, err
	}
	for _, lang := range configs.Languages {
		configs.LanguageConfigMap[lang.Lang].C.SetServerInfo(served, served, "127.0.0.1")
	}
	h, err := hugolib.NewHugoSites(deps.DepsCfg{Configs: configs, Fs: fs, StdOut: io.Discard, StdErr: log, LogLevel: logg.LevelWarn})
	if err != nil {
		return nil, err
	}
	startLiveReload.Do(livereload.Initialize)
	l := &liveSite{h: h, language: lang, visited: types.NewEvictingQueue[string](20), pages: fs.PublishDir, static: h.BaseFs.SourceFilesystems.StaticFs("")}
	l.failure = l.build(hugolib.BuildCfg{NoBuildLock: true})
	return l, l.failure
}

// rebuild makes again what depends on the files that changed and tells
// the browsers to reload.
func (l *liveSite) rebuild(changed []fsnotify.Event) error {
	if len(changed) == 0 {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.failure = l.build(hugolib.BuildCfg{NoBuildLock: true, RecentlyTouched: l.visited, ErrRecovery: l.failure != nil}, changed...)
	livereload.ForceRefresh()
	return l.failure
}

// build builds with Hugo. An error a template logs, such as errorf's,
// fails the build with only a count of them; the error is what Hugo
// logged, which says what went wrong where.
func (l *liveSite) build(cfg hugolib.BuildCfg, changed ...fsnotify.Event) error {
	err := l.h.Build(cfg, changed...)
	if logged := strings.TrimSpace(l.h.Log.Errors()); err != nil && logged != "" {
		return loggedErrors(logged)
	}
	return err
}

// loggedErrors are the errors Hugo logged while building, so they are in
// the log already.
type loggedErrors string

func (e loggedErrors) Error() string { return string(e) }

// fail shows err instead of the pages, until the next build.
func (l *liveSite) fail(err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.failure = err
}

// ServeHTTP serves what Hugo published and the static files, never a
// directory's listing, and while the last build failed, its error.
func (l *liveSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	l.mu.Lock()
	failure := l.failure
	l.mu.Unlock()
	if failure != nil && (strings.HasSuffix(r.URL.Path, "/") || strings.HasSuffix(r.URL.Path, ".html")) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusInternalServerError)
		heading := message.New("Hugo could not make the preview").In(l.language)
		fmt.Fprintf(w, `<!doctype html><html lang="%[1]s"><head><meta charset="utf-8"><title>%[2]s</title>`+
			`<script src="/livereload.js?mindelay=10&amp;v=2&amp;port=%[3]s&amp;path=livereload" defer></script></head>`+
			`<body><main><h1>%[2]s</h1><p>%[4]s</p><pre>%[5]s</pre></main></body></html>`,
			l.language.Code(), html.EscapeString(heading), html.EscapeString(portOf(r)),
			html.EscapeString(message.New("Put right what the lines below name, in the project's own layouts or content; this page reloads itself once the preview can be made.").In(l.language)),
			html.EscapeString(failure.Error()))
		return
	}
	if isPage(r) {
		l.makeIfStale(r.URL.Path)
	}
	both := afero.NewCopyOnWriteFs(afero.NewReadOnlyFs(l.static), l.pages)
	files := afero.NewHttpFs(both)
	if !servable(both, path.Clean("/"+r.URL.Path)) {
		l.notFound(w, files)
		return
	}
	http.FileServer(files).ServeHTTP(w, r)
}

// servable tells whether there is a file at path, or a directory with an
// index.html: a directory is never listed.
func servable(fs afero.Fs, name string) bool {
	info, err := fs.Stat(filepath.FromSlash(name))
	if err == nil && info.IsDir() {
		info, err = fs.Stat(filepath.Join(filepath.FromSlash(name), "index.html"))
	}
	return err == nil && !info.IsDir()
}

// makeIfStale makes the page at path again if a change since it was last
// asked for may have changed it.
func (l *liveSite) makeIfStale(path string) {
	address := (&url.URL{Path: path}).EscapedPath()
	if l.visited.Contains(address) {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.failure == nil {
		l.failure = l.build(hugolib.BuildCfg{NoBuildLock: true, PartialReRender: true,
			RecentlyTouched: types.NewEvictingQueue[string](1).Add(address)})
	}
	l.visited.Add(address)
}

// isPage tells a request for a page from one for a file it uses.
func isPage(r *http.Request) bool {
	last := r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:]
	return r.Header.Get("Sec-Fetch-Mode") == "navigate" || last == "" || strings.HasSuffix(last, ".html") || !strings.Contains(last, ".")
}

// notFound answers with the site's own 'not found' page when it has one.
func (l *liveSite) notFound(w http.ResponseWriter, files http.FileSystem) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	if f, err := files.Open("/404.html"); err == nil {
		defer f.Close()
		var page bytes.Buffer
		if _, err := page.ReadFrom(f); err == nil {
			_, _ = w.Write(page.Bytes())
			return
		}
	}
	fmt.Fprintln(w, "<!doctype html><title>404</title><p>404</p>")
}

func portOf(r *http.Request) string {
	u := url.URL{Host: r.Host}
	return u.Port()
}
