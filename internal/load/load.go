// Package load reads the TOML data of a rodedraad project into the model
// and validates it, collecting every problem it finds, each at its place:
// the file, line, column and key.
package load

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/rodedraad/rodedraad/internal/message"

	"github.com/rodedraad/rodedraad/internal/model"
)

// Site loads the data under dir/data. The site comes back even when there
// are errors, as far as it could be read; check Diagnostics.HasErrors
// before using it.
//
// Symbolic links are followed only where they stay inside dir: a link
// to an absolute path or out of dir is reported, not read.
func Site(dir string) (*model.Site, Diagnostics) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return &model.Site{}, Diagnostics{{Severity: Error, File: dir, Message: message.New("cannot read the project: %v", errors.Unwrap(err))}}
	}
	defer root.Close()
	return FS(root.FS(), dir)
}

// FS loads the data under data/ in fsys. Messages name files as if fsys
// were the directory dir.
func FS(fsys fs.FS, dir string) (*model.Site, Diagnostics) {
	l := &loader{fsys: fsys, dir: dir}
	site := l.load()
	l.diags.sort()
	return site, l.diags
}

type loader struct {
	fsys  fs.FS
	dir   string
	diags Diagnostics
	site  *model.Site
	// siteRead is false when site.toml could not be read; references to
	// its tags and levels are then not checked, to keep the report short.
	siteRead bool
	siteFile *file

	// Where each model part came from, for checks across files.
	themeFiles   map[*model.Theme]*file
	sectionFiles map[*model.Section]*file
	editionFiles map[*model.Edition]*file
}

func (l *loader) display(rel string) string { return filepath.Join(l.dir, filepath.FromSlash(rel)) }

func (l *loader) load() *model.Site {
	l.site = &model.Site{}
	l.themeFiles = map[*model.Theme]*file{}
	l.sectionFiles = map[*model.Section]*file{}
	l.editionFiles = map[*model.Edition]*file{}

	siteFile := l.readFile("data/site.toml")
	l.siteFile = siteFile
	l.siteRead = siteFile.decode(l.site)
	l.checkSite(siteFile)
	l.checkDemoTexts(siteFile)

	dirs := l.subdirs("data/factsheets", nil)
	if len(dirs) == 0 && siteFile.table != nil {
		siteFile.warnf("", "the site has no factsheets yet: add a directory under data/factsheets")
	}
	for _, id := range dirs {
		if err := model.CheckFactsheetID(id); err != nil {
			l.dirError("data/factsheets/"+id, err)
		}
		l.site.Factsheets = append(l.site.Factsheets, l.loadFactsheet(id))
	}
	l.checkReferences()
	l.checkDeckNames()
	l.checkPages()
	return l.site
}

func (l *loader) loadFactsheet(id string) *model.Factsheet {
	dir := "data/factsheets/" + id
	f := l.readFile(dir + "/factsheet.toml")
	sheet := &model.Factsheet{ID: id}
	f.decode(sheet)
	l.checkFactsheet(f, sheet)
	for _, eid := range l.subdirs(dir, []string{"factsheet.toml"}) {
		if err := model.CheckPageID(eid); err != nil {
			l.dirError(dir+"/"+eid, err)
		}
		sheet.Editions = append(sheet.Editions, l.loadEdition(sheet, eid))
	}
	l.checkEditions(sheet)
	published := sheet.Published()
	switch current := sheet.Edition(sheet.CurrentID); {
	case len(sheet.Editions) == 0:
		f.fileErrorf("the factsheet has no edition: add a directory with an edition.toml next to it")
	case sheet.CurrentID != "" && current == nil:
		f.errorf("current", "no edition %q in %s%s", sheet.CurrentID, quoteName(l.display(dir)), suggestion(sheet.CurrentID, editionIDs(sheet)))
	case current != nil && current.Draft:
		if len(published) > 0 {
			f.errorf("current", "edition %q is a draft (draft = true in %s/edition.toml), and a draft is never published: set current to a published edition, such as %q, or publish %s by removing its draft = true",
				current.ID, current.ID, published[len(published)-1].ID, current.ID)
		} else {
			f.errorf("current", "edition %q is a draft (draft = true in %s/edition.toml), and a draft is never published: publish %s by removing its draft = true",
				current.ID, current.ID, current.ID)
		}
	case sheet.CurrentID == "" && len(published) > 1 && f.table != nil:
		f.errorf("", "the factsheet has %d published editions: set `current` to the one to publish at its own address", len(published))
	}
	if len(published) == 0 && len(sheet.Editions) > 0 && f.table != nil {
		f.warnf("", "every edition of this factsheet is a draft, so a plain build leaves the whole factsheet out; serve and build --drafts show it")
	}
	return sheet
}

func editionIDs(f *model.Factsheet) []string {
	ids := make([]string, len(f.Editions))
	for i, e := range f.Editions {
		ids[i] = e.ID
	}
	return ids
}

