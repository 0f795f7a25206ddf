package main

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// In serve, a theme page links to its form; the form saves the theme's
// file in place and the preview shows the change. A save from anywhere
// but the form itself is refused, and no address of the editor reaches a
// file outside the project's themes.
func TestServeEditsAThemeThroughItsForm(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/author")); err != nil {
		t.Fatal(err)
	}
	port, cmd, _, _ := startServe(t, dir)
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	base := "http://127.0.0.1:" + strconv.Itoa(port)
	page := waitFor(t, base+"/noord/2025/ouders-betrekken/", 60*time.Second, func(p string) bool { return strings.Contains(p, "Ouders echt betrekken") })
	link := regexp.MustCompile(`<p class="edit-link"><a href="([^"]+)">`).FindStringSubmatch(page)
	if link == nil {
		t.Fatalf("the theme page has no link to its form:\n%.2000s", page)
	}
	formURL, err := url.Parse(base + "/noord/2025/ouders-betrekken/")
	if err != nil {
		t.Fatal(err)
	}
	formURL, _ = formURL.Parse(strings.ReplaceAll(link[1], "&amp;", "&"))
	res, err := http.Get(formURL.String())
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	form := string(body)
	if res.StatusCode != 200 || !strings.Contains(form, "Edit: Ouders echt betrekken") || !strings.Contains(form, `name="back" value="/noord/2025/ouders-betrekken/"`) {
		t.Fatalf("the form: %d\n%.2000s", res.StatusCode, form)
	}
	values := formValues(form)
	values.Set("questions.1.text", "Schrijf ik het plan in de woorden van de ouders?")

	noToken := url.Values{}
	for k, v := range values {
		if k != "token" {
			noToken[k] = v
		}
	}
	action := base + "/_bewerken/thema/noord/2025/ouders-betrekken"
	theme := filepath.Join(dir, "data/factsheets/noord/2025/themes/ouders-betrekken.toml")
	before, _ := os.ReadFile(theme)
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	if res, err := client.PostForm(action, noToken); err != nil || res.StatusCode != http.StatusForbidden {
		t.Errorf("a save without the form's token: %v %v", res.Status, err)
	}
	for _, path := range []string{"/_bewerken/thema/noord/2025/..%2f..%2f..%2fsite", "/_bewerken/thema/../../data/site.toml", "/_bewerken/../data/site.toml"} {
		res, err := client.Get(base + path)
		if err == nil {
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if strings.Contains(string(b), "Testsite") || strings.Contains(string(b), "title =") {
				t.Errorf("GET %s shows a data file", path)
			}
		}
	}
	if after, _ := os.ReadFile(theme); string(after) != string(before) {
		t.Fatal("a refused save changed the file")
	}
	res, err = client.PostForm(action, values)
	if err != nil || res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/noord/2025/ouders-betrekken/" {
		t.Fatalf("save: %v %v %s", res.Status, err, res.Header.Get("Location"))
	}
	after, _ := os.ReadFile(theme)
	if want := strings.Replace(string(before), "Schrijf ik het plan in woorden die de ouders zelf gebruiken?", "Schrijf ik het plan in de woorden van de ouders?", 1); string(after) != want {
		t.Errorf("the file is\n%s\nwant\n%s", after, want)
	}
	waitFor(t, base+"/noord/2025/ouders-betrekken/", 10*time.Second, func(p string) bool { return strings.Contains(p, "in de woorden van de ouders?") })
	edition := waitFor(t, base+"/noord/", 10*time.Second, func(p string) bool { return strings.Contains(p, "Wat de leertafels lieten zien") })
	if !regexp.MustCompile(`<a href="[./]*_bewerken/editie/noord/2025\?back=%2fnoord%2f">Deze editie bewerken</a>`).MatchString(edition) {
		t.Errorf("the edition page has no link to its form:\n%.3000s", edition)
	}
	if code, out, errOut := runCLI("check", "-s", dir); code != exitOK {
		t.Errorf("check after the save: %d\n%s%s", code, out, errOut)
	}
}

