package importer

import (
	"github.com/rodedraad/rodedraad/internal/message"
	"regexp"
	"slices"
	"strings"

	"github.com/rodedraad/rodedraad/internal/model"
)

// place is where in the factsheet the recogniser is.
type place int

const (
	atTitle place = iota
	atSubtitle
	inIntro
	inGuide
	inTheme
	inClosing
	inTips
	inLinks
	inAuthors
	inCredit
	inColophon
)

// part is where in a theme the recogniser is.
type part int

const (
	themeTitle part = iota
	themeFinding
	themeExplanation
	themeQuestions
	themePractice
)

// recogniser walks the blocks once, in order, and puts each in its place
// in the document. Known headings move it from place to place; what fits
// nowhere is reported, line by line, rather than dropped.
type recogniser struct {
	doc   *document
	at    place
	part  part
	theme *themeDraft
	group *groupDraft // the link group being filled
	// linksTitle is the heading over the links ('Meer weten?'), the title
	// of links that come before any group title.
	linksTitle string
	// linksHeading is the line of linksTitle until a group takes it as
	// its title.
	linksHeading *block
	tipsSeen     bool
	credits      [][]line // the heading lines of doc.credits, to report empty ones
	// left is the theme a closing title guessed from its looks ended,
	// while the guess stands.
	left left
}

// left is where in a theme the recogniser was.
type left struct {
	theme *themeDraft
	part  part
}

// continuedBy reports a block that belongs in the theme's list rather
// than after it: an item, a question where questions were, or a heading
// of a theme's parts other than the theme marker.
func (l left) continuedBy(b *block) bool {
	switch {
	case l.theme == nil:
		return false
	case b.kind == headingBlock:
		k := b.heading.kind
		return k.ofTheme() && k != themeHeading
	case b.kind == itemBlock:
		return true
	}
	return l.part == themeQuestions && strings.HasSuffix(b.text, "?")
}

func recognise(bs []block) *document {
	r := &recogniser{doc: &document{}}
	for i := range bs {
		r.take(&bs[i])
	}
	r.finish()
	slices.SortStableFunc(r.doc.unplaced, func(a, b Unplaced) int { return a.Line - b.Line })
	slices.SortStableFunc(r.doc.notes, func(a, b Note) int { return a.Line - b.Line })
	return r.doc
}

func (r *recogniser) take(b *block) {
	if r.doc.closing.candidate != nil && r.left.continuedBy(b) {
		// The guess was wrong: the line was a heading of the text's own
		// inside the theme, which goes on.
		back := r.left
		r.settleCandidate(false)
		r.theme, r.part, r.at = back.theme, back.part, inTheme
	}
	if b.kind == headingBlock {
		r.heading(b)
		return
	}
	switch r.at {
	case atTitle:
		r.title(b)
	case atSubtitle:
		r.subtitle(b)
	case inIntro:
		r.prose(b, &r.doc.intro)
	case inGuide:
		r.prose(b, &r.doc.guide)
	case inTheme:
		r.themePart(b)
	case inClosing:
		if !b.shout && b.text != "" {
			r.settleCandidate(true)
		}
		r.prose(b, &r.doc.closing.text)
	case inTips:
		r.tip(b)
	case inLinks:
		r.link(b)
	case inAuthors:
		r.authors(b)
	case inCredit:
		r.creditName(b)
	case inColophon:
		r.colophon(b)
	}
}

func (r *recogniser) notPlaced(b *block) { r.doc.notPlaced(b) }

// clean prepares text for a Markdown field, counting the links it had to
// turn into plain text.
func (r *recogniser) clean(s string) string {
	out, changed := cleanText(s)
	if changed {
		r.doc.addressless += len(placeholderLink.FindAllString(s, -1))
	}
	return out
}

