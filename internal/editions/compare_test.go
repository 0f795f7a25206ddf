package editions

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/wording"
)

func themePl(id, title string) *Place   { return &Place{Kind: InTheme, ID: id, Title: title} }
func sectionPl(id, title string) *Place { return &Place{Kind: InSection, ID: id, Title: title} }

// TestEveryKindOfChange checks each change the test project was made to
// hold, and that what did not change is left out.
func TestEveryKindOfChange(t *testing.T) {
	d := Compare(fixture(t))
	closing := Place{Kind: InClosing, Title: "Tot slot"}
	for _, c := range []struct {
		name  string
		got   any    // the change found in the diff, nil when there is none
		want  any    // the change without its word diffs; nil when unchanged
		words string // its word diffs, marked, fields joined by " | "
	}{
		{"theme added", themeChange(d, "vertrouwen"),
			PartChange{Kind: Added, NewID: "vertrouwen", Title: "Vertrouwen opbouwen"}, ""},
		{"theme removed", themeChange(d, "regie-bij-gezin"),
			PartChange{Kind: Removed, OldID: "regie-bij-gezin", Title: "Regie bij het gezin"}, ""},
		{"theme renamed (and retitled)", themeChange(d, "een-plan"),
			PartChange{Kind: Changed, OldID: "samen-plannen", NewID: "een-plan", Title: "Eén plan met het gezin",
				Fields: []FieldChange{{Field: "title", Old: "Samen plannen", New: "Eén plan met het gezin"}}},
			"[-Samen plannen-] {+Eén plan met het gezin+}"},
		{"theme retitled", themeChange(d, "luisteren"),
			PartChange{Kind: Changed, OldID: "luisteren", NewID: "luisteren", Title: "Echt luisteren",
				Fields: []FieldChange{{Field: "title", Old: "Goed luisteren", New: "Echt luisteren"}}},
			"[-Goed-] {+Echt+} luisteren"},
		{"theme explanation, as plain text", themeChange(d, "leren-van-fouten"),
			PartChange{Kind: Changed, OldID: "leren-van-fouten", NewID: "leren-van-fouten", Title: "Leren van fouten",
				Fields: []FieldChange{{Field: "explanation",
					Old: "Wie een fout maakt, houdt dat vaak voor zich. Daardoor leert het team er niets van.",
					New: "Wie een fout maakt, houdt dat vaak voor zich, uit angst voor een oordeel. Daardoor leert het team er niets van."}}},
			"Wie een fout maakt, houdt dat vaak voor [-zich.-] {+zich, uit angst voor een oordeel.+} Daardoor leert het team er niets van."},

		{"question added", questionChange(d, "afspraak-nakomen"),
			QuestionChange{ID: "afspraak-nakomen", Kind: Added, To: themePl("vertrouwen", "Vertrouwen opbouwen"),
				New: "Kom ik mijn afspraken met het gezin na?"}, ""},
		{"question added in a section", questionChange(d, "wie-bel-ik"),
			QuestionChange{ID: "wie-bel-ik", Kind: Added, To: sectionPl("vastlopen", "Als het vastloopt"),
				New: "Wie bel ik als het niet lukt?"}, ""},
		{"question removed", questionChange(d, "terugkijken"),
			QuestionChange{ID: "terugkijken", Kind: Removed, From: themePl("leren-van-fouten", "Leren van fouten"),
				Old: "Kijk ik na afloop terug op wat er misging?"}, ""},
		{"question removed with its theme", questionChange(d, "eigen-kracht"),
			QuestionChange{ID: "eigen-kracht", Kind: Removed, From: themePl("regie-bij-gezin", "Regie bij het gezin"),
				Old: "Gebruik ik wat het gezin zelf al kan?"}, ""},
		{"question reworded, emphasis dropped", questionChange(d, "echt-horen"),
			QuestionChange{ID: "echt-horen", Kind: Changed, Reworded: true,
				From: themePl("luisteren", "Goed luisteren"), To: themePl("luisteren", "Echt luisteren"),
				Old: "Hoor ik wat ouders echt bedoelen?", New: "Vraag ik door tot ik weet wat ouders echt bedoelen?"},
			"[-Hoor-] {+Vraag+} ik {+door tot ik weet+} wat ouders echt bedoelen?"},
		{"question moved between themes", questionChange(d, "samenvatten"),
			QuestionChange{ID: "samenvatten", Kind: Changed, Moved: true,
				From: themePl("luisteren", "Goed luisteren"), To: themePl("vertrouwen", "Vertrouwen opbouwen"),
				Old: "Vat ik samen wat ik gehoord heb?", New: "Vat ik samen wat ik gehoord heb?"}, ""},
		{"question moved from a theme to a section", questionChange(d, "hulp-vragen"),
			QuestionChange{ID: "hulp-vragen", Kind: Changed, Moved: true,
				From: themePl("leren-van-fouten", "Leren van fouten"), To: sectionPl("vastlopen", "Als het vastloopt"),
				Old: "Vraag ik op tijd hulp aan een collega?", New: "Vraag ik op tijd hulp aan een collega?"}, ""},
		{"question moved and reworded", questionChange(d, "wie-beslist"),
			QuestionChange{ID: "wie-beslist", Kind: Changed, Reworded: true, Moved: true,
				From: themePl("regie-bij-gezin", "Regie bij het gezin"), To: themePl("een-plan", "Eén plan met het gezin"),
				Old: "Wie beslist er uiteindelijk over de hulp?", New: "Wie neemt uiteindelijk het besluit over de hulp?"},
			"Wie [-beslist er-] {+neemt+} uiteindelijk {+het besluit+} over de hulp?"},
		{"sub-question changed, in a renamed theme (no move)", questionChange(d, "doelen-helder"),
			QuestionChange{ID: "doelen-helder", Kind: Changed, Reworded: true,
				From: themePl("samen-plannen", "Samen plannen"), To: themePl("een-plan", "Eén plan met het gezin"),
				Old: "Zijn de doelen voor iedereen helder? · Ook voor de jeugdige zelf?",
				New: "Zijn de doelen voor iedereen helder? · Ook voor de jeugdige en de school?"},
			"Zijn de doelen voor iedereen helder? · Ook voor de jeugdige [-zelf?-] {+en de school?+}"},
		{"unchanged question in a renamed theme", questionChange(d, "plan-met-gezin"), nil, ""},
		{"unchanged question in a retitled theme", questionChange(d, "stilte-laten"), nil, ""},
		{"unchanged question in a section", questionChange(d, "wat-is-mijn-rol"), nil, ""},

		{"practice added", practiceChange(d, "laptop-open"),
			PracticeChange{Theme: *themePl("luisteren", "Echt luisteren"), ID: "laptop-open", Kind: Added,
				New: "De laptop staat open tijdens het gesprek."}, ""},
		{"practice added with its theme", practiceChange(d, "wisselingen"),
			PracticeChange{Theme: *themePl("vertrouwen", "Vertrouwen opbouwen"), ID: "wisselingen", Kind: Added,
				New: "Door veel wisselingen van hulpverlener haken gezinnen af."}, ""},
		{"practice removed", practiceChange(d, "haast"),
			PracticeChange{Theme: *themePl("luisteren", "Goed luisteren"), ID: "haast", Kind: Removed,
				Old: "Gesprekken worden afgeraffeld."}, ""},
		{"practice removed with its theme", practiceChange(d, "ouders-volgen"),
			PracticeChange{Theme: *themePl("regie-bij-gezin", "Regie bij het gezin"), ID: "ouders-volgen", Kind: Removed,
				Old: "Ouders volgen wat de hulpverlener zegt."}, ""},
		{"practice changed", practiceChange(d, "door-elkaar-praten"),
			PracticeChange{Theme: *themePl("luisteren", "Echt luisteren"), ID: "door-elkaar-praten", Kind: Changed,
				Old: "In overleggen praten professionals door elkaar heen.",
				New: "In overleggen praten professionals vaak door elkaar heen en komen ouders niet aan het woord."},
			"In overleggen praten professionals {+vaak+} door elkaar [-heen.-] {+heen en komen ouders niet aan het woord.+}"},
		{"unchanged practice in a renamed theme", practiceChange(d, "plan-op-papier"), nil, ""},

		{"theme tip changed", tipChange(d, "Zet je telefoon op stil en leg hem weg."),
			TextChange{Place: *themePl("luisteren", "Echt luisteren"), Kind: Changed,
				Old: "Zet je telefoon weg.", New: "Zet je telefoon op stil en leg hem weg."},
			"Zet je telefoon {+op stil en leg hem+} weg."},
		{"theme tip added", tipChange(d, "Laat ouders het verhaal in eigen woorden vertellen."),
			TextChange{Place: *themePl("luisteren", "Echt luisteren"), Kind: Added,
				New: "Laat ouders het verhaal in eigen woorden vertellen."}, ""},
		{"theme tip removed", tipChange(d, "Vat aan het eind samen wat je hoorde."),
			TextChange{Place: *themePl("luisteren", "Goed luisteren"), Kind: Removed,
				Old: "Vat aan het eind samen wat je hoorde."}, ""},
		{"theme tip removed with its theme", tipChange(d, "Laat het gezin de agenda van het gesprek maken."),
			TextChange{Place: *themePl("regie-bij-gezin", "Regie bij het gezin"), Kind: Removed,
				Old: "Laat het gezin de agenda van het gesprek maken."}, ""},
		{"closing tip changed", tipChange(d, "Plan elke maand een vast moment om samen terug te kijken."),
			TextChange{Place: closing, Kind: Changed,
				Old: "Plan een vast moment om terug te kijken.", New: "Plan elke maand een vast moment om samen terug te kijken."},
			"Plan {+elke maand+} een vast moment om {+samen+} terug te kijken."},
		{"closing tip added (not alike the removed one)", tipChange(d, "Bel een collega als je twijfelt."),
			TextChange{Place: closing, Kind: Added, New: "Bel een collega als je twijfelt."}, ""},
		{"closing tip removed", tipChange(d, "Deel wat goed ging."),
			TextChange{Place: closing, Kind: Removed, Old: "Deel wat goed ging."}, ""},
		{"unchanged theme tip", tipChange(d, "Vraag wat het gezin nodig heeft."), nil, ""},
		{"unchanged closing tip", tipChange(d, "Vraag door."), nil, ""},

		{"section added", sectionChange(d, "signalen"),
			PartChange{Kind: Added, NewID: "signalen", Title: "Signalen"}, ""},
		{"section removed", sectionChange(d, "afspraken"),
			PartChange{Kind: Removed, OldID: "afspraken", Title: "Afspraken"}, ""},
		{"section renamed, retitled, text changed", sectionChange(d, "uitgangspunten"),
			PartChange{Kind: Changed, OldID: "principes", NewID: "uitgangspunten", Title: "Uitgangspunten",
				Fields: []FieldChange{{Field: "title", Old: "Principes", New: "Uitgangspunten"},
					{Field: "text", Old: "Zo werken we samen.", New: "Zo werken we samen, met het gezin."}}},
			"[-Principes-] {+Uitgangspunten+} | Zo werken we [-samen.-] {+samen, met het gezin.+}"},
		{"unchanged section", sectionChange(d, "vastlopen"), nil, ""},

		{"list item changed, in a renamed section", itemChange(d, "We zeggen wat we doen en doen wat we zeggen."),
			TextChange{Place: listPl("uitgangspunten", "Uitgangspunten", "Samen werken"), Kind: Changed,
				Old: "We zeggen wat we doen.", New: "We zeggen wat we doen en doen wat we zeggen."},
			"We zeggen wat we [-doen.-] {+doen en doen wat we zeggen.+}"},
		{"list item added", itemChange(d, "We vragen hulp als het vastloopt."),
			TextChange{Place: listPl("uitgangspunten", "Uitgangspunten", "Samen werken"), Kind: Added,
				New: "We vragen hulp als het vastloopt."}, ""},
		{"list item with a label added, list followed by title", itemChange(d, "Ruimte: Een plek om rustig te praten."),
			TextChange{Place: listPl("uitgangspunten", "Uitgangspunten", "Wat nodig is"), Kind: Added,
				New: "Ruimte: Een plek om rustig te praten."}, ""},
		{"list item added with its section", itemChange(d, "Afspraken worden afgezegd."),
			TextChange{Place: listPl("signalen", "Signalen", "Let op als"), Kind: Added,
				New: "Afspraken worden afgezegd."}, ""},
		{"list item removed", itemChange(d, "We delen wat we weten."),
			TextChange{Place: listPl("principes", "Principes", "Samen werken"), Kind: Removed,
				Old: "We delen wat we weten."}, ""},
		{"list item that only moved", itemChange(d, "Eén gezin, één plan."), nil, ""},

		{"key figure with a new number", textChange(d.KeyFigures, "35 professionals namen deel"),
			TextChange{Place: Place{Kind: InKeyFigures}, Kind: Changed, Old: "29 professionals namen deel", New: "35 professionals namen deel"},
			"[-29-] {+35+} professionals namen deel"},
		{"key figure added, with prefix and unit", textChange(d.KeyFigures, "bijna 70% vond de bijeenkomsten nuttig"),
			TextChange{Place: Place{Kind: InKeyFigures}, Kind: Added, New: "bijna 70% vond de bijeenkomsten nuttig"}, ""},
		{"key figure removed", textChange(d.KeyFigures, "4 gemeenten"),
			TextChange{Place: Place{Kind: InKeyFigures}, Kind: Removed, Old: "4 gemeenten"}, ""},
		{"unchanged key figure", textChange(d.KeyFigures, "9 bijeenkomsten"), nil, ""},
		{"unchanged list item", itemChange(d, "Tijd voor overleg."), nil, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, words := withoutWords(c.got)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %+v\nwant %+v", got, c.want)
			}
			if words != c.words {
				t.Errorf("words\ngot  %s\nwant %s", words, c.words)
			}
		})
	}
}

