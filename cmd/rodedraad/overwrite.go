package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// foreignFileError is what a command returns instead of writing over a
// file it did not make. It is the author's to resolve, not a usage error.
type foreignFileError struct{ path, kind string }

func (e *foreignFileError) Error() string {
	return fmt.Sprintf("%s already exists and is not %s that rodedraad made; it is left as it is.\n"+
		"Write to another file or directory, or move that file away first.", e.path, e.kind)
}

// mayOverwrite returns nil when nothing is at path or when what is there
// is what made says this command wrote earlier; otherwise an error that
// says what to do, so that no command replaces a file it did not create.
func mayOverwrite(path, kind string, made func(content []byte) bool) error {
	content, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err == nil && made(content) {
		return nil
	}
	return &foreignFileError{path, kind}
}

// madePDF: a card deck, whose producer rodedraad writes in UTF-16.
func madePDF(content []byte) bool {
	return bytes.HasPrefix(content, []byte("%PDF-")) &&
		(bytes.Contains(content, utf16BE("rodedraad")) || bytes.Contains(content, []byte("(rodedraad)")))
}

func utf16BE(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return b
}

// madeExport: a JSON or CSV export of the questions.
func madeExport(content []byte) bool {
	content = bytes.TrimPrefix(content, []byte("\uFEFF"))
	return bytes.HasPrefix(content, []byte("{\n  \"generated_by\": \"rodedraad\"")) ||
		bytes.HasPrefix(content, []byte("factsheet,factsheet_title,")) || bytes.HasPrefix(content, []byte("factsheet;factsheet_title;"))
}

// madeSchema: a JSON Schema of a data file.
func madeSchema(content []byte) bool {
	return bytes.Contains(content, []byte(`"$schema": "https://json-schema.org/`)) &&
		bytes.Contains(content, []byte(`"title": "rodedraad `))
}
