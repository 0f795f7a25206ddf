package diagnose

import (
	"bytes"
	"github.com/rodedraad/rodedraad/internal/message"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/load"
)

func problemFile(t *testing.T) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "thema.toml")
	src := "title = \"Goed luisteren\"\nfinding = \"x\"\n\n[[questions]]\nid = \"één\"\n\ttxt = \"Luister ik?\"\n"
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

func TestPlainOutputIsOneLinePerProblem(t *testing.T) {
	name := problemFile(t)
	d := load.Diagnostic{File: name, Line: 6, Col: 2, Key: "questions[0].txt", Message: message.Verbatim("unknown key (did you mean \"text\"?)")}
	var b bytes.Buffer
	(&Printer{Language: message.English}).Print(&b, d)
	if got, want := b.String(), d.String()+"\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSnippetShowsTheLinesAndMarksTheSpot(t *testing.T) {
	name := problemFile(t)
	var b bytes.Buffer
	p := &Printer{Language: message.English, Snippets: true}
	p.Print(&b, load.Diagnostic{File: name, Line: 6, Col: 2, Key: "questions[0].txt", Message: message.Verbatim("unknown key")})
	p.Print(&b, load.Diagnostic{File: name, Line: 5, Col: 6, Key: "questions[0].id", Message: message.Verbatim("not an id"), Severity: load.Warning})
	want := name + ":6:2: question 1, txt: unknown key\n" +
		"  4 │ [[questions]]\n" +
		"  5 │ id = \"één\"\n" +
		"  6 │     txt = \"Luister ik?\"\n" +
		"    │     ^\n\n" +
		name + ":5:6: warning: question 1, id: not an id\n" +
		"  3 │ \n" +
		"  4 │ [[questions]]\n" +
		"  5 │ id = \"één\"\n" +
		"    │      ^\n\n"
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestColourHighlightsTOML(t *testing.T) {
	name := problemFile(t)
	var b bytes.Buffer
	(&Printer{Language: message.English, Snippets: true, Colour: true}).Print(&b, load.Diagnostic{File: name, Line: 5, Col: 6, Key: "questions[0].id", Message: message.Verbatim("not an id")})
	out := b.String()
	if !strings.HasPrefix(out, red+name+":5:6:") {
		t.Errorf("the message is not red: %q", out)
	}
	// The key and the string get different colours from chroma's TOML lexer.
	line := strings.Split(out, "\n")[3]
	if strings.Count(line, "\x1b[") < 3 || !strings.Contains(line, "één") {
		t.Errorf("line 5 is not highlighted: %q", line)
	}
	if strings.Contains(stripANSI(out), "\x1b") {
		t.Error("stripANSI left escapes")
	}
	if stripANSI(out) != plainSnippet(t, name) {
		t.Errorf("without colour codes the output differs from the plain snippet:\n%q\n%q", stripANSI(out), plainSnippet(t, name))
	}
}

func plainSnippet(t *testing.T, name string) string {
	var b bytes.Buffer
	(&Printer{Language: message.English, Snippets: true}).Print(&b, load.Diagnostic{File: name, Line: 5, Col: 6, Key: "questions[0].id", Message: message.Verbatim("not an id")})
	return b.String()
}

func stripANSI(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b {
			for i < len(s) && s[i] != 'm' {
				i++
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestForTerminalIsPlainForFilesAndBuffers(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if p := ForTerminal(f, message.English); p.Snippets || p.Colour {
		t.Error("a file is not a terminal")
	}
	if p := ForTerminal(&bytes.Buffer{}, message.English); p.Snippets || p.Colour {
		t.Error("a buffer is not a terminal")
	}
}

// A page of content/ is Markdown: its words are text, not TOML keys.
func TestColourHighlightsAPageAsMarkdown(t *testing.T) {
	name := filepath.Join(t.TempDir(), "over-ons.md")
	src := "+++\ntitle = \"Over ons\"\n+++\n\nHet team ![groepsfoto](https://foto.example/team.jpg) en *wij*.\n"
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	(&Printer{Language: message.English, Snippets: true, Colour: true}).Print(&b, load.Diagnostic{File: name, Line: 5, Col: 10, Message: message.Verbatim("image"), Severity: load.Warning})
	line := strings.Split(b.String(), "\n")[3]
	if !strings.Contains(line, "Het team ") {
		t.Errorf("the words of line 5 are highlighted as TOML: %q", line)
	}
	if !strings.Contains(stripANSI(line), "5 │ Het team ![groepsfoto](https://foto.example/team.jpg) en *wij*.") {
		t.Errorf("line 5 is not shown as written: %q", line)
	}
}
