package load

import (
	"strings"

	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/model"
)

// checkMarkdown warns about what a Markdown or Inline text holds that the
// site does not show as written: images, and in Markdown texts, lines
// indented so far that they become code. Each warning is at the line of
// the text where it stands.
func (f *file) checkMarkdown(key, text string, v any) {
	var notices []markdown.Notice
	switch v.(type) {
	case *model.Markdown:
		notices = markdown.BlockNotices(text)
	case *model.Inline:
		notices = markdown.InlineNotices(text)
	}
	for _, n := range notices {
		f.report(Warning, f.positionInString(key, text, n.Offset), key, n.Message)
	}
}

// positionInString returns where offset into the string value of key
// stands in the file. That is only known when the value is written as it
// reads, without escapes; otherwise it is the key's position.
func (f *file) positionInString(key, value string, offset int) position {
	at, ok := f.locs.at[key]
	if !ok {
		return f.locs.find(key)
	}
	if !strings.HasSuffix(key, "]") { // key = value: the value follows the '='
		eq := strings.IndexByte(string(f.src[at:]), '=')
		if eq < 0 {
			return f.locs.find(key)
		}
		at += eq + 1
	}
	rest := string(f.src[at:])
	quote := strings.IndexAny(rest, `"'`)
	if quote < 0 {
		return f.locs.find(key)
	}
	start := at + quote + 1
	if delim := rest[quote : quote+1]; strings.HasPrefix(rest[quote:], strings.Repeat(delim, 3)) {
		start += 2
		// A newline right after the opening quotes is not part of the value.
		if strings.HasPrefix(string(f.src[start:]), "\r\n") {
			start += 2
		} else if strings.HasPrefix(string(f.src[start:]), "\n") {
			start++
		}
	}
	if !strings.HasPrefix(string(f.src[start:]), value) {
		return f.locs.find(key)
	}
	return f.locs.lines.position(start + offset)
}
