package typeset

import (
	_ "embed"
	"sync"

	"github.com/rodedraad/rodedraad/internal/pdf"
)

// The four faces of Lato 2.007 (SIL Open Font License 1.1, see
// fonts/OFL.txt), embedded so that decks look the same on every machine.
var (
	//go:embed fonts/Lato-Regular.ttf
	latoRegular []byte
	//go:embed fonts/Lato-Italic.ttf
	latoItalic []byte
	//go:embed fonts/Lato-Bold.ttf
	latoBold []byte
	//go:embed fonts/Lato-BoldItalic.ttf
	latoBoldItalic []byte
)

// Files are Lato's font files by style: what the PDFs embed, and what a
// benchmark gives a browser to print the same text with.
var Files = [4][]byte{Regular: latoRegular, Italic: latoItalic, Bold: latoBold, BoldItalic: latoBoldItalic}

// Faces are the four faces of Lato by style, parsed once per process and
// shared by every PDF it makes.
type Faces [4]*pdf.Font

// Lato is the font of rodedraad's PDFs.
var Lato = sync.OnceValue(func() Faces {
	var faces Faces
	for st, data := range Files {
		f, err := pdf.ParseFont(data)
		if err != nil {
			panic("typeset: embedded font: " + err.Error()) // the files are part of the program
		}
		faces[st] = f
	}
	return faces
})

// Width measures text in mm: Faces is a Measurer.
func (f Faces) Width(text string, st Style, size float64) float64 {
	return f[st].Width(text, size) * PtToMM
}

// RuneWidth measures one character in mm, without making a string of it.
func (f Faces) RuneWidth(r rune, st Style, size float64) float64 {
	return f[st].RuneWidth(r, size) * PtToMM
}
