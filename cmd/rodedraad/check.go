package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/rodedraad/rodedraad/internal/diagnose"
	"github.com/rodedraad/rodedraad/internal/load"
	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/spf13/cobra"
)

func newCheckCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "Validate the data and print its counts",
		Long: `check reads every TOML file under data/, reports each problem as
file:line:column: key: message, and prints one line with the counts of
factsheets, editions, themes, questions, practice examples and tips.
It also warns about each image from another site in the pages of content/,
which the site shows as its alt text. In a terminal, each problem comes
with the lines around it, highlighted as TOML, and a mark under the spot;
set NO_COLOR to leave out the colours.

It exits with 1 when there is any error; warnings are printed but pass.`,
		Example: "  rodedraad check\n  rodedraad check -s path/to/project",
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := loadSite(opts, stdout, stderr)
			return err
		},
	}
}

// loadSite loads and validates the data, drafts included, printing its
// problems and, when it is valid, its counts. It returns errInvalid when
// there are errors.
func loadSite(opts *options, stdout, stderr io.Writer) (*model.Site, error) {
	site, diags := load.Site(opts.source)
	printer := diagnose.ForTerminal(stderr, opts.language())
	for _, d := range diags {
		printer.Print(stderr, d)
	}
	errs, warns := diags.Count(load.Error), diags.Count(load.Warning)
	if errs > 0 {
		fmt.Fprintln(stderr, opts.say("%s, %s: the data is not valid",
			message.Plural(errs, "%d error", "%d errors"), message.Plural(warns, "%d warning", "%d warnings")))
		return nil, errInvalid
	}
	fmt.Fprintln(stdout, opts.say("%s", counts(site, warns)))
	return site, nil
}

// counts says what the site holds, and how many warnings it has.
func counts(site *model.Site, warns int) message.Text {
	c := site.Count()
	editions := message.Plural(c.Editions, "%d edition", "%d editions")
	if drafts := len(site.Drafts()); drafts > 0 {
		editions = message.New("%s (%s)", editions, message.Plural(drafts, "%d draft", "%d drafts"))
	}
	line := message.New("%s, %s, %s, %s, %s, %s",
		message.Plural(c.Factsheets, "%d factsheet", "%d factsheets"), editions, message.Plural(c.Themes, "%d theme", "%d themes"),
		message.Plural(c.Questions, "%d question", "%d questions"), message.Plural(c.Practice, "%d practice example", "%d practice examples"),
		message.Plural(c.Tips, "%d tip", "%d tips"))
	if warns > 0 {
		line = message.New("%s (%s)", line, message.Plural(warns, "%d warning", "%d warnings"))
	}
	return line
}

// leaveOutDrafts takes the draft editions out of s, so that every output
// made from it is what a published site holds, and says which it left
// out and how to get them: hint.
func leaveOutDrafts(s *model.Site, stderr io.Writer, opts *options, hint message.Text) {
	if left := s.DropDrafts(); len(left) > 0 {
		fmt.Fprintln(stderr, opts.say("note: left out %s, %s: %s", message.Plural(len(left), "%d draft edition", "%d draft editions"), editionList(left), hint))
	}
}

// editionList names editions as factsheet/edition, for messages.
func editionList(editions []*model.Edition) string {
	refs := make([]string, len(editions))
	for i, e := range editions {
		refs[i] = e.Ref()
	}
	return strings.Join(refs, ", ")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
