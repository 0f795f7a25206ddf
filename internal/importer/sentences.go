package importer

import (
	"strings"
	"unicode"
)

// The prose of a workshop summary carries its quotes, questions and
// suggestions inside its paragraphs, so they are read sentence by
// sentence. A quotation is never split, even when it holds several
// sentences of its own.

// opensQuote reports a double quote that opens a quotation: a curled
// one, or a straight one at the start of a word.
func opensQuote(rs []rune, i int) bool {
	switch rs[i] {
	case '“', '„', '«':
		return true
	case '"':
		return i == 0 || unicode.IsSpace(rs[i-1]) || strings.ContainsRune("([", rs[i-1])
	}
	return false
}

func closesQuote(r rune) bool { return r == '”' || r == '"' || r == '»' }

// sentences splits prose into sentences: after '.', '?' or '!', or after
// a quotation that ends with one, where the next sentence starts with a
// capital or a quotation.
func sentences(s string) []string {
	rs := []rune(s)
	var out []string
	start, inQuote := 0, false
	for i, r := range rs {
		switch {
		case !inQuote && opensQuote(rs, i):
			inQuote = true
			continue
		case inQuote && closesQuote(r):
			inQuote = false
		case inQuote:
			continue
		}
		ends := strings.ContainsRune(".?!", r) || (closesQuote(r) && i > 0 && strings.ContainsRune(".?!", rs[i-1]))
		if ends && i+2 < len(rs) && unicode.IsSpace(rs[i+1]) && startsSentence(rs, i+2) {
			out = append(out, strings.TrimSpace(string(rs[start:i+1])))
			start = i + 2
		}
	}
	if rest := strings.TrimSpace(string(rs[start:])); rest != "" {
		out = append(out, rest)
	}
	return out
}

func startsSentence(rs []rune, i int) bool {
	return unicode.IsUpper(rs[i]) || unicode.IsDigit(rs[i]) || opensQuote(rs, i)
}

// minQuoteWords is the length from which quoted words are a quotation: a
// shorter one, as “arbeidsfitheid”, marks a term.
const minQuoteWords = 4

// quotation finds the quotation in a sentence: the words between double
// quotes, and the words around them, as in 'Tot slot merkte een deelnemer
// op dat je “...”.', without the punctuation that only closes the sentence.
func quotation(s string) (quoted, around string, ok bool) {
	rs := []rune(s)
	for i := range rs {
		if !opensQuote(rs, i) {
			continue
		}
		for j := i + 1; j < len(rs); j++ {
			if !closesQuote(rs[j]) {
				continue
			}
			quoted = strings.TrimSpace(string(rs[i+1 : j]))
			if len(strings.Fields(quoted)) < minQuoteWords {
				break
			}
			around = strings.TrimSpace(string(rs[:i]) + " " + strings.TrimLeft(string(rs[j+1:]), ".?!,; "))
			return balanceQuotes(quoted), collapse(around), true
		}
	}
	return "", "", false
}

// balanceQuotes closes a single quote the export opened inside a quotation
// and lost, as in “... voor een 'normaliseerambassadeur”.
func balanceQuotes(s string) string {
	if strings.Count(s, "'")%2 == 1 && strings.LastIndex(s, " '") >= 0 && !strings.HasSuffix(s, "'") {
		return s + "'"
	}
	return s
}
