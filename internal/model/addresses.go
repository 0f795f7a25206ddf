package model

// Every edition has pages of its own next to its themes and sections,
// and a factsheet next to its editions: the card deck of the edition and
// what changed in it. Their names are the last part of their addresses.
const (
	CardsPageName   = "kaarten"
	ChangesPageName = "wijzigingen"
)

// ReservedIDs are the ids an edition, theme or section may not have: its
// address would be that of one of the pages above.
var ReservedIDs = []string{CardsPageName, ChangesPageName}
