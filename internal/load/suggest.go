package load

import (
	"github.com/rodedraad/rodedraad/internal/message"

	"github.com/rodedraad/rodedraad/internal/model"
)

// suggestion returns ` (did you mean "x"?)` for the candidate closest to
// word, if one is close enough to be a likely typo, and "" otherwise.
func suggestion(word string, candidates []string) message.Text {
	if best := model.Nearest(word, candidates); best != "" {
		return message.New(" (did you mean %q?)", best)
	}
	return message.Text{}
}
