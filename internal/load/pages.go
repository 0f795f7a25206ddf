package load

import (
	"bytes"
	"io/fs"
	"path"
	"strings"

	"github.com/rodedraad/rodedraad/internal/markdown"
)

// checkPages warns about the images on another site in the project's own
// pages, content/**/*.md. Hugo renders those pages and the theme shows
// such an image as its alt text, but Hugo's warnings do not reach the
// author, so check says it at the image's line and column.
func (l *loader) checkPages() {
	_ = fs.WalkDir(l.fsys, "content", func(rel string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(rel) != ".md" {
			return nil // an unreadable content/ is Hugo's to report, as it reads it
		}
		src, err := fs.ReadFile(l.fsys, rel)
		if err != nil {
			return nil
		}
		src = bytes.TrimPrefix(src, utf8BOM)
		f := &file{name: l.display(rel), diags: &l.diags}
		body := bodyStart(src)
		lines := newLineIndex(src)
		for _, n := range markdown.PageNotices(string(src[body:])) {
			f.report(Warning, lines.position(body+n.Offset), "", n.Message)
		}
		return nil
	})
}

// bodyStart returns where the Markdown of a page starts: after its front
// matter, TOML between +++ lines or YAML between --- lines, which Hugo
// reads at the top of the file, after blank lines at most, and never
// renders as Markdown.
func bodyStart(src []byte) int {
	text := string(src)
	opening := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	for _, delim := range []string{"+++", "---"} {
		if !strings.HasPrefix(text[opening:], delim) {
			continue
		}
		closing := strings.Index(text[opening+len(delim):], "\n"+delim)
		if closing < 0 {
			return 0 // Hugo refuses the page, and says so
		}
		return opening + len(delim) + closing + len("\n"+delim)
	}
	return 0
}
