package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/markdown"
)

// TestCardsCommandDatesDecksByTheirData builds two decks of the demo with
// the cards command and reads their dates with pdfinfo: a dated edition's
// deck has its date, a deck whose edition and source give none has no
// date, rather than 1970-01-01.
func TestCardsCommandDatesDecksByTheirData(t *testing.T) {
	pdfinfo := browsertest.Tool(t, "pdfinfo", "poppler-utils")
	for theme, want := range map[string]string{
		"haaglanden-ontwikkeltafel/2022-05-19/vakmanschap-vergroten": "CreationDate: 2022-05-19T00:00:00",
		"friesland/2021-2024/verklarende-analyse":                    "",
	} {
		out := t.TempDir()
		if code, _, errOut := runCLI("cards", "-s", "../..", "-d", out, "--theme", theme); code != exitOK {
			t.Fatalf("%s: exit %d: %s", theme, code, errOut)
		}
		pdf := filepath.Join(out, strings.ReplaceAll(theme, "/", "-")+"-a6.pdf")
		info, err := exec.Command(pdfinfo, "-isodates", pdf).CombinedOutput()
		if err != nil {
			t.Fatalf("pdfinfo %s: %v\n%s", pdf, err, info)
		}
		var dates []string
		for _, line := range strings.Split(string(info), "\n") {
			if strings.HasPrefix(line, "CreationDate:") || strings.HasPrefix(line, "ModDate:") {
				dates = append(dates, strings.Join(strings.Fields(line), " "))
			}
		}
		switch {
		case want == "" && len(dates) > 0:
			t.Errorf("%s: the deck of an undated edition carries %q", theme, dates)
		case want != "" && (len(dates) == 0 || !strings.HasPrefix(dates[0], want)):
			t.Errorf("%s: dates %q, want %s", theme, dates, want)
		}
	}
}

// deckQuestions makes a deck with the cards command, one card a page
// (front, then back), and returns its stdout and the text of each
// question card's front and back, in deck order, as one line each.
func deckQuestions(t *testing.T, args ...string) (stdout string, fronts, backs []string) {
	t.Helper()
	pdftotext := browsertest.Tool(t, "pdftotext", "poppler-utils")
	out := t.TempDir()
	code, stdout, errOut := runCLI(append([]string{"cards", "-s", "../..", "-d", out, "--sheet", "single"}, args...)...)
	if code != exitOK {
		t.Fatalf("%v: exit %d: %s", args, code, errOut)
	}
	pdfs, _ := filepath.Glob(filepath.Join(out, "*.pdf"))
	if len(pdfs) != 1 {
		t.Fatalf("%v: want one PDF, got %v", args, pdfs)
	}
	text, err := exec.Command(pdftotext, pdfs[0], "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdfs[0], err)
	}
	pages := strings.Split(strings.TrimSuffix(string(text), "\f"), "\f")
	if len(pages)%2 != 0 {
		t.Fatalf("%v: %d pages, not a front and a back per card", args, len(pages))
	}
	// The first card is the instruction card.
	for i := 2; i < len(pages); i += 2 {
		fronts = append(fronts, oneLine(pages[i]))
		backs = append(backs, oneLine(pages[i+1]))
	}
	return stdout, fronts, backs
}

// oneLine joins a page's text into one line, hyphenated words whole.
func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\u00ad\n", "")
	return strings.Join(strings.Fields(s), " ")
}

// questionTexts are the plain texts of the questions with the given
// references (factsheet/edition/id), from the demo data.
func questionTexts(t *testing.T, refs ...string) []string {
	t.Helper()
	s, diags := load.Site("../..")
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	var texts []string
	for _, ref := range refs {
		i := strings.LastIndex(ref, "/")
		found := ""
		for _, f := range s.Factsheets {
			for _, e := range f.Editions {
				if e.Ref() != ref[:i] {
					continue
				}
				for _, q := range e.Questions() {
					if q.ID == ref[i+1:] {
						found = markdown.Plain(string(q.Text))
					}
				}
			}
		}
		if found == "" {
			t.Fatalf("the demo has no question %s", ref)
		}
		texts = append(texts, found)
	}
	return texts
}

// themeQuestions are the references of a theme's questions, in order.
func themeQuestions(t *testing.T, ref string) []string {
	t.Helper()
	s, diags := load.Site("../..")
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	th := s.ResolveTheme(nil, ref)
	if th == nil {
		t.Fatalf("the demo has no theme %s", ref)
	}
	var refs []string
	for _, q := range th.Questions {
		refs = append(refs, th.Edition.Ref()+"/"+q.ID)
	}
	return refs
}

// checkOrder fails unless each card's front starts with the question
// expected there, and the card counts say so.
func checkOrder(t *testing.T, what string, fronts []string, want []string) {
	t.Helper()
	if len(fronts) != len(want) {
		t.Errorf("%s: %d question cards, want %d", what, len(fronts), len(want))
	}
	for i := range min(len(fronts), len(want)) {
		// The front opens with the band's label, then the question.
		if !strings.Contains(fronts[i], want[i]) {
			t.Errorf("%s: card %d reads %q, want the question %q", what, i+1, fronts[i], want[i])
		}
		// pdftotext reads the thin spaces around the slash as none, or as one.
		if n := fmt.Sprintf("%d/%d", i+1, len(want)); !strings.HasSuffix(strings.ReplaceAll(fronts[i], " / ", "/"), n) {
			t.Errorf("%s: card %d does not end with its number %q: %q", what, i+1, n, fronts[i])
		}
	}
}

