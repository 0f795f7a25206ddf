//go:build !linux

package output

// exchange swaps the directories a and b in one step, which only Linux
// offers.
func exchange(a, b string) error { return errNoExchange }
