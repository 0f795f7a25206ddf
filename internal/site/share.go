package site

import (
	"math"
	"strings"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/typeset"
)

// Share previews: the picture a link to a page shows when it is pasted
// into Teams, WhatsApp or a post (Open Graph). Hugo draws it at build time
// (share-image.html): a canvas in one colour with lines of text in Lato.
// What the lines say, how big, and where, is laid out here, measured with
// the metrics of the same font, so that Hugo need not wrap anything.

// The picture's size, the one the large previews of chat apps and social
// networks show uncropped, and the room around its text, in pixels.
const (
	shareWidth, shareHeight = 1200, 630
	shareMargin             = 80
	// shareSlack is room left at the end of each line: Hugo's text filter
	// kerns, and wraps a line again that comes near the canvas's edge.
	shareSlack = 60
)

// shareImage is one picture: its file, its colours and its text.
// It goes to the theme as page params (JSON) and, for the pages that
// belong to no edition, as site params (TOML), by the same names.
type shareImage struct {
	File string `json:"file" toml:"file"` // from the site root
	// Formerly are the files of the picture at the addresses of a
	// renamed theme's former ids, which stay, as its pages do.
	Formerly   []string    `json:"formerly,omitempty" toml:"formerly,omitempty"`
	Width      int         `json:"width" toml:"width"`
	Height     int         `json:"height" toml:"height"`
	Background string      `json:"background" toml:"background"`
	Colour     string      `json:"colour" toml:"colour"` // of the text
	Texts      []shareText `json:"texts" toml:"texts"`
	// Alt is what the picture says, for platforms that pass it on to
	// screen readers (og:image:alt).
	Alt string `json:"alt" toml:"alt"`
}

// shareText is a block of lines in one face and size, at its top left.
type shareText struct {
	Text string `json:"text" toml:"text"` // the lines, joined by newlines
	Size int    `json:"size" toml:"size"` // in pixels
	Bold bool   `json:"bold" toml:"bold"`
	X    int    `json:"x" toml:"x"`
	Y    int    `json:"y" toml:"y"`
	// LineSpacing is what a line advances beyond the face's ascent.
	LineSpacing int `json:"line_spacing" toml:"line_spacing"`
}

// The two parts of a picture: a line above naming where the page
// belongs, and the title, large. Each is a pass of Hugo's text filter
// over the whole picture, which is most of the time a picture takes.
type shareLayout struct {
	above, title string
	background   model.Colour
}

// Sizes in pixels. Each part takes the largest of its sizes at which it
// fits in its number of lines; at the smallest, what does not fit is cut
// off.
var (
	titleSizes = []int{88, 76, 66, 58}
	aboveSizes = []int{40, 34}
)

const (
	titleLines = 3
	aboveLines = 2
)

// siteShare is the picture of the pages that belong to no edition.
func siteShare(s *model.Site) *shareImage {
	return shareLayout{title: s.Title, background: model.ThemePalette[0]}.image(shareFile("site"))
}

// shareFile is the file of a picture by its name, which may have slashes.
func shareFile(name string) string { return model.ShareDir + "/" + name + ".png" }

// editionShare is the picture of an edition's pages other than its
// themes': the factsheet, on the colour of the site's PDFs.
func editionShare(e *model.Edition) *shareImage {
	d := documentOf(e)
	above := d.Edition
	if d.Publisher != "" {
		above = d.Publisher + " · " + above
	}
	return shareLayout{above: above, title: d.Factsheet, background: model.ThemePalette[0]}.
		image(shareFile(e.Factsheet.ID + "/" + e.ID))
}

// themeShare is the picture of a theme's pages: its title on its colour.
func themeShare(t *model.Theme) *shareImage {
	edition := t.Edition.Factsheet.ID + "/" + t.Edition.ID + "/"
	img := shareLayout{above: t.Edition.Factsheet.Title, title: t.Title, background: t.Colour}.image(shareFile(edition + t.ID))
	for _, id := range t.Formerly {
		img.Formerly = append(img.Formerly, shareFile(edition+id))
	}
	return img
}

