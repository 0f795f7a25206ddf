package model

import (
	"github.com/rodedraad/rodedraad/internal/message"
	"strings"
)

// CheckID reports why id is not a valid id. Ids become parts of URLs and
// file names, so they are lowercase slugs: a-z, 0-9 and single hyphens.
func CheckID(id string) error {
	switch {
	case id == "":
		return message.Errorf("an id must not be empty")
	case strings.ContainsAny(id, `/\`):
		return message.Errorf("an id must not contain '/' or '\\'")
	case strings.Contains(id, ".."):
		return message.Errorf("an id must not contain '..'")
	case strings.ToLower(id) != id:
		return message.Errorf("an id must be lowercase")
	}
	for i, part := range strings.Split(id, "-") {
		if part == "" {
			if i == 0 {
				return message.Errorf("an id must start with a letter or digit")
			}
			return message.Errorf("an id must not end with a hyphen or hold two in a row")
		}
		for _, r := range part {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
				return message.Errorf("an id may hold only a-z, 0-9 and hyphens")
			}
		}
	}
	return nil
}
