package site

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
)

// TestHTMLIsValid runs the Nu Html Checker (vnu, from npm) on every page
// of the demo site and fails on any error.
func TestHTMLIsValid(t *testing.T) {
	jar := browsertest.NpmFile(t, "RODEDRAAD_VNU", "vnu-jar/build/dist/vnu.jar")
	java, err := exec.LookPath("java")
	if err != nil {
		t.Fatalf("the Nu Html Checker needs Java: %v", err)
	}
	out, err := exec.Command(java, "-jar", jar, "--errors-only", "--skip-non-html", demoSite(t)).CombinedOutput()
	if err != nil || len(strings.TrimSpace(string(out))) > 0 {
		t.Errorf("the Nu Html Checker found errors (%v):\n%s", err, out)
	}
}
