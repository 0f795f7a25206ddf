package model

import "strings"

// Placeholders are the example texts that a new factsheet, edition or
// theme starts with (internal/scaffold), for an author to replace: check
// warns about each one left in.
var Placeholders = []string{
	"Eén of twee zinnen over wat deze factsheet laat zien en voor wie.",
	"Naam van de kenniswerkplaats",
	"Titel van de oorspronkelijke publicatie",
	"Schrijf hier de inleiding",
	"Schrijf hier in één zin wat in de bijeenkomsten steeds terugkwam.",
	"Licht de bevinding toe: wat zagen de deelnemers, en waarom doet het ertoe?",
	"Welke vraag helpt professionals om bij dit thema stil te staan?",
	"Beschrijf hier een ervaring uit de praktijk die dit thema laat zien.",
}

// TodoMark starts the texts that the importer writes where its source
// says nothing, such as 'TODO: uitgever'.
const TodoMark = "TODO"

// Placeholder returns the placeholder that text still holds, or "".
func Placeholder(text string) string {
	for _, p := range Placeholders {
		if strings.Contains(text, p) {
			return p
		}
	}
	return ""
}
