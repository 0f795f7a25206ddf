package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/rodedraad/rodedraad/internal/site"
	"github.com/spf13/cobra"
)

func newBuildCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	var destination, baseURL, previous string
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Validate the data and build the website",
		Long: `build validates the data as check does, then builds the website with Hugo
(linked into rodedraad) into public/ in the source directory, or into -d.

The new site is built next to the destination and swapped in only when
the build succeeds: a failing build leaves the previous output as it was.
Links are relative, so the output works opened from disk and under any
sub-path of a web server.

With --previous, the build also fails when an address of a previous
build (a copy of its output directory, or the destination itself) no
longer resolves, so that no link anyone saved breaks. Pages of older
editions stay; a renamed theme or section keeps its old address as a
redirect when its file lists the old id in formerly.`,
		Example: "  rodedraad build\n  rodedraad build -s path/to/project -d /var/www/factsheets -b https://example.org/factsheets/\n  rodedraad build --previous public",
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			s, err := loadSite(opts, stdout, stderr)
			if err != nil {
				return err
			}
			res, err := site.Build(s, site.Options{Source: opts.source, Destination: destination, BaseURL: baseURL, Previous: previous})
			if err != nil {
				fmt.Fprintf(stderr, "rodedraad: %v\nThe previous output, if any, is unchanged.\n", err)
				return errInvalid
			}
			for _, note := range res.Notes {
				fmt.Fprintln(stderr, "note:", note)
			}
			dest := destination
			if dest == "" {
				dest = filepath.Join(opts.source, "public")
			}
			fmt.Fprintf(stdout, "built %s in %d ms into %s\n", plural(res.Pages, "page"), res.Duration.Milliseconds(), dest)
			return nil
		},
	}
	cmd.Flags().StringVarP(&destination, "destination", "d", "", "the output directory (default public/ in the source directory)")
	cmd.Flags().StringVar(&previous, "previous", "", "a previous build's output: fail if any of its addresses no longer resolves")
	cmd.Flags().StringVarP(&baseURL, "baseURL", "b", "", "the address the site will be served from, e.g. https://example.org/factsheets/")
	return cmd
}