func themeChange(d Diff, id string) any {
	for _, c := range d.Themes {
		if c.NewID == id || c.OldID == id {
			return c
		}
	}
	return nil
}

func questionChange(d Diff, id string) any {
	for _, c := range d.Questions {
		if c.ID == id {
			return c
		}
	}
	return nil
}

func practiceChange(d Diff, id string) any {
	for _, c := range d.Practice {
		if c.ID == id {
			return c
		}
	}
	return nil
}

func tipChange(d Diff, text string) any { return textChange(d.Tips, text) }

func itemChange(d Diff, text string) any { return textChange(d.ListItems, text) }

func textChange(changes []TextChange, text string) any {
	for _, c := range changes {
		if c.New == text || (c.Kind == Removed && c.Old == text) {
			return c
		}
	}
	return nil
}

func sectionChange(d Diff, id string) any {
	for _, c := range d.Sections {
		if c.NewID == id || c.OldID == id {
			return c
		}
	}
	return nil
}

func listPl(id, title, list string) Place {
	return Place{Kind: InSection, ID: id, Title: title, List: list}
}

// withoutWords splits a change into the change without its word diffs
// and those diffs, marked.
func withoutWords(c any) (any, string) {
	switch c := c.(type) {
	case PartChange:
		var words []string
		c.Fields = append([]FieldChange(nil), c.Fields...)
		for i := range c.Fields {
			words = append(words, marked(c.Fields[i].Words))
			c.Fields[i].Words = nil
		}
		return c, strings.Join(words, " | ")
	case QuestionChange:
		w := marked(c.Words)
		c.Words = nil
		return c, w
	case PracticeChange:
		w := marked(c.Words)
		c.Words = nil
		return c, w
	case TextChange:
		w := marked(c.Words)
		c.Words = nil
		return c, w
	}
	return c, ""
}

