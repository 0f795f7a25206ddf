package load

import (
	"fmt"
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
		candidates, ok := x.candidates(a, len(removed))
		if !ok {
			t.Fatalf("candidates of %q: gave up below the number of removed texts", a)
		}
		for _, i := range candidates {
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
		candidates, _ := x.candidates(a, len(removed))
		for _, i := range candidates {
			found = append(found, removed[i])
		}
	}
	if got, want := strings.Join(found, " | "), removed[1500]+" | "+removed[3]; got != want {
		t.Errorf("candidates: got %s\nwant %s", got, want)
	}
}

// TestRewordCheckStaysBounded: 2,000 questions gone (and the fixture's
// own) and 2,000 new, all
// written with the same 24 words, make every removed question a candidate
// of every added one. The check stops within its budget and says so at
// the edition's previous, instead of comparing four million pairs (25 s
// and more before the budget).
func TestRewordCheckStaysBounded(t *testing.T) {
	theme := func(prefix string, variant int) string {
		words := strings.Fields("gezin ouders jongere plan regie school wijk team vertrouwen gesprek doel zorg " +
			"signaal netwerk tijd taal besluit overleg veiligheid hulp rol keten vraag verhaal")
		var s strings.Builder
		s.WriteString("title = \"Goed luisteren\"\nfinding = \"Ouders voelen zich niet altijd gehoord.\"\n")
		r := rand.New(rand.NewPCG(uint64(variant), 7))
		for i := range 2000 {
			fmt.Fprintf(&s, "\n[[questions]]\nid = \"%s-%d\"\ntext = \"Hoe", prefix, i)
			for range 12 {
				s.WriteString(" " + words[r.IntN(len(words))])
			}
			s.WriteString("?\"\n")
		}
		return s.String()
	}
	diags := secondEdition(t, "title = \"Nieuw\"\nprevious = \"2024\"\nthemes = [\"luisteren\"]\n", theme("nieuw", 2),
		map[string]string{"data/factsheets/demo/2024/themes/luisteren.toml": theme("oud", 1)})
	want := `proj/` + newEdition + `:2:1: warning: previous: 2001 questions of edition 2024 are gone and 2000 are new, and they share so many words that comparing them for rewordings would take too long; the check stopped, so compare the editions with rodedraad diff instead`
	found := 0
	for _, m := range messages(diags) {
		if strings.Contains(m, "the check stopped") {
			found++
			if m != want {
				t.Errorf("got:\n%s\nwant:\n%s", m, want)
			}
		}
	}
	if found != 1 {
		t.Errorf("%d messages that the check stopped, want 1", found)
	}
}
