package load

import (
	"github.com/rodedraad/rodedraad/internal/message"
	"slices"
	"strconv"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
)

func itoa(i int) string { return strconv.Itoa(i) }

func index(key string, i int) string { return key + "[" + itoa(i) + "]" }

// checkID reports an id that is not a lowercase slug.
func (f *file) checkID(key, id string) bool {
	if err := model.CheckID(id); err != nil {
		if good := model.IDLike(id); good != "" && model.CheckID(good) == nil {
			f.errorf(key, "%q is not a valid id: %v; write it as %q", id, err, good)
		} else {
			f.errorf(key, "%q is not a valid id: %v", id, err)
		}
		return false
	}
	return true
}

// scope holds the ids that must be unique together, with where each was
// first seen.
type scope struct {
	kind  message.Text
	where map[string]string
}

func newScope(kind message.Text) *scope { return &scope{kind: kind, where: map[string]string{}} }

func (s *scope) add(f *file, key, id string) {
	if !f.checkID(key, id) {
		return
	}
	if first, ok := s.where[id]; ok {
		f.errorf(key, "duplicate %s id %q: already used at %s", s.kind, id, first)
		return
	}
	s.where[id] = f.where(key)
}

// checkTexts reports empty entries of a list of texts.
func checkTexts[T ~string](f *file, key string, texts []T) {
	for i, t := range texts {
		if strings.TrimSpace(string(t)) == "" {
			f.errorf(index(key, i), "must not be empty")
		}
	}
}

// checkOneOf reports a value outside a fixed set, suggesting the nearest.
func checkOneOf[T ~string](f *file, key string, v T, allowed []T) {
	if v == "" || slices.Contains(allowed, v) {
		return
	}
	names := make([]string, len(allowed))
	for i, a := range allowed {
		names[i] = string(a)
	}
	f.errorf(key, "%q is not one of %s%s", v, strings.Join(names, ", "), suggestion(string(v), names))
}

func (l *loader) checkSite(f *file) {
	s := l.site
	seen := map[string]bool{}
	for i, lang := range s.Languages {
		checkOneOf(f, index("languages", i), lang, model.SupportedLanguages)
		if seen[lang] {
			f.errorf(index("languages", i), "%q is listed twice", lang)
		}
		seen[lang] = true
	}
	tags := newScope(message.New("tag"))
	for i, t := range s.Tags {
		tags.add(f, index("tags", i)+".id", t.ID)
	}
	levels := newScope(message.New("level"))
	for i, lv := range s.Levels {
		levels.add(f, index("levels", i)+".id", lv.ID)
	}
	l.checkURL(f, "licence.url", s.Licence.URL)
	if s.LicenceCoversAll() && !f.unbound["rights"] {
		f.warnf("licence", "the site shows this as the licence of all its texts, the factsheets' too; "+
			"say in [rights] sources what holds for the publications they restate (also when the licence holds for them)")
	}
	for i, o := range s.Organisations {
		l.checkURL(f, index("organisations", i)+".url", o.URL)
	}
}

func (l *loader) checkFactsheet(f *file, sheet *model.Factsheet) {
	l.checkTags(f, "tags", sheet.Tags)
	checkTexts(f, "authors", sheet.Authors)
	checkTexts(f, "partners", sheet.Partners)
	l.checkURL(f, "publisher.url", sheet.Publisher.URL)
	l.checkURL(f, "source.url", sheet.Source.URL)
}

func (l *loader) checkEdition(f *file, e *model.Edition) {
	for i, g := range e.LinkGroups {
		for j, link := range g.Links {
			key := index(index("links", i)+".items", j)
			l.checkURL(f, key+".url", link.URL)
			if link.URL != "" && link.Theme != "" {
				f.errorf(key, "a link has a url or a theme, not both")
			}
			l.checkRefSyntax(f, key+".theme", link.Theme)
		}
	}
	if e.Closing != nil {
		checkTexts(f, "closing.tips", e.Closing.Tips)
	}
}

