// Command rodedraad turns data about recurring themes from youth-care
// learning sessions into a factsheet website and printable question cards.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK      = 0
	exitInvalid = 1 // the data has errors, or the command could not do what it was asked
	exitUsage   = 2 // the command line is wrong
)

// errInvalid ends a command that failed for a reason already reported:
// errors in the data, a destination or port it may not use.
var errInvalid = errors.New("invalid input")

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	root, opts := newRootCommand(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	var foreign *foreignFileError
	var interrupted *interruptedError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errInvalid):
		return exitInvalid
	case errors.As(err, &foreign):
		fmt.Fprintf(stderr, "rodedraad: %v\n", err)
		return exitInvalid
	case errors.As(err, &interrupted):
		return interrupted.exitCode()
	default:
		fmt.Fprintf(stderr, "rodedraad: %v\n%s\n", err, opts.say("Run 'rodedraad --help' for usage."))
		return exitUsage
	}
}

// options are the flags shared by all commands.
type options struct {
	source string
	lang   string
}

// newRootCommand makes the command line and the options its flags set.
func newRootCommand(stdout, stderr io.Writer) (*cobra.Command, *options) {
	opts := &options{}
	root := &cobra.Command{
		Use:   "rodedraad",
		Short: "Build factsheet websites and question cards from data about recurring themes",
		Long: `rodedraad turns structured data about the recurring themes ('rode draden') found in
youth-care learning sessions into a factsheet website and printable question cards.

The data lives in TOML files under data/ in the source directory.`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cmd.SetOut(stderr)
			_ = cmd.Help()
			return errors.New("no command given")
		},
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.PersistentFlags().StringVarP(&opts.source, "source", "s", ".", "the project directory, which holds data/")
	root.PersistentFlags().StringVar(&opts.lang, "lang", "", "the language of messages: nl or en (default: RODEDRAAD_LANG or the locale, else nl)")
	root.PersistentPreRunE = func(*cobra.Command, []string) error { return opts.checkLanguage() }
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return err })
	root.CompletionOptions.DisableDefaultCmd = true
	root.AddCommand(newCheckCommand(opts, stdout, stderr), newBuildCommand(opts, stdout, stderr), newServeCommand(opts, stdout, stderr), newCardsCommand(opts, stdout, stderr),
		newDiffCommand(opts, stdout, stderr), newNewCommand(opts, stdout, stderr),
		newImportCommand(opts, stdout, stderr), newSchemaCommand(opts, stdout, stderr), newExportCommand(opts, stdout, stderr))
	return root, opts
}
