// Package versiontest keeps a renderer's EngineVersion honest in its
// tests: the cache of rendered PDFs trusts the version, so output that
// changes under the same version would be served stale. A test renders
// fixed input and gives Check the bytes; their fingerprint is kept in
// testdata/engine-output.txt next to the version it belongs to.
package versiontest

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "write the output fingerprint of this EngineVersion to testdata")

const file = "testdata/engine-output.txt"

// Check fails when output's fingerprint differs from the one kept for
// version: with a request to bump the version when the kept one is of the
// same version, and to run with -update when it is not.
func Check(t *testing.T, version string, output []byte) {
	t.Helper()
	got := fmt.Sprintf("%s %x\n", version, sha256.Sum256(output))
	if *update {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, _ := os.ReadFile(file)
	if got == string(want) {
		return
	}
	if kept, _, _ := strings.Cut(string(want), " "); kept == version {
		t.Fatalf("the PDFs changed, but EngineVersion is still %q: bump it, then run this test with -update", version)
	}
	t.Fatalf("EngineVersion is %q, the fingerprint in %s is of another: run this test with -update", version, file)
}
