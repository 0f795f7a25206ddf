package publication

import (
	"fmt"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/pdf"
	"github.com/rodedraad/rodedraad/internal/typeset"
)

// cover is the first page: the title on a field of the brand colour, a
// thread in each theme's colour, and who publishes it.
func (r *renderer) cover(sect *pdf.Element) {
	const field = 150.0
	brand := rgb(r.brand)
	p := r.newPage()
	p.FillRect(pdf.Rect{X: 0, Y: 0, W: pageW, H: field}, brand)
	// The themes as threads running out of the field.
	for i, t := range r.e.Themes {
		p.FillRect(pdf.Rect{X: 0, Y: field + float64(i)*3.2, W: pageW * (0.9 - 0.07*float64(i%5)), H: 2.2}, rgb(themeColour(t, i)))
	}
	below := field + float64(min(len(r.e.Themes), 20))*3.2 + 14
	frames := []frame{{margin + 4, 62, pageW - 2*margin - 8, field - 70}, {margin + 4, below, pageW - 2*margin - 8, pageH - below - 20}}
	// The cover is one page: what does not fit on it is left out.
	ps := &pages{r: r, list: []*pdf.Page{p}, frames: [][]frame{frames}}
	f := &flow{pages: ps}
	label := "Factsheet"
	if r.e.Factsheet.Region != "" {
		label += " · " + r.e.Factsheet.Region
	}
	f.paragraph(sect.Add("P"), plain(label), style{size: 11, face: typeset.Bold, colour: white})
	f.y += 4
	f.paragraph(sect.Add("H1"), plain(r.e.Title), style{size: coverSize, face: typeset.Bold, colour: white, lead: 1.1, whole: true})
	if r.e.Subtitle != "" {
		f.y += 3
		f.paragraph(sect.Add("P"), plain(r.e.Subtitle), style{size: 15, colour: white, lead: 1.25})
	}
	f.y += 5
	f.paragraph(sect.Add("P"), plain("Editie "+r.e.Label()), style{size: 11, face: typeset.Bold, colour: white})

	f.next()
	if r.e.Draft {
		f.box(sect.Add("P"), plain("Concept: deze editie is nog niet gepubliceerd. De teksten zijn een voorbeeld en niet van de uitgever."), r.brand, style{size: 12, face: typeset.Bold, colour: ink})
		f.y += 4
	}
	if r.e.Factsheet.Summary != "" {
		f.paragraph(sect.Add("P"), runs(r.e.Factsheet.Summary), style{size: 12, colour: ink, lead: 1.35})
		f.y += 6
	}
	if !r.e.Draft {
		f.paragraph(sect.Add("P"), plain("Uitgave van "+r.e.Factsheet.Publisher.Name), style{size: 11, face: typeset.Bold, colour: ink})
		if pr := r.e.Factsheet.Programme; pr != "" {
			f.paragraph(sect.Add("P"), plain(pr), style{size: 10, colour: muted})
		}
	}
	if r.e.Notice != "" {
		f.y += 3
		f.blocks(sect, r.e.Notice, style{size: bodySize, face: typeset.Italic, colour: muted})
	}
}

// contents is the table of contents at the top of page 2. Its lines are
// known now, their page numbers only at the end: fill sets them.
type contents struct {
	r     *renderer
	page  *pdf.Page
	elem  *pdf.Element
	y     float64 // where the first line goes
	lines int
}

const contentsLine = 6.2 // mm

func (r *renderer) contents(sect *pdf.Element) *contents {
	p := r.newPage()
	f := &flow{pages: &pages{r: r, list: []*pdf.Page{p}, frames: [][]frame{{{margin, top, pageW - 2*margin, 40}}}}}
	f.heading(sect, "H2", "Inhoud", chapterSize, rgb(r.brand.Ink()))
	c := &contents{r: r, page: p, elem: sect.Add("TOC"), y: f.y + 1}
	c.lines = 1 + len(r.e.Themes) + len(r.e.Sections) + 1 // introduction, themes, sections, closing
	if r.e.Closing != nil {
		c.lines++
	}
	if len(r.e.LinkGroups) > 0 {
		c.lines++
	}
	if len(r.e.Themes) > 0 {
		c.lines++ // 'Rode draden' above the themes
	}
	return c
}

// bottom is where the text under the contents may begin.
func (c *contents) bottom() float64 { return c.y + float64(c.lines)*contentsLine + 8 }

// fill writes the lines of the contents, each a link to its page, now
// that the pages are known, and the bookmarks with them.
func (c *contents) fill() {
	r, p := c.r, c.page
	y := c.y
	var themes *pdf.Bookmark
	for _, en := range r.entries {
		item := c.elem.Add("TOCI")
		x := margin
		size, face := 10.5, typeset.Bold
		if en.level == 1 {
			x, size, face = margin+8, 10.0, typeset.Regular
		}
		number := ""
		if en.page != nil {
			number = fmt.Sprint(pageNumber(r.doc, en.page))
		}
		base := y + size*typeset.PtToMM*0.95
		var target *pdf.Element
		if en.page != nil {
			target = item.Add("Link")
		} else {
			target = item.Add("P")
		}
		p.Begin(target)
		title := cutToLines(en.title, size, pageW-2*margin-(x-margin)-16, 1, r.faces, face)
		text := ""
		if len(title.Lines) > 0 {
			for _, run := range typeset.Runs(title.Lines[0], false) {
				text += run.Text
			}
		}
		p.Text(x, base, r.faces[face], size, ink, text+" ")
		if number != "" {
			p.Text(pageW-margin-r.faces.Width(number, face, size), base, r.faces[face], size, ink, number)
		}
		p.End()
		if en.page != nil {
			p.LinkPage(target, pdf.Rect{X: x, Y: y - 1, W: pageW - margin - x, H: contentsLine}, en.page, en.y, fmt.Sprintf("Naar %s, pagina %s", en.title, number))
			p.Line(x, y+contentsLine-1.2, pageW-margin, y+contentsLine-1.2, 0.15, rule)
		}
		switch {
		case en.level == 0 && en.page == nil:
			themes = r.doc.Bookmark(en.title, r.themePages[0][0], 0)
		case en.level == 1 && themes != nil:
			themes.Bookmark(en.title, en.page, en.y)
		default:
			r.doc.Bookmark(en.title, en.page, en.y)
		}
		y += contentsLine
	}
}

