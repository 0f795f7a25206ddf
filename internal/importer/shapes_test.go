package importer

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/load"
)

// The fixtures of the shapes other than the factsheet are small texts of
// our own in the shape of the seed publications: a building block, a
// news post and a workshop summary.
const (
	buildingBlockFixture = "testdata/bouwsteen.txt"
	newsFixture          = "testdata/nieuwsbericht.txt"
	workshopFixture      = "testdata/terugblik.txt"
)

var shapeFixtures = []string{buildingBlockFixture, newsFixture, workshopFixture}

// checkShapeImport checks what every import must do: place or report
// each line, and write files that load without errors.
func checkShapeImport(t *testing.T, src []byte, res *Result) {
	t.Helper()
	if lost := unaccounted(t, src, res); len(lost) > 0 {
		t.Errorf("lines neither written nor reported:\n%s", strings.Join(lost, "\n"))
	}
	for _, d := range loadResult(res) {
		if d.Severity == load.Error {
			t.Errorf("load: %s", d)
		}
	}
}

func unplacedLines(res *Result) string {
	var out []string
	for _, u := range res.Unplaced {
		out = append(out, fmt.Sprintf("%d %s", u.Line, u.Text))
	}
	return strings.Join(out, "\n")
}

func wantIn(t *testing.T, what, text string, fragments ...string) {
	t.Helper()
	for _, f := range fragments {
		if !strings.Contains(text, f) {
			t.Errorf("%s lacks:\n%s\n--- it reads:\n%s", what, f, text)
		}
	}
}

func TestImportBuildingBlock(t *testing.T) {
	src := readFile(t, buildingBlockFixture)
	res := mustImportAs(t, src, "bouwsteen.txt")
	checkShapeImport(t, src, res)
	if got, want := res.Summary().String(), "1 theme, 3 questions (1 sub-question), 0 practice examples, 0 tips, 0 link groups, "+
		"4 sections (3 lists, 2 levels, 2 steps), 0 key figures, 0 quotes; 0 lines not placed"; got != want {
		t.Errorf("summary:\n got %s\nwant %s", got, want)
	}
	e := res.Factsheet.Editions[0]
	if got := res.Factsheet.Title + " | " + e.ID + " | " + strings.Join(e.SectionIDs, " "); got !=
		"Bouwsteen Overdracht | editie-1 | kern-overdracht signalen lagen-terugkijken doe-overdracht-vastloopt" {
		t.Errorf("title, edition and parts: %s", got)
	}
	dir := "data/factsheets/bouwsteen-overdracht/editie-1/"

	// A part that is reflection questions only is a theme; the last
	// sentence before the questions heads them.
	wantIn(t, "the theme", fileData(t, res, dir+"themes/terugkijken.toml"),
		"title = \"Terugkijken\"\nfinding = \"TODO: bevinding\" # TODO:",
		"explanation = \"\"\"\nNa elke overdracht kijkt het team terug.\n\"\"\"\nquestions_title = \"Dat doen we met deze vragen\"\n",
		"text = \"Wist het gezin op tijd wat er ging gebeuren?\"\nsub = [\"Hoe merkten we dat?\"]\n",
		"text = \"Ging er informatie verloren?\"\nnote = \"Bijvoorbeeld; afspraken met school of met de huisarts.\"\n")

	// Labelled items make guidance; nested items stay with their item;
	// the words of a list's title give its kind.
	wantIn(t, "the part with lists", fileData(t, res, dir+"sections/kern-overdracht.toml"),
		"[[lists]]\nid = \"afspraken\"\nkind = \"guidance\"\ntitle = \"Afspraken\"\n",
		"[[lists.items]]\nlabel = \"Wie\"\ntext = \"de oude en de nieuwe hulpverlener samen\"\n",
		"[[lists.items]]\nlabel = \"Wanneer\"\nsub = [\n  \"binnen twee weken na het besluit\",\n  \"voor de eerste afspraak met het gezin\",\n]\n",
		"kind = \"conditions\"\ntitle = \"Voorwaarden voor een goede overdracht\"\n")
	wantIn(t, "the checklist", fileData(t, res, dir+"sections/signalen.toml"),
		"kind = \"checklist\"\ntitle = \"Hoe herken je een overdracht die misgaat?\"\n",
		"text = \"Er blijven open eindjes:\"\nsub = [\n  \"een verwijzing zonder vervolg\",\n")

	// Levels refer to the site's levels, named by their guiding questions.
	wantIn(t, "the levels", fileData(t, res, dir+"sections/lagen-terugkijken.toml"),
		"[[levels]]\nlevel = \"deed-goed\"\ntitle = \"Niveau 1 Team - hulpverleners\"\naudience = \"team\"\n",
		"[[levels]]\nlevel = \"doen-goede\"\n")
	wantIn(t, "site.toml", fileData(t, res, sitePath),
		"[[levels]]\nid = \"deed-goed\"\nlabel = \"Niveau 1 Team - hulpverleners\"\nquestion = \"Deed ik het goed?\"\n",
		"question = \"Doen we het goede?\"\n")

	// The step plan keeps its safety rule apart from the steps; in a step
	// questions and ways to go about it are told apart by the '?'.
	wantIn(t, "the step plan", fileData(t, res, dir+"sections/doe-overdracht-vastloopt.toml"),
		"safety_rule = \"Is een kind thuis niet veilig, dan mag je stappen overslaan en bel je meteen de leidinggevende\"\n",
		"[[step_plans.steps]]\ntitle = \"Stap 1: bespreek het in je eigen team\"\ntext = \"\"\"\nLeg de situatie kort voor aan een collega\n\"\"\"\n"+
			"how = [\"Schrijf op wat er is afgesproken.\"]\n\n[[step_plans.steps.questions]]\nid = \"heb-geprobeerd\"\ntext = \"Wat heb ik al geprobeerd?\"\n",
		"title = \"Stap 2: neem contact op met het andere team\"\nhow = [\"Bel de teamleider van het andere team\"]\n")
	plan := e.Sections[3].StepPlans[0]
	if len(plan.Steps) != 2 || len(plan.Steps[0].Questions) != 1 || len(plan.Steps[0].How) != 1 {
		t.Errorf("step plan: %+v", plan)
	}
}

