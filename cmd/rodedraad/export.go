package main

import (
	"errors"
	"io"

	"github.com/spf13/cobra"
)

// newExportCommand is being written.
func newExportCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{Use: "export", Short: "not yet", Hidden: true,
		RunE: func(*cobra.Command, []string) error { return errors.New("not yet") }}
}
