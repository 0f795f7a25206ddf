package site

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"
	"github.com/fsnotify/fsnotify"
	"github.com/gohugoio/hugo/commands"

	"github.com/rodedraad/rodedraad"
	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/pdfcache"
	"github.com/rodedraad/rodedraad/internal/typeset"
)

// languageNames are the names of the interface languages, in themselves.
var languageNames = map[string]string{"nl": "Nederlands", "en": "English", "fy": "Frysk"}

// project is a Hugo project generated for one build: the pages made from
// the model, and a configuration that mounts them next to the site's own
// content, layouts and static files.
type project struct {
	source string            // the rodedraad project directory
	dir    string            // where the generated files go
	pdfs   *pdfMemo          // rendered PDFs kept between updates; nil for a single build
	kept   map[string][]byte // the files last written, by path, kept by a preview; nil for a single build
	cache  *pdfcache.Cache   // rendered PDFs kept between builds; nil for none
	images string            // where Hugo keeps the images it draws between builds; "" for the generated project
}

// written is what writing the pages found.
type written struct {
	tooLong      []message.Text   // the cards whose text is too long
	pdfsRendered int              // PDFs rendered rather than taken from a cache
	pdfs         int              // PDFs made: one per deck and format, one per edition
	changed      []fsnotify.Event // the generated files created, written or removed
	pdfsPending  int              // changed PDFs shown in their last version until they are rendered
}

// write generates the pages, the card decks and the Hugo configuration.
func (p project) write(s *model.Site, baseURL string) (written, error) {
	w, err := p.writePages(s)
	if err != nil {
		return written{}, err
	}
	return w, p.writeConfig(s, baseURL)
}

// writePages brings content/ and the card decks in line with the model:
// it writes the files that changed and removes those that are gone, so
// that a live preview re-renders only what changed.
func (p project) writePages(s *model.Site) (written, error) {
	decks, err := renderDecks(s, p.pdfs, p.cache)
	if err != nil {
		return written{}, fmt.Errorf("making the card decks: %w", err)
	}
	publications, err := renderPublications(s, p.pdfs, p.cache)
	if err != nil {
		return written{}, fmt.Errorf("making the factsheet PDFs: %w", err)
	}
	for name, file := range publications.files {
		decks.files[name] = file
	}
	data, downloads, err := openData(s)
	if err != nil {
		return written{}, fmt.Errorf("writing the open data: %w", err)
	}
	generated := pages(s, decks.downloads, publications.downloads, downloads)
	if err := checkAddresses(generated, p.source); err != nil {
		return written{}, err
	}
	content := map[string][]byte{}
	for _, pg := range generated {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(pg.front); err != nil {
			return written{}, err
		}
		content[filepath.FromSlash(pg.file)] = buf.Bytes()
	}
	out := p.writer()
	if err := out.sync(filepath.Join(p.dir, "content"), content); err != nil {
		return written{}, err
	}
	decks.files[searchIndexFile] = buildSearchIndex(s)
	decks.files[filepath.FromSlash(coloursFile)] = colourSheet(s)
	for name, file := range data {
		decks.files[name] = file
	}
	if err := out.sync(filepath.Join(p.dir, "static"), decks.files); err != nil {
		return written{}, err
	}
	if err := out.sync(filepath.Join(p.dir, "assets"), generatedAssets()); err != nil {
		return written{}, err
	}
	if err := p.writeErrors(out, nil); err != nil {
		return written{}, err
	}
	return written{tooLong: decks.problems, changed: out.changed, pdfsPending: decks.pending + publications.pending,
		pdfsRendered: decks.rendered + publications.rendered, pdfs: decks.total + publications.total}, nil
}

// fileWriter writes the generated project's files, touching only those
// that change, and lists those it touched. Given a memory of what it
// wrote, it compares with that instead of reading the files back.
type fileWriter struct {
	kept    map[string][]byte // by path; nil to compare with the files
	changed []fsnotify.Event  // the files created, written or removed, as file events tell Hugo
}

