package site

import (
	"slices"
	"testing"

	"github.com/rodedraad/rodedraad/internal/browsertest"
)

// searchResult is one result of the search page, as a reader meets it.
type searchResult struct {
	Heading bool     // the link is a heading's
	Link    string   // the link's text: the title
	Kind    string   // the kind of text: theme, question, practice example
	Place   string   // where it comes from
	Snippet string   // a piece of its text
	Marked  []string // the words marked in the snippet
}

const firstSearchResult = `(() => {
	const li = document.querySelector("#zoekresultaten li"), a = li.querySelector("a"), snippet = li.querySelector(".search-result__snippet");
	const textOf = selector => (li.querySelector(selector) || {}).textContent || "";
	return {
		Heading: !!a.closest("h1, h2, h3, h4, h5, h6"),
		Link: a.textContent,
		Kind: textOf(".search-result__kind"),
		Place: textOf(".search-result__meta"),
		Snippet: textOf(".search-result__snippet"),
		Marked: snippet ? [...snippet.querySelectorAll("mark")].map(m => m.textContent) : [],
	};
})()`

// A search result has its title as the link, and nothing else in it; then
// its kind, where it comes from, and a snippet of its text with the words
// found marked, whatever their case or accents (issue 15, the look).
func TestBrowserSearchResultsShowTitleKindAndMarkedSnippet(t *testing.T) {
	browsertest.Require(t)
	base := "file://" + demoSite(t) + "/"
	b := browsertest.NewBrowser(t)
	first := func(t *testing.T, page string) searchResult {
		tab := b.Open(t, base+page, browsertest.Desktop)
		tab.Until(t, `document.querySelector("#zoekresultaten li")`)
		for _, v := range browsertest.Axe(t, tab) {
			t.Errorf("%s: %s", page, v)
		}
		return browsertest.Eval[searchResult](t, tab, firstSearchResult)
	}

	// A theme: its finding is the snippet, in full, as it is short.
	for _, lang := range []struct{ dir, theme string }{{"", "Thema"}, {"en/", "Theme"}, {"fy/", "Tema"}} {
		page := lang.dir + "zoeken/index.html?q=Gehoord"
		got := first(t, page)
		want := searchResult{
			Heading: true,
			Link:    "Gelijkwaardige samenwerking met jeugdigen en gezinnen",
			Kind:    lang.theme,
			Place:   lang.theme + " · Samen leren doen in de jeugdhulp",
			Snippet: "Jeugdigen en ouders voelen zich regelmatig niet gehoord of serieus genomen, terwijl professionals denken dat ze goed aansluiten bij kind en gezin.",
			Marked:  []string{"gehoord"},
		}
		if !equalResults(got, want) {
			t.Errorf("%s: the first result is\n%+v, want\n%+v", page, got, want)
		}
	}

	// A question: the snippet is a window of its sub-questions, cut
	// between words, around the word found: 'EFFICIENT' finds 'efficiënte'.
	got := first(t, "zoeken/index.html?q=EFFICIENT")
	want := searchResult{
		Heading: true,
		Link:    "Voel ik me door mijn organisatie en leidinggevenden (teamleiders, begeleidend gedragswetenschappers, afdelingsmanagers en bestuur) genoeg gesteund als het gaat om reflectie, leren en persoonlijke ontwikkeling?",
		Kind:    "Vraag",
		Place:   "Vraag · Lerende praktijk en reflectie · Samen leren doen in de jeugdhulp",
		Snippet: "…leerbijeenkomsten en deskundigheidsbevordering over de grenzen van organisaties heen? Is er een laagdrempelige, veilige en efficiënte omgeving om te reflecteren en te leren?",
		Marked:  []string{"efficiënte"},
	}
	if !equalResults(got, want) {
		t.Errorf("'EFFICIENT': the first result is\n%+v, want\n%+v", got, want)
	}
}

func equalResults(a, b searchResult) bool {
	return a.Heading == b.Heading && a.Link == b.Link && a.Kind == b.Kind && a.Place == b.Place &&
		a.Snippet == b.Snippet && slices.Equal(a.Marked, b.Marked)
}
