package scaffold

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/model"
)

// Theme adds theme id to an edition, given as 'factsheet' (its current
// edition) or 'factsheet/edition': a commented theme file, listed last in
// the edition's themes. It returns the theme file.
func Theme(dir, ref, id, title string) (string, error) {
	if err := model.CheckPageID(id); err != nil {
		return "", fmt.Errorf("%q is not a valid theme id: %v", id, err)
	}
	site, _ := load.Site(dir)
	factsheet, edition, _ := strings.Cut(ref, "/")
	sheet := site.Factsheet(factsheet)
	if sheet == nil {
		return "", fmt.Errorf("no factsheet %q", factsheet)
	}
	e := sheet.Current()
	if edition != "" {
		e = sheet.Edition(edition)
	}
	if e == nil {
		return "", fmt.Errorf("no edition %q in factsheet %q", edition, factsheet)
	}
	if title == "" {
		title = titleOf(id)
	}
	editionDir := filepath.Join(dir, "data", "factsheets", sheet.ID, e.ID)
	name := filepath.Join(editionDir, "themes", id+".toml")
	if _, err := os.Stat(name); err == nil {
		return "", fmt.Errorf("%s already exists", name)
	}
	if err := appendToList(filepath.Join(editionDir, "edition.toml"), "themes", id); err != nil {
		return "", err
	}
	return name, writeNew(name, themeText(id, title))
}

// appendToList adds an id at the end of a top-level array of strings in a
// TOML file, keeping the file's layout; ids hold no brackets or quotes, so
// the array ends at the first ']' after the key.
func appendToList(path, key, id string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	quoted := fmt.Sprintf("%q", id)
	line := load.KeyLine(src, key)
	if line == 0 {
		return setKeys(path, map[string]string{key: fmt.Sprintf("%s = [%s]", key, quoted)}, key)
	}
	start := 0
	for range line - 1 {
		start += strings.IndexByte(string(src[start:]), '\n') + 1
	}
	text := string(src)
	open := start + strings.IndexByte(text[start:], '[')
	end := open + strings.IndexByte(text[open:], ']')
	if open < start || end < open {
		return fmt.Errorf("%s: %s is not a list on one or more lines", path, key)
	}
	body := text[open+1 : end]
	kept := strings.TrimRight(body, " \t\r\n")
	sep := ", "
	switch {
	case strings.TrimSpace(kept) == "":
		sep = ""
	case strings.HasSuffix(kept, ","):
		sep = " "
	}
	text = text[:open+1] + kept + sep + quoted + body[len(kept):] + text[end:]
	return os.WriteFile(path, []byte(text), 0o644)
}