func pageNumber(d *pdf.Document, p *pdf.Page) int {
	for i, q := range d.Pages() {
		if q == p {
			return i + 1
		}
	}
	return 0
}

// chapter is a run of pages in two columns, whose first page has the
// frames first: below a title band, or on a page that exists.
func (r *renderer) chapter(first []frame, existing *pdf.Page) *flow {
	ps := &pages{r: r, start: func(i int, p *pdf.Page) []frame {
		if i == 0 && first != nil {
			return first
		}
		return twoColumns(top)
	}}
	if existing != nil {
		ps.list, ps.frames = []*pdf.Page{existing}, [][]frame{first}
	}
	return &flow{pages: ps}
}

// twoColumns are the frames of a chapter page whose text starts at y.
func twoColumns(y float64) []frame {
	colW := (pageW - 2*margin - gutter) / 2
	return []frame{{margin, y, colW, bottom - y}, {margin + colW + gutter, y, colW, bottom - y}}
}

// introduction is the introduction, the reading guide, the key figures
// and the edition's quotes, under the contents on page 2.
func (r *renderer) introduction(root *pdf.Element) {
	toc := r.tocBottom
	f := r.chapter(twoColumns(toc), r.doc.Pages()[1])
	sect := root.Add("Sect").SetTitle("Inleiding")
	page, fr := f.current()
	r.entries = append(r.entries, entry{title: "Inleiding", page: page, y: fr.y})
	body := style{size: bodySize, colour: ink, lead: 1.4}
	f.heading(sect, "H2", "Inleiding", chapterSize, rgb(r.brand.Ink()))
	f.blocks(sect, r.e.Intro, body)
	if r.e.ReadingGuide != "" {
		f.heading(sect, "H3", "Leeswijzer", headSize, rgb(r.brand.Ink()))
		f.blocks(sect, r.e.ReadingGuide, body)
	}
	if len(r.e.KeyFigures) > 0 {
		f.heading(sect, "H3", "Kerncijfers", headSize, rgb(r.brand.Ink()))
		f.figures(sect, r.e.KeyFigures, r.brand)
	}
	if len(r.e.Quotes) > 0 {
		f.heading(sect, "H3", "Uitspraken", headSize, rgb(r.brand.Ink()))
		f.quotes(sect, r.e.Quotes, r.brand)
	}
}

// figures are key figures: the number large, what it counts beside it.
func (f *flow) figures(e *pdf.Element, figures []model.KeyFigure, colour model.Colour) {
	l := e.Add("L")
	for _, k := range figures {
		item := l.Add("LI")
		f.space(2)
		f.room(14)
		page, fr := f.current()
		number := k.Figure()
		size := 20.0
		for f.pages.r.faces.Width(number, typeset.Bold, size) > 26 && size > 11 {
			size--
		}
		page.FillRect(pdf.Rect{X: fr.x, Y: f.y, W: 1.5, H: 12}, rgb(colour))
		page.Begin(item.Add("Lbl"))
		page.Text(fr.x+4, f.y+8.5, f.pages.r.faces[typeset.Bold], size, rgb(colour.Ink()), number+" ")
		page.End()
		body := item.Add("LBody")
		y := f.y
		text := plain(k.Label)
		if k.Note != "" {
			text = append(append(text, markdown.Run{Text: " ("}), append(runs(k.Note), markdown.Run{Text: ")"})...)
		}
		sub := &flow{pages: &pages{r: f.pages.r, list: []*pdf.Page{page}, frames: [][]frame{{{fr.x + 32, y + 1, fr.w - 32, 40}}}}}
		sub.paragraph(body, text, style{size: bodySize, colour: ink, lead: 1.3})
		f.y = max(y+13, sub.y+1)
	}
}

// quotes are what participants said, attributed by their role.
func (f *flow) quotes(e *pdf.Element, quotes []model.Quote, colour model.Colour) {
	for _, q := range quotes {
		bq := e.Add("BlockQuote")
		f.space(3)
		f.room(12)
		page, fr := f.current()
		page.Artifact(func() { page.Text(fr.x, f.y+7, f.pages.r.faces[typeset.Bold], 22, rgb(colour), "“") })
		st := style{size: bodySize + 0.5, face: typeset.Italic, colour: ink, lead: 1.35, indent: 7}
		f.paragraph(bq.Add("P"), runs(q.Text), st)
		who := "— " + q.Role
		if q.Context != "" {
			who += ", " + q.Context
		}
		if q.Paraphrase {
			who += " (vrij weergegeven)"
		}
		f.y += 0.8
		f.paragraph(bq.Add("P"), plain(who), style{size: smallSize + 0.5, colour: muted, indent: 7})
	}
}
