package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const minimal = "../../internal/load/testdata/minimal"

// checkoutCache is where commands run on this checkout's demo keep their
// PDFs, made anew for every run of the tests: the checkout's own
// resources/_gen/pdf may hold PDFs that other code rendered, under the
// same engine version while that code was being written.
var checkoutCache string

func runCLI(args ...string) (code int, stdout, stderr string) {
	if len(args) > 0 && slices.Contains([]string{"build", "cards", "serve"}, args[0]) &&
		slices.Contains(args, "../..") && !slices.Contains(args, "--cacheDir") {
		args = append(slices.Clone(args), "--cacheDir", checkoutCache)
	}
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCheckDemoData(t *testing.T) {
	code, out, errOut := runCLI("check", "-s", "../..")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	want := "5 factsheets, 6 editions (1 draft), 15 themes, 101 questions, 81 practice examples, 26 tips\n"
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestCheckInvalidData(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(minimal)); err != nil {
		t.Fatal(err)
	}
	theme := filepath.Join(dir, "data/factsheets/demo/2024/themes/plannen.toml")
	if err := os.WriteFile(theme, []byte("title = \"Samen plannen\"\nfinding = \"x\"\ncolor = \"#123456\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI("check", "--source", dir)
	want := theme + ":1:1: warning: the theme has no reflection questions (write `questions = []` if that is on purpose)\n" +
		theme + ":3:1: color: unknown key (did you mean \"colour\"?)\n" +
		"1 error, 1 warning: the data is not valid\n"
	if code != exitInvalid || out != "" || errOut != want {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant stderr:\n%s", code, out, errOut, want)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"chek"},
		{"check", "--sauce", "."},
		{"check", "extra"},
	} {
		code, out, errOut := runCLI(args...)
		if code != exitUsage {
			t.Errorf("%q: exit %d, want %d (stdout %q)", args, code, exitUsage, out)
		}
		if !strings.Contains(errOut, "rodedraad --help") {
			t.Errorf("%q: stderr does not point to --help:\n%s", args, errOut)
		}
	}
}

func TestHelp(t *testing.T) {
	code, out, _ := runCLI("check", "--help")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"Usage:\n  rodedraad check [flags]", "-s, --source string", "file:line:column: key: message"} {
		if !strings.Contains(out, want) {
			t.Errorf("check --help lacks %q:\n%s", want, out)
		}
	}
}

func TestBuildKeepsOutputWhenDataIsInvalid(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(minimal)); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	code, stdout, errOut := runCLI("build", "-s", dir, "-d", out)
	if code != exitOK || !strings.Contains(stdout, "built ") || !strings.Contains(stdout, " into "+out) {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", code, stdout, errOut)
	}
	before, err := os.ReadFile(filepath.Join(out, "demo/2024/luisteren/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	theme := filepath.Join(dir, "data/factsheets/demo/2024/themes/luisteren.toml")
	if err := os.WriteFile(theme, []byte("title = \"Kapot\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runCLI("build", "-s", dir, "-d", out)
	if code != exitInvalid || !strings.Contains(errOut, theme+":1:1: missing required key \"finding\": add a line finding = …") {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	after, err := os.ReadFile(filepath.Join(out, "demo/2024/luisteren/index.html"))
	if err != nil || !bytes.Equal(before, after) {
		t.Error("a build with invalid data changed the previous output")
	}
}

func TestCardsCommand(t *testing.T) {
	out := t.TempDir()
	code, stdout, errOut := runCLI("cards", "-s", "../..", "-d", out, "--size", "a7", "--theme", "friesland/verklarende-analyse")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	pdf := filepath.Join(out, "friesland-2021-2024-verklarende-analyse-a7.pdf")
	if !strings.Contains(stdout, pdf+": 9 cards (an instruction card and 8 questions), ") || !strings.HasSuffix(stdout, "1 deck: 8 question cards and 1 instruction card\n") {
		t.Errorf("stdout:\n%s", stdout)
	}
	if data, err := os.ReadFile(pdf); err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Errorf("no PDF at %s: %v", pdf, err)
	}
	for _, args := range [][]string{{"cards", "--size", "a5"}, {"cards", "--sheet", "a3"}} {
		if code, _, errOut := runCLI(append(args, "-s", "../..", "-d", out)...); code != exitUsage || !strings.Contains(errOut, "unknown") {
			t.Errorf("%v: exit %d, %s", args, code, errOut)
		}
	}
	if code, _, errOut := runCLI("cards", "-s", "../..", "-d", out, "--theme", "friesland/bestaat-niet"); code != exitUsage || !strings.Contains(errOut, `--theme friesland/bestaat-niet names no theme or edition`) {
		t.Errorf("unknown theme: exit %d, %s", code, errOut)
	}
}
