// Package scaffold starts new content for a rodedraad project: valid,
// commented TOML an author fills in.
package scaffold

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/model"
)

// Edition starts edition id of the factsheet in the project dir as a
// copy of its current edition, which it names as previous. The copy is a
// draft: the preview shows it, a plain build leaves it out, and the
// current edition stays published until the author removes `draft` and
// sets `current` to the new one. It returns the directory it created.
func Edition(dir, factsheet, id string) (string, error) {
	if err := model.CheckPageID(id); err != nil {
		return "", fmt.Errorf("%q is not a valid edition id: %v", id, err)
	}
	site, _ := load.Site(dir)
	sheet := site.Factsheet(factsheet)
	if sheet == nil {
		var ids []string
		for _, f := range site.Factsheets {
			ids = append(ids, f.ID)
		}
		return "", fmt.Errorf("no factsheet %q in %s (there are: %s)", factsheet, filepath.Join(dir, "data", "factsheets"), strings.Join(ids, ", "))
	}
	cur := sheet.Current()
	if cur == nil {
		return "", fmt.Errorf("factsheet %q has no current edition to start from", factsheet)
	}
	sheetDir := filepath.Join(dir, "data", "factsheets", factsheet)
	to := filepath.Join(sheetDir, id)
	if _, err := os.Stat(to); err == nil {
		return "", fmt.Errorf("%s already exists", to)
	}
	if err := os.CopyFS(to, os.DirFS(filepath.Join(sheetDir, cur.ID))); err != nil {
		return "", err
	}
	err := setKeys(filepath.Join(to, "edition.toml"), map[string]string{
		"draft":    draftLine,
		"previous": fmt.Sprintf("previous = %q", cur.ID),
		"date":     "# date = 2026-01-31 (the day the edition is published)",
		"name":     fmt.Sprintf("name = %q", titleOf(id)),
	}, "draft", "previous", "name")
	if err == nil && sheet.CurrentID == "" {
		err = setKeys(filepath.Join(sheetDir, "factsheet.toml"), map[string]string{
			"current": fmt.Sprintf("current = %q", cur.ID),
		}, "current")
	}
	if err != nil {
		os.RemoveAll(to)
		return "", err
	}
	return to, nil
}

// draftLine starts a new edition as a draft, saying so to its authors.
const draftLine = "draft = true  # concept: alleen serve en build --drafts tonen deze editie; haal deze regel weg om haar te publiceren"

// setKeys edits top-level keys of a TOML file in place, keeping its
// comments and layout: each key the file sets gets its line replaced;
// the keys in add that it does not set are added at the top, after the
// opening comment, in the order of add.
func setKeys(path string, lines map[string]string, add ...string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	text := strings.Split(string(src), "\n")
	for key, line := range lines {
		if n := load.KeyLine(src, key); n > 0 {
			text[n-1] = line
		}
	}
	var missing []string
	for _, key := range add {
		if load.KeyLine(src, key) == 0 {
			missing = append(missing, lines[key])
		}
	}
	if len(missing) > 0 {
		top := 0
		for top < len(text) && (strings.HasPrefix(strings.TrimSpace(text[top]), "#") || strings.TrimSpace(text[top]) == "") {
			top++
		}
		text = append(text[:top], append(missing, text[top:]...)...)
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(strings.Join(text, "\n")), info.Mode()&fs.ModePerm)
}
