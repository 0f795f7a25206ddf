package publication

import (
	"fmt"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/pdf"
	"github.com/rodedraad/rodedraad/internal/typeset"
)

// The theme page: buttons to every theme at the top, then three columns,
// as in the original: the theme on its colour at the left, the questions
// in the middle, the practice at the right.
const (
	buttonGap  = 2.0
	buttonSize = 6.8 // pt
	buttonRows = 3   // lines of a button's title
	perRow     = 6
	leftW      = 58.0
	middleW    = 58.0
	rightW     = pageW - 2*margin - leftW - middleW - 2*gutter
	panelPad   = 4.0
)

// themeColour is the theme's colour, or the palette's for its place when
// it has none (a model made without the loader's defaults).
func themeColour(t *model.Theme, index int) model.Colour {
	if _, err := model.ParseColour(string(t.Colour)); err != nil {
		return model.ThemePalette[index%len(model.ThemePalette)]
	}
	return t.Colour
}

func buttonH() float64 { return float64(buttonRows)*buttonSize*typeset.PtToMM*1.28 + 4 }

func (r *renderer) navHeight() float64 {
	rows := (len(r.e.Themes) + perRow - 1) / perRow
	return float64(rows)*(buttonH()+buttonGap) - buttonGap
}

func (r *renderer) theme(sect *pdf.Element, t *model.Theme, index int) {
	if index == 0 {
		r.entries = append(r.entries, entry{title: "Rode draden"})
	}
	tc := themeColour(t, index)
	colour := rgb(tc)
	on := rgb(tc.TextOn())
	columnsTop := top + r.navHeight() + 7
	navs := []*pdf.Element{sect.Add("L").SetTitle("Naar de rode draden")}
	ps := &pages{r: r, start: func(i int, p *pdf.Page) []frame {
		p.FillRect(pdf.Rect{X: margin, Y: columnsTop - 1, W: leftW, H: bottom - columnsTop + 1}, colour)
		if i > 0 {
			p.Artifact(func() {
				p.Text(margin+panelPad, columnsTop+4, r.faces[typeset.Bold], smallSize, on, fmt.Sprintf("Rode draad %d (vervolg)", index+1))
			})
		}
		y := columnsTop + panelPad
		if i > 0 {
			y += 6
		}
		x2 := margin + leftW + gutter
		return []frame{
			{margin + panelPad, y, leftW - 2*panelPad, bottom - y - panelPad},
			{x2, columnsTop, middleW, bottom - columnsTop},
			{x2 + middleW + gutter, columnsTop, rightW, bottom - columnsTop},
		}
	}}
	// Three flows over the same pages, each in its own column.
	left, middle, right := &flow{pages: ps}, &flow{pages: ps, frame: 1}, &flow{pages: ps, frame: 2}
	for _, f := range []*flow{left, middle, right} {
		f.columnOnly = true
	}

	page, _ := left.current()
	r.entries = append(r.entries, entry{title: t.Title, page: page, y: 0, level: 1})
	left.paragraph(sect.Add("P"), plain(fmt.Sprintf("Rode draad %d van %d", index+1, len(r.e.Themes))), style{size: smallSize, face: typeset.Bold, colour: on})
	left.y += 1.5
	left.paragraph(sect.Add("H2"), plain(t.Title), style{size: titleSize, face: typeset.Bold, colour: on, lead: 1.15, whole: true})
	left.y += 3
	left.paragraph(sect.Add("P"), runs(t.Finding), style{size: 10, face: typeset.Bold, colour: on, lead: 1.35})
	left.blocks(sect, t.Explanation, style{size: 8.6, colour: on, lead: 1.4})

	accent := rgb(tc.Ink())
	if len(t.Questions) > 0 {
		title := t.QuestionsTitle
		if title == "" {
			title = "Reflectievragen"
		}
		middle.heading(sect, "H3", title, headSize, accent)
		r.questions(middle, sect, t, accent)
	}
	if len(t.Practice) > 0 {
		title := t.PracticeTitle
		if title == "" {
			title = "Waar blijkt dit uit in de praktijk?"
		}
		right.heading(sect, "H3", title, headSize, accent)
		l := sect.Add("L")
		for _, p := range t.Practice {
			right.space(1.8)
			item := l.Add("LI")
			right.paragraph(item, runs(p.Text), style{size: 9, colour: ink, lead: 1.35, indent: 4, marker: "•"})
			if len(p.Sub) > 0 {
				right.list(item, inlines(p.Sub), false, style{size: 8.6, colour: ink, lead: 1.35, indent: 4})
			}
		}
	}
	if len(t.Quotes) > 0 {
		right.heading(sect, "H3", "Uitspraken", headSize, accent)
		right.quotes(sect, t.Quotes, tc)
	}
	if len(t.Tips) > 0 {
		right.heading(sect, "H3", "Tips", headSize, accent)
		right.list(sect, inlines(t.Tips), false, style{size: 9, colour: ink, lead: 1.35})
	}
	// The buttons of the pages after the first come after the page's
	// text in reading order.
	for range ps.list[1:] {
		navs = append(navs, sect.Add("L").SetTitle("Naar de rode draden"))
	}
	r.themePages = append(r.themePages, ps.list)
	r.themeNavs = append(r.themeNavs, navs)
}

