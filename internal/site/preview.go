package site

import (
	"errors"
	"io"
	"io/fs"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/gohugoio/hugo/livereload"

	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/output"
	"github.com/rodedraad/rodedraad/internal/pdfcache"
)

// Preview is a live preview of a site: a generated project that follows
// the data, built in memory by Hugo's library and rebuilt for what
// changed, with the browser reloading the pages.
type Preview struct {
	scratch  *output.Scratch // where the project is generated
	project  project
	language message.Language // of the messages in the browser
	log      io.Writer

	mu      sync.Mutex // guards what follows and orders the updates
	live    *liveSite  // nil until Serve
	version int        // counts the updates, so that a late one gives way
	server  *http.Server
	closed  chan struct{} // closed by Close
}

// NewPreview prepares a preview of the project in source, taking the
// rendered card decks from cache, which may be nil, when it has them.
// Hugo's warnings go to log; what the browser shows of Hugo's errors is
// in lang.
func NewPreview(source string, cache *pdfcache.Cache, lang message.Language, log io.Writer) (*Preview, error) {
	scratch, err := output.NewScratch()
	if err != nil {
		return nil, err
	}
	return &Preview{scratch: scratch, project: project{source: source, dir: scratch.Path(), pdfs: newPDFMemo(), kept: map[string][]byte{}, cache: cache}, language: lang, log: log,
		closed: make(chan struct{})}, nil
}

// Update shows s: the pages that changed are made again and the browser
// reloads them. It returns the cards whose text is too long. The first
// update must come before Serve.
//
// A changed PDF takes longer to make than the pages: they show at once,
// with its last version, and it follows, with the pages that give its
// size, when it is ready. Then done, if not nil, is called with the
// cards whose text is too long, which Update does not return.
func (pv *Preview) Update(s *model.Site, done func(tooLong []message.Text, err error)) ([]message.Text, error) {
	pv.mu.Lock()
	defer pv.mu.Unlock()
	pv.version++
	if !fileExists(pv.project.configFile()) {
		w, err := pv.project.write(s, "/")
		return w.tooLong, err
	}
	pv.project.pdfs.stale = pv.live != nil
	w, err := pv.project.writePages(s)
	pv.project.pdfs.stale = false
	if err != nil {
		return w.tooLong, err
	}
	if w.pdfsPending > 0 {
		go pv.finishPDFs(s, pv.version, done)
		return nil, pv.rebuild(w.changed)
	}
	return w.tooLong, pv.rebuild(w.changed)
}

// finishPDFs renders the PDFs that Update showed in their last version,
// unless a later update came meanwhile, which does it.
func (pv *Preview) finishPDFs(s *model.Site, version int, done func([]message.Text, error)) {
	pv.mu.Lock()
	defer pv.mu.Unlock()
	if pv.version != version {
		return
	}
	w, err := pv.project.writePages(s)
	if err == nil {
		err = pv.rebuild(w.changed)
	}
	if done != nil {
		done(w.tooLong, err)
	}
}

// ShowErrors keeps the last good pages and shows the data's problems on
// every page until the next Update.
func (pv *Preview) ShowErrors(messages []string) error {
	pv.mu.Lock()
	defer pv.mu.Unlock()
	out := pv.project.writer()
	if err := pv.project.writeErrors(out, messages); err != nil {
		return err
	}
	return pv.rebuild(out.changed)
}

// rebuild has the served site follow the changed files; before Serve,
// the first build will read them.
func (pv *Preview) rebuild(changed []fsnotify.Event) error {
	if pv.live == nil {
		return nil
	}
	return pv.live.rebuild(changed)
}

// Serve runs the preview on 127.0.0.1:port until it is interrupted, with
// own serving the addresses under prefix (the editor of serve).
func (pv *Preview) Serve(port int, prefix string, own http.Handler) error {
	listener, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return err
	}
	defer listener.Close()
	baseURL := "http://127.0.0.1:" + strconv.Itoa(listener.Addr().(*net.TCPAddr).Port) + "/"
	pv.mu.Lock()
	pv.live, err = newLiveSite(pv.project, baseURL, pv.language, pv.log)
	pv.mu.Unlock()
	if pv.live == nil {
		return err
	}
	// A template error is shown in the browser until it is fixed.
	pv.logUnlogged(err)
	go pv.followSource(baseURL)
	mux := http.NewServeMux()
	mux.Handle(prefix, own)
	mux.HandleFunc("/livereload.js", livereload.ServeJS)
	mux.HandleFunc("/livereload", livereload.Handler)
	mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		pv.mu.Lock()
		live := pv.live
		pv.mu.Unlock()
		live.ServeHTTP(w, r)
	}))
	pv.mu.Lock()
	select {
	case <-pv.closed:
		pv.mu.Unlock()
		return http.ErrServerClosed
	default:
	}
	pv.server = &http.Server{Handler: pv.localOnly(mux), ReadHeaderTimeout: 10 * time.Second}
	pv.mu.Unlock()
	return pv.server.Serve(listener)
}

