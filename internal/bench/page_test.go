package bench

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/browsertest"
	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/site"
)

// demoSite builds the demo data of the repository into a new directory,
// as it is published (without drafts), and returns it with the model.
func demoSite(b *testing.B, baseURL string) (string, *model.Site) {
	b.Helper()
	root := repoRoot(b)
	s, diags := load.Site(root)
	if diags.HasErrors() {
		b.Fatalf("the demo data has errors: %v", diags)
	}
	s.DropDrafts()
	dest := filepath.Join(b.TempDir(), "public")
	if _, err := site.Build(b.Context(), s, site.Options{Source: root, Destination: dest, BaseURL: baseURL}); err != nil {
		b.Fatal(err)
	}
	return dest, s
}

// resource is a file a page loads, with its size as is and gzipped.
type resource struct {
	Path    string // from the site root
	Raw, Gz int
}

// weight is what a page costs to load: its HTML and the style sheets and
// scripts it links to.
type weight struct {
	Page      string // path of the page from the site root
	HTML      resource
	CSS, JS   []resource
	Total, Gz int
}

var (
	styleSheet = regexp.MustCompile(`<link\b[^>]*\brel="?stylesheet"?[^>]*>`)
	scriptTag  = regexp.MustCompile(`<script\b[^>]*>`)
	hrefAttr   = regexp.MustCompile(`\bhref="?([^" >]+)`)
	srcAttr    = regexp.MustCompile(`\bsrc="?([^" >]+)`)
)

// weigh measures the page at rel (such as "friesland/index.html") in the
// built site in dir.
func weigh(b *testing.B, dir, rel string) weight {
	b.Helper()
	file := func(rel string) resource {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			b.Fatal(err)
		}
		return resource{Path: rel, Raw: len(data), Gz: gzipSize(data)}
	}
	w := weight{Page: rel, HTML: file(rel)}
	html, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	linked := func(tags *regexp.Regexp, attr *regexp.Regexp) []resource {
		var out []resource
		for _, tag := range tags.FindAll(html, -1) {
			m := attr.FindSubmatch(tag)
			if m == nil {
				continue
			}
			ref := strings.SplitN(strings.SplitN(string(m[1]), "#", 2)[0], "?", 2)[0]
			target := path.Clean(path.Join(path.Dir(rel), ref))
			if strings.HasPrefix(ref, "/") {
				target = strings.TrimPrefix(path.Clean(ref), "/")
			}
			if !slices.ContainsFunc(out, func(r resource) bool { return r.Path == target }) {
				out = append(out, file(target))
			}
		}
		return out
	}
	w.CSS, w.JS = linked(styleSheet, hrefAttr), linked(scriptTag, srcAttr)
	for _, r := range append(append([]resource{w.HTML}, w.CSS...), w.JS...) {
		w.Total += r.Raw
		w.Gz += r.Gz
	}
	return w
}

func gzipSize(data []byte) int {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(data)
	zw.Close()
	return buf.Len()
}

func sum(rs []resource) (raw, gz int) {
	for _, r := range rs {
		raw, gz = raw+r.Raw, gz+r.Gz
	}
	return raw, gz
}

// demoPages are the pages measured: the home page, the start page of the
// edition with the most themes, and the theme page that weighs most.
func demoPages(b *testing.B, dir string, s *model.Site) (home, edition, theme weight) {
	home = weigh(b, dir, "index.html")
	var largest *model.Edition
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			for _, t := range e.Themes {
				w := weigh(b, dir, path.Join(f.ID, e.ID, t.ID, "index.html"))
				if w.Gz > theme.Gz {
					theme = w
				}
			}
			if !e.Archived() && (largest == nil || len(e.Themes) > len(largest.Themes)) {
				largest = e
			}
		}
	}
	edition = weigh(b, dir, path.Join(largest.Factsheet.ID, "index.html"))
	return home, edition, theme
}

