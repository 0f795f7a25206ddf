// Package diagnose shows problems in the data the way a terminal user
// reads them best: the message, then the offending lines of the file with
// the spot marked, in colour when the output is a terminal.
package diagnose

import (
	"bytes"
	"fmt"
	"github.com/rodedraad/rodedraad/internal/message"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/formatters"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/mattn/go-isatty"

	"github.com/rodedraad/rodedraad/internal/load"
)

// contextLines is how many lines are shown before the offending one.
const contextLines = 2

// Printer writes diagnostics. With Snippets it shows the lines around
// each problem; with Colour it highlights them as TOML, or as Markdown for
// a page of content/.
type Printer struct {
	Snippets bool
	Colour   bool
	Language message.Language
	files    map[string][]string // lines of each file read so far
}

// ForTerminal returns the printer suited to w: snippets in colour for a
// terminal, one plain line per problem otherwise, so that logs, editors
// and tools that parse 'file:line:col: message' get just that. NO_COLOR
// turns colour off.
func ForTerminal(w io.Writer, l message.Language) *Printer {
	f, ok := w.(*os.File)
	tty := ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
	return &Printer{Snippets: tty, Colour: tty && os.Getenv("NO_COLOR") == "", Language: l}
}

// Print writes one diagnostic.
func (p *Printer) Print(w io.Writer, d load.Diagnostic) {
	if !p.Snippets || d.Line == 0 {
		fmt.Fprintln(w, p.paint(d.In(p.Language), headerColour(d)))
		return
	}
	lines := p.lines(d.File)
	if d.Line > len(lines) {
		fmt.Fprintln(w, p.paint(d.In(p.Language), headerColour(d)))
		return
	}
	fmt.Fprintln(w, p.paint(d.In(p.Language), headerColour(d)))
	first := max(1, d.Line-contextLines)
	width := len(fmt.Sprint(d.Line))
	shown := p.highlight(d.File, strings.ReplaceAll(strings.Join(lines[first-1:d.Line], "\n"), "\t", tab))
	for i, line := range shown {
		n := first + i
		gutter := fmt.Sprintf("%*d │ ", width, n)
		if n == d.Line {
			gutter = p.paint(gutter, bold)
		} else {
			gutter = p.paint(gutter, dim)
		}
		fmt.Fprintln(w, "  "+gutter+line)
	}
	col := max(1, d.Col)
	caret := strings.Repeat(" ", width) + " │ " + strings.Repeat(" ", displayWidth(lines[d.Line-1], col-1)) + "^"
	fmt.Fprintln(w, "  "+p.paint(caret, headerColour(d)))
	fmt.Fprintln(w)
}

// lines returns the lines of a file, read once.
func (p *Printer) lines(name string) []string {
	if p.files == nil {
		p.files = map[string][]string{}
	}
	if l, ok := p.files[name]; ok {
		return l
	}
	data, err := os.ReadFile(name)
	var l []string
	if err == nil {
		l = strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	}
	p.files[name] = l
	return l
}

// highlight returns the lines of an excerpt of the file name, highlighted
// when the printer uses colour.
func (p *Printer) highlight(name, text string) []string {
	if !p.Colour {
		return strings.Split(text, "\n")
	}
	lexer := lexers.Get("toml")
	if filepath.Ext(name) == ".md" {
		lexer = lexers.Get("markdown")
	}
	if lexer == nil {
		return strings.Split(text, "\n")
	}
	it, err := chroma.Coalesce(lexer).Tokenise(nil, text)
	if err != nil {
		return strings.Split(text, "\n")
	}
	var b bytes.Buffer
	if err := formatters.TTY16.Format(&b, terminalStyle, it); err != nil {
		return strings.Split(text, "\n")
	}
	return strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
}

// tab is how a tab in the data is shown: as spaces, so that the caret
// lines up whatever the terminal's tab stops.
const tab = "    "

// displayWidth is how many columns the first n characters of a line take
// once its tabs are spaces, so that the caret stands under the spot.
func displayWidth(line string, n int) int {
	w := 0
	for _, r := range line {
		if n == 0 {
			break
		}
		n--
		if r == '\t' {
			w += len(tab)
		} else {
			w++
		}
	}
	return w
}

// terminalStyle colours keys, strings, numbers and comments with the
// terminal's own palette and leaves plain text alone, so that it reads on
// light and dark backgrounds alike.
var terminalStyle = chroma.MustNewStyle("rodedraad-terminal", chroma.StyleEntries{
	chroma.Keyword:       "#0000aa",
	chroma.NameTag:       "#0000aa",
	chroma.Name:          "#0000aa",
	chroma.LiteralString: "#00aa00",
	chroma.LiteralNumber: "#aa00aa",
	chroma.LiteralDate:   "#aa00aa",
	chroma.Comment:       "#555555",
})

const (
	red    = "\x1b[1;31m"
	yellow = "\x1b[1;33m"
	bold   = "\x1b[1m"
	dim    = "\x1b[2m"
	reset  = "\x1b[0m"
)

func headerColour(d load.Diagnostic) string {
	if d.Severity == load.Warning {
		return yellow
	}
	return red
}

func (p *Printer) paint(s, colour string) string {
	if !p.Colour {
		return s
	}
	return colour + s + reset
}
