package export

import (
	"encoding/json"
	"io"
)

// document is the JSON export: named, so that a reader of the open data
// can tell where it comes from.
type document struct {
	GeneratedBy string `json:"generated_by"`
	Questions   []Row  `json:"questions"`
}

// WriteJSON writes the rows as an indented JSON document,
// {"generated_by": "rodedraad", "questions": [...]}. The same rows give
// the same bytes, so a published file only changes with the data.
func WriteJSON(w io.Writer, rows []Row) error {
	if rows == nil {
		rows = []Row{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Texts are data, not HTML: keep '&', '<' and '>' readable.
	enc.SetEscapeHTML(false)
	return enc.Encode(document{GeneratedBy: "rodedraad", Questions: rows})
}
