package cards

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/browsertest"
	"github.com/rodedraad/rodedraad/internal/hyphen"
	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/typeset"
)

func demo(t testing.TB) *model.Site {
	t.Helper()
	s, diags := load.Site("../..")
	if diags.HasErrors() {
		t.Fatalf("demo data: %v", diags)
	}
	return s
}

func demoDecks(t testing.TB) []Dated {
	t.Helper()
	return Decks(demo(t))
}

// checkSafeArea lays out every side of every card and fails when any text
// falls outside the card's safe area, or its band label outside the band.
func checkSafeArea(t *testing.T, d Deck, size Size) []Problem {
	t.Helper()
	f := formats[size]
	r := newRenderer(f, A4)
	var problems []Problem
	for _, c := range cardsOf(d, nil) {
		for side, blocks := range map[string][]block{"front": c.front, "back": c.back} {
			l := layout(blocks, f.body(), f.maxSize, f.minSize, r)
			if !l.fits {
				problems = append(problems, Problem{Deck: d.ID, Card: c.id, Side: side})
			}
			for _, b := range l.boxes() {
				if !f.body().contains(b) || !f.safe().contains(b) {
					t.Errorf("%s %s card %s (%s): text at %+v is outside the safe area %+v", d.ID, size, c.id, side, b, f.body())
				}
			}
		}
		for _, b := range r.labelLayout(c).boxes() {
			if !f.label().contains(b) {
				t.Errorf("%s %s card %s: label at %+v is outside the band %+v", d.ID, size, c.id, b, f.label())
			}
		}
		_, _, boxes := r.footerBoxes(c.footL, c.footR)
		for _, b := range boxes {
			if !f.safe().contains(b) {
				t.Errorf("%s %s card %s: footer at %+v is outside the safe area", d.ID, size, c.id, b)
			}
		}
	}
	return problems
}

func TestDemoCardsStayInTheSafeArea(t *testing.T) {
	for _, d := range demoDecks(t) {
		for _, size := range []Size{A6, A7} {
			if problems := checkSafeArea(t, d.Deck, size); len(problems) > 0 {
				t.Errorf("%s %s: cards too long for the card: %v", d.ID, size, problems)
			}
		}
	}
}

// longDeck has a question far too long for a card and compound words
// longer than a line.
func longDeck() Deck {
	long := strings.Repeat("Hoe zorg ik dat de *hulpverleningsgeschiedenis* van het gezin bekend is bij iedereen die meedoet, ook als er veel wisselingen zijn? ", 30)
	return Deck{ID: "lang", Title: "Lange vragen", Series: "Testreeks", Sources: []string{"Testbron"}, Groups: []Group{{
		Title:  "Deskundigheidsbevorderingsprogrammaonderdelen en hulpverleningsgeschiedenissen in de jeugdhulp",
		Colour: "#1f5f8b",
		Back:   "Deskundigheidsbevordering.",
		Questions: []model.Question{
			{ID: "te-lang", Text: model.Inline(long), Audience: model.Team},
			{ID: "samenstellingen", Text: "Kinderbeschermingsmaatregelenonderzoeksrapportagesjabloon en deskundigheidsbevorderingsprogrammaonderdeel?", Audience: model.Board},
		},
	}}}
}

func TestTooLongTextIsReportedAndStaysInside(t *testing.T) {
	for _, size := range []Size{A6, A7} {
		problems := checkSafeArea(t, longDeck(), size)
		if len(problems) == 0 || problems[0].Card != "te-lang" || problems[0].Side != "front" {
			t.Errorf("%s: the too long question is not reported: %v", size, problems)
		}
	}
	res, err := Render(longDeck(), nil, Options{Size: A7, Sheet: A4}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Problems) == 0 || !strings.Contains(res.Problems[0].String(), "deck lang, card te-lang (front): the text is too long for an a7 card, even at 7 pt") {
		t.Fatalf("problems: %v", res.Problems)
	}
	// An author reads it in Dutch.
	if got := res.Problems[0].Text().In(message.Dutch); got != "stapel lang, kaart te-lang (voorkant): de tekst past niet op een kaart van a7, ook niet in 7 pt; maak hem korter of kies een groter formaat" {
		t.Errorf("in Dutch: %s", got)
	}
}

