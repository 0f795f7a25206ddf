// Package edit changes a data file in place, as a person would in a text
// editor: a value is replaced where it stands, a block is added after its
// last sibling or taken out with its own comments, and every other byte
// of the file (comments, blank lines, the order of keys, the quoting of
// values that did not change) stays as it was.
//
// It works on the text and its layout (load.LayoutOf), never by decoding
// and encoding the file again, which would lose the comments that the
// authors and the templates write for each other.
package edit

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/tomltext"
)

// Doc is the text of a data file being changed.
type Doc struct{ src []byte }

// New starts changing the TOML text src, which must be text the TOML
// parser accepts.
func New(src []byte) *Doc { return &Doc{src: append([]byte(nil), src...)} }

// Bytes is the text as changed so far.
func (d *Doc) Bytes() []byte { return d.src }

// SetString sets the string at path, such as "title" or
// "questions[1].text". A text with line breaks is written as a
// multi-line string, as the Markdown fields are, which ends with a line
// break. A key the file lacks is added after the last key of its table.
func (d *Doc) SetString(path, value string) error {
	value = strings.ToValidUTF8(value, "\uFFFD") // TOML is UTF-8
	quoted := tomltext.Quote(value)
	if strings.Contains(value, "\n") {
		quoted = tomltext.QuoteMultiline(strings.TrimSuffix(value, "\n"))
	}
	return d.set(path, quoted)
}

// SetStrings sets the array of strings at path, such as a question's sub;
// an empty list takes the key out.
func (d *Doc) SetStrings(path string, values []string) error {
	if len(values) == 0 {
		return d.Delete(path)
	}
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = tomltext.Quote(strings.ToValidUTF8(v, "\uFFFD"))
	}
	if one := "[" + strings.Join(parts, ", ") + "]"; len(one) <= 80 {
		return d.set(path, one)
	}
	return d.set(path, "[\n  "+strings.Join(parts, ",\n  ")+",\n]")
}

func (d *Doc) set(path, value string) error {
	layout := load.LayoutOf(d.src)
	if span, ok := layout.Values[path]; ok {
		d.splice(span.Start, span.End, value)
		return nil
	}
	table, key := parent(path)
	at, ok := d.endOfKeys(layout, table)
	switch {
	case ok:
		d.splice(at, at, "\n"+key+" = "+value)
	case !strings.ContainsAny(table, ".["):
		// A table the file does not have yet, such as [closing]: at the
		// end, where a person would add it.
		text := "\n[" + table + "]\n" + key + " = " + value + "\n"
		if len(d.src) > 0 && d.src[len(d.src)-1] != '\n' {
			text = "\n" + text
		}
		d.splice(len(d.src), len(d.src), text)
	default:
		return fmt.Errorf("no table %s in the file", table)
	}
	return nil
}

// Delete takes out the key or the table at path, with the comment lines
// right above it.
func (d *Doc) Delete(path string) error {
	layout := load.LayoutOf(d.src)
	if span, ok := layout.Values[path]; ok {
		start, end := d.withComments(lineStart(d.src, span.Key)), lineEnd(d.src, span.End)
		d.splice(start, end, "")
		return nil
	}
	start, end, ok := d.tableExtent(layout, path)
	if !ok {
		return fmt.Errorf("no %s in the file", path)
	}
	d.splice(start, end, "")
	return nil
}

// AppendTable adds an empty table to the array of tables at array, such
// as "questions" or "links[1].items", after its last element (or at the
// end of the table it belongs in), and returns its path.
func (d *Doc) AppendTable(array string) (string, error) {
	layout := load.LayoutOf(d.src)
	n := count(layout, array)
	owner, _ := parent(array)
	at := len(d.src)
	switch {
	case n > 0:
		_, at, _ = d.tableExtent(layout, fmt.Sprintf("%s[%d]", array, n-1))
	case owner != "":
		var ok bool
		if _, at, ok = d.tableExtent(layout, owner); !ok {
			return "", fmt.Errorf("no table %s in the file", owner)
		}
	}
	for at >= 2 && d.src[at-1] == '\n' && d.src[at-2] == '\n' {
		at-- // after the last element's text, before the blank lines that end it
	}
	text := "\n[[" + indexless.ReplaceAllString(array, "") + "]]\n"
	if at > 0 && d.src[at-1] != '\n' {
		text = "\n" + text
	}
	d.splice(at, at, text)
	return fmt.Sprintf("%s[%d]", array, n), nil
}

