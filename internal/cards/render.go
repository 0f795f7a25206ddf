package cards

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/pdf"
	"github.com/rodedraad/rodedraad/internal/typeset"
)

// Problem is a card whose text does not fit at the smallest type size.
type Problem struct {
	Deck, Card string  // the deck's id, and the question id or 'instructions'
	Side       string  // "front" or "back"
	Size       Size    // of the card
	SmallestPt float64 // the smallest type tried
}

// Text says what is wrong and what to do, for the author.
func (p Problem) Text() message.Text {
	side := message.New("front")
	if p.Side == "back" {
		side = message.New("back")
	}
	return message.New("deck %s, card %s (%s): the text is too long for an %s card, even at %.0f pt; shorten it or use a larger size", p.Deck, p.Card, side, p.Size, p.SmallestPt)
}

func (p Problem) String() string { return p.Text().String() }

// Result is one rendered deck.
type Result struct {
	PDF      []byte
	Cards    int // question cards, without the instruction card
	Problems []Problem
}

// Render makes the PDF of a deck: tagged, so that a screen reader reads
// each card as a section in deck order, front then back, and the colour
// bands and cut marks as decoration. The site gives the reflection
// levels' guiding questions. date is the day the PDF gives as its
// creation and modification date, zero for none: the date its data
// knows, never the time of the build, so that the same input gives the
// same file.
func Render(d Deck, site *model.Site, opts Options, date time.Time) (Result, error) {
	if err := opts.Check(); err != nil {
		return Result{}, err
	}
	f := formats[opts.Size].within(opts.Margin)
	r := newRenderer(f, opts.Sheet)
	r.doc = pdf.New(pdf.Info{Title: d.pdfTitle(), Author: d.Author, Subject: d.pdfSubject(), Lang: "nl", Date: date})

	cards := cardsOf(d, site)
	res := Result{Cards: d.Count()}
	fronts := make([]laidOut, len(cards))
	backs := make([]laidOut, len(cards))
	// The cards are laid out on every core, each on its own; what is
	// drawn and reported stays in deck order. The cards of a group share
	// their back, which is laid out once.
	backOf := make([]int, len(cards)) // index of the card whose back is laid out
	seen := map[string]int{}
	for i, c := range cards {
		key := blocksKey(c.back)
		if j, ok := seen[key]; ok {
			backOf[i] = j
		} else {
			seen[key], backOf[i] = i, i
		}
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(cards)) {
		wg.Go(func() {
			for i := range next {
				fronts[i] = layout(cards[i].front, f.body(), f.maxSize, f.minSize, r)
				if backOf[i] == i {
					backs[i] = layout(cards[i].back, f.body(), f.maxSize*0.85, f.minSize, r)
				}
			}
		})
	}
	for i := range cards {
		next <- i
	}
	close(next)
	wg.Wait()
	for i := range cards {
		backs[i] = backs[backOf[i]]
	}
	for i, c := range cards {
		for _, side := range []struct {
			name string
			l    laidOut
		}{{"front", fronts[i]}, {"back", backs[i]}} {
			if !side.l.fits {
				res.Problems = append(res.Problems, Problem{Deck: d.ID, Card: c.id, Side: side.name, Size: opts.Size, SmallestPt: f.minSize})
			}
		}
	}
	sections := make([]*pdf.Element, len(cards))
	for i, c := range cards {
		sections[i] = r.doc.Structure().Add("Sect").SetTitle(c.label)
	}
	if opts.Sheet == Single {
		r.single(cards, sections, fronts, backs)
	} else {
		r.sheets(cards, sections, fronts, backs)
	}
	pdf, err := r.doc.Bytes()
	if err != nil {
		return Result{}, err
	}
	res.PDF = pdf
	return res, nil
}

// blocksKey tells blocks apart by everything their layout depends on.
func blocksKey(blocks []block) string {
	var b strings.Builder
	for _, bl := range blocks {
		fmt.Fprintf(&b, "%g|%s|", bl.scale, bl.bullet)
		for _, r := range bl.runs {
			fmt.Fprintf(&b, "%t%t%q", r.Bold, r.Italic, r.Text)
		}
		b.WriteByte(0)
	}
	return b.String()
}

type renderer struct {
	doc   *pdf.Document
	page  *pdf.Page
	f     format
	sheet Sheet
	faces typeset.Faces
	// the band's label is laid out once for the cards of a group
	labels map[string]laidOut
}

func newRenderer(f format, sheet Sheet) *renderer {
	return &renderer{f: f, sheet: sheet, faces: typeset.Lato(), labels: map[string]laidOut{}}
}

// width measures text with the embedded font; the renderer is the
// layout's measurer, so what is measured is what is drawn.
func (r *renderer) Width(text string, st typeset.Style, size float64) float64 {
	return r.faces.Width(text, st, size)
}

// RuneWidth measures one character, for the layout's speed.
func (r *renderer) RuneWidth(c rune, st typeset.Style, size float64) float64 {
	return r.faces.RuneWidth(c, st, size)
}

