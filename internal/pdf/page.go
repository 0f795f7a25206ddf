package pdf

import (
	"math"
	"strconv"
)

const ptPerMM = 72 / 25.4

// Colour is an RGB colour.
type Colour struct{ R, G, B uint8 }

// Rect is a rectangle in mm from a page's top left corner.
type Rect struct{ X, Y, W, H float64 }

// Page is a page of a document.
type Page struct {
	doc          *Document
	index        int
	w, h         float64
	trim, bleed  *Rect
	content      []byte
	mcids        []*Element // by marked-content id: the element it belongs to
	marked       int        // depth of open marked content
	artifact     bool       // the open marked content is an artifact
	annots       []*annotation
	fill, stroke *Colour
	text         textState
	ref          int
}

// Size is the page's width and height in mm.
func (p *Page) Size() (w, h float64) { return p.w, p.h }

// SetTrimBox and SetBleedBox give a print shop the final size of the page
// and how far its colours run beyond it.
func (p *Page) SetTrimBox(r Rect)  { p.trim = &r }
func (p *Page) SetBleedBox(r Rect) { p.bleed = &r }

// Begin starts content that belongs to e; End ends it. Content of one
// element may be spread over several Begin/End pairs and pages.
func (p *Page) Begin(e *Element) {
	if p.marked > 0 {
		panic("pdf: Begin inside marked content")
	}
	mcid := len(p.mcids)
	p.mcids = append(p.mcids, e)
	e.kids = append(e.kids, node{page: p, mcid: mcid})
	if e.page == nil {
		e.page = p
	}
	p.marked++
	p.endText()
	p.out("/", e.role, " <</MCID ", itoa(mcid), ">> BDC\n")
}

// BeginArtifact starts drawing that is not content: decoration, cut
// marks, running headers. End ends it.
func (p *Page) BeginArtifact() {
	if p.marked > 0 {
		panic("pdf: BeginArtifact inside marked content")
	}
	p.marked++
	p.artifact = true
	p.endText()
	p.out("/Artifact BMC\n")
}

// End ends what Begin or BeginArtifact started.
func (p *Page) End() {
	if p.marked == 0 {
		panic("pdf: End without Begin")
	}
	p.marked--
	p.artifact = false
	p.endText()
	p.out("EMC\n")
}

// Artifact draws what draw draws as an artifact.
func (p *Page) Artifact(draw func()) {
	p.BeginArtifact()
	draw()
	p.End()
}

// decoration makes a path an artifact unless it is drawn inside marked
// content already: a shape on its own is never content.
func (p *Page) decoration(draw func()) {
	if p.marked > 0 {
		draw()
		return
	}
	p.Artifact(draw)
}

// FillRect fills a rectangle.
func (p *Page) FillRect(r Rect, c Colour) {
	p.decoration(func() {
		p.endText()
		p.setFill(c)
		p.rect(r)
		p.out("f\n")
	})
}

// Line draws a line width mm wide.
func (p *Page) Line(x1, y1, x2, y2, width float64, c Colour) {
	p.decoration(func() {
		p.endText()
		if p.stroke == nil || *p.stroke != c {
			p.stroke = &c
			p.out(rgb(c), " RG\n")
		}
		p.out(num(width*ptPerMM), " w ", p.x(x1), " ", p.y(y1), " m ", p.x(x2), " ", p.y(y2), " l S\n")
	})
}

// Clip limits what is drawn until Unclip to r.
func (p *Page) Clip(r Rect) {
	p.endText()
	p.out("q\n")
	p.rect(r)
	p.out("W n\n")
}

// Unclip ends the last Clip.
func (p *Page) Unclip() {
	p.endText()
	p.out("Q\n")
	// Q restores the colours of before the clip too.
	p.fill, p.stroke = nil, nil
}

// Text shows text with its baseline starting at x, y, in font at size
// points. Text is content: it must be inside Begin/End or an artifact.
func (p *Page) Text(x, y float64, f *Font, size float64, c Colour, text string) {
	if p.marked == 0 {
		panic("pdf: text outside marked content: " + text)
	}
	if text == "" {
		return
	}
	u := p.doc.use(f)
	p.setFill(c)
	// Text shown one after another shares a text object, and each piece
	// moves from the start of the one before: fewer bytes to write and to
	// compress than a text object each.
	if !p.text.open {
		p.out("BT\n")
		p.text = textState{open: true}
	}
	if p.text.font != u || p.text.size != size {
		p.out("/", u.resName, " ")
		p.num(size)
		p.out(" Tf ")
		p.text.font, p.text.size = u, size
	}
	tx, ty := round2(x*ptPerMM), round2((p.h-y)*ptPerMM)
	p.num(tx - p.text.x)
	p.content = append(p.content, ' ')
	p.num(ty - p.text.y)
	p.text.x, p.text.y = tx, ty
	p.out(" Td (")
	for _, r := range text {
		code := u.code(r)
		p.content = appendEscaped(p.content, byte(code>>8))
		p.content = appendEscaped(p.content, byte(code))
	}
	p.out(") Tj\n")
}

// textState is the open text object: its font, size and where its last
// line starts, in points rounded as written.
type textState struct {
	open bool
	font *fontUse
	size float64
	x, y float64
}

func (p *Page) endText() {
	if p.text.open {
		p.out("ET\n")
		p.text.open = false
	}
}

// round2 rounds to a hundredth of a point, so that moves relative to the
// last position add up to where the text belongs.
func round2(v float64) float64 { return math.Round(v*100) / 100 }

// appendEscaped writes a byte of a literal string: the two-byte codes of
// the text, as they are but for what a string must escape.
func appendEscaped(b []byte, c byte) []byte {
	switch c {
	case '(', ')', '\\':
		return append(b, '\\', c)
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	}
	return append(b, c)
}

func (p *Page) setFill(c Colour) {
	if p.fill == nil || *p.fill != c {
		p.fill = &c
		p.out(rgb(c), " rg\n")
	}
}

func (p *Page) rect(r Rect) {
	p.out(p.x(r.X), " ", p.y(r.Y+r.H), " ", num(r.W*ptPerMM), " ", num(r.H*ptPerMM), " re ")
}

// num writes a number into the content as num does, without a string.
func (p *Page) num(v float64) { p.content = appendNum(p.content, v) }

func (p *Page) x(mm float64) string { return num(mm * ptPerMM) }
func (p *Page) y(mm float64) string { return num((p.h - mm) * ptPerMM) }

func (p *Page) out(parts ...string) {
	for _, s := range parts {
		p.content = append(p.content, s...)
	}
}

func rgb(c Colour) string {
	return num(float64(c.R)/255) + " " + num(float64(c.G)/255) + " " + num(float64(c.B)/255)
}

// num writes a number as PDF wants it: no exponent, at most three
// decimals (a thousandth of a point is far below what paper shows).
func num(v float64) string { return string(appendNum(nil, v)) }

func appendNum(b []byte, v float64) []byte {
	start := len(b)
	b = strconv.AppendFloat(b, v, 'f', 3, 64)
	for b[len(b)-1] == '0' {
		b = b[:len(b)-1]
	}
	if b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	if string(b[start:]) == "-0" {
		b = append(b[:start], '0')
	}
	return b
}

func itoa(i int) string { return strconv.Itoa(i) }
