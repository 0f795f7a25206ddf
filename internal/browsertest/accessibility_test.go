package browsertest

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// announcementsPage has what AXTree reports: names and descriptions from
// other elements, live regions and text hidden from assistive technology.
const announcementsPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Announcements</title></head>
<body>
<main>
<h1>Announcements</h1>
<p id="help">Sends the form.</p>
<div role="presentation"><button aria-describedby="help">Send <span aria-hidden="true">→</span></button></div>
<div role="status"><p>Sent <em>twice</em>.</p></div>
<p aria-live="assertive">Try again.</p>
<p hidden aria-live="polite">Never shown.</p>
</main>
</body>
</html>
`

func TestAXTree(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(announcementsPage), 0o644); err != nil {
		t.Fatal(err)
	}
	tab := NewBrowser(t).Open(t, Serve(t, dir), Desktop)
	root := tab.AXTree(t)
	if root.Role != "RootWebArea" || root.Name != "Announcements" {
		t.Errorf("the root is %s %q, want the page", root.Role, root.Name)
	}

	buttons := root.Find(func(n *AXNode) bool { return n.Role == "button" })
	if len(buttons) != 1 || buttons[0].Name != "Send" || buttons[0].Description != "Sends the form." {
		t.Fatalf("buttons %s, want one named Send, described by the paragraph", describe(buttons))
	}
	// The presentational <div> is ignored: the button hangs from main.
	mains := root.Find(func(n *AXNode) bool { return n.Role == "main" })
	if len(mains) != 1 || !slices.Contains(mains[0].Children, buttons[0]) {
		t.Errorf("the button is not a child of main; its children are %s", describe(mains[0].Children))
	}

	type region struct {
		Live   string
		Atomic bool
		Text   string
	}
	var regions []region
	for _, n := range root.Find(func(n *AXNode) bool { return n.Live != "" }) {
		regions = append(regions, region{n.Live, n.Atomic, n.Text()})
	}
	// role=status is polite and atomic by definition; the text nodes inside
	// are no regions of their own; the hidden region is not in the tree.
	want := []region{{"polite", true, "Sent twice ."}, {"assertive", false, "Try again."}}
	if !slices.Equal(regions, want) {
		t.Errorf("live regions %+v, want %+v", regions, want)
	}
}

func describe(nodes []*AXNode) string {
	s := ""
	for _, n := range nodes {
		s += fmt.Sprintf("[%s %q %q]", n.Role, n.Name, n.Description)
	}
	return s
}
