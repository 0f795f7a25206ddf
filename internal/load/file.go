package load

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/rodedraad/rodedraad/internal/message"
	"io/fs"
	"path"
	"path/filepath"
	"reflect"
	"strings"
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
	// unbound are the keys whose value was missing or wrong, already
	// reported while binding: the checks that follow see the zero value
	// there, and would report the same problem again in other words.
	unbound map[string]bool
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// readFile reads and parses a TOML file. A file that is not UTF-8 or not
// TOML is reported and comes back with a nil table.
func (l *loader) readFile(rel string) *file { return l.readListed(rel, nil, "") }

// readListed is readFile for a file that another file lists at key: a
// file that cannot be read is reported there, where the reader can act.
func (l *loader) readListed(rel string, list *file, key string) *file {
	f := &file{name: l.display(rel), diags: &l.diags}
	src, err := fs.ReadFile(l.fsys, rel)
	switch {
	case err == nil:
		f.parse(bytes.TrimPrefix(src, utf8BOM))
	case l.linkOutside(rel):
	case list != nil:
		list.errorf(key, "cannot read %s: %v", quoteName(f.name), errors.Unwrap(err))
	case errors.Is(err, fs.ErrNotExist):
		f.fileErrorf("file not found")
	default:
		f.fileErrorf("cannot read: %v", err)
	}
	return f
}

// linkOutside reports, and returns true, when rel or a directory on its
// way is a symbolic link to a place outside the project, or to an
// absolute path: the loader reads the project through an os.Root, which
// does not follow those, so that a project cannot publish files from
// elsewhere on the machine. Relative links inside the project are
// followed.
func (l *loader) linkOutside(rel string) bool {
	for i := range len(rel) + 1 {
		if i < len(rel) && rel[i] != '/' {
			continue
		}
		link := rel[:i]
		target, err := fs.ReadLink(l.fsys, link)
		if err != nil {
			continue
		}
		resolved := path.Join(path.Dir(link), target)
		if path.IsAbs(target) || filepath.IsAbs(target) || resolved == ".." || strings.HasPrefix(resolved, "../") {
			(&file{name: l.display(link), diags: &l.diags}).fileErrorf(
				"a symbolic link to %s: rodedraad follows only relative links that stay inside the project, so that it never publishes files from elsewhere; make the link relative, or copy what it points to into the project", quoteName(target))
			return true
		}
	}
	return false
}

func (f *file) parse(src []byte) {
	f.src = src
	f.locs = locateKeys(nil)
	if !utf8.Valid(src) {
		at := invalidUTF8At(src)
		f.report(Error, positionAt(src, at), "", message.New("file is not UTF-8 text: save it as UTF-8"))
		return
	}
	// The key scan comes first: it reads any text in time that grows with
	// its length, and stops at nesting too deep for the decoder to be
	// given.
	f.locs = locateKeys(src)
	if at, deep := f.locs.tooDeepAt(); deep {
		f.report(Error, at, "", message.New("nests more than %d levels deep, counting each table, key part and array: no rodedraad file needs that many, so the file is not read; remove the nesting", maxNesting))
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
			if strings.Contains(pe.Message, "control characters") {
				// The decoder places these one character before the
				// control character it names.
				at = positionAt(src, controlCharacterFrom(src, max(0, pe.Position.Start)))
			}
			f.report(Error, at, "", syntaxMessage(pe.Message))
		} else {
			f.report(Error, position{1, 1}, "", syntaxMessage(err.Error()))
		}
		return
	}
	f.table = table
}

// controlCharacterFrom returns the offset of the first character at or
// after from that TOML never allows.
func controlCharacterFrom(src []byte, from int) int {
	for i := from; i < len(src); i++ {
		if c := src[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return i
		}
	}
	return from
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
	f.unbound = map[string]bool{}
	f.bind(f.table, reflect.ValueOf(v), "")
	return true
}

// has reports whether the file sets key at the top level, even to an
// empty value.
func (f *file) has(key string) bool {
	_, ok := f.table[key]
	return ok
}

func (f *file) report(sev Severity, at position, key string, msg message.Text) {
	*f.diags = append(*f.diags, Diagnostic{Severity: sev, File: f.name, Line: at.Line, Col: at.Col, Key: key, Message: msg})
}

func (f *file) errorf(key, format string, args ...any) {
	if f.unbound[key] {
		return
	}
	f.report(Error, f.locs.find(key), key, message.New(format, args...))
}

// unboundf reports a value that cannot be bound, and marks its key so
// that no later check reports it again.
func (f *file) unboundf(key, format string, args ...any) {
	f.errorf(key, format, args...)
	f.unbound[key] = true
}

func (f *file) warnf(key, format string, args ...any) {
	f.report(Warning, f.locs.find(key), key, message.New(format, args...))
}

// fileErrorf reports a problem with the file as a whole, such as its name.
func (f *file) fileErrorf(format string, args ...any) {
	*f.diags = append(*f.diags, Diagnostic{Severity: Error, File: f.name, Message: message.New(format, args...)})
}

// where names the place of key for messages that point back to it.
func (f *file) where(key string) string {
	p := f.locs.find(key)
	return fmt.Sprintf("%s:%d:%d", quoteName(path.Base(f.name)), p.Line, p.Col)
}
