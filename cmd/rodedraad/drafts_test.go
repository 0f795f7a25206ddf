package main

import (
	"encoding/json"
	"fmt"
	"html"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
	"github.com/rodedraad/rodedraad/internal/export"
)

// The demo's example edition is a draft: invented text that only the
// preview shows. These are words of it that no published edition has,
// found by comparing its files with those of edition 2021-2024.
var invented = []string{
	"2025-voorbeeld", // its id, in addresses and file names
	"2025 (voorbeeld)",
	"verzonnen voorbeeld", // its notice
	"Staan we als professionals rond een gezin tussendoor samen stil", // its new question
	"samenwerken aan één plan",                                        // its renamed theme
	"samen-een-plan",                                                  // the renamed theme's id
	"eigen plan voor hetzelfde gezin",                                 // its new practice example
	"Schrijf ik de analyse op in",                                     // its reworded question
	"Vraag jeugdigen en ouders regelmatig hoe zij de hulp",            // its new tip
}

// squeeze reduces a text to its letters and digits, lowercased, so that
// a phrase is found however a PDF breaks and hyphenates its lines, or a
// page escapes or spaces it.
func squeeze(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '\u00ad' && r != '\u2010' && r != '\u2011' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// outputTexts reads every file of a build as text, by path: pages,
// scripts and data as they are, PDFs through pdftotext.
func outputTexts(t *testing.T, dir string) map[string]string {
	t.Helper()
	pdftotext := browsertest.Tool(t, "pdftotext", "poppler-utils")
	texts := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		var data []byte
		if strings.HasSuffix(path, ".pdf") {
			data, err = exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
		} else {
			data, err = os.ReadFile(path)
		}
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			return nil
		}
		texts[filepath.ToSlash(rel)] = html.UnescapeString(string(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return texts
}

// inventedIn lists, per phrase of the example edition, the files whose
// path or text holds it.
func inventedIn(texts map[string]string) map[string][]string {
	found := map[string][]string{}
	for rel, text := range texts {
		path, body := squeeze(rel), squeeze(text)
		for _, phrase := range invented {
			if p := squeeze(phrase); strings.Contains(path, p) || strings.Contains(body, p) {
				found[phrase] = append(found[phrase], rel)
			}
		}
	}
	return found
}

func TestPlainBuildOfTheDemoPublishesNoInventedText(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := runCLI("build", "-s", "../..", "-d", out)
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if want := "note: left out 1 draft edition, friesland/2025-voorbeeld: serve and build --drafts show drafts\n"; !strings.Contains(stderr, want) {
		t.Errorf("the build does not say it left the draft out; stderr:\n%s", stderr)
	}
	texts := outputTexts(t, out)
	pdfs := 0
	for rel := range texts {
		if strings.HasSuffix(rel, ".pdf") {
			pdfs++
		}
	}
	if pdfs < 10 {
		t.Fatalf("the build holds %d PDFs; the search below would prove little", pdfs)
	}
	for phrase, files := range inventedIn(texts) {
		t.Errorf("the published site holds %q of the invented example edition, in %d files: %s", phrase, len(files), strings.Join(first(files, 5), ", "))
	}

	// The factsheet's own address is the restated publication.
	start := texts["friesland/index.html"]
	if !strings.Contains(start, "Geleerde lessen voor de praktijk (2021–2024)") || strings.Contains(start, "edition-banner") {
		t.Errorf("/friesland/ is not the 2021–2024 edition without banners:\n%.2000s", start)
	}
	if _, err := os.Stat(filepath.Join(out, "friesland/2021-2024/index.html")); err != nil {
		t.Errorf("the current edition's own directory does not lead to it: %v", err)
	}
	// A question only 2021–2024 has can be found, and is current in the
	// open data.
	if !strings.Contains(texts["zoekindex.js"], "vraag-los-van-crisisdenken") {
		t.Error("the search index lacks question los-van-crisisdenken of the current edition")
	}
	var data struct{ Questions []export.Row }
	if err := json.Unmarshal([]byte(texts["open-data/vragen.json"]), &data); err != nil {
		t.Fatal(err)
	}
	current, wrong := 0, []string{}
	for _, r := range data.Questions {
		if r.Factsheet != "friesland" {
			continue
		}
		if r.Current && r.Edition == "2021-2024" && !r.Draft {
			current++
		} else {
			wrong = append(wrong, fmt.Sprintf("%s/%s (current %t, draft %t)", r.Edition, r.ID, r.Current, r.Draft))
		}
	}
	if current != 45 || len(wrong) > 0 {
		t.Errorf("open data: %d current questions of Friesland 2021-2024, want 45; and %d others: %s", current, len(wrong), strings.Join(first(wrong, 3), ", "))
	}
	// Topic pages list the current edition's themes.
	if topic := texts["onderwerpen/samenwerking/index.html"]; !strings.Contains(topic, "friesland/2021-2024/integraal-samenwerken/") {
		t.Error("the topic page samenwerking does not list the current edition's theme integraal-samenwerken")
	}
}

// The same search finds the invented text in a draft build, PDFs
// included: the test above would see it if it were there. A draft build
// shows the draft with its banner and its changes page, keeps it out of
// the sitemap and from search engines, and credits nobody for it.
func TestDraftBuildOfTheDemoShowsTheDraft(t *testing.T) {
	out := filepath.Join(t.TempDir(), "preview")
	code, stdout, stderr := runCLI("build", "--drafts", "-s", "../..", "-d", out)
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if want := "note: this build shows 1 draft edition, friesland/2025-voorbeeld: it is a preview, not for publishing\n"; !strings.Contains(stderr, want) {
		t.Errorf("the build does not warn that it holds a draft; stderr:\n%s", stderr)
	}
	texts := outputTexts(t, out)
	found := inventedIn(texts)
	for _, phrase := range invented {
		if len(found[phrase]) == 0 {
			t.Errorf("the draft build lacks %q", phrase)
		}
	}
	if !slicesContainsSuffix(found["Staan we als professionals rond een gezin tussendoor samen stil"], ".pdf") {
		t.Error("the invented question is on no card deck: the PDF text is not searched")
	}

	banner := regexp.MustCompile(`(?s)<section class="draft-banner" aria-labelledby="concept-banner">.*?<h2 id="concept-banner">(.*?)</h2>.*?<p>(.*?)</p>.*?</section>`)
	bannerText := map[string][2]string{
		"nl": {"Concept", "De editie 2025 (voorbeeld) is nog niet gepubliceerd."},
		"en": {"Draft", "The edition 2025 (voorbeeld) has not been published yet."},
		"fy": {"Konsept", "De edysje 2025 (voorbeeld) is noch net publisearre."},
	}
	pages := 0
	for rel, text := range texts {
		if !strings.HasSuffix(rel, ".html") || !strings.Contains(rel, "2025-voorbeeld/") || strings.Contains(text, `http-equiv="refresh"`) {
			continue
		}
		pages++
		lang, _, _ := strings.Cut(rel, "/")
		want, ok := bannerText[lang]
		if !ok {
			want = bannerText["nl"]
		}
		if m := banner.FindStringSubmatch(text); m == nil || m[1] != want[0] || !strings.HasPrefix(m[2], want[1]) {
			t.Errorf("%s: no banner %q saying %q: %q", rel, want[0], want[1], m)
		}
		if !strings.Contains(text, `<meta name="robots" content="noindex">`) {
			t.Errorf("%s: search engines may index the draft", rel)
		}
		for _, credit := range []string{"Anja Holwerda", "Alona Labun", "Studio van der Velde", "Geleerde lessen voor de praktijk (2021 - 2024)"} {
			if strings.Contains(text, credit) {
				t.Errorf("%s credits %q for the draft's text", rel, credit)
			}
		}
	}
	changes := texts["friesland/2025-voorbeeld/wijzigingen/index.html"]
	if !strings.Contains(changes, "<h1>Wat is er veranderd?</h1>") || !strings.Contains(changes, `id="vraag-samenwerking-evalueren"`) {
		t.Errorf("the draft's changes page is missing or empty:\n%.2000s", changes)
	}
	if start := texts["friesland/index.html"]; !strings.Contains(start, "Geleerde lessen voor de praktijk (2021–2024)") || strings.Contains(start, "draft-banner") {
		t.Error("with drafts, /friesland/ is still the published 2021–2024 edition, without a Concept banner")
	}
	if pages < 3*15 {
		t.Errorf("%d pages of the draft; want its start page, themes, cards and changes in three languages", pages)
	}
	for _, lang := range []string{"nl", "en", "fy"} {
		sitemap := texts[lang+"/sitemap.xml"]
		if strings.Contains(sitemap, "2025-voorbeeld") || !strings.Contains(sitemap, "friesland/2021-2024/") {
			t.Errorf("the %s sitemap lists the draft, or not the published edition:\n%s", lang, sitemap)
		}
	}
	if strings.Contains(texts["zoekindex.js"], "2025-voorbeeld") {
		t.Error("the search index holds the draft; it holds the current editions")
	}

	// The draft's decks say they are a draft and an invented example, and
	// do not name the publication they were not taken from.
	deck := squeeze(texts["kaarten/friesland-2025-voorbeeld-a6.pdf"])
	for _, want := range []string{"Concept: deze editie is nog niet gepubliceerd", "verzonnen voorbeeld"} {
		if !strings.Contains(deck, squeeze(want)) {
			t.Errorf("the draft's deck lacks %q", want)
		}
	}
	if strings.Contains(deck, squeeze("Bron:")) || strings.Contains(deck, squeeze("Geleerde lessen voor de praktijk")) {
		t.Error("the draft's deck names the real publication as its source")
	}
	pdfinfo := browsertest.Tool(t, "pdfinfo", "poppler-utils")
	info, err := exec.Command(pdfinfo, filepath.Join(out, "kaarten/friesland-2025-voorbeeld-samenwerking-tussen-professionals-a7.pdf")).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Title:           Concept – Intervisiekaarten: Samenwerking tussen professionals\n", "Author:          Concept, nog niet gepubliceerd\n"} {
		if !strings.Contains(string(info), want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
}

// The mistake of the demo before it had drafts: its invented example
// edition as the current one.
func TestCheckRefusesACurrentDraft(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "data"), os.DirFS("../../data")); err != nil {
		t.Fatal(err)
	}
	sheet := filepath.Join(dir, "data/factsheets/friesland/factsheet.toml")
	lines := strings.Split(readText(t, sheet), "\n")
	at := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "current = ") })
	if at < 0 {
		t.Fatal("the demo's factsheet.toml sets no current edition")
	}
	lines[at] = `current = "2025-voorbeeld"`
	write(t, sheet, strings.Join(lines, "\n"))
	code, stdout, stderr := runCLI("check", "-s", dir)
	want := fmt.Sprintf("%s:%d:1: current: edition \"2025-voorbeeld\" is a draft (draft = true in 2025-voorbeeld/edition.toml), and a draft is never published: "+
		"set current to a published edition, such as \"2021-2024\", or publish 2025-voorbeeld by removing its draft = true\n"+
		"%s:8:1: warning: contact: this is the demo's own text, which says the site is an example of rodedraad: write who makes this site and whom readers can ask\n"+
		"1 error, 1 warning: the data is not valid\n", sheet, at+1, filepath.Join(dir, "data/site.toml"))
	// The copy is not rodedraad's repository, so the demo's contact text is
	// out of place in it.
	if code != exitInvalid || stdout != "" || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant:\n%s", code, stdout, stderr, want)
	}
}

