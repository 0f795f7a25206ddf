package pdf

import (
	"bytes"
	"compress/zlib"
	"crypto/sha256"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
)

// writer numbers and writes a PDF's objects. Objects other than streams
// go into compressed object streams, a hundred at a time: the structure
// tree is many small dictionaries, and compressed they take a fraction of
// the room. The cross-reference table is a stream too (PDF 1.5).
type writer struct {
	buf     bytes.Buffer
	entries []xrefEntry // by object number - 1
	pending []pendingObject
	scratch bytes.Buffer // compressed data before it is written
	element []byte       // a structure element being written
}

// xrefEntry is where an object is: at an offset in the file, or at an
// index in an object stream.
type xrefEntry struct {
	offset, stream, index int
}

type pendingObject struct {
	ref  int
	body string
}

func (w *writer) reserve() int {
	w.entries = append(w.entries, xrefEntry{})
	return len(w.entries)
}

// object writes a dictionary or other object into an object stream.
func (w *writer) object(ref int, body string) {
	w.pending = append(w.pending, pendingObject{ref, body})
	if len(w.pending) == objectsPerStream {
		w.flushObjects()
	}
}

const objectsPerStream = 1000

func (w *writer) flushObjects() {
	if len(w.pending) == 0 {
		return
	}
	stream := w.reserve()
	var header, bodies strings.Builder
	for i, o := range w.pending {
		fmt.Fprintf(&header, "%d %d ", o.ref, bodies.Len())
		bodies.WriteString(o.body)
		bodies.WriteByte('\n')
		w.entries[o.ref-1] = xrefEntry{stream: stream, index: i}
	}
	dict := fmt.Sprintf(" /Type /ObjStm /N %d /First %d", len(w.pending), header.Len())
	w.pending = w.pending[:0]
	w.stream(stream, dict, []byte(header.String()+bodies.String()))
}

// plainObject writes an object as it is, outside any stream: the
// document information, which tools that do not read object streams
// look for.
func (w *writer) plainObject(ref int, body string) {
	w.entries[ref-1] = xrefEntry{offset: w.buf.Len()}
	fmt.Fprintf(&w.buf, "%d 0 obj\n%s\nendobj\n", ref, body)
}

// stream writes a stream object, compressed; dict holds the rest of its
// dictionary.
func (w *writer) stream(ref int, dict string, data []byte) {
	w.scratch.Reset()
	compress(&w.scratch, data)
	w.compressed(ref, dict, w.scratch.Bytes())
}

// compressed writes a stream object whose data is compressed already.
func (w *writer) compressed(ref int, dict string, z []byte) {
	w.entries[ref-1] = xrefEntry{offset: w.buf.Len()}
	fmt.Fprintf(&w.buf, "%d 0 obj\n<<%s /Filter /FlateDecode /Length %d>>\nstream\n", ref, dict, len(z))
	w.buf.Write(z)
	w.buf.WriteString("\nendstream\nendobj\n")
}

