package pdf

// annotation is a link on a page: to an address, or to a place in the
// document.
type annotation struct {
	rect     Rect
	uri      string
	page     *Page
	y        float64
	contents string
	elem     *Element
	key      int // in the structure's parent tree, set when writing
	ref      int
}

// LinkURI makes r on p a link to uri, read out as description, as part of
// the Link element e (whose text is drawn inside Begin(e)/End).
func (p *Page) LinkURI(e *Element, r Rect, uri, description string) {
	p.link(e, &annotation{rect: r, uri: uri, contents: description})
}

// LinkPage makes r on p a link to the place y mm from the top of page to.
func (p *Page) LinkPage(e *Element, r Rect, to *Page, y float64, description string) {
	p.link(e, &annotation{rect: r, page: to, y: y, contents: description})
}

func (p *Page) link(e *Element, a *annotation) {
	a.elem = e
	p.annots = append(p.annots, a)
	e.kids = append(e.kids, node{page: p, annot: a})
}