func TestImportNewsPost(t *testing.T) {
	src := readFile(t, newsFixture)
	res := mustImportAs(t, src, "nieuwsbericht.txt")
	checkShapeImport(t, src, res)
	f := res.Factsheet
	e := f.Editions[0]
	if got := fmt.Sprintf("%s | %s | %s | %s", f.Publisher.Name, f.Source.Published, e.ID, e.Date.Format("2006-01-02")); got !=
		"Jeugd Rivierenland | 14 maart 2023 | 2023-03-14 | 2023-03-14" {
		t.Errorf("publisher, dates: %s", got)
	}
	var figures []string
	for _, k := range e.KeyFigures {
		figures = append(figures, k.Figure()+" "+k.Label)
	}
	if got := strings.Join(figures, " | "); got != "42 wijkteams | 315 gezinnen | 64% van de ouders tevreden" {
		t.Errorf("key figures: %s", got)
	}
	dir := "data/factsheets/factsheet/2023-03-14/"
	wantIn(t, "the edition", fileData(t, res, dir+"edition.toml"),
		"date = 2023-03-14\n",
		"[[key_figures]]\nvalue = 64\nunit = \"%\"\nlabel = \"van de ouders tevreden\"\n")
	wantIn(t, "factsheet.toml", fileData(t, res, "data/factsheets/factsheet/factsheet.toml"), "published = \"14 maart 2023\"\n")
	// The quote is attributed by the role under it.
	wantIn(t, "the part with the quote", fileData(t, res, dir+"sections/waarom-samen-huisbezoek.toml"),
		"[[quotes]]\ntext = \"Eindelijk zaten alle mensen om wie het ging tegelijk aan onze keukentafel. Dat scheelde ons een hoop uitleg.\"\n"+
			"role = \"moeder van twee kinderen\"\ncontext = \"deelnemer aan de proef\"\n")
	// The list the text announces and does not give is a marked gap.
	wantIn(t, "the announced list", fileData(t, res, dir+"sections/werkt.toml"),
		"intro = \"\"\"\nHet team heeft de punten die het verschil maken op een rij gezet, namelijk deze:\n\"\"\"\nincomplete = ")
	if l := e.Sections[1].Lists[0]; len(l.Items) != 0 || l.Incomplete == "" {
		t.Errorf("announced list: %+v", l)
	}

	// Contact details and the logo's text are reported, never written.
	if got, want := unplacedLines(res), "1 logo Samenwerkingsverband Jeugd Rivierenland\n"+
		"24 Joris Vermeulen: joris@voorbeeld-rivierenland.nl of 06 12 34 56 78"; got != want {
		t.Errorf("unplaced:\n%s\nwant\n%s", got, want)
	}
	for _, file := range res.Files {
		for _, personal := range []string{"joris@", "06 12 34", "Vermeulen"} {
			if strings.Contains(string(file.Data), personal) {
				t.Errorf("%s publishes %q", file.Path, personal)
			}
		}
	}
	if !slices.ContainsFunc(res.Notes, func(n Note) bool {
		return n.Line == 24 && strings.Contains(n.Message.String(), "e-mail address or phone number, which the site does not publish")
	}) {
		t.Errorf("no note on the contact details: %v", res.Notes)
	}
	wantIn(t, "the last part", fileData(t, res, dir+"sections/meedoen.toml"),
		"text = \"\"\"\nWil je met je wijkteam meedoen? Neem contact op met de coördinator.\n\"\"\"\n")
}