func TestOrder(t *testing.T) {
	d := Compare(fixture(t))
	var got []string
	for _, c := range d.Questions {
		got = append(got, string(c.Kind[0])+" "+c.ID)
	}
	// Added and changed in the new reading order (themes, then
	// sections), then removed in the old one.
	want := "c echt-horen, c doelen-helder, c wie-beslist, c samenvatten, a afspraak-nakomen, c hulp-vragen, a wie-bel-ik, r eigen-kracht, r terugkijken"
	if strings.Join(got, ", ") != want {
		t.Errorf("questions in the order\n%s\nwant\n%s", strings.Join(got, ", "), want)
	}
}

func TestSameEditionIsEmpty(t *testing.T) {
	old, new := fixture(t)
	for _, e := range []*model.Edition{old, new} {
		d := Compare(e, e)
		if !d.Empty() {
			t.Errorf("Compare(%s, %s) is not empty: %+v", e.Ref(), e.Ref(), d)
		}
		var b bytes.Buffer
		if err := d.WriteText(&b); err != nil {
			t.Fatal(err)
		}
		if want := e.Ref() + " -> " + e.Ref() + "\n\nNo changes.\n"; b.String() != want {
			t.Errorf("got %q, want %q", b.String(), want)
		}
	}
	if Compare(old, new).Empty() {
		t.Error("two different editions compare as empty")
	}
}

