package importer

import "testing"

func TestCutBullet(t *testing.T) {
	for in, want := range map[string]string{
		"- vraag":         "vraag",
		"* vraag":         "vraag",
		"+ vraag":         "vraag",
		"–\tvraag":        "vraag",
		"•vraag":          "vraag",
		"• vraag":         "vraag",
		"1. vraag":        "vraag numbered",
		"12) vraag":       "vraag numbered",
		"-":               " bullet",
		"*nadruk* eerst":  "no",
		"**vet**":         "no",
		"-5% minder":      "no",
		"2024. Een jaar":  "no",
		"+31 6 12345678":  "no",
		"1.5 keer zoveel": "no",
	} {
		rest, numbered, ok := cutBullet(in)
		got := "no"
		switch {
		case ok && numbered:
			got = rest + " numbered"
		case ok && rest == "":
			got = " bullet"
		case ok:
			got = rest
		}
		if got != want {
			t.Errorf("cutBullet(%q) = %q, want %q", in, got, want)
		}
	}
}
