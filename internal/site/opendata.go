package site

import (
	"bytes"

	"github.com/rodedraad/rodedraad/internal/export"
	"github.com/rodedraad/rodedraad/internal/model"
)

// openData is every reflection question of the site as JSON and CSV, the
// same files 'rodedraad export' writes, published for reuse: files by
// path under static/, and the downloads that link to them.
func openData(s *model.Site) (map[string][]byte, []download, error) {
	rows := export.Questions(s)
	var js, csv bytes.Buffer
	if err := export.WriteJSON(&js, rows); err != nil {
		return nil, nil, err
	}
	if err := export.WriteCSV(&csv, rows, ','); err != nil {
		return nil, nil, err
	}
	files := map[string][]byte{"open-data/vragen.json": js.Bytes(), "open-data/vragen.csv": csv.Bytes()}
	var downloads []download
	for _, f := range []struct{ label, path string }{{"JSON", "open-data/vragen.json"}, {"CSV", "open-data/vragen.csv"}} {
		downloads = append(downloads, download{Label: f.label, Path: "/" + f.path, Size: fileSize(files[f.path])})
	}
	return files, downloads, nil
}
