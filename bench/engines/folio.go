// Package engines weighs PDF engines for rodedraad's question cards by
// measuring them side by side: the cards as the product renders them
// (cards.Render), and the same cards made with folio, a maintained library
// that can tag. It is a module of its own so that folio's dependencies can
// be weighed without entering the product's go.mod.
package engines

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/carlos7ags/folio/content"
	"github.com/carlos7ags/folio/document"
	"github.com/carlos7ags/folio/font"
	"github.com/carlos7ags/folio/layout"

	"github.com/rodedraad/rodedraad/internal/cards"
	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
)

// Fonts are the Lato files the product embeds, read from its source tree:
// go:embed cannot reach outside this module.
type Fonts struct{ Regular, Italic, Bold, BoldItalic []byte }

// LoadFonts reads the four faces from dir (internal/typeset/fonts).
func LoadFonts(dir string) (Fonts, error) {
	var f Fonts
	for _, face := range []struct {
		name string
		data *[]byte
	}{{"Lato-Regular.ttf", &f.Regular}, {"Lato-Italic.ttf", &f.Italic}, {"Lato-Bold.ttf", &f.Bold}, {"Lato-BoldItalic.ttf", &f.BoldItalic}} {
		data, err := os.ReadFile(filepath.Join(dir, face.name))
		if err != nil {
			return Fonts{}, err
		}
		*face.data = data
	}
	return f, nil
}

// The A6 geometry of internal/cards (format.go), in mm, and its type
// sizes in pt, so that both engines set the same cards.
const (
	cardW, cardH = 105.0, 148.0
	margin       = 7.0
	band         = 17.0
	footerH      = 6.0
	maxSize      = 16.0
	minSize      = 9.0
	labelSize    = 7.5
	cols, rows   = 2, 2
	a4W, a4H     = 210.0, 297.0
	leading      = 1.28 // line height over type size, as internal/cards
	paraGap      = 0.45 // space between paragraphs, in lines
)

func mm(v float64) float64 { return v * 72 / 25.4 }

var grey = layout.RGB(0x55/255.0, 0x55/255.0, 0x55/255.0)

// Faces are the parsed fonts, shared by the decks of a process as a
// product would: folio parses a face's kerning (GPOS) on first use, which
// for Lato's four faces takes longer than laying out 50 cards.
type Faces struct{ regular, italic, bold, boldItalic font.Face }

// ParseFonts parses the four faces.
func ParseFonts(f Fonts) (Faces, error) {
	var out Faces
	for _, face := range []struct {
		data   []byte
		parsed *font.Face
	}{{f.Regular, &out.regular}, {f.Italic, &out.italic}, {f.Bold, &out.bold}, {f.BoldItalic, &out.boldItalic}} {
		parsed, err := font.ParseTTF(face.data)
		if err != nil {
			return Faces{}, err
		}
		*face.parsed = parsed
	}
	return out, nil
}

// faces are one deck's embedded fonts: folio records on them the glyphs
// the document uses, to subset.
type faces struct{ regular, italic, bold, boldItalic *font.EmbeddedFont }

func (f Faces) embedded() faces {
	return faces{font.NewEmbeddedFont(f.regular), font.NewEmbeddedFont(f.italic), font.NewEmbeddedFont(f.bold), font.NewEmbeddedFont(f.boldItalic)}
}

func (f faces) of(r markdown.Run) *font.EmbeddedFont {
	switch {
	case r.Bold && r.Italic:
		return f.boldItalic
	case r.Bold:
		return f.bold
	case r.Italic:
		return f.italic
	}
	return f.regular
}

// block is a paragraph of a card side, as in internal/cards: its runs, its
// size relative to the side's main size, and whether it is an item of a
// bulleted or a numbered list.
type block struct {
	runs   []markdown.Run
	scale  float64
	bullet bool
	number bool
}

// side is one side of a card: a heading (in the band on the front, the
// first line of the text on the back), text blocks and a footer.
type side struct {
	heading string
	inBand  bool
	blocks  []block
	footL   string
	footR   string
	maxSize float64
	colour  model.Colour
}

type card struct{ front, back side }

