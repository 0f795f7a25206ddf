package docx

import (
	"encoding/xml"
	"regexp"
	"strconv"
	"strings"
)

// style is what the reader needs of a paragraph or character style.
type style struct {
	name, basedOn string
	outline       int // outline level + 1, as a heading's level; 0 for none
	numID, level  string
	hasNum        bool
	bold, italic  bool
	hasBold       bool
	hasItalic     bool
}

// headingName matches the names of heading styles. Word stores the
// built-in names in English ('heading 1', 'Title') whatever the
// language of its menus; the ids are translated ('Kop1' in Dutch Word,
// 'berschrift1' in German), and documents from other programs may only
// have those.
var headingName = regexp.MustCompile(`(?i)^(?:heading|kop|berschrift|titre|titolo|encabezado|otsikko|rubrik)\s*([1-9])$`)

var titleName = regexp.MustCompile(`(?i)^(?:title|titel|titre|titolo|título)$`)

func (r *reader) readStyles() error {
	r.styles = map[string]*style{}
	data, err := r.part(r.stylesPart)
	if err != nil || data == nil {
		return err
	}
	var cur *style
	var inPPr, inRPr, inNumPr bool
	return walk(data, r.stylesPart, func(tok xml.Token, _ int) {
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "style":
				cur = &style{}
				r.styles[attr(t, "styleId")] = cur
			case "pPr":
				inPPr = true
			case "rPr":
				inRPr = true
			case "numPr":
				inNumPr = true
			}
			if cur == nil {
				return
			}
			switch t.Name.Local {
			case "name":
				cur.name = attr(t, "val")
			case "basedOn":
				cur.basedOn = attr(t, "val")
			case "outlineLvl":
				if n, err := strconv.Atoi(attr(t, "val")); err == nil && inPPr && n >= 0 && n < 9 {
					cur.outline = n + 1
				}
			case "numId":
				if inNumPr {
					cur.numID, cur.hasNum = attr(t, "val"), true
				}
			case "ilvl":
				if inNumPr {
					cur.level = attr(t, "val")
				}
			case "b":
				if inRPr {
					cur.bold, cur.hasBold = on(t), true
				}
			case "i":
				if inRPr {
					cur.italic, cur.hasItalic = on(t), true
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "style":
				cur = nil
			case "pPr":
				inPPr = false
			case "rPr":
				inRPr = false
			case "numPr":
				inNumPr = false
			}
		}
	})
}

// chain is a style and the styles it is based on, nearest first; a loop
// in the chain, which Word would not write, ends it.
func (r *reader) chain(id string) []*style {
	var out []*style
	seen := map[string]bool{}
	for id != "" && !seen[id] && len(out) < 32 {
		seen[id] = true
		s := r.styles[id]
		if s == nil {
			break
		}
		out = append(out, s)
		id = s.basedOn
	}
	return out
}

// headingLevel is the level of a paragraph style that is a heading, 0
// for one that is not.
func (r *reader) headingLevel(id string) int {
	if m := headingName.FindStringSubmatch(id); m != nil {
		return int(m[1][0] - '0')
	}
	if titleName.MatchString(id) {
		return 1
	}
	for _, s := range r.chain(id) {
		name := strings.TrimSpace(s.name)
		if m := headingName.FindStringSubmatch(name); m != nil {
			return int(m[1][0] - '0')
		}
		if titleName.MatchString(name) {
			return 1
		}
		if s.outline > 0 {
			return s.outline
		}
	}
	return 0
}

// styleNumbering is the list a paragraph style puts its paragraphs in,
// as Word's 'List Bullet' style does.
func (r *reader) styleNumbering(id string) (numID, level string, ok bool) {
	for _, s := range r.chain(id) {
		if s.hasNum {
			return s.numID, s.level, true
		}
	}
	return "", "", false
}

// styleEmphasis is the bold and italic a character style gives, as
// Word's 'Strong' and 'Emphasis' do.
func (r *reader) styleEmphasis(id string) (bold, italic bool) {
	var boldSet, italicSet bool
	for _, s := range r.chain(id) {
		if s.hasBold && !boldSet {
			bold, boldSet = s.bold, true
		}
		if s.hasItalic && !italicSet {
			italic, italicSet = s.italic, true
		}
	}
	return bold, italic
}
