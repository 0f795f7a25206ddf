package load

import (
	"regexp"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
)

var (
	emailAddress = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)
	phoneNumber  = regexp.MustCompile(`(\+31|\b0)[ -]?(\(0\)[ -]?)?[1-9]([ -]?\d){8}\b|\(06\)`)
	rawHTML      = regexp.MustCompile(`<(/?[A-Za-z][A-Za-z0-9-]*)(\s[^>]*)?/?>|<!--`)
)

// checkContent warns about text that should not be published as it is:
// contact details, which in youth care are often personal; the examples
// of a template and the TODOs of an import, left in; and raw HTML, which
// the site never shows.
//
// Each pattern runs only on text with the character it cannot match
// without: most texts have none, and the patterns are slow on long ones.
func (f *file) checkContent(key string, text string, markdown bool) {
	email := strings.Contains(text, "@") && emailAddress.MatchString(text)
	phone := strings.ContainsAny(text, "0123456789") && phoneNumber.MatchString(text)
	if email || phone {
		f.warnf(key, "looks like an e-mail address or phone number: publish no personal contact details")
	}
	if p := model.Placeholder(text); p != "" {
		f.warnf(key, "still holds the example text %q of the template: write your own text here", p)
	} else if strings.HasPrefix(strings.TrimSpace(text), model.TodoMark) {
		f.warnf(key, "still says %s: the import found nothing for this in its source; write it here", model.TodoMark)
	}
	if markdown && strings.Contains(text, "<") && rawHTML.MatchString(text) {
		f.warnf(key, "holds HTML, which the site does not show: write Markdown instead")
	}
}

func isMarkdown(v any) bool {
	switch v.(type) {
	case *model.Markdown, *model.Inline:
		return true
	}
	return false
}
