package main

import (
	"errors"
	"io"

	"github.com/spf13/cobra"
)

// newSchemaCommand is being written.
func newSchemaCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{Use: "schema", Short: "not yet", Hidden: true,
		RunE: func(*cobra.Command, []string) error { return errors.New("not yet") }}
}
