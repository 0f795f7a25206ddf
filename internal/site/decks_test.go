package site

import (
	"bytes"
	"path/filepath"
	"testing"
)

// The preview keeps rendered decks; a new guiding question of a
// reflection level is printed on cards, so their decks are made again.
func TestDeckCacheFollowsTheLevels(t *testing.T) {
	s := loadSite(t, fixtureProject(t))
	cache := newPDFMemo()
	before, err := renderDecks(s, cache, nil)
	if err != nil {
		t.Fatal(err)
	}
	level := s.Level("het-goed")
	if level == nil {
		t.Fatal("the fixture has no level het-goed")
	}
	level.Question = "Doe ik het echt goed genoeg?"
	after, err := renderDecks(s, cache, nil)
	if err != nil {
		t.Fatal(err)
	}
	deck := filepath.Join("kaarten", "demo-2024-luisteren-a6.pdf")
	if len(before.files[deck]) == 0 || bytes.Equal(before.files[deck], after.files[deck]) {
		t.Errorf("%s was not made again after the level's question changed", deck)
	}
}
