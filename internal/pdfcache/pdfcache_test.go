package pdfcache

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func put(t *testing.T, c *Cache, k Key, e Entry) {
	t.Helper()
	if err := c.Put(k, e); err != nil {
		t.Fatal(err)
	}
}

func wantEntry(t *testing.T, c *Cache, k Key, want Entry) {
	t.Helper()
	got, ok := c.Get(k)
	if !ok {
		t.Fatalf("no entry for %x", k[:4])
	}
	if !bytes.Equal(got.File, want.File) || !bytes.Equal(got.Meta, want.Meta) {
		t.Fatalf("entry %x: got file %q meta %q, want %q %q", k[:4], got.File, got.Meta, want.File, want.Meta)
	}
}

func TestEntriesOutliveTheCacheThatWroteThem(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "resources", "_gen", "pdf")
	k := KeyOf("cards 1", "deck a")
	e := Entry{File: []byte("%PDF-1.4 deck a"), Meta: []byte(`{"Cards":3}`)}
	put(t, Open(dir), k, e)
	later := Open(dir)
	wantEntry(t, later, k, e)
	if _, ok := later.Get(KeyOf("cards 2", "deck a")); ok {
		t.Error("an entry of another engine version was found")
	}
	if _, ok := later.Get(KeyOf("cards 1", "deck b")); ok {
		t.Error("an entry for other input was found")
	}
	empty := Entry{File: []byte("%PDF"), Meta: nil}
	put(t, later, KeyOf("cards 1", "deck c"), empty)
	wantEntry(t, later, KeyOf("cards 1", "deck c"), empty)
}

func TestDamagedEntriesAreMisses(t *testing.T) {
	dir := t.TempDir()
	c := Open(dir)
	k := KeyOf("cards 1", "deck")
	e := Entry{File: bytes.Repeat([]byte("%PDF page "), 100), Meta: []byte(`{"Cards":8,"Problems":null}`)}
	put(t, c, k, e)
	path := c.path(k)
	whole, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	flipped := slices.Clone(whole)
	flipped[len(flipped)-5] ^= 1
	other := KeyOf("cards 1", "other deck")
	damages := map[string][]byte{
		"empty":                      {},
		"cut in the header":          whole[:10],
		"cut after the lengths":      whole[:prefixSize],
		"cut in the metadata":        whole[:prefixSize+5],
		"cut one byte short":         whole[:len(whole)-1],
		"a byte too many":            append(slices.Clone(whole), 0),
		"a changed byte":             flipped,
		"another key's entry":        append(append(slices.Clone(whole[:len(header)]), other[:]...), whole[len(header)+len(other):]...),
		"lengths larger than a file": append(slices.Clone(whole[:len(header)+len(k)]), bytes.Repeat([]byte{0xff}, len(whole))...),
	}
	for name, data := range damages {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if got, ok := c.Get(k); ok {
			t.Errorf("%s: read as an entry with %d bytes", name, len(got.File))
		}
	}
	put(t, c, k, e)
	wantEntry(t, c, k, e)
}

func TestRefreshMissesButWrites(t *testing.T) {
	dir := t.TempDir()
	k := KeyOf("cards 1", "deck")
	put(t, Open(dir), k, Entry{File: []byte("old")})
	c := Open(dir)
	c.Refresh = true
	if _, ok := c.Get(k); ok {
		t.Fatal("Refresh read an entry")
	}
	put(t, c, k, Entry{File: []byte("new")})
	wantEntry(t, Open(dir), k, Entry{File: []byte("new")})
}

