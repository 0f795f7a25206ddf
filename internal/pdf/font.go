package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"golang.org/x/image/font/sfnt"
)

// Font is a TrueType font, parsed once and shared by every document of a
// process: measuring text and subsetting read it, and nothing changes it,
// so documents on several goroutines may use it at once.
type Font struct {
	name       string // PostScript name, e.g. 'Lato-Regular'
	sfnt       *sfnt.Font
	tables     map[string][]byte
	unitsPerEm float64
	glyphs     []glyphData // by glyph id: outline and advance
	italic     bool
	// In the font's units: for the font descriptor.
	ascent, descent, capHeight int
	bbox                       [4]int
	italicAngle                float64

	// The glyphs of the characters of most alphabets and punctuation,
	// looked up once when the font is parsed; others are looked up when
	// first used and kept in byRune.
	common  [commonRunes]uint16
	buffers sync.Pool // *sfnt.Buffer, for looking up glyphs
	byRune  sync.Map  // rune -> glyph id
}

// commonRunes are the characters up to the end of the general punctuation
// and currency blocks.
const commonRunes = 0x20D0

type glyphData struct {
	outline []byte // the glyph's bytes in 'glyf'
	advance uint16
	lsb     int16
}

// ParseFont reads a TrueType (glyf) font file.
func ParseFont(data []byte) (*Font, error) {
	f := &Font{tables: map[string][]byte{}}
	var err error
	if f.sfnt, err = sfnt.Parse(data); err != nil {
		return nil, err
	}
	if len(data) < 12 {
		return nil, errors.New("pdf: font file too short")
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := range n {
		rec := 12 + 16*i
		if rec+16 > len(data) {
			return nil, errors.New("pdf: font table directory cut short")
		}
		tag := string(data[rec : rec+4])
		off, length := binary.BigEndian.Uint32(data[rec+8:]), binary.BigEndian.Uint32(data[rec+12:])
		if uint64(off)+uint64(length) > uint64(len(data)) {
			return nil, fmt.Errorf("pdf: font table %q lies outside the file", tag)
		}
		f.tables[tag] = data[off : off+length]
	}
	for _, t := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf"} {
		if _, ok := f.tables[t]; !ok {
			return nil, fmt.Errorf("pdf: font has no %q table: only TrueType outlines can be embedded", t)
		}
	}
	if err := f.readMetrics(); err != nil {
		return nil, err
	}
	var b sfnt.Buffer
	if f.name, err = f.sfnt.Name(&b, sfnt.NameIDPostScript); err != nil || f.name == "" {
		return nil, errors.New("pdf: font has no PostScript name")
	}
	f.buffers.New = func() any { return new(sfnt.Buffer) }
	for r := range rune(commonRunes) {
		f.common[r] = f.lookUp(r)
	}
	return f, nil
}

