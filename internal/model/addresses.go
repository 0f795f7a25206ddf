package model

import (
	"github.com/rodedraad/rodedraad/internal/message"
	"slices"
)

// Every edition has pages of its own next to its themes and sections,
// and a factsheet next to its editions: the card deck of the edition and
// what changed in it. Their names are the last part of their addresses.
const (
	CardsPageName   = "kaarten"
	ChangesPageName = "wijzigingen"
	// PublicationDir holds the factsheet PDFs of all editions.
	PublicationDir = "publicatie"
	// ShareDir holds the pictures that links to the pages show when they
	// are shared.
	ShareDir = "delen"
)

// SiteNames are the first parts of the addresses of the site's own pages
// and files (404.html, css/, sitemap.xml, …), which a factsheet's id,
// the first part of its addresses, may not take: a factsheet 404 took
// the place of the site's page for a missing address. A test of
// cmd/rodedraad checks the list against what a build writes.
var SiteNames = []string{"404", "css", "favicon", "index", "js", CardsPageName, ShareDir, "notities", "onderwerpen", "open-data", "over", PublicationDir, "robots", "sitemap", "stapel", "zoeken", "zoekindex"}

// CheckFactsheetID is CheckID for a factsheet, whose id is the first part
// of its addresses, where the site in another language starts too.
func CheckFactsheetID(id string) error {
	if slices.Contains(SupportedLanguages, id) {
		return message.Errorf("%q is the address of the site in an interface language", id)
	}
	if slices.Contains(SiteNames, id) {
		return message.Errorf("%q is the address of a page or file of the site itself", id)
	}
	return CheckID(id)
}

// CheckPageID is CheckID for an edition, a theme or a section, whose id
// may not be the address of a page of the edition's or factsheet's own.
func CheckPageID(id string) error {
	if id == CardsPageName || id == ChangesPageName {
		return message.Errorf("%q is the address of the card deck or the changes of an edition", id)
	}
	return CheckID(id)
}

// DeckID names the card deck of edition e, or with a theme id, of that
// theme: the deck's PDF files are named after it, all in one directory,
// so two decks with one name would share their files (the loader refuses
// that).
func DeckID(e *Edition, theme string) string {
	id := e.Factsheet.ID + "-" + e.ID
	if theme != "" {
		id += "-" + theme
	}
	return id
}
