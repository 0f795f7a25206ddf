package load

import "github.com/rodedraad/rodedraad/internal/model"

// checkDeckNames refuses two card decks with one name: the name joins
// the factsheet, edition and theme ids with hyphens, which ids hold too,
// so factsheet friesland-2021 with edition 2024-verklarende-analyse names
// its deck as theme friesland/2021-2024/verklarende-analyse does. The
// site would publish one deck's PDF files for both. Names are not made
// unique instead, because published PDF addresses must keep working.
// The deck that comes later in the site's order is reported.
func (l *loader) checkDeckNames() {
	type deck struct {
		owner   string // what the deck belongs to, for the message
		edition *model.Edition
		file    *file
	}
	decks := map[string]deck{}
	claim := func(id string, d deck, key string) {
		first, taken := decks[id]
		switch {
		case !taken:
			decks[id] = d
		case first.edition != d.edition || key == "":
			d.file.errorf(key, "the card deck of %s is named %q, as is the deck of %s (%s): their PDF files would be one; rename a directory or file of one of them",
				d.owner, id, first.owner, quoteName(first.file.name))
		}
		// A former id that is taken in its own edition is reported by
		// checkFormerly, as an address both would claim.
	}
	for _, sheet := range l.site.Factsheets {
		for _, e := range sheet.Editions {
			claim(model.DeckID(e, ""), deck{"edition " + e.Ref(), e, l.editionFiles[e]}, "")
			for _, t := range e.Themes {
				claim(model.DeckID(e, t.ID), deck{"theme " + e.Ref() + "/" + t.ID, e, l.themeFiles[t]}, "")
			}
		}
	}
	// Former names last: a deck keeps its current name, whatever older
	// names of other decks it meets.
	for _, sheet := range l.site.Factsheets {
		for _, e := range sheet.Editions {
			for _, t := range e.Themes {
				for i, id := range t.Formerly {
					if model.CheckID(id) == nil {
						owner := "theme " + e.Ref() + "/" + t.ID + " under its former id " + id
						claim(model.DeckID(e, id), deck{owner, e, l.themeFiles[t]}, index("formerly", i))
					}
				}
			}
		}
	}
}
