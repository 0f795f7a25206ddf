package browsertest

import (
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// cspRecorder runs before any script of the page; scripts added through
// DevTools are not subject to the page's Content-Security-Policy.
const cspRecorder = `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") +
    (e.sourceFile ? " at " + e.sourceFile + ":" + e.lineNumber : "") + (e.sample ? " (" + e.sample + ")" : ""));
});`

func (tab *Tab) watchCSP() error {
	_, err := chromedp.Call(tab.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspRecorder})
	return err
}

// CSPViolations returns what the page's Content-Security-Policy blocked
// since the page loaded: the directive, what it blocked, and where.
func (tab *Tab) CSPViolations(t testing.TB) []string {
	t.Helper()
	return Eval[[]string](t, tab, `window.__cspViolations || ["the violation recorder did not run"]`)
}