func TestImportWorkshopSummary(t *testing.T) {
	src := readFile(t, workshopFixture)
	res := mustImportAs(t, src, "terugblik.txt")
	checkShapeImport(t, src, res)
	f := res.Factsheet
	e := f.Editions[0]
	if got := fmt.Sprintf("%s | %s | %v | %s | %s | %s", f.Title, e.Subtitle, f.Authors, f.Source.Published, e.ID, f.Publisher.Name); got !=
		"Terugblik Inspiratiemiddag wijkteams | 3 oktober 2023 | [Sanne de Wit] | 10-10-2023 | 2023-10-03 | Werkplaats Jeugd Rivierenland" {
		t.Errorf("header: %s", got)
	}
	if len(e.KeyFigures) != 1 || e.KeyFigures[0].Figure()+" "+e.KeyFigures[0].Label != "ruim 40 medewerkers van wijkteams" {
		t.Errorf("key figures: %+v", e.KeyFigures)
	}
	// Each workshop is a theme: the first sentence its finding, and its
	// quotes, questions and suggestions taken out of the prose.
	dir := "data/factsheets/terugblik-inspiratiemiddag-wijkteams/2023-10-03/"
	wantIn(t, "the first workshop", fileData(t, res, dir+"themes/samen-plannen-maken.toml"),
		"finding = \"De eerste groep sprak over plannen die gezinnen zelf mee opstellen.\"\n",
		"explanation = \"\"\"\nVeel deelnemers vinden het lastig om ouders vanaf het begin te betrekken.\n\"\"\"\n",
		"tips = [\"Ook werd de suggestie gedaan om een vaste opzet voor het plan te gebruiken.\"]\n",
		"[[questions]]\nid = \"houden-plan-kort-begrijpelijk\"\ntext = \"Hoe houden we het plan kort en begrijpelijk?\"\n",
		"[[quotes]]\ntext = \"Als ik het plan samen met de ouders schrijf, houden ze zich er ook echt aan.\"\nrole = \"deelnemer\"\n")
	wantIn(t, "the second workshop", fileData(t, res, dir+"themes/grenzen-stellen.toml"),
		"tips = [\"Aanvullend pleitte men voor een wekelijks moment om de caseload te bespreken.\"]\n",
		"text = \"af en toe nee durven zeggen tegen een nieuwe aanvraag\"\nrole = \"deelnemer\"\ncontext = \"Volgens een deelnemer moet je\"\n")
	if got := fmt.Sprint(len(e.Themes[0].Quotes), len(e.Themes[1].Quotes), len(e.Themes[0].Questions), len(e.Themes[1].Questions)); got != "1 2 1 0" {
		t.Errorf("quotes and questions per theme: %s", got)
	}
	// After the workshops, a paragraph about the whole afternoon: a part
	// whose title the user gives.
	wantIn(t, "the closing part", fileData(t, res, dir+"sections/deel.toml"),
		"title = \"TODO: titel\" # TODO: de titel van dit deel\n",
		"De opbrengst van deze middag gaat naar het overleg met de gemeenten in de regio.")
	// The page's buttons, counters and contact address are reported.
	if got, want := unplacedLines(res), "4 312 keer bekeken 2 reacties\n16 Reageren\n18 Contact\n19 info@voorbeeld-rivierenland.nl"; got != want {
		t.Errorf("unplaced:\n%s\nwant\n%s", got, want)
	}
}

