package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/rodedraad/rodedraad/internal/cards"
	"github.com/rodedraad/rodedraad/internal/markdown"
	"github.com/rodedraad/rodedraad/internal/message"
	"github.com/rodedraad/rodedraad/internal/model"
	"github.com/rodedraad/rodedraad/internal/site"
	"github.com/spf13/cobra"
)

func newCardsCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	var destination, size, sheet string
	var margin float64
	var sel cards.Selection
	var drafts, list bool
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

A deck of one's own: --theme (a theme, or a whole edition), --tag (a
topic: its themes in every factsheet) and --question (one question) may
each be given more than once or as a comma-separated list, and combined;
the cards come in that order, each question once, in one deck named after
--title. A theme is factsheet/edition/theme, factsheet/theme (the current
edition) or its id alone when only one factsheet has it; an edition is
factsheet/edition, or a factsheet's id for its current edition; a question
is factsheet/edition/id, factsheet/id or its id alone. --list shows them
all. A reference that names nothing, or more than one thing, is refused
with what it may have meant.

The decks of draft editions (draft = true) are made with --drafts, or
with --theme naming a draft's theme or edition in full; their cards say
'Concept'.

Decks whose cards did not change since an earlier build, cards or serve
are taken from the cache (resources/_gen/pdf, or --cacheDir) instead of
being rendered again; --ignoreCache renders them all.`,
		Example: "  rodedraad cards\n  rodedraad cards --size a7 --theme friesland/2021-2024/verklarende-analyse\n" +
			"  rodedraad cards --tag regie\n  rodedraad cards --theme friesland/verklarende-analyse,haaglanden-reflectie/reflectie --title 'Sessie maart'\n" +
			"  rodedraad cards --question friesland/aandachtig-luisteren --question friesland/eerst-medemens --title Startset\n" +
			"  rodedraad cards --list\n  rodedraad cards --sheet single -d drukwerk",
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			o := cards.Options{Size: cards.Size(size), Sheet: cards.Sheet(sheet), Margin: margin}
			if err := o.Check(); err != nil {
				return err
			}
			s, err := loadSite(opts, io.Discard, stderr)
			if err != nil {
				return err
			}
			if list {
				listReferences(stdout, s)
				return nil
			}
			var decks []cards.Dated
			if sel.IsEmpty() {
				if sel.Title != "" {
					return fmt.Errorf("--title names a deck of one's own: say what it holds with --theme, --tag or --question")
				}
				if !drafts {
					leaveOutDrafts(s, stderr, opts, message.New("cards --drafts makes the decks of drafts"))
				}
				decks = cards.Decks(s)
			} else {
				d, err := cards.Compose(s, sel)
				if err != nil {
					return err
				}
				decks = []cards.Dated{d}
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
					fmt.Fprintln(stderr, p.Text().In(opts.language()))
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
				fmt.Fprintf(stdout, "%s: %s (an instruction card and %s), %d kB%s\n", name, plural(res.Cards+1, "card"), plural(res.Cards, "question"), (len(res.PDF)+512)/1024, from)
			}
			warnUnwritten(cached, stderr)
			if problems > 0 {
				fmt.Fprintf(stderr, "%s: the cards are written, but the text of those cards is cut off\n", plural(problems, "card side"))
				return errInvalid
			}
			fmt.Fprintf(stdout, "%s: %s and %s\n", plural(len(decks), "deck"), plural(total, "question card"), plural(len(decks), "instruction card"))
			return nil
		},
	}
	cmd.Flags().StringVarP(&destination, "destination", "d", "", "the output directory (default public/kaarten in the source directory)")
	cmd.Flags().StringVar(&size, "size", "a6", "the card size: a6 or a7")
	cmd.Flags().Float64Var(&margin, "margin", 0, fmt.Sprintf("for a printer that cannot print to the edge: keep the cards this many mm (0 to %d) inside the paper's edge, slightly smaller, with the cut marks in the margin", cards.MaxMargin))
	cmd.Flags().StringVar(&sheet, "sheet", "a4", "a4 (several cards a page, cut lines, duplex backs) or single (one card a page with bleed)")
	cmd.Flags().BoolVar(&drafts, "drafts", false, "also make the decks of the draft editions")
	cmd.Flags().StringSliceVar(&sel.Themes, "theme", nil, "a theme (factsheet/edition/theme, factsheet/theme) or an edition (factsheet/edition); repeat or separate with commas")
	cmd.Flags().StringSliceVar(&sel.Tags, "tag", nil, "a topic, as a tag of site.toml: its themes in every factsheet's current edition")
	cmd.Flags().StringSliceVar(&sel.Questions, "question", nil, "a question, as factsheet/edition/id, factsheet/id or id")
	cmd.Flags().StringVar(&sel.Title, "title", "", "the title of a deck of one's own (default '"+cards.DefaultTitle+"', or the topic's name)")
	cmd.Flags().BoolVar(&list, "list", false, "list the themes, editions, topics and questions a deck can be made of, and make none")
	cache.add(cmd)
	return cmd
}

// listReferences prints what --theme, --tag and --question accept, with
// what each holds.
func listReferences(w io.Writer, s *model.Site) {
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			state := ""
			switch {
			case e.Draft:
				state = ", draft"
			case e.IsCurrent():
				state = ", current"
			}
			fmt.Fprintf(w, "--theme %s\t%s (edition%s, %s)\n", e.Ref(), e.Label(), state, plural(len(e.Questions()), "question"))
			for _, t := range e.Themes {
				fmt.Fprintf(w, "  --theme %s\t%s (%s)\n", t.Ref(), t.Title, plural(len(t.Questions), "question"))
				listQuestions(w, e, t.Questions)
			}
			// The questions of step plans and methods come in the edition's
			// deck, after its themes'.
			for _, g := range cards.EditionDeck(e).Groups {
				if e.Theme(g.ID) == nil {
					fmt.Fprintf(w, "  %s (%s, in the edition's deck)\n", g.Title, plural(len(g.Questions), "question"))
					listQuestions(w, e, g.Questions)
				}
			}
		}
	}
	for _, tag := range s.Tags {
		themes, questions := 0, 0
		for _, t := range s.ThemesTagged(tag.ID) {
			themes++
			questions += len(t.Questions)
		}
		fmt.Fprintf(w, "--tag %s\t%s (%s, %s)\n", tag.ID, tag.Label, plural(themes, "theme"), plural(questions, "question"))
	}
}

func listQuestions(w io.Writer, e *model.Edition, qs []model.Question) {
	for _, q := range qs {
		fmt.Fprintf(w, "    --question %s/%s\t%s\n", e.Ref(), q.ID, abbreviate(markdown.Plain(string(q.Text)), 60))
	}
}

// abbreviate shortens s to at most n characters, with an ellipsis.
func abbreviate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return strings.TrimSpace(string(r[:n-1])) + "…"
	}
	return s
}