// BenchmarkPageWeight builds the demo site and reports what the home page,
// the largest edition page and the largest theme page weigh: HTML, CSS
// and JavaScript, as they are and gzipped (best compression). The target
// for the theme page is under 40 KB gzipped.
//
//	go test ./internal/bench -run '^$' -bench PageWeight -benchtime 1x
func BenchmarkPageWeight(b *testing.B) {
	var home, edition, theme weight
	for b.Loop() {
		dir, s := demoSite(b, "")
		home, edition, theme = demoPages(b, dir, s)
	}
	t := Table{
		Title:  "Page weight of the demo site: HTML + CSS + JS, gzipped with compress/gzip BestCompression",
		Header: []string{"page", "HTML", "HTML gz", "CSS gz", "JS gz", "total", "total gz", "target (theme page)"},
	}
	for _, w := range []weight{home, edition, theme} {
		_, css := sum(w.CSS)
		_, js := sum(w.JS)
		target := ""
		if w.Page == theme.Page {
			target = "< 40 KB: " + map[bool]string{true: "met", false: "missed"}[w.Gz < 40*1024]
		}
		t.Add(w.Page, KB(w.HTML.Raw), KB(w.HTML.Gz), KB(css), KB(js), KB(w.Total), KB(w.Gz), target)
	}
	t.Print(os.Stdout)
	detail := Table{Title: "Files of the largest theme page, " + theme.Page, Header: []string{"file", "size", "gzipped"}}
	for _, r := range append(append([]resource{theme.HTML}, theme.CSS...), theme.JS...) {
		detail.Add(r.Path, KB(r.Raw), KB(r.Gz))
	}
	detail.Print(os.Stdout)
	b.ReportMetric(float64(theme.Gz), "theme-page-gz-bytes")
}

// lighthouseReport is the part of Lighthouse's JSON result that the
// benchmark reads.
type lighthouseReport struct {
	LighthouseVersion string `json:"lighthouseVersion"`
	Categories        map[string]struct {
		Title     string   `json:"title"`
		Score     *float64 `json:"score"`
		AuditRefs []struct {
			ID     string  `json:"id"`
			Weight float64 `json:"weight"`
		} `json:"auditRefs"`
	} `json:"categories"`
	Audits map[string]struct {
		Title            string          `json:"title"`
		Score            *float64        `json:"score"`
		ScoreDisplayMode string          `json:"scoreDisplayMode"`
		DisplayValue     string          `json:"displayValue"`
		Details          json.RawMessage `json:"details"`
	} `json:"audits"`
}

var lighthouseCategories = []string{"performance", "accessibility", "best-practices", "seo"}

// BenchmarkLighthouse serves the demo site, built for its address
// (--baseURL), over HTTP on 127.0.0.1, gzipped
// as a static host serves it, and runs Lighthouse (npm, pinned in
// .ci/package.json; RODEDRAAD_LIGHTHOUSE may name another cli/index.js)
// in Debian's Chromium, as a phone, on the home page,
// the largest edition page and the largest theme page. It reports the
// four category scores (target: 100 each) and, for a score under 100,
// the audits that cost points.
//
//	go test ./internal/bench -run '^$' -bench Lighthouse -benchtime 1x
func BenchmarkLighthouse(b *testing.B) {
	chromium := browsertest.Require(b)
	cli := browsertest.NpmFile(b, "RODEDRAAD_LIGHTHOUSE", "lighthouse/cli/index.js")
	var reports []lighthouseReport
	var urls []string
	for b.Loop() {
		// Built for the address it is served at, as a site is published
		// with --baseURL: search engines want absolute alternates.
		srv := httptest.NewUnstartedServer(nil)
		defer srv.Close()
		dir, s := demoSite(b, "http://"+srv.Listener.Addr().String()+"/")
		home, edition, theme := demoPages(b, dir, s)
		srv.Config.Handler = gzipHandler(http.FileServer(http.Dir(dir)))
		srv.Start()
		urls = nil
		reports = nil
		for _, w := range []weight{home, edition, theme} {
			url := srv.URL + "/" + strings.TrimSuffix(w.Page, "index.html")
			urls = append(urls, url)
			reports = append(reports, lighthouse(b, cli, chromium, url))
		}
	}
	t := Table{
		Title:  fmt.Sprintf("Lighthouse %s, mobile, demo site over http://127.0.0.1 (gzip), Chromium from %s", reports[0].LighthouseVersion, chromium),
		Header: append([]string{"page"}, lighthouseCategories...),
	}
	var failed []string
	for i, r := range reports {
		row := []any{strings.TrimPrefix(urls[i], strings.Split(urls[i], "/")[0]+"//"+strings.Split(urls[i], "/")[2])}
		for _, c := range lighthouseCategories {
			cat := r.Categories[c]
			if cat.Score == nil {
				row = append(row, "–")
				continue
			}
			score := int(*cat.Score*100 + 0.5)
			row = append(row, score)
			b.ReportMetric(float64(score), fmt.Sprintf("%s-%d", c, i))
			if score == 100 {
				continue
			}
			for _, ref := range cat.AuditRefs {
				a := r.Audits[ref.ID]
				if ref.Weight > 0 && a.Score != nil && *a.Score < 1 {
					failed = append(failed, fmt.Sprintf("- %s, %s: `%s` %s (score %.2f%s)%s", row[0], c, ref.ID, a.Title, *a.Score,
						map[bool]string{true: ", " + a.DisplayValue, false: ""}[a.DisplayValue != ""], auditItems(a.Details)))
				}
			}
		}
		t.Add(row...)
	}
	if len(failed) > 0 {
		t.Notes = append(t.Notes, "Audits that cost points:\n\n"+strings.Join(failed, "\n"))
	} else {
		t.Notes = append(t.Notes, "Every category scores 100 on every page measured.")
	}
	t.Print(os.Stdout)
}

