package load

import (
	"cmp"
	"math"
	"slices"
	"strconv"

	"github.com/rodedraad/rodedraad/internal/wording"
)

// rewordIndex finds the removed questions that an added question may be
// a rewording of, without comparing it with every one of them (2,000
// removed and 2,000 added questions took 25 s that way).
//
// It is a prefix filter, and exact: texts at least rewordedAt alike share
// at least a known number of words, so with each text's words sorted
// rarest first, they share one of the first few; only removed questions
// that share one of those are compared. Of two texts, the shorter one
// must share at least rewordedAt of its words, the longer one at least
// rewordedAt/(2-rewordedAt), which is why each text has a short (tight)
// and a longer (loose) prefix.
type rewordIndex struct {
	removed [][]string // the words of each removed question, as tokens
	// tight and loose list, for each token, the removed questions that
	// have it in their tight or loose prefix.
	tight, loose map[string][]int
	rarity       func(a, b string) int
}

// newRewordIndex indexes the removed texts; added are the texts that will
// be looked up, which count for how rare a word is.
func newRewordIndex(removed, added []string) *rewordIndex {
	x := &rewordIndex{tight: map[string][]int{}, loose: map[string][]int{}}
	freq := map[string]int{}
	for _, texts := range [][]string{removed, added} {
		for _, t := range texts {
			for _, tok := range tokens(t) {
				freq[tok]++
			}
		}
	}
	x.rarity = func(a, b string) int { return cmp.Or(cmp.Compare(freq[a], freq[b]), cmp.Compare(a, b)) }
	for i, t := range removed {
		toks := x.sorted(t)
		x.removed = append(x.removed, toks)
		for _, tok := range toks[:prefix(len(toks), rewordedAt)] {
			x.tight[tok] = append(x.tight[tok], i)
		}
		for _, tok := range toks[:prefix(len(toks), rewordedAt/(2-rewordedAt))] {
			x.loose[tok] = append(x.loose[tok], i)
		}
	}
	return x
}

// candidates returns, in order, the removed questions that may be at
// least rewordedAt alike to text, which must be one of the added texts
// the index was made with. When texts share only common words (a few
// words repeated over thousands of questions), every removed question is
// a candidate of every added one; so it gives up, returning false, once
// it has found more than limit.
func (x *rewordIndex) candidates(text string, limit int) ([]int, bool) {
	toks := x.sorted(text)
	n := len(toks)
	var found []int
	// A shorter or equal removed text shares a word of its tight prefix
	// with the loose prefix of text, a longer one the other way round.
	for _, tok := range toks[:prefix(n, rewordedAt/(2-rewordedAt))] {
		for _, i := range x.tight[tok] {
			if len(x.removed[i]) <= n {
				found = append(found, i)
			}
		}
		if len(found) > 2*limit {
			return nil, false
		}
	}
	for _, tok := range toks[:prefix(n, rewordedAt)] {
		for _, i := range x.loose[tok] {
			if len(x.removed[i]) >= n {
				found = append(found, i)
			}
		}
		if len(found) > 2*limit {
			return nil, false
		}
	}
	slices.Sort(found)
	found = slices.Compact(found)
	return found, len(found) <= limit
}

func (x *rewordIndex) sorted(text string) []string {
	toks := tokens(text)
	slices.SortFunc(toks, x.rarity)
	return toks
}

// tokens are the words of text as wording.Similarity compares them, each
// repeat of a word numbered so that shared tokens count shared words; a
// text without words is one empty token, so that it is found alike to
// another such text, as Similarity finds it.
func tokens(text string) []string {
	words := wording.Compared(text)
	if len(words) == 0 {
		return []string{""}
	}
	seen := map[string]int{}
	toks := make([]string, len(words))
	for i, w := range words {
		seen[w]++
		toks[i] = w + "#" + strconv.Itoa(seen[w])
	}
	return toks
}

// prefix is how many of n tokens, rarest first, must be indexed so that
// a text sharing at least share of them shares one of those.
func prefix(n int, share float64) int {
	// The tolerance rounds 0.6*5 = 3.0000000000000004 down to 3: a
	// prefix one too long costs a comparison, one too short a warning.
	need := int(math.Ceil(share*float64(n) - 1e-9))
	return n - need + 1
}