// localOnly answers only requests for this machine by its address or by
// the name no DNS can give another meaning. A site's own name that its
// owner made resolve to 127.0.0.1 (DNS rebinding) would make its pages
// the preview's origin, able to read the drafts and a form's token.
func (pv *Preview) localOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, _, err := net.SplitHostPort(r.Host)
		if err != nil {
			name = r.Host
		}
		if name != "127.0.0.1" && name != "localhost" && name != "::1" {
			http.Error(w, message.New("This preview opens only at the address serve gives, http://127.0.0.1 with its port.").In(pv.language), http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// sourceDirs are the project's own directories that Hugo reads: those
// mounted, and the themes.
var sourceDirs = append(slices.Clone(ownDirs), "themes")

// followSource rebuilds when the project's own content, layouts or
// other files for Hugo change, and starts afresh when its hugo.toml does.
func (pv *Preview) followSource(baseURL string) {
	watcher, err := fsnotify.NewWatcher()
	if err != nil {
		return
	}
	defer watcher.Close()
	for _, dir := range sourceDirs {
		watchTree(watcher, filepath.Join(pv.project.source, dir))
	}
	_ = watcher.Add(pv.project.source)
	ownConfig := filepath.Join(pv.project.source, "hugo.toml")
	for {
		var events []fsnotify.Event
		select {
		case <-pv.closed:
			return
		case ev, ok := <-watcher.Events:
			if !ok {
				return
			}
			events = append(events, ev)
		case <-watcher.Errors:
			continue
		}
		// An editor may write a file in steps; let it finish.
		time.Sleep(10 * time.Millisecond)
		events = append(events, pending(watcher.Events)...)
		var changed []fsnotify.Event
		config := false
		for _, ev := range events {
			if ev.Has(fsnotify.Create) {
				watchTree(watcher, ev.Name)
			}
			switch {
			case ev.Name == ownConfig:
				config = true
			case pv.isSourceDir(ev.Name) && !ev.Has(fsnotify.Write|fsnotify.Chmod):
				// Hugo reads a directory of the project's own when the
				// configuration mounts it, which it does when it is there.
				config = true
			case !pv.readByHugo(ev.Name):
			case ev.Op == fsnotify.Chmod:
			default:
				changed = append(changed, ev)
			}
		}
		pv.mu.Lock()
		if config {
			live, err := newLiveSite(pv.project, baseURL, pv.language, pv.log)
			if live != nil {
				pv.live = live
			} else {
				// The configuration does not load: the last site shows
				// why until it does.
				pv.live.fail(err)
			}
			livereload.ForceRefresh()
			pv.logUnlogged(err)
		} else {
			pv.logUnlogged(pv.live.rebuild(changed))
		}
		pv.mu.Unlock()
	}
}

// readByHugo tells whether name is in one of the project's directories
// that Hugo reads.
func (pv *Preview) readByHugo(name string) bool {
	rel, err := filepath.Rel(pv.project.source, name)
	if err != nil {
		return false
	}
	top, _, _ := strings.Cut(filepath.ToSlash(rel), "/")
	return slices.Contains(sourceDirs, top)
}

// logUnlogged writes err to the log unless it is nil or Hugo logged it.
func (pv *Preview) logUnlogged(err error) {
	var logged loggedErrors
	if err != nil && !errors.As(err, &logged) {
		_, _ = io.WriteString(pv.log, err.Error()+"\n")
	}
}

// isSourceDir tells whether name is one of the project's directories
// that Hugo reads.
func (pv *Preview) isSourceDir(name string) bool {
	return filepath.Dir(name) == filepath.Clean(pv.project.source) && slices.Contains(sourceDirs, filepath.Base(name))
}

// watchTree watches dir and every directory under it.
func watchTree(watcher *fsnotify.Watcher, dir string) {
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			_ = watcher.Add(path)
		}
		return nil
	})
}

// pending takes the events that have come in already.
func pending(events <-chan fsnotify.Event) []fsnotify.Event {
	var got []fsnotify.Event
	for {
		select {
		case ev := <-events:
			got = append(got, ev)
		default:
			return got
		}
	}
}

// Close stops serving and removes the generated project.
func (pv *Preview) Close() error {
	pv.mu.Lock()
	defer pv.mu.Unlock()
	select {
	case <-pv.closed:
		return nil
	default:
	}
	close(pv.closed)
	if pv.server != nil {
		pv.server.Close()
	}
	return pv.scratch.Remove()
}
