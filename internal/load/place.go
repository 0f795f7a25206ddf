package load

import (
	"strconv"
	"strings"

	"github.com/rodedraad/rodedraad/internal/message"
)

// itemNames name one entry of each array of the data, as an author counts
// them: 'question 2' is the second [[questions]] block.
var itemNames = map[string]func(n int) message.Text{
	"authors":       func(n int) message.Text { return message.New("author %d", n) },
	"credits":       func(n int) message.Text { return message.New("credit %d", n) },
	"formerly":      func(n int) message.Text { return message.New("former id %d", n) },
	"how":           func(n int) message.Text { return message.New("how %d", n) },
	"items":         func(n int) message.Text { return message.New("item %d", n) },
	"key_figures":   func(n int) message.Text { return message.New("key figure %d", n) },
	"languages":     func(n int) message.Text { return message.New("language %d", n) },
	"levels":        func(n int) message.Text { return message.New("level %d", n) },
	"links":         func(n int) message.Text { return message.New("link group %d", n) },
	"lists":         func(n int) message.Text { return message.New("list %d", n) },
	"methods":       func(n int) message.Text { return message.New("method %d", n) },
	"organisations": func(n int) message.Text { return message.New("organisation %d", n) },
	"outcomes":      func(n int) message.Text { return message.New("outcome %d", n) },
	"partners":      func(n int) message.Text { return message.New("partner %d", n) },
	"practice":      func(n int) message.Text { return message.New("practice example %d", n) },
	"questions":     func(n int) message.Text { return message.New("question %d", n) },
	"quotes":        func(n int) message.Text { return message.New("quote %d", n) },
	"related":       func(n int) message.Text { return message.New("related theme %d", n) },
	"sections":      func(n int) message.Text { return message.New("section %d", n) },
	"step_plans":    func(n int) message.Text { return message.New("step plan %d", n) },
	"steps":         func(n int) message.Text { return message.New("step %d", n) },
	"sub":           func(n int) message.Text { return message.New("sub-item %d", n) },
	"tags":          func(n int) message.Text { return message.New("tag %d", n) },
	"themes":        func(n int) message.Text { return message.New("theme %d", n) },
	"tips":          func(n int) message.Text { return message.New("tip %d", n) },
}

// linkName names an entry of a link group's items: a link, not an item.
func linkName(n int) message.Text { return message.New("link %d", n) }

// Place says where key is for an author: 'question 2, text' for
// questions[1].text, counting from 1 as people do. The key path itself
// (Diagnostic.Key) counts from 0, as tools do.
func Place(key string) message.Text {
	if key == "" {
		return message.Text{}
	}
	var parts []message.Text
	// plain gathers the keys in a row without an index, written as the
	// file writes them: rights.sources.
	parent, plain := "", ""
	for segment := range strings.SplitSeq(key, ".") {
		name, index, indexed := splitIndex(segment)
		if !indexed {
			if plain != "" {
				plain += "."
			}
			plain += name
			parent = name
			continue
		}
		if plain != "" {
			parts = append(parts, message.Verbatim(plain))
			plain = ""
		}
		named, known := itemNames[name]
		switch {
		case name == "items" && parent == "links":
			parts = append(parts, linkName(index+1))
		case known:
			parts = append(parts, named(index+1))
		default:
			parts = append(parts, message.New("entry %d of %s", index+1, name))
		}
		parent = name
	}
	if plain != "" {
		parts = append(parts, message.Verbatim(plain))
	}
	return message.New("%s", parts)
}

// splitIndex splits 'questions[1]' into its name and index.
func splitIndex(segment string) (name string, index int, ok bool) {
	open := strings.IndexByte(segment, '[')
	if open < 0 || !strings.HasSuffix(segment, "]") {
		return segment, 0, false
	}
	n, err := strconv.Atoi(segment[open+1 : len(segment)-1])
	if err != nil {
		return segment, 0, false
	}
	return segment[:open], n, true
}
