package load

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// file is one data file being loaded: its text, where its keys are, and
// the problems found in it.
type file struct {
	name  string // shown in messages
	src   []byte
	locs  *keyLocations
	diags *Diagnostics
	// table is the decoded file; nil when it could not be parsed.
	table map[string]any
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// readFile reads and parses a TOML file. A file that is not UTF-8 or not
// TOML is reported and comes back with a nil table.
func (l *loader) readFile(rel string) *file {
	f := &file{name: l.display(rel), diags: &l.diags}
	src, err := fs.ReadFile(l.fsys, rel)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			f.fileErrorf("file not found")
		} else {
			f.fileErrorf("cannot read: %v", err)
		}
		return f
	}
	f.parse(bytes.TrimPrefix(src, utf8BOM))
	return f
}

func (f *file) parse(src []byte) {
	f.src = src
	f.locs = locateKeys(nil)
	if !utf8.Valid(src) {
		at := invalidUTF8At(src)
		f.report(Error, positionAt(src, at), "", "file is not UTF-8 text: save it as UTF-8")
		return
	}
	// The key scan comes first: it reads any text in time that grows with
	// its length, and stops at nesting too deep for the decoder to be
	// given.
	f.locs = locateKeys(src)
	if at, deep := f.locs.tooDeepAt(); deep {
		f.report(Error, at, "", fmt.Sprintf("nests more than %d levels deep, counting each table, key part and array: no rodedraad file needs that many, so the file is not read; remove the nesting", maxNesting))
		return
	}
	var table map[string]any
	if _, err := toml.NewDecoder(bytes.NewReader(src)).Decode(&table); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			at := position{Line: max(pe.Position.Line, 1), Col: 1}
			if pe.Position.Start >= 0 { // some errors come without an offset
				at = positionAt(src, pe.Position.Start)
			}
			f.report(Error, at, "", "TOML syntax: "+pe.Message)
		} else {
			f.report(Error, position{1, 1}, "", "TOML: "+err.Error())
		}
		return
	}
	f.table = table
}

func invalidUTF8At(src []byte) int {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(src)
}

// decode binds the whole file to v, a pointer to a model struct.
func (f *file) decode(v any) bool {
	if f.table == nil {
		return false
	}
	f.bind(f.table, reflect.ValueOf(v), "")
	return true
}

// has reports whether the file sets key at the top level, even to an
// empty value.
func (f *file) has(key string) bool {
	_, ok := f.table[key]
	return ok
}

func (f *file) report(sev Severity, at position, key, msg string) {
	*f.diags = append(*f.diags, Diagnostic{Severity: sev, File: f.name, Line: at.Line, Col: at.Col, Key: key, Message: msg})
}

func (f *file) errorf(key, format string, args ...any) {
	f.report(Error, f.locs.find(key), key, fmt.Sprintf(format, args...))
}

func (f *file) warnf(key, format string, args ...any) {
	f.report(Warning, f.locs.find(key), key, fmt.Sprintf(format, args...))
}

// fileErrorf reports a problem with the file as a whole, such as its name.
func (f *file) fileErrorf(format string, args ...any) {
	*f.diags = append(*f.diags, Diagnostic{Severity: Error, File: f.name, Message: fmt.Sprintf(format, args...)})
}

// where names the place of key for messages that point back to it.
func (f *file) where(key string) string {
	p := f.locs.find(key)
	return fmt.Sprintf("%s:%d:%d", path.Base(f.name), p.Line, p.Col)
}
