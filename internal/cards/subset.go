package cards

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"regexp"
	"strconv"
)

var (
	fpdfFontName = regexp.MustCompile(`/utf8([A-Za-z0-9]+)`)
	objectStart  = regexp.MustCompile(`(?m)^(\d+) 0 obj`)
)

// tagSubsets names the embedded fonts as PDF does for subsets, 'ABCDEF+Name'
// (fpdf embeds only the glyphs used, but names them 'utf8name'). Objects
// move, so the cross-reference table must be written anew (rewriteXref).
// The tag comes from the name and the file, so the same deck gets the
// same tags.
func tagSubsets(pdf []byte) []byte {
	sum := sha256.Sum256(pdf)
	pdf = fpdfFontName.ReplaceAllFunc(pdf, func(m []byte) []byte {
		name := m[len("/utf8"):]
		h := sha256.Sum256(append(sum[:], name...))
		tag := make([]byte, 6)
		for i := range tag {
			tag[i] = 'A' + h[i]%26
		}
		return []byte(fmt.Sprintf("/%s+%s", tag, name))
	})
	return pdf
}

// rewriteXref rebuilds the cross-reference table of a PDF whose objects
// have moved, as fpdf writes them: one 'N 0 obj' per line start, and one
// table at the end.
func rewriteXref(pdf []byte) []byte {
	at := bytes.LastIndex(pdf, []byte("\nxref\n"))
	trailer := bytes.LastIndex(pdf, []byte("\ntrailer\n"))
	if at < 0 || trailer < at {
		return pdf
	}
	body := pdf[:at+1]
	offsets := map[int]int{}
	highest := 0
	for _, m := range objectStart.FindAllSubmatchIndex(body, -1) {
		n, _ := strconv.Atoi(string(body[m[2]:m[3]]))
		offsets[n] = m[0]
		highest = max(highest, n)
	}
	var out bytes.Buffer
	out.Write(body)
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", highest+1)
	for n := 1; n <= highest; n++ {
		if off, ok := offsets[n]; ok {
			fmt.Fprintf(&out, "%010d 00000 n \n", off)
		} else {
			out.WriteString("0000000000 65535 f \n")
		}
	}
	rest := pdf[trailer+1:]
	end := bytes.LastIndex(rest, []byte("startxref"))
	out.Write(rest[:end])
	fmt.Fprintf(&out, "startxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes()
}