// A trainer's decks: a topic across factsheets, several themes in the
// order given (repeated or comma-separated), and questions picked by id;
// each says how many cards of each kind it holds. These were an unknown
// flag, the last theme only, and nothing found.
func TestCardsCommandComposesDecks(t *testing.T) {
	t.Run("topic across factsheets", func(t *testing.T) {
		stdout, fronts, backs := deckQuestions(t, "--tag", "reflectie")
		var want []string
		for _, th := range []string{"friesland/2021-2024/lerende-praktijk", "haaglanden-ontwikkeltafel/2022-05-19/vakmanschap-vergroten", "haaglanden-reflectie/editie-1/reflectie"} {
			want = append(want, themeQuestions(t, th)...)
		}
		checkOrder(t, "--tag reflectie", fronts, questionTexts(t, want...))
		if !strings.Contains(stdout, "onderwerp-reflectie-a6-los.pdf: 11 cards (an instruction card and 10 questions)") {
			t.Errorf("stdout:\n%s", stdout)
		}
		// The backs name the factsheet each card comes from, and number it.
		series := map[string]int{}
		for i, b := range backs {
			for _, f := range []string{"Samen leren doen in de jeugdhulp", "Ontwikkeltafel", "Reflectie"} {
				if strings.Contains(b, f) {
					series[f]++
				}
			}
			if !strings.HasSuffix(b, fmt.Sprint(" ", i+1)) {
				t.Errorf("back of card %d does not end with its number: %q", i+1, b)
			}
		}
		if len(series) < 2 {
			t.Errorf("the backs do not name the factsheets they come from: %v\n%q", series, backs)
		}
	})
	t.Run("several themes", func(t *testing.T) {
		a, b := "friesland/2021-2024/lerende-praktijk", "friesland/2021-2024/verklarende-analyse"
		want := questionTexts(t, append(themeQuestions(t, a), themeQuestions(t, b)...)...)
		for _, args := range [][]string{{"--theme", a, "--theme", b}, {"--theme", a + "," + b}, {"--theme", "friesland/lerende-praktijk,verklarende-analyse"}} {
			stdout, fronts, _ := deckQuestions(t, append(args, "--title", "Sessie maart")...)
			checkOrder(t, strings.Join(args, " "), fronts, want)
			if !strings.Contains(stdout, "sessie-maart-a6-los.pdf: 14 cards (an instruction card and 13 questions)") {
				t.Errorf("%v: stdout:\n%s", args, stdout)
			}
		}
	})
	t.Run("questions by id, and an edition", func(t *testing.T) {
		ids := []string{"haaglanden-reflectie/editie-1/" + strings.Split(themeQuestions(t, "haaglanden-reflectie/editie-1/reflectie")[1], "/")[2],
			"friesland/2021-2024/eerst-medemens", "friesland/2021-2024/aandachtig-luisteren"}
		_, fronts, _ := deckQuestions(t, "--question", ids[0], "--question", "friesland/eerst-medemens,aandachtig-luisteren")
		checkOrder(t, "--question", fronts, questionTexts(t, ids...))
		// A whole edition is its own deck, as build makes it.
		stdout, fronts, _ := deckQuestions(t, "--theme", "friesland/2021-2024")
		if len(fronts) != 45 || !strings.Contains(stdout, "friesland-2021-2024-a6-los.pdf: 46 cards (an instruction card and 45 questions)") {
			t.Errorf("the edition's deck: %d question cards, stdout:\n%s", len(fronts), stdout)
		}
	})
}

// A reference that names nothing, or too much, is refused with the flag,
// the reference and what it may have meant; nothing is written.
func TestCardsCommandRefusesUnclearReferences(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"--theme", "friesland/verklarend"}, []string{"--theme friesland/verklarend names no theme or edition", "friesland/2021-2024/verklarende-analyse"}},
		{[]string{"--tag", "jeugdzorg"}, []string{"--tag jeugdzorg is no topic", "data/site.toml", "regie (Regie)", "werkdruk (Werkdruk)"}},
		{[]string{"--question", "aandachtig-luisterenn"}, []string{"--question aandachtig-luisterenn names no question", "friesland/2021-2024/aandachtig-luisteren"}},
		{[]string{"--theme", "haaglanden-ontwikkeltafel/2022-05-19/werkprocessen-verbeteren"}, []string{"has no questions"}},
		{[]string{"--title", "Alleen een titel"}, []string{"--title names a deck of one's own", "--theme, --tag or --question"}},
	} {
		out := t.TempDir()
		code, _, errOut := runCLI(append([]string{"cards", "-s", "../..", "-d", out}, c.args...)...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d: %s", c.args, code, exitUsage, errOut)
		}
		for _, w := range c.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("%v: the message does not say %q:\n%s", c.args, w, errOut)
			}
		}
		if files, _ := os.ReadDir(out); len(files) > 0 {
			t.Errorf("%v: wrote %d files", c.args, len(files))
		}
	}
}
