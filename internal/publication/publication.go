// Package publication makes the factsheet of an edition as an A4 PDF, for
// a board, a booklet or the archive: a cover, the contents, the
// introduction and reading guide, a page per theme in three columns
// (theme, questions, practice) with buttons to the other themes, the
// building blocks, the closing tips, 'Meer weten?' and the colophon. It
// is tagged as the card decks are, from the same model.
package publication

import (
	"fmt"
	"strings"
	"time"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/pdf"
	"github.com/rodedraad/rodedraad/internal/typeset"
)

// The page: A4, in mm.
const (
	pageW, pageH = 210.0, 297.0
	margin       = 16.0
	top          = 16.0
	bottom       = pageH - 20.0 // where text ends; the footer is below
	gutter       = 6.0
)

// The type scale, in points.
const (
	coverSize   = 30.0
	chapterSize = 20.0
	titleSize   = 15.0
	headSize    = 11.5
	bodySize    = 9.5
	smallSize   = 8.0
)

var (
	ink   = rgb(model.DarkText)
	muted = pdf.Colour{R: 0x50, G: 0x5a, B: 0x5f}
	rule  = pdf.Colour{R: 0xb1, G: 0xb4, B: 0xb6}
	white = pdf.Colour{R: 255, G: 255, B: 255}
)

func rgb(c model.Colour) pdf.Colour {
	r, g, b := c.RGB()
	return pdf.Colour{R: uint8(r), G: uint8(g), B: uint8(b)}
}

// tint is c mixed with white: share is how much of c is left.
func tint(c model.Colour, share float64) pdf.Colour {
	r, g, b := c.RGB()
	mix := func(v int) uint8 { return uint8(float64(v)*share + 255*(1-share) + 0.5) }
	return pdf.Colour{R: mix(r), G: mix(g), B: mix(b)}
}

// FileName is the name of the edition's PDF, such as
// 'friesland-2021-2024.pdf'.
func FileName(e *model.Edition) string { return model.DeckID(e, "") + ".pdf" }

// Render makes the PDF of edition e. The site gives the reflection
// levels and the rights; date is the day the PDF carries, zero for none.
// The same input gives the same file.
func Render(e *model.Edition, site *model.Site, date time.Time) ([]byte, error) {
	r := &renderer{e: e, site: site, faces: typeset.Lato(), brand: model.ThemePalette[0]}
	r.doc = pdf.New(pdf.Info{Title: r.title(), Author: r.author(), Subject: r.subject(), Lang: "nl", Date: date})
	root := r.doc.Structure()

	r.cover(root.Add("Sect"))
	toc := r.contents(root.Add("Sect"))
	r.tocBottom = toc.bottom()
	r.introduction(root)
	for i, t := range e.Themes {
		r.theme(root.Add("Sect").SetTitle(t.Title), t, i)
	}
	for _, s := range e.Sections {
		r.section(root.Add("Sect").SetTitle(s.Title), s)
	}
	r.closing(root)
	r.themeButtons()
	toc.fill()
	return r.doc.Bytes()
}

type renderer struct {
	e     *model.Edition
	site  *model.Site
	doc   *pdf.Document
	faces typeset.Faces
	brand model.Colour
	// Where the parts begin, for the contents and the bookmarks.
	entries []entry
	// The pages of each theme, for the buttons that lead to them.
	tocBottom  float64
	themePages [][]*pdf.Page
	themeNavs  [][]*pdf.Element
}

// entry is a line of the contents, and a bookmark.
type entry struct {
	title string
	page  *pdf.Page
	y     float64
	level int // 0 for a part, 1 for a theme under 'Rode draden'
}

func (r *renderer) title() string {
	t := r.e.Title
	if r.e.Draft {
		t = "Concept – " + t
	}
	return t + " (" + r.e.Label() + ")"
}

func (r *renderer) author() string {
	if r.e.Draft {
		return "Concept, nog niet gepubliceerd"
	}
	return r.e.Factsheet.Publisher.Name
}

func (r *renderer) subject() string {
	if r.e.Draft {
		return "Concept van een editie die nog niet gepubliceerd is"
	}
	return "Factsheet, in eigen woorden naar " + markdown.Plain(r.e.Factsheet.Source.Title+", "+r.e.Factsheet.Source.Publisher)
}

// newPage adds a page with its footer: the publication and the page
// number, as decoration (a reader tells the page by other means).
func (r *renderer) newPage() *pdf.Page {
	p := r.doc.AddPage(pageW, pageH)
	n := len(r.doc.Pages())
	if n == 1 {
		return p // the cover
	}
	p.Artifact(func() {
		p.Line(margin, pageH-14, pageW-margin, pageH-14, 0.2, rule)
		left := r.e.Title + " · " + r.e.Label()
		if r.e.Draft {
			left = "Concept · " + left
		}
		p.Text(margin, pageH-9.5, r.faces[typeset.Regular], smallSize, muted, left)
		number := fmt.Sprint(n)
		p.Text(pageW-margin-r.faces.Width(number, typeset.Bold, smallSize), pageH-9.5, r.faces[typeset.Bold], smallSize, muted, number)
	})
	return p
}

