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
			return errors.New("say what to start, e.g. 'new edition'")
		},
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "edition FACTSHEET ID",
		Short: "Start the next edition of a factsheet as a copy of the current one",
		Long: `new edition copies the current edition of FACTSHEET to a new edition ID,
the start of the next edition. The copy names the current edition as its
previous one, so the site shows what changed, and the current edition
stays published until you set current = "ID" in factsheet.toml.

Keep the ids of themes and questions that stay: links to them, and the
'new' and 'changed' marks, follow the ids. When a theme gets a new id,
list the old one in formerly = ["old-id"] in its file.`,
		Example: "  rodedraad new edition friesland 2025",
		Args:    cobra.ExactArgs(2),
		RunE: func(_ *cobra.Command, args []string) error {
			dir, err := scaffold.Edition(opts.source, args[0], args[1])
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(opts.source, dir)
			fmt.Fprintf(stdout, "created %s, a copy of the current edition\n", rel)
			fmt.Fprintf(stdout, "The site still publishes the current edition. When %s is ready, set current = %q in %s.\n",
				args[1], args[1], filepath.Join("data", "factsheets", args[0], "factsheet.toml"))
			_, err = loadSite(opts, io.Discard, stderr)
			return err
		},
	})
	return cmd
}
