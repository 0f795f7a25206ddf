package importer

import (
	"strconv"

	"github.com/rodedraad/rodedraad/internal/model"
)

// idScope hands out ids that are unique within a scope, such as the
// questions of an edition, adding -2, -3 on a clash. The check is the
// model's for the kind of id: 'kaarten' is no name for a theme.
type idScope struct {
	taken map[string]bool
	// next is the number to try next after each base, so that a text
	// repeated n times costs n tries, not n²/2.
	next  map[string]int
	check func(string) error
}

func newScope(check func(string) error) idScope {
	return idScope{taken: map[string]bool{}, next: map[string]int{}, check: check}
}

func (s idScope) id(text, fallback string) string {
	base := model.Slug(text)
	if model.CheckID(base) != nil {
		base = fallback
	}
	id, n := base, max(s.next[base], 2)
	for s.taken[id] || s.check(id) != nil {
		id = base + "-" + strconv.Itoa(n)
		n++
	}
	s.next[base] = n
	s.taken[id] = true
	return id
}