// linkColour is the colour of a link in text of colour c: a blue that
// reads on white, or the text's own colour on a coloured ground.
func (r *renderer) linkColour(c pdf.Colour) pdf.Colour {
	if c == ink || c == muted {
		return pdf.Colour{R: 0x1d, G: 0x4f, B: 0x91}
	}
	return c
}

// runs is inline Markdown as runs, or plain text as one.
func runs(md model.Inline) []markdown.Run { return markdown.Runs(string(md)) }

func plain(s string) []markdown.Run { return []markdown.Run{{Text: s}} }

// blocks sets block Markdown: paragraphs, lists and headings under e.
func (f *flow) blocks(e *pdf.Element, source model.Markdown, st style) {
	var lists []*pdf.Element // the open list at each depth
	for _, p := range markdown.Paras(string(source)) {
		for len(lists) > p.Depth {
			lists = lists[:len(lists)-1]
		}
		para := st
		switch {
		case p.Heading > 0:
			f.space(2)
			para.face, para.size, para.keep = typeset.Bold, st.size*1.15, 8
			f.paragraph(e.Add("H4"), p.Runs, para)
			continue
		case p.Depth > 0:
			parent := e
			if len(lists) > 0 {
				parent = lists[len(lists)-1]
			}
			if len(lists) < p.Depth {
				list := parent.Add("L")
				lists = append(lists, list)
			}
			para.indent = st.indent + 4.5*float64(p.Depth)
			f.space(0.8)
			if p.Marker != "" {
				para.marker = p.Marker
				f.paragraph(lists[len(lists)-1].Add("LI"), p.Runs, para)
			} else {
				f.paragraph(lists[len(lists)-1].Add("P"), p.Runs, para)
			}
			continue
		case p.Quote:
			para.face = typeset.Italic
			para.indent = st.indent + 4
		}
		f.space(2)
		f.paragraph(e.Add("P"), p.Runs, para)
	}
}

// heading sets a heading that keeps with the lines after it.
func (f *flow) heading(e *pdf.Element, role, text string, size float64, colour pdf.Colour) {
	f.headingRuns(e, role, plain(text), size, colour)
}

// headingRuns is heading for a title in inline Markdown.
func (f *flow) headingRuns(e *pdf.Element, role string, text []markdown.Run, size float64, colour pdf.Colour) {
	f.space(size * typeset.PtToMM * 0.9)
	f.paragraph(e.Add(role), text, style{size: size, face: typeset.Bold, colour: colour, lead: 1.2, keep: 10, whole: true})
	f.y += 1
}

// list sets items as a list under e, bulleted or numbered.
func (f *flow) list(e *pdf.Element, items [][]markdown.Run, numbered bool, st style) {
	l := e.Add("L")
	for i, item := range items {
		it := st
		it.marker = "•"
		if numbered {
			it.marker = fmt.Sprintf("%d.", i+1)
		}
		it.indent = st.indent + 5
		f.space(1.5)
		f.paragraph(l.Add("LI"), item, it)
	}
}

func inlines(texts []model.Inline) [][]markdown.Run {
	out := make([][]markdown.Run, len(texts))
	for i, t := range texts {
		out[i] = runs(t)
	}
	return out
}

// rulePara is text that sets itself apart: a box in a tint of the colour
// with a bar at its left, as the safety rule of a step plan.
func (f *flow) box(e *pdf.Element, text []markdown.Run, colour model.Colour, st style) {
	_, fr := f.current()
	p, _ := typeset.Wrap(restyle(text, st.face), st.size, fr.w-8, f.pages.r.faces)
	h := p.Height() + 5
	f.space(2)
	f.room(h)
	page, fr := f.current()
	page.FillRect(pdf.Rect{X: fr.x, Y: f.y, W: fr.w, H: h}, tint(colour, 0.12))
	page.FillRect(pdf.Rect{X: fr.x, Y: f.y, W: 1.5, H: h}, rgb(colour))
	f.y += 2.5
	inner := st
	inner.indent = 5
	f.paragraph(e, text, inner)
	f.y += 2.5
}

// cutToLines shortens runs so that they take at most n lines of width,
// ending with an ellipsis; the buttons have room for so much.
func cutToLines(text string, size, width float64, n int, faces typeset.Faces, st typeset.Style) typeset.Paragraph {
	runs := []markdown.Run{{Text: text, Bold: st == typeset.Bold}}
	p, _ := typeset.Wrap(runs, size, width, faces)
	for len(p.Lines) > n && text != "" {
		words := strings.Fields(strings.TrimSuffix(text, "…"))
		if len(words) <= 1 {
			break
		}
		text = strings.Join(words[:len(words)-1], " ") + "…"
		p, _ = typeset.Wrap([]markdown.Run{{Text: text, Bold: st == typeset.Bold}}, size, width, faces)
	}
	return p
}
