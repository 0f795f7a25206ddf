package scaffold

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
)

// firstEdition is the id of a new factsheet's edition.
const firstEdition = "editie-1"

// Factsheet starts factsheet id with a first edition and one theme, each
// file commented, so that the project passes check at once. It returns
// the files it wrote.
func Factsheet(dir, id, title string) ([]string, error) {
	if err := model.CheckFactsheetID(id); err != nil {
		return nil, fmt.Errorf("%q is not a valid factsheet id: %v", id, err)
	}
	if title == "" {
		title = titleOf(id)
	}
	sheet := filepath.Join(dir, "data", "factsheets", id)
	if _, err := os.Stat(sheet); err == nil {
		return nil, fmt.Errorf("%s already exists", sheet)
	}
	theme := "eerste-thema"
	files := []struct{ name, text string }{
		{filepath.Join(sheet, "factsheet.toml"), fmt.Sprintf(factsheetTemplate, title, firstEdition)},
		{filepath.Join(sheet, firstEdition, "edition.toml"), fmt.Sprintf(editionTemplate, title, theme)},
		{filepath.Join(sheet, firstEdition, "themes", theme+".toml"), themeText(theme, "Eerste thema")},
	}
	site := filepath.Join(dir, "data", "site.toml")
	if _, err := os.Stat(site); err != nil {
		files = append([]struct{ name, text string }{{site, siteTemplate}}, files...)
	}
	var written []string
	for _, f := range files {
		if err := writeNew(f.name, f.text); err != nil {
			os.RemoveAll(sheet)
			return nil, err
		}
		written = append(written, f.name)
	}
	return written, nil
}

// titleOf makes a readable title of an id: 'samen-plannen' is 'Samen plannen'.
func titleOf(id string) string {
	words := strings.ReplaceAll(id, "-", " ")
	return strings.ToUpper(words[:1]) + words[1:]
}

func writeNew(name, text string) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, []byte(text), 0o644)
}

const siteTemplate = `# De site als geheel: titel, talen van de interface, onderwerpen en
# reflectieniveaus die de factsheets delen.

title = "Rode draden"
description = "Wat leerbijeenkomsten in de jeugdhulp steeds weer lieten zien, met reflectievragen."
languages = ["nl", "en", "fy"]      # de eerste is de standaard

# [licence]                         # de licentie van wat de makers van de site zelf schreven
# name = "CC BY 4.0"
# url = "https://creativecommons.org/licenses/by/4.0/deed.nl"
#
# [rights]                          # wat er geldt voor de publicaties die de factsheets weergeven
# sources = "De rechten op de publicaties blijven bij hun uitgevers; elke factsheet noemt zijn bron."

# [[tags]]                          # een onderwerp, om thema's van alle factsheets te bundelen
# id = "samenwerking"
# label = "Samenwerking"
`

const factsheetTemplate = `# De factsheet: de reeks, wie haar maakt en op welke publicatie ze berust.
# Vervang de voorbeeldteksten. 'rodedraad check' zegt wat er nog ontbreekt of
# niet klopt; 'rodedraad schema' geeft je editor aanvulling en controle.

title = %q
summary = "Eén of twee zinnen over wat deze factsheet laat zien en voor wie."
# region = "Friesland"
# authors = ["Voornaam Achternaam"]
# tags = ["samenwerking"]           # ids van [[tags]] in data/site.toml
current = %q                        # de editie op het adres van de factsheet

[publisher]                         # wie de factsheet uitgeeft
name = "Naam van de kenniswerkplaats"
# url = "https://www.example.org"

[source]                            # de publicatie die deze gegevens weergeven
title = "Titel van de oorspronkelijke publicatie"
publisher = "Naam van de kenniswerkplaats"
# published = "november 2025"       # zoals de bron het schrijft
# url = "https://www.example.org/factsheet.pdf"
`

const editionTemplate = `# Een editie van de factsheet: inleiding, leeswijzer en de volgorde van de
# thema's. De thema's staan elk in een eigen bestand in themes/.

title = %q
# name = "2025"                     # hoe lezers de editie noemen; anders de mapnaam
# date = 2025-11-30                 # de dag van publicatie
intro = """
Schrijf hier de inleiding: wie er samen hebben geleerd, waarover, en wat de
lezer op deze pagina's vindt. Je kunt *nadruk* en **vet** gebruiken.
"""
themes = [%q]                       # in leesvolgorde: de bestandsnamen in themes/ zonder .toml
`

// themeText is a new theme file. Its question and practice ids start with
// the theme's id, because question ids must be unique in the edition.
func themeText(id, title string) string {
	return fmt.Sprintf(`# Een rode draad: wat steeds terugkwam, de toelichting, reflectievragen en
# wat in de praktijk laat zien dat het speelt.

title = %q
finding = "Schrijf hier in één zin wat in de bijeenkomsten steeds terugkwam."
explanation = """
Licht de bevinding toe: wat zagen de deelnemers, en waarom doet het ertoe?
"""
# colour = "#1f5f8b"                # anders een kleur uit het palet, naar de plaats van het thema
# tags = ["samenwerking"]           # ids van [[tags]] in data/site.toml

[[questions]]
id = %q                             # blijft gelijk in latere edities: links en kaarten volgen het id
text = "Welke vraag helpt professionals om bij dit thema stil te staan?"
# sub = ["Een vervolgvraag die erbij hoort?"]

[[practice]]
id = %q
text = "Beschrijf hier een ervaring uit de praktijk die dit thema laat zien."
`, title, id+"-vraag-1", "voorbeeld-1")
}