func (r *renderer) addPage() {
	if r.sheet == Single {
		r.page = r.doc.AddPage(r.f.w+2*bleed, r.f.h+2*bleed)
		return
	}
	r.page = r.doc.AddPage(a4Width, a4Height)
}

// slot is where a card's top left corner goes on an A4 sheet.
func (r *renderer) slot(i int, back bool) (x, y float64) {
	col, row := i%r.f.cols, i/r.f.cols
	if back {
		// Printed double-sided and flipped on the long edge, the back of a
		// card in the left column lands behind the right column.
		col = r.f.cols - 1 - col
	}
	left, top := r.gridOrigin()
	return left + float64(col)*r.f.w, top + float64(row)*r.f.h
}

// gridOrigin is the top left corner of the cards on an A4 sheet: they
// sit in its middle.
func (r *renderer) gridOrigin() (left, top float64) {
	return (a4Width - float64(r.f.cols)*r.f.w) / 2, (a4Height - float64(r.f.rows)*r.f.h) / 2
}

// sheets puts the cards on A4, fronts on odd pages and backs behind them.
func (r *renderer) sheets(cards []card, sections []*pdf.Element, fronts, backs []laidOut) {
	per := r.f.cols * r.f.rows
	for start := 0; start < len(cards); start += per {
		end := min(start+per, len(cards))
		r.addPage()
		for i := start; i < end; i++ {
			x, y := r.slot(i-start, false)
			r.front(cards[i], sections[i], fronts[i], x, y, 0)
		}
		r.cutMarks()
		r.addPage()
		for i := start; i < end; i++ {
			x, y := r.slot(i-start, true)
			r.back(cards[i], sections[i], backs[i], x, y, 0)
		}
		// The cards are mirrored, the grid is not: the same lines serve
		// whoever cuts from the backs.
		r.cutMarks()
	}
}

// single puts each card on a page of its own, front then back, with
// bleed around it and a trim box for the print shop.
func (r *renderer) single(cards []card, sections []*pdf.Element, fronts, backs []laidOut) {
	for i := range cards {
		for side := range 2 {
			r.addPage()
			r.page.SetTrimBox(pdf.Rect{X: bleed, Y: bleed, W: r.f.w, H: r.f.h})
			r.page.SetBleedBox(pdf.Rect{X: 0, Y: 0, W: r.f.w + 2*bleed, H: r.f.h + 2*bleed})
			if side == 0 {
				r.front(cards[i], sections[i], fronts[i], bleed, bleed, bleed)
			} else {
				r.back(cards[i], sections[i], backs[i], bleed, bleed, bleed)
			}
		}
	}
}

const grey = 0x55

// headingRole is how a card's label reads: the instruction card's opens
// the deck, the others are the sections under it.
func headingRole(c card) string {
	if c.id == "instructions" {
		return "H1"
	}
	return "H2"
}

func (r *renderer) front(c card, sect *pdf.Element, l laidOut, x, y, bleedBy float64) {
	r.band(c, sect, x, y, bleedBy, true)
	r.page.Clip(pdf.Rect{X: x, Y: y, W: r.f.w, H: r.f.h})
	r.text(sect, l, x, y, model.DarkText, c.id == "instructions")
	r.footer(sect, c.footL, c.footR, x, y)
	r.page.Unclip()
}

func (r *renderer) back(c card, sect *pdf.Element, l laidOut, x, y, bleedBy float64) {
	r.band(c, sect, x, y, bleedBy, false)
	r.page.Clip(pdf.Rect{X: x, Y: y, W: r.f.w, H: r.f.h})
	r.text(sect, l, x, y, model.DarkText, false)
	r.footer(sect, c.backFoot, c.backNum, x, y)
	r.page.Unclip()
}

// band draws the colour band, into the bleed on single cards, with the
// card's label, its heading, on the front.
func (r *renderer) band(c card, sect *pdf.Element, x, y, bleedBy float64, label bool) {
	r.page.FillRect(pdf.Rect{X: x - bleedBy, Y: y - bleedBy, W: r.f.w + 2*bleedBy, H: r.f.band + bleedBy}, colour(c.colour))
	if !label {
		return
	}
	l, ok := r.labels[c.label]
	if !ok {
		l = r.labelLayout(c)
		r.labels[c.label] = l
	}
	r.page.Clip(pdf.Rect{X: x, Y: y, W: r.f.w, H: r.f.band})
	heading := sect.Add(headingRole(c))
	for _, p := range l.paras {
		r.paragraph(heading, p, x, y, c.colour.TextOn())
	}
	r.page.Unclip()
}

func colour(c model.Colour) pdf.Colour {
	red, green, blue := c.RGB()
	return pdf.Colour{R: uint8(red), G: uint8(green), B: uint8(blue)}
}

func (r *renderer) labelLayout(c card) laidOut {
	return layout([]block{{runs: boldRuns(c.label), scale: 1}}, r.f.label(), r.f.labelSize, r.f.labelMin, r)
}

