package importer

import (
	"regexp"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
)

// levelDraft is one reflection level of a part, as a building block
// describes it: 'Niveau 1 Uitvoering - professionals', what that level
// asks, and its guiding question ('Doe ik het goed?'), which the site
// keeps with the level in site.toml.
type levelDraft struct {
	title, question string
	audience        model.Audience
	text            markdown
	line            int // of the title, for notes
}

// levelTitle is the line that starts a level.
var levelTitle = regexp.MustCompile(`^(?i:niveau|level|dimensie)\s+\d+\b`)

func (r *reader) startLevel(b *block, title string) {
	r.list, r.plan = nil, nil
	r.level = &levelDraft{title: title, audience: audienceOf(title), line: b.first()}
	r.section.levels = append(r.section.levels, r.level)
}

// guidingQuestion is a level's question on a line of its own, set off by
// dots, emphasis or quotes, as in ".... *'Doe ik het goed?'*"; "" for
// any other line.
func guidingQuestion(s string) string {
	q := strings.TrimLeft(s, ".… ")
	setOff := q != s
	for {
		trimmed := unquote(headingTitle(q))
		if trimmed == q {
			break
		}
		q, setOff = trimmed, true
	}
	if !setOff || !strings.HasSuffix(q, "?") || len(strings.Fields(q)) > 12 {
		return ""
	}
	return q
}

func (r *reader) levelQuestion(b *block) {
	if r.level.question != "" {
		r.level.text.para(r.clean(b.text))
		return
	}
	r.level.question = guidingQuestion(b.text)
}
