package output

import (
	"errors"
	"os"
	"path/filepath"
)

// Scratch is a directory in the system's temporary directory for a
// process's own files, such as serve's generated project. Its process
// holds a lock on it while it runs, so what a killed process left is
// removed by the next that makes one, and nothing a running one uses.
type Scratch struct{ dir *lockedDir }

// NewScratch removes the scratch directories no running process holds
// and makes one for this process.
func NewScratch() (*Scratch, error) {
	if err := removeDeadScratch(); err != nil {
		return nil, err
	}
	dir, err := newLockedDir(os.TempDir(), scratchPrefix)
	if err != nil {
		return nil, err
	}
	return &Scratch{dir}, nil
}

// Path is the directory's path.
func (s *Scratch) Path() string { return s.dir.path }

// Remove removes the directory and lets go of it.
func (s *Scratch) Remove() error { return s.dir.remove() }

const scratchPrefix = "rodedraad-scratch-"

// removeDeadScratch removes the scratch directories of processes that
// were killed.
func removeDeadScratch() error {
	scratch, err := withPrefix(filepath.Join(os.TempDir(), scratchPrefix))
	errs := []error{err}
	for _, d := range scratch {
		errs = append(errs, removeUnlockedDir(d))
	}
	return errors.Join(errs...)
}
