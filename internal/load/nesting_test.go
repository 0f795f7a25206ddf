package load

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/rodedraad/rodedraad/internal/model"
)

// TestTooDeepIsRefusedBeforeDecoding: nesting past maxNesting is one
// error at the spot where it gets too deep, and the file is not decoded
// (no 'unknown key' for extra). Just inside the limit, the file is read.
func TestTooDeepIsRefusedBeforeDecoding(t *testing.T) {
	const tooDeep = "nests more than 32 levels deep, counting each table, key part and array: no rodedraad file needs that many, so the file is not read; remove the nesting"
	dotted := func(n int) string { return strings.TrimSuffix(strings.Repeat("a.", n), ".") }
	for _, tc := range []struct {
		name, extra, want string
	}{
		{"nested arrays", "extra = " + strings.Repeat("[", 1000) + strings.Repeat("]", 1000),
			":4:41: " + tooDeep},
		{"nested inline tables", "extra = " + strings.Repeat("{a=", 1000) + "1" + strings.Repeat("}", 1000),
			":4:103: " + tooDeep},
		{"dotted table header", "[" + dotted(1000) + "]", ":4:1: " + tooDeep},
		{"dotted header of an array of tables", "[[" + dotted(33) + "]]", ":4:1: " + tooDeep},
		{"dotted key", dotted(1000) + " = 1", ":4:1: " + tooDeep},
		{"dotted key in a deep table", "[" + dotted(20) + "]\n" + dotted(13) + " = 1", ":5:1: " + tooDeep},
		{"arrays just inside the limit", "extra = " + strings.Repeat("[", 32) + strings.Repeat("]", 32),
			":4:1: extra: unknown key"},
		{"dotted key just inside the limit", dotted(32) + " = 1",
			":4:1: a: unknown key"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := FS(fixture(t, map[string]string{theme: themeWith(tc.extra + "\n")}), "proj")
			want := "proj/" + theme + tc.want
			if got := strings.Join(messages(diags), "\n"); got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestLocateKeysStopsAtMaxNesting: the scanner records no path deeper
// than maxNesting, so what it stores grows with the text, not with the
// square of its depth (a full key path per level took 3 s and gigabytes
// at 20,000 levels).
func TestLocateKeysStopsAtMaxNesting(t *testing.T) {
	for _, src := range []string{
		"a = " + strings.Repeat("[", 20_000) + strings.Repeat("]", 20_000),
		"a = " + strings.Repeat("{a=", 20_000) + "1" + strings.Repeat("}", 20_000),
		"[" + strings.Repeat("a.", 20_000) + "a]",
	} {
		locs := locateKeys([]byte(src))
		if _, deep := locs.tooDeepAt(); !deep {
			t.Errorf("%.20s…: not found too deep", src)
		}
		if len(locs.at) > maxNesting+1 {
			t.Errorf("%.20s…: %d paths recorded, want at most %d", src, len(locs.at), maxNesting+1)
		}
		for path := range locs.at {
			if len(path) > 4*maxNesting {
				t.Errorf("%.20s…: a path of %d bytes recorded", src, len(path))
			}
		}
	}
}

// TestModelNestsWellWithinMaxNesting measures the deepest key path any
// data file can have: each struct field and each array element is a
// level. maxNesting must leave a wide margin above it.
func TestModelNestsWellWithinMaxNesting(t *testing.T) {
	var depth func(reflect.Type) int
	depth = func(t reflect.Type) int {
		switch t.Kind() {
		case reflect.Pointer:
			return depth(t.Elem())
		case reflect.Slice:
			return 1 + depth(t.Elem())
		case reflect.Struct:
			if t == reflect.TypeFor[time.Time]() {
				return 0
			}
			deepest := 0
			for _, field := range tomlFields(t) {
				deepest = max(deepest, 1+depth(field.Type))
			}
			return deepest
		}
		return 0
	}
	deepest := 0
	for _, v := range []any{model.Site{}, model.Factsheet{}, model.Edition{}, model.Theme{}, model.Section{}} {
		deepest = max(deepest, depth(reflect.TypeOf(v)))
	}
	if deepest != 8 {
		t.Errorf("the model nests %d deep; update the comment of maxNesting", deepest)
	}
	if 2*deepest > maxNesting {
		t.Errorf("maxNesting %d leaves too small a margin above the model's %d", maxNesting, deepest)
	}
}
