package load

import (
	"bytes"
	"io/fs"
	"strings"

	"github.com/rodedraad/rodedraad/internal/message"
)

// rodedraadModule is the first line of the go.mod of rodedraad's own
// repository, whose project is the demo: only there do the demo's own
// texts belong.
const rodedraadModule = "module github.com/rodedraad/rodedraad"

// demoContact is what the demo's site.toml says of itself in every
// page's footer.
const demoContact = "een voorbeeld van **rodedraad**"

// demoInterfaceKeys are the keys of the demo's i18n/*.toml whose texts
// the demo's footer shows: that the site is rodedraad's demonstration.
var demoInterfaceKeys = []string{"demo_note", "demo_note_link", "demo_guide_link"}

// isDemo reports whether the project is rodedraad's own repository.
func (l *loader) isDemo() bool {
	src, err := fs.ReadFile(l.fsys, "go.mod")
	return err == nil && bytes.HasPrefix(bytes.TrimSpace(src), []byte(rodedraadModule))
}

// checkDemoTexts warns about the demo's own texts in a project that is
// not the demo, as when an author copied the demo to start from: its
// footer would tell every reader that the site is rodedraad's example.
func (l *loader) checkDemoTexts(siteFile *file) {
	if l.isDemo() {
		return
	}
	if strings.Contains(strings.ToLower(string(l.site.Contact)), demoContact) {
		siteFile.warnf("contact", "this is the demo's own text, which says the site is an example of rodedraad: write who makes this site and whom readers can ask")
	}
	entries, _ := fs.ReadDir(l.fsys, "i18n")
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".toml") {
			continue
		}
		rel := "i18n/" + e.Name()
		src, err := fs.ReadFile(l.fsys, rel)
		if err != nil {
			continue
		}
		f := &file{name: l.display(rel), diags: &l.diags}
		for _, key := range demoInterfaceKeys {
			if line := KeyLine(src, key); line > 0 {
				f.report(Warning, position{Line: line, Col: 1}, key, message.New("the footer of every page shows this text of the demo, which says the site is rodedraad's example: remove %s from the i18n files, and layouts/_partials/hooks/footer-end.html, which shows them", strings.Join(demoInterfaceKeys, ", ")))
				break
			}
		}
	}
}
