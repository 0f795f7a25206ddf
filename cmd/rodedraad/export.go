package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/rodedraad/rodedraad/internal/export"
	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/spf13/cobra"
)

func newExportCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	var format, sep, output string
	var drafts bool
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export all reflection questions as JSON or CSV",
		Long: `export writes one row per reflection question of every edition, older
editions included: the factsheet, the edition, whether it is the current
one and whether it is a draft, the theme or section (kind) the question
stands in, the question's id, its position in the edition, its text and
sub-questions as plain text, its audience and reflection level, and its
address on the site (path, such as /friesland/2021-2024/verklarende-analyse/#vraag-...).

Draft editions (draft = true) are left out, as the published site's open
data leaves them out; --drafts takes them in, with draft true.

--format json writes {"generated_by": "rodedraad", "questions": [...]},
the same bytes for the same data.

--format csv writes RFC 4180 CSV with a header row, in UTF-8 with a byte
order mark so that Excel shows ë, é, ĳ and curly quotes correctly.
Sub-questions are joined with ' | '. The separator is a comma; Excel in
a Dutch locale expects a semicolon when it opens a file with a double
click, so use --sep ';' for such users. A field that starts with =, +,
-, @ (or their full-width forms), a tab, a carriage return or NUL, also
after spaces, gets a leading ' so that a spreadsheet shows it as text
instead of running it as a formula; the JSON keeps the texts exact.

The data is validated first, as check does; its problems go to standard
error. The export goes to standard output, or to the file -o names.`,
		Example: "  rodedraad export --format json -o vragen.json\n" +
			"  rodedraad export --format csv --sep ';' -o vragen.csv\n" +
			"  rodedraad export --drafts -o vragen-met-concepten.json",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "json" && format != "csv" {
				return fmt.Errorf("unknown --format %q: use json or csv", format)
			}
			if sep != "," && sep != ";" {
				return fmt.Errorf("unknown --sep %q: use ',' or ';'", sep)
			}
			if format != "csv" && cmd.Flags().Changed("sep") {
				return errors.New("--sep is for --format csv only")
			}
			s, err := loadSite(opts, io.Discard, stderr)
			if err != nil {
				return err
			}
			if !drafts {
				leaveOutDrafts(s, stderr, opts, message.New("export --drafts takes drafts in"))
			}
			rows := export.Questions(s)
			// Written whole, so that a failed export leaves no half file.
			var buf bytes.Buffer
			if format == "json" {
				err = export.WriteJSON(&buf, rows)
			} else {
				err = export.WriteCSV(&buf, rows, rune(sep[0]))
			}
			if err != nil {
				return err
			}
			if output == "" {
				_, err = stdout.Write(buf.Bytes())
				return err
			}
			if err := mayOverwrite(output, "an export", madeExport); err != nil {
				return err
			}
			if err := os.WriteFile(output, buf.Bytes(), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "%s: %s\n", output, plural(len(rows), "question"))
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "json or csv")
	cmd.Flags().StringVar(&sep, "sep", ",", "csv: the separator, ',' or ';' (for Excel in a Dutch locale)")
	cmd.Flags().BoolVar(&drafts, "drafts", false, "also export the questions of the draft editions")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	return cmd
}
