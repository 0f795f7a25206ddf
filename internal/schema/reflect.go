package schema

import (
	"reflect"
	"time"

	"github.com/rodedraad/rodedraad/internal/model"
)

// shorthand is a table type that may also be written as a plain string,
// as the loader accepts it (see load.bind).
type shorthand interface{ SetShorthand(string) }

var (
	shorthandType = reflect.TypeFor[shorthand]()
	timeType      = reflect.TypeFor[time.Time]()
	colourType    = reflect.TypeFor[model.Colour]()
	modelPkg      = reflect.TypeFor[model.Site]().PkgPath()
)

// enums are the string types whose values the model lists.
var enums = map[reflect.Type][]string{
	reflect.TypeFor[model.Audience](): stringsOf(model.Audiences),
	reflect.TypeFor[model.ListKind](): stringsOf(model.ListKinds),
}

// fieldRules refine fields whose Go type says too little: a plain
// []string whose values the model nonetheless restricts.
var fieldRules = map[string]func(*Schema){
	"Site.Languages": func(s *Schema) {
		s.Items.Enum = model.SupportedLanguages
		s.UniqueItems = true // the loader reports a language listed twice
	},
}

const (
	// idPattern is model.CheckID as a regular expression: every `id` key
	// holds a lowercase slug, since ids end up in URLs.
	idPattern = `^[a-z0-9]+(-[a-z0-9]+)*$`
	// colourPattern is what model.ParseColour accepts.
	colourPattern = `^#[0-9a-fA-F]{6}$`
)

func stringsOf[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}

// generator builds one file's schema. Struct types other than the file's
// own go into $defs once and are referred to, so that a Question or a
// Quote reads the same wherever it appears.
type generator struct {
	defs map[string]*Schema
	// looked up records the description keys asked for, so that a test
	// can keep descriptions.json to what the schemas use.
	lookedUp map[string]bool
}

// describe returns the description of a model type ('Question') or field
// ('Question.Sub').
func (g *generator) describe(key string) string {
	if g.lookedUp != nil {
		g.lookedUp[key] = true
	}
	return descriptions[key]
}

// object is the schema of a table that binds to the struct type t: the
// keys of its toml tags and nothing else, as the loader reports unknown
// keys as errors.
func (g *generator) object(t reflect.Type) *Schema {
	s := &Schema{Type: "object", Description: g.describe(t.Name())}
	for _, f := range reflect.VisibleFields(t) {
		key := f.Tag.Get("toml")
		if key == "" || key == "-" || !f.IsExported() {
			continue // filled by the loader, not read from the file
		}
		required := f.Tag.Get("rd") == "required"
		s.Properties = append(s.Properties, Property{Name: key, Schema: g.field(t, f, key, required)})
		if required {
			s.Required = append(s.Required, key)
		}
	}
	no := false
	s.AdditionalProperties = &no
	return s
}

// field is the schema of one key of a table.
func (g *generator) field(owner reflect.Type, f reflect.StructField, key string, required bool) *Schema {
	s := g.value(f.Type)
	if rule := fieldRules[owner.Name()+"."+f.Name]; rule != nil {
		rule(s)
	}
	if s.Type == "string" {
		if key == "id" {
			s.Pattern = idPattern
		}
		if required && s.Pattern == "" {
			s.MinLength = 1 // the loader rejects a required text left empty
		}
	}
	s.Description = join(g.describe(owner.Name()+"."+f.Name), s.Description)
	return s
}

// value is the schema of a TOML value that binds to type t. It returns a
// new schema on every call, so that callers may refine it.
func (g *generator) value(t reflect.Type) *Schema {
	switch {
	case t == timeType:
		// JSON has no dates: Taplo and other TOML tools validate a TOML
		// date as a string of format "date". The loader accepts dates
		// only, so date-times and times are left out on purpose.
		return &Schema{Type: "string", Format: "date",
			Description: "A date such as 2024-05-19, written without quotes."}
	case t.Kind() == reflect.Pointer:
		return g.value(t.Elem())
	case t.Kind() == reflect.Struct:
		ref := g.def(t)
		if reflect.PointerTo(t).Implements(shorthandType) {
			return &Schema{AnyOf: []*Schema{
				{Type: "string", Description: "Short for a table with only `text`."},
				ref,
			}}
		}
		return ref
	case t.Kind() == reflect.Slice:
		return &Schema{Type: "array", Items: g.value(t.Elem())}
	}

	var s *Schema
	switch t.Kind() {
	case reflect.String:
		s = &Schema{Type: "string", Enum: enums[t]}
		if t == colourType {
			s.Pattern = colourPattern
		}
	case reflect.Float32, reflect.Float64:
		s = &Schema{Type: "number"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		s = &Schema{Type: "integer"}
	case reflect.Bool:
		s = &Schema{Type: "boolean"}
	default:
		// The loader panics on such a field too: the model must not
		// have one.
		panic("schema: no JSON Schema for " + t.String())
	}
	if t.PkgPath() == modelPkg {
		// Named types such as Inline and Markdown say what a text may hold.
		s.Description = g.describe(t.Name())
	}
	return s
}

// def adds the struct type t to $defs, once, and refers to it.
func (g *generator) def(t reflect.Type) *Schema {
	name := t.Name()
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = nil // mark it first, so a type that holds itself ends
		g.defs[name] = g.object(t)
	}
	return &Schema{Ref: "#/$defs/" + name}
}

// join puts a field's own description before that of its type.
func join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n\n" + b
}
