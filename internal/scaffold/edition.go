// Package scaffold starts new content for a rodedraad project: valid,
// commented TOML an author fills in.
package scaffold

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/model"
)

// Edition starts edition id of the factsheet in the project dir as a
// copy of its current edition, which it names as previous. The current
// edition stays published until the author sets `current` to the new
// one. It returns the directory it created.
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
		"previous": fmt.Sprintf("previous = %q", cur.ID),
		"date":     "# date = 2026-01-31 (the day the edition is published)",
		"name":     fmt.Sprintf("name = %q", id),
	}, "previous")
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

// setKeys edits top-level keys of a TOML file in place, keeping its
// comments and layout: each key the file sets gets its line replaced;
// the keys in add that it does not set are added at the top, after the
// opening comment.
func setKeys(path string, lines map[string]string, add ...string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	text := strings.Split(string(src), "\n")
	var missing []string
	for key, line := range lines {
		if n := load.KeyLine(src, key); n > 0 {
			text[n-1] = line
		} else if slices.Contains(add, key) {
			missing = append(missing, line)
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
