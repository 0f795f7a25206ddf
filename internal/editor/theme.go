package editor

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/model"
)

// themeRef names a theme as the editor's addresses do.
type themeRef struct{ factsheet, edition, theme string }

// dataPath is the theme's file in the project, with slashes; "" when the
// ids are no ids, so that no address leads outside data/.
func (t themeRef) dataPath() string {
	if model.CheckFactsheetID(t.factsheet) != nil || model.CheckPageID(t.edition) != nil || model.CheckID(t.theme) != nil {
		return ""
	}
	return "data/factsheets/" + t.factsheet + "/" + t.edition + "/themes/" + t.theme + ".toml"
}

// themeForm is what the form shows: the theme's texts as the author
// edits them, and what is wrong with them.
type themeForm struct {
	formState
	Title, Finding, Explanation string
	Questions, Practice         []item
	NewQuestion, NewPractice    item
	// Tags are the site's tags, those of the theme checked; Audiences
	// and Levels what a question's audience and level can be.
	Tags      []option
	Audiences []option
	Levels    []option
	// tagsSent are the tags checked in a sent form; tagsInForm says the
	// form had the tags' check boxes at all.
	tagsSent   []string
	tagsInForm bool
}

// item is a question or a practice example: its text and its
// sub-items, one to a line.
type item struct {
	Text, Sub       string
	Audience, Level string // of a question: "" for the theme's audience, or none
	Remove          bool
}

// option is a choice of a check box or a list: its value and label.
type option struct {
	Value, Label string
	Checked      bool
}

// current reads the theme as the data has it, with the version of its
// file; ok is false for a theme the project does not have.
func (e *Editor) current(ref themeRef) (form themeForm, src []byte, ok bool) {
	src, site, ed, ok := e.open(ref.dataPath(), ref.factsheet, ref.edition)
	if !ok {
		return form, nil, false
	}
	for _, t := range ed.Themes {
		if t.ID == ref.theme {
			form := formOf(t, src)
			for _, tag := range site.Tags {
				form.Tags = append(form.Tags, option{Value: tag.ID, Label: tag.Label, Checked: slices.Contains(t.Tags, tag.ID)})
			}
			for _, l := range site.Levels {
				form.Levels = append(form.Levels, option{Value: l.ID, Label: l.Label})
			}
			form.Audiences = e.audiences()
			return form, src, true
		}
	}
	return form, nil, false
}

// open reads file, a file of the edition of factsheet, with the project
// as the data has it; ok is false when the file or the edition is not
// there, or file is "", the data path of an address that names no ids.
func (e *Editor) open(file, factsheet, edition string) (src []byte, site *model.Site, ed *model.Edition, ok bool) {
	if file == "" {
		return nil, nil, nil, false
	}
	src, err := os.ReadFile(filepath.Join(e.source, filepath.FromSlash(file)))
	if err != nil {
		return nil, nil, nil, false
	}
	site, _ = load.Site(e.source)
	if f := site.Factsheet(factsheet); f != nil {
		ed = f.Edition(edition)
	}
	return src, site, ed, ed != nil
}

func formOf(t *model.Theme, src []byte) themeForm {
	form := themeForm{formState: formState{Version: version(src)}, Title: oneLine(t.Title), Finding: oneLine(string(t.Finding)), Explanation: strings.TrimSpace(string(t.Explanation))}
	// The model gives each question the theme's audience when it has none
	// of its own; the form shows what the file says.
	own := load.LayoutOf(src).Values
	for i, q := range t.Questions {
		it := item{Text: string(q.Text), Sub: lines(q.Sub)}
		if _, ok := own[fmt.Sprintf("questions[%d].audience", i)]; ok {
			it.Audience = string(q.Audience)
		}
		if _, ok := own[fmt.Sprintf("questions[%d].level", i)]; ok {
			it.Level = q.Level
		}
		form.Questions = append(form.Questions, it)
	}
	for _, p := range t.Practice {
		form.Practice = append(form.Practice, item{Text: string(p.Text), Sub: lines(p.Sub)})
	}
	return form
}

// audiences are the audiences a question can have, as the form names them.
func (e *Editor) audiences() []option {
	return []option{
		{Value: "professional", Label: e.say("professionals")}, {Value: "team", Label: e.say("the team")},
		{Value: "management", Label: e.say("management")}, {Value: "board", Label: e.say("the board")},
		{Value: "policy", Label: e.say("policy makers")},
	}
}

func lines[T ~string](texts []T) string {
	out := make([]string, len(texts))
	for i, t := range texts {
		out[i] = string(t)
	}
	return strings.Join(out, "\n")
}

// version tells one state of a file from another.
func version(src []byte) string {
	sum := sha256.Sum256(src)
	return hex.EncodeToString(sum[:])
}

// problemsIn are the errors load finds in file, by the form field they
// belong to: "title", "questions.2" (the form's third question) and so on.
func problemsIn(diags load.Diagnostics, file string, l message.Language) (all []string, byField map[string][]string) {
	byField = map[string][]string{}
	for _, d := range diags {
		if d.Severity != load.Error || !strings.HasSuffix(filepath.ToSlash(d.File), file) {
			continue
		}
		text := load.Place(d.Key).In(l)
		if text != "" {
			text += ": "
		}
		text += d.Message.In(l)
		all = append(all, text)
		byField[fieldOf(d.Key)] = append(byField[fieldOf(d.Key)], text)
	}
	return all, byField
}

// fieldOf is the form field of a key path: "questions[2].text" is the
// field "questions.2".
func fieldOf(key string) string {
	head, _, _ := strings.Cut(key, ".")
	if name, index, ok := strings.Cut(head, "["); ok {
		return name + "." + strings.TrimSuffix(index, "]")
	}
	return head
}
