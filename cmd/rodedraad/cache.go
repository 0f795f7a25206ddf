package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/rodedraad/rodedraad/internal/pdfcache"
	"github.com/spf13/cobra"
)

// cacheFlags say where build, cards and serve keep rendered PDFs, named
// as Hugo names its own cache's flags.
type cacheFlags struct {
	dir    string
	ignore bool
}

func (c *cacheFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&c.dir, "cacheDir", "", "where rendered PDFs are kept between runs, and build's share pictures in images/ there (default resources/_gen/pdf and resources/_gen/images in the source directory)")
	cmd.Flags().BoolVar(&c.ignore, "ignoreCache", false, "render every PDF (and build every share picture) again, and store the new ones in the cache")
}

// open opens the cache. Where it cannot be written, as in a read-only
// checkout, the command renders the PDFs it does not find there, as it
// would without a cache, and warnUnwritten says so once at the end.
func (c *cacheFlags) open(source string) *pdfcache.Cache {
	dir := c.dir
	if dir == "" {
		dir = filepath.Join(source, "resources", "_gen", "pdf")
	}
	cache := pdfcache.Open(dir)
	cache.Refresh = c.ignore
	return cache
}

// images is where build keeps the share pictures Hugo draws: Hugo's
// own place for them, resources/_gen/images in the source directory, or
// images/ in --cacheDir.
func (c *cacheFlags) images(source string) string {
	if c.dir == "" {
		return filepath.Join(source, "resources", "_gen", "images")
	}
	return filepath.Join(c.dir, "images")
}

// warnUnwritten says, once, that PDFs rendered now could not be stored
// and will be rendered again next time.
func warnUnwritten(cache *pdfcache.Cache, stderr io.Writer) {
	if err := cache.WriteError(); err != nil {
		fmt.Fprintf(stderr, "warning: rendered PDFs cannot be kept in %s (%v), so every run renders them again, which takes longer. Choose another directory with --cacheDir.\n", cache.Dir(), err)
	}
}
