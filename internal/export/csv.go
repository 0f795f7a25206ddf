package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Header is the first row of the CSV export: the JSON names of Row. A
// column added later comes last, so that a spreadsheet made for the
// columns before it keeps working.
var Header = []string{
	"factsheet", "factsheet_title", "edition", "edition_label", "current",
	"kind", "part", "part_title", "id", "position", "text", "sub",
	"audience", "level", "level_label", "path", "draft",
}

// SubSeparator joins the sub-questions of a question into one CSV field.
const SubSeparator = " | "

// bom makes Excel read the file as UTF-8; without it, Excel takes the
// system's code page and garbles ë, é, ĳ and curly quotes.
const bom = "\uFEFF"

// WriteCSV writes the rows as CSV (RFC 4180: fields quoted where needed,
// CRLF line ends) in UTF-8 with a byte order mark, with Header first.
// A field a spreadsheet would take for a formula gets a leading ' (see
// neutralise); the JSON export keeps the texts as they are.
// sep is ',' or ';': Excel in a Dutch locale splits on ';' when it opens
// a file with a double click.
func WriteCSV(w io.Writer, rows []Row, sep rune) error {
	if sep != ',' && sep != ';' {
		return fmt.Errorf("the CSV separator must be ',' or ';', not %q", sep)
	}
	if _, err := io.WriteString(w, bom); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = sep
	cw.UseCRLF = true
	if err := cw.Write(Header); err != nil {
		return err
	}
	for _, r := range rows {
		record := []string{
			r.Factsheet, r.FactsheetTitle, r.Edition, r.EditionLabel, strconv.FormatBool(r.Current),
			r.Kind, r.Part, r.PartTitle, r.ID, strconv.Itoa(r.Position), r.Text, strings.Join(r.Sub, SubSeparator),
			r.Audience, r.Level, r.LevelLabel, r.Path, strconv.FormatBool(r.Draft),
		}
		for i := range record {
			record[i] = neutralise(record[i])
		}
		if err := cw.Write(record); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// formulaStarts are the characters with which Excel, LibreOffice Calc and
// Google Sheets start a formula (OWASP, CSV Injection), with their
// full-width forms, which a Japanese or Chinese Excel also accepts.
const formulaStarts = "=+-@＝＋－＠"

// neutralise puts a single quote before a field that a spreadsheet would
// evaluate, as OWASP recommends: one that starts with =, +, -, @, a tab,
// a carriage return or a NUL, also after leading spaces or line breaks,
// which spreadsheets skip. A spreadsheet shows the field as text; a CSV
// reader gets the quote with it. This includes a number such as -3:
// OWASP prefixes it too, since "-3+HYPERLINK(...)" starts the same way,
// and no field of the export is a negative number.
func neutralise(field string) string {
	first, _ := utf8.DecodeRuneInString(field)
	if first == '\t' || first == '\r' || first == 0 {
		return "'" + field
	}
	start, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(field, unicode.IsSpace))
	if strings.ContainsRune(formulaStarts, start) {
		return "'" + field
	}
	return field
}
