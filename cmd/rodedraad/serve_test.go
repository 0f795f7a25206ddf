package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/browsertest"
)

// TestMain lets the test binary stand in for rodedraad, so tests can run
// it as a separate process (serve runs until it is interrupted).
func TestMain(m *testing.M) {
	if os.Getenv("RODEDRAAD_TEST_RUN_MAIN") == "1" {
		main()
		return
	}
	// A build removes what killed builds left in the temporary directory;
	// the tests' builds get one of their own.
	tmp, err := os.MkdirTemp("", "rodedraad-cmd-test-")
	if err != nil {
		panic(err)
	}
	os.Setenv("TMPDIR", tmp)
	// The tests read the messages in English unless they ask for Dutch.
	os.Setenv("RODEDRAAD_LANG", "en")
	checkoutCache = filepath.Join(tmp, "pdf-cache")
	code := m.Run()
	os.RemoveAll(tmp)
	os.Exit(code)
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// waitFor polls url until the page satisfies ok, and returns the page.
func waitFor(t *testing.T, url string, within time.Duration, ok func(string) bool) string {
	t.Helper()
	page, err := browsertest.PollPage(url, 50*time.Millisecond, within, ok)
	if err != nil {
		t.Fatal(err)
	}
	return page
}

// startServe runs 'rodedraad serve' on dir as a process of its own, on a
// free port, with env added to the test's environment.
func startServe(t *testing.T, dir string, env ...string) (int, *exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	port := freePort(t)
	cmd := exec.Command(os.Args[0], "serve", "-s", dir, "-p", strconv.Itoa(port))
	cmd.Env = append(append(os.Environ(), "RODEDRAAD_TEST_RUN_MAIN=1"), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return port, cmd, &stdout, &stderr
}

func TestServeReloadsAndShowsErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(minimal)); err != nil {
		t.Fatal(err)
	}
	port, cmd, stdout, stderr := startServe(t, dir)
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})

	url := "http://127.0.0.1:" + strconv.Itoa(port) + "/demo/2024/luisteren/"
	waitFor(t, url, 60*time.Second, func(p string) bool { return strings.Contains(p, ">Goed luisteren</h1>") })

	theme := filepath.Join(dir, "data/factsheets/demo/2024/themes/luisteren.toml")
	src, err := os.ReadFile(theme)
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(src, []byte(`title = "Goed luisteren"`), []byte(`title = "Aandachtig luisteren"`), 1)
	if err := os.WriteFile(theme, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, url, 10*time.Second, func(p string) bool { return strings.Contains(p, ">Aandachtig luisteren</h1>") })
	// A page not opened since the start shows the change too when it is.
	edition := "http://127.0.0.1:" + strconv.Itoa(port) + "/demo/"
	if page := waitFor(t, edition, 10*time.Second, func(p string) bool { return strings.Contains(p, "Leren in de wijk") }); !strings.Contains(page, "Aandachtig luisteren") {
		t.Errorf("the edition page, opened after the change, shows the old theme title:\n%.3000s", page)
	}

	broken := append(append([]byte{}, edited...), []byte("\n[[questions]]\nid = \"extra\"\n")...)
	if err := os.WriteFile(theme, broken, 0o644); err != nil {
		t.Fatal(err)
	}
	page := waitFor(t, url, 10*time.Second, func(p string) bool { return strings.Contains(p, `class="preview-errors"`) })
	if !strings.Contains(page, "luisteren.toml:21:1: question 3: missing required key &#34;text&#34;") {
		t.Errorf("the error is not shown with its place:\n%.3000s", page)
	}
	if !strings.Contains(page, ">Aandachtig luisteren</h1>") {
		t.Error("the last valid page is not kept while the data has errors")
	}

	if err := os.WriteFile(theme, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, url, 10*time.Second, func(p string) bool { return !strings.Contains(p, `class="preview-errors"`) })

	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	stopped = true
	if !strings.Contains(stderr.String(), "luisteren.toml:21:1: question 3: missing required key \"text\": add a line text = …") {
		t.Errorf("the terminal did not get the error:\n%s", stderr.String())
	}
	if strings.Contains(stderr.String()+stdout.String(), "deprecated") {
		t.Errorf("Hugo warns about deprecated settings:\n%s", stderr.String())
	}
}

