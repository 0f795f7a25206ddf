// Package pdf writes tagged PDF: pages of text, rectangles and lines in
// embedded subset TrueType fonts, with a structure tree in reading order,
// links, bookmarks and the metadata of PDF/UA (ISO 14289-1). It writes
// what rodedraad's card decks and factsheets need, and no more.
//
// Coordinates are in millimetres from a page's top left corner, type
// sizes in points. Everything drawn is either content, inside Begin/End
// for a structure element, or an artifact (decoration, cut marks).
package pdf

import (
	"time"
)

// Info is what a document says about itself.
type Info struct {
	Title   string // shown in the viewer's title bar
	Author  string
	Subject string
	Lang    string    // BCP 47, e.g. 'nl'
	Date    time.Time // creation and modification date, to the day; zero for none
}

// Document is a PDF being made. It is not safe for concurrent use; make
// one per goroutine (fonts may be shared).
type Document struct {
	info    Info
	pages   []*Page
	fonts   []*fontUse
	byFont  map[*Font]*fontUse
	last    *fontUse // the font used last: text comes in runs of one font
	root    *Element
	outline []*Bookmark
}

// New starts a document.
func New(info Info) *Document {
	d := &Document{info: info, byFont: map[*Font]*fontUse{}}
	d.root = &Element{role: "Document", doc: d}
	return d
}

// Structure is the root of the document's structure tree.
func (d *Document) Structure() *Element { return d.root }

// AddPage adds a page of w by h mm.
func (d *Document) AddPage(w, h float64) *Page {
	p := &Page{doc: d, index: len(d.pages), w: w, h: h}
	d.pages = append(d.pages, p)
	return p
}

// Pages are the document's pages so far.
func (d *Document) Pages() []*Page { return d.pages }

func (d *Document) use(f *Font) *fontUse {
	if d.last != nil && d.last.font == f {
		return d.last
	}
	u, ok := d.byFont[f]
	defer func() { d.last = u }()
	if !ok {
		u = newFontUse(f, "F"+itoa(len(d.fonts)+1))
		d.byFont[f] = u
		d.fonts = append(d.fonts, u)
	}
	return u
}

// Bookmark is an entry of the document's outline, the bookmarks a viewer
// shows beside the pages.
type Bookmark struct {
	Title string
	Page  *Page
	Y     float64 // mm from the top of Page
	kids  []*Bookmark
}

// Bookmark adds an entry at the outline's top level.
func (d *Document) Bookmark(title string, p *Page, y float64) *Bookmark {
	b := &Bookmark{Title: title, Page: p, Y: y}
	d.outline = append(d.outline, b)
	return b
}

// Bookmark adds an entry under b.
func (b *Bookmark) Bookmark(title string, p *Page, y float64) *Bookmark {
	k := &Bookmark{Title: title, Page: p, Y: y}
	b.kids = append(b.kids, k)
	return k
}
