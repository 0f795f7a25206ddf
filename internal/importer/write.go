package importer

import (
	"errors"
	"github.com/rodedraad/rodedraad/internal/message"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// ExistingError is the refusal to replace files that exist.
type ExistingError struct {
	Paths []string // as they are on disk
}

func (e *ExistingError) Error() string { return e.Message().String() }

// Message names the files, in either language.
func (e *ExistingError) Message() message.Text {
	return message.New("these files exist already:\n  %s", strings.Join(e.Paths, "\n  "))
}

// Write writes the files into the project in dir and returns their paths
// on disk. A site.toml that exists is kept, since it holds the settings of
// every factsheet. Any other existing file is replaced only when force is
// set; otherwise Write writes nothing and returns an *ExistingError, so
// an import never half-overwrites a project.
//
// With force, a theme or section file that an earlier import made in the
// same edition and this one does not write is removed, and returned in
// removed: the edition no longer lists it. Files written by hand are
// kept.
func (r *Result) Write(dir string, force bool) (written, removed []string, err error) {
	var todo []File
	var existing []string
	for _, f := range r.Files {
		path := filepath.Join(dir, filepath.FromSlash(f.Path))
		_, err := os.Stat(path)
		switch {
		case err == nil && f.Path == sitePath:
			continue
		case err == nil && !force:
			existing = append(existing, path)
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return nil, nil, err
		}
		todo = append(todo, f)
	}
	if len(existing) > 0 {
		return nil, nil, &ExistingError{Paths: existing}
	}
	written = []string{}
	r.written = []string{}
	for _, f := range todo {
		path := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return written, nil, err
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return written, nil, err
		}
		written = append(written, path)
		r.written = append(r.written, f.Path)
	}
	if force {
		removed, err = r.removeEarlierThemes(dir)
	}
	return written, removed, err
}

// removeEarlierThemes removes the theme and section files of the written
// editions that an import made and this import did not write.
func (r *Result) removeEarlierThemes(dir string) ([]string, error) {
	ours := map[string]bool{}
	themeDirs := map[string]bool{}
	for _, f := range r.Files {
		ours[f.Path] = true
		if d := path.Dir(f.Path); path.Base(d) == "themes" || path.Base(d) == "sections" {
			themeDirs[d] = true
		}
	}
	var removed []string
	for _, d := range slices.Sorted(maps.Keys(themeDirs)) {
		entries, err := os.ReadDir(filepath.Join(dir, filepath.FromSlash(d)))
		if err != nil {
			return removed, err
		}
		for _, e := range entries {
			rel := d + "/" + e.Name()
			if ours[rel] || !strings.HasSuffix(e.Name(), ".toml") {
				continue
			}
			file := filepath.Join(dir, filepath.FromSlash(rel))
			data, err := os.ReadFile(file)
			if err != nil {
				return removed, err
			}
			if !strings.HasPrefix(string(data), "# "+importedBy) {
				continue
			}
			if err := os.Remove(file); err != nil {
				return removed, err
			}
			removed = append(removed, file)
		}
	}
	return removed, nil
}
