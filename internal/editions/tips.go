package editions

import (
	"strconv"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/wording"
)

// rewordedTip is how alike a removed and an added tip at the same spot
// must be to count as one tip reworded rather than one replaced by
// another. Tips are short, so half the words in common is a lot.
const rewordedTip = 0.5

// tips compares the tips of each pair of themes, and of the closings.
// Tips of an added or removed theme are all added or removed.
func (c *comparison) tips() []TextChange {
	out := []TextChange{}
	// Removed tips are listed after the rest, in the old reading order,
	// which differs from the new one when themes moved: keep them by the
	// old theme until then.
	gone := map[*model.Theme][]TextChange{}
	for _, n := range c.new.Themes {
		var was []model.Inline
		var from Place
		o := c.continues[n]
		if o != nil {
			was, from = o.Tips, themePlace(o)
		}
		kept, removed := diffTips(was, n.Tips, from, themePlace(n))
		out = append(out, kept...)
		if o != nil {
			gone[o] = removed
		}
	}
	was, from := closingTips(c.old)
	now, to := closingTips(c.new)
	kept, closingGone := diffTips(was, now, from, to)
	out = append(out, kept...)
	for _, o := range c.old.Themes {
		if c.continuedBy[o] == nil {
			_, gone[o] = diffTips(o.Tips, nil, themePlace(o), Place{})
		}
		out = append(out, gone[o]...)
	}
	return append(out, closingGone...)
}

func closingTips(e *model.Edition) ([]model.Inline, Place) {
	if e.Closing == nil {
		return nil, Place{Kind: InClosing}
	}
	return e.Closing.Tips, Place{Kind: InClosing, Title: e.Closing.Title}
}

// diffTips compares two sequences of tips, of the old place from and
// the new place to. It returns the added and changed tips in their new
// order, and the removed ones in their old order.
//
// Tips have no ids, so their texts and order decide: a tip that only
// moved is no change; the longest common subsequence of the texts
// stays, and where tips were removed and added at the same
// spot, a removed one and an added one that read alike are paired as one
// reworded tip. Pairs keep their order, so a tip never pairs with one
// that came before the previous pair.
func diffTips(old, new []model.Inline, from, to Place) (kept, removed []TextChange) {
	return diffTexts(plainTexts(old), plainTexts(new), from, to)
}

// diffTexts is diffTips for texts that are plain already.
func diffTexts(was, now []string, from, to Place) (kept, removed []TextChange) {
	var gone, came []int // indexes of the tips removed and added at one spot
	flush := func() {
		pairs, next := map[int]int{}, 0 // index in came -> index in gone
		for _, g := range gone {
			best, score := -1, 0.0
			for k := next; k < len(came); k++ {
				if s := wording.Similarity(was[g], now[came[k]]); s >= rewordedTip && s > score {
					best, score = k, s
				}
			}
			if best < 0 {
				removed = append(removed, TextChange{Place: from, Kind: Removed, Old: was[g]})
				continue
			}
			pairs[best], next = g, best+1
		}
		for k, j := range came {
			if g, ok := pairs[k]; ok {
				kept = append(kept, TextChange{Place: to, Kind: Changed, Old: was[g], New: now[j], Words: wording.Diff(was[g], now[j])})
			} else {
				kept = append(kept, TextChange{Place: to, Kind: Added, New: now[j]})
			}
		}
		gone, came = gone[:0], came[:0]
	}
	i, j := 0, 0
	for _, op := range sequenceDiff(was, now) {
		if op.Kind == wording.Same {
			flush() // the end of a spot with changes
		}
		for range op.Words {
			switch op.Kind {
			case wording.Same:
				i, j = i+1, j+1
			case wording.Deleted:
				gone, i = append(gone, i), i+1
			case wording.Added:
				came, j = append(came, j), j+1
			}
		}
	}
	flush()
	return withoutReordered(kept, removed)
}

// withoutReordered drops a tip that was removed at one spot and added
// unchanged at another: a new order is no news to a reader.
func withoutReordered(kept, removed []TextChange) ([]TextChange, []TextChange) {
	moved := map[string]int{}
	for _, r := range removed {
		moved[r.Old]++
	}
	var k []TextChange
	for _, c := range kept {
		if c.Kind == Added && moved[c.New] > 0 {
			moved[c.New]--
			continue
		}
		k = append(k, c)
	}
	// Now moved counts, by text, the removals that no addition matched.
	var r []TextChange
	for _, c := range removed {
		if moved[c.Old] > 0 {
			moved[c.Old]--
			r = append(r, c)
		}
	}
	return k, r
}

// sequenceDiff diffs two sequences of texts with wording.Diff, the one
// diff of the project: each distinct text becomes one word, so the word
// diff of the two 'sentences' is the diff of the sequences.
func sequenceDiff(a, b []string) []wording.Op {
	tokens := map[string]string{}
	sentence := func(texts []string) string {
		words := make([]string, len(texts))
		for i, t := range texts {
			if _, ok := tokens[t]; !ok {
				tokens[t] = "t" + strconv.Itoa(len(tokens))
			}
			words[i] = tokens[t]
		}
		return strings.Join(words, " ")
	}
	return wording.Diff(sentence(a), sentence(b))
}

func plainTexts(texts []model.Inline) []string {
	out := make([]string, len(texts))
	for i, t := range texts {
		out[i] = plain(t)
	}
	return out
}
