package load

import (
	"cmp"
	"fmt"
	"github.com/rodedraad/rodedraad/internal/message"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Severity tells whether a problem stops the build.
type Severity int

// The severities: an error fails the build, a warning is only printed.
const (
	Error Severity = iota
	Warning
)

// Diagnostic is one problem found in the data, at a place in a file.
type Diagnostic struct {
	Severity Severity
	File     string // as the user named it: the source directory joined with the data path
	Line     int    // 0 when the problem is the file as a whole
	Col      int
	Key      string // the key path, such as questions[2].text; empty for the file
	Message  message.Text
}

// String is the diagnostic in English; see In.
func (d Diagnostic) String() string { return d.In(message.English) }

// In formats the diagnostic as 'file:line:col: place: message' in
// language l, the form editors and terminals link to the spot. The place
// counts from 1, as the author does: 'question 2, text'.
// It is always one line: a file name or key with a line end or another
// control character in it is quoted, as Go quotes strings, and such
// characters in the message are escaped.
func (d Diagnostic) In(l message.Language) string {
	s := quoteName(d.File)
	if d.Line > 0 {
		s += fmt.Sprintf(":%d:%d", d.Line, d.Col)
	}
	s += ": "
	if d.Severity == Warning {
		s += message.New("warning: ").In(l)
	}
	if d.Key != "" {
		s += quoteName(Place(d.Key).In(l)) + ": "
	}
	return s + escapeControls(d.Message.In(l))
}

// quoteName quotes a file name or key for a message when it holds a
// character that would break the message's line or hide in it.
func quoteName(name string) string {
	if strings.IndexFunc(name, unicode.IsControl) < 0 {
		return name
	}
	return strconv.Quote(name)
}

// escapeControls writes the control characters of s as Go escapes.
func escapeControls(s string) string {
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Diagnostics are all problems found in one load.
type Diagnostics []Diagnostic

// HasErrors reports whether any problem is an error.
func (ds Diagnostics) HasErrors() bool {
	return slices.ContainsFunc(ds, func(d Diagnostic) bool { return d.Severity == Error })
}

// Count returns how many problems have the given severity.
func (ds Diagnostics) Count(sev Severity) int {
	n := 0
	for _, d := range ds {
		if d.Severity == sev {
			n++
		}
	}
	return n
}

func (ds Diagnostics) sort() {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
}
