package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/rodedraad/rodedraad/internal/pdfcache"
	"github.com/spf13/cobra"
)

// cacheFlags say where build, cards and serve keep rendered card decks,
// named as Hugo names its own cache's flags.
type cacheFlags struct {
	dir    string
	ignore bool
}

func (c *cacheFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&c.dir, "cacheDir", "", "where rendered card decks are kept between runs (default resources/_gen/pdf in the source directory)")
	cmd.Flags().BoolVar(&c.ignore, "ignoreCache", false, "render every card deck again, and store the new PDFs in the cache")
}

// open opens the cache, or returns nil after one warning when it cannot
// be written, as in a read-only checkout: the command then renders every
// deck, as it would without a cache.
func (c *cacheFlags) open(source string, stderr io.Writer) *pdfcache.Cache {
	dir := c.dir
	if dir == "" {
		dir = filepath.Join(source, "resources", "_gen", "pdf")
	}
	cache, err := pdfcache.Open(dir)
	if err != nil {
		fmt.Fprintf(stderr, "warning: the card decks cannot be kept in %s (%v); every deck is rendered, which takes longer. Choose another directory with --cacheDir.\n", dir, err)
		return nil
	}
	cache.Refresh = c.ignore
	return cache
}

// warnUnwritten says, once, that decks rendered now could not be stored
// and will be rendered again next time.
func warnUnwritten(cache *pdfcache.Cache, stderr io.Writer) {
	if cache == nil {
		return
	}
	if err := cache.WriteError(); err != nil {
		fmt.Fprintf(stderr, "warning: card decks could not be stored in the cache %s (%v); the next run renders them again.\n", cache.Dir(), err)
	}
}
