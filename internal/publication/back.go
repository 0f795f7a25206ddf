package publication

import (
	"fmt"
	"strings"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/pdf"
	"github.com/rodedraad/rodedraad/internal/typeset"
)

// closing is the last chapter: the closing text and tips, 'Meer weten?'
// and the colophon.
func (r *renderer) closing(root *pdf.Element) {
	var f *flow
	accent := rgb(r.brand.Ink())
	if c := r.e.Closing; c != nil {
		sect := root.Add("Sect").SetTitle(c.Title)
		f = r.band(sect, c.Title, r.brand)
		f.blocks(sect, c.Text, body)
		if len(c.Tips) > 0 {
			title := c.TipsTitle
			if title == "" {
				title = "Tips"
			}
			f.heading(sect, "H3", title, headSize, accent)
			f.list(sect, inlines(c.Tips), false, body)
		}
	}
	if len(r.e.LinkGroups) > 0 {
		var sect *pdf.Element
		f, sect = r.part(root, f, "Meer weten?")
		for _, g := range r.e.LinkGroups {
			r.linkGroup(f, sect, g, accent)
		}
	}
	f, sect := r.part(root, f, "Colofon")
	r.colophon(f, sect)
}

// part starts a part of the last chapter: on a band of its own when
// there is no chapter yet, else under the text before it.
func (r *renderer) part(root *pdf.Element, f *flow, title string) (*flow, *pdf.Element) {
	sect := root.Add("Sect").SetTitle(title)
	if f == nil {
		return r.band(sect, title, r.brand), sect
	}
	f.space(6)
	f.room(30)
	page, _ := f.current()
	r.entries = append(r.entries, entry{title: title, page: page, y: f.y - 2})
	f.heading(sect, "H2", title, chapterSize*0.8, rgb(r.brand.Ink()))
	return f, sect
}

func (r *renderer) linkGroup(f *flow, sect *pdf.Element, g model.LinkGroup, accent pdf.Colour) {
	f.heading(sect, "H3", g.Title, headSize, accent)
	l := sect.Add("L")
	for i, link := range g.Links {
		item := l.Add("LI")
		marker := "•"
		if g.Numbered {
			marker = fmt.Sprintf("%d.", i+1)
		}
		text := []markdown.Run{{Text: link.Title, Link: markdown.WebAddress(link.URL)}}
		st := style{size: bodySize, colour: ink, lead: 1.4, indent: 5.5, marker: marker}
		f.space(1.5)
		if t := r.themeOf(link); t >= 0 && link.URL == "" {
			r.internalLink(f, item, link.Title, t, st)
		} else {
			if link.Note != "" {
				text = append(text, markdown.Run{Text: " – "})
				text = append(text, runs(link.Note)...)
			}
			f.paragraph(item, text, st)
		}
	}
	if g.Incomplete != "" {
		f.space(1.5)
		f.paragraph(sect.Add("P"), plain("Niet in de bron: "+g.Incomplete), style{size: 8.6, face: typeset.Italic, colour: muted, lead: 1.35})
	}
}

// themeOf is the index of the theme of this edition a link leads to, or -1.
func (r *renderer) themeOf(l model.Link) int {
	if l.Theme == "" || r.site == nil {
		return -1
	}
	t := r.site.ResolveTheme(r.e, l.Theme)
	for i, own := range r.e.Themes {
		if own == t {
			return i
		}
	}
	return -1
}

// internalLink is a list item that leads to a theme page of this PDF.
func (r *renderer) internalLink(f *flow, item *pdf.Element, title string, theme int, st style) {
	_, fr := f.current()
	p, _ := typeset.Wrap([]markdown.Run{{Text: title}}, st.size, fr.w-st.indent, r.faces)
	f.room(p.Height())
	page, fr := f.current()
	y := f.y
	link := item.Add("LBody").Add("Link")
	ascent := st.size * typeset.PtToMM * 0.95
	page.Begin(link)
	page.Text(fr.x+st.indent-r.faces.Width(st.marker+" ", typeset.Regular, st.size)-0.5, y+ascent, r.faces[typeset.Regular], st.size, st.colour, st.marker+" ")
	page.End()
	blue := r.linkColour(ink)
	var lw linkWriter
	for i, ln := range p.Lines {
		lw.line(r, page, link, ln, fr.x+st.indent, y, ascent, p.LineHeight, style{size: st.size, colour: blue}, i+1 < len(p.Lines))
		w := ln.Width
		page.Line(fr.x+st.indent, y+ascent+0.6, fr.x+st.indent+w, y+ascent+0.6, 0.2, blue)
		y += p.LineHeight
	}
	lw.close()
	page.LinkPage(link, pdf.Rect{X: fr.x, Y: f.y, W: fr.w, H: y - f.y}, r.themePages[theme][0], 0, "Naar rode draad: "+title)
	f.y = y
}

// colophon says where the text comes from, who made it and what rights
// hold.
func (r *renderer) colophon(f *flow, sect *pdf.Element) {
	fs := r.e.Factsheet
	small := style{size: 8.8, colour: ink, lead: 1.4}
	line := func(label string, text []markdown.Run) {
		f.space(1.2)
		f.paragraph(sect.Add("P"), append([]markdown.Run{{Text: label + ": ", Bold: true}}, text...), small)
	}
	if r.e.Draft {
		line("Concept", plain("deze editie is nog niet gepubliceerd; de teksten zijn een voorbeeld en niet van de uitgever."))
	} else {
		src := fs.Source.Title + ", " + fs.Source.Publisher
		if fs.Source.Published != "" {
			src += " (" + fs.Source.Published + ")"
		}
		line("Bron", []markdown.Run{{Text: src, Link: markdown.WebAddress(fs.Source.URL)}})
		if fs.Source.Note != "" {
			f.blocks(sect, fs.Source.Note, style{size: 8.8, face: typeset.Italic, colour: muted, lead: 1.4})
		}
		line("Uitgever", []markdown.Run{{Text: fs.Publisher.Name, Link: markdown.WebAddress(fs.Publisher.URL)}})
	}
	if fs.Programme != "" {
		line("Programma", plain(fs.Programme))
	}
	if fs.Region != "" {
		line("Regio", plain(fs.Region))
	}
	if len(fs.Partners) > 0 {
		line("Partners", plain(strings.Join(fs.Partners, ", ")))
	}
	if len(fs.Authors) > 0 && !r.e.Draft {
		line("Auteurs", plain(strings.Join(fs.Authors, ", ")))
	}
	for _, c := range fs.Credits {
		line(c.Role, plain(c.Name))
	}
	line("Editie", plain(r.e.Label()))
	if r.site != nil {
		if r.site.Rights.Sources != "" {
			line("Rechten", runs(r.site.Rights.Sources))
		} else if r.site.Licence.Name != "" {
			line("Licentie", []markdown.Run{{Text: r.site.Licence.Name, Link: markdown.WebAddress(r.site.Licence.URL)}})
		}
	}
	f.space(3)
	f.paragraph(sect.Add("P"), plain("In eigen woorden weergegeven en als PDF gemaakt met rodedraad, uit dezelfde gegevens als de website."), style{size: 8.4, colour: muted, lead: 1.4})
}
