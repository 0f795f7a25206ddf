package markdown

import (
	"fmt"
	"strings"
	"testing"
)

func TestInline(t *testing.T) {
	for in, want := range map[string]string{
		"Geef ik *vertrouwen*?":               "Geef ik <em>vertrouwen</em>?",
		"**sterk** en `code`":                 "<strong>sterk</strong> en <code>code</code>",
		"Klik <script>alert(1)</script> hier": "Klik <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> hier",
		"[link](javascript:alert(1))":         `<a href="">link</a>`,
		"Tom &amp; Jerry <b>":                 "Tom &amp; Jerry <!-- raw HTML omitted -->",
		// An Inline text is one paragraph, whatever its lines start with.
		"\tOok als het druk is?":                            "Ook als het druk is?",
		"    Ook thuis?":                                    "Ook thuis?",
		"# Geen kop, - geen lijst":                          "# Geen kop, - geen lijst",
		"- geen lijst":                                      "- geen lijst",
		"Eerste regel\n\n\tzelfde alinea":                   "Eerste regel\nzelfde alinea",
		"Zie ![het *spoor*](https://tracker.example/p.png)": "Zie het <em>spoor</em>",
	} {
		if got := string(Inline(in)); got != want {
			t.Errorf("Inline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBlock(t *testing.T) {
	got := string(Block("Eerste alinea.\n\n- een\n- twee\n\n<div onclick=x>weg</div>\n"))
	want := "<p>Eerste alinea.</p>\n<ul>\n<li>een</li>\n<li>twee</li>\n</ul>\n<!-- raw HTML omitted -->"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// An image never becomes an <img>, remote or not: the site loads nothing
// from another origin. Its alt text is shown instead.
func TestBlockShowsImagesAsAltText(t *testing.T) {
	for in, want := range map[string]string{
		"![](https://tracker.example/p.png)":                     "<p></p>",
		"Voor ![het logo](https://tracker.example/p.png)":        "<p>Voor het logo</p>",
		"![kaart](/afbeeldingen/kaart.png \"titel\")":            "<p>kaart</p>",
		"[![logo](https://x.example/l.png)](https://x.example/)": `<p><a href="https://x.example/">logo</a></p>`,
	} {
		if got := string(Block(in)); got != want {
			t.Errorf("Block(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlain(t *testing.T) {
	for in, want := range map[string]string{
		"Geef ik *vertrouwen*?":                             "Geef ik vertrouwen?",
		"Regel een.\nRegel twee.\n\nNieuwe **alinea**.":     "Regel een. Regel twee. Nieuwe alinea.",
		"Zie [de bron](https://example.org) <b>nu</b>.":     "Zie de bron nu.",
		"\tOok als het druk is?":                            "Ook als het druk is?",
		"Alinea.\n\n    ingesprongen regel\n    en nog een": "Alinea. ingesprongen regel en nog een",
	} {
		if got := Plain(in); got != want {
			t.Errorf("Plain(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRuns(t *testing.T) {
	for in, want := range map[string]string{
		"Geef ik *vertrouwen*?":                    `["Geef ik " {"vertrouwen" i} "?"]`,
		"Stel ik me op als (*mede*)mens?":          `["Stel ik me op als (" {"mede" i} ")mens?"]`,
		"**sterk** en ***beide***":                 `[{"sterk" b} " en " {"beide" ib}]`,
		"Zie [de bron](https://x.org) nu.":         `["Zie " "de bron" " nu."]`, // the link is a run of its own
		"Een <b>vet</b> woord\nverder":             `["Een vet woord verder"]`,
		"*&#32;* woord *&#32;*":                    `["woord"]`,
		"<br>\n\n**&#32;**":                        `[]`,
		"&amp; &lt;b&gt; \\*niet\\* `\\*`":         `["& <b> *niet* \\*"]`,
		"\tOok als het druk is?":                   `["Ook als het druk is?"]`,
		"    Ook *thuis*?":                         `["Ook " {"thuis" i} "?"]`,
		"Zie ![het logo](https://x.example/l.png)": `["Zie het logo"]`,
	} {
		if got := runsString(Runs(in)); got != want {
			t.Errorf("Runs(%q) = %s, want %s", in, got, want)
		}
	}
}

func runsString(runs []Run) string {
	var parts []string
	for _, r := range runs {
		switch {
		case r.Italic && r.Bold:
			parts = append(parts, fmt.Sprintf("{%q ib}", r.Text))
		case r.Italic:
			parts = append(parts, fmt.Sprintf("{%q i}", r.Text))
		case r.Bold:
			parts = append(parts, fmt.Sprintf("{%q b}", r.Text))
		default:
			parts = append(parts, fmt.Sprintf("%q", r.Text))
		}
	}
	return "[" + strings.Join(parts, " ") + "]"
}
