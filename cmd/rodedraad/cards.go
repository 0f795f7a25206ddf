package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/rodedraad/rodedraad/internal/cards"
	"github.com/rodedraad/rodedraad/internal/site"
	"github.com/spf13/cobra"
)

func newCardsCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	var destination, size, sheet, theme string
	var drafts bool
	var cache cacheFlags
	cmd := &cobra.Command{
		Use:   "cards",
		Short: "Make printable PDF decks of question cards",
		Long: `cards makes a deck of intervision cards for every theme and for every
edition: an instruction card, then a card per reflection question, with the
theme and its finding on the back.

Sheets: a4 puts 4 A6 or 8 A7 cards on an A4 page, with cut lines, and backs
positioned for double-sided printing flipped on the long edge; single puts
one card a page with 3 mm bleed, for a print shop.

Text that does not fit on a card at the smallest type size is reported by
deck and card, and the command exits with 1.

The decks of draft editions (draft = true) are made with --drafts, or
with --theme naming a theme of a draft as factsheet/edition/theme; their
cards say 'Concept'.

Decks whose cards did not change since an earlier build, cards or serve
are taken from the cache (resources/_gen/pdf, or --cacheDir) instead of
being rendered again; --ignoreCache renders them all.`,
		Example: "  rodedraad cards\n  rodedraad cards --size a7 --theme friesland/2021-2024/verklarende-analyse\n  rodedraad cards --sheet single -d drukwerk",
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			o := cards.Options{Size: cards.Size(size), Sheet: cards.Sheet(sheet)}
			if err := o.Check(); err != nil {
				return err
			}
			s, err := loadSite(opts, io.Discard, stderr)
			if err != nil {
				return err
			}
			if !drafts && theme == "" {
				leaveOutDrafts(s, stderr, "cards --drafts makes the decks of drafts")
			}
			decks, err := cards.Decks(s, theme)
			if err != nil {
				return err
			}
			if destination == "" {
				destination = filepath.Join(opts.source, "public", "kaarten")
			}
			if err := os.MkdirAll(destination, 0o755); err != nil {
				return err
			}
			cached := cache.open(opts.source)
			problems, total := 0, 0
			for _, d := range decks {
				res, rendered, err := site.RenderDeck(cached, d, s, o)
				if err != nil {
					return err
				}
				for _, p := range res.Problems {
					fmt.Fprintln(stderr, p)
				}
				problems += len(res.Problems)
				name := filepath.Join(destination, cards.FileName(d.Deck, o))
				if err := mayOverwrite(name, "a card deck", madePDF); err != nil {
					return err
				}
				if err := os.WriteFile(name, res.PDF, 0o644); err != nil {
					return err
				}
				total += res.Cards
				from := ""
				if !rendered {
					from = ", from the cache"
				}
				fmt.Fprintf(stdout, "%s: %s, %d kB%s\n", name, plural(res.Cards, "card"), (len(res.PDF)+512)/1024, from)
			}
			warnUnwritten(cached, stderr)
			if problems > 0 {
				fmt.Fprintf(stderr, "%s: the cards are written, but the text of those cards is cut off\n", plural(problems, "card side"))
				return errInvalid
			}
			fmt.Fprintf(stdout, "%s with %s\n", plural(len(decks), "deck"), plural(total, "card"))
			return nil
		},
	}
	cmd.Flags().StringVarP(&destination, "destination", "d", "", "the output directory (default public/kaarten in the source directory)")
	cmd.Flags().StringVar(&size, "size", "a6", "the card size: a6 or a7")
	cmd.Flags().StringVar(&sheet, "sheet", "a4", "a4 (several cards a page, cut lines, duplex backs) or single (one card a page with bleed)")
	cmd.Flags().BoolVar(&drafts, "drafts", false, "also make the decks of the draft editions")
	cmd.Flags().StringVar(&theme, "theme", "", "only this theme's deck, as factsheet/edition/theme or factsheet/theme")
	cache.add(cmd)
	return cmd
}