// The editor's addresses reach only the files of data/, only from the
// preview's own pages: not by climbing out of their path, not from
// another site (with or without the token), not through a name that
// resolves to the preview's address (DNS rebinding), and not through a
// symbolic link in data/ that leads outside it.
func TestServeEditorIsConfined(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "project")
	if err := os.CopyFS(dir, os.DirFS("testdata/author")); err != nil {
		t.Fatal(err)
	}
	// Outside data/, but inside the project, so that check follows a
	// relative link there.
	outside := filepath.Join(dir, "elders")
	if err := os.MkdirAll(outside, 0o755); err != nil {
		t.Fatal(err)
	}
	theme := "data/factsheets/noord/2025/themes/ouders-betrekken.toml"
	src, err := os.ReadFile(filepath.Join(dir, theme))
	if err != nil {
		t.Fatal(err)
	}
	// A second edition whose themes directory is a link to a directory
	// outside data/, with a valid theme in it.
	if err := os.CopyFS(filepath.Join(dir, "data/factsheets/noord/2024"), os.DirFS(filepath.Join(dir, "data/factsheets/noord/2025"))); err != nil {
		t.Fatal(err)
	}
	linked := filepath.Join(dir, "data/factsheets/noord/2024/themes")
	if err := os.CopyFS(outside, os.DirFS(linked)); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(linked); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../../../../elders", linked); err != nil {
		t.Fatal(err)
	}
	edition := filepath.Join(dir, "data/factsheets/noord/2024/edition.toml")
	ed, _ := os.ReadFile(edition)
	if err := os.WriteFile(edition, []byte(strings.NewReplacer(`name = "2025"`, `name = "2024"`, `date = 2025-02-10`, `date = 2024-02-10`).Replace(string(ed))), 0o644); err != nil {
		t.Fatal(err)
	}
	factsheet := filepath.Join(dir, "data/factsheets/noord/factsheet.toml")
	fs, _ := os.ReadFile(factsheet)
	if err := os.WriteFile(factsheet, []byte(strings.Replace(string(fs), "tags =", "current = \"2025\"\ntags =", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := runCLI("check", "-s", dir); code != exitOK {
		t.Fatalf("the project with the linked edition: %d\n%s%s", code, out, errOut)
	}
	before := tree(t, parent)

	port, cmd, _, _ := startServe(t, dir)
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	addr := "127.0.0.1:" + strconv.Itoa(port)
	base := "http://" + addr
	waitFor(t, base+"/noord/2025/ouders-betrekken/", 60*time.Second, func(p string) bool { return strings.Contains(p, "Ouders echt betrekken") })
	res, err := http.Get(base + "/_bewerken/thema/noord/2025/ouders-betrekken")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	m := regexp.MustCompile(`name="token" value="([0-9a-f]+)"`).FindSubmatch(body)
	if m == nil {
		t.Fatalf("the form has no token:\n%s", body)
	}
	token := string(m[1])
	m = regexp.MustCompile(`name="version" value="([0-9a-f]+)"`).FindSubmatch(body)
	version := string(m[1])

	// send writes the request as raw bytes, so that no client cleans its
	// path or mends its headers, and returns the answer.
	send := func(method, path, host string, header map[string]string, form url.Values) string {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		var req strings.Builder
		fmt.Fprintf(&req, "%s %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n", method, path, host)
		for k, v := range header {
			fmt.Fprintf(&req, "%s: %s\r\n", k, v)
		}
		payload := form.Encode()
		if form != nil {
			fmt.Fprintf(&req, "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n", len(payload))
		}
		req.WriteString("\r\n" + payload)
		_, _ = io.WriteString(conn, req.String())
		resp, _ := io.ReadAll(conn)
		return string(resp)
	}
	status := func(resp string) string { return strings.SplitN(resp, "\r\n", 2)[0] }
	save := url.Values{"token": {token}, "version": {version}, "title": {"Overgenomen"}, "finding": {"Een bevinding."}, "back": {"/"}}

	for _, path := range []string{
		"/_bewerken/thema/noord/2025/..%2f..%2f..%2f..%2fhugo",
		"/_bewerken/thema/noord/2025/../../../../../etc/passwd",
		"/_bewerken/thema/noord/..%2f2025/ouders-betrekken",
		"/_bewerken/thema/noord/2025/ouders-betrekken%2f..%2f..%2fedition",
		"/_bewerken/thema/noord/2025/%2e%2e",
		"/_bewerken/editie/..%2f..%2fdata/site",
		"/_bewerken/editie/noord/..",
		"/_bewerken/../data/site.toml",
		"/_bewerken/thema/noord/2025/ouders-betrekken.toml",
		"/_bewerken/thema/noord/2025/ouders-betrekken\\..\\..\\edition",
	} {
		for _, method := range []string{"GET", "POST"} {
			var form url.Values
			if method == "POST" {
				form = save
			}
			resp := send(method, path, addr, map[string]string{"Origin": base, "Sec-Fetch-Site": "same-origin"}, form)
			// Go's mux sends a path with dots to its clean form, which
			// stays in the site.
			clean := regexp.MustCompile(`\r\nLocation: (/[^\r]*)\r\n`).FindStringSubmatch(resp)
			if s := status(resp); !strings.Contains(s, " 404 ") && !strings.Contains(s, " 400 ") && (!strings.Contains(s, " 307 ") || clean == nil || strings.Contains(clean[1], "..")) {
				t.Errorf("%s %s: %s\n%.300s", method, path, s, resp)
			}
			if strings.Contains(resp, "root:") || strings.Contains(resp, `title = "`) {
				t.Errorf("%s %s shows a file:\n%.500s", method, path, resp)
			}
		}
	}

	form := "/_bewerken/thema/noord/2025/ouders-betrekken"
	for _, c := range []struct {
		what   string
		host   string
		header map[string]string
	}{
		{"another site's form", addr, map[string]string{"Origin": "http://example.org", "Sec-Fetch-Site": "cross-site"}},
		{"another site's script, without Sec-Fetch-Site", addr, map[string]string{"Origin": "http://example.org"}},
		{"a page of another port", addr, map[string]string{"Origin": "http://127.0.0.1:1", "Sec-Fetch-Site": "same-site"}},
		{"a name rebound to 127.0.0.1", "rebound.example:" + strconv.Itoa(port), map[string]string{"Origin": "http://rebound.example:" + strconv.Itoa(port), "Sec-Fetch-Site": "same-origin"}},
	} {
		if s := status(send("POST", form, c.host, c.header, save)); !strings.Contains(s, " 403 ") {
			t.Errorf("a save from %s: %s", c.what, s)
		}
	}
	if resp := send("GET", form, "rebound.example:"+strconv.Itoa(port), nil, nil); !strings.Contains(status(resp), " 403 ") || strings.Contains(resp, token) {
		t.Errorf("the form is shown to a name rebound to 127.0.0.1:\n%.500s", resp)
	}
	if resp := send("GET", "/noord/2025/ouders-betrekken/", "rebound.example:"+strconv.Itoa(port), nil, nil); !strings.Contains(status(resp), " 403 ") || strings.Contains(resp, "Ouders echt") {
		t.Errorf("a page is shown to a name rebound to 127.0.0.1:\n%.500s", resp)
	}
	if resp := send("GET", "/noord/2025/ouders-betrekken/", "localhost:"+strconv.Itoa(port), nil, nil); !strings.Contains(resp, "Ouders echt") {
		t.Errorf("localhost is refused:\n%.500s", resp)
	}

	// The theme behind the link is shown, as check reads it, but not
	// written, since it lies outside data/.
	res, err = http.Get(base + "/_bewerken/thema/noord/2024/ouders-betrekken")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("the linked theme's form: %d\n%.1000s", res.StatusCode, body)
	}
	linkedSave := formValues(string(body))
	linkedSave.Set("title", "Overgenomen")
	if resp := send("POST", "/_bewerken/thema/noord/2024/ouders-betrekken", addr, map[string]string{"Origin": base, "Sec-Fetch-Site": "same-origin"}, linkedSave); strings.Contains(status(resp), " 303 ") {
		t.Errorf("a save through a link out of data/: %s", status(resp))
	} else if !strings.Contains(resp, "outside data/") {
		t.Errorf("the refusal does not say why:\n%.3000s", resp)
	}

	after := tree(t, parent)
	for name := range maps.Keys(after) {
		// The cards' PDFs are kept under resources/ for the next run.
		if after[name] != before[name] && !strings.HasPrefix(name, filepath.Join("project", "resources")) {
			t.Errorf("%s is now %s, was %q", name, after[name], before[name])
		}
	}
	for name := range maps.Keys(before) {
		if _, ok := after[name]; !ok {
			t.Errorf("%s is gone", name)
		}
	}
	if got, _ := os.ReadFile(filepath.Join(dir, theme)); !bytes.Equal(got, src) {
		t.Error("a refused save changed the theme")
	}
}

// formValues reads a form of the editor as a browser sends it unchanged.
func formValues(form string) url.Values {
	unescape := strings.NewReplacer("&#34;", `"`, "&#39;", "'", "&lt;", "<", "&gt;", ">", "&amp;", "&").Replace
	values := url.Values{}
	for _, m := range regexp.MustCompile(`<input type="(?:hidden|text)"[^>]* name="([^"]+)" value="([^"]*)"`).FindAllStringSubmatch(form, -1) {
		values.Set(m[1], unescape(m[2]))
	}
	for _, m := range regexp.MustCompile(`(?s)<textarea id="[^"]*" name="([^"]+)"[^>]*>(.*?)</textarea>`).FindAllStringSubmatch(form, -1) {
		values.Set(m[1], unescape(m[2]))
	}
	for _, m := range regexp.MustCompile(`<input type="checkbox" name="([^"]+)" value="([^"]*)" checked>`).FindAllStringSubmatch(form, -1) {
		values.Add(m[1], unescape(m[2]))
	}
	return values
}