// A page of the project's own at a factsheet's address is an error the
// preview shows, as it shows errors in the data.
func TestServeShowsAddressConflicts(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(minimal)); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "demo.md"), []byte("---\ntitle: Eigen pagina\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	port, cmd, _, stderr := startServe(t, dir)
	t.Cleanup(func() { _ = cmd.Process.Kill() }) // when waitFor fails
	page := waitFor(t, "http://127.0.0.1:"+strconv.Itoa(port)+"/", 60*time.Second, func(p string) bool { return strings.Contains(p, `class="preview-errors"`) })
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	if want := "/demo/: the edition page &#34;Leren in de wijk&#34;, and content/demo.md"; !strings.Contains(page, want) {
		t.Errorf("the preview does not show %q:\n%.3000s", want, page)
	}
	if !strings.Contains(stderr.String(), "1 address of the site would hold two pages") {
		t.Errorf("the terminal did not get the error:\n%s", stderr.String())
	}
}

func TestServeIsLocalAndConfined(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(minimal)); err != nil {
		t.Fatal(err)
	}
	port, cmd, _, _ := startServe(t, dir)
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	addr := "127.0.0.1:" + strconv.Itoa(port)
	waitFor(t, "http://"+addr+"/", 60*time.Second, func(p string) bool { return strings.Contains(p, "Testsite") })

	// Requests that try to climb out of the site, sent as raw bytes so
	// that no client cleans the path first.
	for _, path := range []string{
		"/../../../../../../etc/passwd",
		"/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
		"/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
		"/kaarten/..%2f..%2f..%2fdata%2fsite.toml",
		"/../data/site.toml",
		"/..\\..\\data\\site.toml",
	} {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", path, addr)
		resp, _ := io.ReadAll(conn)
		conn.Close()
		if strings.Contains(string(resp), "root:") || strings.Contains(string(resp), `title = "Testsite"`) {
			t.Errorf("GET %s reads a file outside the site:\n%.300s", path, resp)
		}
		if status := strings.SplitN(string(resp), "\r\n", 2)[0]; strings.Contains(status, " 200 ") {
			if !strings.Contains(string(resp), "<html") {
				t.Errorf("GET %s: %s with something other than a page of the site", path, status)
			}
		}
	}

	// It listens on the loopback address only.
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		ip, ok := a.(*net.IPNet)
		if !ok || ip.IP.IsLoopback() || ip.IP.To4() == nil {
			continue
		}
		if conn, err := net.DialTimeout("tcp", net.JoinHostPort(ip.IP.String(), strconv.Itoa(port)), time.Second); err == nil {
			conn.Close()
			t.Errorf("serve answers on %s, not only on 127.0.0.1", ip.IP)
		}
	}
}

// serveDemo runs 'rodedraad serve' on a copy of the demo project and
// returns the address it serves.
func serveDemo(t *testing.T) (dir, base string) {
	t.Helper()
	dir = t.TempDir()
	for _, sub := range []string{"data", "content", "layouts", "i18n"} {
		if err := os.CopyFS(filepath.Join(dir, sub), os.DirFS(filepath.Join("../..", sub))); err != nil {
			t.Fatal(err)
		}
	}
	port, cmd, _, _ := startServe(t, dir)
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	return dir, "http://127.0.0.1:" + strconv.Itoa(port) + "/"
}

// A regression test: in the demo, Hugo's server kept serving the old
// version of a current edition's theme page after a change, as long as the
// theme's cards page sat in a directory next to the page's own file.
func TestServeUpdatesThemePagesOfTheDemo(t *testing.T) {
	dir, base := serveDemo(t)
	url := base + "friesland/2021-2024/lerende-praktijk/"
	waitFor(t, url, 60*time.Second, func(p string) bool { return strings.Contains(p, ">Lerende praktijk en reflectie</h1>") })
	theme := filepath.Join(dir, "data/factsheets/friesland/2021-2024/themes/lerende-praktijk.toml")
	src, err := os.ReadFile(theme)
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(src, []byte(`title = "Lerende praktijk en reflectie"`), []byte(`title = "Samen leren in de praktijk"`), 1)
	if bytes.Equal(edited, src) {
		t.Fatal("the demo theme has another title")
	}
	if err := os.WriteFile(theme, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, url, 10*time.Second, func(p string) bool { return strings.Contains(p, ">Samen leren in de praktijk</h1>") })
}

