package site

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"strings"
)

// AddressConflictError lists addresses that two pages of the site want,
// such as a theme whose id is that of its edition's cards page: one page
// would silently hide the other.
type AddressConflictError struct {
	Conflicts []string // 'address: what wants it, and what else does'
}

func (e *AddressConflictError) Error() string {
	return fmt.Sprintf("%d %s of the site would hold two pages, and one would be lost:\n  %s\nGive the theme, section, edition or factsheet another id (keep the old one in `formerly` if it was published), or move the page in content/.",
		len(e.Conflicts), map[bool]string{true: "address", false: "addresses"}[len(e.Conflicts) == 1], strings.Join(e.Conflicts, "\n  "))
}

// address is where a generated page is served, from the site root.
func (p page) address() string {
	return contentAddress(filepath.ToSlash(p.file))
}

// contentAddress is the address Hugo gives a content file, by its path
// under content/: a.md, a/index.md and a/_index.md are all at /a/, and
// a.en.md is a's English translation, at the same place.
func contentAddress(file string) string {
	file = strings.TrimSuffix(file, ".md")
	if ext := filepath.Ext(file); len(ext) == 3 && strings.Trim(ext[1:], "abcdefghijklmnopqrstuvwxyz") == "" {
		file = strings.TrimSuffix(file, ext)
	}
	dir, name := "/"+strings.TrimSuffix(file, filepath.Base(file)), filepath.Base(file)
	if name == "index" || name == "_index" {
		return dir
	}
	return dir + name + "/"
}

// checkAddresses makes sure that every generated page, every address a
// page moved from, and every page of the project's own content/ has an
// address of its own.
func checkAddresses(pages []page, source string) error {
	owners := map[string][]string{}
	for _, p := range pages {
		what := fmt.Sprintf("the %s page %q", p.front.Layout, p.front.Title)
		owners[p.address()] = append(owners[p.address()], what)
		for _, a := range p.front.Aliases {
			owners[a] = append(owners[a], "the old address of "+what)
		}
	}
	content := filepath.Join(source, "content")
	err := filepath.WalkDir(content, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".md" {
			return err
		}
		rel, _ := filepath.Rel(content, path)
		a := contentAddress(filepath.ToSlash(rel))
		owners[a] = append(owners[a], "content/"+filepath.ToSlash(rel))
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	var conflicts []string
	for _, a := range slices.Sorted(maps.Keys(owners)) {
		if who := owners[a]; len(who) > 1 && !ownTranslations(who) {
			conflicts = append(conflicts, a+": "+strings.Join(who, ", and "))
		}
	}
	if len(conflicts) == 0 {
		return nil
	}
	return &AddressConflictError{Conflicts: conflicts}
}

// ownTranslations reports whether the owners of an address are all files
// of content/, which Hugo takes as one page in several languages.
func ownTranslations(who []string) bool {
	for _, w := range who {
		if !strings.HasPrefix(w, "content/") {
			return false
		}
	}
	return true
}
