package main

import (
	"fmt"
	"os"

	"github.com/rodedraad/rodedraad/internal/message"
)

// language is the language of the messages: --lang when given, else
// RODEDRAAD_LANG or the locale, else Dutch, the authors' own language.
func (o *options) language() message.Language {
	if o.lang != "" {
		l, _ := message.Parse(o.lang)
		return l
	}
	return message.FromEnvironment(os.Getenv)
}

// checkLanguage refuses a --lang that names no language of the messages.
func (o *options) checkLanguage() error {
	if o.lang == "" {
		return nil
	}
	if _, ok := message.Parse(o.lang); !ok {
		return fmt.Errorf("--lang %s: messages are in nl (Nederlands) or en (English)", o.lang)
	}
	return nil
}

// say shows a text in the messages' language.
func (o *options) say(format string, args ...any) string {
	return message.New(format, args...).In(o.language())
}

// count says how many of a thing there are, in the messages' language:
// one and other are formats such as "%d theme" and "%d themes".
func (o *options) count(n int, one, other string) string {
	return message.Plural(n, one, other).In(o.language())
}
