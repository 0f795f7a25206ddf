// Package output puts a build's result in place of the previous one, and
// refuses to replace what no build made.
//
// A build asks Open for the destination. Open refuses, before touching
// anything, a destination that is a file, that holds the project, that
// lies in the project (unless it is the default destination there or an
// earlier build), or that is a directory holding files no build made. An
// earlier build is recognised by the Marker file every build writes, or,
// for builds made before there was a marker, by Rules.Unmarked. An empty
// or missing directory may always be built into.
//
// Then the build writes into Staging, a directory next to the
// destination (so that it is on the same file system), with the
// destination's mode, or for a new destination the mode a new directory
// gets under the umask. An unmarked earlier build with mode 0700 gets the
// latter too: that mode was the old builds' mistake, not anyone's choice. A destination that is a symbolic link stays one:
// the build replaces the directory it points to. Scratch is a directory
// in the system's temporary directory for the build's other files.
//
// Commit swaps the staging directory and the destination. On Linux that
// is one rename(2) with RENAME_EXCHANGE, so readers see the old or the new
// output and never a missing one, whenever the process dies. Elsewhere,
// or on a file system without the exchange, the destination is renamed
// aside and the staging directory renamed in its place: if the process
// dies between the two, the destination is missing until the next build,
// which renames the old output back before it does anything else.
//
// While a build runs it holds a lock on a file next to the destination
// (".NAME.lock"), so a second build into the same destination is refused
// until the first is done. Under that lock, whatever a killed build left
// next to the destination (".NAME.new-*", ".NAME.old-*") is removed: no
// other build can be using it. Scratch directories ("rodedraad-scratch-*",
// see [Scratch]) are locked by their build or serve for as long as it
// runs, so a build removes those no live process holds. Debris of a rodedraad before this package,
// "rodedraad-build-*" in the temporary directory, is left alone: nothing
// shows whether its build is still running.
//
// Decisions. The swap exchanges directories rather than switching a
// "current" symbolic link: that would turn the directory a web server
// was set up with into a link, which some refuse to follow (Apache
// without FollowSymLinks); the exchange is as atomic and the destination
// stays what it was. A second build is refused rather than
// made to wait, so that two builds started by mistake do not both run;
// the message says to wait and build again. Close is what a cancelled
// build calls: the package does not catch signals itself.
package output

import (
	"crypto/rand"
	"errors"
	"fmt"
	"github.com/rodedraad/rodedraad/internal/message"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Marker is the file in every build's output that shows a build made it.
const Marker = ".rodedraad-build"

const markerText = "This directory is the output of 'rodedraad build'. The next build into it replaces all of it.\n"

// Rules say which destinations a build may replace.
type Rules struct {
	Project string // the project directory: a destination may not hold it, nor lie in it unless it is Default or an earlier build
	Default string // the default destination in the project
	// Unmarked reports whether dir is the output of a build from before
	// builds were marked.
	Unmarked func(dir string) bool
}

// RefusedError says why a destination may not be built into, and what to
// do instead. Nothing was changed.
type RefusedError struct {
	Destination string
	Reason      message.Text
	Remedy      message.Text
}

func (e *RefusedError) Error() string { return e.Message().String() }

// Message is the refusal in the messages' language.
func (e *RefusedError) Message() message.Text {
	return message.New("will not build into %s: %s.\n%s", e.Destination, e.Reason, e.Remedy)
}

// Output is a build in progress into one destination.
type Output struct {
	dest    string // the directory that is replaced: the destination, or where it links to
	staging string
	scratch *Scratch
	lock    *lockedFile

	committed bool
}

// Open checks that dest may be replaced, takes the lock on it, removes
// what killed builds left and makes the staging and scratch directories.
func Open(dest string, rules Rules) (*Output, error) {
	dest, err := filepath.Abs(dest)
	if err != nil {
		return nil, err
	}
	real, err := rules.check(dest)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(real), 0o777); err != nil {
		return nil, err
	}
	lock, err := lockFile(siblingName(real, "lock"))
	if errors.Is(err, errLocked) {
		return nil, &RefusedError{Destination: dest, Reason: message.New("another rodedraad build into it is running"),
			Remedy: message.New("Wait for it to finish, then build again.")}
	}
	if err != nil {
		return nil, err
	}
	o := &Output{dest: real, lock: lock}
	if err := o.prepare(dest, rules); err != nil {
		o.Close()
		return nil, err
	}
	return o, nil
}

