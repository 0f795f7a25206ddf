package load

import (
	"fmt"
	"strings"
	"testing"
)

// pathological are inputs that once took minutes and gigabytes to check
// (issue 12), at the size the issue measured them; the benchmark runs
// each at one, two and four times that size, so its timings show whether
// the work grows with the input or stays bounded.
var pathological = []struct {
	name  string
	size  int // the size: nesting depth, parts or questions
	files func(n int) map[string]string
}{
	{"nested-arrays", 100_000, func(n int) map[string]string {
		return map[string]string{theme: themeWith("extra = " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n")}
	}},
	{"nested-inline-tables", 5_000, func(n int) map[string]string {
		return map[string]string{theme: themeWith("extra = " + strings.Repeat("{a=", n) + "1" + strings.Repeat("}", n) + "\n")}
	}},
	{"dotted-header-parts", 100_000, func(n int) map[string]string {
		return map[string]string{theme: themeWith("[" + strings.TrimSuffix(strings.Repeat("a.", n), ".") + "]\n")}
	}},
	{"reworded-question-pairs", 2_000, rewordedPairs},
}

// themeWith is a valid theme with text added at its end.
func themeWith(extra string) string {
	return "title = \"Goed luisteren\"\nfinding = \"Ouders voelen zich niet gehoord.\"\nquestions = []\n" + extra
}

// rewordedPairs is a second edition whose one theme has n questions, none
// of them kept from the first edition's theme, which has n others: every
// removed question is a candidate for every added one. The words are
// made up, so that no two questions share more than the common words.
func rewordedPairs(n int) map[string]string {
	questions := func(prefix string) string {
		var b strings.Builder
		b.WriteString("title = \"Goed luisteren\"\nfinding = \"Ouders voelen zich niet gehoord.\"\n")
		for i := range n {
			fmt.Fprintf(&b, "\n[[questions]]\nid = \"%s-%d\"\ntext = \"Hoe bespreek ik %s met %s en de %s?\"\n",
				prefix, i, madeUpWord(prefix, i, 1), madeUpWord(prefix, i, 2), madeUpWord(prefix, i, 3))
		}
		return b.String()
	}
	return map[string]string{
		factsheet:  factsheetV2,
		newEdition: "title = \"Nieuw\"\nprevious = \"2024\"\nthemes = [\"luisteren\"]\n",
		newTheme:   questions("nieuw"),
		theme:      questions("oud"),
	}
}

// madeUpWord is a word of syllables that differs for every prefix, i and
// part.
func madeUpWord(prefix string, i, part int) string {
	syllables := []string{"ba", "de", "ko", "lu", "mi", "no", "pe", "ra", "si", "tu"}
	w := prefix[:1]
	for n := i*10 + part; n > 0; n /= 10 {
		w += syllables[n%10]
	}
	return w
}

func BenchmarkCheckPathological(b *testing.B) {
	for _, p := range pathological {
		for _, times := range []int{1, 2, 4} {
			b.Run(fmt.Sprintf("%s/%dx", p.name, times), func(b *testing.B) {
				fsys := fixture(b, p.files(p.size*times))
				b.ReportAllocs()
				for b.Loop() {
					FS(fsys, "proj")
				}
			})
		}
	}
}
