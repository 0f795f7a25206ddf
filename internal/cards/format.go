package cards

import (
	"fmt"

	"github.com/rodedraad/rodedraad/internal/typeset"
)

// Size is a card size.
type Size string

// The card sizes: A6 is a postcard (portrait), A7 half of it (landscape).
const (
	A6 Size = "a6"
	A7 Size = "a7"
)

// Sheet is how cards are put on paper.
type Sheet string

// The sheets: A4 with several cards and cut marks, for a home or office
// printer; or one card a page with bleed, for a print shop.
const (
	A4     Sheet = "a4"
	Single Sheet = "single"
)

// Options choose the card size and sheet.
type Options struct {
	Size  Size
	Sheet Sheet
	// Margin, in mm, keeps the cards of an A4 sheet that far inside the
	// paper's edge, for a printer that cannot print to it: the cards
	// shrink to fit, and the cut marks go in the margin. 0 puts them edge
	// to edge.
	Margin float64
}

// MaxMargin is the widest margin a sheet can have.
const MaxMargin = 20

// Check reports an unknown size or sheet.
func (o Options) Check() error {
	if _, ok := formats[o.Size]; !ok {
		return fmt.Errorf("unknown card size %q: use a6 or a7", o.Size)
	}
	if o.Sheet != A4 && o.Sheet != Single {
		return fmt.Errorf("unknown sheet %q: use a4 or single", o.Sheet)
	}
	if o.Margin < 0 || o.Margin > MaxMargin {
		return fmt.Errorf("margin %g mm: use 0 to %d mm", o.Margin, MaxMargin)
	}
	if o.Margin > 0 && o.Sheet != A4 {
		return fmt.Errorf("a margin is for a4 sheets: a single card has bleed for the print shop")
	}
	return nil
}

// format is the geometry of a card size, in mm, and its type sizes, in pt.
type format struct {
	w, h       float64
	margin     float64 // the safe area starts this far inside the edge
	band       float64 // the colour band at the top
	footer     float64 // the line with audience and number
	maxSize    float64 // question text, largest
	minSize    float64 // question text, smallest before the card counts as too long
	labelSize  float64 // the label in the band, largest
	labelMin   float64 // the label in the band, smallest: a long one takes two lines first
	footSize   float64 // the footer
	cols, rows int     // on an A4 sheet
}

var formats = map[Size]format{
	// On A6 the band and the footer can be read across a table: 9 pt at
	// the least (they were 7).
	A6: {w: 105, h: 148, margin: 7, band: 17, footer: 6, maxSize: 16, minSize: 9, labelSize: 11, labelMin: 9, footSize: 9, cols: 2, rows: 2},
	A7: {w: 105, h: 74, margin: 5, band: 11, footer: 4.5, maxSize: 11.5, minSize: 7, labelSize: 8, labelMin: 5.5, footSize: 7, cols: 2, rows: 4},
}

// within is the format shrunk so that an A4 sheet of its cards stays
// margin mm inside the paper's edge. The type and the card's own margins
// keep their sizes: the text has a little less room.
func (f format) within(margin float64) format {
	if margin <= 0 {
		return f
	}
	scale := min((a4Width-2*margin)/(float64(f.cols)*f.w), (a4Height-2*margin)/(float64(f.rows)*f.h))
	if scale < 1 {
		f.w, f.h = f.w*scale, f.h*scale
	}
	return f
}

// box is a rectangle in mm, from the card's top left corner.
type box struct{ x, y, w, h float64 }

func (b box) contains(o box) bool {
	const tolerance = 0.01
	return o.x >= b.x-tolerance && o.y >= b.y-tolerance && o.x+o.w <= b.x+b.w+tolerance && o.y+o.h <= b.y+b.h+tolerance
}

// safe is the area text must stay in.
func (f format) safe() box { return box{f.margin, f.margin, f.w - 2*f.margin, f.h - 2*f.margin} }

// label is where the theme's name goes, inside the colour band.
func (f format) label() box {
	return box{f.margin, f.margin, f.w - 2*f.margin, f.band - f.margin - 1}
}

// footerBaseline is where the footer's text stands, so that its
// descenders stay inside the safe area.
func (f format) footerBaseline() float64 {
	return f.h - f.margin - f.footSize*typeset.PtToMM*0.25
}

// body is where the main text of a card goes: below the band, above the footer.
func (f format) body() box {
	top := f.band + f.margin*0.6
	return box{f.margin, top, f.w - 2*f.margin, f.h - f.margin - f.footer - top}
}

const (
	a4Width  = 210.0
	a4Height = 297.0
	bleed    = 3.0 // mm around a single card, for a print shop
)
