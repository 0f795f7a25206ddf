package publication

import (
	"strings"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/pdf"
	"github.com/rodedraad/rodedraad/internal/typeset"
)

// frame is a rectangle text flows into, on a page of a run of pages.
type frame struct{ x, y, w, h float64 }

// pages is a run of pages made on demand: the pages of a part of the
// publication, each drawn with its furniture when it is first needed.
type pages struct {
	r    *renderer
	list []*pdf.Page
	// start makes page i of the run, with its header, footer and
	// background, and returns the frames text flows into, in order.
	start  func(i int, p *pdf.Page) []frame
	frames [][]frame
}

func (ps *pages) page(i int) (*pdf.Page, []frame) {
	for len(ps.list) <= i && ps.start != nil {
		p := ps.r.newPage()
		ps.list = append(ps.list, p)
		ps.frames = append(ps.frames, ps.start(len(ps.list)-1, p))
	}
	return ps.list[i], ps.frames[i]
}

// flow sets text into the frames of a run of pages, from top to bottom,
// frame after frame and page after page.
type flow struct {
	pages   *pages
	page    int
	frame   int
	y       float64 // from the top of the current frame's page
	started bool
	// columnOnly keeps the flow in its frame, page after page: a column
	// of the theme pages.
	columnOnly bool
	full       bool
}

func (f *flow) current() (*pdf.Page, frame) {
	p, frames := f.pages.page(f.page)
	fr := frames[f.frame]
	if !f.started {
		f.y, f.started = fr.y, true
	}
	return p, fr
}

// next moves to the top of the next frame, on the next page when the
// page has no more. A run without start has only the pages it was given:
// text that does not fit there is left out (a title of absurd length on
// the cover, say), and full says so.
func (f *flow) next() {
	_, frames := f.pages.page(f.page)
	if !f.columnOnly && f.frame+1 < len(frames) {
		f.frame++
	} else {
		if f.pages.start == nil && f.page+1 >= len(f.pages.list) {
			f.full = true
			return
		}
		f.page++
		if !f.columnOnly {
			f.frame = 0
		}
	}
	_, frames = f.pages.page(f.page)
	f.y = frames[f.frame].y
}

// room makes sure h mm fit below the cursor, moving on when they do not
// and something is set in this frame already.
func (f *flow) room(h float64) {
	_, fr := f.current()
	if f.y+h > fr.y+fr.h+0.01 && f.y > fr.y+0.01 {
		f.next()
	}
}

// space adds room between blocks, never at the top of a frame.
func (f *flow) space(h float64) {
	_, fr := f.current()
	if f.y > fr.y+0.01 {
		f.y += h
	}
}

// style is how a paragraph is set.
type style struct {
	size   float64 // pt
	face   typeset.Style
	colour pdf.Colour
	lead   float64 // line height as a multiple of the size; 0 for typeset's
	indent float64 // mm from the frame's left edge
	marker string  // list item's bullet or number, hanging in the indent
	keep   float64 // mm that must fit below the paragraph's first lines (a heading keeps with its text)
	whole  bool    // words are not hyphenated to fill a line: a heading's
}

// paragraph sets runs as the content of e, breaking it over frames line
// by line, never leaving a single first line behind.
func (f *flow) paragraph(e *pdf.Element, runs []markdown.Run, st style) {
	r := f.pages.r
	runs = restyle(runs, st.face)
	_, fr := f.current()
	wrap := typeset.Wrap
	if st.whole {
		wrap = typeset.WrapWhole
	}
	p, _ := wrap(runs, st.size, fr.w-st.indent, r.faces)
	if st.lead > 0 {
		p.LineHeight = st.size * typeset.PtToMM * st.lead
	}
	if len(p.Lines) == 0 {
		return
	}
	first := min(2, len(p.Lines))
	f.room(float64(first)*p.LineHeight + st.keep)
	ascent := st.size * typeset.PtToMM * 0.95
	var lw linkWriter
	for i, ln := range p.Lines {
		f.room(p.LineHeight)
		if f.full {
			break
		}
		page, fr := f.current()
		if i == 0 && st.marker != "" {
			label := e.Add("Lbl")
			page.Begin(label)
			page.Text(fr.x+st.indent-r.faces.Width(st.marker+" ", typeset.Regular, st.size)-0.5, f.y+ascent, r.faces[typeset.Regular], st.size, st.colour, st.marker+" ")
			page.End()
			e = e.Add("LBody")
		}
		lw.line(r, page, e, ln, fr.x+st.indent, f.y, ascent, p.LineHeight, st, i+1 < len(p.Lines))
		f.y += p.LineHeight
	}
	lw.close()
}

// restyle sets runs in face: bold text stays bold, emphasis italic.
func restyle(runs []markdown.Run, face typeset.Style) []markdown.Run {
	if face == typeset.Regular {
		return runs
	}
	out := make([]markdown.Run, len(runs))
	for i, run := range runs {
		run.Bold = run.Bold || face == typeset.Bold || face == typeset.BoldItalic
		run.Italic = run.Italic || face == typeset.Italic || face == typeset.BoldItalic
		out[i] = run
	}
	return out
}

// linkWriter draws the pieces of lines as content of their element, and
// the pieces that link as Link elements with their annotation. The
// content of one element stays one marked sequence from line to line, so
// that its text reads as a whole; close ends it.
type linkWriter struct {
	link string
	elem *pdf.Element // the Link element of link
	page *pdf.Page
	open *pdf.Element // whose content is being drawn on page
}

func (lw *linkWriter) close() {
	if lw.open != nil {
		lw.page.End()
		lw.open = nil
	}
}

func (lw *linkWriter) line(r *renderer, page *pdf.Page, e *pdf.Element, ln typeset.Line, x, y, ascent, height float64, st style, more bool) {
	if page != lw.page {
		lw.close()
		lw.page = page
	}
	for _, pc := range typeset.Runs(ln, more) {
		colour, target := st.colour, e
		if pc.Link != "" {
			if pc.Link != lw.link || lw.elem == nil {
				lw.link, lw.elem = pc.Link, e.Add("Link")
			}
			colour, target = r.linkColour(st.colour), lw.elem
		} else {
			lw.link, lw.elem = "", nil
		}
		if target != lw.open {
			lw.close()
			page.Begin(target)
			lw.open = target
		}
		page.Text(x+pc.X, y+ascent, r.faces[pc.Style], st.size, colour, pc.Text)
		if pc.Link != "" {
			w := r.faces.Width(strings.TrimSuffix(pc.Text, " "), pc.Style, st.size)
			page.Line(x+pc.X, y+ascent+0.6, x+pc.X+w, y+ascent+0.6, 0.2, colour)
			page.LinkURI(lw.elem, pdf.Rect{X: x + pc.X, Y: y, W: w, H: height}, pc.Link, "Link naar "+pc.Link)
		}
	}
}
