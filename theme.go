// Package rodedraad holds what the rodedraad binary carries of the
// repository itself: the default theme, so that a project without a
// themes/rodedraad directory of its own still builds.
package rodedraad

import "embed"

// Theme is the rodedraad Hugo theme, rooted at themes/rodedraad.
//
//go:embed all:themes/rodedraad
var Theme embed.FS
