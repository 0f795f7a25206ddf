// Package wording compares texts word by word: how alike two wordings
// are, and which words changed from one to the other.
package wording

import (
	"strings"
	"unicode"
)

// Words splits a text into words, keeping punctuation attached, as a
// reader sees them.
func Words(text string) []string { return strings.Fields(text) }

// Similarity is the share of words two texts have in common, in order,
// from 0 (nothing alike) to 1 (the same words). Case and punctuation do
// not count: a reworded question that only gained a comma is the same.
func Similarity(a, b string) float64 {
	wa, wb := Compared(a), Compared(b)
	if len(wa)+len(wb) == 0 {
		return 1
	}
	common := 0
	for _, op := range diff(wa, wb) {
		if op.Kind == Same {
			common += len(op.Words)
		}
	}
	return 2 * float64(common) / float64(len(wa)+len(wb))
}

// Compared is the words of text as Similarity compares them: lowercase,
// without the punctuation around them.
func Compared(text string) []string { return normalise(Words(text)) }

func normalise(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// OpKind says what happened to a run of words.
type OpKind string

// The kinds of change, named as in the JSON output of the diff.
const (
	Same    OpKind = "same"
	Deleted OpKind = "deleted"
	Added   OpKind = "added"
)

// Op is a run of words that stayed, went or came.
type Op struct {
	Kind  OpKind   `json:"kind"`
	Words []string `json:"words"`
}

// Text is the words of the run joined by spaces.
func (o Op) Text() string { return strings.Join(o.Words, " ") }

// Diff returns the word-level changes from old to new: runs of words
// kept, deleted and added, deletions before additions where both occur.
func Diff(old, new string) []Op { return diff(Words(old), Words(new)) }

// diff is a longest-common-subsequence diff; texts here are sentences,
// so the quadratic table stays small.
func diff(a, b []string) []Op {
	// lcs[i][j] is the length of the longest common subsequence of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []Op
	add := func(kind OpKind, w string) {
		if n := len(ops); n > 0 && ops[n-1].Kind == kind {
			ops[n-1].Words = append(ops[n-1].Words, w)
			return
		}
		ops = append(ops, Op{Kind: kind, Words: []string{w}})
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			add(Same, a[i])
			i, j = i+1, j+1
		case j == len(b) || (i < len(a) && lcs[i+1][j] >= lcs[i][j+1]):
			add(Deleted, a[i])
			i++
		default:
			add(Added, b[j])
			j++
		}
	}
	return ops
}
