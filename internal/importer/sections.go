package importer

import (
	"github.com/rodedraad/rodedraad/internal/message"
	"slices"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
)

// sectionDraft is a part of an edition that is no theme: its text, and
// the lists, reflection levels, step plans and quotes it holds.
type sectionDraft struct {
	title       string
	text        markdown
	lists       []*listDraft
	levels      []*levelDraft
	plans       []*stepPlanDraft
	quotes      []model.Quote
	first, last int // lines, for the file's comment
}

func sectionPath(s *model.Section) string {
	return "data/factsheets/" + s.Edition.Factsheet.ID + "/" + s.Edition.ID + "/sections/" + s.ID + ".toml"
}

// sections makes the parts. Their ids share the themes' scope, since a
// theme and a part of an edition must not share an address; their
// questions share the themes' questions' scope (see themes).
func (b *builder) sections(e *model.Edition, pageIDs, questionIDs idScope) {
	levelIDs := newScope(model.CheckID)
	for _, sd := range b.doc.sections {
		s := &model.Section{Edition: e, ID: pageIDs.id(sd.title, "deel"), Title: sd.title, Text: model.Markdown(sd.text.String()), Quotes: sd.quotes}
		path := sectionPath(s)
		if s.Title == "" {
			s.Title = b.todo(path, "title", placeholderTitle, "de titel van dit deel", message.New("this section has no title of its own in the text"))
		}
		listIDs := newScope(model.CheckID)
		for _, ld := range sd.lists {
			l := model.List{ID: listIDs.id(ld.title, "lijst"), Kind: ld.kind, Title: ld.title, Intro: model.Markdown(ld.intro), Incomplete: ld.incomplete}
			if l.Title == "" {
				// A list without a title of its own in a part without one:
				// the part's placeholder stands for both.
				l.Title = s.Title
			}
			for _, it := range ld.items {
				item := model.ListItem{Label: it.label, Text: model.Inline(it.text), Sub: inlines(it.sub)}
				if item.Text == "" && len(item.Sub) == 0 {
					item.Text, item.Label = model.Inline(item.Label), ""
				}
				l.Items = append(l.Items, item)
			}
			s.Lists = append(s.Lists, l)
		}
		for _, ld := range sd.levels {
			s.Levels = append(s.Levels, model.LevelDescription{Level: b.level(ld, levelIDs, path), Title: ld.title,
				Audience: ld.audience, Text: model.Markdown(ld.text.String())})
		}
		planIDs := newScope(model.CheckID)
		for _, pd := range sd.plans {
			if len(pd.steps) == 0 {
				// A plan whose steps the text does not give (the next title
				// came first) is no plan: what it read is the part's text.
				paras := slices.DeleteFunc([]string{strings.TrimSpace(string(s.Text)), pd.safetyRule, pd.intro}, func(p string) bool { return p == "" })
				s.Text = model.Markdown(strings.Join(paras, "\n\n"))
				continue
			}
			p := model.StepPlan{ID: planIDs.id(pd.title, "stappenplan"), Title: pd.title, Intro: model.Markdown(pd.intro), SafetyRule: model.Inline(pd.safetyRule)}
			for _, st := range pd.steps {
				step := model.Step{Title: st.title, Text: model.Markdown(st.text.String()), How: inlines(st.how)}
				for _, q := range st.questions {
					step.Questions = append(step.Questions, model.Question{ID: questionIDs.id(q, "vraag"), Text: model.Inline(q)})
				}
				p.Steps = append(p.Steps, step)
			}
			s.StepPlans = append(s.StepPlans, p)
		}
		e.Sections = append(e.Sections, s)
		e.SectionIDs = append(e.SectionIDs, s.ID)
		b.sectionLines[s] = [2]int{sd.first, sd.last}
	}
}

