package site

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// LostAddressesError lists the addresses of a previous build that the new
// build no longer serves, neither as a page nor as a redirect.
type LostAddressesError struct {
	Addresses []string // relative to the site root, as a reader would link them
}

func (e *LostAddressesError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s of the previous site no longer %s:", len(e.Addresses),
		map[bool]string{true: "address", false: "addresses"}[len(e.Addresses) == 1],
		map[bool]string{true: "resolves", false: "resolve"}[len(e.Addresses) == 1])
	for _, a := range e.Addresses {
		b.WriteString("\n  " + a)
	}
	b.WriteString("\nWhen a theme or section got a new id, list the old one in `formerly` in its file, so its address redirects.")
	b.WriteString("\nA #vraag-… address is a link to a question: keep a question's id when you reword it.")
	return b.String()
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
