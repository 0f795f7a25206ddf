package importer

import (
	"fmt"
	"github.com/rodedraad/rodedraad/internal/message"
	"io"
	"path/filepath"
	"slices"

	"github.com/rodedraad/rodedraad/internal/model"
)

// Unplaced is a non-empty line of the input that the importer could not
// place anywhere in the factsheet.
type Unplaced struct {
	Line int    // of the text, or the paragraph of a Word document
	Text string // the line, trimmed
}

// Note is something to check or complete in a written file, or in the
// input when File is empty.
type Note struct {
	File    string // path in the project, with slashes
	Line    int    // of the input, for a note on the input; 0 for none
	Message message.Text
}

// Counts are the sizes of an import, for the summary.
type Counts struct {
	Themes, Questions, SubQuestions, Practice, PracticeSub, Tips, LinkGroups, Links, Unplaced int
	// Of the parts that are no theme, and of the reports.
	Sections, Lists, Levels, Steps, KeyFigures, Quotes int
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
	c.Sections, c.KeyFigures, c.Quotes = len(e.Sections), len(e.KeyFigures), len(e.Quotes)
	for _, t := range e.Themes {
		c.Tips += len(t.Tips)
		c.Quotes += len(t.Quotes)
	}
	for _, s := range e.Sections {
		c.Lists += len(s.Lists)
		c.Levels += len(s.Levels)
		c.Quotes += len(s.Quotes)
		for _, steps := range s.StepLists() {
			c.Steps += len(steps)
			for _, st := range steps {
				c.Questions += len(st.Questions)
			}
		}
	}
	c.LinkGroups = len(e.LinkGroups)
	for _, g := range e.LinkGroups {
		c.Links += len(g.Links)
	}
	return c
}

// Summary is the one line that says what the import found.
func (r *Result) Summary() message.Text {
	c := r.Counts
	unplaced := message.Plural(c.Unplaced, "%d line not placed", "%d lines not placed")
	if r.source.word != nil {
		unplaced = message.Plural(c.Unplaced, "%d paragraph not placed", "%d paragraphs not placed")
	}
	return message.New("%s, %s (%s), %s, %s, %s%s; %s",
		message.Plural(c.Themes, "%d theme", "%d themes"), message.Plural(c.Questions, "%d question", "%d questions"),
		message.Plural(c.SubQuestions, "%d sub-question", "%d sub-questions"),
		message.Plural(c.Practice, "%d practice example", "%d practice examples"), message.Plural(c.Tips, "%d tip", "%d tips"),
		message.Plural(c.LinkGroups, "%d link group", "%d link groups"), summaryOfSections(c), unplaced)
}

// Report writes every unplaced line as 'FILE:12: not placed: "..."', in
// the form editors jump to, then the notes on the input, then those on
// the files written into dir (on all files when nothing was written), in
// language l. Of messages alike (the same line text, or the same note on
// other lines or files) the first few are written, then how many more
// there are: a text of 16,000 empty themes would otherwise print 6 MB of
// the same.
func (r *Result) Report(w io.Writer, dir string, l message.Language) {
	unplaced := newRepeats(w, r.source.name, l)
	for _, u := range r.Unplaced {
		unplaced.write(r.source.at(u.Line, l), message.New("not placed: %q", u.Text).In(l))
	}
	unplaced.flush()
	input := newRepeats(w, r.source.name, l)
	for _, n := range r.Notes {
		switch {
		case n.File == "" && n.Line > 0:
			input.write(r.source.at(n.Line, l), message.New("note: %s", n.Message).In(l))
		case n.File == "":
			input.write(r.source.name, message.New("note: %s", n.Message).In(l))
		}
	}
	input.flush()
	files := newRepeats(w, filepath.Join(dir, "data"), l)
	for _, n := range r.Notes {
		if n.File != "" && (r.written == nil || slices.Contains(r.written, n.File)) {
			files.write(filepath.Join(dir, filepath.FromSlash(n.File)), message.New("todo: %s", n.Message).In(l))
		}
	}
	files.flush()
}

// shownAlike is how many messages alike a report writes in full.
const shownAlike = 3

// repeats writes messages as 'WHERE: MESSAGE', the first shownAlike of
// each message, and then how many of each it left out.
type repeats struct {
	w     io.Writer
	where string // for the count of those left out
	seen  map[string]int
	order []string // messages in the order first seen
	lang  message.Language
}

func newRepeats(w io.Writer, where string, l message.Language) *repeats {
	return &repeats{w: w, where: where, seen: map[string]int{}, lang: l}
}

func (rs *repeats) write(where, msg string) {
	if rs.seen[msg] == 0 {
		rs.order = append(rs.order, msg)
	}
	rs.seen[msg]++
	if rs.seen[msg] <= shownAlike {
		fmt.Fprintf(rs.w, "%s: %s\n", where, msg)
	}
}

func (rs *repeats) flush() {
	for _, msg := range rs.order {
		if more := rs.seen[msg] - shownAlike; more > 0 {
			fmt.Fprintf(rs.w, "%s: %s\n", rs.where, message.New("%d more like this: %s", more, msg).In(rs.lang))
		}
	}
}