// prepare does, under the lock, what Open does after taking it.
func (o *Output) prepare(dest string, rules Rules) error {
	// What was checked before the lock may have changed while another
	// build held it.
	if _, err := rules.check(dest); err != nil {
		return err
	}
	if err := restoreAside(o.dest); err != nil {
		return err
	}
	if err := removeDebris(o.dest); err != nil {
		return err
	}
	scratch, err := NewScratch()
	if err != nil {
		return err
	}
	o.scratch = scratch
	mode, keep := rules.keptMode(o.dest)
	o.staging, err = makeStaging(o.dest, mode, keep)
	return err
}

// Staging is where the new output goes.
func (o *Output) Staging() string { return o.staging }

// Scratch is a directory for the build's own files, removed by Close.
func (o *Output) Scratch() string { return o.scratch.Path() }

// Commit puts the staging directory in place of the destination.
func (o *Output) Commit() error {
	if _, err := os.Lstat(o.dest); errors.Is(err, fs.ErrNotExist) {
		if err := os.Rename(o.staging, o.dest); err != nil {
			return err
		}
		o.committed = true
		return nil
	}
	err := exchange(o.staging, o.dest)
	if errors.Is(err, errNoExchange) {
		return o.commitByRenames()
	}
	if err != nil {
		return err
	}
	o.committed = true
	// The staging directory now holds the previous output.
	return os.RemoveAll(o.staging)
}

// commitByRenames moves the destination aside, then the staging
// directory in its place. restoreAside undoes the first step when the
// process dies before the second.
func (o *Output) commitByRenames() error {
	aside := siblingName(o.dest, "old-"+randomSuffix())
	if err := os.Rename(o.dest, aside); err != nil {
		return err
	}
	if err := os.Rename(o.staging, o.dest); err != nil {
		if undo := os.Rename(aside, o.dest); undo != nil {
			return fmt.Errorf("%w; the previous output is in %s", err, aside)
		}
		return err
	}
	o.committed = true
	return os.RemoveAll(aside)
}

// Close removes the staging directory unless it was committed, and the
// scratch directory, and releases the lock.
func (o *Output) Close() error {
	var errs []error
	if o.staging != "" && !o.committed {
		errs = append(errs, os.RemoveAll(o.staging))
	}
	if o.scratch != nil {
		errs = append(errs, o.scratch.Remove())
	}
	errs = append(errs, o.lock.release())
	return errors.Join(errs...)
}

// siblingName is the name of a file of ours next to dir: ".NAME.kind".
func siblingName(dir, kind string) string {
	return filepath.Join(filepath.Dir(dir), "."+filepath.Base(dir)+"."+kind)
}

func randomSuffix() string { return strings.ToLower(rand.Text()[:12]) }

// makeStaging makes the staging directory, with mode when keep is true
// and else with the mode the umask gives a new directory, and marks it.
func makeStaging(dest string, mode fs.FileMode, keep bool) (string, error) {
	for {
		staging := siblingName(dest, "new-"+randomSuffix())
		err := os.Mkdir(staging, 0o777)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		if keep {
			if err := os.Chmod(staging, mode); err != nil {
				return staging, err
			}
		}
		return staging, os.WriteFile(filepath.Join(staging, Marker), []byte(markerText), 0o666)
	}
}

// restoreAside renames the output back that a build dying in
// commitByRenames left aside.
func restoreAside(dest string) error {
	if _, err := os.Lstat(dest); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	aside, err := withPrefix(siblingName(dest, "old-"))
	if err != nil || len(aside) == 0 {
		return err
	}
	return os.Rename(aside[0], dest)
}

// removeDebris removes the staging and aside directories of builds into
// dest that were killed; the caller holds the lock, so none is running.
func removeDebris(dest string) error {
	var errs []error
	for _, kind := range []string{"new-", "old-"} {
		debris, err := withPrefix(siblingName(dest, kind))
		errs = append(errs, err)
		for _, d := range debris {
			errs = append(errs, os.RemoveAll(d))
		}
	}
	return errors.Join(errs...)
}

// withPrefix lists the files in prefix's directory whose names start
// with prefix's last element.
func withPrefix(prefix string) ([]string, error) {
	dir, start := filepath.Split(prefix)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	var found []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), start) {
			found = append(found, filepath.Join(dir, e.Name()))
		}
	}
	return found, err
}

// errNoExchange is returned where directories cannot be swapped in one
// step.
var errNoExchange = errors.New("the system cannot swap two directories in one step")
