package export

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/model"
)

func loadSite(t *testing.T, dir string) *model.Site {
	t.Helper()
	s, diags := load.Site(dir)
	if diags.HasErrors() {
		t.Fatalf("%s is not valid:\n%v", dir, diags)
	}
	return s
}

// TestDemoData checks the JSON export of the demo data against the
// model: every question of every edition, in Edition.Questions order.
func TestDemoData(t *testing.T) {
	s := loadSite(t, "../..")
	var buf bytes.Buffer
	if err := WriteJSON(&buf, Questions(s)); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		GeneratedBy string `json:"generated_by"`
		Questions   []Row  `json:"questions"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if doc.GeneratedBy != "rodedraad" {
		t.Errorf("generated_by = %q", doc.GeneratedBy)
	}
	var want, current []string
	drafts := map[string]bool{}
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			for _, q := range e.Questions() {
				want = append(want, e.Ref()+"/"+q.ID)
			}
			drafts[e.Ref()] = e.Draft
		}
		current = append(current, f.Current().Ref())
	}
	var got []string
	for _, r := range doc.Questions {
		got = append(got, r.Factsheet+"/"+r.Edition+"/"+r.ID)
		if r.Current != slices.Contains(current, r.Factsheet+"/"+r.Edition) {
			t.Errorf("%s/%s: current = %t", r.Factsheet, r.Edition, r.Current)
		}
		if r.Draft != drafts[r.Factsheet+"/"+r.Edition] {
			t.Errorf("%s/%s: draft = %t", r.Factsheet, r.Edition, r.Draft)
		}
		if r.Text == "" || strings.ContainsAny(r.Text, "*_") || r.Path == "" || r.Sub == nil {
			t.Errorf("incomplete row: %+v", r)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("the export has %d questions, the editions %d; or their order differs", len(got), len(want))
	}
	if len(want) != s.Count().Questions {
		t.Errorf("%d rows, check counts %d questions", len(want), s.Count().Questions)
	}
	if !slices.ContainsFunc(doc.Questions, func(r Row) bool { return !r.Current }) ||
		!slices.ContainsFunc(doc.Questions, func(r Row) bool { return r.Kind == InSection }) {
		t.Error("the demo data should give rows of an older edition and of a section")
	}

	var again bytes.Buffer
	if err := WriteJSON(&again, Questions(s)); err != nil || !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("two exports of the same data differ")
	}
}

// TestMinimal checks the rows of the minimal project in full.
func TestMinimal(t *testing.T) {
	rows := Questions(loadSite(t, "../load/testdata/minimal"))
	if len(rows) != 3 {
		t.Fatalf("%d rows, want 3", len(rows))
	}
	want := Row{
		Factsheet: "demo", FactsheetTitle: "Leren in de wijk", Edition: "2024", EditionLabel: "2024", Current: true,
		Kind: InTheme, Part: "luisteren", PartTitle: "Goed luisteren", ID: "tijd-nemen", Position: 2,
		Text: "Neem ik genoeg tijd?", Sub: []string{"Ook als het druk is?"},
		Audience: "professional", Level: "het-goed", LevelLabel: "Het goed doen",
		Path: "/demo/2024/luisteren/#vraag-tijd-nemen",
	}
	if !reflect.DeepEqual(rows[1], want) {
		t.Errorf("got  %+v\nwant %+v", rows[1], want)
	}
	if rows[0].Text != "Luister ik echt naar het verhaal van het gezin?" {
		t.Errorf("text not plain: %q", rows[0].Text)
	}
	last := rows[2]
	if last.Kind != InSection || last.Part != "stappen" || last.PartTitle != "Als het vastloopt" || last.Position != 3 ||
		last.Path != "/demo/2024/stappen/#vraag-wat-is-mijn-rol" || last.Sub == nil || len(last.Sub) != 0 {
		t.Errorf("section question: %+v", last)
	}
}

// TestHeaderMatchesJSON keeps the CSV columns and the JSON names the same.
func TestHeaderMatchesJSON(t *testing.T) {
	var names []string
	for f := range reflect.TypeFor[Row]().Fields() {
		names = append(names, f.Tag.Get("json"))
	}
	if !slices.Equal(names, Header) {
		t.Errorf("Header %v, Row's JSON names %v", Header, names)
	}
}

func TestEmptySite(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, Questions(&model.Site{})); err != nil {
		t.Fatal(err)
	}
	if want := "{\n  \"generated_by\": \"rodedraad\",\n  \"questions\": []\n}\n"; buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}
