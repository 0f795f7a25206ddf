package importer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rodedraad/rodedraad/internal/model"
)

// unquote takes off quotes around a whole text, as in a publication
// title written "'Lessen uit de praktijk'". A quote on one side only is
// left as the source has it.
func unquote(s string) string {
	for _, pair := range []string{`''`, `""`, "‘’", "“”", "„”", "‚’", "«»", "’’", "””"} {
		left, right := string([]rune(pair)[0]), string([]rune(pair)[1])
		if len(s) > len(left)+len(right) && strings.HasPrefix(s, left) && strings.HasSuffix(s, right) {
			return strings.TrimSpace(s[len(left) : len(s)-len(right)])
		}
	}
	return s
}

// headingLike reports a short line that reads as a title rather than a
// sentence: it starts with a capital or digit and does not end like a
// sentence does.
func headingLike(s string, maxRunes int) bool {
	n := utf8.RuneCountInString(s)
	if n == 0 || n > maxRunes || strings.ContainsAny(lastRune(s), ".,;") {
		return false
	}
	for _, r := range strings.TrimLeft(s, quotes+"*_([ ") {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	return string(r)
}

// startsLower reports a line that starts with a lowercase letter: in a
// title or heading, the rest of a sentence broken over two lines.
func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}

// mdLink is a Markdown link; its text may hold escaped brackets.
var mdLink = regexp.MustCompile(`\[((?:[^\[\]\\]|\\.)*)\]\(([^()\s]*)\)`)

// placeholderLink is a link the export left without address, such as
// '[Ketenbreed Leren](#)' for a button of an interactive PDF.
var placeholderLink = regexp.MustCompile(`\[((?:[^\[\]\\]|\\.)*)\]\(#?\)`)

// cleanText keeps the text of links without an address: on the site they
// would lead nowhere.
func cleanText(s string) (string, bool) {
	out := placeholderLink.ReplaceAllString(s, "$1")
	return out, out != s
}

// mdEscape matches Markdown's backslash escapes, as in '\(h\)erkennen'.
var mdEscape = regexp.MustCompile(`\\([\\\x60*_{}\[\]()#+\-.!|'"])`)

var bareURL = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>()"\[\]]+`)

// webAddress turns an address as texts write it ('www.awtjf.nl') into
// one the site can link to, or "" when it is none.
func webAddress(s string) string {
	s = strings.TrimRight(s, ".,;:!?'’)")
	lower := strings.ToLower(s)
	switch {
	case strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://"):
		// The scheme in lowercase, as the site's check asks ('HTTPS://' in a Word export).
		if scheme, host, _ := strings.Cut(s, "://"); host != "" {
			return strings.ToLower(scheme) + "://" + host
		}
	case strings.HasPrefix(lower, "www.") && len(s) > len("www.x."):
		return "https://" + s
	}
	return ""
}

// parseLink reads a publication from a 'Meer weten?' list: a Markdown
// link or a title with a bare address, and what the text says after it.
// An address that is no web address, such as '/verslag' or 'www.b' of a
// cut-off line, is returned in lost, for the report: the site can only
// link to web addresses.
func parseLink(s string) (link model.Link, lost string, ok bool) {
	if m := mdLink.FindStringSubmatchIndex(s); m != nil {
		link.Title = mdEscape.ReplaceAllString(s[m[2]:m[3]], "$1")
		target := s[m[4]:m[5]]
		link.URL = webAddress(target)
		if link.URL == "" && target != "" && target != "#" {
			lost = target
		}
		link.Note = model.Inline(noteText(s[:m[0]] + " " + s[m[1]:]))
	} else if m := bareURL.FindStringIndex(s); m != nil {
		address := s[m[0]:m[1]]
		link.URL = webAddress(address)
		if link.URL == "" {
			lost = address
		}
		link.Title = strings.TrimRight(strings.TrimSpace(s[:m[0]]), ":–- ")
		link.Note = model.Inline(noteText(s[m[1]:]))
		if link.Title == "" {
			link.Title, link.Note = string(link.Note), ""
		}
		if link.Title == "" {
			link.Title = link.URL
		}
	} else {
		link.Title = s
	}
	link.Title = unquote(headingTitle(collapse(link.Title)))
	if note, _ := cleanText(string(link.Note)); note != string(link.Note) {
		link.Note = model.Inline(note)
	}
	return link, lost, strings.TrimSpace(link.Title) != ""
}

// noteText is what stands next to a link, without the punctuation that
// joined it to the link.
func noteText(s string) string {
	return strings.TrimSpace(strings.TrimLeft(collapse(s), ":;,–—- "))
}

// listSeparator splits a line of names: 'Anja Holwerda, Alona Labun' or
// 'A en B'.
var listSeparator = regexp.MustCompile(`\s*(?:[,;&]|\sen\s)\s*`)

func names(s string) []string {
	var out []string
	for _, n := range listSeparator.Split(s, -1) {
		if n = strings.Trim(n, " .*_"); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// madeBy is the colophon's sentence naming the publisher, as in 'Deze
// publicatie is opgesteld door de Kenniswerkplaats Jeugd Friesland
// www.awtjf.nl', or of the site that publishes a post: 'Dit platform is
// een initiatief van ...'. Nothing but such a lead-in may stand before it: the
// publisher's name is all the importer keeps of the sentence.
var madeBy = regexp.MustCompile(`(?i)^(?:(?:deze|dit)\s+\S+\s+(?:is|wordt|werd)\s+)?(?:(?:opgesteld|gemaakt|uitgegeven|samengesteld|geschreven|ontwikkeld|ontwikkelt)\s+(?:door|bij)|een\s+initiatief\s+van)\s+(?:de\s+|het\s+)?(.+)$`)

// publisherOf reads the organisation a sentence such as madeBy names. An
// address that is no web address, such as 'www.b' of a cut-off line, is
// returned in lost, for the report: it is no part of the name either.
func publisherOf(s string) (org model.Organisation, lost string, ok bool) {
	m := madeBy.FindStringSubmatch(s)
	if m == nil {
		return model.Organisation{}, "", false
	}
	rest := m[1]
	if u := bareURL.FindString(rest); u != "" {
		org.URL = webAddress(u)
		if org.URL == "" {
			lost = u
		}
		rest = strings.Replace(rest, u, " ", 1)
	}
	org.Name = strings.Trim(collapse(rest), " .,;:*_")
	return org, lost, org.Name != ""
}

// yearRange finds the years an edition covers, as in '(2021 - 2024)'.
var yearRange = regexp.MustCompile(`\b((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)\b`)
