// Package typeset sets text for print: runs of Markdown in the four
// faces of the embedded font, wrapped into lines with Dutch hyphenation.
// Card decks and the factsheet PDF lay out their text with it, so that
// what is measured is what is drawn.
package typeset

import (
	"slices"
	"sort"
	"strings"

	"github.com/rodedraad/rodedraad/internal/hyphen"
	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/pdf"
)

// Style is one of the four faces of the font.
type Style int

const (
	Regular Style = iota
	Italic
	Bold
	BoldItalic
)

// StyleOf is the face a run of Markdown is set in.
func StyleOf(r markdown.Run) Style {
	switch {
	case r.Bold && r.Italic:
		return BoldItalic
	case r.Bold:
		return Bold
	case r.Italic:
		return Italic
	}
	return Regular
}

// Measurer tells how wide text is, in mm, in a face at a size in points.
type Measurer interface {
	Width(text string, st Style, size float64) float64
}

// Piece is text in one style; a word may have several ('(*mede*)mens').
type Piece struct {
	Text  string
	Style Style
	Link  string // the web address the text links to, if any
}

// Placed is a piece at its horizontal offset in a line, in mm;
// WordStart when a space comes before it.
type Placed struct {
	Piece
	X         float64
	WordStart bool
}

// Line is one laid-out line of a paragraph.
type Line struct {
	Pieces []Placed
	Width  float64
}

// Paragraph is laid-out text: its lines at one size.
type Paragraph struct {
	Lines      []Line
	Size       float64 // points
	LineHeight float64 // mm
}

// Height is how much room the paragraph takes, in mm.
func (p Paragraph) Height() float64 { return float64(len(p.Lines)) * p.LineHeight }

// PtToMM converts points to millimetres.
const PtToMM = 25.4 / 72

// BreakHyphen ends the head of a word broken at a line's end.
const BreakHyphen = string(pdf.SoftHyphen)

// words splits runs at spaces into words, each a list of pieces.
func words(runs []markdown.Run) [][]Piece {
	var out [][]Piece
	var cur []Piece
	flush := func() {
		if len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
	}
	for _, r := range runs {
		st := StyleOf(r)
		// A soft hyphen in the text is the writer's hint where a word may
		// break; the Dutch patterns find those points, and BreakHyphen,
		// the same character, must only be the hyphen a break adds.
		text := strings.ReplaceAll(r.Text, BreakHyphen, "")
		for i, part := range strings.Split(text, " ") {
			if i > 0 {
				flush()
			}
			if part != "" {
				cur = append(cur, Piece{part, st, r.Link})
			}
		}
	}
	flush()
	return out
}

// Wrap breaks runs into lines no wider than width at size, hyphenating
// Dutch words where that helps. ok is false when a word does not fit on a
// line of its own even when hyphenated: the text is then too big.
func Wrap(runs []markdown.Run, size, width float64, m Measurer) (p Paragraph, ok bool) {
	return wrap(runs, size, width, m, true)
}

// WrapWhole is Wrap for headings: a word is hyphenated only when it does
// not fit on a line of its own.
func WrapWhole(runs []markdown.Run, size, width float64, m Measurer) (p Paragraph, ok bool) {
	return wrap(runs, size, width, m, false)
}

func wrap(runs []markdown.Run, size, width float64, m Measurer, hyphenate bool) (p Paragraph, ok bool) {
	p = Paragraph{Size: size, LineHeight: size * PtToMM * 1.28}
	ok = true
	var cur Line
	var scratch measuredWord
	space := func(st Style) float64 { return m.Width(" ", st, size) }
	add := func(w []Piece) {
		x := cur.Width
		if len(cur.Pieces) > 0 {
			x += space(w[0].Style)
		}
		for i, pc := range w {
			cur.Pieces = append(cur.Pieces, Placed{pc, x, i == 0 && len(cur.Pieces) > 0})
			x += m.Width(pc.Text, pc.Style, size)
		}
		cur.Width = x
	}
	newLine := func() {
		p.Lines = append(p.Lines, cur)
		cur = Line{}
	}
	for _, pieces := range words(runs) {
		w := scratch.measure(pieces, size, m)
		for {
			gap := 0.0
			if len(cur.Pieces) > 0 {
				gap = space(w.styles[w.start])
			}
			if cur.Width+gap+w.restWidth() <= width {
				add(w.rest())
				break
			}
			if !hyphenate && len(cur.Pieces) > 0 {
				newLine()
				continue
			}
			if at := w.lastBreakWithin(width - cur.Width - gap); at > w.start {
				add(w.head(at))
				newLine()
				w.start = at
				continue
			}
			if len(cur.Pieces) > 0 {
				newLine()
				continue
			}
			// Alone on a line and still too wide: break it where it must,
			// so it stays inside the line, and say the size is too big.
			ok = false
			at, hyphenated := w.forcedBreak(width)
			add(w.pieces(w.start, at, hyphenated))
			if at == len(w.runes) {
				break
			}
			newLine()
			w.start = at
		}
	}
	if len(cur.Pieces) > 0 {
		newLine()
	}
	return p, ok
}

// measuredWord is a word being set, line by line, from start on. The
// advance of each character is measured once: a glyph's width does not
// depend on its neighbours (the font is set without kerning), so the width
// of any stretch is a difference of two sums, and finding where a line
// ends costs a few look-ups instead of measuring the rest of the word
// again for every break point. Its hyphenation points are found once, for
// the whole word.
type measuredWord struct {
	runes   []rune
	styles  []Style
	links   []string
	advance []float64 // advance[i] is the width of runes[:i]
	hyphen  [4]float64
	points  []int // nil until needed
	whole   []Piece
	start   int
}