// questions are the theme's reflection questions, numbered, with their
// sub-questions, notes and level.
func (r *renderer) questions(f *flow, sect *pdf.Element, t *model.Theme, accent pdf.Colour) {
	l := sect.Add("L")
	for i, q := range t.Questions {
		item := l.Add("LI")
		f.space(2.2)
		f.paragraph(item, runs(q.Text), style{size: bodySize, colour: ink, lead: 1.35, indent: 5.5, marker: fmt.Sprintf("%d.", i+1)})
		if len(q.Sub) > 0 {
			f.list(item, inlines(q.Sub), false, style{size: 8.8, colour: ink, lead: 1.35, indent: 5.5})
		}
		if q.Note != "" {
			f.y += 0.6
			f.paragraph(item.Add("P"), runs(q.Note), style{size: 8.4, face: typeset.Italic, colour: muted, lead: 1.3, indent: 5.5})
		}
		if r.site != nil && q.Level != "" {
			if lv := r.site.Level(q.Level); lv != nil {
				f.y += 0.6
				f.paragraph(item.Add("P"), []markdown.Run{{Text: lv.Label + ": ", Bold: true}, {Text: lv.Question}}, style{size: smallSize, colour: accent, lead: 1.3, indent: 5.5})
			}
		}
	}
}

// themeButtons draws, on every theme page, a button to every theme: a
// link to its first page; the theme of the page itself is marked.
func (r *renderer) themeButtons() {
	n := len(r.e.Themes)
	if n == 0 {
		return
	}
	cols := min(n, perRow)
	w := (pageW - 2*margin - float64(cols-1)*buttonGap) / float64(cols)
	h := buttonH()
	// Every theme page has the same buttons: their titles are set once.
	titles := make([]typeset.Paragraph, n)
	for bi, t := range r.e.Themes {
		numberW := r.faces.Width(fmt.Sprintf("%d ", bi+1), typeset.Bold, buttonSize)
		titles[bi] = cutToLines(t.Title, buttonSize, w-4-numberW, buttonRows, r.faces, typeset.Regular)
	}
	for ti, pagesOf := range r.themePages {
		for pi, p := range pagesOf {
			nav := r.themeNavs[ti][pi]
			for bi, t := range r.e.Themes {
				x := margin + float64(bi%cols)*(w+buttonGap)
				y := top + float64(bi/cols)*(h+buttonGap)
				here := bi == ti
				tc := themeColour(t, bi)
				fill, text := tint(tc, 0.14), ink
				if here {
					fill, text = rgb(tc), rgb(tc.TextOn())
				}
				p.FillRect(pdf.Rect{X: x, Y: y, W: w, H: h}, fill)
				p.FillRect(pdf.Rect{X: x, Y: y + h - 1.2, W: w, H: 1.2}, rgb(tc))
				item := nav.Add("LI")
				var content *pdf.Element
				if here {
					content = item.Add("LBody")
				} else {
					content = item.Add("Link")
				}
				number := fmt.Sprintf("%d ", bi+1)
				numberW := r.faces.Width(number, typeset.Bold, buttonSize)
				title := titles[bi]
				lineH := buttonSize * typeset.PtToMM * 1.28
				base := y + 2 + buttonSize*typeset.PtToMM*0.95
				p.Begin(content)
				p.Text(x+2, base, r.faces[typeset.Bold], buttonSize, text, number)
				p.End()
				var lw linkWriter
				for li, ln := range title.Lines {
					lw.line(r, p, content, ln, x+2+numberW, y+2+float64(li)*lineH, buttonSize*typeset.PtToMM*0.95, lineH, style{size: buttonSize, colour: text}, li+1 < len(title.Lines))
				}
				lw.close()
				if !here {
					p.LinkPage(content, pdf.Rect{X: x, Y: y, W: w, H: h}, r.themePages[bi][0], 0, fmt.Sprintf("Naar rode draad %d: %s", bi+1, t.Title))
				}
			}
		}
	}
}
