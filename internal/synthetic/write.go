package synthetic

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/rodedraad/rodedraad/internal/model"
)

// WriteProject writes s as a rodedraad project in dir: data/site.toml and,
// per factsheet, factsheet.toml, edition.toml and a file for each theme and
// section, laid out as the README describes. The keys are the model's
// toml tags, as the loader reads them; optional keys that are empty are
// left out.
func WriteProject(s *model.Site, dir string) error {
	w := writer{dir: filepath.Join(dir, "data")}
	w.file("site.toml", s)
	for _, f := range s.Factsheets {
		base := filepath.Join("factsheets", f.ID)
		w.file(filepath.Join(base, "factsheet.toml"), f)
		for _, e := range f.Editions {
			edition := filepath.Join(base, e.ID)
			w.file(filepath.Join(edition, "edition.toml"), e)
			for _, t := range e.Themes {
				w.file(filepath.Join(edition, "themes", t.ID+".toml"), t)
			}
			for _, sec := range e.Sections {
				w.file(filepath.Join(edition, "sections", sec.ID+".toml"), sec)
			}
		}
	}
	return w.err
}

type writer struct {
	dir string
	err error
}

func (w *writer) file(rel string, v any) {
	if w.err != nil {
		return
	}
	var buf bytes.Buffer
	enc := toml.NewEncoder(&buf)
	enc.Indent = ""
	if err := enc.Encode(table(reflect.ValueOf(v))); err != nil {
		w.err = fmt.Errorf("%s: %w", rel, err)
		return
	}
	path := filepath.Join(w.dir, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		w.err = err
		return
	}
	w.err = os.WriteFile(path, buf.Bytes(), 0o644)
}

// table is a struct of the model as the TOML table it is read from: a key
// per toml tag, left out when empty unless the model requires it.
func table(v reflect.Value) map[string]any {
	v = reflect.Indirect(v)
	out := map[string]any{}
	for _, f := range reflect.VisibleFields(v.Type()) {
		key := f.Tag.Get("toml")
		if key == "" || key == "-" || !f.IsExported() {
			continue // filled by the loader
		}
		field := v.FieldByIndex(f.Index)
		if field.IsZero() && f.Tag.Get("rd") != "required" {
			continue
		}
		out[key] = value(field)
	}
	return out
}

var timeType = reflect.TypeFor[time.Time]()

func value(v reflect.Value) any {
	switch {
	case v.Type() == timeType:
		return localDate(v.Interface().(time.Time))
	case v.Kind() == reflect.Struct || v.Kind() == reflect.Pointer:
		return table(v)
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Struct:
		tables := make([]map[string]any, v.Len())
		for i := range tables {
			tables[i] = table(v.Index(i))
		}
		return tables
	}
	return v.Interface()
}

// localDate is written as a TOML local date, such as 2022-11-02.
type localDate time.Time

func (d localDate) MarshalTOML() ([]byte, error) {
	return []byte(time.Time(d).Format(time.DateOnly)), nil
}
