package cards

import (
	"bytes"
	"errors"
	"time"
)

// A deck's PDF carries the date its data knows, to the day, or no date at
// all: not the time of the build, which would make two builds of the same
// data differ, and not a made-up one such as 1970-01-01. fpdf writes a
// CreationDate and a ModDate into every file, the current time when none
// is set, so the renderer gives it a placeholder date, and withDate puts
// the deck's date in its place or drops the entries.

// datePlaceholder is a date no deck has; fpdf takes the zero time for
// 'now', so this is one second later.
var datePlaceholder = time.Date(1, time.January, 1, 0, 0, 1, 0, time.UTC)

// placeholderEntries are the placeholder as fpdf writes it into the
// document information dictionary.
var placeholderEntries = []byte("/CreationDate (D:00010101000001)\n/ModDate (D:00010101000001)\n")

// withDate gives the PDF's information dictionary the date, or no date
// entries when it is zero. The objects after it move, so the
// cross-reference table must be written anew (rewriteXref).
func withDate(pdf []byte, date time.Time) ([]byte, error) {
	// The dictionary comes after the last stream, so the search never
	// looks into compressed data.
	from := max(bytes.LastIndex(pdf, []byte("endstream")), 0)
	at := bytes.Index(pdf[from:], placeholderEntries)
	if at < 0 {
		return nil, errors.New("cards: fpdf wrote the document dates in an unknown form")
	}
	at += from
	var entries []byte
	if !date.IsZero() {
		d := "D:" + date.Format("20060102") // a day: the data knows no time of day
		entries = []byte("/CreationDate (" + d + ")\n/ModDate (" + d + ")\n")
	}
	return append(pdf[:at:at], append(entries, pdf[at+len(placeholderEntries):]...)...), nil
}