func (r *recogniser) heading(b *block) {
	h := b.heading
	if r.at == inTheme && r.part == themeTitle && !h.kind.ofTheme() {
		// Right after 'Rode draad' comes the theme's title, even one
		// that reads like a heading, such as 'Tips voor ouders'.
		p := paraOf(b.lines)
		r.themePart(&p)
		return
	}
	switch h.kind {
	case themeHeading:
		r.settleCandidate(false)
		t := &themeDraft{first: b.first(), last: b.last(), title: h.title}
		r.doc.themes = append(r.doc.themes, t)
		r.theme, r.at, r.part = t, inTheme, themeTitle
		if t.title != "" {
			r.part = themeFinding
		}
	case explanationHeading, questionsHeading, practiceHeading:
		r.themeHeading(b)
	case guideHeading:
		r.wordingNotKept(b)
		r.leave(inGuide)
	case closingHeading:
		r.settleCandidate(false)
		if r.doc.closing.title != "" {
			r.notPlaced(b)
		} else {
			r.doc.closing.title = h.title
		}
		r.leave(inClosing)
	case tipsHeading:
		r.settleCandidate(true)
		switch {
		case r.tipsSeen:
			r.notPlaced(b)
		case r.doc.closing.title == "":
			// Tips without a closing part of their own: their heading
			// heads the closing part.
			r.doc.closing.title = h.title
		default:
			r.doc.closing.tipsTitle = h.title
		}
		r.tipsSeen = true
		r.leave(inTips)
	case linksHeading:
		r.linksTitleUnused()
		r.linksTitle, r.linksHeading, r.group = h.title, b, nil
		r.leave(inLinks)
	case authorsHeading:
		r.wordingNotKept(b)
		r.leave(inAuthors)
	case creditHeading:
		r.doc.credits = append(r.doc.credits, model.Credit{Role: h.title})
		r.credits = append(r.credits, b.lines)
		r.leave(inCredit)
	case colophonHeading:
		r.wordingNotKept(b)
		r.leave(inColophon)
	}
}

// wordingNotKept notes a heading in words other than those the site
// prints in its place, as 'Toelichting bij de cijfers' for 'Toelichting
// op bevinding': the author may want them in the text.
func (r *recogniser) wordingNotKept(b *block) {
	h := b.heading
	if slices.ContainsFunc(printedAs[h.kind], func(p string) bool { return headingKey(p) == headingKey(h.title) }) {
		return
	}
	r.doc.notes = append(r.doc.notes, Note{Line: b.first(), Message: message.New(
		"%q is read as the heading %q, which the site prints in its own words; add what else it says to the text if it matters",
		b.lines[0].raw, printedAs[h.kind][0])})
}

// linksTitleUnused notes the heading over the links when every link has a
// group title of its own.
func (r *recogniser) linksTitleUnused() {
	if r.linksHeading != nil {
		r.wordingNotKept(r.linksHeading)
		r.linksHeading = nil
	}
}

// leave goes to a part of the factsheet outside the themes.
func (r *recogniser) leave(to place) {
	r.settleCandidate(false)
	r.theme, r.at = nil, to
}

// themeHeading moves on within a theme; outside one, such a heading
// belongs nowhere.
func (r *recogniser) themeHeading(b *block) {
	t := r.theme
	if r.at != inTheme || t == nil {
		r.notPlaced(b)
		return
	}
	t.last = b.last()
	h := b.heading
	switch h.kind {
	case explanationHeading:
		if t.explained {
			// A theme has one explanation: a second line such as
			// 'Toelichting bij de cijfers' is part of its text.
			r.prose(b, &t.explanation)
			return
		}
		t.explained = true
		r.wordingNotKept(b)
		r.part = themeExplanation
	case questionsHeading:
		r.part = themeQuestions
		if t.questionsTitle != "" {
			r.notPlaced(b)
			return
		}
		t.questionsTitle, t.audience = h.title, audienceOf(h.title)
	case practiceHeading:
		r.part = themePractice
		if t.practiceTitle != "" {
			r.notPlaced(b)
			return
		}
		t.practiceTitle = h.title
	}
}

func (r *recogniser) title(b *block) {
	r.at = atSubtitle
	if b.kind != paraBlock {
		r.at = inIntro
		r.take(b)
		return
	}
	head, rest := splitTitle(b)
	r.doc.title = headingTitle(head)
	if len(rest) > 0 {
		p := paraOf(rest)
		r.take(&p)
	}
}

