package importer

import (
	"bytes"
	"github.com/rodedraad/rodedraad/internal/message"
	"slices"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/docx"
	"github.com/rodedraad/rodedraad/internal/docx/docxtest"
)

// A factsheet written in Word imports as its text export does, and keeps
// what the export loses: the addresses of the 'Meer weten?' links.
func TestImportWordDocument(t *testing.T) {
	doc := docxtest.Factsheet()
	// Lettering between the themes, which belongs nowhere: paragraph 18.
	doc.Body = slices.Insert(doc.Body, 17, docxtest.P("", docxtest.R("WERKPLAATS OOST")))
	res := mustImportAs(t, doc.Bytes(), "thuis.docx")
	if diags := loadResult(res); len(diags) > 0 {
		t.Fatalf("the imported files do not pass check:\n%v", diags)
	}
	if got, want := res.Summary().String(), "2 themes, 4 questions (1 sub-question), 3 practice examples, 2 tips, 2 link groups; 1 paragraph not placed"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	edition := fileData(t, res, "data/factsheets/thuis-buurt/2023-2024/edition.toml")
	for _, want := range []string{
		`url = "https://www.example.org/warme-overdracht"`,
		`url = "https://www.example.org/gesprek"`,
		`url = "https://www.example.org/onderzoek?jaar=2024&deel=2"`,
		`note = "over het overdragen van gezinnen."`,
		"In de **werkplaats Oost** spraken",
	} {
		if !strings.Contains(edition, want) {
			t.Errorf("edition.toml lacks %s:\n%s", want, edition)
		}
	}
	theme := fileData(t, res, "data/factsheets/thuis-buurt/2023-2024/themes/vast-gezicht.toml")
	for _, want := range []string{
		"# Geïmporteerd met `rodedraad import` uit thuis.docx, alinea's 6-18.",
		`text = "Vertel ik het gezin op tijd wie het *volgende* aanspreekpunt wordt?"`,
		`sub = ["Ook bij een korte vakantie?"]`,
		`text = "Draag ik mijn gezinnen over met een **warm gesprek**?"`,
	} {
		if !strings.Contains(theme, want) {
			t.Errorf("vast-gezicht.toml lacks %s:\n%s", want, theme)
		}
	}
	if lost := unaccounted(t, doc.Bytes(), res); len(lost) > 0 {
		t.Errorf("paragraphs neither written nor reported:\n%s", strings.Join(lost, "\n"))
	}
	for l, want := range map[message.Language]string{
		message.English: `thuis.docx, paragraph 18: not placed: "WERKPLAATS OOST"`,
		message.Dutch:   `thuis.docx, alinea 18: niet geplaatst: "WERKPLAATS OOST"`,
	} {
		var report bytes.Buffer
		res.Report(&report, "", l)
		if !strings.Contains(report.String(), want) {
			t.Errorf("report lacks %s:\n%s", want, report.String())
		}
	}
}

// A file that looks like a Word document but is none, or a damaged one,
// is refused with what to do, whatever its name.
func TestImportRefusesWhatIsNoWordDocument(t *testing.T) {
	damaged := docxtest.Factsheet().Bytes()
	damaged = damaged[:len(damaged)/2]
	for name, src := range map[string][]byte{
		"factsheet.txt": append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 100)...),
		"halve.docx":    damaged,
	} {
		res, err := Import(src, Options{Name: name})
		if err == nil || res != nil {
			t.Errorf("%s: imported, want an error", name)
			continue
		}
		if !strings.Contains(err.Error(), "save it as") {
			t.Errorf("%s: %v, want it to say what to do", name, err)
		}
	}
	if _, err := Import(damaged, Options{}); err != docx.ErrNotDocx {
		t.Errorf("a cut-off archive: %v, want ErrNotDocx", err)
	}
}

// A link of a Word document leads only to a web address: one to a script,
// a file or an e-mail address is no link on the site, and is reported.
func TestWordLinksThatAreNoWebAddress(t *testing.T) {
	doc := docxtest.Factsheet()
	doc.Links["rIdOverdracht"] = "javascript:alert(document.cookie)"
	doc.Links["rIdOnderzoek"] = `file:///C:/Users/beleid/Documents/onderzoek.docx`
	res := mustImportAs(t, doc.Bytes(), "thuis.docx")
	edition := fileData(t, res, "data/factsheets/thuis-buurt/2023-2024/edition.toml")
	for _, bad := range []string{"javascript", "file:", "C:/Users"} {
		if strings.Contains(edition, bad) {
			t.Errorf("edition.toml links to %s:\n%s", bad, edition)
		}
	}
	var report bytes.Buffer
	res.Report(&report, "", message.English)
	for _, want := range []string{`the address "javascript:alert`, `the address "file:///C:/Users/beleid/Documents/onderzoek.docx" is no web address`} {
		if !strings.Contains(report.String(), want) {
			t.Errorf("report lacks %s:\n%s", want, report.String())
		}
	}
	if diags := loadResult(res); len(diags) > 0 {
		t.Errorf("the imported files do not pass check:\n%v", diags)
	}
}