// footerBoxes are where the footer's texts go: left and right aligned in
// the safe area, shortened with an ellipsis when they do not fit.
func (r *renderer) footerBoxes(left, right string) (l, rt string, boxes []box) {
	size := r.f.footSize
	height := size * typeset.PtToMM * 1.2
	top := r.f.footerBaseline() - size*typeset.PtToMM*0.95
	rightW := r.Width(right, typeset.Regular, size)
	room := r.f.w - 2*r.f.margin - rightW - 2
	for r.Width(left, typeset.Regular, size) > room && left != "" {
		runes := []rune(strings.TrimSuffix(left, "…"))
		left = string(runes[:len(runes)-1]) + "…"
	}
	boxes = append(boxes, box{r.f.margin, top, r.Width(left, typeset.Regular, size), height})
	if right != "" {
		boxes = append(boxes, box{r.f.w - r.f.margin - rightW, top, rightW, height})
	}
	return left, right, boxes
}

func (r *renderer) footer(sect *pdf.Element, left, right string, x, y float64) {
	left, right, boxes := r.footerBoxes(left, right)
	size := r.f.footSize
	base := y + r.f.footerBaseline()
	ink := pdf.Colour{R: grey, G: grey, B: grey}
	r.page.Begin(sect.Add("P"))
	if right != "" {
		left += " " // read as two items, not one word
	}
	r.page.Text(x+boxes[0].x, base, r.faces[typeset.Regular], size, ink, left)
	if right != "" {
		r.page.Text(x+boxes[1].x, base, r.faces[typeset.Regular], size, ink, right)
	}
	r.page.End()
}

// text draws laid-out paragraphs with the card's top left at x, y, as
// elements of the card's section: paragraphs, and items of lists. On the
// instruction card the first paragraph is its heading.
func (r *renderer) text(sect *pdf.Element, l laidOut, x, y float64, c model.Colour, firstIsHeading bool) {
	var list *pdf.Element
	for i, p := range l.paras {
		if p.bullet == "" {
			list = nil
			role := "P"
			if i == 0 && firstIsHeading {
				role = "H2"
			}
			r.paragraph(sect.Add(role), p, x, y, c)
			continue
		}
		if list == nil {
			list = sect.Add("L")
		}
		item := list.Add("LI")
		ascent := p.Size * typeset.PtToMM * 0.95
		r.page.Begin(item.Add("Lbl"))
		r.page.Text(x+p.bx, y+p.y+ascent, r.faces[typeset.Regular], p.Size, colour(c), p.bullet+" ")
		r.page.End()
		r.paragraph(item.Add("LBody"), p, x, y, c)
	}
}

// paragraph draws the lines of p as the content of e. A space ends each
// word and each line that does not end in a hyphen, so that the text
// copied or read out of the PDF has its words apart.
func (r *renderer) paragraph(e *pdf.Element, p placedPara, x, y float64, c model.Colour) {
	ascent := p.Size * typeset.PtToMM * 0.95
	ink := colour(c)
	r.page.Begin(e)
	for i, ln := range p.Lines {
		base := y + p.y + float64(i)*p.LineHeight + ascent
		for _, run := range typeset.Runs(ln, i+1 < len(p.Lines)) {
			r.page.Text(x+p.x+run.X, base, r.faces[run.Style], p.Size, ink, run.Text)
		}
	}
	r.page.End()
}

// cutMarks draws where to cut an A4 sheet: thin lines between the cards
// and marks at the paper's edges. Cards inside a margin get marks in the
// margin only, outside the cards, where a printer that cannot print to
// the edge still prints them.
func (r *renderer) cutMarks() {
	ink := pdf.Colour{R: 0xa0, G: 0xa0, B: 0xa0}
	left, top := r.gridOrigin()
	if left > 1 {
		right, bottom := a4Width-left, a4Height-top
		const gap = 1.0 // mm between a mark and the card
		r.page.Artifact(func() {
			for c := 0; c <= r.f.cols; c++ {
				x := left + float64(c)*r.f.w
				r.page.Line(x, 0, x, top-gap, 0.25, ink)
				r.page.Line(x, bottom+gap, x, a4Height, 0.25, ink)
			}
			for row := 0; row <= r.f.rows; row++ {
				y := top + float64(row)*r.f.h
				r.page.Line(0, y, left-gap, y, 0.25, ink)
				r.page.Line(right+gap, y, a4Width, y, 0.25, ink)
			}
		})
		return
	}
	r.page.Artifact(func() {
		for c := 1; c < r.f.cols; c++ {
			x := float64(c) * r.f.w
			r.page.Line(x, 0, x, a4Height, 0.15, ink)
		}
		for row := 0; row <= r.f.rows; row++ {
			y := top + float64(row)*r.f.h
			r.page.Line(0, y, a4Width, y, 0.15, ink)
		}
	})
}

func boldRuns(s string) []markdown.Run { return []markdown.Run{{Text: s, Bold: true}} }
