// Package fuzzbudget gives each input of a fuzz test a time budget, so that
// an input that hangs or takes a superlinear path becomes a finding with its
// input saved, instead of a fuzz run that stalls until CI gives up on it.
//
// Go's fuzzing has no per-input timeout of its own (go.dev/issue/48157).
package fuzzbudget

import (
	"fmt"
	"testing"
	"time"
)

// PerInput is the budget most targets use: far above what any input of the
// size the fuzzer makes needs when the code is linear, even on a busy
// 2-core machine, so that only a real slow path reaches it.
const PerInput = 5 * time.Second

// Start begins the budget of one input; call the function it returns when
// the input is done, usually with defer:
//
//	defer fuzzbudget.Start(t, fuzzbudget.PerInput)()
//
// When the budget runs out the process panics. The fuzz engine records a
// crash of its worker as a failure and keeps the input under testdata/fuzz;
// a plain go test run fails with the same message.
func Start(t testing.TB, budget time.Duration) (stop func()) {
	name := t.Name()
	timer := time.AfterFunc(budget, func() {
		panic(fmt.Sprintf("%s: one input took longer than %v; a hang or a superlinear path", name, budget))
	})
	return func() { timer.Stop() }
}
