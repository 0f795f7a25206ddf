package load

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// position is a place in a file: 1-based line, and 1-based column counted
// in characters, as editors show it.
type position struct{ Line, Col int }

// positionAt turns a byte offset into a position.
func positionAt(src []byte, offset int) position { return newLineIndex(src).position(offset) }

// lineIndex knows where the lines of a text start, so that many offsets
// in one file are turned into positions without reading it again each time.
type lineIndex struct {
	src    []byte
	starts []int
}

func newLineIndex(src []byte) lineIndex {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lineIndex{src: src, starts: starts}
}

func (x lineIndex) position(offset int) position {
	offset = max(0, min(offset, len(x.src)))
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > offset }) // 1-based
	return position{Line: line, Col: utf8.RuneCount(x.src[x.starts[line-1]:offset]) + 1}
}

// keyLocations maps key paths such as `questions[2].sub[0]` to where they
// start in a TOML file. BurntSushi/toml keeps positions to itself and gives
// every element of an array of tables the same key, so this small scanner
// walks the text again. It only runs on text the TOML parser accepted, and
// stops quietly at anything it does not expect: a key it missed is then
// reported at the nearest enclosing table.
type keyLocations struct {
	src   []byte
	lines lineIndex
	at    map[string]int
	// values are where the value of each key = value line stands, and
	// tables the table headers in the order of the text.
	values map[string]Span
	tables []Table
	last   map[string]int // last index of each array of tables
	// deepAt is where the text first nests deeper than maxNesting, or -1.
	// The scan stops there, so its work grows with the size of the text
	// and not with the square of its depth.
	deepAt int
}

// maxNesting is how deep a data file may nest, counting each table name,
// key part and array level of the deepest key path. The model needs at
// most 8 (see TestModelNestsWellWithinMaxNesting); the limit leaves a wide
// margin, and refuses text that only an attack or an accident makes, and
// that the TOML decoder takes minutes and gigabytes to read.
const maxNesting = 32

func locateKeys(src []byte) *keyLocations {
	l := &keyLocations{src: src, lines: newLineIndex(src), at: map[string]int{"": 0}, values: map[string]Span{}, last: map[string]int{}, deepAt: -1}
	s := scanner{src: src}
	table, depth := "", 0
	first := true
	for {
		s.skipSpace(true)
		if s.done() {
			return l
		}
		start := s.i
		if first {
			// The file as a whole is where its first key or table stands,
			// not at a comment above it: a key missing from the top-level
			// table belongs there.
			l.at[""] = start
			first = false
		}
		switch {
		case s.peek("[["):
			s.i += 2
			keys := s.keys()
			if len(keys) > maxNesting {
				return l.tooDeep(start)
			}
			if len(keys) == 0 || !s.peek("]]") {
				return l
			}
			s.i += 2
			path, d := l.resolve(keys[:len(keys)-1])
			path = join(path, keys[len(keys)-1])
			if depth = d + 2; depth > maxNesting {
				return l.tooDeep(start)
			}
			n := 0
			if i, ok := l.last[path]; ok {
				n = i + 1
			}
			l.last[path] = n
			if n == 0 {
				l.at[path] = start // the array as a whole: its first table
			}
			table = path + "[" + strconv.Itoa(n) + "]"
			l.at[table] = start
			l.tables = append(l.tables, Table{Path: table, Start: start})
		case s.peek("["):
			s.i++
			keys := s.keys()
			if len(keys) > maxNesting {
				return l.tooDeep(start)
			}
			if !s.peek("]") {
				return l
			}
			s.i++
			if table, depth = l.resolve(keys); depth > maxNesting {
				return l.tooDeep(start)
			}
			l.at[table] = start
			l.tables = append(l.tables, Table{Path: table, Start: start})
		default:
			keys := s.keys()
			if depth+len(keys) > maxNesting {
				return l.tooDeep(start)
			}
			if len(keys) == 0 || !s.peek("=") {
				return l
			}
			s.i++
			s.skipSpace(false)
			key, valueStart := l.keyAt(table, keys, start), s.i
			if !l.value(&s, key, depth+len(keys)) {
				return l
			}
			end := min(s.i, len(s.src))
			for end > valueStart && (s.src[end-1] == ' ' || s.src[end-1] == '\t') {
				end--
			}
			l.values[key] = Span{Key: start, Start: valueStart, End: end}
		}
	}
}

// tooDeep records that the text nests too deep at offset, and ends the scan.
func (l *keyLocations) tooDeep(offset int) *keyLocations {
	l.deepAt = offset
	return l
}

// tooDeepAt returns where the text nests deeper than maxNesting, if it does.
func (l *keyLocations) tooDeepAt() (position, bool) {
	if l.deepAt < 0 {
		return position{}, false
	}
	return l.lines.position(l.deepAt), true
}

// keyAt records a dotted key that starts at offset, in the table at
// path, and returns the key's full path. A dotted key also defines the
// tables it passes through, where they are not defined yet.
func (l *keyLocations) keyAt(path string, keys []string, offset int) string {
	for _, k := range keys {
		path = join(path, k)
		if _, seen := l.at[path]; !seen {
			l.at[path] = offset
		}
	}
	return path
}

// resolve turns the keys of a table header into a path, stepping into the
// last element of every array of tables on the way, and returns its depth.
func (l *keyLocations) resolve(keys []string) (path string, depth int) {
	for _, k := range keys {
		path = join(path, k)
		depth++
		if i, ok := l.last[path]; ok {
			path += "[" + strconv.Itoa(i) + "]"
			depth++
		}
	}
	return path, depth
}

