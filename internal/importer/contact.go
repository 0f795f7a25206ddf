package importer

import (
	"github.com/rodedraad/rodedraad/internal/message"
	"regexp"
)

// The project publishes no one's e-mail address or phone number: a news
// post that ends 'Bel of mail ons' with a name, an address and a mobile
// number must not put them on the site. A line with either is left out
// of the data and reported, whatever the shape of the text.
var (
	emailAddress = regexp.MustCompile(`[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+`)
	// phoneNumber is a Dutch number: '(06) 35 11 54 29', '06-12345678',
	// '+31 70 123 4567'. Dates ('24-05-2022') have too few digits.
	phoneNumber = regexp.MustCompile(`(?:\+31|\(0\d{1,3}\)|\b0\d{1,3})[\s-]*\d(?:[\s-]*\d){6,8}\b`)
)

func contactDetails(s string) bool { return emailAddress.MatchString(s) || phoneNumber.MatchString(s) }

// withoutContactDetails takes the lines with contact details out of the
// blocks; the rest of each block stays as it was.
func withoutContactDetails(bs []block) ([]block, []Unplaced, []Note) {
	var unplaced []Unplaced
	var notes []Note
	kept := dropLines(bs, func(l line) bool {
		if !contactDetails(l.raw) {
			return false
		}
		unplaced = append(unplaced, Unplaced{Line: l.num, Text: l.raw})
		notes = append(notes, Note{Line: l.num, Message: message.New(
			"%q has an e-mail address or phone number, which the site does not publish: it is left out; "+
				"if the line says more, add that in your own words without the contact details", l.raw)})
		return true
	})
	return kept, unplaced, notes
}

// dropLines takes the lines drop picks out of the blocks. A block that
// loses lines is joined again from the others; one that loses all goes.
func dropLines(bs []block, drop func(line) bool) []block {
	out := bs[:0:0]
	for _, b := range bs {
		var lines []line
		for _, l := range b.lines {
			if !drop(l) {
				lines = append(lines, l)
			}
		}
		switch {
		case len(lines) == len(b.lines):
			out = append(out, b)
		case len(lines) == 0:
		case b.kind == itemBlock && lines[0].num == b.lines[0].num:
			rest := paraOf(lines[1:])
			b.lines, b.text = lines, joinText(b.lines[0].text, rest.text)
			out = append(out, b)
		default:
			out = append(out, paraOf(lines))
		}
	}
	return out
}
