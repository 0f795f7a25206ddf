package browsertest

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// axeTags are the rule sets of WCAG 2.1 levels A and AA, the level that
// rodedraad's pages promise. axe's best-practice rules are left out: they are
// advice, and a test that fails on advice gets ignored.
const axeTags = `['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']`

// Violation is one axe-core rule that the page breaks, with every element
// that breaks it.
type Violation struct {
	ID      string          `json:"id"`     // the rule, such as "image-alt"
	Impact  string          `json:"impact"` // minor, moderate, serious or critical
	Help    string          `json:"help"`
	HelpURL string          `json:"helpUrl"`
	Nodes   []ViolationNode `json:"nodes"`
}

// ViolationNode is one element that breaks a rule.
type ViolationNode struct {
	Target string `json:"target"` // a CSS selector for the element
	HTML   string `json:"html"`
}

// String formats the violation for a test failure: the rule and what it
// asks, then one line per element.
func (v Violation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s", v.ID, v.Impact, v.Help)
	for _, n := range v.Nodes {
		fmt.Fprintf(&b, "\n\t%s: %s", n.Target, n.HTML)
	}
	if v.HelpURL != "" {
		fmt.Fprintf(&b, "\n\tsee %s", v.HelpURL)
	}
	return b.String()
}

// Axe runs axe-core's WCAG 2.1 A and AA rules on the tab's page as it is now,
// and returns the rules it breaks. axe-core comes from the repository's
// .ci/node_modules (see [Require] for what happens when it is missing), or
// from $RODEDRAAD_AXE.
func Axe(t testing.TB, tab *Tab) []Violation {
	t.Helper()
	src := axeSource(t)
	if !Eval[bool](t, tab, `typeof window.axe === 'object'`) {
		run(t, tab, "inject axe-core", chromedp.Evaluate[chromedp.Void](src))
	}
	return Eval[[]Violation](t, tab, `axe.run(document, {
		runOnly: {type: 'tag', values: `+axeTags+`},
		resultTypes: ['violations'],
	}).then(r => r.violations.map(v => ({
		id: v.id,
		impact: v.impact || '',
		help: v.help,
		helpUrl: v.helpUrl,
		nodes: v.nodes.map(n => ({
			// A target is a list of selectors, one per shadow root or frame
			// on the way to the element.
			target: n.target.map(s => Array.isArray(s) ? s.join(' >>> ') : s).join(' >>> '),
			html: n.html,
		})),
	})))`)
}

var axeCache struct {
	sync.Mutex
	src map[string]string
}

// axeSource returns axe.min.js, read once per test binary: it is half a
// megabyte, and a suite runs it on many pages.
func axeSource(t testing.TB) string {
	t.Helper()
	path := NpmFile(t, "RODEDRAAD_AXE", "axe-core/axe.min.js")
	axeCache.Lock()
	defer axeCache.Unlock()
	if src, ok := axeCache.src[path]; ok {
		return src
	}
	b, err := os.ReadFile(path)
	if err != nil {
		// Also when RODEDRAAD_AXE names a file that is not there: the
		// variable was set to use that file, not to be skipped.
		t.Fatalf("browsertest: reading axe-core: %v", err)
	}
	if axeCache.src == nil {
		axeCache.src = map[string]string{}
	}
	axeCache.src[path] = string(b)
	return string(b)
}
