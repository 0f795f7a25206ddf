// Package synthetic makes corpora of any size with Dutch-like text of
// realistic lengths, for benchmarks: the demo data is too small to show
// how rodedraad scales.
package synthetic

import (
	"fmt"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
)

// vocabulary is Dutch as it is written in the factsheets: short function
// words and long compounds.
var vocabulary = strings.Fields(`hoe zorg ik dat de jeugdige en het gezin zich gehoord voelen bij hulpverlening
samenwerking tussen professionals vraagt om heldere afspraken over regie taken rollen neem voldoende tijd voor
reflectie met collega's in intervisie supervisie deskundigheidsbevordering geïnteresseerd ouders opvoeders school
wijkteam verklarende analyse gezinssysteem onderliggende factoren passende hulp wachtlijst overbruggingshulp
nazorg randvoorwaarden organisatie leidinggevende bestuur beleid kwaliteit lerende praktijk vertrouwen regie`)

// Site is a site of factsheets × themes × questions per theme, each
// factsheet with one edition. Questions are 12 to 40 words long; every
// fifth has two sub-questions, and one word in each is emphasised.
func Site(factsheets, themes, questions int) *model.Site {
	s := &model.Site{Title: "Synthetisch", Languages: []string{"nl"}}
	n := 0
	for f := range factsheets {
		sheet := &model.Factsheet{ID: fmt.Sprintf("factsheet-%d", f+1), Title: fmt.Sprintf("Factsheet %d", f+1),
			Publisher: model.Organisation{Name: "Kenniswerkplaats"}, Source: model.Source{Title: "Bron", Publisher: "Kenniswerkplaats"}}
		e := &model.Edition{ID: "2025", Factsheet: sheet, Title: sheet.Title}
		sheet.Editions = []*model.Edition{e}
		for t := range themes {
			th := &model.Theme{ID: fmt.Sprintf("thema-%d", t+1), Edition: e, Title: fmt.Sprintf("Thema %d over %s", t+1, words(n, 3)),
				Finding: model.Inline(words(n, 18) + "."), Colour: model.ThemePalette[t%len(model.ThemePalette)], Audience: model.Professional}
			for range questions {
				q := model.Question{ID: fmt.Sprintf("vraag-%d", n), Text: model.Inline(sentence(n)), Audience: model.Professional}
				if n%5 == 0 {
					q.Sub = []model.Inline{"Wat merk ik daarvan in mijn eigen werk?", "Wat kan ik morgen anders doen?"}
				}
				th.Questions = append(th.Questions, q)
				th.Practice = append(th.Practice, model.PracticeExample{ID: fmt.Sprintf("praktijk-%d", n), Text: model.Inline(words(n+7, 25) + ".")})
				n++
			}
			e.Themes = append(e.Themes, th)
			e.ThemeIDs = append(e.ThemeIDs, th.ID)
		}
		s.Factsheets = append(s.Factsheets, sheet)
	}
	return s
}

// sentence is question n: 12 to 40 words, one emphasised, ending in '?'.
func sentence(n int) string {
	length := 12 + (n*7)%29
	ws := strings.Fields(words(n, length))
	ws[length/2] = "*" + ws[length/2] + "*"
	return strings.ToUpper(ws[0][:1]) + strings.Join(ws, " ")[1:] + "?"
}

func words(n, length int) string {
	out := make([]string, length)
	for i := range out {
		out[i] = vocabulary[(n*3+i*5+i*i)%len(vocabulary)]
	}
	return strings.Join(out, " ")
}
