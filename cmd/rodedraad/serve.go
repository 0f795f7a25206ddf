package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/rodedraad/rodedraad/internal/diagnose"
	"github.com/rodedraad/rodedraad/internal/editor"
	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/site"
	"github.com/spf13/cobra"
)

func newServeCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	var port int
	var cache cacheFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Preview the website with live reload",
		Long: `serve builds the website in memory and serves it on http://127.0.0.1:PORT/,
for this computer only. When a data file, content page or layout changes,
the pages that changed are rebuilt and the browser reloads them.

The preview shows the draft editions (draft = true) too, as a plain
build does not: every page of a draft carries a 'Concept' banner, and
its 'Wat is er veranderd?' page can be read before it is published.

When the data has errors, they are printed here and shown on every page,
and the preview keeps the last valid pages until the file is fixed.
Stop it with Ctrl+C.

Card decks and factsheet PDFs are taken from the cache that build and
cards keep (resources/_gen/pdf, or --cacheDir) when their input did not
change; --ignoreCache renders them all.`,
		Example: "  rodedraad serve\n  rodedraad serve -s path/to/project -p 8080",
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if port < 1 || port > 65535 {
				return errors.New(opts.say("-p %d: a port is a number from 1 to 65535", port))
			}
			// Hugo's server reports a busy port with its usage text, after
			// the preview is ready; say it plainly, before anything else.
			listener, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
			if errors.Is(err, syscall.EADDRINUSE) {
				fmt.Fprintln(stderr, "rodedraad: "+opts.say("port %d on 127.0.0.1 is in use by another program, perhaps another rodedraad serve.\nStop that program, or choose another port with -p.", port))
				return errInvalid
			}
			if err != nil {
				fmt.Fprintln(stderr, "rodedraad: "+opts.say("cannot serve on port %d: %v\nChoose another port with -p.", port, err))
				return errInvalid
			}
			listener.Close()
			pdfCache := cache.open(opts.source)
			preview, err := site.NewPreview(opts.source, pdfCache, opts.language(), stderr)
			if err != nil {
				return err
			}
			defer preview.Close()
			w := &dataWatcher{dir: filepath.Join(opts.source, "data"), opts: opts, preview: preview, stdout: stdout, stderr: stderr}
			if err := w.start(); err != nil {
				return err
			}
			warnUnwritten(pdfCache, stderr)
			go w.watch()
			fmt.Fprintln(stdout, opts.say("serving on http://127.0.0.1:%d/ (Ctrl+C stops)", port))
			return preview.Serve(port, editor.Prefix, editor.New(opts.source, opts.language(), func(string) { w.catchUp() }))
		},
	}
	cmd.Flags().IntVarP(&port, "port", "p", 1313, "the port to serve on, on 127.0.0.1")
	cache.add(cmd)
	return cmd
}

// dataWatcher reloads the data when a file under data/ changes. The
// platform's file events make it quick; polling a handful of small files
// catches what events miss, such as new directories, and works where
// there are no events.
type dataWatcher struct {
	dir            string
	opts           *options
	preview        *site.Preview
	stdout, stderr io.Writer

	mu       sync.Mutex // one reload at a time
	seen     string     // the snapshot of the data last loaded
	lastGood *model.Site
}

// start loads the data for the first time.
func (w *dataWatcher) start() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.seen = w.snapshot()
	return w.reload()
}

func (w *dataWatcher) watch() {
	events := w.events()
	poll := time.NewTicker(200 * time.Millisecond)
	for {
		select {
		case <-poll.C:
		case <-events:
			// An editor may write a file in steps; let it finish.
			time.Sleep(10 * time.Millisecond)
			drain(events)
		}
		w.catchUp()
	}
}

// catchUp reloads the data if it changed since it was last loaded. The
// editor calls it after a save, so that the page it then returns to
// shows the save: a reload the watcher started would tell a browser to
// reload the page before it has loaded and can hear it.
func (w *dataWatcher) catchUp() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if now := w.snapshot(); now != w.seen {
		w.seen = now
		if err := w.reload(); err != nil {
			fmt.Fprintln(w.stderr, "rodedraad:", err)
		}
	}
}

// events signals changes in the data's directories, or is nil when the
// platform gives no file events.
func (w *dataWatcher) events() <-chan fsnotify.Event {
	watcher, err := fsnotify.NewWatcher()
	if err != nil {
		return nil
	}
	_ = filepath.WalkDir(w.dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			_ = watcher.Add(path)
		}
		return nil
	})
	go func() {
		for range watcher.Errors {
		}
	}()
	return watcher.Events
}

func drain(events <-chan fsnotify.Event) {
	for {
		select {
		case <-events:
		default:
			return
		}
	}
}

// snapshot sums up the data files' names, sizes and times.
func (w *dataWatcher) snapshot() string {
	var b strings.Builder
	_ = filepath.WalkDir(w.dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				fmt.Fprintf(&b, "%s %d %d\n", path, info.Size(), info.ModTime().UnixNano())
			}
		}
		return nil
	})
	return b.String()
}

func (w *dataWatcher) reload() error {
	s, diags := load.Site(w.opts.source)
	var messages []string
	printer := diagnose.ForTerminal(w.stderr, w.opts.language())
	for _, d := range diags {
		printer.Print(w.stderr, d)
		if d.Severity == load.Error {
			messages = append(messages, d.In(w.opts.language()))
		}
	}
	if len(messages) > 0 {
		return w.showErrors(messages)
	}
	c := s.Count()
	fmt.Fprintf(w.stdout, "%s: %s, %s\n", time.Now().Format("15:04:05"), w.opts.count(c.Themes, "%d theme", "%d themes"), w.opts.count(c.Questions, "%d question", "%d questions"))
	tooLong, err := w.preview.Update(s, func(tooLong []message.Text, err error) {
		w.printNotes(tooLong)
		if err != nil {
			fmt.Fprintln(w.stderr, "rodedraad:", err)
		}
	})
	if conflict := (*site.AddressConflictError)(nil); errors.As(err, &conflict) {
		fmt.Fprintln(w.stderr, "rodedraad:", err)
		return w.showErrors(conflict.Conflicts)
	}
	w.lastGood = s
	w.printNotes(tooLong)
	return err
}

func (w *dataWatcher) printNotes(tooLong []message.Text) {
	for _, p := range tooLong {
		fmt.Fprintln(w.stderr, w.opts.say("note: %s", p))
	}
}

// showErrors keeps the last valid pages in the preview, with the errors
// on them until they are fixed.
func (w *dataWatcher) showErrors(messages []string) error {
	fmt.Fprintln(w.stderr, w.opts.say("%s: the preview shows the last valid data until this is fixed", message.Plural(len(messages), "%d error", "%d errors")))
	if w.lastGood == nil {
		// Nothing valid yet: show an empty site that carries the errors.
		if _, err := w.preview.Update(&model.Site{Title: "rodedraad"}, nil); err != nil {
			return err
		}
	}
	return w.preview.ShowErrors(messages)
}
