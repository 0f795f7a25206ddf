package output

import (
	"errors"
	"io/fs"
	"os"
)

// errLocked is returned when another process holds a lock.
var errLocked = errors.New("locked by another process")

// lockedFile is a lock file held by this process.
type lockedFile struct {
	path string
	file *os.File
}

// lockFile takes the lock on the file at path, making the file when there
// is none. Its holder removes the file when it is done, so a file opened
// just before that is no longer the lock: then the new one is taken.
func lockFile(path string) (*lockedFile, error) {
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o666)
		if err != nil {
			return nil, err
		}
		if err := tryLock(f); err != nil {
			f.Close()
			return nil, err
		}
		if isStill(f, path) {
			return &lockedFile{path: path, file: f}, nil
		}
		f.Close()
	}
}

// release removes the lock file and then lets go of the lock.
func (l *lockedFile) release() error {
	return errors.Join(os.Remove(l.path), l.file.Close())
}

// lockedDir is a directory its process holds a lock on while it uses it.
type lockedDir struct {
	path string
	file *os.File
}

// newLockedDir makes a directory in dir whose name starts with prefix and
// takes the lock on it. Another build may remove the directory between
// its making and its locking, taking it for a dead build's: then it makes
// another.
func newLockedDir(dir, prefix string) (*lockedDir, error) {
	for {
		path, err := os.MkdirTemp(dir, prefix)
		if err != nil {
			return nil, err
		}
		f, err := os.Open(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if err := tryLock(f); err == nil && isStill(f, path) {
			return &lockedDir{path: path, file: f}, nil
		}
		f.Close()
	}
}

// remove removes the directory, then lets go of the lock.
func (d *lockedDir) remove() error {
	return errors.Join(os.RemoveAll(d.path), d.file.Close())
}

// removeUnlockedDir removes the directory at path unless a running
// process holds the lock on it.
func removeUnlockedDir(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	switch err := tryLock(f); {
	case errors.Is(err, errLocked):
		return nil
	case err != nil:
		return err
	}
	if !isStill(f, path) {
		return nil
	}
	return os.RemoveAll(path)
}

// isStill reports whether path is still the file f was opened as.
func isStill(f *os.File, path string) bool {
	opened, err := f.Stat()
	if err != nil {
		return false
	}
	now, err := os.Lstat(path)
	return err == nil && os.SameFile(opened, now)
}
