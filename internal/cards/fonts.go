package cards

import _ "embed"

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

const family = "lato"

// faces are the font files by style.
var faces = map[style][]byte{regular: latoRegular, italic: latoItalic, bold: latoBold, boldItalic: latoBoldItalic}

// fpdfStyles are the faces by fpdf's style letters.
var fpdfStyles = map[style]string{regular: "", italic: "I", bold: "B", boldItalic: "BI"}