func TestQuestionMarker(t *testing.T) {
	d := Compare(fixture(t))
	for id, want := range map[string]string{
		"afspraak-nakomen": "added",
		"echt-horen":       "changed",
		"samenvatten":      "changed",
		"stilte-laten":     "<nil>", // unchanged
		"eigen-kracht":     "<nil>", // not in the new edition
		"bestaat-niet":     "<nil>",
	} {
		got := "<nil>"
		if c := d.Question(id); c != nil {
			got = string(c.Kind)
		}
		if got != want {
			t.Errorf("Question(%q) = %s, want %s", id, got, want)
		}
	}
}

func TestRenamed(t *testing.T) {
	for _, c := range Compare(fixture(t)).Themes {
		if want := c.NewID == "een-plan"; c.Renamed() != want {
			t.Errorf("%+v: Renamed() = %v", c, c.Renamed())
		}
	}
}

// TestQuestionsInModelOrder guards the copy of the walk of
// model.Edition.Questions that also records the places.
func TestQuestionsInModelOrder(t *testing.T) {
	_, e := fixture(t)
	located := questions(e)
	qs := e.Questions()
	if len(located) != len(qs) {
		t.Fatalf("%d questions, the model has %d", len(located), len(qs))
	}
	for i := range qs {
		if located[i].q != qs[i] {
			t.Errorf("question %d is %s, the model has %s", i, located[i].q.ID, qs[i].ID)
		}
	}
}