// subtitle takes a short line right after the title; anything else
// starts the introduction.
func (r *recogniser) subtitle(b *block) {
	r.at = inIntro
	if b.kind == paraBlock && !b.shout && len(b.lines) <= 2 && headingLike(b.text, 160) {
		r.doc.subtitle = headingTitle(b.text)
		return
	}
	r.take(b)
}

// splitTitle takes the first line of a paragraph as a title, with the
// lines after it that continue its sentence; the lines left over follow
// the title, as when a finding comes without an empty line before it.
func splitTitle(b *block) (string, []line) {
	head := b.lines[0].text
	i := 1
	for i < len(b.lines) && startsLower(b.lines[i].text) {
		head = joinText(head, b.lines[i].text)
		i++
	}
	return head, b.lines[i:]
}

// prose adds paragraphs and lists to a Markdown text. Lettering in
// capitals is not prose.
func (r *recogniser) prose(b *block, md *markdown) {
	text := r.clean(b.text)
	switch {
	case b.shout || text == "":
		r.notPlaced(b)
	case b.kind == itemBlock:
		md.item(b, text)
	default:
		md.para(text)
		r.publisherInText(b)
	}
}

// aboutPublication starts a sentence about the publication itself, such
// as 'Deze publicatie is opgesteld door ...'.
var aboutPublication = regexp.MustCompile(`^(?i:deze|dit)\s+(?i:publicatie|factsheet|uitgave|document|rapport|brochure)\b`)

// publisherInText takes the publisher from a paragraph of the text that
// names it, as an introduction may; the sentence stays in the text.
func (r *recogniser) publisherInText(b *block) {
	if r.doc.publisher.Name != "" || !aboutPublication.MatchString(b.text) {
		return
	}
	// The sentence stays in the text, an address that is none with it.
	if org, _, ok := publisherOf(b.text); ok {
		r.doc.publisher = org
	}
}

func (r *recogniser) themePart(b *block) {
	t := r.theme
	defer func() {
		if r.theme == t { // not when the block turned out to start the closing part
			t.last = max(t.last, b.last())
		}
	}()
	switch r.part {
	case themeTitle:
		if b.kind != paraBlock {
			r.notPlaced(b)
			return
		}
		head, rest := splitTitle(b)
		t.title = headingTitle(head)
		r.part = themeFinding
		if len(rest) > 0 {
			p := paraOf(rest)
			r.themePart(&p)
		}
	case themeFinding:
		if b.kind != paraBlock || b.shout {
			r.notPlaced(b)
			return
		}
		t.finding = r.clean(b.text)
		r.part = themeExplanation
	case themeExplanation:
		r.prose(b, &t.explanation)
	case themeQuestions:
		r.listItem(b, &t.questions, true)
	case themePractice:
		r.listItem(b, &t.practice, false)
	}
}

// listItem adds a question or practice example; a nested item belongs to
// the one above it. Exports that lost the bullets still end questions
// with a question mark. A short title-like line after the list is the
// closing part's heading when nothing else claims it.
func (r *recogniser) listItem(b *block, items *[]itemDraft, questions bool) {
	text := r.clean(b.text)
	switch {
	case text == "" || b.shout:
		r.notPlaced(b)
	case b.kind == itemBlock && b.depth > 0 && len(*items) > 0:
		last := &(*items)[len(*items)-1]
		last.sub = append(last.sub, text)
	case b.kind == itemBlock:
		*items = append(*items, itemDraft{text: text})
	case questions && strings.HasSuffix(text, "?"):
		*items = append(*items, itemDraft{text: text})
	case len(*items) > 0 && r.doc.closing.title == "" && headingLike(b.text, 100):
		r.left = left{r.theme, r.part}
		r.leave(inClosing)
		r.doc.closing.title = headingTitle(b.text)
		r.doc.closing.candidate = b.lines
	default:
		r.notPlaced(b)
	}
}

// settleCandidate confirms a closing title guessed from its looks, once
// text or tips follow it, or reports it when something else does.
func (r *recogniser) settleCandidate(confirmed bool) {
	c := &r.doc.closing
	if c.candidate == nil {
		return
	}
	if !confirmed {
		r.notPlaced(&block{lines: c.candidate})
		c.title = ""
	}
	c.candidate, r.left = nil, left{}
}