func (p project) writer() *fileWriter { return &fileWriter{kept: p.kept} }

// sync makes dir hold exactly files, by path under dir.
func (fw *fileWriter) sync(dir string, files map[string][]byte) error {
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if _, keep := files[rel]; !keep {
			fw.changed = append(fw.changed, fsnotify.Event{Name: path, Op: fsnotify.Remove})
			delete(fw.kept, path)
			return os.Remove(path)
		}
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for rel, data := range files {
		if err := fw.write(filepath.Join(dir, rel), data); err != nil {
			return err
		}
	}
	return nil
}

// write writes data to name unless name holds it already.
func (fw *fileWriter) write(name string, data []byte) error {
	old, known := fw.kept[name]
	if !known && fw.kept == nil {
		var err error
		old, err = os.ReadFile(name)
		known = err == nil
	}
	if known && bytes.Equal(old, data) {
		return nil
	}
	op := fsnotify.Write
	if !known && !fileExists(name) {
		op = fsnotify.Create
	}
	fw.changed = append(fw.changed, fsnotify.Event{Name: name, Op: op})
	if err := writeFile(name, data); err != nil {
		delete(fw.kept, name)
		return err
	}
	if fw.kept != nil {
		fw.kept[name] = data
	}
	return nil
}

// writeErrors puts the data's problems where the theme shows them during a
// preview; none clears them.
func (p project) writeErrors(out *fileWriter, messages []string) error {
	data, err := json.Marshal(append([]string{}, messages...))
	if err != nil {
		return err
	}
	return out.write(filepath.Join(p.dir, "data", "rodedraad_errors.json"), data)
}

func (p project) writeConfig(s *model.Site, baseURL string) error {
	themes, err := p.themesDir()
	if err != nil {
		return err
	}
	var cfg bytes.Buffer
	fmt.Fprintln(&cfg, "# Generated by rodedraad for one build; not to be edited.")
	if err := toml.NewEncoder(&cfg).Encode(p.config(s, baseURL, themes)); err != nil {
		return err
	}
	return writeFile(p.configFile(), cfg.Bytes())
}

func (p project) configFile() string { return filepath.Join(p.dir, "hugo.toml") }

// configFiles are Hugo's configuration files, comma-separated: the
// project's own, if it has one, under the generated one.
func (p project) configFiles() string {
	if own := filepath.Join(p.source, "hugo.toml"); fileExists(own) {
		return own + "," + p.configFile()
	}
	return p.configFile()
}

// themesDir is the project's themes directory when it has the rodedraad
// theme, or else a copy of the theme built into the binary.
func (p project) themesDir() (string, error) {
	own := filepath.Join(p.source, "themes")
	if _, err := os.Stat(filepath.Join(own, "rodedraad")); err == nil {
		return own, nil
	}
	dir := filepath.Join(p.dir, "themes")
	embedded, err := fs.Sub(rodedraad.Theme, "themes")
	if err != nil {
		return "", err
	}
	return dir, os.CopyFS(dir, embedded)
}

// ownDirs are the project's own directories that the generated
// configuration mounts for Hugo, when the project has them.
var ownDirs = []string{"content", "layouts", "i18n", "static", "assets", "archetypes"}

type mount struct {
	Source string         `toml:"source"`
	Target string         `toml:"target"`
	Sites  map[string]any `toml:"sites,omitempty"`
}

