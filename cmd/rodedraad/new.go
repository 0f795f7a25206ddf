package main

import (
	"errors"
	"io"

	"github.com/spf13/cobra"
)

func newNewCommand(opts *options, stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{Use: "new", Short: "Start new content", RunE: func(*cobra.Command, []string) error { return errors.New("not yet") }}
}