// Readers and writers at once, all writing the same entry as builds of
// the same data do: every read finds nothing or the whole entry.
func TestConcurrentWritersAndReaders(t *testing.T) {
	dir := t.TempDir()
	k := KeyOf("cards 1", "deck")
	e := Entry{File: bytes.Repeat([]byte("%PDF-1.4 "), 200_000), Meta: []byte(`{"Cards":12}`)}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := range 8 {
		c := Open(dir) // as separate processes do
		wg.Go(func() {
			for range 20 {
				if i%2 == 0 {
					if err := c.Put(k, e); err != nil {
						errs <- err
					}
				} else if got, ok := c.Get(k); ok && (!bytes.Equal(got.File, e.File) || !bytes.Equal(got.Meta, e.Meta)) {
					errs <- fmt.Errorf("read part of an entry: %d of %d bytes", len(got.File), len(e.File))
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "*"))
	hidden, _ := filepath.Glob(filepath.Join(dir, ".*"))
	if len(names) != 1 || len(hidden) != 0 {
		t.Errorf("files left in the cache: %q %q, want only the entry", names, hidden)
	}
}

func TestOpenTouchesNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "resources", "_gen", "pdf")
	c := Open(dir)
	if _, ok := c.Get(KeyOf("cards 1", "deck")); ok {
		t.Error("an empty cache has an entry")
	}
	if n, err := c.Prune(time.Hour); n != 0 || err != nil {
		t.Errorf("Prune of a cache never written: %d, %v", n, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "..", "..")); err == nil {
		t.Error("opening, reading and pruning a cache made its directory")
	}
}

func TestANewCacheDirectoryIsIgnoredByGit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "resources", "_gen", "pdf")
	put(t, Open(dir), KeyOf("cards 1", "deck"), Entry{File: []byte("%PDF")})
	if ignore, err := os.ReadFile(filepath.Join(dir, ".gitignore")); err != nil || !strings.HasSuffix(string(ignore), "\n*\n") {
		t.Errorf("the new cache directory has no .gitignore that ignores all: %q, %v", ignore, err)
	}
	mine := t.TempDir()
	put(t, Open(mine), KeyOf("cards 1", "deck"), Entry{File: []byte("%PDF")})
	if _, err := os.Stat(filepath.Join(mine, ".gitignore")); err == nil {
		t.Error("a .gitignore was put in a directory that existed")
	}
}

func TestPutFailsOnceWhereNothingCanBeWritten(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	c := Open(filepath.Join(file, "pdf"))
	k := KeyOf("cards 1", "deck")
	first := c.Put(k, Entry{File: []byte("%PDF")})
	if first == nil {
		t.Fatal("Put stored an entry under a file")
	}
	if err := c.Put(KeyOf("cards 1", "other"), Entry{File: []byte("%PDF")}); err != first {
		t.Errorf("the second Put returned %v, want the first failure again", err)
	}
	if err := c.WriteError(); err != first {
		t.Errorf("WriteError is %v, want %v", err, first)
	}
	if os.Geteuid() != 0 { // root writes in read-only directories
		dir := t.TempDir()
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(dir, 0o755)
		if err := Open(dir).Put(k, Entry{File: []byte("%PDF")}); err == nil {
			t.Error("Put wrote in a read-only directory")
		}
	}
}

func TestPruneRemovesOnlyItsOwnUnusedFiles(t *testing.T) {
	dir := t.TempDir()
	c := Open(dir)
	old := time.Now().Add(-40 * 24 * time.Hour)
	age := func(name string) {
		t.Helper()
		if err := os.Chtimes(filepath.Join(dir, name), old, old); err != nil {
			t.Fatal(err)
		}
	}
	unused, used, fresh := KeyOf("cards 1", "unused"), KeyOf("cards 1", "used"), KeyOf("cards 1", "fresh")
	for _, k := range []Key{unused, used, fresh} {
		put(t, c, k, Entry{File: []byte("%PDF")})
	}
	age(filepath.Base(c.path(unused)))
	age(filepath.Base(c.path(used)))
	if _, ok := c.Get(used); !ok {
		t.Fatal("no entry")
	}
	name := filepath.Base(c.path(unused))
	foreign := []string{
		"notes.txt", "image.png", ".gitignore", strings.ToUpper(name), name + ".bak", "x" + name,
		".tmp-notes", ".tmp-", "tmp-123",
	}
	for _, f := range foreign {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
		age(f)
	}
	sub := filepath.Join(dir, filepath.Base(c.path(KeyOf("cards 1", "a directory"))))
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	age(filepath.Base(sub))
	for _, tmp := range []string{".tmp-123", ".tmp-456"} {
		if err := os.WriteFile(filepath.Join(dir, tmp), []byte("half"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	age(".tmp-123") // left by a killed build; .tmp-456 may be a live one's

	removed, err := c.Prune(30 * 24 * time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if removed != 2 {
		t.Errorf("removed %d files, want 2", removed)
	}
	for _, gone := range []string{filepath.Base(c.path(unused)), ".tmp-123"} {
		if _, err := os.Lstat(filepath.Join(dir, gone)); err == nil {
			t.Errorf("%s is still there", gone)
		}
	}
	kept := append(foreign, filepath.Base(sub), filepath.Base(c.path(used)), filepath.Base(c.path(fresh)), ".tmp-456")
	for _, f := range kept {
		if _, err := os.Lstat(filepath.Join(dir, f)); err != nil {
			t.Errorf("%s was removed", f)
		}
	}
}
