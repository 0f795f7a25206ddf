package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/rodedraad/rodedraad/internal/schema"
	"github.com/spf13/cobra"
)

func newSchemaCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	var kind, destination string
	cmd := &cobra.Command{
		Use:   "schema (--kind KIND | -d DIR)",
		Short: "Write JSON Schemas of the data files, for editors",
		Long: `schema writes a JSON Schema (draft 2020-12) for each kind of data file,
made from the same model the loader reads, so that an editor can complete
keys and mark unknown or missing keys, wrong types, malformed ids and
colours, and unknown audiences, list kinds and languages while you type.
Checks across files, such as whether a tag exists, remain for check.

  kind       files
  site       data/site.toml
  factsheet  data/factsheets/*/factsheet.toml
  edition    data/factsheets/*/*/edition.toml
  theme      data/factsheets/*/*/themes/*.toml
  section    data/factsheets/*/*/sections/*.toml

--kind prints one schema to standard output. -d writes KIND.schema.json
for every kind (or only --kind) into DIR. docs/editor-support.md shows
how to use them with Taplo and VS Code (Even Better TOML).`,
		Example: "  rodedraad schema -d schemas\n  rodedraad schema --kind theme > theme.schema.json",
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			kinds := schema.Kinds
			if kind != "" {
				k, err := schema.ParseKind(kind)
				if err != nil {
					return err
				}
				kinds = []schema.Kind{k}
			}
			switch {
			case destination != "":
				return writeSchemas(destination, kinds, stdout)
			case kind != "":
				data, err := schema.For(kinds[0]).Marshal()
				if err != nil {
					return err
				}
				_, err = stdout.Write(data)
				return err
			default:
				return errors.New("schema needs --kind KIND (print one schema) or -d DIR (write them all)")
			}
		},
	}
	cmd.Flags().StringVar(&kind, "kind", "", "site, factsheet, edition, theme or section")
	cmd.Flags().StringVarP(&destination, "destination", "d", "", "write the schemas into this directory")
	return cmd
}

// writeSchemas writes the schemas of kinds into dir, naming each file it
// wrote on stdout.
func writeSchemas(dir string, kinds []schema.Kind, stdout io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, k := range kinds {
		data, err := schema.For(k).Marshal()
		if err != nil {
			return err
		}
		name := filepath.Join(dir, k.FileName())
		if err := mayOverwrite(name, "a schema", madeSchema); err != nil {
			return err
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			return err
		}
		fmt.Fprintln(stdout, name)
	}
	return nil
}
