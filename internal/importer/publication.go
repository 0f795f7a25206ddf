package importer

import (
	"github.com/rodedraad/rodedraad/internal/message"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reader reads the shapes other than the factsheet: building blocks,
// news posts and workshop summaries. They have no 'Rode draad' markers;
// their parts start at short lines of their own, and what a part holds
// (a list, reflection levels, a step plan, quotes) shows in how it is
// written. Like the recogniser, the reader places every block or
// reports it.
type reader struct {
	doc *document
	bs  []block
	i   int // the next block to take

	section *sectionDraft // the part being read; nil before the first
	theme   *themeDraft   // the workshop being read, in a summary
	list    *listDraft    // the list taking items
	level   *levelDraft   // the reflection level taking text
	plan    *stepPlanDraft
	// leadIn is a paragraph ending in ':' that announces what follows:
	// the items of a list, or, when none follow, a list the export lost.
	leadIn *block
}

func readPublication(bs []block, sh textShape) *document {
	r := &reader{doc: &document{shape: sh}}
	r.bs = dropLines(bs, func(l line) bool {
		if furniture(l) {
			r.doc.unplaced = append(r.doc.unplaced, Unplaced{Line: l.num, Text: l.raw})
			return true
		}
		return false
	})
	r.header()
	for r.i < len(r.bs) {
		b := &r.bs[r.i]
		r.i++
		r.take(b)
	}
	r.finish()
	return r.doc
}

func (r *reader) peek(ahead int) *block {
	if r.i+ahead < len(r.bs) {
		return &r.bs[r.i+ahead]
	}
	return nil
}

func (r *reader) notPlaced(b *block) { r.doc.notPlaced(b) }

// readAs notes a line that is kept in other words than its own, such as
// the date line of a post, quoting it so that it can be found.
func (r *reader) readAs(l line, what message.Text) {
	r.doc.notes = append(r.doc.notes, Note{Line: l.num, Message: message.New("%q is read as %s; check it", l.raw, what)})
}

// header reads what stands above the text: the title, and the date and
// author of a post. A news post has no title of its own in its export;
// above its date stands the name of the site, its publisher.
func (r *reader) header() {
	if r.doc.shape == newsShape {
		for r.i < len(r.bs) {
			b := &r.bs[r.i]
			r.i++
			k := slices.IndexFunc(b.lines, func(l line) bool { return posted.MatchString(l.text) })
			if k < 0 {
				k = len(b.lines)
			}
			if above := paraOf(b.lines[:k]); k > 0 && r.doc.publisher.Name == "" && b.kind == paraBlock {
				r.doc.publisher.Name = headingTitle(above.text)
				r.readAs(b.lines[0], message.New("the name of the site above the post, its publisher %q", r.doc.publisher.Name))
			} else if k > 0 {
				r.notPlaced(&above)
			}
			if k == len(b.lines) {
				continue
			}
			r.postDate(b.lines[k], posted.FindStringSubmatch(b.lines[k].text)[1])
			if k+1 < len(b.lines) {
				r.bs = slices.Insert(r.bs, r.i, paraOf(b.lines[k+1:]))
			}
			return
		}
		return
	}
	if r.i >= len(r.bs) {
		return
	}
	b := &r.bs[r.i]
	r.i++
	title := b.lines[0].text
	if shouting(title) {
		title = titleCase(title)
	}
	title, date := withoutDate(headingTitle(title))
	r.doc.title, r.doc.subtitle = title, date
	if date != "" {
		_, r.doc.date, _ = findDate(date)
	}
	if len(b.lines) > 1 {
		p := paraOf(b.lines[1:])
		r.bs = slices.Insert(r.bs, r.i, p)
	}
	// A byline: 'Anja Romein 24-05-2022', the name maybe glued to the
	// text of the author's picture.
	for r.i < len(r.bs) && r.byline(&r.bs[r.i]) {
		r.i++
	}
}

func (r *reader) postDate(l line, text string) {
	written, day, ok := findDate(text)
	if !ok {
		r.notPlaced(&block{lines: []line{l}})
		return
	}
	r.doc.published, r.doc.date = written, day
	r.readAs(l, message.New("the date of the post"))
}

// bylineText is a line with an author's name and a date, the name maybe
// glued to the alternative text of the author's picture ('Profielfoto').
var bylineText = regexp.MustCompile(`^(?i:profielfoto)?\s*(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}?)\s+\d{1,2}-\d{1,2}-(?:19|20)\d\d$`)

// byline reads a block of author and date lines; it reports whether the
// block was one.
func (r *reader) byline(b *block) bool {
	var names []string
	for _, l := range b.lines {
		m := bylineText.FindStringSubmatch(l.text)
		if m == nil {
			return false
		}
		names = append(names, m[1])
	}
	for i, l := range b.lines {
		r.doc.authors = append(r.doc.authors, names[i])
		if r.doc.published == "" {
			r.doc.published, _, _ = findDate(l.text)
		}
		r.readAs(l, message.New("the author %q and the date of the post", names[i]))
	}
	return true
}

// titleCase writes a title in capitals ('BOUWSTEEN REFLECTIE') as
// readers expect it on a page: 'Bouwsteen Reflectie'.
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

func (r *reader) take(b *block) {
	if !b.shout {
		r.doc.addressless += len(placeholderLink.FindAllString(b.text, -1))
	}
	if b.kind == headingBlock {
		// A heading of a factsheet ('Tips', 'Tot slot') is a part's
		// title here like any other.
		p := paraOf(b.lines)
		b = &p
	}
	switch {
	case b.kind == itemBlock:
		r.item(b)
	case b.shout:
		r.notPlaced(b)
	case r.publisher(b):
		// Before titles: 'Dit platform is een initiatief van ...' is short.
	case partTitle(b):
		r.heading(b)
	default:
		r.para(b)
	}
}

// partTitle reports a line of its own that reads as a title: short,
// starting with a capital or digit, one sentence that does not end like
// one, even inside quotes or emphasis, and no quotation.
func partTitle(b *block) bool {
	if len(b.lines) != 1 || !headingLike(strings.TrimRight(b.text, quotes+"*_ "), 100) ||
		len(strings.Fields(b.text)) > 14 || len(sentences(b.text)) != 1 {
		return false
	}
	_, _, quoted := quotation(b.text)
	return !quoted
}

// heading starts what the line titles: a reflection level, a list, a step
// plan (a part of its own, as it is read on its own) or a part.
func (r *reader) heading(b *block) {
	// headingTitle takes off the colon, which says that a list follows.
	title, announces := headingTitle(b.text), strings.HasSuffix(strings.Trim(b.text, "*_ "), ":")
	r.announced()
	switch {
	case r.plan != nil && howMarker(b.text):
		// 'Hoe?' over the ways to take a step: the site prints its own
		// 'Hoe?' over them (i18n 'how').
	case r.plan != nil && len(r.plan.steps) > 0 && (announces || strings.HasSuffix(title, "?")) && !r.stepPlanAhead():
		// A short line that leads in to a step's questions and ways is
		// the step's text; only a title of a part ends the plan.
		r.planText(b, r.clean(b.text))
	case r.section != nil && levelTitle.MatchString(title):
		r.startLevel(b, title)
	case strings.HasSuffix(title, "?") || announces:
		switch {
		case r.stepPlanAhead():
			r.startSection(b, title)
			r.startPlan(title)
		case r.peek(0) != nil && r.peek(0).kind == itemBlock:
			if r.section == nil {
				r.startSection(b, title)
			}
			r.startList(title, "")
		default:
			r.startSection(b, title)
		}
	default:
		r.startSection(b, title)
	}
}

// startSection closes what was open and starts a part.
func (r *reader) startSection(b *block, title string) {
	r.close()
	r.section = &sectionDraft{title: title, first: b.first(), last: b.last()}
	r.doc.sections = append(r.doc.sections, r.section)
}

// close ends the lists, levels, plans and workshop of the part before.
func (r *reader) close() {
	r.announced()
	r.theme, r.list, r.level, r.plan = nil, nil, nil, nil
}

func (r *reader) para(b *block) {
	if r.section != nil {
		r.section.last = b.last()
	}
	text := r.clean(b.text)
	switch {
	case text == "":
		r.notPlaced(b)
	case r.plan != nil:
		r.planText(b, text)
	case r.level != nil && guidingQuestion(b.text) != "":
		r.levelQuestion(b)
	case r.level != nil:
		r.level.text.para(text)
	case r.quote(b, text):
	case r.enumeration(b, text):
	case r.doc.shape == workshopShape && gluedTitle(b):
		r.workshop(b)
	case strings.HasSuffix(text, ":"):
		r.announced()
		r.leadIn, r.list = b, nil
	default:
		// A paragraph ends a list: items after it make a list of their own.
		r.announced()
		r.list = nil
		r.prose(b, text)
	}
}

// prose adds a paragraph to the part, or before the first part to the
// introduction. In a workshop summary a paragraph after the workshops,
// without a title of its own, is about the whole meeting: a part of its
// own, whose title the user gives.
func (r *reader) prose(b *block, text string) {
	switch {
	case gluedTitle(b):
		head, rest := splitTitle(b)
		r.startSection(b, headingTitle(head))
		r.prose(&block{kind: paraBlock, lines: rest, text: paraOf(rest).text}, r.clean(paraOf(rest).text))
		return
	case r.theme != nil:
		r.startSection(b, "")
	case r.section == nil:
		r.doc.intro.para(text)
		r.figures(text)
		return
	}
	r.section.text.para(text)
	r.figures(text)
}

// figures reads key figures from the prose of reports; see keyFigures.
func (r *reader) figures(text string) {
	if r.doc.shape == newsShape || r.doc.shape == workshopShape {
		r.doc.keyFigures(text)
	}
}

// clean prepares text for a field: a link without an address is kept as
// its text (see cleanText). Such links are counted once per block, in
// take, since a block's text may be cleaned more than once on its way.
func (r *reader) clean(s string) string {
	out, _ := cleanText(s)
	return out
}

// gluedTitle reports a paragraph whose first line is a short title with
// the text right under it, without an empty line between, as a web page
// copied as text gives its subheadings.
func gluedTitle(b *block) bool {
	if b.kind != paraBlock || len(b.lines) < 2 {
		return false
	}
	first, next := b.lines[0].text, b.lines[1].text
	return headingLike(first, 60) && len(strings.Fields(first)) <= 6 && !startsLower(next) &&
		!strings.HasSuffix(first, ":")
}

// publisher takes a sentence that names the publisher ('Dit platform is
// een initiatief van ...').
func (r *reader) publisher(b *block) bool {
	if r.doc.publisher.Name != "" {
		return false
	}
	org, _, ok := publisherOf(b.text)
	if !ok || len(b.lines) > 2 {
		return false
	}
	r.doc.publisher = org
	r.readAs(b.lines[0], message.New("naming the publisher, %q", org.Name))
	return true
}

func (r *reader) item(b *block) {
	if r.section != nil {
		r.section.last = b.last()
	}
	if r.plan != nil {
		r.planItem(b)
		return
	}
	r.listItem(b)
}

// finish settles what is still open and turns parts that are questions
// and nothing else into themes: reflection questions are what a theme is
// for.
func (r *reader) finish() {
	r.close()
	kept := r.doc.sections[:0]
	for _, s := range r.doc.sections {
		if t := s.asTheme(); t != nil {
			r.doc.themes = append(r.doc.themes, t)
			r.doc.notes = append(r.doc.notes, Note{Line: s.first, Message: message.New(
				"%q is read as a theme, since it is reflection questions; the text gives it no finding of its own", s.title)})
			continue
		}
		kept = append(kept, s)
	}
	r.doc.sections = kept
	slices.SortStableFunc(r.doc.themes, func(a, b *themeDraft) int { return a.first - b.first })
	slices.SortStableFunc(r.doc.unplaced, func(a, b Unplaced) int { return a.Line - b.Line })
	slices.SortStableFunc(r.doc.notes, func(a, b Note) int { return a.Line - b.Line })
}
