// Package tomltext writes strings as TOML text, readable as people write
// them, for the tools that write data files: import, and the editor of
// serve.
package tomltext

import (
	"fmt"
	"strings"
)

// Quote writes s as a TOML basic string.
func Quote(s string) string {
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

// QuoteMultiline writes s as a TOML multi-line basic string, as the
// Markdown fields of the hand-made files are. A quote is escaped only where it
// would otherwise help close the string, so quotes in the text stay
// readable.
func QuoteMultiline(s string) string {
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
