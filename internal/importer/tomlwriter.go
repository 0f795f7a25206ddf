package importer

import (
	"fmt"
	"github.com/rodedraad/rodedraad/internal/tomltext"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// tomlWriter writes a data file by hand rather than by marshalling, for
// what people who edit the files next need: comments at the top and next
// to placeholders, Markdown in multi-line strings, keys in the order of
// the hand-made files.
type tomlWriter struct {
	b strings.Builder
}

func (w *tomlWriter) String() string { return w.b.String() }

// comment writes text as comment lines; a comment ends at the line end
// and holds no control characters, so both are taken out.
func (w *tomlWriter) comment(text string) {
	for l := range strings.SplitSeq(text, "\n") {
		w.b.WriteString(strings.TrimRight("# "+commentSafe(l), " ") + "\n")
	}
}

func commentSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\t' {
			return ' '
		}
		return r
	}, s)
}

// str writes key = "value", with a TODO comment after it when todo is
// set. An empty value is left out: the model reads it as absent.
func (w *tomlWriter) str(key, value, todo string) {
	if value == "" {
		return
	}
	fmt.Fprintf(&w.b, "%s = %s", key, tomltext.Quote(value))
	if todo != "" {
		w.b.WriteString(" # TODO: " + commentSafe(todo))
	}
	w.b.WriteString("\n")
}

// markdown writes a Markdown text as a multi-line string, as in the
// hand-made files.
func (w *tomlWriter) markdown(key, value string) {
	if value == "" {
		return
	}
	fmt.Fprintf(&w.b, "%s = %s\n", key, tomltext.QuoteMultiline(value))
}

// strs writes an array of strings, one per line once there is more than
// one, so that a diff shows which one changed.
func (w *tomlWriter) strs(key string, values []string) {
	switch len(values) {
	case 0:
		return
	case 1:
		fmt.Fprintf(&w.b, "%s = [%s]\n", key, tomltext.Quote(values[0]))
		return
	}
	fmt.Fprintf(&w.b, "%s = [\n", key)
	for _, v := range values {
		fmt.Fprintf(&w.b, "  %s,\n", tomltext.Quote(v))
	}
	w.b.WriteString("]\n")
}

// number writes a number as TOML has it: '87', '1.5'.
func (w *tomlWriter) number(key string, v float64) {
	fmt.Fprintf(&w.b, "%s = %s\n", key, strconv.FormatFloat(v, 'f', -1, 64))
}

// date writes a day as a TOML local date; a zero one is left out.
func (w *tomlWriter) date(key string, d time.Time) {
	if !d.IsZero() {
		fmt.Fprintf(&w.b, "%s = %s\n", key, d.Format("2006-01-02"))
	}
}

func (w *tomlWriter) boolean(key string, v bool) {
	if v {
		fmt.Fprintf(&w.b, "%s = true\n", key)
	}
}

// table starts a table or an array of tables, such as "[closing]" or
// "[[questions]]", after an empty line.
func (w *tomlWriter) table(header string) {
	w.b.WriteString("\n" + header + "\n")
}