func (f *Font) readMetrics() error {
	head, hhea, maxp := f.tables["head"], f.tables["hhea"], f.tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return errors.New("pdf: font header tables cut short")
	}
	u16 := binary.BigEndian.Uint16
	i16 := func(b []byte) int { return int(int16(u16(b))) }
	f.unitsPerEm = float64(u16(head[18:]))
	if f.unitsPerEm == 0 {
		return errors.New("pdf: font has zero units per em")
	}
	f.bbox = [4]int{i16(head[36:]), i16(head[38:]), i16(head[40:]), i16(head[42:])}
	f.italic = u16(head[44:])&2 != 0
	longLoca := i16(head[50:]) == 1
	f.ascent, f.descent = i16(hhea[4:]), i16(hhea[6:])
	f.capHeight = f.ascent
	if os2 := f.tables["OS/2"]; len(os2) >= 90 && u16(os2) >= 2 {
		f.capHeight = i16(os2[88:])
	}
	if post := f.tables["post"]; len(post) >= 8 {
		f.italicAngle = float64(int32(binary.BigEndian.Uint32(post[4:]))) / 65536
	}
	numGlyphs := int(u16(maxp[4:]))
	numMetrics := int(u16(hhea[34:]))
	hmtx, loca, glyf := f.tables["hmtx"], f.tables["loca"], f.tables["glyf"]
	if numMetrics == 0 || numMetrics > numGlyphs || len(hmtx) < 4*numMetrics+2*(numGlyphs-numMetrics) {
		return errors.New("pdf: font's horizontal metrics cut short")
	}
	offset := func(i int) (int, bool) {
		if longLoca {
			if 4*i+4 > len(loca) {
				return 0, false
			}
			return int(binary.BigEndian.Uint32(loca[4*i:])), true
		}
		if 2*i+2 > len(loca) {
			return 0, false
		}
		return 2 * int(u16(loca[2*i:])), true
	}
	f.glyphs = make([]glyphData, numGlyphs)
	for i := range f.glyphs {
		g := &f.glyphs[i]
		if i < numMetrics {
			g.advance, g.lsb = u16(hmtx[4*i:]), int16(u16(hmtx[4*i+2:]))
		} else {
			g.advance = f.glyphs[numMetrics-1].advance
			g.lsb = int16(u16(hmtx[4*numMetrics+2*(i-numMetrics):]))
		}
		start, ok1 := offset(i)
		end, ok2 := offset(i + 1)
		if !ok1 || !ok2 || start > end || end > len(glyf) {
			return fmt.Errorf("pdf: font's glyph %d lies outside its glyf table", i)
		}
		g.outline = glyf[start:end]
	}
	return nil
}

// glyph is the font's glyph for r: 0, the font's 'missing' glyph, when it
// has none.
func (f *Font) glyph(r rune) uint16 {
	if r >= 0 && r < commonRunes {
		return f.common[r]
	}
	if g, ok := f.byRune.Load(r); ok {
		return g.(uint16)
	}
	g := f.lookUp(r)
	f.byRune.Store(r, g)
	return g
}

func (f *Font) lookUp(r rune) uint16 {
	b := f.buffers.Get().(*sfnt.Buffer)
	g, err := f.sfnt.GlyphIndex(b, r)
	f.buffers.Put(b)
	if err != nil || int(g) >= len(f.glyphs) {
		g = 0
	}
	if g == 0 && r == SoftHyphen {
		g = sfnt.GlyphIndex(f.lookUp('-'))
	}
	return uint16(g)
}

// SoftHyphen is the hyphen a line break adds inside a word: drawn as a
// hyphen, and read back as a soft hyphen, so that text copied out of the
// PDF or read aloud has the word whole (PDF 1.7, 14.8.2.2.3).
const SoftHyphen = '\u00AD'

// Has reports whether the font has a glyph for r.
func (f *Font) Has(r rune) bool { return f.glyph(r) != 0 }

// Width is how wide text is at size, in the unit of size. The font is set
// without kerning, so it is the sum of the characters' advances.
func (f *Font) Width(text string, size float64) float64 {
	units := 0
	for _, r := range text {
		units += int(f.glyphs[f.glyph(r)].advance)
	}
	return float64(units) * size / f.unitsPerEm
}

// RuneWidth is how wide one character is at size.
func (f *Font) RuneWidth(r rune, size float64) float64 {
	return float64(f.glyphs[f.glyph(r)].advance) * size / f.unitsPerEm
}

// Ascent and Descent are how far the font reaches above and below its
// baseline, as a fraction of its size (Descent is negative).
func (f *Font) Ascent() float64  { return float64(f.ascent) / f.unitsPerEm }
func (f *Font) Descent() float64 { return float64(f.descent) / f.unitsPerEm }

// thousandths converts font units into the thousandths of an em PDF's
// font dictionaries use.
func (f *Font) thousandths(units int) int {
	v := float64(units) * 1000 / f.unitsPerEm
	if v < 0 {
		return int(v - 0.5)
	}
	return int(v + 0.5)
}
