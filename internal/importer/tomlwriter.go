package importer

import (
	"fmt"
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
	fmt.Fprintf(&w.b, "%s = %s", key, quote(value))
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
	fmt.Fprintf(&w.b, "%s = %s\n", key, quoteMultiline(value))
}

// strs writes an array of strings, one per line once there is more than
// one, so that a diff shows which one changed.
func (w *tomlWriter) strs(key string, values []string) {
	switch len(values) {
	case 0:
		return
	case 1:
		fmt.Fprintf(&w.b, "%s = [%s]\n", key, quote(values[0]))
		return
	}
	fmt.Fprintf(&w.b, "%s = [\n", key)
	for _, v := range values {
		fmt.Fprintf(&w.b, "  %s,\n", quote(v))
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

// quote writes a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			writeRune(&b, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// quoteMultiline writes a TOML multi-line basic string, as the Markdown
// fields of the hand-made files are. A quote is escaped only where it
// would otherwise help close the string, so quotes in the text stay
// readable.
func quoteMultiline(s string) string {
	var b strings.Builder
	b.WriteString("\"\"\"\n")
	runes := []rune(s)
	for i, r := range runes {
		switch {
		case r == '"' && (i+1 == len(runes) || runes[i+1] == '"'):
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\r':
			b.WriteString(`\r`)
		default:
			writeRune(&b, r)
		}
	}
	b.WriteString("\n\"\"\"")
	return b.String()
}

// writeRune writes a rune, escaping the control characters TOML does not
// allow in strings.
func writeRune(b *strings.Builder, r rune) {
	if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
		fmt.Fprintf(b, `\u%04X`, r)
		return
	}
	b.WriteRune(r)
}
