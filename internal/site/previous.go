package site

import (
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
	b.WriteString("\nWhen a theme got a new id, list the old one in `formerly` in its file, so its address redirects.")
	return b.String()
}

// refresh finds the target of a redirect page.
var refresh = regexp.MustCompile(`<meta http-equiv="refresh" content="0; url=([^"]+)">`)

// lostAddresses compares the files of a previous build with those of a
// new one: every file there must be here, and a page that became a
// redirect must lead to a file that exists.
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
		if !resolves(built, rel) {
			lost = append(lost, strings.TrimSuffix(rel, "index.html"))
		}
		return nil
	})
	return lost, err
}

// resolves reports whether the file rel exists under root and, when it
// is a redirect, whether its target exists.
func resolves(root, rel string) bool {
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
	if err != nil {
		return false
	}
	if !strings.HasSuffix(rel, ".html") {
		return true
	}
	m := refresh.FindSubmatch(data[:min(len(data), 1024)])
	if m == nil {
		return true
	}
	target := string(m[1])
	if strings.Contains(target, "://") {
		return true // an absolute base URL: the target is checked as its own file
	}
	target = path.Join(path.Dir(rel), target)
	if strings.HasPrefix(target, "../") {
		return false
	}
	_, err = os.Stat(filepath.Join(root, filepath.FromSlash(target)))
	return err == nil
}