// indexless takes the indexes out of a key path: the header of an
// element of links[1].items is [[links.items]].
var indexless = regexp.MustCompile(`\[\d+\]`)

// MoveTable moves element from of the array of tables at array to place
// to, with its comments; the others keep their order.
func (d *Doc) MoveTable(array string, from, to int) error {
	layout := load.LayoutOf(d.src)
	n := count(layout, array)
	if from < 0 || from >= n || to < 0 || to >= n {
		return fmt.Errorf("%s has %d elements: cannot move %d to %d", array, n, from, to)
	}
	if from == to {
		return nil
	}
	blocks := make([]string, n)
	var first, last int
	for i := range n {
		start, end, _ := d.tableExtent(layout, fmt.Sprintf("%s[%d]", array, i))
		if i == 0 {
			first = start
		}
		last = end
		blocks[i] = strings.TrimRight(string(d.src[start:end]), "\n") + "\n"
	}
	moved := blocks[from]
	blocks = append(blocks[:from], blocks[from+1:]...)
	blocks = append(blocks[:to], append([]string{moved}, blocks[to:]...)...)
	between := d.src[first:last]
	tail := ""
	if strings.HasSuffix(string(between), "\n\n") {
		tail = "\n"
	}
	d.splice(first, last, strings.Join(blocks, "\n")+tail)
	return nil
}

func (d *Doc) splice(start, end int, text string) {
	d.src = append(d.src[:start:start], append([]byte(text), d.src[end:]...)...)
}

// endOfKeys is where a key added to table goes: after its last key, or
// right after its header when it has none.
func (d *Doc) endOfKeys(layout load.Layout, table string) (int, bool) {
	at, found := -1, false
	for path, span := range layout.Values {
		if p, _ := parent(path); p == table && span.End > at {
			at, found = span.End, true
		}
	}
	if found {
		return endOfLine(d.src, at), true
	}
	if table == "" {
		if len(layout.Tables) == 0 {
			return len(d.src), true
		}
		return max(0, d.withComments(layout.Tables[0].Start)-1), true
	}
	for _, t := range layout.Tables {
		if t.Path == table {
			return endOfLine(d.src, t.Start), true
		}
	}
	return 0, false
}

// tableExtent is the text of the table at path: from the comments above
// its header to those above the next table that is not inside it.
func (d *Doc) tableExtent(layout load.Layout, path string) (start, end int, ok bool) {
	for i, t := range layout.Tables {
		if t.Path != path {
			continue
		}
		start, end = d.withComments(t.Start), len(d.src)
		for _, next := range layout.Tables[i+1:] {
			if !strings.HasPrefix(next.Path, path+".") && !strings.HasPrefix(next.Path, path+"[") {
				end = d.withComments(next.Start)
				break
			}
		}
		return start, end, true
	}
	return 0, 0, false
}

// withComments moves a start back over the comment lines right above it.
func (d *Doc) withComments(start int) int {
	for start > 0 {
		prev := lineStart(d.src, start-1)
		if !strings.HasPrefix(strings.TrimSpace(string(d.src[prev:start])), "#") {
			return start
		}
		start = prev
	}
	return start
}

func count(layout load.Layout, array string) int {
	n := 0
	for _, t := range layout.Tables {
		if t.Path == fmt.Sprintf("%s[%d]", array, n) {
			n++
		}
	}
	return n
}

// parent splits a key path into its table and its last key.
func parent(path string) (table, key string) {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[:i], path[i+1:]
	}
	return "", path
}

func lineStart(src []byte, at int) int {
	for at > 0 && src[at-1] != '\n' {
		at--
	}
	return at
}

// lineEnd is just past the line end of the line at, or the end of src.
func lineEnd(src []byte, at int) int {
	for at < len(src) && src[at] != '\n' {
		at++
	}
	return min(at+1, len(src))
}

// endOfLine is where the line at ends: its line break, or the end of src.
func endOfLine(src []byte, at int) int {
	for at < len(src) && src[at] != '\n' {
		at++
	}
	return at
}
