// Package browsertest lets Go tests look at rodedraad's pages the way a
// reader does: in a real headless Chromium, at a phone or desktop size, with
// the keyboard and with the axe-core accessibility rules.
//
// A test serves a built site (or opens it as file://), opens it in a tab and
// asserts on what it sees:
//
//	b := browsertest.NewBrowser(t)
//	base := browsertest.Serve(t, publicDir)
//	tab := b.Open(t, base, browsertest.Phone)
//	if foreign := tab.ForeignRequests(base); len(foreign) > 0 {
//		t.Errorf("requests to other origins: %v", foreign)
//	}
//	for _, v := range browsertest.Axe(t, tab) {
//		t.Error(v)
//	}
//
// The browser never reaches the network: a request that leaves the loopback
// host or the file system is recorded and then failed, so a test that finds
// one neither waits for it nor sends traffic off the machine.
//
// The tools are optional on a developer's machine and required in CI: when
// Chromium or axe-core is missing the test is skipped locally, and fails when
// the environment variable CI is set. .ci/install-test-tools installs both.
package browsertest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// installHint is what every missing-tool message ends with, so the reader
// learns one command that fixes all of them.
const installHint = "run .ci/install-test-tools from the repository root"

// Require returns the path of the Chromium to test with: $RODEDRAAD_CHROMIUM,
// or else Debian's /usr/bin/chromium.
func Require(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("RODEDRAAD_CHROMIUM"); p != "" {
		if !isExecutable(p) {
			// Someone asked for this browser by name; testing with another
			// one, or with none, would hide their mistake.
			t.Fatalf("browsertest: RODEDRAAD_CHROMIUM=%s is not an executable file", p)
		}
		return p
	}
	const debian = "/usr/bin/chromium"
	if !isExecutable(debian) {
		missing(t, "Chromium ("+debian+")", "apt-get install chromium, or "+installHint+
			", or set RODEDRAAD_CHROMIUM to a Chromium or Chrome binary")
	}
	return debian
}

// missing stops a test whose tool is absent: CI must run every browser test,
// so there it fails; a developer without the tools gets a skip that says how
// to install them.
func missing(t testing.TB, what, install string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("browsertest: %s not found, and browser tests are required in CI (CI is set); to install: %s", what, install)
	} else {
		t.Skipf("browsertest: %s not found, skipping browser test; to install: %s", what, install)
	}
}

// Tool returns the path of a command-line tool that a test needs, such as
// pdffonts or qpdf; a missing tool skips the test, or fails it under CI.
func Tool(t testing.TB, name, debianPackage string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		missing(t, name, "apt-get install "+debianPackage+", or "+installHint)
	}
	return path
}

// NpmFile returns the path of a file of a test tool installed from npm
// under .ci/node_modules, such as "vnu-jar/build/dist/vnu.jar", or the
// path in the environment variable env when that is set. A missing tool
// skips the test, or fails it under CI, as [Require] does.
func NpmFile(t testing.TB, env, rel string) string {
	t.Helper()
	if path := os.Getenv(env); path != "" {
		return path // set on purpose: a wrong path must fail, not skip
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatalf("browsertest: finding %s: %v", rel, err)
	}
	path := filepath.Join(root, ".ci", "node_modules", filepath.FromSlash(rel))
	if _, err := os.Stat(path); err != nil {
		missing(t, rel+" ("+path+")", "npm ci --prefix .ci, or "+installHint)
	}
	return path
}

func isExecutable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o111 != 0
}

// repoRoot is the nearest directory above the working directory that holds a
// go.mod: go test runs in the package's directory, wherever the package is.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}
