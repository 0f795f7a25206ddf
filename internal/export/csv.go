package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Header is the first row of the CSV export: the JSON names of Row.
var Header = []string{
	"factsheet", "factsheet_title", "edition", "edition_label", "current",
	"kind", "part", "part_title", "id", "position", "text", "sub",
	"audience", "level", "level_label", "path",
}

// SubSeparator joins the sub-questions of a question into one CSV field.
const SubSeparator = " | "

// bom makes Excel read the file as UTF-8; without it, Excel takes the
// system's code page and garbles ë, é, ĳ and curly quotes.
const bom = "\uFEFF"

// WriteCSV writes the rows as CSV (RFC 4180: fields quoted where needed,
// CRLF line ends) in UTF-8 with a byte order mark, with Header first.
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
			r.Audience, r.Level, r.LevelLabel, r.Path,
		}
		if err := cw.Write(record); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
