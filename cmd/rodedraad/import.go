package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/rodedraad/rodedraad/internal/docx"
	"github.com/rodedraad/rodedraad/internal/importer"
	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/spf13/cobra"
)

func newImportCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	var dest, factsheet, edition string
	var force bool
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Turn a factsheet's Word document or text export into data files",
		Long: `import reads a Word document (.docx), or a plain-text or Markdown export of
a publication, and writes it as data files. It recognises the shape of the
text by what the text says:

  factsheet       one '> Rode draad' section per theme (title, finding,
                  'Toelichting op bevinding', 'Reflectievragen ...' and
                  'Waar blijkt dit uit in de praktijk?'), with title and
                  subtitle, introduction, 'Leeswijzer', the closing part with
                  its tips, the 'Meer weten?' links and the colophon.
  building block  first line 'Bouwsteen ...': sections under short title lines,
                  with lists (principles, conditions, checklists of signals,
                  how/what guidance, nested items), reflection levels
                  ('Niveau 1 ...' with a guiding question such as 'Doe ik het
                  goed?'), and step plans ('Stap 1: ...') with their questions
                  and the rule for skipping steps when a child's safety is at
                  stake. A section of reflection questions only is a theme.
  news post       a line 'Bericht geplaatst op ...': sections of prose, key
                  figures ('71 professionals'), quotes with the role under
                  them in brackets, and lists the text announces but lost
                  (marked incomplete).
  workshop        a summary of a meeting, first line 'Terugblik ...' or
                  'Verslag ...': one theme per workshop paragraph, with its
                  quotes, questions and suggestions (tips), and key figures
                  of the meeting.

It writes the factsheet, its edition, one file per theme and per section
under data/factsheets/ in the project, and data/site.toml if the project
has none yet (with the reflection levels the sections refer to).

Ids come from the titles: the factsheet's from its title, the edition's
from a year range in the subtitle ('2021-2024'), else from the date of the
meeting or post ('2022-05-19'), else 'editie-1', unless --factsheet or
--edition say otherwise.

A Word document keeps what a text export loses: the web addresses of its
links, its headings, its lists and their nesting, bold and italics. Its
places are named by paragraph ('factsheet.docx, alinea 12'). An old Word
file (.doc) must first be saved as .docx.

The text may be UTF-8, UTF-16 or Windows-1252 (Latin-1); the report says
how a text that is not UTF-8 was read.

Every line the importer could not place is reported as FILE:LINE, and what
the text does not say (such as the publisher) gets a placeholder marked
TODO, so that 'rodedraad check' passes at once. Lines with an e-mail
address or a phone number are never written: the site publishes no one's
contact details. The buttons and counters of a copied web page are
reported, not written. Existing files are only replaced with --force; an
existing site.toml is always kept, and theme and section files that an
earlier import made and this one does not are removed.

It exits with 1, writing nothing, when the text is none of these shapes or
holds no theme and no section, or has more than 200 themes (a factsheet has a
few dozen at most).`,
		Example: "  rodedraad import factsheet.docx\n  rodedraad import factsheet.txt\n  rodedraad import export.md -d ../project --factsheet friesland --edition 2025",
		Args:    cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			name := args[0]
			src, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			lang := opts.language()
			res, err := importer.Import(src, importer.Options{Name: name, Factsheet: factsheet, Edition: edition})
			var tooMany *importer.TooManyThemesError
			switch {
			case errors.Is(err, importer.ErrNoTheme) || errors.As(err, &tooMany):
				res.Report(stderr, "", lang)
				fmt.Fprintf(stderr, "%s: %s\n", name, message.Of(err).In(lang))
				return errInvalid
			case err != nil && docx.Looks(src):
				// A file that is no Word document, or a damaged one.
				fmt.Fprintf(stderr, "%s: %s\n", name, message.Of(err).In(lang))
				return errInvalid
			case err != nil:
				return errors.New(message.Of(err).In(lang))
			}
			if dest == "" {
				dest = opts.source
			}
			written, removed, err := res.Write(dest, force)
			var existing *importer.ExistingError
			if errors.As(err, &existing) {
				fmt.Fprintln(stderr, "rodedraad: "+opts.say("%s\nNothing was written. Import into another directory with -d, or replace them with --force", existing))
				return errInvalid
			}
			if err != nil {
				return err
			}
			res.Report(stderr, dest, lang)
			fmt.Fprintln(stdout, res.Summary().In(lang))
			for _, path := range written {
				fmt.Fprintln(stdout, opts.say("wrote %s", path))
			}
			for _, path := range removed {
				fmt.Fprintln(stdout, opts.say("removed %s (from an earlier import; this one has no such theme or section)", path))
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&dest, "destination", "d", "", "the project to write into (default: the source directory, -s)")
	cmd.Flags().StringVar(&factsheet, "factsheet", "", "the factsheet's id (default: from its title)")
	cmd.Flags().StringVar(&edition, "edition", "", "the edition's id (default: a year range in the subtitle, or editie-1)")
	cmd.Flags().BoolVar(&force, "force", false, "replace files that exist (site.toml is always kept)")
	return cmd
}
