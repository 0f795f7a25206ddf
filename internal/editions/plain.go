package editions

import (
	"strings"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
)

// subSeparator goes between a text and each of its sub-items. A middle
// dot, because dashes and slashes occur in the texts themselves.
const subSeparator = " · "

// plain is Markdown as plain text: the diff compares what a reader reads,
// so a change of emphasis alone is no change.
func plain[T ~string](s T) string { return markdown.Plain(string(s)) }

// withSubs is a text with its sub-items appended, in one line, so that a
// reworded sub-question shows in the word diff of its question.
func withSubs(text model.Inline, subs []model.Inline) string {
	var b strings.Builder
	b.WriteString(plain(text))
	for _, s := range subs {
		b.WriteString(subSeparator)
		b.WriteString(plain(s))
	}
	return b.String()
}

// questionText is a question as one line of plain text: the question,
// its sub-questions after " · ", and its note in parentheses:
// "Neem ik genoeg tijd? · Ook als het druk is? (noot)".
func questionText(q *model.Question) string {
	s := withSubs(q.Text, q.Sub)
	if note := plain(q.Note); note != "" {
		s += " (" + note + ")"
	}
	return s
}

func practiceText(p *model.PracticeExample) string { return withSubs(p.Text, p.Sub) }
