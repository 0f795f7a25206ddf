package publication

import (
	"testing"
	"time"
)

// Key changes with everything Render reads, and only with that: an edit
// to another factsheet leaves this one's PDF in the cache.
func TestKeyFollowsWhatRenderReads(t *testing.T) {
	s := demo(t)
	e := friesland(t, s)
	date := e.DocumentDate()
	base := Key(e, s, date)
	if Key(e, s, date) != base {
		t.Fatal("the same input gives two keys")
	}
	for name, change := range map[string]func() (undo func()){
		"a question": func() func() {
			old := e.Themes[0].Questions[0].Text
			e.Themes[0].Questions[0].Text += " En waarom?"
			return func() { e.Themes[0].Questions[0].Text = old }
		},
		"the publisher": func() func() {
			old := e.Factsheet.Publisher.Name
			e.Factsheet.Publisher.Name = "Een andere uitgever"
			return func() { e.Factsheet.Publisher.Name = old }
		},
		"the current edition": func() func() {
			old := e.Factsheet.CurrentID
			e.Factsheet.CurrentID = "2025-voorbeeld"
			return func() { e.Factsheet.CurrentID = old }
		},
		"the rights": func() func() {
			old := s.Rights.Sources
			s.Rights.Sources = "Alle rechten voorbehouden."
			return func() { s.Rights.Sources = old }
		},
		"a level's question": func() func() {
			old := s.Levels[0].Question
			s.Levels[0].Question = "Doe ik het echt goed?"
			return func() { s.Levels[0].Question = old }
		},
	} {
		undo := change()
		if Key(e, s, date) == base {
			t.Errorf("a change to %s leaves the key as it was", name)
		}
		undo()
	}
	if Key(e, s, date.Add(24*time.Hour)) == base {
		t.Error("another date leaves the key as it was")
	}
	other := s.Factsheet("haaglanden-reflectie")
	other.Title += " (herzien)"
	if Key(e, s, date) != base {
		t.Error("a change to another factsheet changes the key")
	}
}
