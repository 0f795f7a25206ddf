package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"

	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/output"
	"github.com/rodedraad/rodedraad/internal/site"
	"github.com/spf13/cobra"
)

func newBuildCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	var destination, baseURL, previous string
	var drafts bool
	var cache cacheFlags
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Validate the data and build the website",
		Long: `build validates the data as check does, then builds the website with Hugo
(linked into rodedraad) into public/ in the source directory, or into -d.

The new site is built next to the destination and swapped in only when
the build succeeds: a failing or interrupted build leaves the previous
output as it was. The destination must be new, empty or the output of
an earlier build, and outside the project unless it is public/; build
refuses anything else and changes nothing. Its mode is kept, and when it
is a symbolic link, the directory it links to is replaced.
Links are relative, so the output works opened from disk and under any
sub-path of a web server.

With --previous, the build also fails when an address of a previous
build (a copy of its output directory, or the destination itself) no
longer resolves, so that no link anyone saved breaks. Pages of older
editions stay; a renamed theme or section keeps its old address as a
redirect when its file lists the old id in formerly.

Editions with draft = true in their edition.toml are left out: no page,
card deck, search entry, topic entry, open-data row, sitemap entry or
link of theirs is in the output. With --drafts they are built too, as
serve shows them: every page of a draft carries a 'Concept' banner and
asks search engines not to index it, and its card decks say 'Concept'.
Such a build is a preview to look at before publishing; do not publish
it, nor use it as --previous for a plain build, which no longer has the
drafts' addresses.

Rendered PDFs (card decks and factsheets) are kept in resources/_gen/pdf
in the source directory, or in --cacheDir, by the hash of what they are
made of: a PDF whose input did not change is not rendered again.
--ignoreCache renders every PDF. The cache may be deleted at any time;
PDFs not used for 30 days are removed by the build. The pictures that
links to the pages show when shared are kept in the same way, in
resources/_gen/images or images/ in --cacheDir; the build removes the
ones it no longer uses.`,
		Example: "  rodedraad build\n  rodedraad build --drafts -d /tmp/voorproef\n  rodedraad build -s path/to/project -d /var/www/factsheets -b https://example.org/factsheets/\n  rodedraad build --previous public",
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			s, err := loadSite(opts, stdout, stderr)
			if err != nil {
				return err
			}
			if !drafts {
				leaveOutDrafts(s, stderr, opts, message.New("serve and build --drafts show drafts"))
			} else if shown := s.Drafts(); len(shown) > 0 {
				fmt.Fprintln(stderr, opts.say("note: this build shows %s, %s: it is a preview, not for publishing", message.Plural(len(shown), "%d draft edition", "%d draft editions"), editionList(shown)))
			}
			pdfCache := cache.open(opts.source)
			ctx, interruption := interruptible()
			res, err := site.Build(ctx, s, site.Options{Source: opts.source, Destination: destination, BaseURL: baseURL, Previous: previous, Cache: pdfCache, ImageCache: cache.images(opts.source)})
			if sig := interruption(); sig != nil && err != nil {
				fmt.Fprintln(stderr, "rodedraad: "+opts.say("interrupted (%s): the build stopped and removed its files; the previous output is unchanged.", signalNames[sig]))
				return &interruptedError{sig}
			}
			var refused *output.RefusedError
			if errors.As(err, &refused) {
				fmt.Fprintln(stderr, "rodedraad: "+refused.Message().In(opts.language()))
				return errInvalid
			}
			if err != nil {
				fmt.Fprintln(stderr, "rodedraad: "+opts.say("%v\nThe previous output, if any, is unchanged.", err))
				return errInvalid
			}
			for _, note := range res.Notes {
				fmt.Fprintln(stderr, opts.say("note: %s", note))
			}
			warnUnwritten(pdfCache, stderr)
			dest := destination
			if dest == "" {
				dest = filepath.Join(opts.source, "public")
			}
			fmt.Fprintln(stdout, opts.say("built %s in %d ms into %s; PDFs: %s", message.Plural(res.Pages, "%d page", "%d pages"), res.Duration.Milliseconds(), dest, pdfSummary(res.PDFs, res.PDFsRendered)))
			return nil
		},
	}
	cmd.Flags().StringVarP(&destination, "destination", "d", "", "the output directory (default public/ in the source directory)")
	cmd.Flags().StringVar(&previous, "previous", "", "a previous build's output: fail if any of its addresses no longer resolves")
	cmd.Flags().BoolVar(&drafts, "drafts", false, "also build the draft editions, each page marked 'Concept': a preview, not for publishing")
	cmd.Flags().StringVarP(&baseURL, "baseURL", "b", "", "the address the site will be served from, e.g. https://example.org/factsheets/")
	cache.add(cmd)
	return cmd
}

// pdfSummary says how many of a build's PDFs were rendered and how many
// came from the cache.
func pdfSummary(total, rendered int) message.Text {
	if rendered == total {
		return message.New("%d rendered", rendered)
	}
	return message.New("%d rendered, %d from the cache", rendered, total-rendered)
}

// signalNames are the signals that stop a build, as people know them.
var signalNames = map[os.Signal]string{os.Interrupt: "SIGINT", syscall.SIGTERM: "SIGTERM"}

// interruptible returns a context that the first SIGINT or SIGTERM
// cancels, so the build can stop and clean up, and a function saying
// which signal that was. A second signal ends the process at once.
func interruptible() (context.Context, func() os.Signal) {
	ctx, cancel := context.WithCancel(context.Background())
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	var mu sync.Mutex
	var got os.Signal
	go func() {
		sig := <-signals
		signal.Reset(os.Interrupt, syscall.SIGTERM)
		mu.Lock()
		got = sig
		mu.Unlock()
		cancel()
	}()
	return ctx, func() os.Signal {
		mu.Lock()
		defer mu.Unlock()
		return got
	}
}

// interruptedError ends a build that a signal stopped, already reported.
type interruptedError struct{ signal os.Signal }

func (e *interruptedError) Error() string { return "interrupted by " + signalNames[e.signal] }

// exitCode is the shell's code for a process that a signal ended.
func (e *interruptedError) exitCode() int {
	if sig, ok := e.signal.(syscall.Signal); ok {
		return 128 + int(sig)
	}
	return exitInvalid
}
