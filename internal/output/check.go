package output

import (
	"errors"
	"fmt"
	"github.com/rodedraad/rodedraad/internal/message"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// check refuses a destination a build may not replace, and returns the
// directory the build replaces: dest with its links resolved.
func (r Rules) check(dest string) (string, error) {
	refuse := func(reason, remedy message.Text) (string, error) {
		return "", &RefusedError{Destination: dest, Reason: reason, Remedy: remedy}
	}
	real, err := resolve(dest)
	var dangling *danglingLinkError
	if errors.As(err, &dangling) {
		return refuse(message.New("%s is a symbolic link to %s, which does not exist", dangling.link, dangling.target),
			message.New("Make the directory it links to, or remove the link."))
	}
	if err != nil {
		return "", err
	}
	project, err := resolve(r.Project)
	if err != nil {
		return "", err
	}
	byDefault, err := resolve(r.Default)
	if err != nil {
		return "", err
	}
	outside := message.New("Build into %s (the default) or into a new or empty directory outside the project.", r.Default)
	info, err := os.Stat(real)
	if errors.Is(err, fs.ErrNotExist) {
		if within(real, project) && real != byDefault {
			return refuse(message.New("it would lie in the project %s, whose files are the build's input", project), outside)
		}
		return real, nil
	}
	if err != nil {
		return "", err
	}
	if !info.IsDir() {
		return refuse(message.New("it is a file, not a directory"), message.New("Choose a new or empty directory, or remove the file yourself if it may go."))
	}
	entries, err := os.ReadDir(real)
	if err != nil {
		return "", err
	}
	switch {
	case real == project:
		return refuse(message.New("it is the project directory, with %s, which a build there would replace", listing(entries)), outside)
	case within(project, real):
		return refuse(message.New("it holds the project %s, which a build there would delete", project), outside)
	}
	earlier := r.earlierBuild(real)
	switch {
	case within(real, project) && real != byDefault && !earlier:
		return refuse(message.New("it lies in the project %s and holds %s, which is not the output of a build", project, listing(entries)), outside)
	case len(entries) > 0 && !earlier:
		return refuse(message.New("it holds %s, which no rodedraad build made and a build there would delete", listing(entries)),
			message.New("Choose a new or empty directory, or empty this one yourself if its files may go."))
	}
	return real, nil
}

// keptMode is the mode of the destination dir, for the new output, or
// false when the new output is to get a new directory's mode: when there
// is no destination, or when it is an unmarked build with the 0700 that
// every build before the marker gave its output, by mistake.
func (r Rules) keptMode(dir string) (fs.FileMode, bool) {
	info, err := os.Stat(dir)
	if err != nil {
		return 0, false
	}
	mode := info.Mode() & (fs.ModePerm | fs.ModeSetgid | fs.ModeSticky)
	if _, err := os.Stat(filepath.Join(dir, Marker)); err != nil && mode == 0o700 && r.Unmarked != nil && r.Unmarked(dir) {
		return 0, false
	}
	return mode, true
}

// earlierBuild reports whether dir is the output of a build.
func (r Rules) earlierBuild(dir string) bool {
	if _, err := os.Stat(filepath.Join(dir, Marker)); err == nil {
		return true
	}
	return r.Unmarked != nil && r.Unmarked(dir)
}

// within reports whether path lies in dir.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// listing names the first entries of a directory, for a message.
func listing(entries []fs.DirEntry) message.Text {
	if len(entries) == 0 {
		return message.New("nothing")
	}
	const shown = 3
	var names []string
	for _, e := range entries[:min(len(entries), shown)] {
		name := e.Name()
		if e.IsDir() {
			name += "/"
		}
		names = append(names, name)
	}
	if more := len(entries) - shown; more > 0 {
		return message.New("%s and %d more", strings.Join(names, ", "), more)
	}
	if len(names) == 1 {
		return message.Verbatim(names[0])
	}
	return message.New("%s and %s", strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
}

type danglingLinkError struct{ link, target string }

func (e *danglingLinkError) Error() string {
	return fmt.Sprintf("%s links to %s, which does not exist", e.link, e.target)
}

// resolve is path with its symbolic links resolved, as far as it exists.
func resolve(path string) (string, error) {
	real, err := filepath.EvalSymlinks(path)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return real, err
	}
	if target, err := os.Readlink(path); err == nil {
		return "", &danglingLinkError{link: path, target: target}
	}
	parent := filepath.Dir(path)
	if parent == path {
		return path, nil
	}
	realParent, err := resolve(parent)
	return filepath.Join(realParent, filepath.Base(path)), err
}