func (l *loader) loadEdition(sheet *model.Factsheet, id string) *model.Edition {
	dir := "data/factsheets/" + sheet.ID + "/" + id
	f := l.readFile(dir + "/edition.toml")
	e := &model.Edition{ID: id, Factsheet: sheet}
	f.decode(e)
	l.editionFiles[e] = f
	l.checkEdition(f, e)
	l.subdirs(dir, []string{"edition.toml", "themes", "sections"})

	questions := newScope(message.New("question"))
	for i, p := range l.parts(f, dir, "themes", e.ThemeIDs) {
		t := &model.Theme{ID: p.id, Edition: e}
		p.file.decode(t)
		l.themeFiles[t] = p.file
		l.checkTheme(p.file, t, i, questions)
		e.Themes = append(e.Themes, t)
	}
	for _, p := range l.parts(f, dir, "sections", e.SectionIDs) {
		s := &model.Section{ID: p.id, Edition: e}
		p.file.decode(s)
		l.sectionFiles[s] = p.file
		l.checkSection(p.file, s, questions)
		e.Sections = append(e.Sections, s)
	}
	for i, id := range e.SectionIDs {
		if slices.Contains(e.ThemeIDs, id) {
			f.errorf(index("sections", i), "%q is also a theme of this edition: the two would share an address", id)
		}
	}
	l.checkFormerly(e)
	if len(e.ThemeIDs) == 0 && len(e.SectionIDs) == 0 && f.table != nil {
		f.warnf("", "the edition has no themes and no sections")
	}
	return e
}

// part is a theme or section file of an edition.
type part struct {
	id   string
	key  string // where the edition lists it
	file *file
}

// parts reads the files in dir/kind in the order the edition lists them
// under the key kind. Every file must be listed and every listed id must
// have a file, so nothing is published, or left out, by accident.
func (l *loader) parts(edition *file, dir, kind string, order []string) []part {
	files := map[string]bool{}
	names, refused := l.names(dir + "/" + kind)
	if refused {
		return nil
	}
	for _, name := range names {
		id, ok := strings.CutSuffix(name, ".toml")
		if !ok {
			l.warnIgnored(dir + "/" + kind + "/" + name)
			continue
		}
		files[id] = true
		if !slices.Contains(order, id) && edition.table != nil {
			edition.errorf(kind, "the file %s is not listed: add %q, in reading order", quoteName(kind+"/"+name), id)
		}
	}
	var parts []part
	listed := map[string]bool{}
	for i, id := range order {
		key := kind + "[" + itoa(i) + "]"
		switch {
		case !edition.checkID(key, id):
		case listed[id]:
			edition.errorf(key, "%q is listed twice", id)
		case model.CheckPageID(id) != nil:
			edition.errorf(key, "%v: choose another id", model.CheckPageID(id))
		case !files[id]:
			edition.errorf(key, "no file %s/%s.toml%s", kind, id, suggestion(id, keysOf(files)))
		default:
			parts = append(parts, part{id: id, key: key, file: &file{name: dir + "/" + kind + "/" + id + ".toml"}})
		}
		listed[id] = true
	}
	l.readParts(parts, edition)
	return parts
}

// readParts reads and parses the files of parts, whose names are still
// the paths to read, on every core: an edition's themes are most of the
// data. The problems come in the order of the parts.
func (l *loader) readParts(parts []part, edition *file) {
	found := make([]Diagnostics, len(parts))
	read := make([]bool, len(parts))
	var wg sync.WaitGroup
	work := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range work {
				rel := parts[i].file.name
				src, err := fs.ReadFile(l.fsys, rel)
				if err != nil {
					continue // readListed reports it, below
				}
				parts[i].file = &file{name: l.display(rel), diags: &found[i]}
				parts[i].file.parse(bytes.TrimPrefix(src, utf8BOM))
				read[i] = true
			}
		})
	}
	for i := range parts {
		work <- i
	}
	close(work)
	wg.Wait()
	for i := range parts {
		if !read[i] {
			parts[i].file = l.readListed(parts[i].file.name, edition, parts[i].key)
			continue
		}
		l.diags = append(l.diags, found[i]...)
		parts[i].file.diags = &l.diags
	}
}

// subdirs returns the ids of the directories in dir, reporting files that
// are neither expected nor data as ignored, and names that are no ids.
func (l *loader) subdirs(dir string, expected []string) []string {
	var ids []string
	names, _ := l.names(dir)
	for _, name := range names {
		if slices.Contains(expected, name) {
			continue
		}
		info, err := fs.Stat(l.fsys, dir+"/"+name)
		if err != nil && l.linkOutside(dir+"/"+name) {
			continue
		}
		if err != nil || !info.IsDir() {
			l.warnIgnored(dir + "/" + name)
			continue
		}
		if err := model.CheckID(name); err != nil {
			l.dirError(dir+"/"+name, err)
			continue
		}
		ids = append(ids, name)
	}
	return ids
}

// dirError reports a directory whose name cannot be the id it gives.
func (l *loader) dirError(dir string, err error) {
	(&file{name: l.display(dir), diags: &l.diags}).fileErrorf("the directory name is its id: %v; rename the directory", err)
}

// names lists a directory, sorted, leaving out hidden files. Refused
// is true when the directory is a link the loader does not follow, which
// it reports.
func (l *loader) names(dir string) (names []string, refused bool) {
	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		return nil, l.linkOutside(dir)
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	return names, false
}

func (l *loader) warnIgnored(rel string) {
	l.diags = append(l.diags, Diagnostic{Severity: Warning, File: l.display(rel),
		Message: message.New("not read: rodedraad expects %s", expectedHere(path.Dir(rel)))})
}

func expectedHere(dir string) message.Text {
	switch strings.Count(dir, "/") {
	case 1:
		return message.New("one directory per factsheet here")
	case 2:
		return message.New("factsheet.toml and one directory per edition here")
	case 3:
		return message.New("edition.toml and the directories themes and sections here")
	default:
		return message.New("only .toml files here")
	}
}

func keysOf(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
