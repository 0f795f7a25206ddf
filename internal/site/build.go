// Package site builds the factsheet website from the model with Hugo,
// linked into the binary, and the rodedraad theme.
package site

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rodedraad/rodedraad/internal/model"
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
}

// Result describes a finished build.
type Result struct {
	Pages    int // HTML pages written, redirects not counted
	Duration time.Duration
	Notes    []string // things the author may want to improve: low-contrast colours, cards with too much text
}

// Build writes the site for s. Everything is built in a temporary
// directory next to the destination and swapped in only when the build
// succeeds: a failing build leaves the previous output as it was.
func Build(s *model.Site, opts Options) (Result, error) {
	start := time.Now()
	dest, err := filepath.Abs(opts.destination())
	if err != nil {
		return Result{}, err
	}
	source, err := filepath.Abs(opts.Source)
	if err != nil {
		return Result{}, err
	}
	work, err := os.MkdirTemp("", "rodedraad-build-")
	if err != nil {
		return Result{}, err
	}
	defer os.RemoveAll(work)

	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return Result{}, err
	}
	staging, err := os.MkdirTemp(filepath.Dir(dest), "."+filepath.Base(dest)+".new-")
	if err != nil {
		return Result{}, err
	}
	defer os.RemoveAll(staging)

	p := project{source: source, dir: work}
	tooLong, err := p.write(s, opts.baseURL())
	if err != nil {
		return Result{}, fmt.Errorf("preparing the site: %w", err)
	}
	if err := p.hugo(staging); err != nil {
		return Result{}, fmt.Errorf("building the site: %w", err)
	}
	if opts.Previous != "" {
		lost, err := lostAddresses(opts.Previous, staging)
		if err != nil {
			return Result{}, err
		}
		if len(lost) > 0 {
			return Result{}, &LostAddressesError{Addresses: lost}
		}
	}
	pages, err := countPages(staging)
	if err != nil {
		return Result{}, err
	}
	if err := swap(staging, dest); err != nil {
		return Result{}, err
	}
	return Result{Pages: pages, Duration: time.Since(start), Notes: append(contrastNotes(s), tooLong...)}, nil
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

// swap puts the new output in place of the old one, keeping the old one
// until the new one is in place.
func swap(staging, dest string) error {
	old := ""
	if _, err := os.Stat(dest); err == nil {
		old = staging + ".old"
		if err := os.Rename(dest, old); err != nil {
			return err
		}
	}
	if err := os.Rename(staging, dest); err != nil {
		if old != "" {
			_ = os.Rename(old, dest)
		}
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// countPages counts the HTML pages, leaving out Hugo's alias redirects.
func countPages(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !strings.Contains(string(data[:min(len(data), 512)]), `http-equiv="refresh"`) {
			n++
		}
		return nil
	})
	return n, err
}
