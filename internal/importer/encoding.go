package importer

import (
	"bytes"
	"github.com/rodedraad/rodedraad/internal/message"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// input is the text of an export as read from its bytes, with notes on
// how it was read when that was not plain UTF-8.
type input struct {
	text  string
	notes []Note
}

// readText reads the bytes of an export as text. Word and Notepad save
// text as UTF-16 or in the old Windows code page as readily as in UTF-8;
// each is read as what it is, and said, so that accents do not turn into
// garbage without a word. A UTF-8 byte order mark is no content.
func readText(src []byte) input {
	switch {
	case bytes.HasPrefix(src, []byte("\xEF\xBB\xBF")):
		src = src[3:]
	case bytes.HasPrefix(src, []byte("\xFF\xFE")), bytes.HasPrefix(src, []byte("\xFE\xFF")):
		return decoded(src, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM),
			message.New("the text is UTF-16 (it starts with a byte order mark) and was read as such"))
	}
	if order, ok := utf16Order(src); ok {
		return decoded(src, unicode.UTF16(order, unicode.IgnoreBOM),
			message.New("the text has a zero byte beside nearly every letter: it was read as UTF-16 without a byte order mark; check the result"))
	}
	if utf8.Valid(src) {
		return input{text: string(src)}
	}
	line := 1 + bytes.Count(src[:firstInvalid(src)], []byte("\n"))
	if !hasMultibyteUTF8(src) {
		in := decoded(src, charmap.Windows1252, message.Text{})
		in.notes = []Note{{Line: line, Message: message.New("the text is not UTF-8 (here first): it was read as Windows-1252 (Latin-1); " +
			"check the accents (é, ë, ï) in the files written, and save the text as UTF-8 to be sure")}}
		return in
	}
	return input{text: strings.ToValidUTF8(string(src), "\uFFFD"), notes: []Note{{Line: line,
		Message: message.New("bytes that are not UTF-8 (here first) among text that is: each is written as \uFFFD; correct them in the files written")}}}
}

// decoded is the text of src in enc, with note as the note on its reading.
func decoded(src []byte, enc encoding.Encoding, note message.Text) input {
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil { // the decoders replace what they cannot read; this is no more than a guard
		out = src
	}
	in := input{text: strings.ToValidUTF8(string(out), "\uFFFD")}
	if !note.IsZero() {
		in.notes = []Note{{Message: note}}
	}
	return in
}

// utf16Order recognises UTF-16 without a byte order mark by its zero
// bytes: in Dutch text nearly every character is below U+0100, so every
// other byte is zero, on the side that gives the byte order. Text in any
// 8-bit encoding has hardly any zero bytes.
func utf16Order(src []byte) (unicode.Endianness, bool) {
	sample := src[:min(len(src), 4096)]
	if len(sample) < 4 {
		return unicode.BigEndian, false
	}
	var zeros [2]int
	for i, c := range sample {
		if c == 0 {
			zeros[i%2]++
		}
	}
	pairs := len(sample) / 2
	switch {
	case zeros[1] >= pairs*9/10 && zeros[0] <= pairs/20:
		return unicode.LittleEndian, true
	case zeros[0] >= pairs*9/10 && zeros[1] <= pairs/20:
		return unicode.BigEndian, true
	}
	return unicode.BigEndian, false
}

func firstInvalid(src []byte) int {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(src)
}

// hasMultibyteUTF8 reports a valid UTF-8 sequence of more than one byte:
// Windows-1252 text hardly ever has one by chance, so the text is UTF-8
// with some bytes broken.
func hasMultibyteUTF8(src []byte) bool {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if size > 1 && r != utf8.RuneError {
			return true
		}
		i += size
	}
	return false
}
