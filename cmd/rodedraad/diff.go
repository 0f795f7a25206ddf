package main

import (
	"errors"
	"io"

	"github.com/spf13/cobra"
)

// newDiffCommand is being written: see internal/editions.
func newDiffCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{Use: "diff OLD NEW", Short: "Show what changed between two editions", Args: cobra.ExactArgs(2),
		RunE: func(*cobra.Command, []string) error { return errors.New("not yet") }}
}
