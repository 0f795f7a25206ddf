package editor

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
)

func (e *Editor) showForm(w http.ResponseWriter, ref themeRef, back string) {
	form, _, ok := e.current(ref)
	if !ok {
		http.Error(w, e.say("This theme is not in the data (any more)."), http.StatusNotFound)
		return
	}
	form.Back = back
	e.render(w, ref, form, http.StatusOK)
}

func (e *Editor) render(w http.ResponseWriter, ref themeRef, form themeForm, status int) {
	form.Action = ThemeAddress(ref.factsheet, ref.edition, ref.theme)
	form.Token = e.token
	form.Back = safeBack(form.Back)
	e.renderPage(w, page, struct {
		themeForm
		Lang string
		T    func(string, ...any) string
	}{form, e.language.Code(), e.say}, status)
}

// renderPage writes a form page, which no other site may frame or script.
func (e *Editor) renderPage(w http.ResponseWriter, tmpl *template.Template, data any, status int) {
	var b bytes.Buffer
	if err := tmpl.Execute(&b, data); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Frame-Options", "DENY")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// itemView is a question or example as its part of the form shows it.
type itemView struct {
	Kind, Name   string
	Index, Count int
	Item         item
	Errors       []string
	T            func(string, ...any) string
	// Audiences and Levels are the choices of a question.
	Audiences, Levels []option
}

// linkView is a link as its part of an edition's form shows it.
type linkView struct {
	Name string
	Link link
	T    func(string, ...any) string
}

var pages = template.Must(template.New("form").Funcs(template.FuncMap{
	"field": func(m map[string][]string, name string) []string { return m[name] },
	"inc":   func(i int) int { return i + 1 },
	"linkArgs": func(name string, l link, t func(string, ...any) string) linkView {
		return linkView{Name: name, Link: l, T: t}
	},
	"args": func(kind string, index int, it item, fields map[string][]string, t func(string, ...any) string, count int, audiences, levels []option) itemView {
		name := fmt.Sprintf("%s.%d", kind, index)
		if index < 0 {
			name = kind + ".new"
		}
		return itemView{Kind: kind, Name: name, Index: index, Count: count, Item: it, Errors: fields[name], T: t, Audiences: audiences, Levels: levels}
	},
}).Parse(`{{define "start"}}<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{call .T "Edit: %s" .Title}}</title>
<style>
body { font: 1.1875rem/1.5 system-ui, sans-serif; max-width: 44rem; margin: 0 auto; padding: 1rem; color: #0b0c0c; }
label, legend { display: block; font-weight: 700; margin-top: 1rem; }
input[type=text], textarea, select { box-sizing: border-box; width: 100%; font: inherit; padding: .4rem; border: 2px solid #0b0c0c; }
textarea { min-height: 6rem; }
input:focus, textarea:focus, button:focus, a:focus { outline: 3px solid #fd0; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
fieldset { border: 1px solid #b1b4b6; margin: 1rem 0; padding: .5rem 1rem 1rem; }
.hint { color: #484949; margin: .25rem 0; overflow-wrap: anywhere; }
.error { color: #d4351c; font-weight: 700; margin: .25rem 0; }
.summary { border: 5px solid #d4351c; padding: 1rem; margin-bottom: 1rem; }
button { font: inherit; padding: .5rem 1rem; margin: .5rem .5rem 0 0; border: 2px solid #0b0c0c; background: #f3f2f1; cursor: pointer; }
button.save { background: #00703c; color: #fff; border-color: #002d18; font-weight: 700; }
.remove { display: inline-flex; gap: .5rem; align-items: center; font-weight: 400; }
</style>
</head>
<body>
{{end}}
{{define "top"}}<p><a href="{{.Back}}">{{call .T "Back to the page, without saving"}}</a></p>
<h1>{{call .T "Edit: %s" .Title}}</h1>
{{if .Problems}}<div class="summary" role="alert" tabindex="-1" id="problems" autofocus>
<h2>{{if .Conflict}}{{call .T "Not saved: the file changed"}}{{else}}{{call .T "Not saved: please fix this"}}{{end}}</h2>
<ul>{{range .Problems}}<li>{{.}}</li>{{end}}</ul>
</div>{{end}}
<form method="post" action="{{.Action}}">
<input type="hidden" name="token" value="{{.Token}}">
<input type="hidden" name="version" value="{{.Version}}">
<input type="hidden" name="back" value="{{.Back}}">
{{end}}
{{define "theme"}}{{template "start" .}}<main>
{{template "top" .}}{{$f := .Field}}{{$t := .T}}
<label for="title">{{call .T "Title"}}</label>
{{range field $f "title"}}<p class="error" id="title-error">{{.}}</p>{{end}}
<input type="text" id="title" name="title" value="{{.Title}}"{{if field $f "title"}} aria-invalid="true" aria-describedby="title-error"{{end}}>
<label for="finding">{{call .T "Finding"}}</label>
<p class="hint" id="finding-hint">{{call .T "One sentence: what kept coming back."}}</p>
{{range field $f "finding"}}<p class="error" id="finding-error">{{.}}</p>{{end}}
<textarea id="finding" name="finding" rows="3" aria-describedby="finding-hint{{if field $f "finding"}} finding-error{{end}}"{{if field $f "finding"}} aria-invalid="true"{{end}}>{{.Finding}}</textarea>
<label for="explanation">{{call .T "Explanation"}}</label>
<p class="hint" id="explanation-hint">{{call .T "Markdown: *italic*, **bold**, an empty line between paragraphs."}}</p>
{{range field $f "explanation"}}<p class="error" id="explanation-error">{{.}}</p>{{end}}
<textarea id="explanation" name="explanation" rows="8" aria-describedby="explanation-hint{{if field $f "explanation"}} explanation-error{{end}}">{{.Explanation}}</textarea>
{{if .Tags}}<fieldset>
<legend>{{call .T "Topics"}}</legend>
<input type="hidden" name="tags.shown" value="1">
{{range .Tags}}<label class="remove"><input type="checkbox" name="tags" value="{{.Value}}"{{if .Checked}} checked{{end}}> {{.Label}}</label>
{{end}}</fieldset>{{end}}
<h2>{{call .T "Reflection questions"}}</h2>
{{range $i, $q := .Questions}}{{template "item" (args "questions" $i $q $f $t (len $.Questions) $.Audiences $.Levels)}}{{end}}
{{template "new" (args "questions" -1 .NewQuestion $f $t 0 $.Audiences $.Levels)}}
<h2>{{call .T "Practice examples"}}</h2>
{{range $i, $p := .Practice}}{{template "item" (args "practice" $i $p $f $t (len $.Practice) nil nil)}}{{end}}
{{template "new" (args "practice" -1 .NewPractice $f $t 0 nil nil)}}
<button type="submit" class="save">{{call .T "Save"}}</button>
</form>
</main>
</body>
</html>{{end}}
{{define "edition"}}{{template "start" .}}<main>
{{template "top" .}}{{$f := .Field}}
<label for="intro">{{call .T "Introduction"}}</label>
<p class="hint" id="intro-hint">{{call .T "Markdown: *italic*, **bold**, an empty line between paragraphs."}}</p>
{{range field $f "intro"}}<p class="error" id="intro-error">{{.}}</p>{{end}}
<textarea id="intro" name="intro" rows="8" aria-describedby="intro-hint{{if field $f "intro"}} intro-error{{end}}"{{if field $f "intro"}} aria-invalid="true"{{end}}>{{.Intro}}</textarea>
<h2>{{call .T "Closing part"}}</h2>
{{range field $f "closing"}}<p class="error" id="closing-error">{{.}}</p>{{end}}
<label for="closing.title">{{call .T "Title of the closing part"}}</label>
<input type="text" id="closing.title" name="closing.title" value="{{.ClosingTitle}}"{{if field $f "closing"}} aria-invalid="true" aria-describedby="closing-error"{{end}}>
<label for="closing.tips">{{call .T "Tips, one to a line"}}</label>
<textarea id="closing.tips" name="closing.tips" rows="6">{{.Tips}}</textarea>
<h2>{{call .T "Links (Meer weten?)"}}</h2>
{{$t := .T}}{{range $g, $group := .Groups}}<fieldset>
<legend>{{call $t "Group %d" (inc $g)}}</legend>
{{range field $f (printf "links.%d" $g)}}<p class="error" id="links.{{$g}}-error">{{.}}</p>{{end}}
<label for="links.{{$g}}.title">{{call $t "Title of the group"}}</label>
<input type="text" id="links.{{$g}}.title" name="links.{{$g}}.title" value="{{$group.Title}}"{{if field $f (printf "links.%d" $g)}} aria-invalid="true" aria-describedby="links.{{$g}}-error"{{end}}>
{{range $i, $l := $group.Links}}<fieldset>
<legend>{{call $t "Link %d" (inc $i)}}</legend>
{{template "link" (linkArgs (printf "links.%d.items.%d" $g $i) $l $t)}}
<label class="remove"><input type="checkbox" name="links.{{$g}}.items.{{$i}}.remove" value="1"{{if $l.Remove}} checked{{end}}> {{call $t "Remove when saving"}}</label>
</fieldset>{{end}}
<fieldset>
<legend>{{call $t "New link"}}</legend>
<p class="hint">{{call $t "Leave empty to add nothing."}}</p>
{{template "link" (linkArgs (printf "links.%d.new" $g) $group.New $t)}}
</fieldset>
</fieldset>{{end}}
<button type="submit" class="save">{{call .T "Save"}}</button>
</form>
</main>
</body>
</html>{{end}}
{{define "section"}}{{template "start" .}}<main>
{{template "top" .}}{{$f := .Field}}
<label for="title">{{call .T "Title"}}</label>
{{range field $f "title"}}<p class="error" id="title-error">{{.}}</p>{{end}}
<input type="text" id="title" name="title" value="{{.Title}}"{{if field $f "title"}} aria-invalid="true" aria-describedby="title-error"{{end}}>
<label for="text">{{call .T "Text"}}</label>
<p class="hint" id="text-hint">{{call .T "Markdown: *italic*, **bold**, an empty line between paragraphs."}}</p>
{{range field $f "text"}}<p class="error" id="text-error">{{.}}</p>{{end}}
<textarea id="text" name="text" rows="10" aria-describedby="text-hint{{if field $f "text"}} text-error{{end}}"{{if field $f "text"}} aria-invalid="true"{{end}}>{{.Text}}</textarea>
{{if .InFile}}<p class="hint">{{call .T "This section also has %s. Those you change in the file %s." .InFile .File}}</p>{{end}}
<button type="submit" class="save">{{call .T "Save"}}</button>
</form>
</main>
</body>
</html>{{end}}
{{define "link"}}<label for="{{.Name}}.title">{{call .T "Title"}}</label>
<input type="text" id="{{.Name}}.title" name="{{.Name}}.title" value="{{.Link.Title}}">
<label for="{{.Name}}.url">{{call .T "Web address"}}</label>
<input type="text" inputmode="url" id="{{.Name}}.url" name="{{.Name}}.url" value="{{.Link.URL}}">
<label for="{{.Name}}.note">{{call .T "Note"}}</label>
<input type="text" id="{{.Name}}.note" name="{{.Name}}.note" value="{{.Link.Note}}">{{end}}
{{define "item"}}<fieldset>
<legend>{{if eq .Kind "questions"}}{{call .T "Question %d" (inc .Index)}}{{else}}{{call .T "Example %d" (inc .Index)}}{{end}}</legend>
{{range .Errors}}<p class="error" id="{{$.Name}}-error">{{.}}</p>{{end}}
{{template "fields" .}}
<label class="remove"><input type="checkbox" name="{{.Name}}.remove" value="1"{{if .Item.Remove}} checked{{end}}> {{call .T "Remove when saving"}}</label>
{{if gt .Index 0}}<button type="submit" name="move" value="{{.Name}}.up">{{call .T "Save and move up"}}</button>{{end}}
{{if lt (inc .Index) .Count}}<button type="submit" name="move" value="{{.Name}}.down">{{call .T "Save and move down"}}</button>{{end}}
</fieldset>{{end}}
{{define "fields"}}<label for="{{.Name}}.text">{{call .T "Text"}}</label>
<textarea id="{{.Name}}.text" name="{{.Name}}.text" rows="2"{{if .Errors}} aria-invalid="true" aria-describedby="{{.Name}}-error"{{end}}>{{.Item.Text}}</textarea>
<label for="{{.Name}}.sub">{{if eq .Kind "questions"}}{{call .T "Sub-questions, one to a line"}}{{else}}{{call .T "Points under it, one to a line"}}{{end}}</label>
<textarea id="{{.Name}}.sub" name="{{.Name}}.sub" rows="2">{{.Item.Sub}}</textarea>
{{if eq .Kind "questions"}}<label for="{{.Name}}.audience">{{call .T "For whom"}}</label>
<select id="{{.Name}}.audience" name="{{.Name}}.audience"><option value="">{{call .T "as the theme says"}}</option>{{$a := .Item.Audience}}{{range .Audiences}}<option value="{{.Value}}"{{if eq .Value $a}} selected{{end}}>{{.Label}}</option>{{end}}</select>
{{if .Levels}}<label for="{{.Name}}.level">{{call .T "Reflection level"}}</label>
<select id="{{.Name}}.level" name="{{.Name}}.level"><option value="">{{call .T "none"}}</option>{{$l := .Item.Level}}{{range .Levels}}<option value="{{.Value}}"{{if eq .Value $l}} selected{{end}}>{{.Label}}</option>{{end}}</select>{{end}}{{end}}{{end}}
{{define "new"}}<fieldset>
<legend>{{if eq .Kind "questions"}}{{call .T "New question"}}{{else}}{{call .T "New practice example"}}{{end}}</legend>
<p class="hint">{{call .T "Leave empty to add nothing."}}</p>
{{range .Errors}}<p class="error" id="{{$.Name}}-error">{{.}}</p>{{end}}
{{template "fields" .}}
</fieldset>{{end}}`))

// The forms of a theme and of an edition.
var (
	page        = pages.Lookup("theme")
	editionPage = pages.Lookup("edition")
	sectionPage = pages.Lookup("section")
)
