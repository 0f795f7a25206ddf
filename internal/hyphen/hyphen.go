// Package hyphen finds where a word may be broken at the end of a line,
// with Liang's algorithm (the one TeX, LibreOffice and browsers use) and the
// Dutch patterns that LibreOffice ships (hyph_nl_NL.dic, from OpenTaal; see
// LICENSE-patterns.txt).
//
// A word is hyphenated per run of letters. The patterns only know letters,
// and a run is what they were made for: in "ouder-kindrelatie" and
// "collega's" the parts either side of the '-' or the apostrophe are words
// (or a suffix) of their own. So:
//   - an existing hyphen ('-' or U+2010) between two letters or digits is
//     itself a break point: the line breaker keeps the hyphen at the end of
//     the line and adds none;
//   - there is never a break next to an apostrophe, digit or other
//     non-letter, so "collega's" never ends a line with "collega" and starts
//     the next with "'s";
//   - each run keeps two letters before its first and after its last break
//     (LibreOffice's minimums for Dutch), so "ouder-kindrelatie" gives
//     ou-der-|kind-re-la-tie and "ideeën" idee-ën, not i-dee-ën.
//
// Dutch treats the digraph ij as one letter (IJsselmeer, not Ijsselmeer), so
// a break between i and j is never given, whatever the patterns say. That
// fixes the patterns' voog-di-j-over-heid and names like Hooi-j-berg, at the
// price of the right break in the odd loanword where i and j are two letters
// (bi-jou, Di-jon), which then stays whole.
//
// Text should be in NFC: a letter followed by a combining diaeresis is kept
// together, but the patterns, which are written with precomposed letters,
// will not match it.
package hyphen

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed hyph_nl_NL.dic
var dutchPatterns string

var dutch = sync.OnceValue(func() *Hyphenator {
	h, err := Parse(strings.NewReader(dutchPatterns))
	if err != nil {
		// The file is compiled in, so this is a build error, caught by
		// the tests, never bad input at run time.
		panic("hyphen: embedded Dutch patterns: " + err.Error())
	}
	return h
})

// Dutch returns the hyphenator for Dutch. It is built on first use (about
// ten milliseconds) and shared: a Hyphenator is safe for concurrent use.
func Dutch() *Hyphenator { return dutch() }

// Hyphenator hyphenates words of one language with Liang's algorithm.
//
// The patterns are kept in a trie over small symbol numbers rather than
// runes, so that a node's children fit in a short sorted list and the root's
// in a table, and Points can walk it without building strings.
type Hyphenator struct {
	leftMin, rightMin int // letters kept before the first and after the last break

	ascii [utf8.RuneSelf]uint16 // symbol of each ASCII rune; 0 means it is in no pattern
	other map[rune]uint16       // symbol of each other rune in the patterns
	dot   uint16                // symbol of the word-boundary mark '.'

	root  []int32 // child of the root for each symbol, or -1
	nodes []node
	edges []edge // each node's edges are together, sorted by symbol
	vals  []uint8
}

// node is one trie node, with everything the walk reads from it in one
// place, so that a step costs one cache miss rather than three.
type node struct {
	edges, nEdges int32 // edges[edges : edges+nEdges]
	// The values of the pattern ending here, without its leading and
	// trailing zeros: vals[vals : vals+nVals] apply from gap skip of the
	// pattern on.
	vals        int32
	nVals, skip uint16
}

type edge struct {
	sym uint16
	to  int32
}

// LibreOffice's defaults for Dutch. A .dic file may change them with
// LEFTHYPHENMIN and RIGHTHYPHENMIN lines.
const (
	defaultLeftMin  = 2
	defaultRightMin = 2
)

