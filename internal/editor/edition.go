package editor

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/rodedraad/rodedraad/internal/edit"
	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/model"
)

// editionRef names an edition as the editor's addresses do.
type editionRef struct{ factsheet, edition string }

func (r editionRef) dataPath() string {
	if model.CheckFactsheetID(r.factsheet) != nil || model.CheckPageID(r.edition) != nil {
		return ""
	}
	return "data/factsheets/" + r.factsheet + "/" + r.edition + "/edition.toml"
}

// EditionAddress is the address of the form of an edition.
func EditionAddress(factsheet, edition string) string {
	return Prefix + "editie/" + factsheet + "/" + edition
}

// editionForm is what the form of an edition shows: its introduction,
// the tips of its closing part and its groups of links.
type editionForm struct {
	formState
	Title                     string // shown, not edited here
	Intro, ClosingTitle, Tips string
	Groups                    []linkGroup
}

type linkGroup struct {
	Title string
	Links []link
	New   link
}

type link struct {
	Title, URL, Note string
	Remove           bool
}

func (e *Editor) currentEdition(ref editionRef) (editionForm, []byte, bool) {
	src, _, ed, ok := e.open(ref.dataPath(), ref.factsheet, ref.edition)
	if !ok {
		return editionForm{}, nil, false
	}
	form := editionForm{formState: formState{Version: version(src)}, Title: ed.Title, Intro: strings.TrimSpace(string(ed.Intro))}
	if ed.Closing != nil {
		form.ClosingTitle, form.Tips = oneLine(ed.Closing.Title), lines(ed.Closing.Tips)
	}
	for _, g := range ed.LinkGroups {
		group := linkGroup{Title: oneLine(g.Title)}
		for _, l := range g.Links {
			group.Links = append(group.Links, link{Title: oneLine(l.Title), URL: oneLine(l.URL), Note: string(l.Note)})
		}
		form.Groups = append(form.Groups, group)
	}
	return form, src, true
}

func submittedEdition(r *http.Request) editionForm {
	form := editionForm{formState: formState{Back: r.PostFormValue("back"), Version: r.PostFormValue("version")},
		Intro: normalise(r.PostFormValue("intro")), ClosingTitle: oneLine(r.PostFormValue("closing.title")),
		Tips: normalise(r.PostFormValue("closing.tips"))}
	for g := 0; ; g++ {
		prefix := fmt.Sprintf("links.%d.", g)
		if _, ok := r.PostForm[prefix+"title"]; !ok {
			break
		}
		group := linkGroup{Title: oneLine(r.PostFormValue(prefix + "title"))}
		for i := 0; ; i++ {
			p := fmt.Sprintf("%sitems.%d.", prefix, i)
			if _, ok := r.PostForm[p+"title"]; !ok {
				break
			}
			group.Links = append(group.Links, link{Title: oneLine(r.PostFormValue(p + "title")), URL: oneLine(r.PostFormValue(p + "url")),
				Note: strings.TrimSpace(r.PostFormValue(p + "note")), Remove: r.PostFormValue(p+"remove") != ""})
		}
		group.New = link{Title: oneLine(r.PostFormValue(prefix + "new.title")), URL: oneLine(r.PostFormValue(prefix + "new.url")),
			Note: strings.TrimSpace(r.PostFormValue(prefix + "new.note"))}
		form.Groups = append(form.Groups, group)
	}
	return form
}

func (e *Editor) saveEdition(w http.ResponseWriter, r *http.Request, ref editionRef) {
	before, src, ok := e.currentEdition(ref)
	if !ok {
		http.NotFound(w, r)
		return
	}
	form := submittedEdition(r)
	form.Title = before.Title
	saved := e.commit(ref.dataPath(), before.Version, form.Version, func() ([]byte, error) {
		return applyToEdition(src, before, form)
	}, func(why refusal) {
		form.refused(why, before.Version)
		e.renderEdition(w, ref, form, why.status)
	})
	if saved {
		http.Redirect(w, r, safeBack(form.Back), http.StatusSeeOther)
	}
}

func applyToEdition(src []byte, before, after editionForm) ([]byte, error) {
	d := edit.New(src)
	var err error
	if after.Intro != before.Intro {
		if after.Intro == "" {
			err = d.Delete("intro")
		} else {
			err = d.SetString("intro", after.Intro)
		}
	}
	if err == nil && after.ClosingTitle != before.ClosingTitle {
		err = d.SetString("closing.title", after.ClosingTitle)
	}
	if err == nil && after.Tips != before.Tips {
		err = d.SetStrings("closing.tips", splitLines(after.Tips))
	}
	if err != nil {
		return nil, err
	}
	if len(after.Groups) != len(before.Groups) {
		return nil, message.Errorf("the form has %d %s, the file %d: nothing was saved; open the form again", len(after.Groups), "links", len(before.Groups))
	}
	for g, group := range after.Groups {
		old := before.Groups[g]
		key := fmt.Sprintf("links[%d]", g)
		if group.Title != old.Title {
			if err := d.SetString(key+".title", group.Title); err != nil {
				return nil, err
			}
		}
		if len(group.Links) != len(old.Links) {
			return nil, message.Errorf("the form has %d %s, the file %d: nothing was saved; open the form again", len(group.Links), "links", len(old.Links))
		}
		for i, l := range group.Links {
			item := fmt.Sprintf("%s.items[%d]", key, i)
			for _, f := range []struct{ key, old, value string }{{"title", old.Links[i].Title, l.Title}, {"url", old.Links[i].URL, l.URL}, {"note", old.Links[i].Note, l.Note}} {
				var err error
				switch {
				case f.old == f.value:
				case f.value == "" && f.key != "title":
					err = d.Delete(item + "." + f.key)
				default:
					err = d.SetString(item+"."+f.key, f.value)
				}
				if err != nil {
					return nil, err
				}
			}
		}
		for i := len(group.Links) - 1; i >= 0; i-- {
			if group.Links[i].Remove {
				if err := d.Delete(fmt.Sprintf("%s.items[%d]", key, i)); err != nil {
					return nil, err
				}
			}
		}
		if group.New.Title != "" || group.New.URL != "" {
			path, err := d.AppendTable(key + ".items")
			for _, f := range []struct{ key, value string }{{"title", group.New.Title}, {"url", group.New.URL}, {"note", group.New.Note}} {
				if err == nil && (f.value != "" || f.key == "title") {
					err = d.SetString(path+"."+f.key, f.value)
				}
			}
			if err != nil {
				return nil, err
			}
		}
	}
	return d.Bytes(), nil
}

func (e *Editor) showEdition(w http.ResponseWriter, ref editionRef, back string) {
	form, _, ok := e.currentEdition(ref)
	if !ok {
		http.Error(w, e.say("This edition is not in the data (any more)."), http.StatusNotFound)
		return
	}
	form.Back = back
	e.renderEdition(w, ref, form, http.StatusOK)
}

func (e *Editor) renderEdition(w http.ResponseWriter, ref editionRef, form editionForm, status int) {
	form.Action, form.Token, form.Back = EditionAddress(ref.factsheet, ref.edition), e.token, safeBack(form.Back)
	e.renderPage(w, editionPage, struct {
		editionForm
		Lang string
		T    func(string, ...any) string
	}{form, e.language.Code(), e.say}, status)
}