// cardsOf follows internal/cards' cardsOf: an instruction card, then one
// card per question.
func cardsOf(d cards.Deck) []card {
	instr := card{
		front: side{heading: "Intervisiekaarten", inBand: true, colour: model.ThemePalette[0],
			blocks: []block{{runs: []markdown.Run{{Text: "Zo werk je met deze kaarten", Bold: true}}, scale: 1}},
			footL:  fmt.Sprintf("%d kaarten", d.Count()), maxSize: maxSize},
		back: side{heading: d.Title, colour: model.ThemePalette[0], footL: "Gemaakt met rodedraad", maxSize: maxSize * 0.85,
			blocks: []block{{runs: []markdown.Run{{Text: "Bron: " + d.Source + ". In eigen woorden weergegeven."}}, scale: 0.75}}},
	}
	for _, s := range cards.Instructions {
		instr.front.blocks = append(instr.front.blocks, block{runs: []markdown.Run{{Text: s}}, scale: 0.8, bullet: true, number: true})
	}
	out := []card{instr}
	n, total := 0, d.Count()
	for _, g := range d.Groups {
		for _, q := range g.Questions {
			n++
			c := card{
				front: side{heading: g.Title, inBand: true, colour: g.Colour, footL: audience[q.Audience],
					footR: fmt.Sprintf("%d / %d", n, total), maxSize: maxSize,
					blocks: []block{{runs: markdown.Runs(string(q.Text)), scale: 1}}},
				back: side{heading: g.Title, colour: g.Colour, footL: d.Series, maxSize: maxSize * 0.85},
			}
			for _, s := range q.Sub {
				c.front.blocks = append(c.front.blocks, block{runs: markdown.Runs(string(s)), scale: 0.86, bullet: true})
			}
			if q.Note != "" {
				runs := markdown.Runs(string(q.Note))
				for i := range runs {
					runs[i].Italic = true
				}
				c.front.blocks = append(c.front.blocks, block{runs: runs, scale: 0.8})
			}
			if g.Back != "" {
				c.back.blocks = append(c.back.blocks, block{runs: markdown.Runs(g.Back), scale: 0.85})
			}
			out = append(out, c)
		}
	}
	return out
}

var audience = map[model.Audience]string{
	model.Professional: "Professional", model.Team: "Team", model.Management: "Management",
	model.Board: "Bestuur", model.Policy: "Beleid",
}

// RenderFolio makes the deck's A6 cards, four to an A4 sheet, fronts on
// one page and their backs, mirrored, on the next; tagged, with each card
// side a Sect of a heading, paragraphs and a list, and the colour bands
// and cut marks as artifacts.
func RenderFolio(d cards.Deck, fonts Faces) ([]byte, error) {
	f := fonts.embedded()
	doc := document.NewDocument(document.PageSizeA4)
	doc.SetMargins(layout.Margins{})
	doc.SetTagged(true)
	doc.Info.Title = "Intervisiekaarten: " + d.Title
	doc.Info.Author = d.Author
	doc.Info.Subject = "Reflectievragen voor intervisie, uit " + d.Source
	doc.Info.Creator = "rodedraad"
	doc.Info.Producer = "rodedraad"
	doc.Info.Language = "nl"
	doc.SetViewerPreferences(document.ViewerPreferences{DisplayDocTitle: true})

	cs := cardsOf(d)
	per := cols * rows
	pages := 2 * ((len(cs) + per - 1) / per)
	// Absolutely placed elements go on pages the flow made, and it makes
	// one for each break.
	for range pages {
		doc.Add(layout.NewAreaBreak())
	}
	for start := 0; start < len(cs); start += per {
		for back := range 2 {
			for i := start; i < min(start+per, len(cs)); i++ {
				s := cs[i].front
				if back == 1 {
					s = cs[i].back
				}
				x, y := slotAt(i-start, back == 1)
				doc.AddAbsoluteOnPage(f.sect(s), mm(x), mm(a4H-y), mm(cardW), 2*(start/per)+back)
			}
		}
	}
	doc.SetHeader(func(ctx document.PageContext, p *document.Page) {
		sheet, back := ctx.PageIndex/2, ctx.PageIndex%2 == 1
		decorate(p, cs[sheet*per:min(sheet*per+per, len(cs))], back)
	})
	return doc.ToBytes()
}

// slotAt is where a card's top left corner goes on its sheet, in mm from
// the sheet's top left; a back lands behind its front when the sheet is
// flipped on the long edge.
func slotAt(i int, back bool) (x, y float64) {
	col, row := i%cols, i/cols
	if back {
		col = cols - 1 - col
	}
	top := (a4H - rows*cardH) / 2
	return float64(col) * cardW, top + float64(row)*cardH
}

// decorate draws a page's colour bands, and on fronts the cut marks, as
// an artifact under the text: folio's layout tags all it draws. The
// artifact is opened by hand: folio's Stream.BeginArtifact writes
// '/Artifact BDC' without the property list BDC takes, which poppler
// reports as a syntax error.
func decorate(p *document.Page, cs []card, back bool) {
	s := content.NewStream()
	for i, c := range cs {
		x, y := slotAt(i, back)
		r, g, b := c.front.colour.RGB()
		s.SetFillColorRGB(float64(r)/255, float64(g)/255, float64(b)/255)
		s.Rectangle(mm(x), mm(a4H-y-band), mm(cardW), mm(band))
		s.Fill()
	}
	if !back {
		s.SetStrokeColorRGB(0xa0/255.0, 0xa0/255.0, 0xa0/255.0)
		s.SetLineWidth(mm(0.15))
		top := (a4H - rows*cardH) / 2
		for c := 1; c < cols; c++ {
			s.MoveTo(mm(float64(c)*cardW), 0)
			s.LineTo(mm(float64(c)*cardW), mm(a4H))
		}
		for r := 0; r <= rows; r++ {
			y := mm(a4H - top - float64(r)*cardH)
			s.MoveTo(0, y)
			s.LineTo(mm(a4W), y)
		}
		s.Stroke()
	}
	p.ContentStream().PrependBytes(append([]byte("/Artifact BMC\n"), append(s.Bytes(), "\nEMC\n"...)...))
}

