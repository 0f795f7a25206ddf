package main

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/browsertest"
	"github.com/rodedraad/rodedraad/internal/cards"
	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/pdfcache"
)

func minimalProject(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(minimal)); err != nil {
		t.Fatal(err)
	}
	return dir
}

func deckPDFs(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no PDFs in %s (%v)", dir, err)
	}
	pdfs := map[string][]byte{}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		pdfs[filepath.Base(name)] = data
	}
	return pdfs
}

func sameFiles(t *testing.T, got, want map[string][]byte) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d files, want %d", len(got), len(want))
	}
	for name, data := range want {
		if !bytes.Equal(got[name], data) {
			t.Errorf("%s differs", name)
		}
	}
}

func buildInto(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	code, stdout, stderr := runCLI(append([]string{"build"}, args...)...)
	if code != exitOK {
		t.Fatalf("build %q: exit %d\n%s", args, code, stderr)
	}
	return stdout, stderr
}

func TestBuildTakesDecksFromTheCache(t *testing.T) {
	dir := minimalProject(t)
	cold, warm, again := t.TempDir(), t.TempDir(), t.TempDir()
	coldOut, coldErr := buildInto(t, "-s", dir, "-d", cold)
	if !strings.HasSuffix(coldOut, "; PDFs: 5 rendered\n") {
		t.Errorf("the first build says %q, want the 5 PDFs rendered", coldOut)
	}
	entries, _ := filepath.Glob(filepath.Join(dir, "resources", "_gen", "pdf", "*.entry"))
	if len(entries) != 5 {
		t.Errorf("%d entries in resources/_gen/pdf, want 5: 4 card decks and the factsheet", len(entries))
	}
	warmOut, warmErr := buildInto(t, "-s", dir, "-d", warm)
	if !strings.HasSuffix(warmOut, "; PDFs: 0 rendered, 5 from the cache\n") {
		t.Errorf("the second build says %q, want all 5 PDFs from the cache", warmOut)
	}
	if warmErr != coldErr {
		t.Errorf("the second build reports\n%s\nthe first\n%s", warmErr, coldErr)
	}
	for _, sub := range []string{"kaarten", "publicatie"} {
		sameFiles(t, deckPDFs(t, filepath.Join(warm, sub)), deckPDFs(t, filepath.Join(cold, sub)))
	}
	if out, _ := buildInto(t, "-s", dir, "-d", again, "--ignoreCache"); !strings.HasSuffix(out, "; PDFs: 5 rendered\n") {
		t.Errorf("build --ignoreCache says %q, want the 5 PDFs rendered", out)
	}
	sameFiles(t, deckPDFs(t, filepath.Join(again, "kaarten")), deckPDFs(t, filepath.Join(cold, "kaarten")))
}

// plant puts a made-up PDF in the cache in place of a deck's, so that a
// command that shows it must have taken it from there.
func plant(t *testing.T, project, cacheDir, deck string, opts cards.Options) []byte {
	t.Helper()
	s, diags := load.Site(project)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	decks := cards.Decks(s)
	cache := pdfcache.Open(cacheDir)
	planted := []byte("%PDF-1.7\n% planted in the cache by " + t.Name() + "\n%%EOF\n")
	for _, d := range decks {
		if d.ID == deck {
			key := cards.Key(d.Deck, s, opts, d.Date)
			if err := cache.Put(key, pdfcache.Entry{File: planted, Meta: []byte(`{"Cards":2}`)}); err != nil {
				t.Fatal(err)
			}
			return planted
		}
	}
	t.Fatalf("no deck %s", deck)
	return nil
}