// The preview shows the demo's draft, the invented example edition, with
// its banner and its changes page, next to the published edition at the
// factsheet's own address.
func TestServeShowsTheDraftOfTheDemo(t *testing.T) {
	_, base := serveDemo(t)
	start := waitFor(t, base+"friesland/", 60*time.Second, func(p string) bool { return strings.Contains(p, "</html>") })
	if !strings.Contains(start, "Geleerde lessen voor de praktijk (2021–2024)") || strings.Contains(start, "draft-banner") {
		t.Errorf("/friesland/ is not the published edition:\n%.3000s", start)
	}
	for path, want := range map[string]string{
		"friesland/2025-voorbeeld/":                "verzonnen voorbeeld",
		"friesland/2025-voorbeeld/samen-een-plan/": "Integraal en interdisciplinair samenwerken aan één plan",
		"friesland/2025-voorbeeld/wijzigingen/":    `id="vraag-samenwerking-evalueren"`,
	} {
		page := waitFor(t, base+path, 10*time.Second, func(p string) bool { return strings.Contains(p, "</html>") })
		if !strings.Contains(page, `<h2 id="concept-banner">Concept</h2>`) || !strings.Contains(page, want) {
			t.Errorf("/%s: no Concept banner, or no %q:\n%.3000s", path, want, page)
		}
	}
	// A section's page links to its form, which opens.
	section := waitFor(t, base+"haaglanden-reflectie/editie-1/drie-dimensies/", 10*time.Second, func(p string) bool { return strings.Contains(p, "</html>") })
	link := regexp.MustCompile(`<p class="edit-link"><a href="[./]*(_bewerken/onderdeel/haaglanden-reflectie/editie-1/drie-dimensies\?back=[^"]+)">Dit onderdeel bewerken</a>`).FindStringSubmatch(section)
	if link == nil {
		t.Fatalf("the section page has no link to its form:\n%.3000s", section)
	}
	form := waitFor(t, base+strings.ReplaceAll(link[1], "&amp;", "&"), 10*time.Second, func(p string) bool { return strings.Contains(p, "</html>") })
	if !strings.Contains(form, "Drie dimensies") || !strings.Contains(form, "3 levels") {
		t.Errorf("the section's form:\n%.3000s", form)
	}
}

// A port serve cannot use is reported before it says it serves.
func TestServeRefusesPortsItCannotUse(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	port := strconv.Itoa(busy.Addr().(*net.TCPAddr).Port)
	for _, c := range []struct {
		port   string
		code   int
		stderr string
	}{
		{port, exitInvalid, "rodedraad: port " + port + " on 127.0.0.1 is in use by another program, perhaps another rodedraad serve.\nStop that program, or choose another port with -p.\n"},
		{"99999", exitUsage, "rodedraad: -p 99999: a port is a number from 1 to 65535\nRun 'rodedraad --help' for usage.\n"},
		{"0", exitUsage, "rodedraad: -p 0: a port is a number from 1 to 65535\nRun 'rodedraad --help' for usage.\n"},
	} {
		code, stdout, stderr := runCLI("serve", "-s", minimal, "-p", c.port)
		if code != c.code || stdout != "" || stderr != c.stderr {
			t.Errorf("-p %s: exit %d, stdout %q, stderr:\n%s\nwant exit %d and stderr:\n%s", c.port, code, stdout, stderr, c.code, c.stderr)
		}
	}
	// In Dutch, the hint at --help too.
	if _, _, stderr := runCLI("serve", "-s", minimal, "-p", "0", "--lang", "nl"); stderr != "rodedraad: -p 0: een poort is een getal van 1 tot en met 65535\nKijk met 'rodedraad --help' hoe je de opdracht gebruikt.\n" {
		t.Errorf("-p 0 --lang nl:\n%s", stderr)
	}
}

// A serve that is killed leaves its generated project behind; the next
// serve (or build) removes it, and leaves alone that of a serve that runs.
func TestServeRemovesWhatAKilledServeLeft(t *testing.T) {
	scratch := func() []string {
		found, _ := filepath.Glob(filepath.Join(os.TempDir(), "rodedraad-scratch-*"))
		return found
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(minimal)); err != nil {
		t.Fatal(err)
	}
	start := func() (*exec.Cmd, []string) {
		before := scratch()
		port, cmd, _, _ := startServe(t, dir)
		t.Cleanup(func() {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		})
		waitFor(t, "http://127.0.0.1:"+strconv.Itoa(port)+"/", 60*time.Second, func(p string) bool { return strings.Contains(p, "Testsite") })
		var made []string
		for _, d := range scratch() {
			if !slices.Contains(before, d) {
				made = append(made, d)
			}
		}
		return cmd, made
	}
	killed, left := start()
	if len(left) != 1 {
		t.Fatalf("serve made %d scratch directories: %v", len(left), left)
	}
	_ = killed.Process.Signal(syscall.SIGKILL)
	_ = killed.Wait()
	if _, err := os.Stat(left[0]); err != nil {
		t.Fatalf("the killed serve's directory is gone before the next serve: %v", err)
	}
	_, running := start()
	if _, err := os.Stat(left[0]); err == nil {
		t.Errorf("the next serve left the killed serve's %s", left[0])
	}
	start()
	if _, err := os.Stat(running[0]); err != nil {
		t.Errorf("a third serve removed the directory of the second, which runs: %v", err)
	}
}
