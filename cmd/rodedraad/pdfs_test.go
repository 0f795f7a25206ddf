package main

import (
	"io/fs"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
	"github.com/rodedraad/rodedraad/internal/cards"
	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/markdown"
)

// The 'Done when' for every PDF the demo site publishes: tagged,
// sound, its fonts embedded as subsets; and each card of a deck is a
// section of its own, in deck order, holding its question's text, which
// copied out of the PDF comes in one piece and in deck order too.
func TestEveryPDFOfTheDemoIsTaggedSoundAndReadsInOrder(t *testing.T) {
	pdfinfo := browsertest.Tool(t, "pdfinfo", "poppler-utils")
	pdffonts := browsertest.Tool(t, "pdffonts", "poppler-utils")
	qpdf := browsertest.Tool(t, "qpdf", "qpdf")
	out := filepath.Join(t.TempDir(), "public")
	if code, stdout, stderr := runCLI("build", "-s", "../..", "-d", out); code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	tool := func(name string, args ...string) string {
		t.Helper()
		b, err := exec.Command(name, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s %v: %v\n%s", filepath.Base(name), args, err, b)
		}
		return string(b)
	}
	var pdfs []string
	filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".pdf") {
			pdfs = append(pdfs, path)
		}
		return err
	})
	if len(pdfs) < 20 {
		t.Fatalf("the demo build has %d PDFs; want the decks and the factsheets", len(pdfs))
	}
	for _, path := range pdfs {
		rel, _ := filepath.Rel(out, path)
		if info := tool(pdfinfo, path); !strings.Contains(info, "Tagged:          yes") {
			t.Errorf("%s is not tagged:\n%s", rel, info)
		}
		tool(qpdf, "--check", path)
		fonts := strings.Split(strings.TrimSpace(tool(pdffonts, path)), "\n")[2:]
		for _, f := range fonts {
			fields := strings.Fields(f)
			if len(fields) < 7 || !strings.Contains(fields[0], "+") || fields[len(fields)-5] != "yes" || fields[len(fields)-4] != "yes" || fields[len(fields)-3] != "yes" {
				t.Errorf("%s: a font is not embedded as a subset with Unicode: %s", rel, f)
			}
		}
	}

	s, diags := load.Site("../..")
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	s.DropDrafts()
	decks := cards.Decks(s)
	pdftotext := browsertest.Tool(t, "pdftotext", "poppler-utils")
	for _, d := range decks {
		name := cards.FileName(d.Deck, cards.Options{Size: cards.A6, Sheet: cards.A4})
		path := filepath.Join(out, "kaarten", name)
		// In the order of the content, as text is copied out of the PDF
		// (pdftotext -raw), every question comes in one piece, in deck
		// order; a word broken at a line's end ends in a soft hyphen.
		text := squash(strings.ReplaceAll(tool(pdftotext, "-raw", path, "-"), "\u00ad\n", ""))
		at := 0
		for _, g := range d.Groups {
			for _, q := range g.Questions {
				want := squash(markdown.Plain(string(q.Text)))
				i := strings.Index(text[at:], want)
				if i < 0 {
					t.Errorf("%s: question %s is not in the text in one piece after the questions before it: %q", name, q.ID, want)
					break
				}
				at += i + len(want)
			}
		}
		sections := topSections(tool(pdfinfo, "-struct-text", path))
		if len(sections) != d.Count()+1 {
			t.Errorf("%s: %d sections in the structure, want %d cards", name, len(sections), d.Count()+1)
			continue
		}
		n := 1
		for _, g := range d.Groups {
			for _, q := range g.Questions {
				if want := squash(markdown.Plain(string(q.Text))); !strings.Contains(sections[n], want) {
					t.Errorf("%s: section %d does not hold question %s in one piece: %q\nwant %q", name, n, q.ID, sections[n], want)
				}
				n++
			}
		}
	}
}

// topSections splits pdfinfo -struct-text output into the text of each
// section under the document, the lines of each joined.
func topSections(structure string) []string {
	var out []string
	for _, line := range strings.Split(structure, "\n") {
		switch {
		case strings.HasPrefix(line, "  Sect"):
			out = append(out, "")
		case len(out) > 0 && strings.HasPrefix(strings.TrimSpace(line), `"`):
			out[len(out)-1] += strings.Trim(strings.TrimSpace(line), `"`) + " "
		}
	}
	for i := range out {
		out[i] = squash(out[i])
	}
	return out
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
