package importer

import (
	"github.com/rodedraad/rodedraad/internal/message"
	"regexp"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
)

// A workshop summary gives each workshop as one paragraph under its
// title. The paragraph is a theme: its first sentence is the finding, and
// the quotes, the questions the participants asked themselves and their
// suggestions stand in its prose; each sentence goes to one of them, the
// rest to the explanation.

// suggestion is a sentence that proposes something: 'Ook werd de
// suggestie gedaan ...', 'Aanvullend pleitte men voor ...', '... zou ...
// moeten ...'.
var suggestion = regexp.MustCompile(`(?i)\b(?:suggestie|oproep|het idee|pleitte|pleiten|pleit|advies|adviseren|aanbeveling|tip)\b|\bzou(?:den)?\b.*\bmoeten\b`)

func (r *reader) workshop(b *block) {
	r.close()
	head, rest := splitTitle(b)
	t := &themeDraft{title: headingTitle(head), first: b.first(), last: b.last()}
	r.doc.themes = append(r.doc.themes, t)
	r.theme = t
	var explanation []string
	for _, s := range sentences(r.clean(paraOf(rest).text)) {
		r.figures(s)
		quoted, around, isQuote := quotation(s)
		switch {
		case isQuote:
			q := model.Quote{Text: model.Inline(quoted), Role: participant, Context: around}
			if around != "" {
				r.doc.notes = append(r.doc.notes, Note{Line: b.first(), Message: message.New(
					"in %q a quotation inside a sentence is taken as a quote, with the words around it as its context: check them", t.title)})
			}
			t.quotes = append(t.quotes, q)
		case t.finding == "":
			t.finding = s
		case strings.HasSuffix(s, "?"):
			t.questions = append(t.questions, itemDraft{text: s})
		case suggestion.MatchString(s):
			t.tips = append(t.tips, s)
		default:
			explanation = append(explanation, s)
		}
	}
	if len(explanation) > 0 {
		t.explanation.para(strings.Join(explanation, " "))
	}
}
