package markdown

import "sync"

// memo keeps what was rendered lately: a live preview makes every page
// again after a change, and most of their texts did not change. It holds
// two generations of at most memoSize texts each, so that what is not
// asked for during a whole generation is forgotten.
type memo struct {
	mu          sync.Mutex
	now, before map[memoKey]string
}

type memoKey struct {
	as     byte // 'b' block, 'i' inline, 'p' plain
	source string
}

const memoSize = 1 << 16

var rendered = memo{now: map[memoKey]string{}}

// remember is render(source), once for as long as it is asked for.
func (m *memo) remember(as byte, source string, render func(string) string) string {
	key := memoKey{as, source}
	m.mu.Lock()
	out, ok := m.now[key]
	if !ok {
		if out, ok = m.before[key]; ok {
			m.keep(key, out)
		}
	}
	m.mu.Unlock()
	if ok {
		return out
	}
	out = render(source)
	m.mu.Lock()
	m.keep(key, out)
	m.mu.Unlock()
	return out
}

func (m *memo) keep(key memoKey, out string) {
	if len(m.now) >= memoSize {
		m.before, m.now = m.now, make(map[memoKey]string, memoSize)
	}
	m.now[key] = out
}
