package site

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/rodedraad/rodedraad/internal/cards"
	"github.com/rodedraad/rodedraad/internal/model"
)

// deckFormats are the card decks the site offers for download.
var deckFormats = []struct {
	opts  cards.Options
	label string
}{
	{cards.Options{Size: cards.A6, Sheet: cards.A4}, "A6, 4 per A4"},
	{cards.Options{Size: cards.A7, Sheet: cards.A4}, "A7, 8 per A4"},
}

// download is a file the site offers, with what a reader needs to know
// before downloading it.
type download struct {
	Label string `json:"label"`
	Path  string `json:"path"` // from the site root, the same in every language
	Size  string `json:"size"` // e.g. '54 kB'
	Cards int    `json:"cards"`
}

// deckSet is the rendered decks: files to publish, and downloads by the
// deck's id.
type deckSet struct {
	files     map[string][]byte // by path under static/
	downloads map[string][]download
	problems  []string
}

// deckCache keeps rendered decks by their content, so that a live
// preview renders again only the decks whose cards changed.
type deckCache map[[sha256.Size]byte]cards.Result

// deckKey is what a deck's PDF is made from: its cards, the format, and
// the site's reflection levels, whose guiding questions are printed on
// the cards.
func deckKey(d cards.Dated, o cards.Options, levels []model.Level) [sha256.Size]byte {
	data, err := json.Marshal(struct {
		Deck   cards.Dated
		Opts   cards.Options
		Levels []model.Level
	}{d, o, levels})
	if err != nil {
		panic(err) // decks are plain data: strings, numbers and slices
	}
	return sha256.Sum256(data)
}

// renderDecks renders every deck of s in every format, taking what it can
// from cache, which may be nil.
func renderDecks(s *model.Site, cache deckCache) (deckSet, error) {
	set := deckSet{files: map[string][]byte{}, downloads: map[string][]download{}}
	decks, err := cards.Decks(s, "")
	if err != nil {
		return set, err
	}
	results := make([]cards.Result, len(decks)*len(deckFormats))
	errs := make([]error, len(results))
	keys := make([][sha256.Size]byte, len(results))
	var todo []int
	for i := range results {
		d, f := decks[i/len(deckFormats)], deckFormats[i%len(deckFormats)]
		keys[i] = deckKey(d, f.opts, s.Levels)
		if res, ok := cache[keys[i]]; ok {
			results[i] = res
		} else {
			todo = append(todo, i)
		}
	}
	// Render on every core; collect in order, so the output is the same.
	var wg sync.WaitGroup
	work := make(chan int)
	for range runtime.NumCPU() {
		wg.Go(func() {
			for i := range work {
				d, f := decks[i/len(deckFormats)], deckFormats[i%len(deckFormats)]
				results[i], errs[i] = cards.Render(d.Deck, s, f.opts, d.Date)
			}
		})
	}
	for _, i := range todo {
		work <- i
	}
	close(work)
	wg.Wait()
	if cache != nil {
		clear(cache) // keep only the decks of this version of the data
		for i, res := range results {
			if errs[i] == nil {
				cache[keys[i]] = res
			}
		}
	}
	for i, d := range decks {
		for j, f := range deckFormats {
			res, err := results[i*len(deckFormats)+j], errs[i*len(deckFormats)+j]
			if err != nil {
				return set, err
			}
			name := cards.FileName(d.Deck, f.opts)
			set.files[filepath.Join("kaarten", name)] = res.PDF
			for _, id := range d.FormerIDs {
				former := d.Deck
				former.ID = id
				set.files[filepath.Join("kaarten", cards.FileName(former, f.opts))] = res.PDF
			}
			set.downloads[d.ID] = append(set.downloads[d.ID], download{
				Label: f.label, Path: "/kaarten/" + name, Size: fmt.Sprintf("%d kB", (len(res.PDF)+512)/1024), Cards: res.Cards,
			})
			for _, p := range res.Problems {
				set.problems = append(set.problems, p.String())
			}
		}
	}
	return set, nil
}