// image lays the picture out, to be drawn into file. A picture keeps its
// address when what it shows changes, as a page does.
func (l shareLayout) image(file string) *shareImage {
	bg, ink := legibleOn(l.background)
	img := &shareImage{File: file, Width: shareWidth, Height: shareHeight, Background: string(bg), Colour: string(ink)}
	top, bottom := shareMargin, shareHeight-shareMargin
	var says []string
	if l.above != "" {
		above := largest(l.above, typeset.Regular, aboveSizes, aboveLines)
		above.Y = top
		img.Texts = append(img.Texts, above)
		top = above.bottom() + above.Size
		says = append(says, l.above)
	}
	title := largest(l.title, typeset.Bold, titleSizes, titleLines)
	title.Y = top + (bottom-top-title.height())/2
	img.Texts = append(img.Texts, title)
	says = append(says, l.title)
	img.Alt = strings.Join(says, " · ")
	return img
}

// legibleOn is the background and text colour of a picture on c: the
// text colour the site sets on c, or white on a darker c when that does not
// reach WCAG's 4.5:1.
func legibleOn(c model.Colour) (background, text model.Colour) {
	if ink := c.TextOn(); model.Contrast(c, ink) >= model.MinContrast {
		return c, ink
	}
	return c.Ink(), model.White
}

// largest is text in st at the largest of sizes at which it fits in
// lines lines, or cut off at the smallest, at the left margin.
func largest(text string, st typeset.Style, sizes []int, lines int) shareText {
	for _, size := range sizes {
		if fitted := fit(text, st, size, 0); len(fitted) <= lines {
			return textBlock(fitted, size, st)
		}
	}
	smallest := sizes[len(sizes)-1]
	return textBlock(fit(text, st, smallest, lines), smallest, st)
}

// lineRoom is how wide a line of text may be, in pixels.
const lineRoom = shareWidth - 2*shareMargin - shareSlack

// fit breaks text into lines of st at size that fit the picture: at most
// most lines (any number for 0), the last of which ends in '…' when text
// goes on beyond it.
func fit(text string, st typeset.Style, size, most int) []string {
	faces := typeset.Lato()
	// The text filter draws at 72 dpi: a point is a pixel.
	room := float64(lineRoom) * typeset.PtToMM
	run := markdown.Run{Text: text, Bold: st == typeset.Bold}
	p, _ := typeset.WrapWhole([]markdown.Run{run}, float64(size), room, faces)
	var lines []string
	for i, ln := range p.Lines {
		var b strings.Builder
		for _, pc := range typeset.Runs(ln, i+1 < len(p.Lines)) {
			b.WriteString(pc.Text)
		}
		lines = append(lines, strings.TrimSpace(strings.ReplaceAll(b.String(), typeset.BreakHyphen, "-")))
	}
	if most == 0 || len(lines) <= most {
		return lines
	}
	lines = lines[:most]
	words := strings.Fields(lines[most-1])
	for len(words) > 1 && faces.Width(strings.Join(words, " ")+"…", st, float64(size)) > room {
		words = words[:len(words)-1]
	}
	lines[most-1] = strings.Join(words, " ") + "…"
	return lines
}

// textBlock is lines of st at size, at the left margin.
func textBlock(lines []string, size int, st typeset.Style) shareText {
	return shareText{Text: strings.Join(lines, "\n"), Size: size, Bold: st == typeset.Bold, X: shareMargin, LineSpacing: size / 4}
}

// height is how far the block reaches below its top, as the text filter
// sets it: a line advances by the face's ascent and the line spacing.
func (b shareText) height() int {
	face := typeset.Lato()[typeset.Regular]
	if b.Bold {
		face = typeset.Lato()[typeset.Bold]
	}
	lines := strings.Count(b.Text, "\n") + 1
	ascent := int(math.Ceil(face.Ascent() * float64(b.Size)))
	descent := int(math.Ceil(-face.Descent() * float64(b.Size)))
	return lines*ascent + (lines-1)*b.LineSpacing + descent
}

func (b shareText) bottom() int { return b.Y + b.height() }
