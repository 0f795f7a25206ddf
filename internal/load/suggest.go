package load

import (
	"fmt"

	"github.com/rodedraad/rodedraad/internal/model"
)

// suggestion returns ` (did you mean "x"?)` for the candidate closest to
// word, if one is close enough to be a likely typo, and "" otherwise.
func suggestion(word string, candidates []string) string {
	if best := model.Nearest(word, candidates); best != "" {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	return ""
}
