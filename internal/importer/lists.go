package importer

import (
	"github.com/rodedraad/rodedraad/internal/message"
	"regexp"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
)

// listDraft is a titled list of a part: principles, conditions, a
// checklist of signals, how/what guidance, or any other list.
type listDraft struct {
	title, intro string
	kind         model.ListKind
	items        []listItemDraft
	// incomplete says that the text announces the list and gives no
	// items, as an export that lost them does.
	incomplete string
}

// listItemDraft keeps its lines: a question with a line under it is a
// question with a sub-question or a note, once the list turns out to be
// questions (see asTheme).
type listItemDraft struct {
	label, text string
	sub         []string
	lines       []line
}

// maxListTitleWords is the longest lead-in that titles its list; a
// longer one is a sentence, the list's introduction.
const maxListTitleWords = 12

// startList starts a list under title, with intro as its introduction; a
// list without a title of its own takes the part's.
func (r *reader) startList(title, intro string) {
	if title == "" {
		title = r.section.title
	}
	l := &listDraft{title: title, intro: intro, kind: listKind(title + " " + intro)}
	r.section.lists = append(r.section.lists, l)
	r.list, r.level = l, nil
}

// listKinds are the words that say what a list holds, in its title or
// introduction ('Uitgangspunten', 'Randvoorwaarden', 'Hoe signaleer je
// ...?'), the first that matches: 'Randvoorwaarden van de
// samenwerkingsprincipes' are conditions. Labelled items make guidance whatever the words (see listItem).
var listKinds = []struct {
	words *regexp.Regexp
	kind  model.ListKind
}{
	// 'Wanneer signaleer je ...?' lists moments, not signals.
	{regexp.MustCompile(`(?i)^wanneer\b`), model.Plain},
	{regexp.MustCompile(`(?i)\b(?:rand)?voorwaarde`), model.Conditions},
	{regexp.MustCompile(`(?i)\b(?:signaleer|signalen|signaal|checklist|check|herken)`), model.Checklist},
	{regexp.MustCompile(`(?i)\b(?:uitgangspunt|principe|samenwerkingsprincipe|werkzame\s+element)`), model.Principles},
}

func listKind(words string) model.ListKind {
	for _, k := range listKinds {
		if k.words.MatchString(words) {
			return k.kind
		}
	}
	return model.Plain
}

// itemLabel is a label in bold before an item, as in '**Hoe:** ...'.
var itemLabel = regexp.MustCompile(`^\*\*([^*]{1,30}?):?\*\*:?\s*(.*)$`)

// listItem adds an item to the list being read, starting one where there
// is none: under the lead-in before it, or titled by the part.
func (r *reader) listItem(b *block) {
	text := r.clean(b.text)
	if text == "" {
		r.notPlaced(b)
		return
	}
	if r.list == nil {
		if r.section == nil {
			// Items before any part's title make a part without one; the
			// lead-in before them is still theirs.
			leadIn := r.leadIn
			r.leadIn = nil
			r.startSection(b, "")
			r.leadIn = leadIn
		}
		r.listFromLeadIn()
	}
	l := r.list
	if b.depth > 0 && len(l.items) > 0 {
		last := &l.items[len(l.items)-1]
		last.sub = append(last.sub, text)
		return
	}
	item := listItemDraft{text: text, lines: b.lines}
	if m := itemLabel.FindStringSubmatch(text); m != nil {
		item.label, item.text = strings.TrimSpace(m[1]), m[2]
		l.kind = model.Guidance
	}
	l.items = append(l.items, item)
}

// listFromLeadIn starts the list that the paragraph before announced: its
// last sentence, when short, is the list's title; the sentences before it
// are the part's text.
func (r *reader) listFromLeadIn() {
	b := r.leadIn
	r.leadIn = nil
	if b == nil {
		r.startList("", "")
		return
	}
	all := sentences(r.clean(b.text))
	last := strings.TrimSuffix(all[len(all)-1], ":")
	if before := strings.Join(all[:len(all)-1], " "); before != "" {
		r.section.text.para(before)
	}
	if len(strings.Fields(last)) <= maxListTitleWords {
		r.startList(headingTitle(last), "")
		return
	}
	r.startList("", last+":")
}

