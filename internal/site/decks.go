package site

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/rodedraad/rodedraad/internal/cards"
	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/pdfcache"
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

// fileSize is how a download's size reads beside its link: '54 kB'.
func fileSize(data []byte) string { return fmt.Sprintf("%d kB", (len(data)+512)/1024) }

// deckSet is the rendered decks: files to publish, and downloads by the
// deck's id.
type deckSet struct {
	files     map[string][]byte // by path under static/
	downloads map[string][]download
	problems  []message.Text
	rendered  int // PDFs laid out and rendered, not taken from a cache
	total     int // PDFs made, one per deck and format
	pending   int // PDFs whose last version stands in until they are rendered
}

// pdfMemo keeps rendered PDFs in memory, so that a live preview renders
// again only those whose input changed, without reading the cache on
// disk either, and can show a changed PDF's last version meanwhile.
type pdfMemo struct {
	rendered map[string]map[pdfcache.Key]cards.Result // by kind: the directory under static/
	last     map[string]cards.Result                  // by the file's path, the last one rendered
	stale    bool                                     // whether the last version stands in for a changed PDF
}

func newPDFMemo() *pdfMemo {
	return &pdfMemo{rendered: map[string]map[pdfcache.Key]cards.Result{}, last: map[string]cards.Result{}}
}

// lookup is the PDF of kind for key, or while stale, the last one at
// path. It says whether it found one, and whether that is a stand-in.
func (m *pdfMemo) lookup(kind string, key pdfcache.Key, path string) (res cards.Result, found, standIn bool) {
	if m == nil {
		return cards.Result{}, false, false
	}
	if res, ok := m.rendered[kind][key]; ok {
		return res, true, false
	}
	if res, ok := m.last[path]; ok && m.stale {
		return res, true, true
	}
	return cards.Result{}, false, false
}

// keep remembers the PDFs of this version of the data, and only those,
// among the ones of kind (a directory under static/).
func (m *pdfMemo) keep(kind string, keys []pdfcache.Key, paths []string, results []cards.Result, standIns []bool, errs []error) {
	if m == nil {
		return
	}
	kept := map[pdfcache.Key]cards.Result{}
	for i, res := range results {
		if errs[i] == nil && !standIns[i] {
			kept[keys[i]] = res
			m.last[paths[i]] = res
		}
	}
	m.rendered[kind] = kept
}

// deckMeta is what the cache on disk keeps of a deck besides its PDF, so
// that a deck taken from it reports what rendering it reported.
type deckMeta struct {
	Cards    int
	Problems []cards.Problem
}

// RenderDeck is cards.Render through cache, which may be nil: a deck the
// cache holds whole is neither laid out nor rendered. It says whether it
// rendered the deck. A deck it renders is stored in the cache; a failure
// to store it costs only the time to render it again next time, and
// cache.WriteError tells it.
func RenderDeck(cache *pdfcache.Cache, d cards.Dated, s *model.Site, o cards.Options) (res cards.Result, rendered bool, err error) {
	return renderDeck(cache, cards.Key(d.Deck, s, o, d.Date), d, s, o)
}

func renderDeck(cache *pdfcache.Cache, key pdfcache.Key, d cards.Dated, s *model.Site, o cards.Options) (cards.Result, bool, error) {
	if cache != nil {
		if e, ok := cache.Get(key); ok {
			var meta deckMeta
			if json.Unmarshal(e.Meta, &meta) == nil {
				return cards.Result{PDF: e.File, Cards: meta.Cards, Problems: meta.Problems}, false, nil
			}
		}
	}
	res, err := cards.Render(d.Deck, s, o, d.Date)
	if err != nil || cache == nil {
		return res, true, err
	}
	meta, err := json.Marshal(deckMeta{Cards: res.Cards, Problems: res.Problems})
	if err != nil {
		return res, true, err
	}
	_ = cache.Put(key, pdfcache.Entry{File: res.PDF, Meta: meta})
	return res, true, nil
}

// renderDecks renders every deck of s in every format, taking what it can
// from memo and then from disk, either of which may be nil.
func renderDecks(s *model.Site, memo *pdfMemo, disk *pdfcache.Cache) (deckSet, error) {
	set := deckSet{files: map[string][]byte{}, downloads: map[string][]download{}}
	decks := cards.Decks(s)
	results := make([]cards.Result, len(decks)*len(deckFormats))
	rendered := make([]bool, len(results))
	standIns := make([]bool, len(results))
	errs := make([]error, len(results))
	keys := make([]pdfcache.Key, len(results))
	paths := make([]string, len(results))
	var todo []int
	for i := range results {
		d, f := decks[i/len(deckFormats)], deckFormats[i%len(deckFormats)]
		keys[i] = cards.Key(d.Deck, s, f.opts, d.Date)
		paths[i] = filepath.Join("kaarten", cards.FileName(d.Deck, f.opts))
		var found bool
		if results[i], found, standIns[i] = memo.lookup("kaarten", keys[i], paths[i]); !found {
			todo = append(todo, i)
		} else if standIns[i] {
			set.pending++
		}
	}
	// Render on every core; collect in order, so the output is the same.
	var wg sync.WaitGroup
	work := make(chan int)
	for range runtime.NumCPU() {
		wg.Go(func() {
			for i := range work {
				d, f := decks[i/len(deckFormats)], deckFormats[i%len(deckFormats)]
				results[i], rendered[i], errs[i] = renderDeck(disk, keys[i], d, s, f.opts)
			}
		})
	}
	for _, i := range todo {
		work <- i
	}
	close(work)
	wg.Wait()
	memo.keep("kaarten", keys, paths, results, standIns, errs)
	set.total = len(results)
	for _, r := range rendered {
		if r {
			set.rendered++
		}
	}
	for i, d := range decks {
		for j, f := range deckFormats {
			res, err := results[i*len(deckFormats)+j], errs[i*len(deckFormats)+j]
			if err != nil {
				return set, err
			}
			name := cards.FileName(d.Deck, f.opts)
			set.files[paths[i*len(deckFormats)+j]] = res.PDF
			for _, id := range d.FormerIDs {
				former := d.Deck
				former.ID = id
				set.files[filepath.Join("kaarten", cards.FileName(former, f.opts))] = res.PDF
			}
			set.downloads[d.ID] = append(set.downloads[d.ID], download{
				Label: f.label, Path: "/kaarten/" + name, Size: fileSize(res.PDF), Cards: res.Cards,
			})
			for _, p := range res.Problems {
				set.problems = append(set.problems, p.Text())
			}
		}
	}
	return set, nil
}
