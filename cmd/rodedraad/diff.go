package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/rodedraad/rodedraad/internal/editions"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/spf13/cobra"
)

func newDiffCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Show what changed between two editions",
		Long: `diff compares two editions, named factsheet/edition (drafts too), and
lists the themes, reflection questions, practice examples, tips,
sections, items of the sections' lists and key figures that were added
(+), removed (-) or changed (~), with the changed words marked as
[-removed-] {+added+}, and a summary line. It prints "No changes." when there are none.

Themes and sections are followed across a rename through their former ids
(formerly), questions by id across the whole edition, so a question that
moved to another theme or section shows as moved. Tips and list items have
no ids, nor have key figures: a removed and an added one at the same spot
that read alike count as one reworded, and one that only moved is no
change.

The data is validated first, as check does; its problems go to standard
error and only the diff to standard output. --format json writes the diff
as JSON, for other tools.`,
		Example: "  rodedraad diff friesland/2021-2024 friesland/2025-voorbeeld\n" +
			"  rodedraad diff -s path/to/project demo/2022 demo/2024 --format json > wijzigingen.json",
		Args: cobra.ExactArgs(2),
		RunE: func(_ *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return fmt.Errorf("unknown --format %q: use text or json", format)
			}
			// The counts check prints are no part of the diff.
			s, err := loadSite(opts, io.Discard, stderr)
			if err != nil {
				return err
			}
			from, err := findEdition(s, args[0])
			if err != nil {
				return err
			}
			to, err := findEdition(s, args[1])
			if err != nil {
				return err
			}
			d := editions.Compare(from, to)
			if format == "json" {
				return d.WriteJSON(stdout)
			}
			return d.WriteText(stdout)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "text (for a terminal) or json")
	return cmd
}

// findEdition resolves a reference 'factsheet/edition'. When there is no
// such edition, the error names the editions there are: those of the
// factsheet when it exists, else all.
func findEdition(s *model.Site, ref string) (*model.Edition, error) {
	sheet, id, _ := strings.Cut(ref, "/")
	if f := s.Factsheet(sheet); f != nil {
		if e := f.Edition(id); e != nil {
			return e, nil
		}
		return nil, fmt.Errorf("no edition %q; the editions of factsheet %s are %s", ref, sheet, editionRefs(f))
	}
	var refs []string
	for _, f := range s.Factsheets {
		refs = append(refs, editionRefs(f))
	}
	return nil, fmt.Errorf("no edition %q; name one as factsheet/edition: %s", ref, strings.Join(refs, ", "))
}

func editionRefs(f *model.Factsheet) string {
	refs := make([]string, len(f.Editions))
	for i, e := range f.Editions {
		refs[i] = e.Ref()
	}
	return strings.Join(refs, ", ")
}
