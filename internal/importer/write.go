package importer

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ExistingError is the refusal to replace files that exist.
type ExistingError struct {
	Paths []string // as they are on disk
}

func (e *ExistingError) Error() string {
	return "these files exist already:\n  " + strings.Join(e.Paths, "\n  ")
}

// Write writes the files into the project in dir and returns their paths
// on disk. A site.toml that exists is kept, since it holds the settings of
// every factsheet. Any other existing file is replaced only when force is
// set; otherwise Write writes nothing and returns an *ExistingError, so
// an import never half-overwrites a project.
func (r *Result) Write(dir string, force bool) ([]string, error) {
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
			return nil, err
		}
		todo = append(todo, f)
	}
	if len(existing) > 0 {
		return nil, &ExistingError{Paths: existing}
	}
	written := []string{}
	r.written = []string{}
	for _, f := range todo {
		path := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return written, err
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return written, err
		}
		written = append(written, path)
		r.written = append(r.written, f.Path)
	}
	return written, nil
}
