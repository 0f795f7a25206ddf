package editor

import (
	"net/http"
	"strings"

	"github.com/rodedraad/rodedraad/internal/edit"
	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/model"
)

// sectionRef names a section of an edition as the editor's addresses do.
type sectionRef struct{ factsheet, edition, section string }

func (r sectionRef) dataPath() string {
	if model.CheckFactsheetID(r.factsheet) != nil || model.CheckPageID(r.edition) != nil || model.CheckID(r.section) != nil {
		return ""
	}
	return "data/factsheets/" + r.factsheet + "/" + r.edition + "/sections/" + r.section + ".toml"
}

// SectionAddress is the address of the form of a section.
func SectionAddress(factsheet, edition, section string) string {
	return Prefix + "onderdeel/" + factsheet + "/" + edition + "/" + section
}

// sectionForm is what the form of a section shows: its title and text.
// Its lists, levels, step plans, methods and quotes have a structure of
// their own, which the form names and leaves to the file.
type sectionForm struct {
	formState
	Title, Text string
	InFile      string // what the section has besides, for the file
	File        string
}

func (e *Editor) currentSection(ref sectionRef) (sectionForm, []byte, bool) {
	file := ref.dataPath()
	src, _, ed, ok := e.open(file, ref.factsheet, ref.edition)
	if !ok {
		return sectionForm{}, nil, false
	}
	for _, s := range ed.Sections {
		if s.ID == ref.section {
			form := sectionForm{formState: formState{Version: version(src)}, Title: oneLine(s.Title), Text: strings.TrimSpace(string(s.Text)), File: file}
			var besides []string
			for _, part := range []struct {
				n    int
				text message.Text
			}{
				{len(s.Lists), message.Plural(len(s.Lists), "%d list", "%d lists")},
				{len(s.Levels), message.Plural(len(s.Levels), "%d level", "%d levels")},
				{len(s.StepPlans), message.Plural(len(s.StepPlans), "%d step plan", "%d step plans")},
				{len(s.Methods), message.Plural(len(s.Methods), "%d method", "%d methods")},
				{len(s.Quotes), message.Plural(len(s.Quotes), "%d quote", "%d quotes")},
			} {
				if part.n > 0 {
					besides = append(besides, part.text.In(e.language))
				}
			}
			form.InFile = strings.Join(besides, ", ")
			return form, src, true
		}
	}
	return sectionForm{}, nil, false
}

func (e *Editor) showSection(w http.ResponseWriter, ref sectionRef, back string) {
	form, _, ok := e.currentSection(ref)
	if !ok {
		http.Error(w, e.say("This section is not in the data (any more)."), http.StatusNotFound)
		return
	}
	form.Back = back
	e.renderSection(w, ref, form, http.StatusOK)
}

func (e *Editor) saveSection(w http.ResponseWriter, r *http.Request, ref sectionRef) {
	before, src, ok := e.currentSection(ref)
	if !ok {
		http.NotFound(w, r)
		return
	}
	form := sectionForm{formState: formState{Back: r.PostFormValue("back"), Version: r.PostFormValue("version")},
		Title: oneLine(r.PostFormValue("title")), Text: normalise(r.PostFormValue("text")), InFile: before.InFile, File: before.File}
	saved := e.commit(ref.dataPath(), before.Version, form.Version, func() ([]byte, error) {
		d := edit.New(src)
		var err error
		if form.Title != before.Title {
			err = d.SetString("title", form.Title)
		}
		switch {
		case err != nil || form.Text == before.Text:
		case form.Text == "":
			err = d.Delete("text")
		default:
			err = d.SetString("text", form.Text)
		}
		return d.Bytes(), err
	}, func(why refusal) {
		form.refused(why, before.Version)
		e.renderSection(w, ref, form, why.status)
	})
	if saved {
		http.Redirect(w, r, safeBack(form.Back), http.StatusSeeOther)
	}
}

func (e *Editor) renderSection(w http.ResponseWriter, ref sectionRef, form sectionForm, status int) {
	form.Action, form.Token, form.Back = SectionAddress(ref.factsheet, ref.edition, ref.section), e.token, safeBack(form.Back)
	e.renderPage(w, sectionPage, struct {
		sectionForm
		Lang string
		T    func(string, ...any) string
	}{form, e.language.Code(), e.say}, status)
}