// sect is one card side as a Sect: the heading, the text at the largest
// size from the side's maximum down to minSize, in half points, at which
// it fits above the footer, and the footer.
func (f faces) sect(s side) layout.Element {
	sect := layout.NewDiv().SetTag("Sect").SetWidth(mm(cardW)).SetHeightUnit(layout.Pt(mm(cardH)))
	width := mm(cardW - 2*margin)
	top := band + margin*0.6
	bodyH := mm(cardH - margin - footerH - top)
	var blocks []block
	if s.inBand {
		h := layout.NewHeadingEmbedded(s.heading, layout.H1, f.bold).
			SetRuns([]layout.TextRun{layout.NewRunEmbedded(s.heading, f.bold, labelSize).WithColor(layout.Hex(string(s.colour.TextOn())))})
		sect.AddOverlay(h, mm(margin), mm(margin), width, false, 0)
		blocks = s.blocks
	} else {
		blocks = append([]block{{runs: []markdown.Run{{Text: s.heading, Bold: true}}, scale: 1}}, s.blocks...)
	}
	var placed []placedElement
	for size := s.maxSize; size >= minSize-0.001; size -= 0.5 {
		var fits bool
		if placed, fits = f.body(blocks, !s.inBand, size, width, bodyH); fits {
			break
		}
	}
	for _, p := range placed {
		sect.AddOverlay(p.el, mm(margin)+p.x, mm(top)+p.y, width-p.x, false, 0)
	}
	base := mm(cardH-margin) - labelSize*0.25 - labelSize*0.95
	left := layout.NewStyledParagraph(layout.NewRunEmbedded(s.footL, f.regular, labelSize).WithColor(grey)).SetNoWrap(true)
	sect.AddOverlay(left, mm(margin), base, width, false, 0)
	if s.footR != "" {
		right := layout.NewStyledParagraph(layout.NewRunEmbedded(s.footR, f.regular, labelSize).WithColor(grey)).SetNoWrap(true)
		sect.AddOverlay(right, mm(margin), base, 0, true, 0)
	}
	return sect
}

type placedElement struct {
	el   layout.Element
	x, y float64 // pt from the text area's top left
}

// body lays out blocks at size: consecutive list items as one list, the
// first block as the heading when heading is set. It reports whether they
// fit in height.
func (f faces) body(blocks []block, heading bool, size, width, height float64) ([]placedElement, bool) {
	var out []placedElement
	y := 0.0
	add := func(el layout.Element, lineSize float64) {
		if len(out) > 0 {
			y += lineSize * leading * paraGap
		}
		plan := el.PlanLayout(layout.LayoutArea{Width: width, Height: 1e6})
		out = append(out, placedElement{el: el, y: y})
		y += plan.Consumed
	}
	ink := layout.Hex(string(model.DarkText))
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		s := size * b.scale
		switch {
		case i == 0 && heading:
			h := layout.NewHeadingEmbedded("", layout.H1, f.bold).SetRuns(f.runs(b.runs, s, ink))
			add(h, s)
		case b.bullet:
			l := layout.NewListEmbedded(f.regular, s).SetLeading(leading).SetIndent(s * 0.6 * 2)
			if b.number {
				l.SetStyle(layout.ListOrdered)
			}
			for ; i < len(blocks) && blocks[i].bullet; i++ {
				l.AddItemRuns(f.runs(blocks[i].runs, s, ink))
			}
			i--
			add(l, s)
		default:
			add(layout.NewStyledParagraph(f.runs(b.runs, s, ink)...).SetLeading(leading), s)
		}
	}
	return out, y <= height
}

// runs are the blocks' runs in folio. They are not hyphenated: folio
// hyphenates only English, by its own patterns, and does not break at
// soft hyphens (it draws them), though its documentation says it does.
func (f faces) runs(rs []markdown.Run, size float64, colour layout.Color) []layout.TextRun {
	out := make([]layout.TextRun, 0, len(rs))
	for _, r := range rs {
		out = append(out, layout.NewRunEmbedded(r.Text, f.of(r), size).WithColor(colour))
	}
	return out
}
