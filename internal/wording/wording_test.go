package wording

import (
	"fmt"
	"strings"
	"testing"
)

func TestDiffMarksChangedWords(t *testing.T) {
	ops := Diff("Wat heb jij nodig om samen te werken?", "Wat heeft het team nodig om goed samen te werken?")
	var b strings.Builder
	for _, op := range ops {
		switch op.Kind {
		case Same:
			fmt.Fprintf(&b, "%s ", op.Text())
		case Deleted:
			fmt.Fprintf(&b, "[-%s-] ", op.Text())
		case Added:
			fmt.Fprintf(&b, "{+%s+} ", op.Text())
		}
	}
	want := "Wat [-heb jij-] {+heeft het team+} nodig om {+goed+} samen te werken? "
	if b.String() != want {
		t.Errorf("got  %q\nwant %q", b.String(), want)
	}
}

func TestDiffOfEmptyTexts(t *testing.T) {
	if ops := Diff("", ""); len(ops) != 0 {
		t.Errorf("Diff of empty texts = %v, want nothing", ops)
	}
	ops := Diff("", "nieuw hier")
	if len(ops) != 1 || ops[0].Kind != Added || ops[0].Text() != "nieuw hier" {
		t.Errorf("Diff from nothing = %v", ops)
	}
}

func TestSimilarity(t *testing.T) {
	for _, c := range []struct {
		a, b     string
		min, max float64
	}{
		{"Hoe zorg je dat ouders meedoen?", "Hoe zorg je dat ouders meedoen?", 1, 1},
		{"Hoe zorg je dat ouders meedoen?", "hoe zorg je, dat ouders meedoen", 1, 1},
		{"Hoe zorg je dat ouders echt meedoen?", "Hoe zorg jij dat ouders echt meedoen?", 0.8, 0.9},
		{"Hoe zorg je dat ouders meedoen?", "Welke afspraken maak je met school?", 0, 0.2},
	} {
		got := Similarity(c.a, c.b)
		if got < c.min || got > c.max {
			t.Errorf("Similarity(%q, %q) = %.2f, want %.2f–%.2f", c.a, c.b, got, c.min, c.max)
		}
	}
}

func TestOverlap(t *testing.T) {
	for _, c := range []struct {
		a, b     string
		min, max float64
	}{
		{"ouders denken mee over het plan", "over het plan denken ouders mee", 1, 1},
		{"ouders denken mee over het plan", "school en zorg werken samen", 0, 0.1},
		{"ouders denken mee over het plan van hun kind", "ouders denken mee over het plan", 0.8, 0.9},
		{"", "", 1, 1},
	} {
		if got := Overlap(c.a, c.b); got < c.min || got > c.max {
			t.Errorf("Overlap(%q, %q) = %.2f, want %.2f–%.2f", c.a, c.b, got, c.min, c.max)
		}
	}
}
