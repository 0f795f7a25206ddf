package docx

import (
	"encoding/xml"
	"strings"
)

type relation struct {
	id, kind, target string
	external         bool
}

// relations reads a relations part: where the links of a part lead.
func relations(data []byte, name string) ([]relation, error) {
	var out []relation
	err := walk(data, name, func(tok xml.Token, _ int) {
		if e, ok := tok.(xml.StartElement); ok && e.Name.Local == "Relationship" {
			out = append(out, relation{id: attr(e, "Id"), kind: attr(e, "Type"), target: attr(e, "Target"),
				external: strings.EqualFold(attr(e, "TargetMode"), "External")})
		}
	})
	return out, err
}

// readRelations keeps the addresses of the document's hyperlinks, and
// where its styles and numbering are (word/styles.xml and
// word/numbering.xml, as a rule).
func (r *reader) readRelations() error {
	r.links = map[string]string{}
	r.stylesPart, r.numberingPart = partNear(r.mainPart, "styles.xml"), partNear(r.mainPart, "numbering.xml")
	name := relationsOf(r.mainPart)
	data, err := r.part(name)
	if err != nil || data == nil {
		return err
	}
	rels, err := relations(data, name)
	for _, rel := range rels {
		switch {
		case rel.external:
			r.links[rel.id] = rel.target
		case strings.HasSuffix(rel.kind, "/styles"):
			r.stylesPart = partNear(r.mainPart, rel.target)
		case strings.HasSuffix(rel.kind, "/numbering"):
			r.numberingPart = partNear(r.mainPart, rel.target)
		}
	}
	return err
}
