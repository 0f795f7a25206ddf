package editor

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing/fstest"
	"time"

	"github.com/rodedraad/rodedraad/internal/edit"
	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/model"
)

// submitted reads the form as the author sent it.
func submitted(r *http.Request) themeForm {
	form := themeForm{
		formState: formState{Back: r.PostFormValue("back"), Version: r.PostFormValue("version")},
		Title:     oneLine(r.PostFormValue("title")), Finding: oneLine(r.PostFormValue("finding")),
		Explanation: normalise(r.PostFormValue("explanation")),
	}
	read := func(kind string) []item {
		var items []item
		for i := 0; ; i++ {
			prefix := fmt.Sprintf("%s.%d.", kind, i)
			if _, ok := r.PostForm[prefix+"text"]; !ok {
				return items
			}
			items = append(items, item{Text: strings.TrimSpace(r.PostFormValue(prefix + "text")),
				Sub: normalise(r.PostFormValue(prefix + "sub")), Audience: r.PostFormValue(prefix + "audience"),
				Level: r.PostFormValue(prefix + "level"), Remove: r.PostFormValue(prefix+"remove") != ""})
		}
	}
	form.Questions, form.Practice = read("questions"), read("practice")
	form.NewQuestion = item{Text: strings.TrimSpace(r.PostFormValue("questions.new.text")), Sub: normalise(r.PostFormValue("questions.new.sub")),
		Audience: r.PostFormValue("questions.new.audience"), Level: r.PostFormValue("questions.new.level")}
	form.tagsSent = r.PostForm["tags"]
	_, form.tagsInForm = r.PostForm["tags.shown"]
	form.NewPractice = item{Text: strings.TrimSpace(r.PostFormValue("practice.new.text")), Sub: normalise(r.PostFormValue("practice.new.sub"))}
	return form
}

// oneLine is what a field of one line holds: its words, one space apart.
// A browser sends no line break from such a field, and one sent anyway
// would make the file's string one of several lines.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// normalise takes the line ends of a browser's text area ("\r\n") and
// the white space around the text off.
func normalise(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
}