// level makes the site's reflection level that a level of a part refers
// to, named after its guiding question. The site keeps levels in
// site.toml, which an import writes only for a project that has none.
func (b *builder) level(ld *levelDraft, ids idScope, path string) string {
	lv := model.Level{ID: ids.id(ld.question, "niveau"), Label: ld.title, Question: ld.question}
	if ld.question == "" {
		lv.ID = ids.id(ld.title, "niveau")
		lv.Question = b.todo(sitePath, "levels."+lv.ID+".question", "TODO: vraag", "de vraag die bij dit niveau hoort",
			message.New("the level %q has no guiding question in the text", ld.title))
	}
	b.levels = append(b.levels, lv)
	b.note(path, message.New("levels: %q refers to the reflection level %q, which the site.toml of this import defines; "+
		"a project with a site.toml of its own needs it there, as [[levels]] id = %q", ld.title, lv.ID, lv.ID))
	return lv.ID
}

// sectionFile writes a part in the layout of the hand-made files.
func (b *builder) sectionFile(s *model.Section) []byte {
	todo := b.todos[sectionPath(s)]
	lines := b.sectionLines[s]
	w := &tomlWriter{}
	b.header(w, b.source.span(lines[0], lines[1]),
		"de titel en de tekst, en of elke lijst, elk niveau en elk stappenplan compleet is.",
		"Lijsten waarvan de bron de inhoud niet geeft, zijn gemarkeerd met `incomplete`.")
	w.str("title", s.Title, todo["title"])
	w.markdown("text", string(s.Text))
	for _, l := range s.Lists {
		w.table("[[lists]]")
		w.str("id", l.ID, "")
		w.str("kind", string(l.Kind), "")
		w.str("title", l.Title, "")
		w.markdown("intro", string(l.Intro))
		w.str("incomplete", l.Incomplete, "")
		for _, it := range l.Items {
			w.table("[[lists.items]]")
			w.str("label", it.Label, "")
			w.str("text", string(it.Text), "")
			w.strs("sub", texts(it.Sub))
		}
	}
	for _, lv := range s.Levels {
		w.table("[[levels]]")
		w.str("level", lv.Level, "")
		w.str("title", lv.Title, "")
		w.str("audience", string(lv.Audience), "")
		w.markdown("text", string(lv.Text))
	}
	for _, p := range s.StepPlans {
		w.table("[[step_plans]]")
		w.str("id", p.ID, "")
		w.str("title", p.Title, "")
		w.markdown("intro", string(p.Intro))
		w.str("safety_rule", string(p.SafetyRule), "")
		for _, st := range p.Steps {
			w.table("[[step_plans.steps]]")
			w.str("title", st.Title, "")
			w.markdown("text", string(st.Text))
			w.strs("how", texts(st.How))
			for _, q := range st.Questions {
				w.table("[[step_plans.steps.questions]]")
				w.str("id", q.ID, "")
				w.str("text", string(q.Text), "")
			}
		}
	}
	writeQuotes(w, s.Quotes)
	return []byte(w.String())
}

// writeQuotes writes quotes, as parts, themes and editions have them.
func writeQuotes(w *tomlWriter, quotes []model.Quote) {
	for _, q := range quotes {
		w.table("[[quotes]]")
		w.str("text", string(q.Text), "")
		todo := ""
		if q.Role == placeholderRole {
			todo = "de rol van wie dit zei, nooit een naam"
		}
		w.str("role", q.Role, todo)
		w.str("context", q.Context, "")
	}
}

// writeKeyFigures writes an edition's key figures.
func writeKeyFigures(w *tomlWriter, figures []model.KeyFigure) {
	for _, k := range figures {
		w.table("[[key_figures]]")
		w.number("value", k.Value)
		w.str("unit", k.Unit, "")
		w.str("prefix", k.Prefix, "")
		w.str("label", k.Label, "")
	}
}

// summaryOfSections is the part of the summary about what other shapes
// than the factsheet give; nothing for a factsheet, whose summary stays
// as it was.
func summaryOfSections(c Counts) message.Text {
	if c.Sections == 0 && c.KeyFigures == 0 && c.Quotes == 0 {
		return message.Verbatim("")
	}
	return message.New(", %s (%s, %s, %s), %s, %s",
		message.Plural(c.Sections, "%d section", "%d sections"), message.Plural(c.Lists, "%d list", "%d lists"),
		message.Plural(c.Levels, "%d level", "%d levels"), message.Plural(c.Steps, "%d step", "%d steps"),
		message.Plural(c.KeyFigures, "%d key figure", "%d key figures"), message.Plural(c.Quotes, "%d quote", "%d quotes"))
}