// compressPages compresses the pages' contents on every core: most of
// the time a PDF of many pages takes to write.
func compressPages(pages []*Page) [][]byte {
	out := make([][]byte, len(pages))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(pages)) {
		wg.Go(func() {
			for i := range next {
				var b bytes.Buffer
				b.Grow(len(pages[i].content)/3 + 64)
				compress(&b, pages[i].content)
				out[i] = b.Bytes()
			}
		})
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// plainStream writes a stream uncompressed, for the XMP metadata, which
// other tools than PDF readers should find.
func (w *writer) plainStream(ref int, dict string, data []byte) {
	w.entries[ref-1] = xrefEntry{offset: w.buf.Len()}
	fmt.Fprintf(&w.buf, "%d 0 obj\n<<%s /Length %d>>\nstream\n", ref, dict, len(data))
	w.buf.Write(data)
	w.buf.WriteString("\nendstream\nendobj\n")
}

// compressionLevel: lower levels save little time on content this
// repetitive and give larger files (measured: level 3 is 6% larger).
const compressionLevel = zlib.DefaultCompression

// compressors are reused: making one allocates about 1 MB of tables.
var compressors = sync.Pool{New: func() any {
	z, _ := zlib.NewWriterLevel(io.Discard, compressionLevel)
	return z
}}

func compress(out *bytes.Buffer, data []byte) {
	z := compressors.Get().(*zlib.Writer)
	z.Reset(out)
	z.Write(data)
	z.Close()
	compressors.Put(z)
}

// xref writes the cross-reference stream, and the end of the file.
func (w *writer) xref(root, info int) {
	w.flushObjects()
	self := w.reserve()
	w.entries[self-1] = xrefEntry{offset: w.buf.Len()}
	// Each entry: type (1 byte), offset or stream (4), generation or index (2).
	data := make([]byte, 0, 7*(len(w.entries)+1))
	data = append(data, 0, 0, 0, 0, 0, 0xff, 0xff)
	for _, e := range w.entries {
		if e.stream != 0 {
			data = append(data, 2, byte(e.stream>>24), byte(e.stream>>16), byte(e.stream>>8), byte(e.stream), byte(e.index>>8), byte(e.index))
		} else {
			data = append(data, 1, byte(e.offset>>24), byte(e.offset>>16), byte(e.offset>>8), byte(e.offset), 0, 0)
		}
	}
	id := sha256.Sum256(w.buf.Bytes())
	at := w.buf.Len()
	w.stream(self, fmt.Sprintf(" /Type /XRef /Size %d /W [1 4 2] /Root %s /Info %s /ID [<%x> <%x>]", len(w.entries)+1, ref(root), ref(info), id[:16], id[:16]), data)
	fmt.Fprintf(&w.buf, "startxref\n%d\n%%%%EOF\n", at)
}

func ref(n int) string { return itoa(n) + " 0 R" }

// Write writes the document.
func (d *Document) Write(out io.Writer) error {
	if len(d.pages) == 0 {
		d.AddPage(210, 297)
	}
	for _, p := range d.pages {
		if p.marked > 0 {
			return fmt.Errorf("pdf: page %d has marked content that was not ended", p.index+1)
		}
	}
	w := &writer{}
	size := 4096
	for _, p := range d.pages {
		size += len(p.content) / 3
	}
	w.buf.Grow(size)
	w.buf.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	catalog, pages, info, structRoot, parentTree, metadata := w.reserve(), w.reserve(), w.reserve(), w.reserve(), w.reserve(), w.reserve()
	resources := w.reserve()

	for _, p := range d.pages {
		p.ref = w.reserve()
	}
	key := len(d.pages)
	for _, p := range d.pages {
		for _, a := range p.annots {
			a.ref, a.key = w.reserve(), key
			key++
		}
	}
	d.numberElements(d.root, w)

	// Pages.
	kids := make([]string, len(d.pages))
	contents := compressPages(d.pages)
	for i, p := range d.pages {
		kids[i] = ref(p.ref)
		content := w.reserve()
		w.compressed(content, "", contents[i])
		var dict strings.Builder
		fmt.Fprintf(&dict, "<</Type /Page /Parent %s /MediaBox [0 0 %s %s]", ref(pages), num(p.w*ptPerMM), num(p.h*ptPerMM))
		for _, box := range []struct {
			name string
			r    *Rect
		}{{"TrimBox", p.trim}, {"BleedBox", p.bleed}} {
			if box.r != nil {
				r := *box.r
				fmt.Fprintf(&dict, " /%s [%s %s %s %s]", box.name, p.x(r.X), p.y(r.Y+r.H), p.x(r.X+r.W), p.y(r.Y))
			}
		}
		fmt.Fprintf(&dict, " /Resources %s /Contents %s /StructParents %d", ref(resources), ref(content), p.index)
		if len(p.annots) > 0 {
			dict.WriteString(" /Tabs /S /Annots [")
			for j, a := range p.annots {
				if j > 0 {
					dict.WriteByte(' ')
				}
				dict.WriteString(ref(a.ref))
			}
			dict.WriteString("]")
		}
		dict.WriteString(">>")
		w.object(p.ref, dict.String())
		for _, a := range p.annots {
			d.writeAnnotation(w, p, a)
		}
	}
	w.object(pages, fmt.Sprintf("<</Type /Pages /Kids [%s] /Count %d>>", strings.Join(kids, " "), len(d.pages)))

	// Fonts, in the order the document first used them.
	var fonts strings.Builder
	for _, u := range d.fonts {
		fmt.Fprintf(&fonts, "/%s %s ", u.resName, ref(d.writeFont(w, u)))
	}
	w.object(resources, "<</Font <<"+fonts.String()+">>>>")

	// Structure.
	d.writeElements(w, d.root, structRoot)
	w.object(parentTree, d.parentTree())
	w.object(structRoot, fmt.Sprintf("<</Type /StructTreeRoot /K [%s] /ParentTree %s /ParentTreeNextKey %d>>", ref(d.root.ref), ref(parentTree), key))

	w.plainStream(metadata, " /Type /Metadata /Subtype /XML", d.xmp())
	w.plainObject(info, d.infoDict())

	var cat strings.Builder
	fmt.Fprintf(&cat, "<</Type /Catalog /Pages %s /StructTreeRoot %s /MarkInfo <</Marked true>> /Metadata %s /ViewerPreferences <</DisplayDocTitle true>>", ref(pages), ref(structRoot), ref(metadata))
	if d.info.Lang != "" {
		fmt.Fprintf(&cat, " /Lang %s", text(d.info.Lang))
	}
	if len(d.outline) > 0 {
		fmt.Fprintf(&cat, " /Outlines %s /PageMode /UseOutlines", ref(d.writeOutline(w)))
	}
	cat.WriteString(">>")
	w.object(catalog, cat.String())

	w.xref(catalog, info)
	_, err := out.Write(w.buf.Bytes())
	return err
}

// Bytes writes the document into a byte slice.
func (d *Document) Bytes() ([]byte, error) {
	var b bytes.Buffer
	err := d.Write(&b)
	return b.Bytes(), err
}

func (d *Document) numberElements(e *Element, w *writer) {
	e.ref = w.reserve()
	for _, k := range e.kids {
		if k.elem != nil {
			d.numberElements(k.elem, w)
		}
	}
}

func (d *Document) writeElements(w *writer, e *Element, parent int) {
	// Appended by hand, not with fmt: a deck has thousands of elements.
	b := w.element[:0]
	ref := func(n int) { b = append(strconv.AppendInt(b, int64(n), 10), " 0 R"...) }
	// /Type /StructElem may be left out (ISO 32000-1, table 323): of
	// thousands of elements, that is what a deck would save.
	b = append(append(append(b, "<</S /"...), e.role...), " /P "...)
	ref(parent)
	if e.page != nil {
		b = append(b, " /Pg "...)
		ref(e.page.ref)
	}
	for _, entry := range []struct{ key, value string }{{"T", e.title}, {"Alt", e.alt}, {"Lang", e.lang}} {
		if entry.value != "" {
			b = append(append(append(append(b, " /"...), entry.key...), ' '), text(entry.value)...)
		}
	}
	b = append(b, " /K ["...)
	for i, k := range e.kids {
		if i > 0 {
			b = append(b, ' ')
		}
		switch {
		case k.elem != nil:
			ref(k.elem.ref)
		case k.annot != nil:
			b = append(b, "<</Type /OBJR /Obj "...)
			ref(k.annot.ref)
			b = append(b, " /Pg "...)
			ref(k.page.ref)
			b = append(b, ">>"...)
		case k.page == e.page:
			b = strconv.AppendInt(b, int64(k.mcid), 10)
		default:
			b = append(b, "<</Type /MCR /Pg "...)
			ref(k.page.ref)
			b = append(strconv.AppendInt(append(b, " /MCID "...), int64(k.mcid), 10), ">>"...)
		}
	}
	b = append(b, "]>>"...)
	w.element = b
	w.object(e.ref, string(b))
	for _, k := range e.kids {
		if k.elem != nil {
			d.writeElements(w, k.elem, e.ref)
		}
	}
}

// parentTree maps each page's marked content to its elements, and each
// link annotation to its Link element.
func (d *Document) parentTree() string {
	var b strings.Builder
	b.WriteString("<</Nums [")
	for _, p := range d.pages {
		fmt.Fprintf(&b, "%d [", p.index)
		for i, e := range p.mcids {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(ref(e.ref))
		}
		b.WriteString("] ")
	}
	for _, p := range d.pages {
		for _, a := range p.annots {
			fmt.Fprintf(&b, "%d %s ", a.key, ref(a.elem.ref))
		}
	}
	b.WriteString("]>>")
	return b.String()
}

func (d *Document) writeAnnotation(w *writer, p *Page, a *annotation) {
	r := a.rect
	var b strings.Builder
	fmt.Fprintf(&b, "<</Type /Annot /Subtype /Link /Rect [%s %s %s %s] /Border [0 0 0] /F 4 /StructParent %d",
		p.x(r.X), p.y(r.Y+r.H), p.x(r.X+r.W), p.y(r.Y), a.key)
	if a.contents != "" {
		fmt.Fprintf(&b, " /Contents %s", text(a.contents))
	}
	if a.uri != "" {
		fmt.Fprintf(&b, " /A <</S /URI /URI %s>>", literal(a.uri))
	} else {
		fmt.Fprintf(&b, " /Dest [%s /XYZ 0 %s null]", ref(a.page.ref), a.page.y(a.y))
	}
	b.WriteString(">>")
	w.object(a.ref, b.String())
}

func (d *Document) writeOutline(w *writer) int {
	root := w.reserve()
	var write func(items []*Bookmark, parent int) (first, last, count int)
	write = func(items []*Bookmark, parent int) (first, last, count int) {
		refs := make([]int, len(items))
		for i := range items {
			refs[i] = w.reserve()
		}
		for i, it := range items {
			var b strings.Builder
			fmt.Fprintf(&b, "<</Title %s /Parent %s /Dest [%s /XYZ 0 %s null]", text(it.Title), ref(parent), ref(it.Page.ref), it.Page.y(it.Y))
			if i > 0 {
				fmt.Fprintf(&b, " /Prev %s", ref(refs[i-1]))
			}
			if i < len(items)-1 {
				fmt.Fprintf(&b, " /Next %s", ref(refs[i+1]))
			}
			if len(it.kids) > 0 {
				f, l, _ := write(it.kids, refs[i])
				fmt.Fprintf(&b, " /First %s /Last %s /Count %d", ref(f), ref(l), -len(it.kids))
			}
			b.WriteString(">>")
			w.object(refs[i], b.String())
		}
		return refs[0], refs[len(refs)-1], len(items)
	}
	first, last, count := write(d.outline, root)
	w.object(root, fmt.Sprintf("<</Type /Outlines /First %s /Last %s /Count %d>>", ref(first), ref(last), count))
	return root
}

// writeFont writes the subset of a font the document uses, as a Type 0
// font with a CIDFontType2 descendant, and returns the Type 0 font's
// object number.
func (d *Document) writeFont(w *writer, u *fontUse) int {
	f := u.font
	glyphs := glyphsHash(u)
	name := subsetTag(glyphs) + "+" + f.name
	type0, cid, descriptor, fontFile, toUnicode := w.reserve(), w.reserve(), w.reserve(), w.reserve(), w.reserve()
	sub := subsets.get(glyphs, u)
	w.compressed(fontFile, fmt.Sprintf(" /Length1 %d", sub.length), sub.compressed)
	flags := 32 // non-symbolic
	if f.italic {
		flags |= 64
	}
	w.object(descriptor, fmt.Sprintf("<</Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle %s /Ascent %d /Descent %d /CapHeight %d /StemV 80 /FontFile2 %s>>",
		name, flags, f.thousandths(f.bbox[0]), f.thousandths(f.bbox[1]), f.thousandths(f.bbox[2]), f.thousandths(f.bbox[3]),
		num(f.italicAngle), f.thousandths(f.ascent), f.thousandths(f.descent), f.thousandths(f.capHeight), ref(fontFile)))
	var widths strings.Builder
	widths.WriteString("[0 [")
	for i, g := range u.ids {
		if i > 0 {
			widths.WriteByte(' ')
		}
		widths.WriteString(itoa(f.thousandths(int(f.glyphs[g].advance))))
	}
	widths.WriteString("]]")
	w.object(cid, fmt.Sprintf("<</Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor %s /W %s /CIDToGIDMap /Identity>>",
		name, ref(descriptor), widths.String()))
	w.stream(toUnicode, "", u.toUnicode())
	w.object(type0, fmt.Sprintf("<</Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%s] /ToUnicode %s>>",
		name, ref(cid), ref(toUnicode)))
	return type0
}

// subsetCache keeps the last subsets made, compressed: the same glyphs
// come back in the decks of one text in other sizes, and in a build's
// next PDFs.
type subsetCache struct {
	mu      sync.Mutex
	entries map[[sha256.Size]byte]subset
}

type subset struct {
	compressed []byte
	length     int // uncompressed, for /Length1
}

// maxSubsets bounds the cache: some megabytes at most.
const maxSubsets = 256

var subsets = subsetCache{entries: map[[sha256.Size]byte]subset{}}

// get returns the subset of u, whose glyphsHash is glyphs, making it
// when it is not kept.
func (c *subsetCache) get(glyphs [sha256.Size]byte, u *fontUse) subset {
	c.mu.Lock()
	sub, ok := c.entries[glyphs]
	c.mu.Unlock()
	if ok {
		return sub
	}
	file := u.subsetFile()
	var b bytes.Buffer
	compress(&b, file)
	sub = subset{compressed: b.Bytes(), length: len(file)}
	c.mu.Lock()
	if len(c.entries) >= maxSubsets {
		clear(c.entries)
	}
	c.entries[glyphs] = sub
	c.mu.Unlock()
	return sub
}

// glyphsHash identifies a subset: its font and its glyphs, in order.
func glyphsHash(u *fontUse) [sha256.Size]byte {
	h := sha256.New()
	h.Write([]byte(u.font.name))
	h.Write([]byte{0})
	for _, g := range u.ids {
		h.Write([]byte{byte(g >> 8), byte(g)})
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

// subsetTag is the six capitals PDF puts before a subset font's name; the
// same glyphs give the same tag.
func subsetTag(glyphs [sha256.Size]byte) string {
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + glyphs[i]%26
	}
	return string(tag)
}

// toUnicode is the CMap that tells readers which characters each code
// shows, so that text can be searched, copied and read aloud.
func (u *fontUse) toUnicode() []byte {
	var b bytes.Buffer
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	codes := make([]int, 0, len(u.text))
	for id := range u.text {
		codes = append(codes, int(id))
	}
	sort.Ints(codes)
	for start := 0; start < len(codes); start += 100 {
		chunk := codes[start:min(start+100, len(codes))]
		fmt.Fprintf(&b, "%d beginbfchar\n", len(chunk))
		for _, c := range chunk {
			fmt.Fprintf(&b, "<%04X> <", c)
			for _, unit := range utf16.Encode(u.text[uint16(c)]) {
				fmt.Fprintf(&b, "%04X", unit)
			}
			b.WriteString(">\n")
		}
		b.WriteString("endbfchar\n")
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return b.Bytes()
}

func (d *Document) infoDict() string {
	var b strings.Builder
	b.WriteString("<<")
	for _, e := range []struct{ key, value string }{
		{"Title", d.info.Title}, {"Author", d.info.Author}, {"Subject", d.info.Subject},
		{"Creator", "rodedraad"}, {"Producer", "rodedraad"},
	} {
		if e.value != "" {
			fmt.Fprintf(&b, "/%s %s ", e.key, text(e.value))
		}
	}
	if !d.info.Date.IsZero() {
		date := "(D:" + d.info.Date.Format("20060102") + ")"
		fmt.Fprintf(&b, "/CreationDate %s /ModDate %s", date, date)
	}
	b.WriteString(">>")
	return b.String()
}

// text is a PDF text string: literal when it is ASCII, else UTF-16 with
// a byte order mark, in hex.
func text(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] < 0x20 {
			ascii = false
			break
		}
	}
	if ascii {
		return literal(s)
	}
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, unit := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", unit)
	}
	b.WriteString(">")
	return b.String()
}

// literal is a PDF literal string of ASCII (or bytes, for a URI).
func literal(s string) string { return "(" + escapes.Replace(s) + ")" }

var escapes = strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`, "\r", `\r`, "\n", `\n`)