// auditItems shows the first items an audit found, shortened.
func auditItems(details json.RawMessage) string {
	var d struct {
		Items []json.RawMessage `json:"items"`
	}
	_ = json.Unmarshal(details, &d) // some audits' items are not a list
	var out []string
	for i, it := range d.Items {
		if i == 3 {
			out = append(out, fmt.Sprintf("… %d more", len(d.Items)-i))
			break
		}
		var v any
		if json.Unmarshal(it, &v) != nil {
			continue
		}
		var buf strings.Builder
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(prune(v))
		s := strings.TrimSpace(buf.String())
		if len(s) > 300 {
			s = s[:300] + "…"
		}
		out = append(out, "`"+strings.ReplaceAll(s, "`", "'")+"`")
	}
	if len(out) == 0 {
		return ""
	}
	return ": " + strings.Join(out, "; ")
}

// prune drops the parts of an audit item that locate a node on screen.
func prune(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for _, k := range []string{"boundingRect", "lhId", "path", "type", "nodeLabel"} {
			delete(v, k)
		}
		for k, x := range v {
			v[k] = prune(x)
		}
	case []any:
		for i, x := range v {
			v[i] = prune(x)
		}
	}
	return v
}

// lighthouse runs Lighthouse's command line, cli, on url and returns its
// report. It is what 'npx --prefix .ci lighthouse' runs.
func lighthouse(b *testing.B, cli, chromium, url string) lighthouseReport {
	b.Helper()
	out := filepath.Join(b.TempDir(), "report.json")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", cli, url,
		"--chrome-flags=--headless=new --no-sandbox", "--only-categories="+strings.Join(lighthouseCategories, ","),
		"--form-factor=mobile", "--output=json", "--output-path="+out, "--quiet")
	cmd.Env = append(os.Environ(), "CHROME_PATH="+chromium)
	if msg, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("lighthouse %s: %v\n%s", url, err, tail(string(msg), 3000))
	}
	data, err := os.ReadFile(out)
	if err != nil {
		b.Fatal(err)
	}
	var r lighthouseReport
	if err := json.Unmarshal(data, &r); err != nil {
		b.Fatal(err)
	}
	return r
}

// gzipHandler compresses text responses for clients that accept gzip, as
// static hosts do.
func gzipHandler(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			h.ServeHTTP(w, r)
			return
		}
		gw := &gzipWriter{ResponseWriter: w}
		h.ServeHTTP(gw, r)
		if gw.zw != nil {
			gw.zw.Close()
		}
	})
}

type gzipWriter struct {
	http.ResponseWriter
	zw      *gzip.Writer
	decided bool
}

func (g *gzipWriter) WriteHeader(code int) {
	if !g.decided {
		g.decided = true
		ct := g.Header().Get("Content-Type")
		if code == http.StatusOK && (strings.HasPrefix(ct, "text/") || strings.Contains(ct, "javascript") ||
			strings.Contains(ct, "json") || strings.Contains(ct, "svg") || strings.Contains(ct, "xml")) {
			g.Header().Del("Content-Length")
			g.Header().Set("Content-Encoding", "gzip")
			g.Header().Add("Vary", "Accept-Encoding")
			g.zw = gzip.NewWriter(g.ResponseWriter)
		}
	}
	g.ResponseWriter.WriteHeader(code)
}

func (g *gzipWriter) Write(p []byte) (int, error) {
	if !g.decided {
		if g.Header().Get("Content-Type") == "" {
			g.Header().Set("Content-Type", http.DetectContentType(p))
		}
		g.WriteHeader(http.StatusOK)
	}
	if g.zw != nil {
		return g.zw.Write(p)
	}
	return g.ResponseWriter.Write(p)
}
