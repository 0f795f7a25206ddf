package hyphen

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/rodedraad/rodedraad/internal/fuzzbudget"
)

// dutchCases pin what the patterns give, each reviewed by hand as Dutch
// hyphenation; "|" marks a break. Compound boundaries (hulp|verlening,
// deskundigheids|bevordering) must be among the breaks.
var dutchCases = []struct{ word, want string }{
	{"hulpverleningsgeschiedenis", "hulp|ver|le|nings|ge|schie|de|nis"},
	{"deskundigheidsbevordering", "des|kun|dig|heids|be|vor|de|ring"},
	{"jeugdhulp", "jeugd|hulp"},
	{"jeugdzorg", "jeugd|zorg"},
	{"gezinssysteem", "ge|zins|sys|teem"},
	{"samenwerking", "sa|men|wer|king"},
	{"ervaringsdeskundige", "er|va|rings|des|kun|di|ge"},
	{"ondersteuningsstructuur", "on|der|steu|nings|struc|tuur"},
	{"competentieontwikkeling", "com|pe|ten|tie|ont|wik|ke|ling"},
	{"interdisciplinaire", "in|ter|dis|ci|pli|nai|re"},
	{"hulpverlener", "hulp|ver|le|ner"},
	{"intervisie", "in|ter|vi|sie"},
	{"kinderen", "kin|de|ren"},
	{"veiligheid", "vei|lig|heid"},
	{"vertrouwen", "ver|trou|wen"},
	{"ouders", "ou|ders"},

	// Diaeresis and accents are letters, and a break may come before them.
	{"geïnteresseerd", "ge|ïn|te|res|seerd"},
	{"financiële", "fi|nan|ci|ë|le"},
	{"coördinatie", "co|ör|di|na|tie"},
	{"cliënten", "cli|ën|ten"},
	{"ideeën", "idee|ën"}, // not i|dee: two letters before the first break
	{"café", "ca|fé"},

	// ij is one letter.
	{"bijvoorbeeld", "bij|voor|beeld"},
	{"vrijwillig", "vrij|wil|lig"},
	{"IJsselmeer", "IJs|sel|meer"},
	// The patterns give voog-di-j-over-heid; the ij rule removes di|j.
	{"voogdijoverheid", "voog|dij|over|heid"},
	// The cost of the ij rule: in the French loan the patterns rightly
	// give bi-jou, and it is dropped.
	{"bijou", "bijou"},

	// Capitals hyphenate as lowercase and keep their case.
	{"Reflectievragen", "Re|flec|tie|vra|gen"},
	{"Geïnteresseerd", "Ge|ïn|te|res|seerd"},
	{"HULPVERLENINGSGESCHIEDENIS", "HULP|VER|LE|NINGS|GE|SCHIE|DE|NIS"},

	// Punctuation inside words.
	{"collega's", "col|le|ga's"}, // no break at the apostrophe
	{"zo'n", "zo'n"},
	{"ouder-kindrelatie", "ou|der-|kind|re|la|tie"}, // the hyphen is a break
	{"'s-Hertogenbosch", "'s-|Her|to|gen|bosch"},
	{"e-mail", "e-|mail"},

	// Short words.
	{"de", "de"},
	{"kind", "kind"},
	{"", ""},
}

func TestDutch(t *testing.T) {
	h := Dutch()
	for _, c := range dutchCases {
		got := strings.Join(h.Hyphenate(c.word), "|")
		if got != c.want {
			t.Errorf("Hyphenate(%q) = %s, want %s", c.word, got, c.want)
		}
	}
}

