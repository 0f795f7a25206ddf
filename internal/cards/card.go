package cards

import (
	"fmt"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
)

// card is one card of a deck, front and back, ready to lay out.
type card struct {
	label    string // in the colour band
	colour   model.Colour
	front    []block
	footL    string // bottom left: audience and level
	footR    string // bottom right: 'n / total'
	back     []block
	backFoot string
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
				backFoot: d.backFoot(),
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
func (d Deck) backFoot() string {
	if d.Draft {
		return draftLabel + " · " + d.Series
	}
	return d.Series
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
		c.back = append(c.back, block{runs: []markdown.Run{{Text: "Bron: " + d.Source + ". In eigen woorden weergegeven."}}, scale: 0.75})
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
	paragraph
	x, y   float64
	bullet string
	bx     float64 // where the bullet goes
}

// boxes are the rectangles the text covers, for checking the safe area.
func (l laidOut) boxes() []box {
	var out []box
	for _, p := range l.paras {
		for i, ln := range p.lines {
			out = append(out, box{p.x, p.y + float64(i)*p.lineHeight, ln.width, p.lineHeight})
		}
		if p.bullet != "" {
			out = append(out, box{p.bx, p.y, p.x - p.bx, p.lineHeight})
		}
	}
	return out
}

// layout sets blocks in area at the largest size from max down to min, in
// half points, at which they fit. When none fits, it sets them at min and
// reports fits = false; the renderer clips what sticks out.
func layout(blocks []block, area box, maxSize, minSize float64, m measurer) laidOut {
	for size := maxSize; size >= minSize-0.001; size -= 0.5 {
		if l, ok := layoutAt(blocks, area, size, m); ok {
			return l
		}
	}
	l, _ := layoutAt(blocks, area, minSize, m)
	l.fits = false
	l.cut(area, m)
	return l
}

// cut drops the lines that fall below area and ends the last one left with
// an ellipsis, so that too much text still stays inside the card.
func (l *laidOut) cut(area box, m measurer) {
	bottom := area.y + area.h
	for i := range l.paras {
		p := &l.paras[i]
		keep := 0
		for keep < len(p.lines) && p.y+float64(keep+1)*p.lineHeight <= bottom {
			keep++
		}
		if keep == len(p.lines) {
			continue
		}
		p.lines = p.lines[:keep]
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
		if p := &l.paras[i]; len(p.lines) > 0 {
			return &lineAt{&p.lines[len(p.lines)-1], p.x, p.size}
		}
	}
	return nil
}

type lineAt struct {
	*line
	x, size float64
}

// ellipsis ends a line with '…', shortening it until that fits before right.
func ellipsis(ln *lineAt, right float64, m measurer) {
	for len(ln.pieces) > 0 {
		last := &ln.pieces[len(ln.pieces)-1]
		end := ln.x + last.x + m.width(last.text+"…", last.st, ln.size)
		if end <= right {
			last.text += "…"
			ln.width = end - ln.x
			return
		}
		runes := []rune(last.text)
		if len(runes) <= 1 {
			ln.pieces = ln.pieces[:len(ln.pieces)-1]
			continue
		}
		last.text = string(runes[:len(runes)-1])
	}
}

func layoutAt(blocks []block, area box, size float64, m measurer) (laidOut, bool) {
	l := laidOut{fits: true}
	y := area.y
	for _, b := range blocks {
		s := size * b.scale
		x, w := area.x, area.w
		indent := 0.0
		if b.bullet != "" {
			indent = m.width(b.bullet, regular, s) + s*ptToMM*0.6
			x, w = x+indent, w-indent
		}
		p, ok := wrap(b.runs, s, w, m)
		if !ok {
			return l, false
		}
		if len(p.lines) == 0 {
			continue // nothing to print: no gap, and no bullet on its own
		}
		if len(l.paras) > 0 {
			y += p.lineHeight * 0.45
		}
		l.paras = append(l.paras, placedPara{paragraph: p, x: x, y: y, bullet: b.bullet, bx: area.x})
		y += p.height()
	}
	return l, y <= area.y+area.h
}
