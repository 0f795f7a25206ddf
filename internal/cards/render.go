package cards

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
)

// Problem is a card whose text does not fit at the smallest type size.
type Problem struct {
	Deck, Card string // the deck's id, and the question id or 'instructions'
	Side       string // "front" or "back"
	Message    string
}

func (p Problem) String() string {
	return fmt.Sprintf("deck %s, card %s (%s): %s", p.Deck, p.Card, p.Side, p.Message)
}

// Result is one rendered deck.
type Result struct {
	PDF      []byte
	Cards    int // question cards, without the instruction card
	Problems []Problem
}

// Render makes the PDF of a deck. The site gives the reflection levels'
// guiding questions; date is the day the PDF gives as its creation and
// modification date, zero for none (see withDate). The same input gives
// the same file.
func Render(d Deck, site *model.Site, opts Options, date time.Time) (Result, error) {
	if err := opts.Check(); err != nil {
		return Result{}, err
	}
	f := formats[opts.Size]
	r := newRenderer(f, opts.Sheet)
	r.pdf.SetTitle(d.pdfTitle(), true)
	r.pdf.SetAuthor(d.Author, true)
	r.pdf.SetSubject(d.pdfSubject(), true)
	r.pdf.SetCreator("rodedraad", true)
	r.pdf.SetProducer("rodedraad", true)
	r.pdf.SetLang("nl")
	r.pdf.SetCreationDate(datePlaceholder)
	r.pdf.SetModificationDate(datePlaceholder)

	cards := cardsOf(d, site)
	res := Result{Cards: d.Count()}
	fronts := make([]laidOut, len(cards))
	backs := make([]laidOut, len(cards))
	for i, c := range cards {
		fronts[i] = layout(c.front, f.body(), f.maxSize, f.minSize, r)
		backs[i] = layout(c.back, f.body(), f.maxSize*0.85, f.minSize, r)
		for _, side := range []struct {
			name string
			l    laidOut
		}{{"front", fronts[i]}, {"back", backs[i]}} {
			if !side.l.fits {
				res.Problems = append(res.Problems, Problem{Deck: d.ID, Card: c.id, Side: side.name,
					Message: fmt.Sprintf("the text is too long for an %s card, even at %.0f pt; shorten it or use a larger size", opts.Size, f.minSize)})
			}
		}
	}
	if opts.Sheet == Single {
		r.single(cards, fronts, backs)
	} else {
		r.sheets(cards, fronts, backs)
	}
	var buf bytes.Buffer
	if err := r.pdf.Output(&buf); err != nil {
		return Result{}, err
	}
	pdf, err := withDate(buf.Bytes(), date)
	if err != nil {
		return Result{}, err
	}
	res.PDF = rewriteXref(tagSubsets(pdf))
	return res, nil
}

type renderer struct {
	pdf *fpdf.Fpdf
	f   format

	// The font in use, and widths measured before: switching fonts in
	// fpdf is costly, and the same words come back on every card.
	font   fontKey
	widths map[widthKey]float64
	// Faces are added when first used: fpdf parses the whole font file
	// for each, and many decks have no bold italic.
	added map[style]bool
}

type fontKey struct {
	st   style
	size float64
}

type widthKey struct {
	text string
	font fontKey
}

// setFont switches to a face and size, unless they are the current ones.
func (r *renderer) setFont(st style, size float64) {
	if k := (fontKey{st, size}); k != r.font {
		if !r.added[st] {
			r.pdf.AddUTF8FontFromBytes(family, fpdfStyles[st], faces[st])
			r.added[st] = true
		}
		r.pdf.SetFont(family, fpdfStyles[st], size)
		r.font = k
	}
}

func newRenderer(f format, sheet Sheet) *renderer {
	size := fpdf.SizeType{Wd: a4Width, Ht: a4Height}
	if sheet == Single {
		size = fpdf.SizeType{Wd: f.w + 2*bleed, Ht: f.h + 2*bleed}
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: size, OrientationStr: "P"})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetCatalogSort(true) // the same input gives the same bytes
	pdf.SetCompression(true)
	return &renderer{pdf: pdf, f: f, widths: map[widthKey]float64{}, added: map[style]bool{}}
}

// width measures text with the embedded font; the renderer is the
// layout's measurer, so what is measured is what is drawn.
func (r *renderer) width(text string, st style, size float64) float64 {
	k := widthKey{text, fontKey{st, size}}
	if w, ok := r.widths[k]; ok {
		return w
	}
	r.setFont(st, size)
	w := r.pdf.GetStringWidth(text)
	r.widths[k] = w
	return w
}

// slot is where a card's top left corner goes on an A4 sheet.
func (r *renderer) slot(i int, back bool) (x, y float64) {
	col, row := i%r.f.cols, i/r.f.cols
	if back {
		// Printed double-sided and flipped on the long edge, the back of a
		// card in the left column lands behind the right column.
		col = r.f.cols - 1 - col
	}
	top := (a4Height - float64(r.f.rows)*r.f.h) / 2
	return float64(col) * r.f.w, top + float64(row)*r.f.h
}

// sheets puts the cards on A4, fronts on odd pages and backs behind them.
func (r *renderer) sheets(cards []card, fronts, backs []laidOut) {
	per := r.f.cols * r.f.rows
	for start := 0; start < len(cards); start += per {
		end := min(start+per, len(cards))
		r.pdf.AddPage()
		for i := start; i < end; i++ {
			x, y := r.slot(i-start, false)
			r.front(cards[i], fronts[i], x, y, 0)
		}
		r.cutMarks()
		r.pdf.AddPage()
		for i := start; i < end; i++ {
			x, y := r.slot(i-start, true)
			r.back(cards[i], backs[i], x, y, 0)
		}
	}
}