func TestCardsTakesDecksFromTheCache(t *testing.T) {
	dir := minimalProject(t)
	cacheDir := filepath.Join(t.TempDir(), "kaartencache")
	first, second, fresh, ignoring := t.TempDir(), t.TempDir(), t.TempDir(), t.TempDir()
	code, out, errOut := runCLI("cards", "-s", dir, "-d", first, "--cacheDir", cacheDir)
	if code != exitOK || strings.Contains(out, "from the cache") {
		t.Fatalf("exit %d, stdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	code, out, errOut = runCLI("cards", "-s", dir, "-d", second, "--cacheDir", cacheDir)
	if code != exitOK || strings.Count(out, ", from the cache\n") != 2 {
		t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s\nwant both decks from the cache", code, out, errOut)
	}
	sameFiles(t, deckPDFs(t, second), deckPDFs(t, first))
	if _, err := os.Stat(filepath.Join(dir, "resources")); err == nil {
		t.Error("with --cacheDir, cards made resources/ in the project")
	}

	planted := plant(t, dir, cacheDir, "demo-2024-luisteren", cards.Options{Size: cards.A7, Sheet: cards.Single})
	if code, _, errOut := runCLI("cards", "-s", dir, "-d", fresh, "--cacheDir", cacheDir, "--size", "a7", "--sheet", "single"); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if got := deckPDFs(t, fresh)["demo-2024-luisteren-a7-los.pdf"]; !bytes.Equal(got, planted) {
		t.Errorf("cards rendered the deck the cache holds: %.40q", got)
	}
	if code, _, errOut := runCLI("cards", "-s", dir, "-d", ignoring, "--cacheDir", cacheDir, "--size", "a7", "--sheet", "single", "--ignoreCache"); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if got := deckPDFs(t, ignoring)["demo-2024-luisteren-a7-los.pdf"]; bytes.Equal(got, planted) {
		t.Error("cards --ignoreCache took the deck from the cache")
	}
}

func TestBuildWithoutAWritableCache(t *testing.T) {
	dir := minimalProject(t)
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, []byte("not a directory"), 0o644); err != nil {
		t.Fatal(err)
	}
	cacheDir := filepath.Join(file, "pdf")
	out := t.TempDir()
	stdout, stderr := buildInto(t, "-s", dir, "-d", out, "--cacheDir", cacheDir)
	if !strings.HasSuffix(stdout, "; PDFs: 5 rendered\n") {
		t.Errorf("stdout %q", stdout)
	}
	if n := strings.Count(stderr, "warning:"); n != 1 || !strings.Contains(stderr, "warning: rendered PDFs cannot be kept in "+cacheDir+" (") {
		t.Errorf("want one warning that names %s, got:\n%s", cacheDir, stderr)
	}
	if len(deckPDFs(t, filepath.Join(out, "kaarten"))) != 4 {
		t.Error("the build without a cache made no decks")
	}
}

// Two processes build the same project at once, into two destinations,
// with the cache at its place in the project, empty at the start.
func TestTwoBuildProcessesShareTheCache(t *testing.T) {
	pdfinfo := browsertest.Tool(t, "pdfinfo", "poppler-utils")
	dir := minimalProject(t)
	dests := []string{t.TempDir(), t.TempDir()}
	procs := make([]*exec.Cmd, len(dests))
	outputs := make([]*bytes.Buffer, len(dests))
	for i, dest := range dests {
		procs[i] = exec.Command(os.Args[0], "build", "-s", dir, "-d", dest)
		procs[i].Env = append(os.Environ(), "RODEDRAAD_TEST_RUN_MAIN=1")
		outputs[i] = &bytes.Buffer{}
		procs[i].Stdout, procs[i].Stderr = outputs[i], outputs[i]
		if err := procs[i].Start(); err != nil {
			t.Fatal(err)
		}
	}
	for i, p := range procs {
		if err := p.Wait(); err != nil {
			t.Fatalf("build %d: %v\n%s", i, err, outputs[i])
		}
	}
	first := deckPDFs(t, filepath.Join(dests[0], "kaarten"))
	sameFiles(t, deckPDFs(t, filepath.Join(dests[1], "kaarten")), first)
	for name := range first {
		if out, err := exec.Command(pdfinfo, filepath.Join(dests[0], "kaarten", name)).CombinedOutput(); err != nil {
			t.Errorf("pdfinfo %s: %v\n%s", name, err, out)
		}
	}
	again := t.TempDir()
	if out, _ := buildInto(t, "-s", dir, "-d", again); !strings.HasSuffix(out, "; PDFs: 0 rendered, 5 from the cache\n") {
		t.Errorf("after the two builds: %q", out)
	}
	sameFiles(t, deckPDFs(t, filepath.Join(again, "kaarten")), first)
	leftovers, _ := filepath.Glob(filepath.Join(dir, "resources", "_gen", "pdf", ".tmp-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left in the cache: %q", leftovers)
	}
}

// The cache stays out of version control: where the project's
// .gitignore (this repository's, which projects start from) expects it,
// and in a project deeper in a repository that ignores nothing.
func TestBuildLeavesGitStatusClean(t *testing.T) {
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("no git")
	}
	ignore, err := os.ReadFile("../../.gitignore")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, project string // the project's directory in the repository
		gitignore     []byte
		args          []string
	}{
		{"the project's .gitignore", ".", ignore, nil},
		{"no .gitignore", "sites/demo", nil, []string{"-d", t.TempDir()}},
	} {
		t.Run(c.name, func(t *testing.T) {
			repo := t.TempDir()
			dir := filepath.Join(repo, c.project)
			if err := os.CopyFS(dir, os.DirFS(minimal)); err != nil {
				t.Fatal(err)
			}
			if c.gitignore != nil {
				if err := os.WriteFile(filepath.Join(repo, ".gitignore"), c.gitignore, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			runGit := func(args ...string) string {
				t.Helper()
				cmd := exec.Command(git, append([]string{"-C", repo, "-c", "user.name=test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"}, args...)...)
				out, err := cmd.CombinedOutput()
				if err != nil {
					t.Fatalf("git %q: %v\n%s", args, err, out)
				}
				return string(out)
			}
			runGit("init", "-q")
			runGit("add", ".")
			runGit("commit", "-q", "-m", "project")
			buildInto(t, append([]string{"-s", dir}, c.args...)...)
			if entries, _ := filepath.Glob(filepath.Join(dir, "resources", "_gen", "pdf", "*.entry")); len(entries) == 0 {
				t.Fatal("the build left no cache in resources/_gen/pdf")
			}
			if status := runGit("status", "--porcelain", "--untracked-files=all"); status != "" {
				t.Errorf("git status after a build:\n%s", status)
			}
		})
	}
}

func TestServeTakesDecksFromTheCache(t *testing.T) {
	dir := minimalProject(t)
	planted := plant(t, dir, filepath.Join(dir, "resources", "_gen", "pdf"), "demo-2024-luisteren", cards.Options{Size: cards.A6, Sheet: cards.A4})
	port, cmd, _, stderr := startServe(t, dir)
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	url := "http://127.0.0.1:" + strconv.Itoa(port) + "/kaarten/demo-2024-luisteren-a6.pdf"
	waitFor(t, "http://127.0.0.1:"+strconv.Itoa(port)+"/demo/2024/luisteren/", 60*time.Second, func(p string) bool { return strings.Contains(p, ">Goed luisteren</h1>") })
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, planted) {
		t.Errorf("serve rendered the deck the cache holds (%d bytes, status %d); stderr:\n%s", len(got), resp.StatusCode, stderr)
	}
}