// A text of none of the shapes is refused with what the importer reads
// and what to do instead.
func TestNoShapeSaysWhatIsRead(t *testing.T) {
	_, err := Import([]byte("Verslag\n"), Options{})
	if !errors.Is(err, ErrNoTheme) {
		t.Fatalf("err = %v", err)
	}
	_, err = Import([]byte("Een notitie\n\nMet wat tekst erin.\n"), Options{})
	if !errors.Is(err, ErrNoTheme) {
		t.Fatalf("err = %v", err)
	}
	for _, want := range []string{"'Rode draad'", "'Bouwsteen ...'", "'Bericht geplaatst op ...'", "'Terugblik ...'", "rodedraad new"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the refusal does not mention %s: %v", want, err)
		}
	}
}

// The shape comes from the words of the text, not from its name.
func TestShapeFromTheText(t *testing.T) {
	for _, c := range []struct {
		text string
		want textShape
	}{
		{"> Rode draad\n\nTitel\n", factsheetShape},
		{"■ BOUWSTEEN SAMEN\n\nTekst.\n", buildingBlockShape},
		{"Regio Noord\n\nBericht geplaatst op: 1 mei 2024\n\nTekst.\n", newsShape},
		{"Terugblik Werkmiddag\n\nTekst.\n", workshopShape},
		{"Bouwsteen in een zin die verder gaat.\n\n> Rode draad\n", factsheetShape},
		{"Een titel\n\nTekst.\n", factsheetShape},
	} {
		if got := shapeOf(blocks(splitLines(c.text))); got != c.want {
			t.Errorf("%q: shape %d, want %d", c.text, got, c.want)
		}
	}
}

// Lines with contact details are left out in a factsheet too.
func TestContactDetailsInAFactsheet(t *testing.T) {
	src := append(readFixture(t), []byte("\nMail de redactie: redactie@voorbeeld.nl\n")...)
	res := mustImport(t, src)
	if u := res.Unplaced[len(res.Unplaced)-1]; u.Text != "Mail de redactie: redactie@voorbeeld.nl" {
		t.Errorf("last unplaced: %+v", u)
	}
	for _, f := range res.Files {
		if strings.Contains(string(f.Data), "redactie@") {
			t.Errorf("%s has the address", f.Path)
		}
	}
}

