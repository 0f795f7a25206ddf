package load

import (
	"regexp"

	"github.com/rodedraad/rodedraad/internal/message"
)

// syntaxMistakes turn the TOML decoder's messages for the mistakes
// authors make most into what went wrong and what to type. The decoder's
// own words stay for the rest, after a hint where to look.
var syntaxMistakes = []struct {
	decoder *regexp.Regexp
	say     func(found []string) message.Text
}{
	{regexp.MustCompile(`^strings cannot contain newlines$`), func([]string) message.Text {
		return message.New(`the closing quote " is missing here: put a " at the end of the text; a text over several lines goes between three quotes (""")`)
	}},
	{regexp.MustCompile(`^unexpected EOF; expected '"'$`), func([]string) message.Text {
		return message.New(`the file ends inside a text: the closing quote " is missing; put a " at the end of the text`)
	}},
	{regexp.MustCompile(`^unexpected EOF; expected '"""'$`), func([]string) message.Text {
		return message.New(`the file ends inside a text that began with three quotes ("""): put """ at the end of that text`)
	}},
	{regexp.MustCompile(`^expected value but found "([\p{L}\p{N}*_(]\P{Cc}*)" instead$`), func(m []string) message.Text {
		return message.New(`the opening quote " is missing here: a text is written between quotes, so type a " before %s (and one at the end of the text)`, m[1])
	}},
	{regexp.MustCompile(`^expected value but found (.*) instead$`), func(m []string) message.Text {
		return message.New(`a value is missing after =, but there is %s: write a text between quotes ("…"), a list between [ and ], a number or true or false`, m[1])
	}},
	{regexp.MustCompile(`^unexpected EOF; expected value$`), func([]string) message.Text {
		return message.New(`the file ends after =: write a value after it, such as a text between quotes ("…")`)
	}},
	{regexp.MustCompile(`^expected a top-level item to end with a newline, comment, or EOF, but got (.*) instead$`), func(m []string) message.Text {
		return message.New(`after the value, the line goes on with %s: a " inside a text ends it, so write it as \" or put the text between three quotes ("""); otherwise start a new line`, m[1])
	}},
	{regexp.MustCompile(`^expected '\.' or '=', but got (.*) instead$`), func(m []string) message.Text {
		return message.New(`a key is one word, followed by =, but here comes %s: write the key without spaces, then = and the value, as in text = "…"`, m[1])
	}},
	{regexp.MustCompile(`^unexpected EOF; expected key separator '='$`), func([]string) message.Text {
		return message.New(`the file ends after a key: write = and a value after it, as in text = "…"`)
	}},
	{regexp.MustCompile(`^expected a comma \(','\) or array terminator \(']'\), but got (.*)$`), func(m []string) message.Text {
		return message.New(`in a list between [ and ], the entries are separated by commas, but here comes %s: put a comma after the previous entry, or close the list with ]`, m[1])
	}},
	{regexp.MustCompile(`^expected end of table array name delimiter '\]', but got (.*) instead$`), func(m []string) message.Text {
		return message.New(`a block header such as [[questions]] ends with two brackets ]], but here comes %s`, m[1])
	}},
	{regexp.MustCompile(`^expected '\.' or '\]' to end table name, but got (.*) instead$`), func(m []string) message.Text {
		return message.New(`a header such as [licence] is one word between brackets, but here comes %s: remove the spaces, or end the header with ]`, m[1])
	}},
	{regexp.MustCompile(`^TOML files cannot contain control characters: '(.*)'$`), func(m []string) message.Text {
		return message.New("here is an invisible control character (%s), which a text may not hold: delete it; such characters often come along when text is copied from a PDF", m[1])
	}},
	{regexp.MustCompile(`^Key '(.*)' has already been defined\.$`), func(m []string) message.Text {
		return message.New(`the key %s is set twice: remove one of the two; for a second question or example, start a new block with its [[…]] header first`, m[1])
	}},
}

// syntaxMessage says what a decoder message means to an author.
func syntaxMessage(decoder string) message.Text {
	for _, m := range syntaxMistakes {
		if found := m.decoder.FindStringSubmatch(decoder); found != nil {
			return m.say(found)
		}
	}
	return message.New("this is not TOML as rodedraad reads it (%s): compare the line with the examples in the authors' guide", decoder)
}
