package importer

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/docx/docxtest"
)

// pathological are the inputs of issue 12 that took minutes: 16,000
// identical question lines of 9 bytes (144 KB), and 16,000 lines '> Rode
// draad' (208 KB).
var pathological = []struct {
	name, head, line string
}{
	{"questions", "Titel\n\n> Rode draad\n\nThema\n\nEen bevinding.\n\n> Reflectievragen voor professionals\n\n", "- Vraag?\n"},
	{"theme-markers", "", "> Rode draad\n"},
}

func pathologicalText(head, line string, n int) []byte {
	return []byte(head + strings.Repeat(line, n))
}

// BenchmarkImportPathological imports each input at 4,000, 8,000 and
// 16,000 lines: when the import is linear, the time per op doubles from
// one size to the next.
func BenchmarkImportPathological(b *testing.B) {
	for _, p := range pathological {
		for _, n := range []int{4000, 8000, 16000} {
			src := pathologicalText(p.head, p.line, n)
			b.Run(fmt.Sprintf("%s/%d", p.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				for b.Loop() {
					// Beyond MaxThemes the import stops with an error, after reading it all.
					var tooMany *TooManyThemesError
					if _, err := Import(src, Options{Name: "x.txt"}); err != nil && !errors.As(err, &tooMany) {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkImportWordPathological imports a Word document of 4,000, 8,000
// and 16,000 question paragraphs, each reported by its paragraph: when
// the import is linear, the time per op doubles from one size to the
// next.
func BenchmarkImportWordPathological(b *testing.B) {
	for _, n := range []int{4000, 8000, 16000} {
		doc := docxtest.Factsheet()
		for range n {
			doc.Body = append(doc.Body, docxtest.P("", docxtest.R("LOSSE LETTERS")))
		}
		src := doc.Bytes()
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				res, err := Import(src, Options{Name: "x.docx"})
				if err != nil || len(res.Unplaced) < n {
					b.Fatalf("%v, %d unplaced", err, len(res.Unplaced))
				}
			}
		})
	}
}
