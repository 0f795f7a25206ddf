// Package model is the content of a rodedraad site after loading and
// validation: the site, its factsheets, their editions, and the themes,
// questions and other building blocks inside them.
//
// The `toml` tags name the keys of the data files; `rd:"required"` marks the
// keys a file must set. Fields tagged `toml:"-"` are filled by the loader
// (ids come from file and directory names, children from other files).
// Everything downstream (site, cards, search, exports) reads this model and
// never the TOML.
package model
