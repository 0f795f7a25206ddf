package fuzzbudget

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestSlowInputFails runs a test that outlasts its budget in a child
// process: the child must fail, and say which test and what budget.
func TestSlowInputFails(t *testing.T) {
	if os.Getenv("FUZZBUDGET_CHILD") == "1" {
		defer Start(t, 50*time.Millisecond)()
		time.Sleep(5 * time.Second)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestSlowInputFails$")
	cmd.Env = append(os.Environ(), "FUZZBUDGET_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("a test over its budget passed:\n%s", out)
	}
	if !strings.Contains(string(out), "TestSlowInputFails: one input took longer than 50ms") {
		t.Fatalf("the failure does not name the test and the budget:\n%s", out)
	}
}

func TestFastInputPasses(t *testing.T) {
	stop := Start(t, 50*time.Millisecond)
	stop()
	time.Sleep(100 * time.Millisecond) // the stopped budget must not fire
}