func (l *loader) checkTheme(f *file, t *model.Theme, position int, questions *scope) {
	if t.Colour == "" {
		t.Colour = model.ThemePalette[position%len(model.ThemePalette)]
	} else if c, err := model.ParseColour(string(t.Colour)); err != nil {
		f.errorf("colour", "%v", err)
	} else {
		t.Colour = c
	}
	checkOneOf(f, "audience", t.Audience, model.Audiences)
	if t.Audience == "" {
		t.Audience = model.Professional
	}
	for i := range t.Questions {
		l.checkQuestion(f, index("questions", i), &t.Questions[i], t.Audience, questions)
	}
	if len(t.Questions) == 0 && !f.has("questions") && f.table != nil {
		f.warnf("", "the theme has no reflection questions (write `questions = []` if that is on purpose)")
	}
	practice := newScope(message.New("practice example"))
	for i, p := range t.Practice {
		key := index("practice", i)
		practice.add(f, key+".id", p.ID)
		checkTexts(f, key+".sub", p.Sub)
	}
	checkTexts(f, "tips", t.Tips)
	l.checkTags(f, "tags", t.Tags)
	for i, ref := range t.Related {
		l.checkRefSyntax(f, index("related", i), ref)
	}
}

func (l *loader) checkQuestion(f *file, key string, q *model.Question, audience model.Audience, questions *scope) {
	questions.add(f, key+".id", q.ID)
	checkTexts(f, key+".sub", q.Sub)
	checkOneOf(f, key+".audience", q.Audience, model.Audiences)
	if q.Audience == "" {
		q.Audience = audience
	}
	l.checkLevel(f, key+".level", q.Level)
}

func (l *loader) checkLevel(f *file, key, id string) {
	if id != "" && l.siteRead && l.site.Level(id) == nil {
		f.errorf(key, "no reflection level %q in site.toml%s", id, suggestion(id, levelIDs(l.site)))
	}
}

func levelIDs(s *model.Site) []string {
	ids := make([]string, len(s.Levels))
	for i, lv := range s.Levels {
		ids[i] = lv.ID
	}
	return ids
}

func (l *loader) checkSection(f *file, s *model.Section, questions *scope) {
	lists := newScope(message.New("list"))
	for i, list := range s.Lists {
		key := index("lists", i)
		if list.ID != "" {
			lists.add(f, key+".id", list.ID)
		}
		checkOneOf(f, key+".kind", list.Kind, model.ListKinds)
		for j, item := range list.Items {
			if strings.TrimSpace(string(item.Text)) == "" && len(item.Sub) == 0 {
				f.errorf(index(key+".items", j), "must not be empty")
			}
			checkTexts(f, index(key+".items", j)+".sub", item.Sub)
		}
		if len(list.Items) == 0 && list.Incomplete == "" {
			f.warnf(key, "the list has no items (if the source leaves them out, say so in `incomplete`)")
		}
	}
	for i, lv := range s.Levels {
		key := index("levels", i)
		l.checkLevel(f, key+".level", lv.Level)
		checkOneOf(f, key+".audience", lv.Audience, model.Audiences)
	}
	plans := newScope(message.New("step plan or method"))
	for i := range s.StepPlans {
		key := index("step_plans", i)
		plans.add(f, key+".id", s.StepPlans[i].ID)
		if len(s.StepPlans[i].Steps) == 0 && f.has("step_plans") {
			f.errorf(key+".steps", "a step plan needs at least one step")
		}
		l.checkSteps(f, key+".steps", s.StepPlans[i].Steps, questions)
	}
	for i := range s.Methods {
		key := index("methods", i)
		plans.add(f, key+".id", s.Methods[i].ID)
		checkTexts(f, key+".outcomes", s.Methods[i].Outcomes)
		l.checkSteps(f, key+".steps", s.Methods[i].Steps, questions)
	}
}

