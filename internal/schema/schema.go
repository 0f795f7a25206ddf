// Package schema derives JSON Schemas for the data files from the content
// model, so that editors such as VS Code with Even Better TOML (Taplo) can
// complete keys and flag mistakes while someone types.
//
// The schemas are made by reflection over internal/model, the same struct
// tags the loader reads, so they cannot drift from what `rodedraad check`
// accepts. They catch what a schema can: unknown and missing keys, wrong
// types, empty required texts, malformed ids and colours, and unknown
// audiences, list kinds and languages. Checks across files, such as whether
// a tag or theme exists, remain for `rodedraad check`.
package schema

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
)

// Kind is a kind of data file.
type Kind string

// The kinds of data file.
const (
	Site      Kind = "site"
	Factsheet Kind = "factsheet"
	Edition   Kind = "edition"
	Theme     Kind = "theme"
	Section   Kind = "section"
)

// Kinds are all kinds of data file, from the top of data/ down.
var Kinds = []Kind{Site, Factsheet, Edition, Theme, Section}

// kinds maps each kind to the model type its files decode into.
var kinds = map[Kind]reflect.Type{
	Site:      reflect.TypeFor[model.Site](),
	Factsheet: reflect.TypeFor[model.Factsheet](),
	Edition:   reflect.TypeFor[model.Edition](),
	Theme:     reflect.TypeFor[model.Theme](),
	Section:   reflect.TypeFor[model.Section](),
}

// patterns are where the files of each kind are, relative to the project.
var patterns = map[Kind]string{
	Site:      "data/site.toml",
	Factsheet: "data/factsheets/*/factsheet.toml",
	Edition:   "data/factsheets/*/*/edition.toml",
	Theme:     "data/factsheets/*/*/themes/*.toml",
	Section:   "data/factsheets/*/*/sections/*.toml",
}

// ParseKind returns the kind named s.
func ParseKind(s string) (Kind, error) {
	if _, ok := kinds[Kind(s)]; ok {
		return Kind(s), nil
	}
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = string(k)
	}
	return "", fmt.Errorf("unknown kind %q: use %s", s, strings.Join(names, ", "))
}

// FileName is the name the schema of k is written under, such as
// 'theme.schema.json'.
func (k Kind) FileName() string { return string(k) + ".schema.json" }

// Pattern is the glob, relative to the project directory, of the files of
// kind k, such as 'data/factsheets/*/*/themes/*.toml'.
func (k Kind) Pattern() string { return patterns[k] }

// For returns the schema of the files of kind k. It panics on a kind that
// is not one of Kinds; use ParseKind for user input.
func For(k Kind) *Schema { return generate(k, nil) }

func generate(k Kind, lookedUp map[string]bool) *Schema {
	t, ok := kinds[k]
	if !ok {
		panic("schema: unknown kind " + string(k))
	}
	g := &generator{defs: map[string]*Schema{}, lookedUp: lookedUp}
	s := g.object(t)
	s.Schema = Draft
	s.Title = "rodedraad " + string(k) + " file (" + k.Pattern() + ")"
	if len(g.defs) > 0 {
		s.Defs = g.defs
	}
	return s
}
