package main

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the test binary stand in for rodedraad, so tests can run
// it as a separate process (serve runs until it is interrupted).
func TestMain(m *testing.M) {
	if os.Getenv("RODEDRAAD_TEST_RUN_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
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
	deadline := time.Now().Add(within)
	last := ""
	for time.Now().Before(deadline) {
		if resp, err := http.Get(url); err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			last = string(body)
			if resp.StatusCode == http.StatusOK && ok(last) {
				return last
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s did not get there within %s; last page:\n%.2000s", url, within, last)
	return ""
}

func TestServeReloadsAndShowsErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(minimal)); err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	cmd := exec.Command(os.Args[0], "serve", "-s", dir, "-p", strconv.Itoa(port))
	cmd.Env = append(os.Environ(), "RODEDRAAD_TEST_RUN_MAIN=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
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

	broken := append(append([]byte{}, edited...), []byte("\n[[questions]]\nid = \"extra\"\n")...)
	if err := os.WriteFile(theme, broken, 0o644); err != nil {
		t.Fatal(err)
	}
	page := waitFor(t, url, 10*time.Second, func(p string) bool { return strings.Contains(p, `class="preview-errors"`) })
	if !strings.Contains(page, "luisteren.toml:21:1: questions[2]: missing required key &#34;text&#34;") {
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
	if !strings.Contains(stderr.String(), "luisteren.toml:21:1: questions[2]: missing required key \"text\"") {
		t.Errorf("the terminal did not get the error:\n%s", stderr.String())
	}
	if strings.Contains(stderr.String()+stdout.String(), "deprecated") {
		t.Errorf("Hugo warns about deprecated settings:\n%s", stderr.String())
	}
}
