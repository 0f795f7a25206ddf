package browsertest

import (
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// cspRecorder records policy violations and script errors. It runs
// before any script of the page; scripts added through
// DevTools are not subject to the page's Content-Security-Policy.
const cspRecorder = `window.__cspViolations = [];
window.__scriptErrors = [];
window.addEventListener("error", function (e) {
  window.__scriptErrors.push(e.message + (e.filename ? " at " + e.filename + ":" + e.lineno + ":" + e.colno : ""));
});
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") +
    (e.sourceFile ? " at " + e.sourceFile + ":" + e.lineNumber : "") + (e.sample ? " (" + e.sample + ")" : ""));
});`

func (tab *Tab) watchCSP() error {
	_, err := chromedp.Call(tab.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspRecorder})
	return err
}

// ScriptErrors returns the uncaught errors of the page's scripts since
// it loaded.
func (tab *Tab) ScriptErrors(t testing.TB) []string {
	t.Helper()
	return Eval[[]string](t, tab, `window.__scriptErrors || ["the error recorder did not run"]`)
}

// CSPViolations returns what the page's Content-Security-Policy blocked
// since the page loaded: the directive, what it blocked, and where.
func (tab *Tab) CSPViolations(t testing.TB) []string {
	t.Helper()
	return Eval[[]string](t, tab, `window.__cspViolations || ["the violation recorder did not run"]`)
}
