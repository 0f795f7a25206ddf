// Package pdfcache keeps rendered files on disk by the hash of what they
// are made from, as Hugo keeps processed images in resources/_gen, so that
// a build renders again only what changed. Builds running at once may
// share a cache: an entry is written to a temporary file and renamed into
// place, and one that is cut short or damaged is read as missing.
package pdfcache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"time"
)

// Key names what an entry was made from.
type Key [sha256.Size]byte

// KeyOf is the key of a file that engine made from input. Engine names
// the maker and the version of its output ("cards 3"): a new version makes
// new keys, so entries of an older one are no longer read. Input must be
// plain data that encoding/json can encode, holding everything the output
// depends on.
func KeyOf(engine string, input any) Key {
	data, err := json.Marshal(struct {
		Engine string
		Input  any
	}{engine, input})
	if err != nil {
		panic(fmt.Sprintf("pdfcache: the input of %s cannot be hashed: %v", engine, err))
	}
	return sha256.Sum256(data)
}

// Entry is a rendered file and what its maker needs to know of it besides,
// such as the problems it reported while rendering it.
type Entry struct {
	File []byte
	Meta []byte
}

// Cache is a directory of entries.
type Cache struct {
	dir string
	// Refresh makes every Get miss, so that everything is made again and
	// written over the entries (--ignoreCache).
	Refresh bool

	mu       sync.Mutex
	writeErr error // the first entry that could not be written; no more are tried after it
}

// Open opens the cache in dir. It touches nothing on disk: the
// directory is made when the first entry is stored, so a command that
// stops before it renders anything leaves no trace.
func Open(dir string) *Cache { return &Cache{dir: dir} }

// Dir is the cache's directory.
func (c *Cache) Dir() string { return c.dir }

// An entry is a file named by its key, that holds: the header, the key
// again, the lengths of Meta and File, and the hash of both, then Meta and
// File. A file cut short, or changed, fails the check and is a miss.
const (
	header      = "rodedraad-pdfcache 1\n"
	suffix      = ".entry"
	tempPattern = ".tmp-*"
	prefixSize  = len(header) + sha256.Size + 8 + 8 + sha256.Size
)

// entryName and tempName are the files a cache makes, and the only ones
// Prune removes.
var (
	entryName = regexp.MustCompile(`^[0-9a-f]{64}` + regexp.QuoteMeta(suffix) + `$`)
	tempName  = regexp.MustCompile(`^\.tmp-[0-9]+$`)
)

func (c *Cache) path(k Key) string { return filepath.Join(c.dir, hex.EncodeToString(k[:])+suffix) }

// Get returns the entry for k, if the cache holds it whole. A hit marks
// the entry as used, so that Prune keeps it.
func (c *Cache) Get(k Key) (Entry, bool) {
	if c.Refresh {
		return Entry{}, false
	}
	path := c.path(k)
	data, err := os.ReadFile(path)
	if err != nil {
		return Entry{}, false
	}
	e, ok := decode(k, data)
	if ok {
		now := time.Now()
		_ = os.Chtimes(path, now, now) // at worst the entry is pruned early and made again
	}
	return e, ok
}

func decode(k Key, data []byte) (Entry, bool) {
	if len(data) < prefixSize || string(data[:len(header)]) != header {
		return Entry{}, false
	}
	rest := data[len(header):]
	if !bytes.Equal(rest[:sha256.Size], k[:]) {
		return Entry{}, false
	}
	rest = rest[sha256.Size:]
	metaLen, fileLen := binary.BigEndian.Uint64(rest), binary.BigEndian.Uint64(rest[8:])
	sum, body := rest[16:16+sha256.Size], rest[16+sha256.Size:]
	if metaLen > uint64(len(body)) || uint64(len(body))-metaLen != fileLen {
		return Entry{}, false
	}
	if got := sha256.Sum256(body); !bytes.Equal(got[:], sum) {
		return Entry{}, false
	}
	return Entry{Meta: body[:metaLen:metaLen], File: body[metaLen:]}, true
}

