package main

import (
	"errors"
	"io"

	"github.com/spf13/cobra"
)

// newImportCommand is being written.
func newImportCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{Use: "import", Short: "not yet", Hidden: true,
		RunE: func(*cobra.Command, []string) error { return errors.New("not yet") }}
}
