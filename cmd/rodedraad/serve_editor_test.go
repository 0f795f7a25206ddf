package main

import (
	"io"
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
	values := url.Values{}
	for _, m := range regexp.MustCompile(`<input type="(?:hidden|text)"[^>]* name="([^"]+)" value="([^"]*)"`).FindAllStringSubmatch(form, -1) {
		values.Set(m[1], strings.NewReplacer("&#34;", `"`, "&#39;", "'", "&amp;", "&").Replace(m[2]))
	}
	for _, m := range regexp.MustCompile(`(?s)<textarea id="[^"]*" name="([^"]+)"[^>]*>(.*?)</textarea>`).FindAllStringSubmatch(form, -1) {
		values.Set(m[1], strings.NewReplacer("&#34;", `"`, "&#39;", "'", "&amp;", "&").Replace(m[2]))
	}
	for _, m := range regexp.MustCompile(`<input type="checkbox" name="([^"]+)" value="([^"]*)" checked>`).FindAllStringSubmatch(form, -1) {
		values.Add(m[1], m[2])
	}
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
