package model

import "strings"

// ResolveTheme finds the theme a reference points to, read from edition
// from: 'theme' is a theme of the same edition, 'factsheet/theme' one of
// that factsheet's current edition, and 'factsheet/edition/theme' one of a
// given edition. It returns nil when there is no such theme.
func (s *Site) ResolveTheme(from *Edition, ref string) *Theme {
	parts := strings.Split(ref, "/")
	switch len(parts) {
	case 1:
		return from.Theme(parts[0])
	case 2:
		if f := s.Factsheet(parts[0]); f != nil && f.Current() != nil {
			return f.Current().Theme(parts[1])
		}
	case 3:
		if f := s.Factsheet(parts[0]); f != nil {
			if e := f.Edition(parts[1]); e != nil {
				return e.Theme(parts[2])
			}
		}
	}
	return nil
}
