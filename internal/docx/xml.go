package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
)

// walk calls visit for each start and end element and each run of
// character data of a part, with the depth of the element. Names are
// local: Word writes its own prefixes, strict documents other ones.
func walk(data []byte, name string, visit func(tok xml.Token, depth int)) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			if depth != 0 {
				return malformed(name, io.ErrUnexpectedEOF)
			}
			return nil
		}
		if err != nil {
			return malformed(name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxDepth {
				return malformed(name, errTooDeep)
			}
			visit(t, depth)
		case xml.EndElement:
			visit(t, depth)
			depth--
		case xml.CharData:
			visit(t, depth)
		}
	}
}

// attr is the value of the attribute with the local name, "" if none.
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// on reports whether a toggle such as <w:b/> or <w:b w:val="0"/> is on.
func on(e xml.StartElement) bool {
	switch attr(e, "val") {
	case "0", "false", "off", "none":
		return false
	}
	return true
}