// announced settles a lead-in that no items followed: the text announces
// a list ('en dit zijn ze:') that the export does not have. The list is
// kept, empty and marked incomplete, as the hand-made data does, so that
// the gap shows instead of being filled in.
func (r *reader) announced() {
	if r.leadIn == nil {
		return
	}
	if r.section == nil {
		r.doc.intro.para(r.clean(r.leadIn.text))
		r.leadIn = nil
		return
	}
	line := r.leadIn.lines[0].num
	r.listFromLeadIn()
	r.list.incomplete = "De bron kondigt hier een lijst aan, maar de tekst die is ingelezen bevat de lijst zelf niet."
	r.doc.notes = append(r.doc.notes, Note{Line: line, Message: message.New("the text announces a list here but gives no items: " +
		"the list is written empty and marked `incomplete`; add its items if you have them from the original")})
	r.list = nil
}

// enumeration is a sentence that lists short names after a colon, as in
// 'De regio bestaat uit de volgende gemeenten: Den Haag, Rijswijk, ...':
// a list, titled by what comes before the colon.
var enumeration = regexp.MustCompile(`^([^:]{8,}):\s*([^:.;!?]+?)\.?$`)

// minEnumerated is the fewest names that make a list of a sentence.
const minEnumerated = 3

func (r *reader) enumeration(b *block, text string) bool {
	m := enumeration.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	var names []string
	for _, n := range strings.Split(m[2], ",") {
		for _, part := range strings.Split(n, " en ") {
			part = strings.TrimSpace(part)
			if part == "" || len(strings.Fields(part)) > 4 {
				return false
			}
			names = append(names, part)
		}
	}
	if len(names) < minEnumerated {
		return false
	}
	r.announced()
	if r.section == nil || r.theme != nil {
		r.startSection(b, headingTitle(m[1]))
	}
	r.startList(headingTitle(m[1]), "")
	for _, n := range names {
		r.list.items = append(r.list.items, listItemDraft{text: n, lines: b.lines})
	}
	r.list = nil
	return true
}

// asTheme turns a part that is a list of reflection questions and nothing
// else into a theme: the part's title and text, the list's title over the
// questions. A line under a question asks on (a sub-question) or, when it
// does not end in '?', says what the question means (a note).
func (s *sectionDraft) asTheme() *themeDraft {
	if len(s.lists) != 1 || len(s.levels) > 0 || len(s.plans) > 0 || len(s.quotes) > 0 {
		return nil
	}
	l := s.lists[0]
	if len(l.items) == 0 {
		return nil
	}
	for _, it := range l.items {
		if _, _, ok := question(it.lines); !ok || it.label != "" {
			return nil
		}
	}
	t := &themeDraft{title: s.title, explanation: s.text, first: s.first, last: s.last}
	if l.title != s.title {
		t.questionsTitle = l.title
	}
	if l.intro != "" {
		t.explanation.para(l.intro)
	}
	for _, it := range l.items {
		text, under, _ := question(it.lines)
		q := itemDraft{text: text, sub: it.sub}
		for _, u := range under {
			switch {
			case strings.HasSuffix(u, "?"):
				q.sub = append(q.sub, u)
			case q.note == "":
				q.note = u
			default:
				q.note = joinText(q.note, u)
			}
		}
		t.questions = append(t.questions, q)
	}
	return t
}

// question reads an item's lines as a question, maybe broken over lines,
// and the lines under it.
func question(lines []line) (text string, under []string, ok bool) {
	for i, l := range lines {
		text, _ = cleanText(joinText(text, l.text))
		if strings.HasSuffix(text, "?") {
			for _, u := range lines[i+1:] {
				t, _ := cleanText(u.text)
				under = append(under, t)
			}
			return text, under, true
		}
	}
	return "", nil, false
}
