package cards

import (
	"fmt"
	"strings"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/typeset"
)

// card is one card of a deck, front and back, ready to lay out.
type card struct {
	label    string // in the colour band
	colour   model.Colour
	front    []block
	footL    string // bottom left: audience and level
	footR    string // bottom right: 'n / total'
	back     []block
	backFoot string // bottom left of the back: the factsheet
	backNum  string // bottom right of the back: the card's number, for the facilitator
	id       string // what a report names: the question id, or 'instructions'
}

// block is a paragraph of a card: its text, its size relative to the
// card's main size, and whether it is an item of a list.
type block struct {
	runs   []markdown.Run
	scale  float64
	bullet string // "•" or "1." for list items; "" for a plain paragraph
}

func cardsOf(d Deck, site *model.Site) []card {
	cards := []card{instructionCard(d)}
	n, total := 0, d.Count()
	for _, g := range d.Groups {
		for _, q := range g.Questions {
			n++
			c := card{
				id:     q.ID,
				label:  g.Title,
				colour: g.Colour,
				front:  []block{{runs: markdown.Runs(string(q.Text)), scale: 1}},
				footL:  audienceLabels[q.Audience],
				footR:  fmt.Sprintf("%d / %d", n, total),
				back: []block{
					{runs: []markdown.Run{{Text: g.Title, Bold: true}}, scale: 1},
				},
				backFoot: g.backFoot(),
				backNum:  fmt.Sprintf("%d", n),
			}
			if site != nil && q.Level != "" {
				if lv := site.Level(q.Level); lv != nil {
					c.footL += " · " + lv.Question
				}
			}
			for _, s := range q.Sub {
				c.front = append(c.front, block{runs: markdown.Runs(string(s)), scale: 0.86, bullet: "•"})
			}
			if q.Note != "" {
				c.front = append(c.front, block{runs: italicise(markdown.Runs(string(q.Note))), scale: 0.8})
			}
			if g.Back != "" {
				c.back = append(c.back, block{runs: markdown.Runs(g.Back), scale: 0.85})
			}
			cards = append(cards, c)
		}
	}
	return cards
}

// backFoot is the foot of a question card's back: the factsheet, and for
// a draft that it is one.
func (g Group) backFoot() string {
	if g.Draft {
		return draftLabel + " · " + g.Series
	}
	return g.Series
}

func italicise(runs []markdown.Run) []markdown.Run {
	for i := range runs {
		runs[i].Italic = true
	}
	return runs
}

// Instructions say how to use a deck in intervision: on its first card,
// and on the site.
var Instructions = []string{
	"Kies samen een thema of schud de kaarten. Wie begint, trekt een kaart en leest de vraag voor.",
	"Ieder denkt even na. Wie wil, vertelt over een situatie uit het eigen werk die bij de vraag past.",
	"De anderen vragen eerst door om het goed te begrijpen, en delen pas daarna hun kijk of tips.",
	"Sluit af: wat neem ik mee naar mijn werk? Dan de volgende kaart.",
}

func instructionCard(d Deck) card {
	c := card{
		id:       "instructions",
		label:    "Intervisiekaarten",
		colour:   model.ThemePalette[0],
		front:    []block{{runs: []markdown.Run{{Text: "Zo werk je met deze kaarten", Bold: true}}, scale: 1}},
		footL:    fmt.Sprintf("%d kaarten", d.Count()),
		back:     []block{{runs: []markdown.Run{{Text: d.Title, Bold: true}}, scale: 1}},
		backFoot: "Gemaakt met rodedraad",
	}
	if d.Draft {
		c.label = draftLabel + " – intervisiekaarten"
		c.back = append(c.back, block{runs: []markdown.Run{{Text: draftNote, Bold: true}}, scale: 0.75})
	} else {
		label := "Bron: "
		if len(d.Sources) > 1 {
			label = "Bronnen: "
		}
		c.back = append(c.back, block{runs: []markdown.Run{{Text: label + strings.Join(d.Sources, "; ") + ". In eigen woorden weergegeven."}}, scale: 0.75})
	}
	if d.Notice != "" {
		c.back = append(c.back, block{runs: []markdown.Run{{Text: d.Notice}}, scale: 0.7})
	}
	for i, s := range Instructions {
		c.front = append(c.front, block{runs: []markdown.Run{{Text: s}}, scale: 0.8, bullet: fmt.Sprintf("%d.", i+1)})
	}
	return c
}

// laidOut is a side of a card, laid out: paragraphs at their place.
type laidOut struct {
	paras []placedPara
	fits  bool // false when the text needed more room than the card has
}

type placedPara struct {
	typeset.Paragraph
	x, y   float64
	width  float64 // the measure the lines were broken to
	bullet string
	bx     float64 // where the bullet goes
}

// boxes are the rectangles the text covers, for checking the safe area.
func (l laidOut) boxes() []box {
	var out []box
	for _, p := range l.paras {
		for i, ln := range p.Lines {
			out = append(out, box{p.x, p.y + float64(i)*p.LineHeight, ln.Width, p.LineHeight})
		}
		if p.bullet != "" {
			out = append(out, box{p.bx, p.y, p.x - p.bx, p.LineHeight})
		}
	}
	return out
}

