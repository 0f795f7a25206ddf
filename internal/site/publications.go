package site

import (
	"fmt"
	"path/filepath"
	"sync"

	"github.com/rodedraad/rodedraad/internal/cards"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/pdfcache"
	"github.com/rodedraad/rodedraad/internal/publication"
)

// publicationSet is the factsheet PDFs of the editions: files to publish,
// and the download of each edition, by its deck id.
type publicationSet struct {
	files     map[string][]byte // by path under static/
	downloads map[string]*download
	rendered  int // PDFs rendered, not taken from the cache
	total     int // PDFs made, one per edition
	pending   int // PDFs whose last version stands in until they are rendered
}

// renderPublications makes the factsheet PDF of every edition, the older
// ones too, so that their addresses keep working, taking what it can
// from cache, which may be nil.
func renderPublications(s *model.Site, memo *pdfMemo, cache *pdfcache.Cache) (publicationSet, error) {
	set := publicationSet{files: map[string][]byte{}, downloads: map[string]*download{}}
	var editions []*model.Edition
	for _, f := range s.Factsheets {
		editions = append(editions, f.Editions...)
	}
	results := make([]cards.Result, len(editions))
	rendered := make([]bool, len(editions))
	standIns := make([]bool, len(editions))
	errs := make([]error, len(editions))
	keys := make([]pdfcache.Key, len(editions))
	paths := make([]string, len(editions))
	var wg sync.WaitGroup
	for i, e := range editions {
		keys[i] = publication.Key(e, s, e.DocumentDate())
		paths[i] = filepath.Join(model.PublicationDir, publication.FileName(e))
		var found bool
		if results[i], found, standIns[i] = memo.lookup(model.PublicationDir, keys[i], paths[i]); found {
			if standIns[i] {
				set.pending++
			}
			continue
		}
		wg.Go(func() { results[i].PDF, rendered[i], errs[i] = renderPublication(cache, keys[i], e, s) })
	}
	wg.Wait()
	memo.keep(model.PublicationDir, keys, paths, results, standIns, errs)
	set.total = len(editions)
	for _, r := range rendered {
		if r {
			set.rendered++
		}
	}
	for i, e := range editions {
		if errs[i] != nil {
			return set, fmt.Errorf("the PDF of %s: %w", e.Ref(), errs[i])
		}
		set.files[paths[i]] = results[i].PDF
		set.downloads[model.DeckID(e, "")] = &download{
			Label: "A4", Path: "/" + filepath.ToSlash(paths[i]), Size: fileSize(results[i].PDF),
		}
	}
	return set, nil
}

// renderPublication is publication.Render through cache, which may be
// nil. It says whether it rendered the PDF.
func renderPublication(cache *pdfcache.Cache, key pdfcache.Key, e *model.Edition, s *model.Site) ([]byte, bool, error) {
	date := e.DocumentDate()
	if cache == nil {
		pdf, err := publication.Render(e, s, date)
		return pdf, true, err
	}
	if entry, ok := cache.Get(key); ok {
		return entry.File, false, nil
	}
	pdf, err := publication.Render(e, s, date)
	if err == nil {
		_ = cache.Put(key, pdfcache.Entry{File: pdf}) // a failure costs only the time to render it again; cache.WriteError tells it
	}
	return pdf, true, err
}