func (p project) config(s *model.Site, baseURL, themesDir string) map[string]any {
	languages := map[string]any{}
	for i, lang := range s.LanguagesOrDefault() {
		languages[lang] = map[string]any{"weight": i + 1, "label": languageNames[lang], "title": s.Title}
	}
	// The content is Dutch whatever the interface language, so the same
	// pages, generated and the project's own, are in every language.
	allLanguages := map[string]any{"matrix": map[string]any{"languages": s.LanguagesOrDefault()}}
	mounts := []mount{{Source: filepath.Join(p.dir, "content"), Target: "content", Sites: allLanguages}}
	for _, dir := range ownDirs {
		if _, err := os.Stat(filepath.Join(p.source, dir)); err == nil {
			m := mount{Source: dir, Target: dir}
			if dir == "content" {
				m.Sites = allLanguages
			}
			mounts = append(mounts, m)
		}
	}
	// Hugo's data directory is generated (empty): Hugo must not read the
	// TOML in data/, which is rodedraad's.
	mounts = append(mounts, mount{Source: filepath.Join(p.dir, "data"), Target: "data"},
		mount{Source: filepath.Join(p.dir, "static"), Target: "static"},
		mount{Source: filepath.Join(p.dir, "assets"), Target: "assets"})
	return map[string]any{
		"baseURL":                        baseURL,
		"title":                          s.Title,
		"theme":                          "rodedraad",
		"themesDir":                      themesDir,
		"relativeURLs":                   true,
		"defaultContentLanguage":         s.DefaultLanguage(),
		"defaultContentLanguageInSubdir": false,
		"languages":                      languages,
		"disableKinds":                   []string{"taxonomy", "term", "rss"},
		"disableHugoGeneratorInject":     true,
		"enableGitInfo":                  false,
		"noBuildLock":                    true,
		"timeZone":                       "UTC",
		"resourceDir":                    filepath.Join(p.dir, "resources"),
		"module":                         map[string]any{"mounts": mounts},
		"sitemap":                        map[string]any{"changeFreq": "", "priority": -1},
		"caches":                         p.caches(),
		// Raw HTML in Markdown never reaches a page; code is highlighted
		// with classes, styled in the theme's CSS, not inline styles.
		"markup": map[string]any{
			"goldmark":  map[string]any{"renderer": map[string]any{"unsafe": false}},
			"highlight": map[string]any{"noClasses": false},
		},
		"params": map[string]any{
			"content_language": "nl",
			"description":      s.Description,
			"rights":           rightsParams(s),
			"share":            siteShare(s),
		},
	}
}

// caches are Hugo's file caches: the images it draws outlive the
// generated project when they have a place of their own.
func (p project) caches() map[string]any {
	dir := filepath.Join(p.dir, "resources", "_gen", "images")
	if p.images != "" {
		dir = p.images
	}
	return map[string]any{"images": map[string]any{"dir": dir, "maxAge": -1}}
}

// hugo runs Hugo, linked into this binary, on the generated project: a
// build into destination.
func (p project) hugo(destination string) error {
	args := []string{"--source", p.source, "--config", p.configFiles(), "--cacheDir", filepath.Join(p.dir, "cache"),
		"--destination", destination, "--quiet"}
	if p.images != "" {
		// Draw every image again when the PDFs are rendered again;
		// else drop the ones this build did not use from the cache.
		if p.cache != nil && p.cache.Refresh {
			args = append(args, "--ignoreCache")
		} else {
			args = append(args, "--gc")
		}
	}
	return commands.Execute(args)
}

// generatedAssets are the files for the theme to process that rodedraad
// carries in itself: the fonts of the share pictures, the PDFs' own.
func generatedAssets() map[string][]byte {
	return map[string][]byte{
		filepath.FromSlash("rodedraad/fonts/Lato-Regular.ttf"): typeset.Files[typeset.Regular],
		filepath.FromSlash("rodedraad/fonts/Lato-Bold.ttf"):    typeset.Files[typeset.Bold],
	}
}

func writeFile(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}

// rightsParams are what the footer and 'Over deze site' say about the
// rights: the licence, if there is one, and whether it covers all texts
// or only the site's own, beside the statement on the sources.
func rightsParams(s *model.Site) map[string]any {
	p := map[string]any{
		"covers_all":   s.LicenceCoversAll(),
		"sources_html": string(markdown.Inline(string(s.Rights.Sources))),
	}
	if s.Licence.Name != "" {
		p["licence"] = map[string]any{"name": s.Licence.Name, "url": s.Licence.URL}
	}
	return p
}