// TestMergedThemes: when two themes become one, the one that kept its id
// continues; the other is removed and its questions moved.
func TestMergedThemes(t *testing.T) {
	q := func(id string) []model.Question {
		return []model.Question{{ID: id, Text: "Vraag " + model.Inline(id) + "?"}}
	}
	old := &model.Edition{ID: "oud", Themes: []*model.Theme{
		{ID: "a", Title: "A", Questions: q("qa")},
		{ID: "b", Title: "B", Questions: q("qb")},
	}}
	new := &model.Edition{ID: "nieuw", Themes: []*model.Theme{
		{ID: "b", Title: "B", Formerly: []string{"a"}, Questions: append(q("qa"), q("qb")...)},
	}}
	d := Compare(old, new)
	if len(d.Themes) != 1 || d.Themes[0].Kind != Removed || d.Themes[0].OldID != "a" {
		t.Errorf("themes: %+v", d.Themes)
	}
	if len(d.Questions) != 1 || d.Questions[0].ID != "qa" || !d.Questions[0].Moved {
		t.Errorf("questions: %+v", d.Questions)
	}
	if d.Old != "oud" || d.New != "nieuw" {
		t.Errorf("editions without a factsheet are named %q and %q", d.Old, d.New)
	}
}

func TestDiffTips(t *testing.T) {
	show := func(cs []TextChange) string {
		var s []string
		for _, c := range cs {
			switch c.Kind {
			case Added:
				s = append(s, "+"+c.New)
			case Removed:
				s = append(s, "-"+c.Old)
			default:
				s = append(s, c.Old+">"+c.New)
			}
		}
		return strings.Join(s, " ")
	}
	tips := func(s string) []model.Inline {
		var out []model.Inline
		for _, f := range strings.Split(s, ",") {
			if f != "" {
				out = append(out, model.Inline(strings.ReplaceAll(f, "_", " ")))
			}
		}
		return out
	}
	for _, c := range []struct {
		old, new      string // tips separated by commas; _ is a space
		kept, removed string
	}{
		{"a,b", "a,b", "", ""},
		{"", "a", "+a", ""},
		{"a", "", "", "-a"},
		{"*bel*_op", "bel_op", "", ""}, // emphasis alone is no change
		{"bel_je_collega", "bel_je_collega_op", "bel je collega>bel je collega op", ""}, // alike: reworded
		{"bel_je_collega", "schrijf_het_op", "+schrijf het op", "-bel je collega"},      // not alike: replaced
		{"x,bel_je_collega,y", "x,y", "", "-bel je collega"},
		// A tip that only changed place is no change, but a copy of it is.
		{"a,b", "b,a", "", ""},
		{"a,b,c", "c,b,a", "", ""},
		{"a,b", "b,a,a", "+a", ""},
		{"a,b,a", "b,a", "", "-a"},
		// Pairs keep their order: the first removed tip takes the later
		// added one, so the second cannot take the earlier one.
		{"bel_je_collega,schrijf_het_op", "schrijf_het_nu_op,bel_je_collega_nu", "+schrijf het nu op bel je collega>bel je collega nu", "-schrijf het op"},
	} {
		kept, removed := diffTips(tips(c.old), tips(c.new), Place{}, Place{})
		if show(kept) != c.kept || show(removed) != c.removed {
			t.Errorf("%q -> %q: kept %q, removed %q; want %q, %q", c.old, c.new, show(kept), show(removed), c.kept, c.removed)
		}
	}
}