func (l *loader) checkSteps(f *file, key string, steps []model.Step, questions *scope) {
	for i := range steps {
		k := index(key, i)
		checkTexts(f, k+".how", steps[i].How)
		for j := range steps[i].Questions {
			l.checkQuestion(f, index(k+".questions", j), &steps[i].Questions[j], model.Professional, questions)
		}
	}
}

func (l *loader) checkTags(f *file, key string, tags []string) {
	for i, id := range tags {
		if l.siteRead && l.site.Tag(id) == nil {
			f.errorf(index(key, i), "%s", l.unknownTag(id))
		}
	}
}

// unknownTag says that site.toml has no tag id, which tags it has, and
// what to add for a new one, with the line where the tags stand.
func (l *loader) unknownTag(id string) message.Text {
	ids := make([]string, len(l.site.Tags))
	for j, t := range l.site.Tags {
		ids[j] = t.ID
	}
	name := quoteName(l.siteFile.name)
	if len(ids) == 0 {
		return message.New("no tag %q in %s, which has no tags yet: for a new tag, add to it a block [[tags]] with, on lines of their own, id = %q and label = %q",
			id, name, id, tagLabel(id))
	}
	at := l.siteFile.locs.find("tags")
	return message.New("no tag %q in %s%s; the tags there are %s. For a new tag, add a block [[tags]] with, on lines of their own, id = %q and label = %q, as the blocks from line %d",
		id, name, suggestion(id, ids), strings.Join(ids, ", "), id, tagLabel(id), at.Line)
}

// tagLabel is a first label for a new tag: its id as words.
func tagLabel(id string) string {
	words := strings.ReplaceAll(id, "-", " ")
	if words == "" {
		return ""
	}
	return strings.ToUpper(words[:1]) + words[1:]
}

func (l *loader) checkURL(f *file, key, url string) {
	if url != "" && !strings.HasPrefix(url, "https://") && !strings.HasPrefix(url, "http://") {
		f.errorf(key, "%q is not a web address: it starts with https:// or http://", url)
	}
}

// checkRefSyntax reports a theme reference that cannot be valid whatever
// the data; whether its theme exists is checked once everything is loaded.
func (l *loader) checkRefSyntax(f *file, key, ref string) {
	if err := refSyntax(ref); err != nil {
		f.errorf(key, "%q is not a theme reference: %v", ref, err)
	}
}

// refSyntax says why ref is not of the form theme, factsheet/theme or
// factsheet/edition/theme; an empty reference is no reference.
func refSyntax(ref string) error {
	if ref == "" {
		return nil
	}
	parts := strings.Split(ref, "/")
	if len(parts) > 3 {
		return message.Errorf("write theme, factsheet/theme or factsheet/edition/theme")
	}
	for _, p := range parts {
		if err := model.CheckID(p); err != nil {
			return err
		}
	}
	return nil
}

// checkReferences reports references to themes that do not exist. They
// run last, when every factsheet is loaded.
func (l *loader) checkReferences() {
	for _, sheet := range l.site.Factsheets {
		for _, e := range sheet.Editions {
			ef := l.editionFiles[e]
			for i, g := range e.LinkGroups {
				for j, link := range g.Links {
					l.checkThemeRef(ef, index(index("links", i)+".items", j)+".theme", e, link.Theme)
				}
			}
			for _, t := range e.Themes {
				for i, ref := range t.Related {
					l.checkThemeRef(l.themeFiles[t], index("related", i), e, ref)
				}
			}
		}
	}
}

func (l *loader) checkThemeRef(f *file, key string, from *model.Edition, ref string) {
	if ref == "" || refSyntax(ref) != nil {
		return // empty, or already reported by checkRefSyntax
	}
	if t := l.site.ResolveTheme(from, ref); t != nil {
		if t.Edition.Draft && !from.Draft {
			f.errorf(key, "theme %q is in edition %s, a draft, which a plain build leaves out: link to a theme of a published edition", ref, t.Edition.ID)
		}
		return
	}
	var ids []string
	for _, t := range from.Themes {
		ids = append(ids, t.ID)
	}
	f.errorf(key, "no theme %q%s", ref, suggestion(ref, ids))
}