// single puts each card on a page of its own, front then back, with
// bleed around it and a trim box for the print shop.
func (r *renderer) single(cards []card, fronts, backs []laidOut) {
	for i := range cards {
		for side := range 2 {
			r.pdf.AddPage()
			r.pdf.SetPageBox("trim", bleed, bleed, r.f.w, r.f.h)
			r.pdf.SetPageBox("bleed", 0, 0, r.f.w+2*bleed, r.f.h+2*bleed)
			if side == 0 {
				r.front(cards[i], fronts[i], bleed, bleed, bleed)
			} else {
				r.back(cards[i], backs[i], bleed, bleed, bleed)
			}
		}
	}
}

const grey = 0x55

func (r *renderer) front(c card, l laidOut, x, y, bleedBy float64) {
	r.band(c, x, y, bleedBy, true)
	r.pdf.ClipRect(x, y, r.f.w, r.f.h, false)
	r.text(l, x, y, model.DarkText)
	r.footer(c.footL, c.footR, x, y)
	r.pdf.ClipEnd()
}

func (r *renderer) back(c card, l laidOut, x, y, bleedBy float64) {
	r.band(c, x, y, bleedBy, false)
	r.pdf.ClipRect(x, y, r.f.w, r.f.h, false)
	r.text(l, x, y, model.DarkText)
	r.footer(c.backFoot, "", x, y)
	r.pdf.ClipEnd()
}

// band draws the colour band, into the bleed on single cards, with the
// card's label on the front.
func (r *renderer) band(c card, x, y, bleedBy float64, label bool) {
	red, green, blue := c.colour.RGB()
	r.pdf.SetFillColor(red, green, blue)
	r.pdf.Rect(x-bleedBy, y-bleedBy, r.f.w+2*bleedBy, r.f.band+bleedBy, "F")
	if !label {
		return
	}
	l := r.labelLayout(c)
	r.pdf.ClipRect(x, y, r.f.w, r.f.band, false)
	r.text(l, x, y, c.colour.TextOn())
	r.pdf.ClipEnd()
}

func (r *renderer) labelLayout(c card) laidOut {
	return layout([]block{{runs: boldRuns(c.label), scale: 1}}, r.f.label(), r.f.labelSize, r.f.labelSize*0.75, r)
}

// footerBoxes are where the footer's texts go: left and right aligned in
// the safe area, shortened with an ellipsis when they do not fit.
func (r *renderer) footerBoxes(left, right string) (l, rt string, boxes []box) {
	size := r.f.labelSize
	height := size * ptToMM * 1.2
	top := r.f.footerBaseline() - size*ptToMM*0.95
	rightW := r.width(right, regular, size)
	room := r.f.w - 2*r.f.margin - rightW - 2
	for r.width(left, regular, size) > room && left != "" {
		runes := []rune(strings.TrimSuffix(left, "…"))
		left = string(runes[:len(runes)-1]) + "…"
	}
	boxes = append(boxes, box{r.f.margin, top, r.width(left, regular, size), height})
	if right != "" {
		boxes = append(boxes, box{r.f.w - r.f.margin - rightW, top, rightW, height})
	}
	return left, right, boxes
}

func (r *renderer) footer(left, right string, x, y float64) {
	left, right, boxes := r.footerBoxes(left, right)
	r.setFont(regular, r.f.labelSize)
	r.pdf.SetTextColor(grey, grey, grey)
	base := y + r.f.footerBaseline()
	r.pdf.Text(x+boxes[0].x, base, left)
	if right != "" {
		r.pdf.Text(x+boxes[1].x, base, right)
	}
}

// text draws laid-out paragraphs with the card's top left at x, y.
func (r *renderer) text(l laidOut, x, y float64, colour model.Colour) {
	red, green, blue := colour.RGB()
	r.pdf.SetTextColor(red, green, blue)
	for _, p := range l.paras {
		ascent := p.size * ptToMM * 0.95
		if p.bullet != "" {
			r.setFont(regular, p.size)
			r.pdf.Text(x+p.bx, y+p.y+ascent, p.bullet)
		}
		for i, ln := range p.lines {
			base := y + p.y + float64(i)*p.lineHeight + ascent
			for _, pc := range ln.pieces {
				r.setFont(pc.st, p.size)
				r.pdf.Text(x+p.x+pc.x, base, pc.text)
			}
		}
	}
}

// cutMarks draws where to cut an A4 sheet: thin lines between the cards
// and marks at the paper's edges.
func (r *renderer) cutMarks() {
	r.pdf.SetDrawColor(0xa0, 0xa0, 0xa0)
	r.pdf.SetLineWidth(0.15)
	top := (a4Height - float64(r.f.rows)*r.f.h) / 2
	for c := 1; c < r.f.cols; c++ {
		x := float64(c) * r.f.w
		r.pdf.Line(x, 0, x, a4Height)
	}
	for row := 0; row <= r.f.rows; row++ {
		y := top + float64(row)*r.f.h
		r.pdf.Line(0, y, a4Width, y)
	}
}

func boldRuns(s string) []markdown.Run { return []markdown.Run{{Text: s, Bold: true}} }
