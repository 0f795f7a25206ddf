package cards

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rodedraad/rodedraad/internal/fuzzbudget"

	"github.com/rodedraad/rodedraad/internal/model"
)

// FuzzCardText lays out any question text on a card: the layout never
// panics, and whatever it places stays inside the safe area, fitting or not.
func FuzzCardText(f *testing.F) {
	f.Add("Luister ik *echt* naar het verhaal van het gezin?", "Ook als het druk is?")
	f.Add(strings.Repeat("Kinderbeschermingsmaatregelenonderzoek ", 20), "")
	f.Add("**vet** en *schuin* en ***beide*** <script>x</script>", "• ĳ é ë ‘’ “”")
	f.Add("", "\u00ad\u200b\t\n")
	f.Add("Luister ik?", "\tOok als het druk is?")
	f.Add(strings.Repeat("a-", 1500), strings.Repeat("a", 5000))
	f.Fuzz(func(t *testing.T, text, sub string) {
		defer fuzzbudget.Start(t, fuzzbudget.PerInput)()
		if !utf8.ValidString(text) || !utf8.ValidString(sub) || strings.TrimSpace(text) == "" {
			return // the loader accepts only UTF-8 and non-empty questions
		}
		q := model.Question{ID: "vraag", Text: model.Inline(text), Audience: model.Professional}
		if sub != "" {
			q.Sub = []model.Inline{model.Inline(sub)}
		}
		d := Deck{ID: "fuzz", Title: "Fuzz", Series: "Reeks", Sources: []string{"Bron"}, Groups: []Group{{
			Title: text, Colour: "#1f5f8b", Back: sub, Questions: []model.Question{q},
		}}}
		for _, size := range []Size{A6, A7} {
			checkSafeArea(t, d, size)
		}
	})
}
