package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/rodedraad/rodedraad/internal/scaffold"
	"github.com/spf13/cobra"
)

func newNewCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Start new content from a template",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cmd.SetOut(stderr)
			_ = cmd.Help()
			return errors.New("say what to start: factsheet, theme or edition")
		},
	}
	var title string
	factsheet := &cobra.Command{
		Use:   "factsheet ID",
		Short: "Start a factsheet with a first edition and one theme",
		Long: `new factsheet writes data/factsheets/ID with factsheet.toml, a first
edition (editie-1) and one theme, each commented in Dutch, with example
texts to replace. It also writes data/site.toml when the project has none.
The result passes check at once.`,
		Example: "  rodedraad new factsheet drenthe --title \"Samen sterker in Drenthe\"",
		Args:    cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			files, err := scaffold.Factsheet(opts.source, args[0], title)
			if err != nil {
				return err
			}
			for _, f := range files {
				fmt.Fprintln(stdout, opts.say("created %s", relTo(opts.source, f)))
			}
			_, err = loadSite(opts, io.Discard, stderr)
			return err
		},
	}
	factsheet.Flags().StringVar(&title, "title", "", "the title (default: made from the id)")
	theme := &cobra.Command{
		Use:   "theme FACTSHEET[/EDITION] ID",
		Short: "Add a theme to an edition",
		Long: `new theme writes a commented theme file into an edition (by default the
factsheet's current edition) and adds it at the end of the edition's
themes. Its question ids start with the theme's id, so they stay unique
in the edition.`,
		Example: "  rodedraad new theme friesland samen-plannen --title \"Samen plannen\"\n  rodedraad new theme friesland/2021-2024 samen-plannen",
		Args:    cobra.ExactArgs(2),
		RunE: func(_ *cobra.Command, args []string) error {
			file, err := scaffold.Theme(opts.source, args[0], args[1], title)
			if err != nil {
				return err
			}
			fmt.Fprintln(stdout, opts.say("created %s", relTo(opts.source, file)))
			_, err = loadSite(opts, io.Discard, stderr)
			return err
		},
	}
	theme.Flags().StringVar(&title, "title", "", "the title (default: made from the id)")
	cmd.AddCommand(factsheet, theme, &cobra.Command{
		Use:   "edition FACTSHEET ID",
		Short: "Start the next edition of a factsheet as a copy of the current one",
		Long: `new edition copies the current edition of FACTSHEET to a new edition ID,
the start of the next edition. The copy names the current edition as its
previous one, so the site shows what changed. It is a draft (draft = true
in its edition.toml): serve and build --drafts show it with its changes
page, and a plain build leaves it out. The current edition stays
published until you remove draft = true and set current = "ID" in
factsheet.toml.

Keep the ids of themes and questions that stay: links to them, and the
'new' and 'changed' marks, follow the ids. When a theme or a section
gets a new id, list the old one in formerly = ["old-id"] in its file.`,
		Example: "  rodedraad new edition friesland 2025",
		Args:    cobra.ExactArgs(2),
		RunE: func(_ *cobra.Command, args []string) error {
			dir, err := scaffold.Edition(opts.source, args[0], args[1])
			if err != nil {
				return err
			}
			fmt.Fprintln(stdout, opts.say("created %s, a copy of the current edition, as a draft", relTo(opts.source, dir)))
			fmt.Fprintln(stdout, opts.say("Only serve and build --drafts show it; the site still publishes the current edition.\n"+
				"When %s is ready, remove draft = true from %s and set current = %q in %s.",
				args[1], filepath.Join(relTo(opts.source, dir), "edition.toml"), args[1], filepath.Join("data", "factsheets", args[0], "factsheet.toml")))
			_, err = loadSite(opts, io.Discard, stderr)
			return err
		},
	})
	return cmd
}

// relTo names a file from the project directory, as authors see it.
func relTo(dir, file string) string {
	if rel, err := filepath.Rel(dir, file); err == nil {
		return rel
	}
	return file
}
