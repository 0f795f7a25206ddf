package load

import (
	"regexp"

	"github.com/rodedraad/rodedraad/internal/model"
)

var (
	emailAddress = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)
	phoneNumber  = regexp.MustCompile(`(\+31|\b0)[ -]?(\(0\)[ -]?)?[1-9]([ -]?\d){8}\b|\(06\)`)
	rawHTML      = regexp.MustCompile(`<(/?[A-Za-z][A-Za-z0-9-]*)(\s[^>]*)?/?>|<!--`)
)

// checkContent warns about text that should not be published as it is:
// contact details, which in youth care are often personal, and raw HTML,
// which the site never shows.
func (f *file) checkContent(key string, text string, markdown bool) {
	if emailAddress.MatchString(text) || phoneNumber.MatchString(text) {
		f.warnf(key, "looks like an e-mail address or phone number: publish no personal contact details")
	}
	if markdown && rawHTML.MatchString(text) {
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