// diff and export take a draft when asked for it; a plain export leaves
// drafts out, as the published site does.
func TestDiffAndExportOfADraft(t *testing.T) {
	code, stdout, stderr := runCLI("diff", "-s", "../..", "friesland/2021-2024", "friesland/2025-voorbeeld")
	if code != exitOK || !strings.Contains(stdout, "+ samenwerking-evalueren in samenwerking-tussen-professionals:") {
		t.Errorf("diff with a draft: exit %d\n%s%s", code, stdout, stderr)
	}
	editions := func(args ...string) map[string]bool {
		t.Helper()
		code, stdout, stderr := runCLI(append([]string{"export", "-s", "../.."}, args...)...)
		if code != exitOK {
			t.Fatalf("export %v: exit %d\n%s", args, code, stderr)
		}
		var doc struct{ Questions []export.Row }
		if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, r := range doc.Questions {
			seen[r.Factsheet+"/"+r.Edition] = r.Draft
		}
		return seen
	}
	plain := editions()
	if _, ok := plain["friesland/2025-voorbeeld"]; ok || len(plain) != 4 {
		t.Errorf("a plain export holds %v; want the 4 published editions with questions", plain)
	}
	all := editions("--drafts")
	if draft, ok := all["friesland/2025-voorbeeld"]; !ok || !draft || all["friesland/2021-2024"] || len(all) != 5 {
		t.Errorf("export --drafts holds %v; want the draft marked as one", all)
	}
}

func first(s []string, n int) []string { return s[:min(n, len(s))] }

func slicesContainsSuffix(s []string, suffix string) bool {
	for _, v := range s {
		if strings.HasSuffix(v, suffix) {
			return true
		}
	}
	return false
}

func readText(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestDraftsInHelp(t *testing.T) {
	for cmd, want := range map[string]string{
		"build":  "--drafts",
		"cards":  "--drafts",
		"export": "--drafts",
		"serve":  "'Concept' banner",
		"diff":   "(drafts too)",
	} {
		code, out, _ := runCLI(cmd, "--help")
		if code != exitOK || !strings.Contains(out, want) || !strings.Contains(out, "draft") {
			t.Errorf("%s --help does not explain drafts (%q):\n%s", cmd, want, out)
		}
	}
}
