package editions

import (
	"encoding/json"
	"io"
)

// WriteJSON writes the diff as indented JSON. The output is stable: the
// same two editions give the same bytes, lists are in the order of the
// Diff, and an empty list is [] rather than null, so consumers need not
// tell the two apart. Texts are written as they are, without escaping
// <, > and &, since they are not HTML.
func (d Diff) WriteJSON(w io.Writer) error {
	d.Themes = orEmpty(d.Themes)
	d.Questions = orEmpty(d.Questions)
	d.Practice = orEmpty(d.Practice)
	d.Tips = orEmpty(d.Tips)
	d.Sections = orEmpty(d.Sections)
	d.ListItems = orEmpty(d.ListItems)
	d.KeyFigures = orEmpty(d.KeyFigures)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
