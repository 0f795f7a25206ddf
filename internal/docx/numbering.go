package docx

import "encoding/xml"

// numbering is which lists are numbered: for each list (numId) and
// level, whether its items carry numbers rather than bullets.
type numbering struct {
	abstractOf map[string]string          // numId → abstractNumId
	numbered   map[string]map[string]bool // abstractNumId → ilvl → numbered
}

func (n numbering) isNumbered(numID, level string) bool {
	return n.numbered[n.abstractOf[numID]][level]
}

func (r *reader) readNumbering() error {
	r.numbering = numbering{abstractOf: map[string]string{}, numbered: map[string]map[string]bool{}}
	data, err := r.part(r.numberingPart)
	if err != nil || data == nil {
		return err
	}
	var abstract, level, num string
	return walk(data, r.numberingPart, func(tok xml.Token, _ int) {
		t, ok := tok.(xml.StartElement)
		if !ok {
			return
		}
		switch t.Name.Local {
		case "abstractNum":
			abstract, num = attr(t, "abstractNumId"), ""
			r.numbering.numbered[abstract] = map[string]bool{}
		case "lvl":
			level = attr(t, "ilvl")
		case "numFmt":
			if levels := r.numbering.numbered[abstract]; levels != nil && num == "" {
				f := attr(t, "val")
				levels[level] = f != "bullet" && f != "none" && f != ""
			}
		case "num":
			num = attr(t, "numId")
		case "abstractNumId":
			if num != "" {
				r.numbering.abstractOf[num] = attr(t, "val")
			}
		}
	})
}
