package publication

import (
	"fmt"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/pdf"
	"github.com/rodedraad/rodedraad/internal/typeset"
)

const bandH = 30.0

// band starts a chapter on a new page: its title on a band of colour,
// then two columns.
func (r *renderer) band(sect *pdf.Element, title string, colour model.Colour) *flow {
	p := r.newPage()
	fill, on := rgb(colour), rgb(colour.TextOn())
	p.FillRect(pdf.Rect{X: 0, Y: 0, W: pageW, H: bandH}, fill)
	head := &flow{pages: &pages{r: r, list: []*pdf.Page{p}, frames: [][]frame{{{margin, 11, pageW - 2*margin, bandH - 12}}}}}
	head.paragraph(sect.Add("H2"), plain(title), style{size: chapterSize, face: typeset.Bold, colour: on, lead: 1.1, whole: true})
	r.entries = append(r.entries, entry{title: title, page: p})
	return r.chapter(twoColumns(bandH+8), p)
}

var body = style{size: bodySize, colour: ink, lead: 1.4}

// section is a building block: text, lists, reflection levels, step
// plans, methods and quotes.
func (r *renderer) section(sect *pdf.Element, s *model.Section) {
	colour := s.Colour()
	accent := rgb(colour.Ink())
	f := r.band(sect, s.Title, colour)
	f.blocks(sect, s.Text, body)
	for _, l := range s.Lists {
		f.headingRuns(sect, "H3", markdown.Runs(l.Title), headSize, accent)
		f.blocks(sect, l.Intro, body)
		list := sect.Add("L")
		for i, it := range l.Items {
			item := list.Add("LI")
			text := runs(it.Text)
			if it.Label != "" {
				text = append([]markdown.Run{{Text: it.Label + ": ", Bold: true}}, text...)
			}
			marker := "•"
			if l.Kind == model.Checklist {
				marker = "☐"
				if !r.faces[typeset.Regular].Has('☐') {
					marker = "–"
				}
			}
			if l.Kind == model.Principles {
				marker = fmt.Sprintf("%d.", i+1)
			}
			f.space(1.5)
			f.paragraph(item, text, style{size: bodySize, colour: ink, lead: 1.4, indent: 5.5, marker: marker})
			if len(it.Sub) > 0 {
				f.list(item, inlines(it.Sub), false, style{size: 9, colour: ink, lead: 1.35, indent: 5.5})
			}
		}
		if l.Incomplete != "" {
			f.space(1.5)
			f.paragraph(sect.Add("P"), plain("Niet in de bron: "+l.Incomplete), style{size: 8.6, face: typeset.Italic, colour: muted, lead: 1.35})
		}
	}
	for _, lv := range s.Levels {
		f.heading(sect, "H3", lv.Title, headSize, accent)
		if r.site != nil {
			if level := r.site.Level(lv.Level); level != nil {
				f.paragraph(sect.Add("P"), []markdown.Run{{Text: level.Question, Bold: true, Italic: true}}, style{size: 10, colour: accent, lead: 1.35})
			}
		}
		f.blocks(sect, lv.Text, body)
	}
	for _, p := range s.StepPlans {
		f.heading(sect, "H3", p.Title, headSize, accent)
		f.blocks(sect, p.Intro, body)
		if p.SafetyRule != "" {
			f.box(sect.Add("P"), append([]markdown.Run{{Text: "Veiligheid eerst: ", Bold: true}}, runs(p.SafetyRule)...), colour, style{size: bodySize, colour: ink, lead: 1.4})
		}
		r.steps(f, sect, p.Steps, accent)
	}
	for _, m := range s.Methods {
		f.heading(sect, "H3", m.Title, headSize, accent)
		f.blocks(sect, m.Text, body)
		r.steps(f, sect, m.Steps, accent)
		if len(m.Outcomes) > 0 {
			f.heading(sect, "H4", "Wat het oplevert", 10, accent)
			f.list(sect, inlines(m.Outcomes), false, body)
		}
	}
	if len(s.Quotes) > 0 {
		f.heading(sect, "H3", "Uitspraken", headSize, accent)
		f.quotes(sect, s.Quotes, colour)
	}
}

// steps are the numbered steps of a step plan or a method, with their
// questions and how to go about them.
func (r *renderer) steps(f *flow, sect *pdf.Element, steps []model.Step, accent pdf.Colour) {
	for i, st := range steps {
		f.heading(sect, "H4", fmt.Sprintf("Stap %d. %s", i+1, st.Title), 10.5, accent)
		f.blocks(sect, st.Text, body)
		if len(st.Questions) > 0 {
			var qs [][]markdown.Run
			for _, q := range st.Questions {
				qs = append(qs, runs(q.Text))
			}
			f.space(1)
			f.paragraph(sect.Add("P"), plain("Vragen bij deze stap:"), style{size: 9, face: typeset.Bold, colour: ink})
			f.list(sect, qs, false, body)
		}
		if len(st.How) > 0 {
			f.space(1)
			f.paragraph(sect.Add("P"), plain("Hoe:"), style{size: 9, face: typeset.Bold, colour: ink})
			f.list(sect, inlines(st.How), false, body)
		}
	}
}
