package importer

import (
	"github.com/rodedraad/rodedraad/internal/message"
	"regexp"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
)

// A quote is attributed by role, never by name: '(gezinsmanager
// Jeugdbescherming, deelnemer leer- en reflectiesessie)' under it gives
// the role and the context.

// attribution is a line in brackets, or after a dash, right under a
// quotation.
var attribution = regexp.MustCompile(`^(?:\((.+)\)|[–—-]\s*(.+))$`)

// participant is the role of those who speak in a workshop summary: the
// summary quotes its participants, and names none.
const participant = "deelnemer"

// placeholderRole stands in for a role the text does not give.
const placeholderRole = "TODO: rol"

// quote takes a paragraph that is a quotation, with its attribution if
// the next paragraph is one. It reports whether the paragraph was a
// quotation.
func (r *reader) quote(b *block, text string) bool {
	quoted, around, ok := quotation(text)
	if !ok || around != "" {
		return false
	}
	r.announced()
	q := model.Quote{Text: model.Inline(quoted)}
	if next := r.peek(0); next != nil && next.kind == paraBlock {
		if m := attribution.FindStringSubmatch(next.text); m != nil {
			who := m[1] + m[2]
			role, context, _ := strings.Cut(who, ",")
			q.Role, q.Context = strings.TrimSpace(role), strings.TrimSpace(context)
			r.i++
		}
	}
	if q.Role == "" {
		q.Role = r.unknownRole(b)
	}
	r.addQuote(q)
	return true
}

// unknownRole is the role of a quotation without attribution: in a
// workshop summary a participant's, elsewhere for the user to give.
func (r *reader) unknownRole(b *block) string {
	if r.doc.shape == workshopShape {
		return participant
	}
	r.doc.notes = append(r.doc.notes, Note{Line: b.first(), Message: message.New(
		"the quotation has no attribution under it: its role is the placeholder %q; give the speaker's role, never a name", placeholderRole)})
	return placeholderRole
}

// addQuote puts a quote where it was said: in the workshop, the part, or
// before any part in the edition.
func (r *reader) addQuote(q model.Quote) {
	switch {
	case r.theme != nil:
		r.theme.quotes = append(r.theme.quotes, q)
	case r.section != nil:
		r.section.quotes = append(r.section.quotes, q)
	default:
		r.doc.quotes = append(r.doc.quotes, q)
	}
}
