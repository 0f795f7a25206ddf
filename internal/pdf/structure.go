package pdf

// Element is a node of the structure tree: what assistive technology reads,
// in the order it reads it. Roles are PDF's standard structure types:
// Document, Part, Sect, H1..H6, P, L, LI, Lbl, LBody, Link, BlockQuote,
// Caption, Figure, Table, TR, TH, TD, TOC, TOCI, Note.
type Element struct {
	role  string
	doc   *Document
	alt   string // alternative text, for a Figure
	title string
	lang  string
	kids  []node
	ref   int // object number, while writing
	page  *Page
}

// node is a kid of an element: an element, a piece of marked content on a
// page, or an annotation.
type node struct {
	elem  *Element
	page  *Page
	mcid  int
	annot *annotation
}

// Add appends a child element with role.
func (e *Element) Add(role string) *Element {
	k := &Element{role: role, doc: e.doc}
	e.kids = append(e.kids, node{elem: k})
	return k
}

// SetAlt gives an element its alternative text.
func (e *Element) SetAlt(text string) *Element { e.alt = text; return e }

// SetTitle names an element, as a section's title in a viewer's tag tree.
func (e *Element) SetTitle(text string) *Element { e.title = text; return e }

// SetLang marks an element as in another language than the document.
func (e *Element) SetLang(lang string) *Element { e.lang = lang; return e }
