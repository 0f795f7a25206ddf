package cards

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/rodedraad/rodedraad/internal/hyphen"
	"github.com/rodedraad/rodedraad/internal/markdown"
)

// style is one of the four faces of the font.
type style int

const (
	regular style = iota
	italic
	bold
	boldItalic
)

func styleOf(r markdown.Run) style {
	switch {
	case r.Bold && r.Italic:
		return boldItalic
	case r.Bold:
		return bold
	case r.Italic:
		return italic
	}
	return regular
}

// measurer tells how wide text is, in mm, in a face at a size in points.
type measurer interface {
	width(text string, st style, size float64) float64
}

// piece is text in one style; a word may have several ('(*mede*)mens').
type piece struct {
	text string
	st   style
}

// placed is a piece at its horizontal offset in a line, in mm.
type placed struct {
	piece
	x float64
}

// line is one laid-out line of a paragraph.
type line struct {
	pieces []placed
	width  float64
}

// paragraph is laid-out text: its lines at one size.
type paragraph struct {
	lines      []line
	size       float64 // points
	lineHeight float64 // mm
}

func (p paragraph) height() float64 { return float64(len(p.lines)) * p.lineHeight }

const ptToMM = 25.4 / 72

// words splits runs at spaces into words, each a list of pieces.
func words(runs []markdown.Run) [][]piece {
	var out [][]piece
	var cur []piece
	flush := func() {
		if len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
	}
	for _, r := range runs {
		st := styleOf(r)
		for i, part := range strings.Split(r.Text, " ") {
			if i > 0 {
				flush()
			}
			if part != "" {
				cur = append(cur, piece{part, st})
			}
		}
	}
	flush()
	return out
}

// wrap breaks runs into lines no wider than width at size, hyphenating
// Dutch words where that helps. ok is false when a word does not fit on a
// line of its own even when hyphenated: the text is then too big.
func wrap(runs []markdown.Run, size, width float64, m measurer) (p paragraph, ok bool) {
	p = paragraph{size: size, lineHeight: size * ptToMM * 1.28}
	ok = true
	var cur line
	space := func(st style) float64 { return m.width(" ", st, size) }
	add := func(w []piece) {
		x := cur.width
		if len(cur.pieces) > 0 {
			x += space(w[0].st)
		}
		for _, pc := range w {
			cur.pieces = append(cur.pieces, placed{pc, x})
			x += m.width(pc.text, pc.st, size)
		}
		cur.width = x
	}
	newLine := func() {
		p.lines = append(p.lines, cur)
		cur = line{}
	}
	for _, w := range words(runs) {
		for {
			gap := 0.0
			if len(cur.pieces) > 0 {
				gap = space(w[0].st)
			}
			if cur.width+gap+wordWidth(w, size, m) <= width {
				add(w)
				break
			}
			head, tail := hyphenate(w, width-cur.width-gap, size, m)
			if head != nil {
				add(head)
				newLine()
				w = tail
				continue
			}
			if len(cur.pieces) > 0 {
				newLine()
				continue
			}
			// Alone on a line and still too wide: break it where it must,
			// so it stays inside the line, and say the size is too big.
			ok = false
			head, tail = forceBreak(w, width, size, m)
			add(head)
			if len(tail) == 0 {
				break
			}
			newLine()
			w = tail
		}
	}
	if len(cur.pieces) > 0 {
		newLine()
	}
	return p, ok
}

func wordWidth(w []piece, size float64, m measurer) float64 {
	total := 0.0
	for _, pc := range w {
		total += m.width(pc.text, pc.st, size)
	}
	return total
}

// hyphenate splits w at the last Dutch hyphenation point whose head, with
// a hyphen, fits in room. It returns nil when no point fits.
func hyphenate(w []piece, room, size float64, m measurer) (head, tail []piece) {
	var text strings.Builder
	for _, pc := range w {
		text.WriteString(pc.text)
	}
	points := hyphen.Dutch().Points(text.String())
	for i := len(points) - 1; i >= 0; i-- {
		head, tail = splitPieces(w, points[i])
		last := head[len(head)-1]
		if !strings.HasSuffix(last.text, "-") { // an existing hyphen stays the only one
			head[len(head)-1].text += "-"
		}
		if wordWidth(head, size, m) <= room {
			return head, tail
		}
	}
	return nil, nil
}

// splitPieces splits a word at a rune offset.
func splitPieces(w []piece, at int) (head, tail []piece) {
	for _, pc := range w {
		n := utf8.RuneCountInString(pc.text)
		switch {
		case at <= 0:
			tail = append(tail, pc)
		case at >= n:
			head = append(head, pc)
		default:
			runes := []rune(pc.text)
			head = append(head, piece{string(runes[:at]), pc.st})
			tail = append(tail, piece{string(runes[at:]), pc.st})
		}
		at -= n
	}
	return head, tail
}

// forceBreak splits w after as many characters as fit in width with a
// hyphen; at least one, so that the text always moves on. A longer head
// is never narrower, so the split is found by halving: a word of
// thousands of characters, which a line cannot hold, costs a few
// measurements per line rather than one per character.
func forceBreak(w []piece, width, size float64, m measurer) (head, tail []piece) {
	n := 0
	for _, pc := range w {
		n += utf8.RuneCountInString(pc.text)
	}
	hyphenated := func(at int) ([]piece, []piece) {
		head, tail := splitPieces(w, at)
		head[len(head)-1].text += "-"
		return head, tail
	}
	// The longest head that fits is at fits; at+1 .. n-1 do not.
	fits := sort.Search(n-1, func(i int) bool {
		head, _ := hyphenated(i + 1)
		return wordWidth(head, size, m) > width
	})
	if fits >= 1 {
		return hyphenated(fits)
	}
	return splitPieces(w, 1)
}
