package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
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
