package load

import (
	"fmt"
	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/model"
	"reflect"
	"slices"
	"strings"
	"time"
)

// shorthand is a table type that may also be written as a plain string.
type shorthand interface{ SetShorthand(string) }

var shorthandType = reflect.TypeFor[shorthand]()

// bind copies a decoded TOML value into a model value, reporting every
// wrong type, unknown key and missing required key instead of stopping at
// the first, as toml.Decode does.
func (f *file) bind(v any, rv reflect.Value, path string) {
	if rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			rv.Set(reflect.New(rv.Type().Elem()))
		}
		rv = rv.Elem()
	}
	if rv.Type() == reflect.TypeFor[time.Time]() {
		t, ok := v.(time.Time)
		if !ok || !isLocalDate(t) {
			f.unboundf(path, "must be a date such as 2024-05-19, not %s", describe(v))
			return
		}
		// A date has no time zone: keep it the same on every machine.
		rv.Set(reflect.ValueOf(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)))
		return
	}
	switch rv.Kind() {
	case reflect.Struct:
		if s, ok := v.(string); ok && reflect.PointerTo(rv.Type()).Implements(shorthandType) {
			rv.Addr().Interface().(shorthand).SetShorthand(s)
			return
		}
		table, ok := v.(map[string]any)
		if !ok {
			f.unboundf(path, "must be a table, not %s", describe(v))
			return
		}
		f.bindTable(table, rv, path)
	case reflect.Slice:
		items := reflect.ValueOf(v)
		if items.Kind() != reflect.Slice {
			f.unboundf(path, "must be an array, not %s", describe(v))
			return
		}
		out := reflect.MakeSlice(rv.Type(), items.Len(), items.Len())
		for i := range items.Len() {
			f.bind(items.Index(i).Interface(), out.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
		rv.Set(out)
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			f.unboundf(path, "must be a string, not %s", describe(v))
			return
		}
		rv.SetString(s)
		f.checkContent(path, s, isMarkdown(rv.Addr().Interface()))
		f.checkMarkdown(path, s, rv.Addr().Interface())
	case reflect.Float64:
		switch n := v.(type) {
		case int64:
			rv.SetFloat(float64(n))
		case float64:
			rv.SetFloat(n)
		default:
			f.unboundf(path, "must be a number, not %s", describe(v))
		}
	case reflect.Bool:
		b, ok := v.(bool)
		if !ok {
			f.unboundf(path, "must be true or false, not %s", describe(v))
			return
		}
		rv.SetBool(b)
	default:
		panic("load: no binding for " + rv.Type().String())
	}
}

func (f *file) bindTable(table map[string]any, rv reflect.Value, path string) {
	fields := tomlFields(rv.Type())
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	// Report in the order the keys stand in the file.
	slices.SortFunc(keys, func(a, b string) int {
		pa, pb := f.locs.find(join(path, a)), f.locs.find(join(path, b))
		if pa.Line != pb.Line {
			return pa.Line - pb.Line
		}
		return pa.Col - pb.Col
	})
	// A misspelt required key is one mistake, not two: it is reported as
	// the misspelling, with the key it should be.
	misspelt := map[string]bool{}
	for _, k := range keys {
		if _, ok := fields[k]; ok {
			continue
		}
		meant := model.Nearest(k, fieldNames(fields))
		if _, present := table[meant]; meant != "" && !present && fields[meant].Tag.Get("rd") == "required" {
			misspelt[meant] = true
			f.errorf(join(path, k), "unknown key: did you mean %q? That key is required", meant)
			continue
		}
		if header := f.blockHeader(join(path, k), k, table[k]); header != "" {
			// The header names the block itself: no place before it.
			f.report(Error, f.locs.find(join(path, k)), path, message.New("unknown block %s%s", header, blockSuggestion(k, table[k], fieldNames(fields))))
			continue
		}
		f.errorf(join(path, k), "unknown key%s", suggestion(k, fieldNames(fields)))
	}
	for _, k := range keys {
		if field, ok := fields[k]; ok {
			f.bind(table[k], rv.FieldByIndex(field.Index), join(path, k))
		}
	}
	for _, name := range fieldNames(fields) {
		field := fields[name]
		if field.Tag.Get("rd") != "required" {
			continue
		}
		v, present := table[name]
		switch {
		case !present && !misspelt[name]:
			f.errorf(path, "missing required key %q: add a line %s = …", name, name)
			f.unbound[join(path, name)] = true
		case !present:
			f.unbound[join(path, name)] = true
		case isBlank(v):
			f.unboundf(join(path, name), "must not be empty")
		}
	}
}

// blockHeader is how the file writes key, at path, when it starts a block
// of its own, [key] or [[key]], and "" otherwise: an author sees a
// misspelt [[practise]] as a block, not as a key.
func (f *file) blockHeader(path, key string, v any) string {
	if at, ok := f.locs.at[path]; !ok || at >= len(f.src) || f.src[at] != '[' {
		return ""
	}
	return header(key, v)
}

func header(key string, v any) string {
	switch v.(type) {
	case map[string]any:
		return "[" + key + "]"
	case []map[string]any:
		return "[[" + key + "]]"
	}
	return ""
}

// blockSuggestion is suggestion for a misspelt block, in its brackets.
func blockSuggestion(key string, v any, candidates []string) message.Text {
	if best := model.Nearest(key, candidates); best != "" {
		return message.New(" (did you mean %s?)", header(best, v))
	}
	return message.Text{}
}

func isBlank(v any) bool {
	s, ok := v.(string)
	return ok && strings.TrimSpace(s) == ""
}

// tomlFields returns the struct's fields by TOML key, leaving out the
// fields the loader fills itself.
func tomlFields(t reflect.Type) map[string]reflect.StructField {
	fields := map[string]reflect.StructField{}
	for _, field := range reflect.VisibleFields(t) {
		name := field.Tag.Get("toml")
		if name == "" || name == "-" || !field.IsExported() {
			continue
		}
		fields[name] = field
	}
	return fields
}

func fieldNames(fields map[string]reflect.StructField) []string {
	names := make([]string, 0, len(fields))
	for name := range fields {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// describe names the TOML type of a decoded value, for messages.
func describe(v any) message.Text {
	switch v := v.(type) {
	case string:
		return message.New("a string")
	case int64:
		return message.New("an integer")
	case float64:
		return message.New("a number with a fraction")
	case bool:
		return message.New("a boolean")
	case time.Time:
		if isLocalDate(v) {
			return message.New("a date")
		}
		return message.New("a date with a time")
	case map[string]any:
		return message.New("a table")
	default:
		if reflect.ValueOf(v).Kind() == reflect.Slice {
			return message.New("an array")
		}
		return message.Verbatim(fmt.Sprintf("%T", v))
	}
}

// isLocalDate tells a TOML date (2024-05-19) from a date with a time;
// BurntSushi/toml marks it with a time zone of this name.
func isLocalDate(t time.Time) bool { return t.Location().String() == "date-local" }
