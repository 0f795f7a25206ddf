package pdf

import (
	"encoding/binary"
	"sort"
)

// fontUse is what a document uses of a font: its glyphs, numbered from 0
// in the order the document first shows them. The subset embedded is
// made of these glyphs alone, under these numbers, which are also the
// character codes of the document's text (Identity-H).
type fontUse struct {
	font    *Font
	resName string   // 'F1' in the pages' resources
	ids     []uint16 // new id -> the font's glyph id
	newID   map[uint16]uint16
	text    map[uint16][]rune // new id -> the characters it shows, for copying text out
	// second codes for a glyph that shows another character as well: a
	// hyphen that a line break added shows '-' but reads as a soft hyphen
	seconds map[rune]uint16
	// codes of the common characters, plus one: 0 is not looked up yet
	common []uint16
}

func newFontUse(f *Font, resName string) *fontUse {
	u := &fontUse{font: f, resName: resName, newID: map[uint16]uint16{}, text: map[uint16][]rune{}, seconds: map[rune]uint16{}, common: make([]uint16, commonRunes)}
	u.add(0) // .notdef is glyph 0 of every TrueType font
	return u
}

// add gives the font's glyph g a number in the subset, and numbers the
// glyphs a composite glyph is made of too.
func (u *fontUse) add(g uint16) uint16 {
	if id, ok := u.newID[g]; ok {
		return id
	}
	id := uint16(len(u.ids))
	u.newID[g] = id
	u.ids = append(u.ids, g)
	for _, c := range components(u.font.glyphs[g].outline) {
		if int(c.glyph) < len(u.font.glyphs) {
			u.add(c.glyph)
		}
	}
	return id
}

// code is the character code that shows r: the number of its glyph in
// the subset, or a second number for the glyph when it shows another
// character under its first.
func (u *fontUse) code(r rune) uint16 {
	if r >= 0 && r < commonRunes {
		if c := u.common[r]; c != 0 {
			return c - 1
		}
		c := u.lookUp(r)
		u.common[r] = c + 1
		return c
	}
	return u.lookUp(r)
}

func (u *fontUse) lookUp(r rune) uint16 {
	g := u.font.glyph(r)
	id := u.add(g)
	switch shown, ok := u.text[id]; {
	case id == 0:
		return 0
	case !ok:
		u.text[id] = []rune{r}
		return id
	case shown[0] == r:
		return id
	}
	if second, ok := u.seconds[r]; ok {
		return second
	}
	second := uint16(len(u.ids))
	u.ids = append(u.ids, g)
	u.seconds[r] = second
	u.text[second] = []rune{r}
	return second
}

type component struct {
	at    int // offset of the glyph id within the outline
	glyph uint16
}

// The flags of a composite glyph's components (TrueType 'glyf').
const (
	argsAreWords   = 0x0001
	haveScale      = 0x0008
	moreComponents = 0x0020
	haveXYScale    = 0x0040
	haveTwoByTwo   = 0x0080
)

// components lists the glyphs a composite glyph is made of; none for a
// simple glyph, or for one cut short.
func components(outline []byte) []component {
	if len(outline) < 10 || int16(binary.BigEndian.Uint16(outline)) >= 0 {
		return nil
	}
	var out []component
	for at := 10; at+4 <= len(outline); {
		flags := binary.BigEndian.Uint16(outline[at:])
		out = append(out, component{at + 2, binary.BigEndian.Uint16(outline[at+2:])})
		at += 4
		if flags&argsAreWords != 0 {
			at += 4
		} else {
			at += 2
		}
		switch {
		case flags&haveScale != 0:
			at += 2
		case flags&haveXYScale != 0:
			at += 4
		case flags&haveTwoByTwo != 0:
			at += 8
		}
		if flags&moreComponents == 0 {
			break
		}
	}
	return out
}

// subsetFile is a TrueType file with only the used glyphs, renumbered:
// the tables a PDF reader needs to draw them (head, hhea, maxp, hmtx,
// loca, glyf).
func (u *fontUse) subsetFile() []byte {
	f := u.font
	var glyf []byte
	loca := make([]byte, 4*(len(u.ids)+1))
	hmtx := make([]byte, 4*len(u.ids))
	for i, g := range u.ids {
		data := f.glyphs[g]
		binary.BigEndian.PutUint32(loca[4*i:], uint32(len(glyf)))
		start := len(glyf)
		glyf = append(glyf, data.outline...)
		for _, c := range components(data.outline) {
			if id, ok := u.newID[c.glyph]; ok {
				binary.BigEndian.PutUint16(glyf[start+c.at:], id)
			}
		}
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		binary.BigEndian.PutUint16(hmtx[4*i:], data.advance)
		binary.BigEndian.PutUint16(hmtx[4*i+2:], uint16(data.lsb))
	}
	binary.BigEndian.PutUint32(loca[4*len(u.ids):], uint32(len(glyf)))

	head := append([]byte(nil), f.tables["head"]...)
	binary.BigEndian.PutUint32(head[8:], 0)  // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1) // long loca offsets
	hhea := append([]byte(nil), f.tables["hhea"]...)
	binary.BigEndian.PutUint16(hhea[34:], uint16(len(u.ids)))
	maxp := append([]byte(nil), f.tables["maxp"]...)
	binary.BigEndian.PutUint16(maxp[4:], uint16(len(u.ids)))

	// The hinting programs (cvt, fpgm, prep) are left out: they fit
	// glyphs to the pixels of small screens, and printers and PDF readers
	// at any zoom draw the outlines well without them.
	tables := map[string][]byte{"head": head, "hhea": hhea, "maxp": maxp, "hmtx": hmtx, "loca": loca, "glyf": glyf}
	file := assemble(tables)
	// The whole file's checksum, with this entry, must come to 0xB1B0AFBA.
	at := tableOffset(file, "head")
	binary.BigEndian.PutUint32(file[at+8:], 0xB1B0AFBA-checksum(file))
	return file
}

// assemble writes tables as a TrueType file: the directory, sorted by
// tag, then each table padded to four bytes.
func assemble(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	searchRange := 16 << entrySelector
	size := 12 + 16*n
	for _, t := range tags {
		size += (len(tables[t]) + 3) &^ 3
	}
	file := make([]byte, 12+16*n, size)
	binary.BigEndian.PutUint32(file, 0x00010000)
	binary.BigEndian.PutUint16(file[4:], uint16(n))
	binary.BigEndian.PutUint16(file[6:], uint16(searchRange))
	binary.BigEndian.PutUint16(file[8:], uint16(entrySelector))
	binary.BigEndian.PutUint16(file[10:], uint16(16*n-searchRange))
	for i, t := range tags {
		data := tables[t]
		rec := file[12+16*i:]
		copy(rec, t)
		binary.BigEndian.PutUint32(rec[4:], checksum(data))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(file)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(data)))
		file = append(file, data...)
		for len(file)%4 != 0 {
			file = append(file, 0)
		}
	}
	return file
}

func tableOffset(file []byte, tag string) int {
	n := int(binary.BigEndian.Uint16(file[4:]))
	for i := range n {
		if rec := file[12+16*i:]; string(rec[:4]) == tag {
			return int(binary.BigEndian.Uint32(rec[8:]))
		}
	}
	return -1
}

// checksum is TrueType's: the sum of the data as big-endian 32-bit words,
// the last one padded with zeros.
func checksum(data []byte) uint32 {
	var sum uint32
	for i := 0; i < len(data); i += 4 {
		var word [4]byte
		copy(word[:], data[i:])
		sum += binary.BigEndian.Uint32(word[:])
	}
	return sum
}
