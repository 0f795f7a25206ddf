package site

import (
	"bytes"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/wording"
)

// LostAddressesError lists the addresses of a previous build that the new
// build no longer serves, neither as a page nor as a redirect.
type LostAddressesError struct {
	Addresses []string // relative to the site root, as a reader would link them
	// Renamed are the lost pages that read like a page new in this
	// build: most likely a theme or section that got a new id.
	Renamed []Rename
}

// Rename is a lost page and the new page that reads like it.
type Rename struct {
	From, To string  // addresses, relative to the site root
	Share    float64 // of words in common, 0 to 1
}

func (e *LostAddressesError) Error() string { return e.Message().String() }

// Message is the error in the messages' language.
func (e *LostAddressesError) Message() message.Text {
	lines := []message.Text{message.Plural(len(e.Addresses), "%d address of the previous site no longer resolves:", "%d addresses of the previous site no longer resolve:")}
	for _, a := range e.Addresses {
		lines = append(lines, message.Verbatim("  "+a))
	}
	for _, r := range e.Renamed {
		lines = append(lines, message.New("%s reads like %s, which is new (%.0f%% the same words): if it was renamed, add formerly = [%q] to the file of %s",
			r.From, r.To, 100*r.Share, path.Base(strings.TrimSuffix(r.From, "/")), r.To))
	}
	lines = append(lines,
		message.New("When a theme or section got a new id, list the old one in `formerly` in its file, so its address redirects."),
		message.New("A #vraag-… address is a link to a question: keep a question's id when you reword it."))
	return message.New("%s", message.Lines(lines))
}

// renamedAt is how much of its words a lost page must share with a new
// one to look like it renamed.
const renamedAt = 0.6

// likelyRenames pairs each lost page with the page new in this build, in
// the same directory, that reads most like it.
func likelyRenames(previous, built string, lost []string) []Rename {
	var out []Rename
	for _, address := range lost {
		if !strings.HasSuffix(address, "/") {
			continue
		}
		old, err := os.ReadFile(filepath.Join(previous, filepath.FromSlash(address), "index.html"))
		if err != nil {
			continue
		}
		parent := path.Dir(strings.TrimSuffix(address, "/"))
		siblings, err := os.ReadDir(filepath.Join(built, filepath.FromSlash(parent)))
		if err != nil {
			continue
		}
		best := Rename{}
		for _, d := range siblings {
			to := path.Join(parent, d.Name()) + "/"
			if !d.IsDir() || fileExists(filepath.Join(previous, filepath.FromSlash(to), "index.html")) {
				continue
			}
			page, err := os.ReadFile(filepath.Join(built, filepath.FromSlash(to), "index.html"))
			if err != nil {
				continue
			}
			if _, redirect := redirectTarget(page); redirect {
				continue
			}
			if s := wording.Overlap(mainText(old), mainText(page)); s > best.Share {
				best = Rename{From: address, To: to, Share: s}
			}
		}
		if best.Share >= renamedAt {
			out = append(out, best)
		}
	}
	return out
}

func fileExists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

var (
	mainElement = regexp.MustCompile(`(?s)<main\b.*?</main>`)
	markup      = regexp.MustCompile(`(?s)<[^>]*>`)
)

// mainText is the text of a page's main element, without its markup.
func mainText(page []byte) string {
	m := mainElement.Find(page)
	if m == nil {
		m = page
	}
	return html.UnescapeString(markup.ReplaceAllString(string(m), " "))
}

// refresh is the tag of a redirect page (the theme's layouts/alias.html)
// that sends the reader on, with the target.
var refresh = regexp.MustCompile(`<meta http-equiv="refresh" content="0; url=([^"]+)">`)

// redirectTarget is where a redirect page sends the reader. The tag is
// looked for in the page's head, all of it: the title before it can be
// any length, and no text of an author's can pass for it there, as Hugo
// escapes the title and the description.
func redirectTarget(page []byte) (string, bool) {
	head, _, _ := bytes.Cut(page, []byte("</head>"))
	m := refresh.FindSubmatch(head)
	if m == nil {
		return "", false
	}
	return string(m[1]), true
}

// questionAnchor is a place on a page that readers link to and share:
// a question.
var questionAnchor = regexp.MustCompile(`\bid="(vraag-[^"]+)"`)

// lostAddresses compares the files of a previous build with those of a
// new one: every file there must be here, a page that became a redirect
// must lead to a file that exists, and every question a page had must
// still be on the page its address leads to.
func lostAddresses(previous, built string) ([]string, error) {
	if info, err := os.Stat(previous); err != nil || !info.IsDir() {
		return nil, fmt.Errorf("the previous site %s is not a directory", previous)
	}
	var lost []string
	err := filepath.WalkDir(previous, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(previous, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		address := strings.TrimSuffix(rel, "index.html")
		page, ok := resolve(built, rel)
		if !ok {
			lost = append(lost, address)
			return nil
		}
		if page == nil {
			return nil
		}
		old, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range questionAnchor.FindAllSubmatch(old, -1) {
			if !bytes.Contains(page, m[0]) {
				lost = append(lost, address+"#"+string(m[1]))
			}
		}
		return nil
	})
	return lost, err
}

// resolve finds the file rel under root and, when it is a redirect, its
// target. It returns the page a reader lands on (nil for other files, and
// for redirects to another site) and whether there is one.
func resolve(root, rel string) ([]byte, bool) {
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
	if err != nil {
		return nil, false
	}
	if !strings.HasSuffix(rel, ".html") {
		return nil, true
	}
	target, ok := redirectTarget(data)
	if !ok {
		return data, true
	}
	if strings.Contains(target, "://") {
		return nil, true // an absolute base URL: the target is checked as its own file
	}
	target = path.Join(path.Dir(rel), target)
	if strings.HasPrefix(target, "../") {
		return nil, false
	}
	page, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(target)))
	return page, err == nil
}
