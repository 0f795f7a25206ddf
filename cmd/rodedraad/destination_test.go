package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// newProject copies the project into a directory of its own in a fresh
// temporary directory, and returns the two.
func newProject(t *testing.T) (root, project string) {
	t.Helper()
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	project = filepath.Join(root, "project")
	copyProject(t, project)
	return root, project
}

// copyProject copies the minimal project to dir, with a content page, a
// Hugo configuration and a theme of its own.
func copyProject(t *testing.T, dir string) {
	t.Helper()
	if err := os.CopyFS(dir, os.DirFS(minimal)); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"hugo.toml":              "# eigen instellingen\n",
		"content/over-ons.md":    "---\ntitle: Over ons\n---\nWie wij zijn.\n",
		"themes/eigen/theme.txt": "een eigen thema\n",
	} {
		write(t, filepath.Join(dir, name), text)
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// tree is every file, directory and link under a directory: its kind,
// mode and content.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(path)
			files[rel] = "link to " + target
			return err
		case d.IsDir():
			files[rel] = info.Mode().String()
		default:
			data, err := os.ReadFile(path)
			files[rel] = fmt.Sprintf("%s %x", info.Mode(), sha256.Sum256(data))
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func compareTrees(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	for _, name := range slices.Sorted(maps.Keys(before)) {
		if after[name] != before[name] {
			t.Errorf("%s: %s was %q, is %q", what, name, before[name], after[name])
		}
	}
	for _, name := range slices.Sorted(maps.Keys(after)) {
		if _, ok := before[name]; !ok {
			t.Errorf("%s: %s is new", what, name)
		}
	}
}

// A build replaces its destination, so it refuses one that holds what no
// build made, and leaves it as it was.
func TestBuildRefusesDestinationsItDidNotMake(t *testing.T) {
	// Every case gets the same paths, in a project of its own.
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	project := filepath.Join(root, "project")
	outside := "Build into " + project + "/public (the default) or into a new or empty directory outside the project.\n"
	for _, c := range []struct{ destination, want string }{
		{".", "rodedraad: will not build into " + project + ": it is the project directory, with content/, data/, hugo.toml and 1 more, which a build there would replace.\n" + outside},
		{"data", "rodedraad: will not build into " + project + "/data: it lies in the project " + project + " and holds factsheets/ and site.toml, which is not the output of a build.\n" + outside},
		{"content", "rodedraad: will not build into " + project + "/content: it lies in the project " + project + " and holds over-ons.md, which is not the output of a build.\n" + outside},
		{"themes", "rodedraad: will not build into " + project + "/themes: it lies in the project " + project + " and holds eigen/, which is not the output of a build.\n" + outside},
		{"site", "rodedraad: will not build into " + project + "/site: it would lie in the project " + project + ", whose files are the build's input.\n" + outside},
		{"..", "rodedraad: will not build into " + root + ": it holds the project " + project + ", which a build there would delete.\n" + outside},
		{"../notities.txt", "rodedraad: will not build into " + root + "/notities.txt: it is a file, not a directory.\nChoose a new or empty directory, or remove the file yourself if it may go.\n"},
		{"../eigen-map", "rodedraad: will not build into " + root + "/eigen-map: it holds brief.txt, which no rodedraad build made and a build there would delete.\nChoose a new or empty directory, or empty this one yourself if its files may go.\n"},
	} {
		t.Run(c.destination, func(t *testing.T) {
			if err := os.RemoveAll(root); err != nil {
				t.Fatal(err)
			}
			copyProject(t, project)
			write(t, filepath.Join(root, "notities.txt"), "mijn notities\n")
			write(t, filepath.Join(root, "eigen-map", "brief.txt"), "een brief\n")
			t.Chdir(project)
			before := tree(t, root)
			code, stdout, stderr := runCLI("build", "-d", c.destination)
			summary := "1 factsheet, 1 edition, 2 themes, 3 questions, 1 practice example, 1 tip\n"
			if code != exitInvalid || stdout != summary || stderr != c.want {
				t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant exit %d, stdout %q and stderr:\n%s", code, stdout, stderr, exitInvalid, summary, c.want)
			}
			compareTrees(t, "-d "+c.destination, before, tree(t, root))
		})
	}
}

// The output of an earlier build is replaced, also one made by a
// rodedraad that did not mark its builds yet.
func TestBuildReplacesAnEarlierBuild(t *testing.T) {
	root, project := newProject(t)
	unmarked := filepath.Join(root, "oud")
	for name, text := range map[string]string{"index.html": "<!DOCTYPE html>\n", "zoekindex.js": "", "css/kleuren.css": "", "oude-pagina/index.html": ""} {
		write(t, filepath.Join(unmarked, name), text)
	}
	inProject := filepath.Join(project, "uitvoer")
	write(t, filepath.Join(inProject, ".rodedraad-build"), "")
	write(t, filepath.Join(inProject, "oude-pagina/index.html"), "")
	for _, dest := range []string{unmarked, filepath.Join(project, "public"), inProject} {
		if code, _, stderr := runCLI("build", "-s", project, "-d", dest); code != exitOK {
			t.Fatalf("-d %s: exit %d:\n%s", dest, code, stderr)
		}
		if _, err := os.Stat(filepath.Join(dest, "demo", "index.html")); err != nil {
			t.Errorf("-d %s: no site: %v", dest, err)
		}
	}
	for _, dir := range []string{unmarked, inProject} {
		if _, err := os.Stat(filepath.Join(dir, "oude-pagina")); err == nil {
			t.Errorf("%s: the earlier build's pages are still there", dir)
		}
	}
}

func TestBuildKeepsTheDestinationsMode(t *testing.T) {
	root, project := newProject(t)
	old := syscall.Umask(0o027)
	t.Cleanup(func() { syscall.Umask(old) })
	for _, c := range []struct {
		name     string
		existing fs.FileMode // 0: the destination is new
		unmarked bool        // an earlier version's build is in it
		want     fs.FileMode
	}{
		{"existing 0755", 0o755, false, 0o755},
		{"existing 0750", 0o750, false, 0o750},
		{"existing 0700", 0o700, false, 0o700},
		{"existing 2775", 0o775 | fs.ModeSetgid, false, 0o775 | fs.ModeSetgid},
		{"new, umask 027", 0, false, 0o750},
		// 0700 is what every earlier version gave its output, unasked.
		{"an earlier version's 0700", 0o700, true, 0o750},
		{"an earlier version's, made 0755", 0o755, true, 0o755},
	} {
		dest := filepath.Join(root, strings.NewReplacer(" ", "-", "'", "", ",", "").Replace(c.name))
		if c.existing != 0 {
			if err := os.Mkdir(dest, 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(dest, c.existing); err != nil {
				t.Fatal(err)
			}
		}
		if c.unmarked {
			for _, name := range []string{"index.html", "zoekindex.js", "css/kleuren.css"} {
				write(t, filepath.Join(dest, name), "")
			}
		}
		for range 2 { // into the destination as it was, and over the build
			if code, _, stderr := runCLI("build", "-s", project, "-d", dest); code != exitOK {
				t.Fatalf("%s: exit %d:\n%s", c.name, code, stderr)
			}
			info, err := os.Stat(dest)
			if err != nil {
				t.Fatal(err)
			}
			if got := info.Mode() &^ fs.ModeDir; got != c.want {
				t.Errorf("%s: the destination's mode is %v, want %v", c.name, got, c.want)
			}
		}
	}
}

func TestBuildIntoALinkedDestination(t *testing.T) {
	root, project := newProject(t)
	target := filepath.Join(root, "www", "factsheets-2025")
	if err := os.MkdirAll(target, 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(root, "factsheets")
	if err := os.Symlink("www/factsheets-2025", link); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if code, _, stderr := runCLI("build", "-s", project, "-d", link); code != exitOK {
			t.Fatalf("exit %d:\n%s", code, stderr)
		}
		if got, err := os.Readlink(link); err != nil || got != "www/factsheets-2025" {
			t.Fatalf("the destination is no longer the link to www/factsheets-2025: %q, %v", got, err)
		}
		if _, err := os.Stat(filepath.Join(target, "demo", "index.html")); err != nil {
			t.Errorf("the directory the link leads to has no site: %v", err)
		}
	}
	for _, dir := range []string{root, filepath.Join(root, "www")} {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				t.Errorf("left behind: %s", filepath.Join(dir, e.Name()))
			}
		}
	}
}