// Put stores e under k. Readers see the old entry or the new one, never
// part of one. After the first failure (a read-only checkout, a full
// disk) Put writes nothing more and returns that failure again;
// WriteError tells it.
func (c *Cache) Put(k Key, e Entry) error {
	c.mu.Lock()
	failed := c.writeErr
	c.mu.Unlock()
	if failed != nil {
		return failed
	}
	err := c.write(k, e)
	if err != nil {
		c.mu.Lock()
		if c.writeErr == nil {
			c.writeErr = err
		}
		c.mu.Unlock()
	}
	return err
}

func (c *Cache) write(k Key, e Entry) error {
	body := make([]byte, 0, len(e.Meta)+len(e.File))
	body = append(append(body, e.Meta...), e.File...)
	sum := sha256.Sum256(body)
	data := make([]byte, 0, prefixSize+len(body))
	data = append(data, header...)
	data = append(data, k[:]...)
	data = binary.BigEndian.AppendUint64(data, uint64(len(e.Meta)))
	data = binary.BigEndian.AppendUint64(data, uint64(len(e.File)))
	data = append(data, sum[:]...)
	data = append(data, body...)

	tmp, err := os.CreateTemp(c.dir, tempPattern)
	if errors.Is(err, fs.ErrNotExist) {
		if err = c.makeDir(); err == nil {
			tmp, err = os.CreateTemp(c.dir, tempPattern)
		}
	}
	if err != nil {
		return err
	}
	// No fsync: after a crash an entry may be empty or cut short, which
	// Get reads as a miss, and the next build makes it again.
	_, err = tmp.Write(data)
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), c.path(k))
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

// ignoreAll keeps a cache directory out of version control wherever it
// is, also in a project that lies deeper in a repository than the
// repository's own ignore rules expect.
const ignoreAll = "# rodedraad's cache of rendered files: not for version control\n*\n"

func (c *Cache) makeDir() error { return MakeDir(c.dir) }

// MakeDir makes the directory of a cache of rendered files, this one or
// another, and in it a .gitignore, but only when it makes the directory
// itself: a directory that exists may hold files of its owner that must
// not be hidden from git.
func MakeDir(dir string) error {
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return err
	}
	err := os.Mkdir(dir, 0o755)
	if errors.Is(err, fs.ErrExist) {
		return nil // another build made it first
	}
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, ".gitignore"), []byte(ignoreAll), 0o644)
}

// WriteError is the first failure to write an entry, if any.
func (c *Cache) WriteError() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.writeErr
}

// tempAge is how old a temporary file must be before Prune takes it for
// the leftover of a process that was killed while writing: writing one
// takes a moment.
const tempAge = time.Hour

// Prune removes the entries not used for the given time, and temporary
// files left by processes that died while writing. It removes only files
// named as the cache names its own, in its own directory, never a
// directory or anything else that may be there. It returns how many files
// it removed.
func (c *Cache) Prune(unused time.Duration) (int, error) {
	entries, err := os.ReadDir(c.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	now := time.Now()
	removed := 0
	var errs []error
	for _, d := range entries {
		var age time.Duration
		switch name := d.Name(); {
		case entryName.MatchString(name):
			age = unused
		case tempName.MatchString(name):
			age = tempAge
		default:
			continue
		}
		if !d.Type().IsRegular() {
			continue
		}
		info, err := d.Info()
		if errors.Is(err, fs.ErrNotExist) {
			continue // another build pruned it first
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if now.Sub(info.ModTime()) <= age {
			continue
		}
		err = os.Remove(filepath.Join(c.dir, d.Name()))
		switch {
		case err == nil:
			removed++
		case !errors.Is(err, fs.ErrNotExist):
			errs = append(errs, err)
		}
	}
	return removed, errors.Join(errs...)
}
