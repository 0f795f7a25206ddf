package site

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// A theme names its questions' audience once when they all share it, and at
// each question only when they differ (issue 15, the look): the same tag at
// every question says nothing new.
func TestAudienceIsNamedOnceWhenTheQuestionsShareIt(t *testing.T) {
	dir := fixtureProject(t)
	site := filepath.Join(dir, "data/site.toml")
	writeProjectFile(t, dir, "data/site.toml", strings.Replace(readFile(t, site), `languages = ["nl", "en"]`, `languages = ["nl", "en", "fy"]`, 1))
	// 'Goed luisteren' keeps its two questions for professionals; 'Samen
	// plannen' gets one for a professional and one for the team.
	writeProjectFile(t, dir, "data/factsheets/demo/2024/themes/plannen.toml", `title = "Samen plannen"
finding = "Plannen worden vaak zonder het gezin gemaakt."

[[questions]]
id = "plan-met-gezin"
text = "Maak ik het plan samen met het gezin?"

[[questions]]
id = "plan-bijstellen"
text = "Geven we elkaar in het team de ruimte om een plan bij te stellen?"
audience = "team"
`)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir, Destination: out}); err != nil {
		t.Fatal(err)
	}
	// audienceTags are the tags in the questions' own lines: every tag
	// but the level's.
	audienceTags := func(d doc) []string {
		var tags []string
		for _, n := range d.all("span", func(n *html.Node) bool {
			return hasClass(n, "tag") && !hasClass(n, "tag--level") && hasClass(n.Parent, "question__meta")
		}) {
			tags = append(tags, text(n))
		}
		return tags
	}
	for _, lang := range []struct{ dir, line, professional, team string }{
		{"", "Alle vragen zijn voor: Professional", "Professional", "Team"},
		{"en/", "All questions are for: Professional", "Professional", "Team"},
		{"fy/", "Alle fragen binne foar: Profesjonal", "Profesjonal", "Team"},
	} {
		shared := parse(t, filepath.Join(out, lang.dir, "demo/2024/luisteren/index.html"))
		if tags := audienceTags(shared); len(tags) != 0 {
			t.Errorf("%sluisteren: both questions are for professionals, yet they carry audience tags %q", lang.dir, tags)
		}
		var lines []string
		for _, n := range shared.byClass("p", "questions-audience") {
			lines = append(lines, text(n))
		}
		if len(lines) != 1 || lines[0] != lang.line {
			t.Errorf("%sluisteren: the audience of all questions is said as %q, want once %q", lang.dir, lines, lang.line)
		}

		mixed := parse(t, filepath.Join(out, lang.dir, "demo/2024/plannen/index.html"))
		if tags := audienceTags(mixed); len(tags) != 2 || tags[0] != lang.professional || tags[1] != lang.team {
			t.Errorf("%splannen: the questions for a professional and for the team carry the audience tags %q", lang.dir, tags)
		}
		if lines := mixed.byClass("p", "questions-audience"); len(lines) != 0 {
			t.Errorf("%splannen: questions for different audiences are said to share one: %q", lang.dir, text(lines[0]))
		}

		// A single question, here in a step plan, says it at the question.
		single := parse(t, filepath.Join(out, lang.dir, "demo/2024/stappen/index.html"))
		if tags, lines := audienceTags(single), single.byClass("p", "questions-audience"); len(tags) != 1 || tags[0] != lang.professional || len(lines) != 0 {
			t.Errorf("%sstappen: the one question of the step plan carries the audience tags %q and %d lines for all", lang.dir, tags, len(lines))
		}
	}
}
