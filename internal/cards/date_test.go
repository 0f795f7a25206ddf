package cards

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/browsertest"
)

// TestDeckPDFCarriesTheKnownDateOrNone renders a deck with a date and one
// without, and reads their metadata with pdfinfo: the date to the day, or
// no date at all, never 1970-01-01 or the time of the build.
func TestDeckPDFCarriesTheKnownDateOrNone(t *testing.T) {
	pdfinfo := browsertest.Tool(t, "pdfinfo", "poppler-utils")
	qpdf := browsertest.Tool(t, "qpdf", "qpdf")
	dir := t.TempDir()
	d := demoDecks(t)[0].Deck
	for _, tc := range []struct {
		name  string
		date  time.Time
		entry string // in the document information dictionary
		info  string // pdfinfo -isodates
	}{
		{"dated", time.Date(2020, time.November, 2, 0, 0, 0, 0, time.UTC), "/CreationDate (D:20201102)", "2020-11-02"},
		{"undated", time.Time{}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Render(d, demo(t), Options{Size: A6, Sheet: A4}, tc.date)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, tc.name+".pdf")
			if err := os.WriteFile(path, res.PDF, 0o644); err != nil {
				t.Fatal(err)
			}
			run(t, qpdf, "--check", path) // the offsets of the cross-reference table still hold
			info := run(t, pdfinfo, "-isodates", path)
			dates := infoDates(info)
			switch {
			case tc.info == "" && len(dates) != 0:
				t.Errorf("a deck without a date carries %q", dates)
			case tc.info != "" && (len(dates) != 2 || !strings.HasPrefix(dates[0], "CreationDate: "+tc.info) || !strings.HasPrefix(dates[1], "ModDate: "+tc.info)):
				t.Errorf("dates %q, want CreationDate and ModDate %s", dates, tc.info)
			}
			if strings.Contains(info, "1970") || bytes.Contains(res.PDF, []byte("D:1970")) || bytes.Contains(res.PDF, []byte("D:0001")) {
				t.Errorf("a false date in the PDF:\n%s", info)
			}
			if tc.entry != "" && !bytes.Contains(res.PDF, []byte(tc.entry)) {
				t.Errorf("the PDF lacks %s", tc.entry)
			}
			if tc.entry == "" && (bytes.Contains(res.PDF, []byte("/CreationDate")) || bytes.Contains(res.PDF, []byte("/ModDate"))) {
				t.Error("an undated deck still has a CreationDate or ModDate entry")
			}
		})
	}
}

// infoDates are the lines of pdfinfo's output that give a date.
func infoDates(info string) []string {
	var dates []string
	for _, line := range strings.Split(info, "\n") {
		if strings.HasPrefix(line, "CreationDate:") || strings.HasPrefix(line, "ModDate:") {
			dates = append(dates, strings.Join(strings.Fields(line), " "))
		}
	}
	return dates
}

// TestDecksAreDatedByTheirData: an edition's deck carries the edition's
// date, else the day its factsheet's source was published, else none.
func TestDecksAreDatedByTheirData(t *testing.T) {
	s := demo(t)
	dates := func() map[string]string {
		decks := Decks(s)
		out := map[string]string{}
		for _, d := range decks {
			if !d.Date.IsZero() {
				out[d.ID] = d.Date.Format(time.DateOnly)
			} else {
				out[d.ID] = ""
			}
		}
		return out
	}
	got := dates()
	for id, want := range map[string]string{
		"haaglanden-ontwikkeltafel-2022-05-19":                       "2022-05-19", // the edition's date
		"haaglanden-ontwikkeltafel-2022-05-19-vakmanschap-vergroten": "2022-05-19",
		"friesland-2021-2024":                                        "", // neither the edition nor its source has a date
		"friesland-2021-2024-verklarende-analyse":                    "",
	} {
		if date, ok := got[id]; !ok || date != want {
			t.Errorf("deck %s: date %q (found: %v), want %q", id, date, ok, want)
		}
	}
	e := s.Factsheet("haaglanden-ontwikkeltafel").Edition("2022-05-19")
	if e.Factsheet.Source.Published != "24-05-2022" {
		t.Fatalf("the demo's source date changed: %q", e.Factsheet.Source.Published)
	}
	e.Date = time.Time{}
	if date := dates()["haaglanden-ontwikkeltafel-2022-05-19"]; date != "2022-05-24" {
		t.Errorf("an undated edition's deck: date %q, want the source's 2022-05-24", date)
	}
}
