package load

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/wording"
)

// TestRewordIndexFindsWhatComparingAllFinds: for texts of a small
// vocabulary, many of them near the threshold, the index's candidates
// give the same best match as comparing every pair, as checkReworded
// used to.
func TestRewordIndexFindsWhatComparingAllFinds(t *testing.T) {
	vocabulary := strings.Fields("Hoe zorg ik dat ouders echt meedoen, samen met de school? ? !")
	r := rand.New(rand.NewPCG(12, 2024))
	text := func() string {
		words := make([]string, r.IntN(9))
		for i := range words {
			words[i] = vocabulary[r.IntN(len(vocabulary))]
		}
		return strings.Join(words, " ")
	}
	var removed, added []string
	for range 300 {
		removed, added = append(removed, text()), append(added, text())
	}
	x := newRewordIndex(removed, added)
	matches := 0
	for _, a := range added {
		want, wantScore := -1, 0.0
		for i, old := range removed {
			if s := wording.Similarity(old, a); s > wantScore {
				want, wantScore = i, s
			}
		}
		got, gotScore := -1, 0.0
		for _, i := range x.candidates(a) {
			if s := wording.Similarity(removed[i], a); s > gotScore {
				got, gotScore = i, s
			}
		}
		if wantScore < rewordedAt {
			continue
		}
		matches++
		if got != want {
			t.Errorf("%q: got %d (%.2f), want %q (%.2f)", a, got, gotScore, removed[want], wantScore)
		}
	}
	if matches < 100 {
		t.Fatalf("only %d texts have a match: the test compares too little", matches)
	}
}

// TestRewordIndexComparesOnlyTextsSharingRareWords: of 2,000 removed and
// 2,000 added questions that share only common words, the two that are
// rewordings are the only candidates (comparing every pair took 25 s).
func TestRewordIndexComparesOnlyTextsSharingRareWords(t *testing.T) {
	var removed, added []string
	for i := range 2000 {
		removed = append(removed, "Hoe bespreek ik "+madeUpWord("oud", i, 1)+" met "+madeUpWord("oud", i, 2)+" en de "+madeUpWord("oud", i, 3)+"?")
		added = append(added, "Hoe bespreek ik "+madeUpWord("nieuw", i, 1)+" met "+madeUpWord("nieuw", i, 2)+" en de "+madeUpWord("nieuw", i, 3)+"?")
	}
	added[7] = strings.Replace(removed[1500], "Hoe", "Hoe en wanneer", 1)
	added[1999] = strings.TrimSuffix(removed[3], "?") + " thuis?"
	x := newRewordIndex(removed, added)
	var found []string
	for _, a := range added {
		for _, i := range x.candidates(a) {
			found = append(found, removed[i])
		}
	}
	if got, want := strings.Join(found, " | "), removed[1500]+" | "+removed[3]; got != want {
		t.Errorf("candidates: got %s\nwant %s", got, want)
	}
}
