// Package message holds the texts rodedraad says to the people who write
// factsheets: in Dutch by default, in English on request.
//
// Texts are written in English at the place they are said, as fmt
// formats, and translated through a catalogue (dutch.go) when shown, as
// gettext does: the code reads as it did, and a test finds every format
// that has no Dutch yet.
package message

import (
	"errors"
	"fmt"
	"strings"
)

// Language is the language messages are shown in.
type Language int

// The languages of messages. Dutch is the zero value: the default.
const (
	Dutch Language = iota
	English
)

// Parse reads a language as a flag or environment variable names it:
// "nl", "en", or a locale such as "en_GB.UTF-8". Frisian readers get
// Dutch, which every Frisian reader reads.
func Parse(s string) (Language, bool) {
	code := strings.ToLower(s)
	if i := strings.IndexAny(code, "_-.@"); i >= 0 {
		code = code[:i]
	}
	switch code {
	case "nl", "fy", "dutch", "nederlands":
		return Dutch, true
	case "en", "english", "engels":
		return English, true
	}
	return Dutch, false
}

// Code is the language's code, as HTML's lang attribute takes it.
func (l Language) Code() string {
	if l == English {
		return "en"
	}
	return "nl"
}

// FromEnvironment chooses the language from RODEDRAAD_LANG, then from
// the locale (LC_ALL, LC_MESSAGES, LANG), as programs do: English only
// when one of them asks for it, Dutch otherwise, also for the 'C' locale
// of a bare server.
func FromEnvironment(getenv func(string) string) Language {
	if l, ok := Parse(getenv("RODEDRAAD_LANG")); ok {
		return l
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			l, _ := Parse(v)
			return l
		}
	}
	return Dutch
}

// Text is a message in the making: an English format and its arguments,
// shown in a language by In.
type Text struct {
	format string
	args   []any
}

// New makes a text from an English fmt format. An argument that is a
// Text, or an error made by Errorf, is shown in the same language.
func New(format string, args ...any) Text { return Text{format: format, args: args} }

// Plural is the text for n things: one when n is 1, other otherwise;
// both are formats with one verb for n.
func Plural(n int, one, other string) Text {
	if n == 1 {
		return New(one, n)
	}
	return New(other, n)
}

// Verbatim is a text that is shown as it is in every language, such as
// a message from another program.
func Verbatim(s string) Text { return New("%s", s) }

// IsZero reports whether t is no text at all.
func (t Text) IsZero() bool { return t.format == "" && t.args == nil }

// String is the text in English, for logs and for Go's own errors.
func (t Text) String() string { return t.In(English) }

// In shows the text in language l.
func (t Text) In(l Language) string {
	format := t.format
	if l == Dutch {
		if nl, ok := dutch[format]; ok {
			format = nl
		}
	}
	if len(t.args) == 0 {
		return format
	}
	args := make([]any, len(t.args))
	for i, a := range t.args {
		args[i] = shown(a, l)
	}
	return fmt.Sprintf(format, args...)
}

// shown is an argument as it appears in a text of language l.
func shown(a any, l Language) any {
	switch v := a.(type) {
	case Text:
		return v.In(l)
	case []Text:
		parts := make([]string, len(v))
		for i, t := range v {
			parts[i] = t.In(l)
		}
		return strings.Join(parts, ", ")
	case Lines:
		parts := make([]string, len(v))
		for i, t := range v {
			parts[i] = t.In(l)
		}
		return strings.Join(parts, "\n")
	case error:
		var e *Error
		var s Speaker
		switch {
		case errors.As(v, &e):
			return e.Text.In(l)
		case errors.As(v, &s):
			return s.Message().In(l)
		}
	}
	return a
}

// Error is an error whose message can be shown in either language.
type Error struct{ Text Text }

// Errorf makes an error from an English format, as fmt.Errorf does, but
// without wrapping.
func Errorf(format string, args ...any) error { return &Error{New(format, args...)} }

func (e *Error) Error() string { return e.Text.String() }

// Lines is texts shown one to a line.
type Lines []Text

// Speaker is an error of another package that can say itself in either
// language.
type Speaker interface{ Message() Text }

// Of is the text of err: its own when Errorf made it or it is a Speaker,
// otherwise its message as it is.
func Of(err error) Text {
	var e *Error
	if errors.As(err, &e) {
		return e.Text
	}
	var s Speaker
	if errors.As(err, &s) {
		return s.Message()
	}
	return Verbatim(err.Error())
}