// Parse reads patterns in the .dic format of libhyphen (LibreOffice,
// Hunspell's hyphen): the first line names the encoding (UTF-8, ISO8859-1 or
// ISO8859-15), then one Liang pattern a line, such as "aar4ts5".
//
// Blank lines and comments (from '%', or lines starting with '#') are
// skipped. LEFTHYPHENMIN and RIGHTHYPHENMIN set the letters kept before the
// first and after the last break (default 2 and 2). Other keyword lines,
// such as NOHYPHEN and the COMPOUND...HYPHENMIN pair, are ignored: word
// punctuation is handled by Points itself. NEXTLEVEL, which starts a second
// set of patterns in two-level files, is ignored too, so both levels are
// used as one set; that is what the patterns mean for most words, though not
// the exact result libhyphen gives at compound boundaries. In libhyphen's
// non-standard patterns ("c1k/k=k,1,2") the replacement after the '/' is
// dropped and the break kept as an ordinary one.
func Parse(r io.Reader) (*Hyphenator, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	b := newBuilder()
	var decode func([]byte) (string, error)
	for lineNo := 1; sc.Scan(); lineNo++ {
		raw := sc.Bytes()
		if decode == nil {
			raw = bytes.TrimPrefix(raw, []byte("\uFEFF"))
			name := strings.TrimSpace(string(raw))
			if name == "" || name[0] == '%' || name[0] == '#' {
				continue
			}
			var err error
			if decode, err = decoder(name); err != nil {
				return nil, fmt.Errorf("line %d: %w", lineNo, err)
			}
			continue
		}
		line, err := decode(raw)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", lineNo, err)
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		if i := strings.IndexByte(line, '%'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if isKeyword(fields[0]) {
			if err := b.keyword(fields); err != nil {
				return nil, fmt.Errorf("line %d: %w", lineNo, err)
			}
			continue
		}
		for _, f := range fields {
			if err := b.pattern(f); err != nil {
				return nil, fmt.Errorf("line %d: %w", lineNo, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if decode == nil {
		return nil, fmt.Errorf("no encoding line: the input is empty")
	}
	return b.build(), nil
}

// decoder returns the function that turns a line in the named encoding into
// a string; the names are the ones .dic files use.
func decoder(name string) (func([]byte) (string, error), error) {
	norm := strings.NewReplacer("-", "", "_", "", " ", "").Replace(strings.ToUpper(name))
	switch norm {
	case "UTF8":
		return func(p []byte) (string, error) {
			if !utf8.Valid(p) {
				return "", fmt.Errorf("invalid UTF-8")
			}
			return string(p), nil
		}, nil
	case "ISO88591", "LATIN1":
		return func(p []byte) (string, error) { return latin(p, nil), nil }, nil
	case "ISO885915", "LATIN9":
		return func(p []byte) (string, error) { return latin(p, latin9), nil }, nil
	}
	return nil, fmt.Errorf("encoding %q is not supported (want UTF-8, ISO8859-1 or ISO8859-15)", name)
}

// latin9 is where ISO 8859-15 differs from ISO 8859-1.
var latin9 = map[byte]rune{
	0xA4: '€', 0xA6: 'Š', 0xA8: 'š', 0xB4: 'Ž', 0xB8: 'ž', 0xBC: 'Œ', 0xBD: 'œ', 0xBE: 'Ÿ',
}

func latin(p []byte, diff map[byte]rune) string {
	var sb strings.Builder
	for _, c := range p {
		if r, ok := diff[c]; ok {
			sb.WriteRune(r)
		} else {
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

// isKeyword tells a keyword line (LEFTHYPHENMIN 2) from a pattern, which is
// lowercase.
func isKeyword(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

type builder struct {
	leftMin, rightMin int
	ascii             [utf8.RuneSelf]uint16
	other             map[rune]uint16
	nsym              int
	kids              []map[uint16]int32
	vals              [][]uint8
	letters           []rune
	values            []uint8
}

func newBuilder() *builder {
	return &builder{
		leftMin:  defaultLeftMin,
		rightMin: defaultRightMin,
		other:    map[rune]uint16{},
		kids:     []map[uint16]int32{nil},
		vals:     [][]uint8{nil},
	}
}

func (b *builder) keyword(f []string) error {
	var dst *int
	switch f[0] {
	case "LEFTHYPHENMIN":
		dst = &b.leftMin
	case "RIGHTHYPHENMIN":
		dst = &b.rightMin
	default:
		return nil
	}
	if len(f) < 2 {
		return fmt.Errorf("%s without a number", f[0])
	}
	n, err := strconv.Atoi(f[1])
	if err != nil || n < 0 {
		return fmt.Errorf("%s %q: want a number", f[0], f[1])
	}
	if n > 0 { // 0 means the default in libhyphen
		*dst = n
	}
	return nil
}

// pattern adds one Liang pattern: letters with a digit between some of them,
// the digit being the priority of a break (odd) or no-break (even) there.
func (b *builder) pattern(p string) error {
	src := p
	if i := strings.IndexByte(p, '/'); i >= 0 {
		p = p[:i]
	}
	b.letters, b.values = b.letters[:0], append(b.values[:0], 0)
	digit := false
	for _, r := range p {
		if r >= '0' && r <= '9' {
			if digit {
				return fmt.Errorf("pattern %q: two digits in a row", src)
			}
			b.values[len(b.values)-1] = uint8(r - '0')
			digit = true
			continue
		}
		b.letters = append(b.letters, unicode.ToLower(r))
		b.values = append(b.values, 0)
		digit = false
	}
	if len(b.letters) == 0 {
		return fmt.Errorf("pattern %q has no letters", src)
	}
	n := int32(0)
	for _, r := range b.letters {
		s, err := b.symbol(r)
		if err != nil {
			return err
		}
		next, ok := b.kids[n][s]
		if !ok {
			next = int32(len(b.kids))
			b.kids = append(b.kids, nil)
			b.vals = append(b.vals, nil)
			if b.kids[n] == nil {
				b.kids[n] = map[uint16]int32{}
			}
			b.kids[n][s] = next
		}
		n = next
	}
	// A pattern given twice counts with its highest values, as two
	// overlapping patterns would.
	if old := b.vals[n]; old != nil {
		for i, v := range b.values {
			old[i] = max(old[i], v)
		}
	} else {
		b.vals[n] = slices.Clone(b.values)
	}
	return nil
}

func (b *builder) symbol(r rune) (uint16, error) {
	if r < utf8.RuneSelf && b.ascii[r] != 0 {
		return b.ascii[r], nil
	}
	if s, ok := b.other[r]; ok {
		return s, nil
	}
	if b.nsym == 1<<16-2 {
		return 0, fmt.Errorf("more than %d different characters in the patterns", b.nsym)
	}
	b.nsym++
	s := uint16(b.nsym)
	if r < utf8.RuneSelf {
		b.ascii[r] = s
	} else {
		b.other[r] = s
	}
	return s, nil
}

// build lays the trie out in flat slices, for a walk without maps.
func (b *builder) build() *Hyphenator {
	h := &Hyphenator{
		leftMin:  max(b.leftMin, 1),
		rightMin: max(b.rightMin, 1),
		ascii:    b.ascii,
		other:    b.other,
		dot:      b.ascii['.'],
		root:     make([]int32, b.nsym+1),
		nodes:    make([]node, len(b.kids)),
	}
	for i := range h.root {
		h.root[i] = -1
	}
	for s, n := range b.kids[0] {
		h.root[s] = n
	}
	for n, kids := range b.kids {
		nd := &h.nodes[n]
		nd.edges, nd.nEdges = int32(len(h.edges)), int32(len(kids))
		for _, s := range slices.Sorted(maps.Keys(kids)) {
			h.edges = append(h.edges, edge{s, kids[s]})
		}
		v := b.vals[n]
		lo := 0
		for lo < len(v) && v[lo] == 0 {
			lo++
		}
		hi := len(v)
		for hi > lo && v[hi-1] == 0 {
			hi--
		}
		nd.vals, nd.nVals, nd.skip = int32(len(h.vals)), uint16(hi-lo), uint16(lo)
		h.vals = append(h.vals, v[lo:hi]...)
	}
	return h
}

// stackRunes is the word length Points handles without allocating scratch
// space; longer words still work.
const stackRunes = 64

// Points returns the rune offsets inside word where a hyphen may go, in
// ascending order: offset i means a break between rune i-1 and rune i. Case
// does not matter. Words of fewer than four runes get none, as do letter runs
// shorter than the minimums around a break. An existing hyphen gives the
// offset just after it. The result is nil when there is no break point.
func (h *Hyphenator) Points(word string) []int {
	var runeBuf [stackRunes]rune
	rs := runeBuf[:0]
	for _, r := range word {
		rs = append(rs, r)
	}
	if len(rs) < 4 {
		return nil
	}
	var outBuf [stackRunes / 2]int
	out := outBuf[:0]
	for i := 0; i < len(rs); {
		if isLetter(rs[i]) {
			j := i + 1
			for j < len(rs) && isLetter(rs[j]) {
				j++
			}
			out = h.letterRun(rs[i:j], i, out)
			i = j
			continue
		}
		if isHyphen(rs[i]) && i > 0 && i+1 < len(rs) && isWordChar(rs[i-1]) && isWordStart(rs[i+1]) {
			out = append(out, i+1)
		}
		i++
	}
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// letterRun appends the break points inside one run of letters, which
// starts at rune offset base of the word.
func (h *Hyphenator) letterRun(rs []rune, base int, out []int) []int {
	n := len(rs)
	if n < h.leftMin+h.rightMin {
		return out
	}
	// The run between boundary marks, as symbols: ".hulp." for "Hulp".
	var symBuf [stackRunes + 2]uint16
	syms := append(symBuf[:0], h.dot)
	for _, r := range rs {
		syms = append(syms, h.symbol(r))
	}
	syms = append(syms, h.dot)
	// levels[p] is the highest value any pattern gives the gap before
	// syms[p].
	var levelBuf [stackRunes + 3]uint8
	var levels []uint8
	if len(syms)+1 <= len(levelBuf) {
		levels = levelBuf[:len(syms)+1]
	} else {
		levels = make([]uint8, len(syms)+1)
	}
	for i, s := range syms {
		if s == 0 {
			continue
		}
		node := h.root[s]
		for j := i + 1; ; j++ {
			if node < 0 {
				break
			}
			nd := &h.nodes[node]
			if nd.nVals > 0 {
				at := levels[i+int(nd.skip):]
				for k, v := range h.vals[nd.vals : nd.vals+int32(nd.nVals)] {
					at[k] = max(at[k], v)
				}
			}
			if j == len(syms) {
				break
			}
			node = h.child(nd, syms[j])
		}
	}
	// Letter t of the run is syms[t+1], so the gap before it is levels[t+1].
	for t := h.leftMin; t <= n-h.rightMin; t++ {
		if levels[t+1]%2 == 0 || isIJ(rs[t-1], rs[t]) || unicode.IsMark(rs[t]) {
			continue
		}
		out = append(out, base+t)
	}
	return out
}

func (h *Hyphenator) symbol(r rune) uint16 {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return h.ascii[r]
	}
	if r = unicode.ToLower(r); r < utf8.RuneSelf { // 'İ' becomes 'i'
		return h.ascii[r]
	}
	return h.other[r]
}

func (h *Hyphenator) child(nd *node, s uint16) int32 {
	for _, e := range h.edges[nd.edges : nd.edges+nd.nEdges] {
		if e.sym >= s {
			if e.sym == s {
				return e.to
			}
			break
		}
	}
	return -1
}

// isLetter includes combining marks, so that a decomposed "e\u0308" is not
// taken apart.
func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

func isWordChar(r rune) bool { return isLetter(r) || unicode.IsDigit(r) }

// isWordStart leaves out combining marks, which belong to the rune before.
func isWordStart(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isHyphen is true for the hyphens a word may be broken after; the
// non-breaking hyphen U+2011 is left out on purpose.
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' }

func isIJ(a, b rune) bool { return (a == 'i' || a == 'I') && (b == 'j' || b == 'J') }

// Hyphenate returns word split at its break points; joined, the parts are
// word again. A word without break points comes back as its only part. A
// part that ends in a hyphen (from "ouder-kindrelatie") must not get a
// second one when a line ends there.
func (h *Hyphenator) Hyphenate(word string) []string {
	pts := h.Points(word)
	parts := make([]string, 0, len(pts)+1)
	start, p, ri := 0, 0, 0
	for bi := range word {
		if p < len(pts) && pts[p] == ri {
			parts = append(parts, word[start:bi])
			start = bi
			p++
		}
		ri++
	}
	return append(parts, word[start:])
}