func (r *recogniser) tip(b *block) {
	text := r.clean(b.text)
	if b.shout || text == "" {
		r.notPlaced(b)
		return
	}
	r.doc.closing.tips = append(r.doc.closing.tips, text)
}

// link reads the 'Meer weten?' part: a line with a link, or any item, is
// a publication; another line titles the group of those that follow.
func (r *recogniser) link(b *block) {
	switch {
	case b.shout:
		r.notPlaced(b)
	case b.kind == paraBlock && r.publisher(b):
	case b.kind == itemBlock || mdLink.MatchString(b.text) || bareURL.MatchString(b.text):
		link, lost, ok := parseLink(b.text)
		if !ok {
			r.notPlaced(b)
			return
		}
		if lost != "" {
			r.noWebAddress(b, lost, message.New("the link"))
		}
		if r.group == nil {
			r.linksHeading = nil
			title := r.linksTitle
			if title == "" {
				title = "Meer weten?"
			}
			r.group = &groupDraft{title: title}
			r.doc.groups = append(r.doc.groups, r.group)
		}
		if len(r.group.links) == 0 {
			r.group.numbered = b.numbered
		}
		r.group.links = append(r.group.links, link)
	case headingTitle(b.text) == "":
		r.notPlaced(b)
	default:
		r.group = &groupDraft{title: headingTitle(b.text), lines: b.lines}
		r.doc.groups = append(r.doc.groups, r.group)
	}
}

// publisher takes the colophon's sentence that names the publisher.
func (r *recogniser) publisher(b *block) bool {
	if r.doc.publisher.Name != "" {
		return false
	}
	org, lost, ok := publisherOf(b.text)
	if ok {
		r.doc.publisher = org
		r.at = inColophon
		if lost != "" {
			r.noWebAddress(b, lost, message.New("the publisher"))
		}
	}
	return ok
}

// noWebAddress notes that an address of a block is left out of what the
// block became, on the line that has the address, quoting that line.
func (r *recogniser) noWebAddress(b *block, address string, what message.Text) {
	at := b.lines[0]
	for _, l := range b.lines {
		if strings.Contains(l.raw, address) {
			at = l
			break
		}
	}
	r.doc.notes = append(r.doc.notes, Note{Line: at.num, Message: message.New(
		"%q: the address %q is no web address (https://... or www....), so %s has none; add its web address in the file if it has one",
		at.raw, address, what)})
}

func (r *recogniser) authors(b *block) {
	found := names(b.text)
	if b.shout || len(found) == 0 {
		r.notPlaced(b)
		return
	}
	r.doc.authors = append(r.doc.authors, found...)
	if b.kind == paraBlock {
		r.at = inColophon
	}
}

// creditName takes the name under a credit heading. Names in capitals
// are still names here.
func (r *recogniser) creditName(b *block) {
	c := &r.doc.credits[len(r.doc.credits)-1]
	if b.text == "" {
		r.notPlaced(b)
		return
	}
	if c.Name != "" {
		c.Name += ", "
	}
	c.Name += b.text
	if b.kind == paraBlock {
		r.at = inColophon
	}
}

func (r *recogniser) colophon(b *block) {
	if b.kind == paraBlock && !b.shout && r.publisher(b) {
		return
	}
	r.notPlaced(b)
}

// finish reports what turned out to be no part of anything: a guessed
// closing title with nothing after it, group titles without links and
// credit headings without a name.
func (r *recogniser) finish() {
	r.settleCandidate(false)
	r.linksTitleUnused()
	kept := r.doc.groups[:0]
	for _, g := range r.doc.groups {
		if len(g.links) == 0 {
			r.notPlaced(&block{lines: g.lines})
			continue
		}
		kept = append(kept, g)
	}
	r.doc.groups = kept
	var credits []model.Credit
	for i, c := range r.doc.credits {
		if c.Name == "" {
			r.notPlaced(&block{lines: r.credits[i]})
			continue
		}
		credits = append(credits, c)
	}
	r.doc.credits = credits
}