// runeMeasurer measures single characters faster than Measurer can.
type runeMeasurer interface {
	RuneWidth(r rune, st Style, size float64) float64
}

// measure makes w the word of pieces, reusing w's memory: a paragraph
// measures its words one after another.
func (w *measuredWord) measure(pieces []Piece, size float64, m Measurer) *measuredWord {
	n := 0
	for _, pc := range pieces {
		n += len(pc.Text)
	}
	*w = measuredWord{runes: slices.Grow(w.runes[:0], n), styles: slices.Grow(w.styles[:0], n), links: slices.Grow(w.links[:0], n),
		advance: append(slices.Grow(w.advance[:0], n+1), 0), whole: pieces}
	runes, _ := m.(runeMeasurer)
	for _, pc := range pieces {
		for _, r := range pc.Text {
			w.runes = append(w.runes, r)
			w.styles = append(w.styles, pc.Style)
			w.links = append(w.links, pc.Link)
			var width float64
			if runes != nil {
				width = runes.RuneWidth(r, pc.Style, size)
			} else {
				width = m.Width(string(r), pc.Style, size)
			}
			w.advance = append(w.advance, w.advance[len(w.advance)-1]+width)
		}
		// Only the word's own faces: measuring in a face embeds it.
		w.hyphen[pc.Style] = m.Width(BreakHyphen, pc.Style, size)
	}
	return w
}

func (w *measuredWord) restWidth() float64 { return w.advance[len(w.runes)] - w.advance[w.start] }

// headWidth is the width of runes[start:at] with the hyphen a break at at
// adds; an existing hyphen stays the only one.
func (w *measuredWord) headWidth(at int) float64 {
	width := w.advance[at] - w.advance[w.start]
	if w.runes[at-1] != '-' {
		width += w.hyphen[w.styles[at-1]]
	}
	return width
}

// lastBreakWithin returns the last Dutch hyphenation point after start
// whose head, with its hyphen, fits in room; start when none does. A
// longer head is never narrower, so the point is found by halving.
func (w *measuredWord) lastBreakWithin(room float64) int {
	if w.points == nil {
		w.points = hyphen.Dutch().Points(string(w.runes))
		if w.points == nil {
			w.points = []int{}
		}
	}
	after := sort.SearchInts(w.points, w.start+1)
	candidates := w.points[after:]
	tooWide := sort.Search(len(candidates), func(i int) bool { return w.headWidth(candidates[i]) > room })
	if tooWide == 0 {
		return w.start
	}
	return candidates[tooWide-1]
}

// forcedBreak returns where to break the rest of a word that no line holds
// at a hyphenation point: after as many characters as fit in width with a
// hyphen, or after one character without a hyphen when not even that fits,
// so that the text always moves on.
func (w *measuredWord) forcedBreak(width float64) (at int, hyphenated bool) {
	n := len(w.runes)
	// Heads of start+1 .. start+fits characters fit; longer ones do not.
	fits := sort.Search(n-w.start-1, func(i int) bool { return w.headWidth(w.start+i+1) > width })
	if fits == 0 {
		return w.start + 1, false
	}
	return w.start + fits, w.runes[w.start+fits-1] != '-'
}

// rest returns the pieces from start to the end of the word: the word's
// own when it is whole, as most words are.
func (w *measuredWord) rest() []Piece {
	if w.start == 0 {
		return w.whole
	}
	return w.pieces(w.start, len(w.runes), false)
}

// head returns the pieces from start to at, ending in a hyphen.
func (w *measuredWord) head(at int) []Piece { return w.pieces(w.start, at, w.runes[at-1] != '-') }

func (w *measuredWord) pieces(from, to int, hyphenated bool) []Piece {
	var out []Piece
	for i := from; i < to; {
		j := i + 1
		for j < to && w.styles[j] == w.styles[i] && w.links[j] == w.links[i] {
			j++
		}
		out = append(out, Piece{string(w.runes[i:j]), w.styles[i], w.links[i]})
		i = j
	}
	if hyphenated {
		out[len(out)-1].Text += BreakHyphen
	}
	return out
}

// Runs joins the pieces of a line into runs of one style and link, each
// at the place of its first piece, with the spaces between the words: a
// line is drawn in as few pieces of text as it can, and the text copied
// or read out of a PDF has its words apart. more says whether the
// paragraph goes on after the line, so that the line ends in a space
// unless it ends in a hyphen.
func Runs(ln Line, more bool) []Placed {
	var out []Placed
	var text strings.Builder
	flush := func() {
		if n := len(out); n > 0 {
			out[n-1].Text = text.String()
			text.Reset()
		}
	}
	for j, pc := range ln.Pieces {
		if n := len(out); n == 0 || out[n-1].Style != pc.Style || out[n-1].Link != pc.Link {
			flush()
			out = append(out, Placed{Piece: Piece{Style: pc.Style, Link: pc.Link}, X: pc.X, WordStart: pc.WordStart})
		}
		text.WriteString(pc.Text)
		if (j+1 < len(ln.Pieces) && ln.Pieces[j+1].WordStart) || (j+1 == len(ln.Pieces) && more && !strings.HasSuffix(pc.Text, "-") && !strings.HasSuffix(pc.Text, BreakHyphen)) {
			text.WriteByte(' ')
		}
	}
	flush()
	return out
}
