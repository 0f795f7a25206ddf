package site

import (
	"fmt"
	"path/filepath"
	"sync"

	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/publication"
)

// publicationSet is the factsheet PDFs of the editions: files to publish,
// and the download of each edition, by its deck id.
type publicationSet struct {
	files     map[string][]byte // by path under static/
	downloads map[string]*download
}

// renderPublications makes the factsheet PDF of every edition, the older
// ones too, so that their addresses keep working.
func renderPublications(s *model.Site) (publicationSet, error) {
	set := publicationSet{files: map[string][]byte{}, downloads: map[string]*download{}}
	var editions []*model.Edition
	for _, f := range s.Factsheets {
		editions = append(editions, f.Editions...)
	}
	pdfs := make([][]byte, len(editions))
	errs := make([]error, len(editions))
	var wg sync.WaitGroup
	for i, e := range editions {
		wg.Go(func() { pdfs[i], errs[i] = publication.Render(e, s, e.DocumentDate()) })
	}
	wg.Wait()
	for i, e := range editions {
		if errs[i] != nil {
			return set, fmt.Errorf("the PDF of %s: %w", e.Ref(), errs[i])
		}
		name := publication.FileName(e)
		set.files[filepath.Join("publicatie", name)] = pdfs[i]
		set.downloads[model.DeckID(e, "")] = &download{
			Label: "A4", Path: "/publicatie/" + name, Size: fmt.Sprintf("%d kB", (len(pdfs[i])+512)/1024),
		}
	}
	return set, nil
}
