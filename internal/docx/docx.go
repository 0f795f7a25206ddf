// Package docx reads the text of a Word document (.docx) as Markdown,
// the form in which the importer reads a text export: headings with '#',
// list items with '-' or '1.' and their nesting, emphasis with '*' and
// '**', and links with their web addresses, which a text export loses.
//
// A .docx is a zip archive of XML parts. Only the parts that carry text
// and its meaning are read (the document, its styles, its numbering and
// its relations), each up to a limit, so that a crafted archive cannot
// make the reader unpack gigabytes or nest without end.
package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/rodedraad/rodedraad/internal/message"
)

// Document is the text of a Word document.
type Document struct {
	// Paragraphs are the document's paragraphs in reading order, each as
	// Markdown, with a line break in a paragraph as "\n"; an empty
	// paragraph is "".
	Paragraphs []string
	// ends are the first line of Markdown after each paragraph.
	ends []int
}

// Markdown is the document as a text export: the paragraphs with an
// empty line between them.
func (d *Document) Markdown() string {
	var b strings.Builder
	for _, p := range d.Paragraphs {
		b.WriteString(p)
		b.WriteString("\n\n")
	}
	return b.String()
}

// ParagraphOfLine is the paragraph, counted from 1, that line n (from
// 1) of Markdown belongs to; 0 for a line past the end.
func (d *Document) ParagraphOfLine(n int) int {
	if d.ends == nil {
		line := 1
		for _, p := range d.Paragraphs {
			line += strings.Count(p, "\n") + 2
			d.ends = append(d.ends, line)
		}
	}
	i, _ := slices.BinarySearchFunc(d.ends, n, func(end, n int) int {
		if end <= n {
			return -1
		}
		return 1
	})
	if i == len(d.ends) {
		return 0
	}
	return i + 1
}

// MaxPartSize is the most a part of the archive may unpack to. The
// document part of a long report is a few megabytes; more is a mistake
// or a zip bomb.
const MaxPartSize = 64 << 20

// maxDepth is the deepest the XML of a part may nest. Word nests a few
// dozen elements deep in tables within tables; thousands are an attack
// on the reader's stack.
const maxDepth = 512

// The mistakes a file can have, said to the author with what to do.
var (
	ErrOldWord = message.Errorf("this is a Word 97-2003 document (.doc), or a Word document with a password, which import cannot read: " +
		"open it in Word, take off the password if it has one, and save it as a Word document (.docx), or save it as text (.txt)")
	ErrNotDocx = message.Errorf("this is no Word document (.docx): a .docx file is a zip archive with the document in it; " +
		"open the file in Word and save it as a Word document (.docx), or save it as text (.txt)")
)

// Looks reports whether src starts as a zip archive or an old Word file
// (or one with a password, which Word keeps in the old file format) does, so that a document named anything is read as one.
func Looks(src []byte) bool {
	return bytes.HasPrefix(src, []byte("PK\x03\x04")) || bytes.HasPrefix(src, oldWordMagic)
}

var oldWordMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Read reads the text of a .docx file.
func Read(src []byte) (*Document, error) {
	if bytes.HasPrefix(src, oldWordMagic) {
		return nil, ErrOldWord
	}
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, ErrNotDocx
	}
	a := archive{zr}
	main, err := a.mainPart()
	if err != nil {
		return nil, err
	}
	body, err := a.part(main)
	if err != nil {
		return nil, err
	}
	if body == nil {
		return nil, ErrNotDocx
	}
	r := &reader{archive: a, mainPart: main}
	for _, read := range []func() error{r.readRelations, r.readStyles, r.readNumbering} {
		if err := read(); err != nil {
			return nil, err
		}
	}
	return r.readBody(body)
}

type archive struct{ zr *zip.Reader }

// part is the unpacked content of the part at name, or nil when the
// archive has none.
func (a archive) part(name string) ([]byte, error) {
	for _, f := range a.zr.File {
		if !strings.EqualFold(f.Name, name) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, unreadable(name, err)
		}
		defer rc.Close()
		data, err := io.ReadAll(io.LimitReader(rc, MaxPartSize+1))
		if err != nil {
			return nil, unreadable(name, err)
		}
		if len(data) > MaxPartSize {
			return nil, message.Errorf("%s in this document unpacks to more than %d MB, far more than the text of a publication: "+
				"save the document again in Word, without embedded files, or save it as text (.txt)", name, MaxPartSize>>20)
		}
		return data, nil
	}
	return nil, nil
}

func unreadable(name string, err error) error {
	return message.Errorf("%s in this document cannot be read (%s): the file is damaged; open it in Word and save it again", name, message.Verbatim(err.Error()))
}

// mainPart is the document part the package's relations name, as Word
// itself finds it: word/document.xml, as a rule.
func (a archive) mainPart() (string, error) {
	rels, err := a.part("_rels/.rels")
	if err != nil {
		return "", err
	}
	if rels != nil {
		targets, err := relations(rels, "_rels/.rels")
		if err != nil {
			return "", err
		}
		for _, t := range targets {
			if strings.HasSuffix(t.kind, "/officeDocument") && !t.external {
				return strings.TrimPrefix(path.Clean("/"+t.target), "/"), nil
			}
		}
	}
	return "word/document.xml", nil
}

// partNear is the part at target, relative to the folder of part.
func partNear(part, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Clean("/"+path.Join(path.Dir(part), target)), "/")
}

// relationsOf is where the relations of a part are kept.
func relationsOf(part string) string {
	return path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
}

func malformed(name string, err error) error {
	return message.Errorf("%s in this document is no well-formed XML (%s): the file is damaged; open it in Word and save it again",
		name, message.Verbatim(fmt.Sprint(err)))
}

var errTooDeep = errors.New("nested too deep")
