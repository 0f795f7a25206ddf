package cards

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

// Faces are the four faces of Lato by style, parsed once per process and
// shared by every PDF it makes.
var Faces = sync.OnceValue(func() [4]*pdf.Font {
	var faces [4]*pdf.Font
	for st, data := range [4][]byte{regular: latoRegular, italic: latoItalic, bold: latoBold, boldItalic: latoBoldItalic} {
		f, err := pdf.ParseFont(data)
		if err != nil {
			panic("cards: embedded font: " + err.Error()) // the files are part of the program
		}
		faces[st] = f
	}
	return faces
})
