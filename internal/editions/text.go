package editions

import (
	"fmt"
	"io"
	"strings"

	"github.com/rodedraad/rodedraad/internal/wording"
)

// WriteText writes the diff for a terminal: the two editions, then a
// block per kind of thing with one line per change ('+' added, '-'
// removed, '~' changed), and a one-line summary. Lines are not wrapped;
// a theme's or section's changed texts follow on indented lines. Changed words are
// marked as git's --word-diff=plain marks them: [-removed-] {+added+}.
func (d Diff) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s -> %s\n\n", d.Old, d.New)
	if d.Empty() {
		b.WriteString("No changes.\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	if len(d.Themes) > 0 {
		b.WriteString("Themes\n")
		writeParts(&b, d.Themes)
	}
	if len(d.Questions) > 0 {
		b.WriteString("Questions\n")
		for _, c := range d.Questions {
			writeQuestion(&b, c)
		}
	}
	if len(d.Practice) > 0 {
		b.WriteString("Practice examples\n")
		for _, c := range d.Practice {
			fmt.Fprintf(&b, "  %s %s in %s: %s\n", sign(c.Kind), c.ID, label(c.Theme), shown(c.Kind, c.Old, c.New, c.Words))
		}
	}
	if len(d.Tips) > 0 {
		b.WriteString("Tips\n")
		writeTexts(&b, d.Tips)
	}
	if len(d.Sections) > 0 {
		b.WriteString("Sections\n")
		writeParts(&b, d.Sections)
	}
	if len(d.ListItems) > 0 {
		b.WriteString("List items\n")
		writeTexts(&b, d.ListItems)
	}
	if len(d.KeyFigures) > 0 {
		b.WriteString("Key figures\n")
		for _, c := range d.KeyFigures {
			fmt.Fprintf(&b, "  %s %s\n", sign(c.Kind), shown(c.Kind, c.Old, c.New, c.Words))
		}
	}
	fmt.Fprintf(&b, "\n%s\n", d.summary())
	_, err := io.WriteString(w, b.String())
	return err
}

// writeParts writes changed themes or sections.
func writeParts(b *strings.Builder, parts []PartChange) {
	// Ids are padded to one width so that the titles line up.
	width := 0
	for _, c := range parts {
		if !c.Renamed() {
			width = max(width, len(partID(c)))
		}
	}
	for _, c := range parts {
		if c.Renamed() {
			fmt.Fprintf(b, "  ~ %s -> %s (renamed)\n", c.OldID, c.NewID)
		} else {
			fmt.Fprintf(b, "  %s %-*s  \"%s\"\n", sign(c.Kind), width, partID(c), c.Title)
		}
		for _, f := range c.Fields {
			fmt.Fprintf(b, "      %s: %s\n", f.Field, marked(f.Words))
		}
	}
}

func partID(c PartChange) string {
	if c.NewID != "" {
		return c.NewID
	}
	return c.OldID
}

// writeTexts writes changed tips or list items.
func writeTexts(b *strings.Builder, texts []TextChange) {
	for _, c := range texts {
		fmt.Fprintf(b, "  %s in %s: %s\n", sign(c.Kind), label(c.Place), shown(c.Kind, c.Old, c.New, c.Words))
	}
}

func writeQuestion(b *strings.Builder, c QuestionChange) {
	switch {
	case c.Kind == Added:
		fmt.Fprintf(b, "  + %s in %s: %s\n", c.ID, label(*c.To), c.New)
	case c.Kind == Removed:
		fmt.Fprintf(b, "  - %s in %s: %s\n", c.ID, label(*c.From), c.Old)
	case c.Moved && c.Reworded:
		fmt.Fprintf(b, "  ~ %s moved and reworded: %s -> %s: %s\n", c.ID, label(*c.From), label(*c.To), marked(c.Words))
	case c.Moved:
		fmt.Fprintf(b, "  ~ %s moved: %s -> %s\n", c.ID, label(*c.From), label(*c.To))
	default:
		fmt.Fprintf(b, "  ~ %s reworded in %s: %s\n", c.ID, label(*c.To), marked(c.Words))
	}
}

func sign(k Kind) string {
	switch k {
	case Added:
		return "+"
	case Removed:
		return "-"
	}
	return "~"
}

// label names a place by id, so a section says so; a list in a section
// by its title too.
func label(p Place) string {
	switch {
	case p.Kind == InSection && p.List != "":
		return fmt.Sprintf("section %s, list %q", p.ID, p.List)
	case p.Kind == InSection:
		return "section " + p.ID
	case p.Kind == InClosing:
		return "closing"
	}
	return p.ID
}

// shown is the text a change shows: what came, what went, or the words
// that changed.
func shown(k Kind, old, new string, words []wording.Op) string {
	switch k {
	case Added:
		return new
	case Removed:
		return old
	}
	return marked(words)
}

// context is how many unchanged words stay on either side of a change.
// A run of unchanged words that is longer by at least as many again is
// cut to "...", so that a changed word in a long explanation is found at
// a glance, while a question keeps all its words.
const context = 6

// marked writes a word diff in git's --word-diff=plain style.
func marked(ops []wording.Op) string {
	var parts []string
	for i, op := range ops {
		switch op.Kind {
		case wording.Deleted:
			parts = append(parts, "[-"+op.Text()+"-]")
		case wording.Added:
			parts = append(parts, "{+"+op.Text()+"+}")
		default:
			// Keep the words after the change before and those before
			// the change after; the start and end of the text need none.
			head, tail := context, context
			if i == 0 {
				head = 0
			}
			if i == len(ops)-1 {
				tail = 0
			}
			words := op.Words
			if n := len(words); len(ops) > 1 && n > head+tail+context {
				words = append(append(words[:head:head], "..."), words[n-tail:]...)
			}
			parts = append(parts, strings.Join(words, " "))
		}
	}
	return strings.Join(parts, " ")
}

// summary counts the changes: "3 questions added, 1 removed, 2 changed; …".
func (d Diff) summary() string {
	var parts []string
	add := func(noun string, kinds []Kind) {
		counts := map[Kind]int{}
		for _, k := range kinds {
			counts[k]++
		}
		var s []string
		for _, k := range []Kind{Added, Removed, Changed} {
			if n := counts[k]; n > 0 {
				if len(s) == 0 {
					s = append(s, fmt.Sprintf("%s %s", plural(n, noun), k))
				} else {
					s = append(s, fmt.Sprintf("%d %s", n, k))
				}
			}
		}
		if len(s) > 0 {
			parts = append(parts, strings.Join(s, ", "))
		}
	}
	add("theme", kinds(d.Themes, func(c PartChange) Kind { return c.Kind }))
	add("question", kinds(d.Questions, func(c QuestionChange) Kind { return c.Kind }))
	add("practice example", kinds(d.Practice, func(c PracticeChange) Kind { return c.Kind }))
	add("tip", kinds(d.Tips, func(c TextChange) Kind { return c.Kind }))
	add("section", kinds(d.Sections, func(c PartChange) Kind { return c.Kind }))
	add("list item", kinds(d.ListItems, func(c TextChange) Kind { return c.Kind }))
	add("key figure", kinds(d.KeyFigures, func(c TextChange) Kind { return c.Kind }))
	return strings.Join(parts, "; ")
}

func kinds[T any](changes []T, kind func(T) Kind) []Kind {
	out := make([]Kind, len(changes))
	for i, c := range changes {
		out[i] = kind(c)
	}
	return out
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
