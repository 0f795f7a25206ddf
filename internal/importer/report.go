package importer

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"

	"github.com/rodedraad/rodedraad/internal/model"
)

// Unplaced is a non-empty line of the input that the importer could not
// place anywhere in the factsheet.
type Unplaced struct {
	Line int
	Text string // the line, trimmed
}

// Note is something to check or complete in a written file, or in the
// input when File is empty.
type Note struct {
	File    string // path in the project, with slashes
	Line    int    // of the input, for a note on the input; 0 for none
	Message string
}

// Counts are the sizes of an import, for the summary.
type Counts struct {
	Themes, Questions, SubQuestions, Practice, PracticeSub, Tips, LinkGroups, Links, Unplaced int
}

func count(f *model.Factsheet, unplaced int) Counts {
	c := Counts{Unplaced: unplaced}
	e := f.Editions[0]
	c.Themes = len(e.Themes)
	for _, t := range e.Themes {
		c.Questions += len(t.Questions)
		for _, q := range t.Questions {
			c.SubQuestions += len(q.Sub)
		}
		c.Practice += len(t.Practice)
		for _, p := range t.Practice {
			c.PracticeSub += len(p.Sub)
		}
	}
	if e.Closing != nil {
		c.Tips = len(e.Closing.Tips)
	}
	c.LinkGroups = len(e.LinkGroups)
	for _, g := range e.LinkGroups {
		c.Links += len(g.Links)
	}
	return c
}

// Summary is the one line that says what the import found.
func (r *Result) Summary() string {
	c := r.Counts
	return fmt.Sprintf("%s, %s (%s), %s, %s, %s; %s not placed",
		plural(c.Themes, "theme"), plural(c.Questions, "question"), plural(c.SubQuestions, "sub-question"),
		plural(c.Practice, "practice example"), plural(c.Tips, "tip"), plural(c.LinkGroups, "link group"),
		plural(c.Unplaced, "line"))
}

// Report writes every unplaced line as 'FILE:12: not placed: "..."', in
// the form editors jump to, then the notes on the input, then those on
// the files written into dir (on all files when nothing was written).
func (r *Result) Report(w io.Writer, dir string) {
	for _, u := range r.Unplaced {
		fmt.Fprintf(w, "%s:%d: not placed: %q\n", r.name, u.Line, u.Text)
	}
	for _, n := range r.Notes {
		switch {
		case n.File == "" && n.Line > 0:
			fmt.Fprintf(w, "%s:%d: note: %s\n", r.name, n.Line, n.Message)
		case n.File == "":
			fmt.Fprintf(w, "%s: note: %s\n", r.name, n.Message)
		}
	}
	for _, n := range r.Notes {
		if n.File != "" && (r.written == nil || slices.Contains(r.written, n.File)) {
			fmt.Fprintf(w, "%s: todo: %s\n", filepath.Join(dir, filepath.FromSlash(n.File)), n.Message)
		}
	}
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