// debris lists what builds into dest left next to it and in tmp.
func debris(t *testing.T, dest, tmp string) []string {
	t.Helper()
	var left []string
	entries, err := os.ReadDir(filepath.Dir(dest))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "."+filepath.Base(dest)+".") {
			left = append(left, e.Name())
		}
	}
	entries, err = os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		left = append(left, filepath.Join(tmp, e.Name()))
	}
	return left
}

// buildProcess starts 'rodedraad build' as a process of its own, with a
// temporary directory of its own.
func buildProcess(t *testing.T, project, dest, tmp string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "build", "-s", project, "-d", dest)
	cmd.Env = append(os.Environ(), "RODEDRAAD_TEST_RUN_MAIN=1", "TMPDIR="+tmp)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &stderr
}

// A build killed at any moment leaves the complete previous output in
// place, never none; with SIGTERM or SIGINT it removes its files, and
// after kill -9 the next build does.
func TestKilledBuildsLeaveTheOutputWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the site some twenty times")
	}
	root, project := newProject(t)
	dest := filepath.Join(root, "site")
	tmp := filepath.Join(root, "tmp")
	if err := os.Mkdir(tmp, 0o755); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	cmd, stderr := buildProcess(t, project, dest, tmp)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v:\n%s", err, stderr)
	}
	duration := time.Since(start)
	complete := tree(t, dest)

	var missing []string
	var mu sync.Mutex
	stop := make(chan struct{})
	watched := make(chan int)
	go func() {
		looks := 0
		for {
			select {
			case <-stop:
				watched <- looks
				return
			default:
			}
			if _, err := os.Stat(filepath.Join(dest, "demo", "index.html")); err != nil {
				mu.Lock()
				missing = append(missing, err.Error())
				mu.Unlock()
			}
			looks++
		}
	}()

	const moments = 16
	for i := range moments {
		signal := []syscall.Signal{syscall.SIGKILL, syscall.SIGTERM, syscall.SIGKILL, syscall.SIGINT}[i%4]
		delay := duration * time.Duration(i) / moments
		earlier := debris(t, dest, tmp) // what the builds killed with -9 left
		cmd, stderr := buildProcess(t, project, dest, tmp)
		time.Sleep(delay)
		_ = cmd.Process.Signal(signal)
		err := cmd.Wait()
		what := fmt.Sprintf("%v after %v", signal, delay.Round(time.Millisecond))
		compareTrees(t, what, complete, tree(t, dest))
		if signal == syscall.SIGKILL || err == nil {
			continue
		}
		// A signal before rodedraad is ready for it ends the process before
		// it has made anything.
		if status, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !status.Signaled() {
			code := cmd.ProcessState.ExitCode()
			want := fmt.Sprintf("rodedraad: interrupted (%s): the build stopped and removed its files; the previous output is unchanged.\n", signalNames[signal])
			if code != 128+int(signal) || !strings.HasSuffix(stderr.String(), want) {
				t.Errorf("%s: exit %d, stderr:\n%s\nwant exit %d and stderr ending in:\n%s", what, code, stderr, 128+int(signal), want)
			}
		}
		for _, left := range debris(t, dest, tmp) {
			if !slices.Contains(earlier, left) {
				t.Errorf("%s: left behind %s", what, left)
			}
		}
	}
	cmd, stderr = buildProcess(t, project, dest, tmp)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v:\n%s", err, stderr)
	}
	close(stop)
	looks := <-watched
	t.Logf("the destination was looked at %d times during the builds", looks)
	compareTrees(t, "the build after the killed ones", complete, tree(t, dest))
	if left := debris(t, dest, tmp); len(left) > 0 {
		t.Errorf("the build after the killed ones left %v", left)
	}
	if len(missing) > 0 {
		t.Errorf("in %d of %d looks the site was missing, first: %s", len(missing), looks, missing[0])
	}
}

