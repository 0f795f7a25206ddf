package importer

import (
	"regexp"
	"strings"
)

// stepPlanDraft is an ordered plan, such as the escalation of a barrier
// between professionals: a title, the rule that allows skipping steps,
// and the steps, each with its questions and its ways to go about it.
type stepPlanDraft struct {
	title, intro, safetyRule string
	steps                    []*stepDraft
}

type stepDraft struct {
	title          string
	text           markdown
	questions, how []string
}

// stepTitle is an item that starts a step: '1. *Stap 1: ...*'.
var stepTitle = regexp.MustCompile(`^(?i:stap)\s+\d+\b`)

// safetyRule is the sentence that lets steps be skipped when a child's
// safety is at stake: it must be kept apart from the steps, since it
// overrides their order.
var safetyRule = regexp.MustCompile(`(?i)\bveilig.*\b(?:overgeslagen|overslaan|overslaat|sneller)\b|\b(?:overgeslagen|overslaan|sneller)\b.*\bveilig`)

// howMarker is 'Hoe?' before the ways to take a step, alone or at the
// start or end of the step's text.
var howMarker = regexp.MustCompile(`^(?i:hoe)\s*[?:]$`).MatchString

var howAround = regexp.MustCompile(`^(?i:hoe)\s*[?:]\s*|\s*\b(?i:hoe)\s*[?:]$`)

func isStep(b *block) bool {
	return b != nil && b.kind == itemBlock && b.depth == 0 && stepTitle.MatchString(headingTitle(b.text))
}

// stepPlanAhead reports a step plan under the title just read: its first
// step next, or after a paragraph or two (the safety rule, an
// introduction).
func (r *reader) stepPlanAhead() bool {
	for ahead := range 3 {
		b := r.peek(ahead)
		switch {
		case isStep(b):
			return true
		case b == nil || b.kind != paraBlock:
			return false
		}
	}
	return false
}

func (r *reader) startPlan(title string) {
	r.plan = &stepPlanDraft{title: title}
	r.section.plans = append(r.section.plans, r.plan)
}

func (r *reader) step() *stepDraft {
	return r.plan.steps[len(r.plan.steps)-1]
}

// planText places a paragraph of a step plan: before the steps the
// safety rule or an introduction, after them the text of the last step.
func (r *reader) planText(b *block, text string) {
	p := r.plan
	switch {
	case len(p.steps) == 0 && p.safetyRule == "" && safetyRule.MatchString(text):
		p.safetyRule = strings.TrimSpace(strings.TrimSuffix(text, ":"))
	case len(p.steps) == 0:
		p.intro = joinText(p.intro, text)
	default:
		if t := strings.TrimSpace(strings.TrimSuffix(howAround.ReplaceAllString(text, ""), ":")); t != "" {
			r.step().text.para(t)
		}
	}
}

// planItem places an item of a step plan: a step, a question to ask
// oneself on the way (it ends in '?') or a way to go about the step.
func (r *reader) planItem(b *block) {
	text := r.clean(b.text)
	switch {
	case isStep(b):
		r.plan.steps = append(r.plan.steps, &stepDraft{title: headingTitle(text)})
	case text == "" || len(r.plan.steps) == 0:
		// An item before the first step is no part of one.
		r.plan = nil
		r.listItem(b)
	case strings.HasSuffix(text, "?"):
		s := r.step()
		s.questions = append(s.questions, text)
	default:
		s := r.step()
		s.how = append(s.how, text)
	}
}