func TestPointsAreRuneOffsets(t *testing.T) {
	h := Dutch()
	for _, c := range []struct {
		word string
		want []int
	}{
		{"geïnteresseerd", []int{2, 4, 6, 9}},
		{"financiële", []int{2, 5, 7, 8}},
		{"ouder-kindrelatie", []int{2, 6, 10, 12, 14}},
		{"collega's", []int{3, 5}},
		{"kind", nil},
	} {
		if got := h.Points(c.word); !slices.Equal(got, c.want) {
			t.Errorf("Points(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}

func TestCaseInsensitive(t *testing.T) {
	h := Dutch()
	for _, c := range dutchCases {
		lower := h.Points(strings.ToLower(c.word))
		for _, w := range []string{strings.ToUpper(c.word), title(c.word)} {
			if utf8.RuneCountInString(w) != utf8.RuneCountInString(c.word) {
				continue
			}
			if got := h.Points(w); !slices.Equal(got, lower) {
				t.Errorf("Points(%q) = %v, but %v in lowercase", w, got, lower)
			}
		}
	}
}

func title(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
	}
	return s
}

func TestLongWord(t *testing.T) {
	// Longer than the stack buffers, so the scratch space is allocated.
	h := Dutch()
	word := strings.Repeat("hulpverleningsgeschiedenis", 4)
	got := h.Points(word)
	var want []int
	for i := range 4 {
		if i > 0 {
			want = append(want, 26*i)
		}
		for _, p := range []int{4, 7, 9, 14, 16, 21, 23} {
			want = append(want, 26*i+p)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("Points(%q) =\n%v, want\n%v", word, got, want)
	}
}

func TestPointsAllocatesOnlyResult(t *testing.T) {
	h := Dutch()
	allocs := testing.AllocsPerRun(100, func() { h.Points("hulpverleningsgeschiedenis") })
	if allocs > 1 {
		t.Errorf("Points allocates %v times, want 1 (the result)", allocs)
	}
	allocs = testing.AllocsPerRun(100, func() { h.Points("kind") })
	if allocs > 0 {
		t.Errorf("Points without breaks allocates %v times, want 0", allocs)
	}
}

// The TeXbook's example patterns for "hyphenation" (appendix H), with a
// diaeresis in ISO-8859-1 and the keyword lines the .dic format allows.
const latinDic = "ISO8859-1\n" +
	"% comment\n" +
	"\n" +
	"LEFTHYPHENMIN 1\n" +
	"RIGHTHYPHENMIN 2\n" +
	"NOHYPHEN -,'\n" +
	"COMPOUNDLEFTHYPHENMIN 2\n" +
	"hy3ph he2n hena4 hen5at\n" +
	"1na n2at 1tio 2io o2n\n" +
	"# another comment\n" +
	"NEXTLEVEL\n" +
	"e1\xeb  % e|ë\n" +
	"c1k/k=k,1,2\n"

func TestParse(t *testing.T) {
	h, err := Parse(strings.NewReader(latinDic))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ word, want string }{
		{"hyphenation", "hy|phen|ation"},
		{"HYPHENATION", "HY|PHEN|ATION"},
		{"ideeën", "idee|ën"},
		{"reëel", "re|ëel"},
		{"cocktail", "coc|ktail"},
		{"ton", "ton"},
	} {
		if got := strings.Join(h.Hyphenate(c.word), "|"); got != c.want {
			t.Errorf("Hyphenate(%q) = %s, want %s", c.word, got, c.want)
		}
	}
	if h.leftMin != 1 || h.rightMin != 2 {
		t.Errorf("minimums %d, %d; want 1, 2 from the file", h.leftMin, h.rightMin)
	}
}

func TestParseErrors(t *testing.T) {
	for _, dic := range []string{
		"",
		"\n% only a comment\n",
		"KOI8-R\nab1c\n",
		"UTF-8\n12\n",
		"UTF-8\na12b\n",
		"UTF-8\na1\xebb\n",
		"UTF-8\nLEFTHYPHENMIN two\n",
		"UTF-8\nRIGHTHYPHENMIN\n",
	} {
		if _, err := Parse(strings.NewReader(dic)); err == nil {
			t.Errorf("Parse(%q) succeeded, want an error", dic)
		}
	}
}

func TestEmbeddedIsUTF8(t *testing.T) {
	first, _, _ := strings.Cut(dutchPatterns, "\n")
	if first != "UTF-8" || !utf8.ValidString(dutchPatterns) {
		t.Errorf("embedded patterns: first line %q, valid UTF-8 %v", first, utf8.ValidString(dutchPatterns))
	}
	if n := strings.Count(dutchPatterns, "\n"); n < 16000 {
		t.Errorf("embedded patterns have %d lines, want the full set", n)
	}
}

func FuzzPoints(f *testing.F) {
	for _, c := range dutchCases {
		f.Add(c.word)
	}
	for _, s := range []string{"-", "a-b", "---", "ab--cd", "COVID-19", "e\u0308ender", "ĳsbeer", "\xff\xfeabcd", "x’s-abc", "00-\u0303", strings.Repeat("ij", 50)} {
		f.Add(s)
	}
	h := Dutch()
	f.Fuzz(func(t *testing.T, word string) {
		defer fuzzbudget.Start(t, fuzzbudget.PerInput)()
		pts := h.Points(word)
		if got := strings.Join(h.Hyphenate(word), ""); got != word {
			t.Fatalf("Hyphenate(%q) joins to %q", word, got)
		}
		rs := []rune(word)
		if len(rs) < 4 && pts != nil {
			t.Fatalf("Points(%q) = %v for a short word", word, pts)
		}
		for i, p := range pts {
			if p <= 0 || p >= len(rs) || (i > 0 && p <= pts[i-1]) {
				t.Fatalf("Points(%q) = %v: out of range or order", word, pts)
			}
			a, b := rs[p-1], rs[p]
			if isIJ(a, b) || a == '\'' || b == '\'' || a == '’' || b == '’' || unicode.IsMark(b) {
				t.Fatalf("Points(%q) = %v: break between %q and %q", word, pts, a, b)
			}
			if !isHyphen(a) && !(isLetter(a) && isLetter(b)) {
				t.Fatalf("Points(%q) = %v: break between %q and %q", word, pts, a, b)
			}
		}
	})
}

var sink []int

func BenchmarkPoints(b *testing.B) {
	h := Dutch()
	words := make([]string, len(dutchCases))
	for i, c := range dutchCases {
		words[i] = c.word
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			sink = h.Points(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}

func BenchmarkPointsLongWord(b *testing.B) {
	h := Dutch()
	b.ReportAllocs()
	for b.Loop() {
		sink = h.Points("hulpverleningsgeschiedenis")
	}
}

func BenchmarkParseDutch(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(strings.NewReader(dutchPatterns)); err != nil {
			b.Fatal(err)
		}
	}
}
