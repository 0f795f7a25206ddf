// Package importer turns a plain-text or Markdown export of a factsheet,
// or the Word document it was written in, into the TOML data files of a
// rodedraad project: the factsheet, its edition and one file per theme.
//
// Exports of the same publication differ in small ways: '> ' before
// headings or not, Windows line ends, curled quotes, bullets of any kind,
// sentences broken over lines. The importer reads past all of these, and
// reports every line it could not place instead of dropping it, so that
// nothing of the source is lost without a trace.
package importer

import (
	"github.com/rodedraad/rodedraad/internal/message"
	"slices"

	"github.com/rodedraad/rodedraad/internal/model"
)

// Options control an import.
type Options struct {
	// Name is the input as the user named it, for reports and for the
	// comment at the top of each file.
	Name string
	// Factsheet and Edition are the ids to use; empty, they come from
	// the title and from a year range in the subtitle.
	Factsheet, Edition string
}

// ErrNoTheme is returned for a text that is none of the shapes the
// importer reads, or one in which it found no theme and no part.
var ErrNoTheme = message.Errorf("no theme or section found: import reads a factsheet with a line 'Rode draad' before each theme, " +
	"a building block (first line 'Bouwsteen ...'), a news post (a line 'Bericht geplaatst op ...') " +
	"or a workshop summary (first line 'Terugblik ...' or 'Verslag ...'); if the text is one of these, check that line, or else write the data by hand, starting with 'rodedraad new'")

// MaxThemes is the most themes, and parts besides, one import makes. A
// factsheet has a few dozen at most; a text with thousands of 'Rode draad'
// lines or short title lines is a mistake or an attack, and writing a
// file for each would take minutes.
const MaxThemes = 200

// TooManyThemesError is returned for a text with more than MaxThemes
// themes, or themes and parts together; nothing is written.
type TooManyThemesError struct{ Themes, Parts int }

func (e *TooManyThemesError) Error() string { return e.Message().String() }

// Message says what is wrong and what to do, in either language.
func (e *TooManyThemesError) Message() message.Text {
	if e.Parts > 0 {
		return message.New("%d themes and sections found, and an import makes at most %d: check that each short title line starts a section, or import the text in parts", e.Themes+e.Parts, MaxThemes)
	}
	return message.New("%d themes found, and an import makes at most %d: check that each line 'Rode draad' starts a theme, or import the text in parts", e.Themes, MaxThemes)
}

// Result is an import: what was found, the files to write and what the
// user should check.
type Result struct {
	// Factsheet is the imported factsheet with its one edition and the
	// edition's themes, as the files describe it.
	Factsheet *model.Factsheet
	// Files are the data files, site.toml first, in the order they are
	// written.
	Files []File
	// Unplaced are the non-empty lines that went nowhere, in line order.
	Unplaced []Unplaced
	// Notes are what the user should check or complete, such as
	// placeholders for what the text does not say.
	Notes  []Note
	Counts Counts
	source source
	// written are the paths Write wrote; nil before it ran.
	written []string
}

// File is a data file: its path in the project, with slashes, and its
// content.
type File struct {
	Path string
	Data []byte
}

// Import reads an export of a factsheet, or a Word document (.docx), told
// apart by their bytes, not their names. When the text has no theme it
// returns ErrNoTheme, with the unplaced lines in the result all the same.
func Import(src []byte, opts Options) (*Result, error) {
	for _, id := range []struct {
		what  message.Text
		id    string
		check func(string) error
	}{{message.New("factsheet"), opts.Factsheet, model.CheckFactsheetID}, {message.New("edition"), opts.Edition, model.CheckPageID}} {
		if id.id == "" {
			continue
		}
		if err := id.check(id.id); err != nil {
			return nil, message.Errorf("%s id %q: %s", id.what, id.id, err)
		}
	}
	in, from, err := readSource(src, opts.Name)
	if err != nil {
		return nil, err
	}
	bs, contacts, contactNotes := withoutContactDetails(blocks(splitLines(in.text)))
	var doc *document
	if sh := shapeOf(bs); sh == factsheetShape {
		doc = recognise(bs)
	} else {
		doc = readPublication(bs, sh)
	}
	doc.unplaced = append(doc.unplaced, contacts...)
	doc.notes = append(doc.notes, contactNotes...)
	slices.SortStableFunc(doc.unplaced, func(a, b Unplaced) int { return a.Line - b.Line })
	slices.SortStableFunc(doc.notes, func(a, b Note) int { return a.Line - b.Line })
	for i := range doc.unplaced {
		doc.unplaced[i].Line = from.place(doc.unplaced[i].Line)
	}
	for i := range doc.notes {
		doc.notes[i].Line = from.place(doc.notes[i].Line)
	}
	res := &Result{Unplaced: doc.unplaced, Notes: append(in.notes, doc.notes...), source: from}
	if len(doc.themes) == 0 && len(doc.sections) == 0 {
		res.Counts.Unplaced = len(res.Unplaced)
		return res, ErrNoTheme
	}
	if len(doc.themes)+len(doc.sections) > MaxThemes {
		res.Counts.Unplaced = len(res.Unplaced)
		return res, &TooManyThemesError{Themes: len(doc.themes), Parts: len(doc.sections)}
	}
	b := &builder{doc: doc, source: from}
	res.Factsheet = b.factsheet(opts)
	res.Files = b.files(res.Factsheet)
	res.Notes = append(res.Notes, b.notes...)
	res.Counts = count(res.Factsheet, len(res.Unplaced))
	return res, nil
}
