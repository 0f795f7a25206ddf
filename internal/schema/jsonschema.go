package schema

import (
	"bytes"
	"encoding/json"
)

// Draft is the JSON Schema dialect of the generated schemas.
const Draft = "https://json-schema.org/draft/2020-12/schema"

// Schema is the subset of a JSON Schema that the model needs. Its fields
// are in the order a reader looks for them; Marshal keeps that order.
type Schema struct {
	Schema      string    `json:"$schema,omitempty"`
	Ref         string    `json:"$ref,omitempty"`
	Title       string    `json:"title,omitempty"`
	Description string    `json:"description,omitempty"`
	Type        string    `json:"type,omitempty"`
	Format      string    `json:"format,omitempty"`
	Pattern     string    `json:"pattern,omitempty"`
	MinLength   int       `json:"minLength,omitempty"`
	Enum        []string  `json:"enum,omitempty"`
	AnyOf       []*Schema `json:"anyOf,omitempty"`
	Items       *Schema   `json:"items,omitempty"`
	UniqueItems bool      `json:"uniqueItems,omitempty"`
	// Properties keep the order of the model's fields, which is the order
	// the keys are documented and usually written in.
	Properties           Properties         `json:"properties,omitempty"`
	Required             []string           `json:"required,omitempty"`
	AdditionalProperties *bool              `json:"additionalProperties,omitempty"`
	Defs                 map[string]*Schema `json:"$defs,omitempty"`
}

// Property is one key of an object schema.
type Property struct {
	Name   string
	Schema *Schema
}

// Properties are an object's keys in order. A Go map would come out
// sorted by name.
type Properties []Property

// MarshalJSON writes the properties as one JSON object, in order.
func (ps Properties) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, p := range ps {
		if i > 0 {
			buf.WriteByte(',')
		}
		if err := encode(&buf, p.Name); err != nil {
			return nil, err
		}
		buf.WriteByte(':')
		if err := encode(&buf, p.Schema); err != nil {
			return nil, err
		}
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// Marshal returns the schema as indented JSON with a final newline, the
// same bytes for the same model.
func (s *Schema) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// encode writes v without escaping <, > and &, which descriptions may
// hold and which would read badly in an editor's hover.
func encode(buf *bytes.Buffer, v any) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	buf.Truncate(buf.Len() - 1) // Encode ends with a newline
	return nil
}