func TestMarkedCutsLongUnchangedRuns(t *testing.T) {
	long := strings.Repeat("woord ", 30)
	for _, c := range []struct{ old, new, want string }{
		{"een twee", "een drie", "een [-twee-] {+drie+}"},
		{long + "oud", long + "nieuw", "... woord woord woord woord woord woord [-oud-] {+nieuw+}"},
		{"oud " + long, "nieuw " + long, "[-oud-] {+nieuw+} woord woord woord woord woord woord ..."},
		{"a " + long + "b", "x " + long + "y", "[-a-] {+x+} woord woord woord woord woord woord ... woord woord woord woord woord woord [-b-] {+y+}"},
		// Runs that cutting would shorten by fewer than context words stay.
		{"a b c d e f g h i j k l oud", "a b c d e f g h i j k l nieuw", "a b c d e f g h i j k l [-oud-] {+nieuw+}"},
	} {
		if got := marked(wording.Diff(c.old, c.new)); got != c.want {
			t.Errorf("got  %s\nwant %s", got, c.want)
		}
	}
}

func TestJSONHasNoNulls(t *testing.T) {
	var b bytes.Buffer
	if err := (Diff{Old: "a/1", New: "a/2"}).WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	want := `{
  "old": "a/1",
  "new": "a/2",
  "themes": [],
  "questions": [],
  "practice": [],
  "tips": [],
  "sections": [],
  "list_items": [],
  "key_figures": []
}
`
	if b.String() != want {
		t.Errorf("got\n%s", b.String())
	}
	var back Diff
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Error(err)
	}
}

// A question in a step plan of a section that got a new id has not moved.
func TestQuestionInARenamedSectionStays(t *testing.T) {
	section := func(id string, formerly ...string) *model.Section {
		return &model.Section{ID: id, Title: "Opschalen", Formerly: formerly, StepPlans: []model.StepPlan{{
			Steps: []model.Step{{Questions: []model.Question{{ID: "wie-bel-ik", Text: "Wie bel ik?"}}}},
		}}}
	}
	old := &model.Edition{ID: "1", Sections: []*model.Section{section("stappen")}}
	new := &model.Edition{ID: "2", Sections: []*model.Section{section("stappenplan", "stappen")}}
	d := Compare(old, new)
	if len(d.Questions) != 0 {
		t.Errorf("questions: %+v", d.Questions)
	}
	if len(d.Sections) != 1 || !d.Sections[0].Renamed() {
		t.Errorf("sections: %+v", d.Sections)
	}
}
