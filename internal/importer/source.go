package importer

import (
	"fmt"

	"github.com/rodedraad/rodedraad/internal/docx"
	"github.com/rodedraad/rodedraad/internal/message"
)

// source is the input as reports and comments name places in it: lines
// of a text, as an editor numbers them, or paragraphs of a Word
// document, which has no lines of its own.
type source struct {
	name string
	// word is the Word document the text was read from; nil for a text.
	word *docx.Document
}

// readSource reads the bytes of an input: a Word document when it is a
// zip archive or an old Word file, a text otherwise.
func readSource(src []byte, name string) (input, source, error) {
	if !docx.Looks(src) {
		return readText(src), source{name: name}, nil
	}
	doc, err := docx.Read(src)
	if err != nil {
		return input{}, source{}, err
	}
	return input{text: doc.Markdown()}, source{name: name, word: doc}, nil
}

// place is what reports call line n of the text: the line, or the
// paragraph of a Word document that holds it.
func (s source) place(n int) int {
	if s.word == nil || n == 0 {
		return n
	}
	return s.word.ParagraphOfLine(n)
}

// at names place n in language l, as 'factsheet.txt:12' (the form
// editors jump to) or 'factsheet.docx, paragraph 6'.
func (s source) at(n int, l message.Language) string {
	if s.word != nil {
		return message.New("%s, paragraph %d", s.name, n).In(l)
	}
	return fmt.Sprintf("%s:%d", s.name, n)
}

// span names lines first to last of the text for the comment at the top
// of a file, in Dutch as the files are.
func (s source) span(first, last int) string {
	unit, units := "regel", "regels"
	if s.word != nil {
		unit, units = "alinea", "alinea's"
		first, last = s.place(first), s.place(last)
	}
	if first == last {
		return fmt.Sprintf(", %s %d", unit, first)
	}
	return fmt.Sprintf(", %s %d-%d", units, first, last)
}