// Sentences are split outside quotations only.
func TestSentences(t *testing.T) {
	got := sentences(`Eerst dit. “Dan een citaat. Met twee zinnen?” Daarna “een woord” en meer. Klaar`)
	want := []string{"Eerst dit.", "“Dan een citaat. Met twee zinnen?”", "Daarna “een woord” en meer.", "Klaar"}
	if !slices.Equal(got, want) {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
	if q, around, ok := quotation(`Daarna “een woord” en meer.`); ok {
		t.Errorf("a quoted term is no quotation: %q %q", q, around)
	}
}

// Key figures keep what they count, not the rest of the sentence.
func TestKeyFigures(t *testing.T) {
	d := &document{}
	d.keyFigures("Op 12 juni kwamen bijna 30 ouders vanuit 8 scholen bij elkaar; 75% van de ouders was tevreden. Project 9, stap [2] en 2023 niet.")
	var got []string
	for _, k := range d.figures {
		got = append(got, fmt.Sprintf("%s %s", k.Figure(), k.Label))
	}
	if want := []string{"bijna 30 ouders", "8 scholen", "75% van de ouders"}; !slices.Equal(got, want) {
		t.Errorf("figures: %q, want %q", got, want)
	}
}

// Odd texts of the new shapes still give files that load, with every
// line placed or reported.
func TestShapesOddTexts(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"a label without text", "Bouwsteen X\n\nDeel\n\n- **Wat:**\n- gewoon\n", `text = "Wat"`},
		{"a level without part", "Bouwsteen X\n\nNiveau 1 Alles\n\nTekst.\n", `title = "Niveau 1 Alles"`},
		{"levels with one question", "Bouwsteen X\n\nDeel\n\nNiveau 1 a\n\n... *'Klopt het?'*\n\nNiveau 2 b\n\n... *'Klopt het?'*\n",
			"id = \"klopt-2\""},
		{"a level without question", "Bouwsteen X\n\nDeel\n\nNiveau 1 Team\n\nTekst.\n", `question = "TODO: vraag" # TODO:`},
		{"a theme and a part of one title", "Bouwsteen X\n\nReflectie\n\nVragen:\n\n1. Gaat het goed?\n\nReflectie\n\nTekst.\n",
			`sections = ["reflectie-2"]`},
		{"nested items in a step", "Bouwsteen X\n\nWat doe je?\n\n1. Stap 1: kijk\n  - eerst dit\n  - en dat?\n2. Stap 2: praat\n",
			"how = [\"eerst dit\"]"},
		{"a quote without attribution", "Bericht geplaatst op: 1 mei 2024\n\nDeel\n\n“Dit zei iemand ooit op een dag.”\n",
			`role = "TODO: rol" # TODO:`},
		{"items before any part", "Bouwsteen X\n\nDit gaat vooraf. Dit zijn de afspraken:\n\n- een\n- twee\n",
			"title = \"TODO: titel\" # TODO: de titel van dit deel\ntext = \"\"\"\nDit gaat vooraf.\n\"\"\"\n\n[[lists]]\nid = \"afspraken\"\nkind = \"list\"\ntitle = \"Dit zijn de afspraken\"\n"},
		{"items in a part without title", "Terugblik Dag\n\nWerkgroep\nZin een. Zin twee.\n\nNog een alinea.\n\n- los punt\n",
			"title = \"TODO: titel\" # TODO: de titel van dit deel\ntext = \"\"\"\nNog een alinea.\n\"\"\"\n\n[[lists]]\nid = \"lijst\"\nkind = \"list\"\ntitle = \"TODO: titel\"\n"},
		{"a workshop with only quotes", "Terugblik Dag\n\nTekst vooraf.\n\nWerkgroep\n“Het was een hele goede middag.” “Nog een citaat van iemand anders.”\n",
			"role = \"deelnemer\""},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := []byte(c.text)
			res := mustImportAs(t, src, "x.txt")
			checkShapeImport(t, src, res)
			var all strings.Builder
			for _, f := range res.Files {
				all.Write(f.Data)
			}
			wantIn(t, "the files", all.String(), c.want)
		})
	}
}

// A forced import removes the section files an earlier import made that
// it no longer has, as it does theme files.
func TestForcedImportRemovesEarlierSections(t *testing.T) {
	dir := t.TempDir()
	src := readFile(t, buildingBlockFixture)
	if _, _, err := mustImportAs(t, src, "bouwsteen.txt").Write(dir, false); err != nil {
		t.Fatal(err)
	}
	shorter := src[:strings.Index(string(src), "Wat doe je als een overdracht vastloopt?")]
	_, removed, err := mustImportAs(t, shorter, "bouwsteen.txt").Write(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(removed) != 1 || !strings.HasSuffix(removed[0], "sections/doe-overdracht-vastloopt.toml") {
		t.Errorf("removed %v", removed)
	}
}
