package schema

import (
	_ "embed"
	"encoding/json"
)

// descriptions.json holds the doc comments of the model's types and
// fields, by 'Type' and 'Type.Field', for editors to show on hover. The
// model's source is not in the binary, so the comments are copied here;
// TestDescriptions fails when they are out of date, and
// `go test ./internal/schema -update` copies them again.
//
//go:embed descriptions.json
var descriptionsJSON []byte

var descriptions = func() map[string]string {
	var m map[string]string
	if err := json.Unmarshal(descriptionsJSON, &m); err != nil {
		panic("schema: descriptions.json: " + err.Error())
	}
	return m
}()