// layout sets blocks in area at the largest size from max down to min, in
// half points, at which they fit. When none fits, it sets them at min and
// reports fits = false; the renderer clips what sticks out.
//
// Words are broken only where that helps: read across a table, a short
// question is easier whole. At each size the text is set in whole words
// first, and hyphenated only when that is what makes it fit, takes fewer
// lines, or leaves a far less ragged edge.
func layout(blocks []block, area box, maxSize, minSize float64, m typeset.Measurer) laidOut {
	for size := maxSize; size >= minSize-0.001; size -= 0.5 {
		whole, wholeFits := layoutAt(blocks, area, size, m, false)
		hyphenated, hyphenatedFits := layoutAt(blocks, area, size, m, true)
		switch {
		case wholeFits && (!hyphenatedFits || !whole.hyphenationHelps(hyphenated, area.w)):
			return whole
		case hyphenatedFits:
			return hyphenated
		}
	}
	l, _ := layoutAt(blocks, area, minSize, m, true)
	l.fits = false
	l.cut(area, m)
	return l
}

// cut drops the lines that fall below area and ends the last one left with
// an ellipsis, so that too much text still stays inside the card.
func (l *laidOut) cut(area box, m typeset.Measurer) {
	bottom := area.y + area.h
	for i := range l.paras {
		p := &l.paras[i]
		keep := 0
		for keep < len(p.Lines) && p.y+float64(keep+1)*p.LineHeight <= bottom {
			keep++
		}
		if keep == len(p.Lines) {
			continue
		}
		p.Lines = p.Lines[:keep]
		if keep == 0 {
			l.paras = l.paras[:i] // not even one line of this paragraph fits
		} else {
			l.paras = l.paras[:i+1]
		}
		if last := l.lastLine(); last != nil {
			ellipsis(last, area.x+area.w, m)
		}
		return
	}
}

func (l *laidOut) lastLine() *lineAt {
	for i := len(l.paras) - 1; i >= 0; i-- {
		if p := &l.paras[i]; len(p.Lines) > 0 {
			return &lineAt{&p.Lines[len(p.Lines)-1], p.x, p.Size}
		}
	}
	return nil
}

type lineAt struct {
	*typeset.Line
	x, size float64
}

// ellipsis ends a line with '…', shortening it until that fits before right.
func ellipsis(ln *lineAt, right float64, m typeset.Measurer) {
	for len(ln.Pieces) > 0 {
		last := &ln.Pieces[len(ln.Pieces)-1]
		end := ln.x + last.X + m.Width(last.Text+"…", last.Style, ln.size)
		if end <= right {
			last.Text += "…"
			ln.Width = end - ln.x
			return
		}
		runes := []rune(last.Text)
		if len(runes) <= 1 {
			ln.Pieces = ln.Pieces[:len(ln.Pieces)-1]
			continue
		}
		last.Text = string(runes[:len(runes)-1])
	}
}

// hyphenationHelps reports whether hyphenated, the same text as l with
// words broken, reads better: fewer lines, or a ragged edge whose widest
// gap is less than half of l's where l's is over a third of the width.
func (l laidOut) hyphenationHelps(hyphenated laidOut, width float64) bool {
	if hyphenated.lines() < l.lines() {
		return true
	}
	gap, hyphenatedGap := l.widestGap(), hyphenated.widestGap()
	return gap > width/3 && hyphenatedGap < gap/2
}

func (l laidOut) lines() int {
	n := 0
	for _, p := range l.paras {
		n += len(p.Lines)
	}
	return n
}

// widestGap is the most room left at the end of a line that is not the
// last of its paragraph.
func (l laidOut) widestGap() float64 {
	gap := 0.0
	for _, p := range l.paras {
		for _, ln := range p.Lines[:max(len(p.Lines)-1, 0)] {
			gap = max(gap, p.width-ln.Width)
		}
	}
	return gap
}

func layoutAt(blocks []block, area box, size float64, m typeset.Measurer, hyphenate bool) (laidOut, bool) {
	l := laidOut{fits: true}
	y := area.y
	for _, b := range blocks {
		s := size * b.scale
		x, w := area.x, area.w
		indent := 0.0
		if b.bullet != "" {
			indent = m.Width(b.bullet, typeset.Regular, s) + s*typeset.PtToMM*0.6
			x, w = x+indent, w-indent
		}
		wrap := typeset.WrapWhole
		if hyphenate {
			wrap = typeset.Wrap
		}
		p, ok := wrap(b.runs, s, w, m)
		if !ok {
			return l, false
		}
		if len(p.Lines) == 0 {
			continue // nothing to print: no gap, and no bullet on its own
		}
		if len(l.paras) > 0 {
			y += p.LineHeight * 0.45
		}
		l.paras = append(l.paras, placedPara{Paragraph: p, x: x, y: y, width: w, bullet: b.bullet, bx: area.x})
		y += p.Height()
	}
	return l, y <= area.y+area.h
}