// value records the positions inside one value, whose path is depth
// levels deep, and reports whether the scan can go on.
func (l *keyLocations) value(s *scanner, path string, depth int) bool {
	s.skipSpace(false)
	if s.done() {
		return false
	}
	switch s.src[s.i] {
	case '[':
		s.i++
		for n := 0; ; n++ {
			s.skipSpace(true)
			if s.done() {
				return false
			}
			if s.src[s.i] == ']' {
				s.i++
				return true
			}
			if depth+1 > maxNesting {
				l.tooDeep(s.i)
				return false
			}
			item := path + "[" + strconv.Itoa(n) + "]"
			l.at[item] = s.i
			if !l.value(s, item, depth+1) {
				return false
			}
			s.skipSpace(true)
			if s.peek(",") {
				s.i++
			}
		}
	case '{':
		s.i++
		for {
			s.skipSpace(true)
			if s.done() {
				return false
			}
			if s.src[s.i] == '}' {
				s.i++
				return true
			}
			start := s.i
			keys := s.keys()
			if depth+len(keys) > maxNesting {
				l.tooDeep(start)
				return false
			}
			if len(keys) == 0 || !s.peek("=") {
				return false
			}
			s.i++
			if !l.value(s, l.keyAt(path, keys, start), depth+len(keys)) {
				return false
			}
			s.skipSpace(true)
			if s.peek(",") {
				s.i++
			}
		}
	case '"', '\'':
		s.str()
		return true
	default:
		start := s.i
		for !s.done() && !strings.ContainsRune(",]}\n#", rune(s.src[s.i])) {
			s.i++
		}
		return s.i > start // an empty value is not TOML: stop rather than loop
	}
}

// find returns the position of path, or of its nearest enclosing key that
// was found.
func (l *keyLocations) find(path string) position {
	for {
		if off, ok := l.at[path]; ok {
			return l.lines.position(off)
		}
		if path == "" {
			return position{1, 1}
		}
		path = parentPath(path)
	}
}

func parentPath(path string) string {
	if strings.HasSuffix(path, "]") {
		return path[:strings.LastIndexByte(path, '[')]
	}
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[:i]
	}
	return ""
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// scanner reads TOML tokens just well enough to find keys.
type scanner struct {
	src []byte
	i   int
}

func (s *scanner) done() bool { return s.i >= len(s.src) }

func (s *scanner) peek(t string) bool {
	return !s.done() && len(s.src)-s.i >= len(t) && string(s.src[s.i:s.i+len(t)]) == t
}

// skipSpace skips blanks and comments, and line ends too if newlines is set.
func (s *scanner) skipSpace(newlines bool) {
	for !s.done() {
		switch c := s.src[s.i]; {
		case c == ' ' || c == '\t' || c == '\r':
			s.i++
		case c == '\n' && newlines:
			s.i++
		case c == '#':
			for !s.done() && s.src[s.i] != '\n' {
				s.i++
			}
		default:
			return
		}
	}
}

// keys reads a dotted key, bare or quoted. It stops after maxNesting+1
// parts: a key that long is refused whatever follows.
func (s *scanner) keys() []string {
	var keys []string
	for len(keys) <= maxNesting {
		s.skipSpace(false)
		if s.done() {
			return keys
		}
		switch c := s.src[s.i]; {
		case c == '"' || c == '\'':
			keys = append(keys, s.str())
		case isBare(c):
			start := s.i
			for !s.done() && isBare(s.src[s.i]) {
				s.i++
			}
			keys = append(keys, string(s.src[start:s.i]))
		default:
			return keys
		}
		s.skipSpace(false)
		if !s.peek(".") {
			return keys
		}
		s.i++
	}
	return keys
}

func isBare(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// str reads a string of any of TOML's four kinds and returns its raw
// content; escapes are kept as written, which is enough for keys.
func (s *scanner) str() string {
	q := s.src[s.i]
	if s.peek(strings.Repeat(string(q), 3)) {
		s.i += 3
		start := s.i
		for !s.done() {
			if q == '"' && s.src[s.i] == '\\' {
				s.i += 2
				continue
			}
			if s.peek(strings.Repeat(string(q), 3)) {
				end := s.i
				s.i += 3
				for !s.done() && s.src[s.i] == q { // up to two quotes may end the content
					s.i++
					end++
				}
				return string(s.src[start:end])
			}
			s.i++
		}
		return string(s.src[start:])
	}
	s.i++
	start := s.i
	for !s.done() && s.src[s.i] != q && s.src[s.i] != '\n' {
		if q == '"' && s.src[s.i] == '\\' {
			s.i++
		}
		s.i++
	}
	end := min(s.i, len(s.src))
	if !s.done() {
		s.i++
	}
	return string(s.src[start:end])
}

// Span is where a key = value line of a TOML text stands, in bytes:
// the key from Key, its value from Start to End.
type Span struct{ Key, Start, End int }

// Table is a table header of a TOML text: its key path, as in
// "questions[1]", and the byte where it starts.
type Table struct {
	Path  string
	Start int
}

// Layout is where the keys, values and table headers of a TOML text
// stand, for tools that change a data file in place and keep the rest of
// it, comments and all, as it was. It reads text that the TOML parser
// accepted; of other text it has what it found before the mistake.
type Layout struct {
	// Values are the spans of the key = value lines, by key path
	// ("questions[1].text").
	Values map[string]Span
	// Tables are the table headers in the order of the text.
	Tables []Table
}

// LayoutOf finds the layout of the TOML text src.
func LayoutOf(src []byte) Layout {
	l := locateKeys(src)
	return Layout{Values: l.values, Tables: l.tables}
}

// KeyLine returns the line of a top-level key in the TOML text src, or 0
// when src does not set it: for tools that edit a data file in place.
func KeyLine(src []byte, key string) int {
	off, ok := locateKeys(src).at[key]
	if !ok {
		return 0
	}
	return positionAt(src, off).Line
}
