package browsertest

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// AXNode is one node of a page's accessibility tree: what Chromium tells a
// screen reader about an element, computed by the browser rather than read
// from the markup.
type AXNode struct {
	Role string // such as "button", "dialog", "textbox", "StaticText"
	// Name and Description are the accessible name and description, with
	// their runs of white space made one space and trimmed, as a screen
	// reader reads them.
	Name, Description string
	// Live is the politeness of the live region this node is the root of:
	// "polite", "assertive" or "off"; "" for a node that is no region's
	// root.
	Live string
	// Atomic says that a change in the live region reads all of it, not
	// only what changed.
	Atomic bool
	// Children are the node's children, without the ignored nodes in
	// between (hidden ones, or wrappers with no meaning of their own).
	Children []*AXNode
}

// Text is the text in the node and its descendants, as a screen reader reads
// out a live region: the names of its text nodes, one space apart.
func (n *AXNode) Text() string {
	var parts []string
	for _, d := range n.Find(func(d *AXNode) bool { return d.Role == "StaticText" }) {
		parts = append(parts, d.Name)
	}
	return oneLine(strings.Join(parts, " "))
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Find returns the nodes of n's subtree, n included, that match, in the
// order of the tree.
func (n *AXNode) Find(match func(*AXNode) bool) []*AXNode {
	var found []*AXNode
	var walk func(*AXNode)
	walk = func(n *AXNode) {
		if match(n) {
			found = append(found, n)
		}
		for _, c := range n.Children {
			walk(c)
		}
	}
	walk(n)
	return found
}

// AXTree returns the root of the accessibility tree of the tab's page as it
// is now. Ignored nodes are left out, and their children hang from the
// nearest node that is not ignored, as assistive technology sees them.
func (tab *Tab) AXTree(t testing.TB) *AXNode {
	t.Helper()
	nodes := run(t, tab, "get the accessibility tree", func(ctx context.Context, target *chromedp.Target) ([]*accessibility.Node, error) {
		res, err := cdp.Call(ctx, target, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
		return res.Nodes, err
	})
	byID := make(map[accessibility.NodeID]*accessibility.Node, len(nodes))
	for _, n := range nodes {
		byID[n.NodeID] = n
	}
	// children are a node's children that are not ignored, with those of
	// an ignored one in its place.
	var children func(n *accessibility.Node) []*AXNode
	children = func(n *accessibility.Node) []*AXNode {
		var out []*AXNode
		for _, id := range n.ChildIDs {
			switch c, ok := byID[id]; {
			case !ok: // Chromium names a child it did not send
			case c.Ignored:
				out = append(out, children(c)...)
			default:
				out = append(out, axNode(c, children(c)))
			}
		}
		return out
	}
	for _, n := range nodes {
		if n.ParentID == "" { // the document
			return axNode(n, children(n))
		}
	}
	t.Fatalf("browsertest: the accessibility tree has no root (%d nodes)", len(nodes))
	return nil
}

func axNode(n *accessibility.Node, children []*AXNode) *AXNode {
	out := &AXNode{
		Role:        axString(n.Role),
		Name:        oneLine(axString(n.Name)),
		Description: oneLine(axString(n.Description)),
		Children:    children,
	}
	root := true // a node in a live region names its root; the root does not
	for _, p := range n.Properties {
		switch p.Name {
		case accessibility.PropertyNameLive:
			out.Live = axString(p.Value)
		case accessibility.PropertyNameAtomic:
			_ = json.Unmarshal(p.Value.Value, &out.Atomic)
		case accessibility.PropertyNameRoot:
			root = false
		}
	}
	if !root {
		out.Live, out.Atomic = "", false
	}
	return out
}

// axString is the value of a string property, or "" for any other.
func axString(v *accessibility.Value) string {
	var s string
	if v != nil {
		_ = json.Unmarshal(v.Value, &s)
	}
	return s
}
