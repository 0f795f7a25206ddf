package importer

import (
	"strings"
	"testing"

	"github.com/rodedraad/rodedraad/internal/model"
)

func TestIDScope(t *testing.T) {
	for _, c := range []struct {
		check func(string) error
		texts []string
		want  string
	}{
		{model.CheckID, []string{"Plan ik tijd?", "Plan ik tijd?", "Plan ik *tijd*?", "???", "???", "vraag"},
			"plan-tijd plan-tijd-2 plan-tijd-3 vraag vraag-2 vraag-3"},
		// Ids that are addresses of the site's own pages are not handed out.
		{model.CheckPageID, []string{"Kaarten", "Kaarten", "Wijzigingen", "Kaarten lezen"}, "kaarten-2 kaarten-3 wijzigingen-2 kaarten-lezen"},
		{model.CheckFactsheetID, []string{"En", "NL", "Fryslân"}, "en-2 nl-2 fryslan"},
	} {
		s := newScope(c.check)
		var got []string
		for _, text := range c.texts {
			got = append(got, s.id(text, "vraag"))
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("got %v, want %s", got, c.want)
		}
	}
}

// A text repeated n times gets its n ids in about n tries, not n²/2: the
// import of 16,000 identical questions took 17 s on the tries alone. Each
// try builds an id, so the allocations count the tries.
func TestIDScopeRepeatedText(t *testing.T) {
	const n = 2000
	var last string
	allocs := testing.AllocsPerRun(1, func() {
		s := newScope(model.CheckID)
		for range n {
			last = s.id("Vraag?", "vraag")
		}
	})
	if last != "vraag-2000" || allocs > 10*n {
		t.Errorf("last id %s after %.0f allocations; want vraag-2000 after at most %d", last, allocs, 10*n)
	}
}
