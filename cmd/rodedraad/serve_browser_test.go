package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/browsertest"
)

// An author edits a theme in the preview in Chromium, in Dutch, as serve
// shows it: from the theme page's link to the form and back to the page,
// which shows the change once it is made. The file keeps its comments and
// passes check; an edit that would not load is refused at its field; and
// a file changed on disk while the form is open is not overwritten, nor
// is what the author typed lost.
func TestBrowserEditsInThePreview(t *testing.T) {
	browsertest.Require(t)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/author")); err != nil {
		t.Fatal(err)
	}
	port, cmd, _, stderr := startServe(t, dir, "RODEDRAAD_LANG=nl")
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	base := "http://127.0.0.1:" + strconv.Itoa(port)
	page := base + "/noord/2025/ouders-betrekken/"
	waitFor(t, page, 60*time.Second, func(p string) bool { return strings.Contains(p, "Ouders echt betrekken") })
	theme := filepath.Join(dir, "data/factsheets/noord/2025/themes/ouders-betrekken.toml")
	before := readFile(t, theme)

	b := browsertest.NewBrowser(t)
	tab := b.Open(t, page, browsertest.Phone)
	// To the form with the keyboard, as from any link.
	browsertest.Eval[bool](t, tab, `(() => { document.querySelector('.edit-link a').focus(); return true })()`)
	tab.Press(t, "Enter")
	tab.Until(t, `document.getElementById('questions.0.text') !== null`)
	if got := browsertest.Eval[string](t, tab, `document.querySelector('h1').textContent`); got != "Bewerken: Ouders echt betrekken" {
		t.Errorf("the form's heading is %q", got)
	}
	if v := browsertest.Axe(t, tab); len(v) > 0 {
		t.Errorf("axe on the form in serve: %v", v)
	}
	browsertest.Eval[bool](t, tab, `(() => {
		document.getElementById('questions.0.text').value = 'Vraag ik ouders eerst wat zij met het plan willen bereiken?';
		document.getElementById('practice.new.text').value = 'Een moeder leest het plan pas als het al klaar is.';
		document.querySelector('button.save').click();
		return true;
	})()`)
	tab.Until(t, `location.pathname === '/noord/2025/ouders-betrekken/' && document.body.innerText.includes('Een moeder leest het plan pas als het al klaar is.') && document.body.innerText.includes('wat zij met het plan willen bereiken?')`)

	after := readFile(t, theme)
	if !strings.Contains(after, `text = "Vraag ik ouders eerst wat zij met het plan willen bereiken?"`) ||
		!strings.Contains(after, "[[practice]]\nid = \"moeder-leest-plan-pas-klaar\"\ntext = \"Een moeder leest het plan pas als het al klaar is.\"\n") {
		t.Errorf("the file after the save:\n%s", after)
	}
	if got, want := comments(after), comments(before); !slices.Equal(got, want) {
		t.Errorf("the comments are now %q, were %q", got, want)
	}
	if want := strings.Replace(before, "Vraag ik ouders wat zij willen bereiken, voordat ik een plan opschrijf?", "Vraag ik ouders eerst wat zij met het plan willen bereiken?", 1); !strings.HasPrefix(after, want) {
		t.Errorf("more than the question and the new example changed:\n%s", after)
	}
	if code, out, errOut := runCLI("check", "-s", dir); code != exitOK {
		t.Errorf("check after the save: %d\n%s%s", code, out, errOut)
	}

	// An empty finding would not load: refused, said at the field.
	tab.Go(t, base+"/_bewerken/thema/noord/2025/ouders-betrekken?back=/noord/2025/ouders-betrekken/")
	browsertest.Eval[bool](t, tab, `(() => {
		document.getElementById('finding').value = '';
		document.querySelector('button.save').click();
		return true;
	})()`)
	tab.Until(t, `document.getElementById('finding-error') !== null`)
	if got := browsertest.Eval[string](t, tab, `document.getElementById('finding-error').textContent`); !strings.Contains(got, "finding") {
		t.Errorf("the message at the field: %q", got)
	}
	if readFile(t, theme) != after {
		t.Error("the refused edit was written")
	}

	// The file changes on disk while the form is open.
	tab.Go(t, base+"/_bewerken/thema/noord/2025/ouders-betrekken?back=/noord/2025/ouders-betrekken/")
	browsertest.Eval[bool](t, tab, `(() => { document.getElementById('title').value = 'Ouders vanaf het begin betrekken'; return true })()`)
	meanwhile := strings.Replace(after, "Ouders horen pas van een plan", "Ouders horen vaak pas van een plan", 1)
	if err := os.WriteFile(theme, []byte(meanwhile), 0o644); err != nil {
		t.Fatal(err)
	}
	// The preview follows the file; the open form stays as it is.
	waitFor(t, page, 10*time.Second, func(p string) bool { return strings.Contains(p, "Ouders horen vaak pas") })
	if got := browsertest.Eval[string](t, tab, `document.getElementById('title').value`); got != "Ouders vanaf het begin betrekken" {
		t.Fatalf("what the author typed is gone from the form: %q", got)
	}
	browsertest.Eval[bool](t, tab, `(() => { document.querySelector('button.save').click(); return true })()`)
	tab.Until(t, `document.body.innerText.includes('Niet bewaard: het bestand is veranderd')`)
	if got := browsertest.Eval[string](t, tab, `document.getElementById('title').value`); got != "Ouders vanaf het begin betrekken" {
		t.Errorf("after the conflict the form holds %q, not what the author typed", got)
	}
	if got := readFile(t, theme); got != meanwhile {
		t.Errorf("the file changed on disk was overwritten:\n%s", got)
	}
	if v := browsertest.Axe(t, tab); len(v) > 0 {
		t.Errorf("axe on the conflict: %v", v)
	}
	if strings.Contains(stderr.String(), "panic") {
		t.Errorf("serve:\n%s", stderr)
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// comments are a TOML file's comment lines, in order.
func comments(file string) []string {
	var out []string
	for line := range strings.Lines(file) {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			out = append(out, line)
		}
	}
	return out
}