// breaks lays out one word in a narrow column and returns the rune
// offsets at which it was broken.
func breaks(t *testing.T, word string, width float64) []int {
	r := newRenderer(formats[A6], A4)
	p, _ := typeset.Wrap(markdown.Runs(word), 12, width, r)
	var offsets []int
	at := 0
	for _, ln := range p.Lines[:len(p.Lines)-1] {
		frag := strings.TrimSuffix(ln.Pieces[len(ln.Pieces)-1].Text, typeset.BreakHyphen)
		at += len([]rune(frag))
		offsets = append(offsets, at)
	}
	return offsets
}

func TestCompoundsBreakAtDutchHyphenationPoints(t *testing.T) {
	for _, word := range []string{"hulpverleningsgeschiedenis", "deskundigheidsbevordering", "ondersteuningsstructuur"} {
		points := hyphen.Dutch().Points(word)
		got := breaks(t, word, 22)
		if len(got) == 0 {
			t.Errorf("%s was not broken in a 22 mm column", word)
		}
		for _, b := range got {
			if !slices.Contains(points, b) {
				t.Errorf("%s broken after %q, not at a Dutch hyphenation point %v", word, string([]rune(word)[:b]), points)
			}
		}
	}
}

func renderTo(t *testing.T, d Deck, o Options, dir string) string {
	t.Helper()
	res, err := Render(d, demo(t), o, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, FileName(d, o))
	if err := os.WriteFile(path, res.PDF, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

func TestPDFsAreSoundAndEmbedSubsetFonts(t *testing.T) {
	pdffonts := browsertest.Tool(t, "pdffonts", "poppler-utils")
	pdftoppm := browsertest.Tool(t, "pdftoppm", "poppler-utils")
	pdfinfo := browsertest.Tool(t, "pdfinfo", "poppler-utils")
	qpdf := browsertest.Tool(t, "qpdf", "qpdf")
	dir := t.TempDir()
	decks := demoDecks(t)
	for _, o := range []Options{{Size: A6, Sheet: A4}, {Size: A7, Sheet: A4}, {Size: A6, Sheet: Single}} {
		for _, d := range decks[:3] {
			path := renderTo(t, d.Deck, o, dir)
			fonts := strings.Split(strings.TrimSpace(run(t, pdffonts, path)), "\n")[2:]
			if len(fonts) < 2 {
				t.Errorf("%s: fonts: %v", path, fonts)
			}
			for _, f := range fonts {
				fields := strings.Fields(f)
				if len(fields) < 7 || fields[len(fields)-5] != "yes" || fields[len(fields)-4] != "yes" || !strings.Contains(fields[0], "+") {
					t.Errorf("%s: font not embedded as a subset: %q", filepath.Base(path), f)
				}
			}
			run(t, qpdf, "--check", path)
			info := run(t, pdfinfo, "-box", path)
			for _, want := range []string{"Title:           Intervisiekaarten: ", "Author:          " + d.Author} {
				if !strings.Contains(info, want) {
					t.Errorf("%s: pdfinfo lacks %q:\n%s", filepath.Base(path), want, info)
				}
			}
			if o.Sheet == Single && !strings.Contains(strings.Join(strings.Fields(info), " "), "TrimBox: 8.50 8.50") {
				t.Errorf("%s: no trim box 3 mm inside the page:\n%s", filepath.Base(path), info)
			}
			// Object 1 is the catalog, wherever it is stored.
			if catalog := run(t, qpdf, "--show-object=1", path); !strings.Contains(catalog, "/Lang (nl)") || !strings.Contains(catalog, "/MarkInfo << /Marked true >>") {
				t.Errorf("%s: the catalog has no document language or is not marked as tagged: %s", filepath.Base(path), catalog)
			}
			run(t, pdftoppm, "-r", "20", "-png", "-f", "1", "-l", "1", path, filepath.Join(dir, "page"))
		}
	}
}

// colourDeck has a card in each colour of the palette but the first, so
// that the rendered pixels tell the cards apart.
func colourDeck() Deck {
	d := Deck{ID: "kleuren", Title: "Kleuren", Series: "Test", Sources: []string{"Test"}}
	for i, c := range model.ThemePalette[1:] {
		d.Groups = append(d.Groups, Group{Title: fmt.Sprint("Thema ", i), Colour: c, Back: "Bevinding.",
			Questions: []model.Question{{ID: fmt.Sprint("v", i), Text: "Vraag?", Audience: model.Professional}}})
	}
	return d
}

// TestBacksLineUpWithFronts prints a sheet of differently coloured cards
// and checks, in the rendered pixels, that each card's back is where its
// front is once the sheet is turned over its long edge.
func TestBacksLineUpWithFronts(t *testing.T) {
	pdftoppm := browsertest.Tool(t, "pdftoppm", "poppler-utils")
	d := colourDeck()
	for _, size := range []Size{A6, A7} {
		dir := t.TempDir()
		path := renderTo(t, d, Options{Size: size, Sheet: A4}, dir)
		run(t, pdftoppm, "-r", "30", "-png", "-f", "1", "-l", "2", path, filepath.Join(dir, "p"))
		front, back := decodePNG(t, filepath.Join(dir, "p-1.png")), decodePNG(t, filepath.Join(dir, "p-2.png"))
		f := formats[size]
		r := newRenderer(f, A4)
		cards := cardsOf(d, nil)
		for i := 0; i < min(len(cards), f.cols*f.rows); i++ {
			fx, fy := r.slot(i, false)
			bx, by := r.slot(i, true)
			if bx != a4Width-fx-f.w || by != fy {
				t.Errorf("%s card %d: back at (%.1f, %.1f), front at (%.1f, %.1f): not mirrored on the long edge", size, i, bx, by, fx, fy)
			}
			want := cards[i].colour
			if got := pixel(front, fx+f.w/2, fy+f.band/2); got != want {
				t.Errorf("%s card %d: front band is %s, want %s", size, i, got, want)
			}
			if got := pixel(back, bx+f.w/2, by+f.band/2); got != want {
				t.Errorf("%s card %d: back band is %s, want %s", size, i, got, want)
			}
		}
		// The cut line between the columns is on both sides of the sheet:
		// it was on the fronts only.
		for side, img := range map[string]*imageAt{"fronts": front, "backs": back} {
			if got := pixel(img, f.w, f.h*1.5); got == "#ffffff" {
				t.Errorf("%s: no cut line between the columns on the %s", size, side)
			}
		}
	}
}

func decodePNG(t *testing.T, path string) *imageAt {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return &imageAt{img: img, mmPerPixel: a4Width / float64(img.Bounds().Dx())}
}

// pixel is the colour of the rendered page at a point in mm, to the
// nearest colour of the palette.
func pixel(im *imageAt, x, y float64) model.Colour {
	r, g, b, _ := im.img.At(int(x/im.mmPerPixel), int(y/im.mmPerPixel)).RGBA()
	got := model.Colour(fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8))
	best, bestDist := got, 1e9
	for _, c := range model.ThemePalette {
		if d := model.Contrast(c, got); d < bestDist && d < 1.2 {
			best, bestDist = c, d
		}
	}
	return best
}

func TestRenderingIsDeterministic(t *testing.T) {
	d := demoDecks(t)[1].Deck
	a, err := Render(d, nil, Options{Size: A6, Sheet: A4}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Render(d, nil, Options{Size: A6, Sheet: A4}, time.Time{})
	if !bytes.Equal(a.PDF, b.PDF) {
		t.Error("two renderings of the same deck differ")
	}
}

// Cards read across a table: on A6 the band's label and the footer are set
// at 9 pt or more (they were 7.5), every label fits its band, and a
// question that fits its card in whole words is not hyphenated (many short
// ones were).
func TestDemoCardTypography(t *testing.T) {
	f := formats[A6]
	r := newRenderer(f, A4)
	if f.footSize < 9 {
		t.Errorf("the A6 footer is set at %.1f pt", f.footSize)
	}
	hyphenated, questions := 0, 0
	for _, d := range demoDecks(t) {
		for _, c := range cardsOf(d.Deck, nil) {
			label := r.labelLayout(c)
			if !label.fits {
				t.Errorf("%s card %s: the label %q does not fit the band at %.1f pt", d.ID, c.id, c.label, f.labelMin)
			}
			for _, p := range label.paras {
				if p.Size < 9 {
					t.Errorf("%s card %s: the label %q is set at %.1f pt", d.ID, c.id, c.label, p.Size)
				}
			}
			if c.id == "instructions" {
				continue
			}
			questions++
			front := layout(c.front, f.body(), f.maxSize, f.minSize, r)
			if !breaksWords(front) {
				continue
			}
			whole, fits := layoutAt(c.front, f.body(), front.paras[0].Size, r, false)
			if fits && !whole.hyphenationHelps(front, f.body().w) {
				t.Errorf("%s card %s: hyphenated though it fits in whole words at %.1f pt", d.ID, c.id, front.paras[0].Size)
			}
			hyphenated++
		}
	}
	t.Logf("%d of %d question cards on A6 break a word", hyphenated, questions)
}

func breaksWords(l laidOut) bool {
	for _, p := range l.paras {
		for _, ln := range p.Lines {
			if n := len(ln.Pieces); n > 0 && strings.HasSuffix(ln.Pieces[n-1].Text, typeset.BreakHyphen) {
				return true
			}
		}
	}
	return false
}

// For a printer that cannot print to the edge, the cards stay inside the
// margin, a little smaller, and the cut marks are in the margin, outside
// the cards: nothing is printed where the printer cannot print, and every
// card can still be cut out along its marks.
func TestMarginKeepsTheCardsOffTheEdge(t *testing.T) {
	pdftoppm := browsertest.Tool(t, "pdftoppm", "poppler-utils")
	d := colourDeck()
	const margin = 6.0
	for _, size := range []Size{A6, A7} {
		dir := t.TempDir()
		o := Options{Size: size, Sheet: A4, Margin: margin}
		path := renderTo(t, d, o, dir)
		if filepath.Base(path) != "kleuren-"+string(size)+"-marge.pdf" {
			t.Errorf("the deck with a margin is %s, which would replace the deck without", filepath.Base(path))
		}
		run(t, pdftoppm, "-r", "100", "-png", "-f", "1", "-l", "2", path, filepath.Join(dir, "p"))
		f := formats[size].within(margin)
		r := newRenderer(f, A4)
		left, top := r.gridOrigin()
		if left < margin-0.01 || top < margin-0.01 || f.w >= formats[size].w {
			t.Errorf("%s: cards of %.1f × %.1f mm at (%.1f, %.1f), not inside %g mm", size, f.w, f.h, left, top, margin)
		}
		for page := 1; page <= 2; page++ {
			img := decodePNG(t, filepath.Join(dir, fmt.Sprintf("p-%d.png", page)))
			// Nothing but marks within the margin: the band of the first
			// card stops at its edge.
			if got := pixel(img, margin/2, top+f.band/2); got != "#ffffff" {
				t.Errorf("%s page %d: %s in the margin beside the first band", size, page, got)
			}
			if got := pixel(img, left+f.w/2, top+f.band/2); got == "#ffffff" {
				t.Errorf("%s page %d: no band where the first card is", size, page)
			}
			// A mark above each card edge, in the margin.
			for c := 0; c <= f.cols; c++ {
				x := left + float64(c)*f.w
				marked := false
				for dx := -0.5; dx <= 0.5; dx += 0.1 {
					marked = marked || pixel(img, x+dx, top/2) != "#ffffff"
				}
				if !marked {
					t.Errorf("%s page %d: no cut mark in the margin above x = %.1f mm", size, page, x)
				}
			}
		}
	}
	if err := (Options{Size: A6, Sheet: Single, Margin: 5}).Check(); err == nil {
		t.Error("a margin on single cards is accepted")
	}
	if err := (Options{Size: A6, Sheet: A4, Margin: 40}).Check(); err == nil {
		t.Error("a margin of 40 mm is accepted")
	}
}