func (e *Editor) save(w http.ResponseWriter, r *http.Request, ref themeRef) {
	before, src, ok := e.current(ref)
	if !ok {
		http.NotFound(w, r)
		return
	}
	form := submitted(r)
	saved := e.commit(ref.dataPath(), before.Version, form.Version, func() ([]byte, error) {
		return applyTo(src, before, form, r.PostFormValue("move"))
	}, func(why refusal) {
		form.refused(why, before.Version)
		e.render(w, ref, form, why.status)
	})
	if !saved {
		return
	}
	next := ThemeAddress(ref.factsheet, ref.edition, ref.theme) + "?back=" + safeBack(form.Back) + "&saved=1"
	if r.PostFormValue("move") == "" {
		next = safeBack(form.Back)
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// formState is what every form holds besides its texts: where it saves
// and goes back to, the version of the file it shows, and why a save
// was refused.
type formState struct {
	Action, Back, Token, Version string
	Problems                     []string            // the messages of a refused save
	Conflict                     bool                // the file changed on disk meanwhile
	Field                        map[string][]string // the messages by field name
}

// refused shows why a save was refused, keeping what the author typed.
// After a conflict the form is of the file as it is now: saving it again
// replaces that file knowingly.
func (f *formState) refused(why refusal, now string) {
	f.Problems, f.Field, f.Conflict = why.problems, why.field, why.conflict
	if why.conflict {
		f.Version = now
	}
}

// refusal is why a save was refused: the problems, by field where they
// have one, and whether the file changed on disk since the form was made.
type refusal struct {
	problems []string
	field    map[string][]string
	conflict bool
	status   int
}

// commit writes file as change makes it, unless the file changed on disk
// since the form showed it (the version sent is not the current one), or
// the change would not load: then refuse is told why. It reports whether
// it wrote the file.
func (e *Editor) commit(file, current, sent string, change func() ([]byte, error), refuse func(refusal)) bool {
	// Someone or something changed the file since the form was opened.
	conflict := refusal{problems: []string{conflictMessage.In(e.language)}, conflict: true, status: http.StatusConflict}
	if sent != current {
		refuse(conflict)
		return false
	}
	changed, err := change()
	if err != nil {
		refuse(refusal{problems: []string{message.Of(err).In(e.language)}, status: http.StatusUnprocessableEntity})
		return false
	}
	if problems, byField := e.check(file, changed); len(problems) > 0 {
		refuse(refusal{problems: problems, field: byField, status: http.StatusUnprocessableEntity})
		return false
	}
	if err := e.store(file, changed, current); errors.Is(err, errChangedMeanwhile) {
		refuse(conflict)
		return false
	} else if err != nil {
		refuse(refusal{problems: []string{e.say("The file could not be written: %v", err)}, status: http.StatusInternalServerError})
		return false
	}
	return true
}

// conflictMessage says that a file changed on disk after its form was
// opened: nothing is saved, and what the author typed stays in the form.
var conflictMessage = message.New("The file changed on disk after you opened this form, perhaps in an editor: nothing was saved. " +
	"Your changes are still in this form. Open the page again in a new tab to see the file as it is now, and copy your changes over.")

// check loads the project with file as data would be after a save, and
// returns the errors in that file, as check reports them.
func (e *Editor) check(file string, data []byte) ([]string, map[string][]string) {
	_, diags := load.FS(overlay{base: os.DirFS(e.source), file: file, data: data}, e.source)
	return problemsIn(diags, file, e.language)
}

// store writes a checked file, made from the version from, and tells
// the preview.
func (e *Editor) store(file string, data []byte, from string) error {
	// Check reads through a symbolic link that stays in the project; the
	// editor writes only where the link leads, and only inside data/.
	name, err := filepath.EvalSymlinks(filepath.Join(e.source, filepath.FromSlash(file)))
	if err != nil {
		return err
	}
	dataDir, err := filepath.EvalSymlinks(filepath.Join(e.source, "data"))
	if err != nil {
		return err
	}
	if rel, err := filepath.Rel(dataDir, name); err != nil || !filepath.IsLocal(rel) {
		return message.Errorf("%s leads through a symbolic link to %s, outside data/, and the editor writes only in data/. Change that file in a text editor.", file, name)
	}
	if err := writeFile(name, data, from); err != nil {
		return err
	}
	if e.saved != nil {
		e.saved(file)
	}
	return nil
}

// applyTo changes the theme's file src from what the form showed, before,
// to what the author sent, and moves an item when move says so
// ("questions.2.up").
func applyTo(src []byte, before, after themeForm, move string) ([]byte, error) {
	d := edit.New(src)
	for _, f := range []struct {
		key, old, value string
		optional        bool
	}{
		{"title", before.Title, after.Title, false}, {"finding", before.Finding, after.Finding, false},
		{"explanation", before.Explanation, after.Explanation, true},
	} {
		var err error
		switch {
		case f.old == f.value: // an unchanged value keeps its quoting
		case f.value == "" && f.optional:
			err = d.Delete(f.key)
		default:
			// An emptied required text stays, empty, for the check to
			// name at its field.
			err = d.SetString(f.key, f.value)
		}
		if err != nil {
			return nil, err
		}
	}
	if after.tagsInForm {
		var old []string
		for _, t := range before.Tags {
			if t.Checked {
				old = append(old, t.Value)
			}
		}
		if !slices.Equal(old, after.tagsSent) {
			if err := d.SetStrings("tags", after.tagsSent); err != nil {
				return nil, err
			}
		}
	}
	for _, list := range []struct {
		key           string
		before, after []item
		added         item
	}{{"questions", before.Questions, after.Questions, after.NewQuestion}, {"practice", before.Practice, after.Practice, after.NewPractice}} {
		if len(list.after) != len(list.before) {
			return nil, message.Errorf("the form has %d %s, the file %d: nothing was saved; open the form again", len(list.after), list.key, len(list.before))
		}
		for i, it := range list.after {
			key := fmt.Sprintf("%s[%d]", list.key, i)
			if it.Text != list.before[i].Text {
				if err := d.SetString(key+".text", it.Text); err != nil {
					return nil, err
				}
			}
			if it.Sub != list.before[i].Sub {
				if err := d.SetStrings(key+".sub", splitLines(it.Sub)); err != nil {
					return nil, err
				}
			}
			for _, f := range [][3]string{{"audience", list.before[i].Audience, it.Audience}, {"level", list.before[i].Level, it.Level}} {
				if err := setOptional(d, key+"."+f[0], f[1], f[2]); err != nil {
					return nil, err
				}
			}
		}
		var kept []int
		for i := len(list.after) - 1; i >= 0; i-- {
			if list.after[i].Remove {
				if err := d.Delete(fmt.Sprintf("%s[%d]", list.key, i)); err != nil {
					return nil, err
				}
			}
		}
		for i, it := range list.after {
			if !it.Remove {
				kept = append(kept, i)
			}
		}
		if list.added.Text != "" {
			path, err := d.AppendTable(list.key)
			if err == nil {
				err = d.SetString(path+".id", newID(d.Bytes(), list.added.Text))
			}
			if err == nil {
				err = d.SetString(path+".text", list.added.Text)
			}
			if err == nil && list.added.Sub != "" {
				err = d.SetStrings(path+".sub", splitLines(list.added.Sub))
			}
			for _, f := range [][2]string{{"audience", list.added.Audience}, {"level", list.added.Level}} {
				if err == nil {
					err = setOptional(d, path+"."+f[0], "", f[1])
				}
			}
			if err != nil {
				return nil, err
			}
		}
		if kind, rest, ok := strings.Cut(move, "."); ok && kind == list.key {
			index, direction, _ := strings.Cut(rest, ".")
			i, err := strconv.Atoi(index)
			if from := slices.Index(kept, i); err == nil && from >= 0 {
				to := from - 1
				if direction == "down" {
					to = from + 1
				}
				if to >= 0 && to < len(kept) {
					if err := d.MoveTable(list.key, from, to); err != nil {
						return nil, err
					}
				}
			}
		}
	}
	return d.Bytes(), nil
}

// setOptional sets a key that may be left out, such as a question's
// audience: an emptied value takes the key out.
func setOptional(d *edit.Doc, key, old, value string) error {
	switch {
	case old == value:
		return nil
	case value == "":
		return d.Delete(key)
	}
	return d.SetString(key, value)
}

func splitLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// newID is an id for a new question or example, made from its text, as
// import makes them, and not yet in the file.
func newID(src []byte, text string) string {
	base := model.Slug(text)
	if model.CheckID(base) != nil {
		base = "nieuw"
	}
	id := base
	for n := 2; strings.Contains(string(src), `id = "`+id+`"`); n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}

// safeBack is the page to go back to: an address of the preview itself,
// never of another site.
func safeBack(back string) string {
	if !strings.HasPrefix(back, "/") || strings.HasPrefix(back, "//") || strings.ContainsAny(back, "\\\r\n") {
		return "/"
	}
	return back
}

// errChangedMeanwhile is the file changing on disk while a save was
// checked.
var errChangedMeanwhile = errors.New("the file changed on disk while the save was checked")

// writeFile replaces a file as a whole or not at all: a new file beside
// it, renamed over it, so that a preview or an editor never reads half.
// The file must still be the version the save was made from, as a last
// look just before the rename sees it.
func writeFile(name string, data []byte, from string) error {
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".rodedraad-bewerken-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(info.Mode().Perm()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if now, err := os.ReadFile(name); err != nil || version(now) != from {
		return errChangedMeanwhile
	}
	return os.Rename(tmp.Name(), name)
}

// overlay is the project with one file as it would be after a save.
type overlay struct {
	base fs.FS
	file string
	data []byte
}

func (o overlay) Open(name string) (fs.File, error) {
	if name == o.file {
		return fstest.MapFS{name: &fstest.MapFile{Data: o.data, ModTime: time.Now(), Mode: 0o644}}.Open(name)
	}
	return o.base.Open(name)
}
