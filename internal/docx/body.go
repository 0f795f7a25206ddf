package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// reader reads one document: its parts, and what the styles, lists and
// relations say about the text of the body.
type reader struct {
	archive
	mainPart, stylesPart, numberingPart string
	styles                              map[string]*style
	numbering                           numbering
	links                               map[string]string // relation id → web address
}

// paragraph is a paragraph being read.
type paragraph struct {
	style         string
	numID, level  string
	hasNum        bool
	outline       int // a direct outline level + 1; 0 for none
	segments      []segment
	inPPr, inRPr  bool
	bold, italic  bool // of the run being read, set directly
	boldSet       bool
	italicSet     bool
	runStyle      string
	hidden        bool
	hasDirectNum  bool
	directNumSkip bool // <w:numId w:val="0"/>: no list, whatever the style says
}

// segment is a piece of text with one look.
type segment struct {
	text         string
	bold, italic bool
	url          string
}

// field is a Word field (a HYPERLINK field, for one): its instruction
// first, then its result, which is the text shown.
type field struct {
	instr  strings.Builder
	result bool
	url    string
}

// The elements whose content is no text of the document: deleted
// revisions, the fallback copy of a drawing, and the like.
var skipped = map[string]bool{"del": true, "moveFrom": true, "Fallback": true, "delInstrText": true,
	"footnoteReference": true, "endnoteReference": true, "commentReference": true}

func (r *reader) readBody(data []byte) (*Document, error) {
	doc := &Document{}
	var (
		names     []string
		paras     []*paragraph
		links     []string // hyperlink elements open, their addresses
		fields    []*field
		skipDepth int
		counters  = map[string][]int{}
	)
	current := func() *paragraph {
		if len(paras) == 0 {
			return nil
		}
		return paras[len(paras)-1]
	}
	inFieldInstruction := func() bool {
		for _, f := range fields {
			if !f.result {
				return true
			}
		}
		return false
	}
	url := func() string {
		for i := len(fields) - 1; i >= 0; i-- {
			if fields[i].url != "" {
				return fields[i].url
			}
		}
		for i := len(links) - 1; i >= 0; i-- {
			if links[i] != "" {
				return links[i]
			}
		}
		return ""
	}
	add := func(s string) {
		p := current()
		if p == nil || p.hidden || inFieldInstruction() {
			return
		}
		bold, italic := r.styleEmphasis(p.runStyle)
		if p.boldSet {
			bold = p.bold
		}
		if p.italicSet {
			italic = p.italic
		}
		p.segments = append(p.segments, segment{text: s, bold: bold, italic: italic, url: url()})
	}
	err := walk(data, r.mainPart, func(tok xml.Token, depth int) {
		switch t := tok.(type) {
		case xml.StartElement:
			names = append(names, t.Name.Local)
			if skipDepth > 0 {
				return
			}
			if skipped[t.Name.Local] {
				skipDepth = depth
				return
			}
			p := current()
			switch t.Name.Local {
			case "p":
				paras = append(paras, &paragraph{})
			case "pPr":
				if p != nil {
					p.inPPr = true
				}
			case "pStyle":
				if p != nil && p.inPPr {
					p.style = attr(t, "val")
				}
			case "numId":
				if p != nil && p.inPPr {
					p.numID, p.hasDirectNum = attr(t, "val"), true
					p.directNumSkip = p.numID == "0"
				}
			case "ilvl":
				if p != nil && p.inPPr {
					p.level = attr(t, "val")
				}
			case "outlineLvl":
				if n, err := strconv.Atoi(attr(t, "val")); err == nil && p != nil && p.inPPr && n >= 0 && n < 9 {
					p.outline = n + 1
				}
			case "r":
				if p != nil {
					p.bold, p.italic, p.boldSet, p.italicSet, p.runStyle, p.hidden = false, false, false, false, "", false
				}
			case "rPr":
				if p != nil && !p.inPPr {
					p.inRPr = true
				}
			case "rStyle":
				if p != nil && p.inRPr {
					p.runStyle = attr(t, "val")
				}
			case "b":
				if p != nil && p.inRPr {
					p.bold, p.boldSet = on(t), true
				}
			case "i":
				if p != nil && p.inRPr {
					p.italic, p.italicSet = on(t), true
				}
			case "vanish":
				if p != nil && p.inRPr {
					p.hidden = on(t)
				}
			case "tab", "noBreakHyphen":
				if p != nil && !p.inPPr && !p.inRPr {
					add(map[string]string{"tab": " ", "noBreakHyphen": "-"}[t.Name.Local])
				}
			case "br", "cr":
				if p != nil && !p.inRPr {
					if kind := attr(t, "type"); kind == "page" || kind == "column" {
						add(" ")
					} else {
						add("\n")
					}
				}
			case "hyperlink":
				links = append(links, strings.TrimSpace(r.links[attr(t, "id")]))
			case "fldSimple":
				f := &field{result: true}
				f.url = hyperlinkTarget(attr(t, "instr"))
				fields = append(fields, f)
			case "fldChar":
				switch attr(t, "fldCharType") {
				case "begin":
					fields = append(fields, &field{})
				case "separate":
					if n := len(fields); n > 0 {
						fields[n-1].result = true
						fields[n-1].url = hyperlinkTarget(fields[n-1].instr.String())
					}
				case "end":
					if n := len(fields); n > 0 {
						fields = fields[:n-1]
					}
				}
			}
		case xml.EndElement:
			local := t.Name.Local
			names = names[:len(names)-1]
			if skipDepth > 0 {
				if depth == skipDepth {
					skipDepth = 0
				}
				return
			}
			p := current()
			switch local {
			case "p":
				doc.Paragraphs = append(doc.Paragraphs, r.markdown(p, counters))
				paras = paras[:len(paras)-1]
			case "pPr":
				if p != nil {
					p.inPPr = false
				}
			case "rPr":
				if p != nil {
					p.inRPr = false
				}
			case "hyperlink":
				if n := len(links); n > 0 {
					links = links[:n-1]
				}
			case "fldSimple":
				if n := len(fields); n > 0 {
					fields = fields[:n-1]
				}
			}
		case xml.CharData:
			if skipDepth > 0 || len(names) == 0 {
				return
			}
			switch names[len(names)-1] {
			case "t":
				add(string(t))
			case "instrText":
				if n := len(fields); n > 0 && !fields[n-1].result {
					fields[n-1].instr.Write(t)
				}
			}
		}
	})
	if err != nil {
		return nil, err
	}
	return doc, nil
}

// hyperlinkTarget is the web address of a HYPERLINK field, as in
// 'HYPERLINK "https://www.nji.nl" \o "tip"'; "" for another field or a
// link within the document ('HYPERLINK \l "kop"').
func hyperlinkTarget(instr string) string {
	fields := strings.Fields(instr)
	if len(fields) < 2 || !strings.EqualFold(fields[0], "HYPERLINK") || strings.HasPrefix(fields[1], `\`) {
		return ""
	}
	rest := strings.TrimSpace(instr[strings.Index(instr, fields[1]):])
	if strings.HasPrefix(rest, `"`) {
		if end := strings.Index(rest[1:], `"`); end >= 0 {
			return strings.TrimSpace(rest[1 : 1+end])
		}
	}
	return fields[1]
}