// Builds into one destination at the same time: each either builds or
// is refused while another runs, and the output is one whole build.
func TestConcurrentBuildsIntoOneDestination(t *testing.T) {
	root, project := newProject(t)
	dest := filepath.Join(root, "site")
	tmp := filepath.Join(root, "tmp")
	if err := os.Mkdir(tmp, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd, stderr := buildProcess(t, project, dest, tmp)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v:\n%s", err, stderr)
	}
	complete := tree(t, dest)
	type build struct {
		cmd    *exec.Cmd
		stderr *bytes.Buffer
	}
	var builds []build
	for range 3 {
		cmd, stderr := buildProcess(t, project, dest, tmp)
		builds = append(builds, build{cmd, stderr})
	}
	busy := "rodedraad: will not build into " + dest + ": another rodedraad build into it is running.\nWait for it to finish, then build again.\n"
	built := 0
	for _, b := range builds {
		err := b.cmd.Wait()
		switch {
		case err == nil:
			built++
		case b.cmd.ProcessState.ExitCode() != exitInvalid || !strings.HasSuffix(b.stderr.String(), busy):
			t.Errorf("exit %d, stderr:\n%s", b.cmd.ProcessState.ExitCode(), b.stderr)
		}
	}
	if built == 0 {
		t.Error("no build got through")
	}
	compareTrees(t, "after concurrent builds", complete, tree(t, dest))
	if left := debris(t, dest, tmp); len(left) > 0 {
		t.Errorf("left behind %v", left)
	}
}
