package browsertest

import (
	"net"
	"net/url"
	"slices"
	"strings"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// watchRequests records every request of the tab, and lets through only the
// ones that stay on this machine. A request elsewhere is failed before it is
// sent: the record is the evidence a test needs, and sending it could only
// make the test wait for an address that never answers.
func (tab *Tab) watchRequests() error {
	err := chromedp.Listen(tab.ctx, func(ev any) {
		if ev, ok := ev.(*network.EventRequestWillBeSent); ok {
			tab.mu.Lock()
			tab.requests = append(tab.requests, ev.Request.URL)
			tab.mu.Unlock()
		}
	})
	if err != nil {
		return err
	}
	// Subscribe before enabling, so that no paused request goes unanswered.
	paused := chromedp.Events(tab.ctx, fetch.RequestPaused)
	go func() {
		for ev, err := range paused {
			if err != nil {
				return // the tab is closing
			}
			// Errors are ignored: one only comes when the tab is closing,
			// and then the request goes with it.
			if staysLocal(ev.Request.URL) {
				chromedp.Call(tab.ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: ev.RequestID})
			} else {
				chromedp.Call(tab.ctx, fetch.FailRequest, fetch.FailRequestParams{
					RequestID:   ev.RequestID,
					ErrorReason: network.ErrorReasonBlockedByClient,
				})
			}
		}
	}()
	_, err = chromedp.Call(tab.ctx, fetch.Enable, fetch.EnableParams{
		Patterns: []*fetch.RequestPattern{{URLPattern: "*"}},
	})
	return err
}

// staysLocal reports whether a request for u is answered on this machine:
// from the loopback host, the file system, or the page itself.
func staysLocal(u string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	switch p.Scheme {
	case "file", "data", "blob", "about":
		return true
	case "http", "https", "ws", "wss":
		host := p.Hostname()
		if host == "localhost" || strings.HasSuffix(host, ".localhost") {
			return true
		}
		ip := net.ParseIP(host)
		return ip != nil && ip.IsLoopback()
	}
	return false
}

// Requests returns the URL of every request the tab has made, in order,
// including the page itself and the requests that were blocked for leaving
// the machine.
func (tab *Tab) Requests() []string {
	tab.mu.Lock()
	defer tab.mu.Unlock()
	return slices.Clone(tab.requests)
}

// ForeignRequests returns the requests whose URL does not start with base.
// With the base URL from [Serve] these are the requests to other origins;
// with one from [ServeAt] they include the requests that escape the
// sub-path; with "file://" they are every request that is not for a file.
// data:, blob: and about: URLs never leave the page and are not counted.
func (tab *Tab) ForeignRequests(base string) []string {
	// "http://127.0.0.1:80" must not match "http://127.0.0.1:8000/".
	if p, err := url.Parse(base); err == nil && p.Host != "" && p.Path == "" {
		base += "/"
	}
	var foreign []string
	for _, u := range tab.Requests() {
		switch {
		case strings.HasPrefix(u, base):
		case strings.HasPrefix(u, "data:"), strings.HasPrefix(u, "blob:"), strings.HasPrefix(u, "about:"):
		default:
			foreign = append(foreign, u)
		}
	}
	return foreign
}
