// Package site builds the factsheet website from the model with Hugo,
// linked into the binary, and the rodedraad theme.
package site

import (
	"context"
	"fmt"
	"github.com/rodedraad/rodedraad/internal/message"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/output"
	"github.com/rodedraad/rodedraad/internal/pdfcache"
)

// Options say where a build reads and writes.
type Options struct {
	Source      string // the project directory
	Destination string // the output directory, by default public/ in Source
	BaseURL     string // where the site will be served; "/" when it may be anywhere
	// Previous is the output of an earlier build. When set, the build
	// fails with a LostAddressesError if an address that resolved there
	// no longer does.
	Previous string
	// Cache keeps rendered PDFs (card decks, factsheets) between builds,
	// so that one whose input did not change is not rendered again; nil
	// for none. The build ends by pruning the entries it has not used
	// for a long time (see PruneAfter).
	Cache *pdfcache.Cache
	// ImageCache is where Hugo keeps the share pictures it draws between
	// builds, so that a build draws only the new ones; "" for nowhere. The
	// build removes those it no longer uses, and draws them all again when
	// Cache.Refresh is set.
	ImageCache string
}

// PruneAfter is how long a cached PDF may go unused before a build
// removes it: long enough to keep the PDFs of an edition that is worked
// on now and then, short enough that those of old versions of the data
// do not pile up.
const PruneAfter = 30 * 24 * time.Hour

// Result describes a finished build.
type Result struct {
	Pages    int // HTML pages written, redirects not counted
	Duration time.Duration
	Notes    []message.Text // things the author may want to improve: low-contrast colours, cards with too much text
	// PDFs is the number of PDFs: one per card deck and format, and one
	// factsheet per edition; PDFsRendered how many of them were
	// rendered, not taken from the cache.
	PDFs, PDFsRendered int
}

// Build writes the site for s. Everything is built next to the
// destination and swapped in only when the build succeeds: a failing or
// cancelled build leaves the previous output as it was. Build refuses a
// destination that holds anything but an earlier build's output (see
// package output). When ctx is cancelled, Build stops at the next step and
// removes what it made; Hugo, once started, runs to its end first.
func Build(ctx context.Context, s *model.Site, opts Options) (Result, error) {
	start := time.Now()
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	source, err := filepath.Abs(opts.Source)
	if err != nil {
		return Result{}, err
	}
	out, err := output.Open(opts.destination(), output.Rules{Project: source, Default: filepath.Join(source, "public"), Unmarked: unmarkedBuild})
	if err != nil {
		return Result{}, err
	}
	defer out.Close()

	p := project{source: source, dir: out.Scratch(), cache: opts.Cache}
	if opts.ImageCache != "" && writable(opts.ImageCache) {
		if p.images, err = filepath.Abs(opts.ImageCache); err != nil {
			return Result{}, err
		}
	}
	w, err := p.write(s, opts.baseURL())
	if err != nil {
		return Result{}, fmt.Errorf("preparing the site: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	if err := p.hugo(out.Staging()); err != nil {
		return Result{}, fmt.Errorf("building the site: %w", err)
	}
	if opts.Previous != "" {
		lost, err := lostAddresses(opts.Previous, out.Staging())
		if err != nil {
			return Result{}, err
		}
		if len(lost) > 0 {
			return Result{}, &LostAddressesError{Addresses: lost, Renamed: likelyRenames(opts.Previous, out.Staging(), lost)}
		}
	}
	pages, err := pagesIn(out.Staging())
	if err != nil {
		return Result{}, err
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	if err := out.Commit(); err != nil {
		return Result{}, err
	}
	notes := contrastNotes(s)
	notes = append(notes, w.tooLong...)
	if opts.Cache != nil {
		if _, err := opts.Cache.Prune(PruneAfter); err != nil {
			notes = append(notes, message.New("old PDFs in the cache %s could not all be removed: %v", opts.Cache.Dir(), err))
		}
	}
	return Result{Pages: len(pages), Duration: time.Since(start), PDFs: w.pdfs, PDFsRendered: w.pdfsRendered, Notes: notes}, nil
}

// writable reports whether files can be made in dir, which it makes, as
// the PDF cache makes its own, if need be. Hugo fails a build whose cache
// it cannot write to; without one, as in a read-only checkout, it draws
// every image again.
func writable(dir string) bool {
	if err := pdfcache.MakeDir(dir); err != nil {
		return false
	}
	f, err := os.CreateTemp(dir, ".probe-*")
	if err != nil {
		return false
	}
	f.Close()
	return os.Remove(f.Name()) == nil
}

// unmarkedBuild recognises the output of a rodedraad from before builds
// carried output.Marker: a home page with the search index and the
// colour sheet next to it.
func unmarkedBuild(dir string) bool {
	for _, name := range []string{"index.html", searchIndexFile, coloursFile} {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			return false
		}
	}
	return true
}

func (o Options) destination() string {
	if o.Destination != "" {
		return o.Destination
	}
	return filepath.Join(o.Source, "public")
}

func (o Options) baseURL() string {
	if o.BaseURL == "" {
		return "/"
	}
	if !strings.HasSuffix(o.BaseURL, "/") {
		return o.BaseURL + "/"
	}
	return o.BaseURL
}

// pagesIn lists the HTML pages under dir as slash paths below it, leaving
// out Hugo's alias redirects.
func pagesIn(dir string) ([]string, error) {
	var pages []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if _, redirect := redirectTarget(data); !redirect {
			rel, err := filepath.Rel(dir, path)
			if err != nil {
				return err
			}
			pages = append(pages, filepath.ToSlash(rel))
		}
		return nil
	})
	return pages, err
}
