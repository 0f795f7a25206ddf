package output

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"testing"
)

// setup makes a project and returns the directory it is in and the rules
// for it. The test gets a temporary directory of its own: Open removes
// what it takes for dead builds' scratch directories there.
func setup(t *testing.T) (string, Rules) {
	t.Helper()
	t.Setenv("TMPDIR", t.TempDir())
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	project := filepath.Join(root, "project")
	write(t, filepath.Join(project, "data", "site.toml"), "title = \"Testsite\"\n")
	return root, Rules{Project: project, Default: filepath.Join(project, "public")}
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

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var list []string
	for _, e := range entries {
		list = append(list, e.Name())
	}
	return list
}

// build puts a site with the one page into dest.
func build(t *testing.T, dest string, rules Rules, page string) {
	t.Helper()
	out, err := Open(dest, rules)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(out.Staging(), "index.html"), page)
	if err := out.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestABuildReplacesTheOneBefore(t *testing.T) {
	root, rules := setup(t)
	dest := filepath.Join(root, "site")
	build(t, dest, rules, "eerste")
	build(t, dest, rules, "tweede")
	if got, _ := os.ReadFile(filepath.Join(dest, "index.html")); string(got) != "tweede" {
		t.Errorf("index.html is %q", got)
	}
	if got, _ := os.ReadFile(filepath.Join(dest, Marker)); string(got) != markerText {
		t.Errorf("the marker is %q", got)
	}
	if got := names(t, root); !slices.Equal(got, []string{"project", "site"}) {
		t.Errorf("next to the destination: %v", got)
	}
	if got := names(t, os.TempDir()); len(got) > 0 {
		t.Errorf("left in the temporary directory: %v", got)
	}
}

func TestAClosedBuildChangesNothing(t *testing.T) {
	root, rules := setup(t)
	dest := filepath.Join(root, "site")
	build(t, dest, rules, "eerste")
	out, err := Open(dest, rules)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(out.Staging(), "index.html"), "half af")
	write(t, filepath.Join(out.Scratch(), "content", "pagina.md"), "half af")
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dest, "index.html")); string(got) != "eerste" {
		t.Errorf("index.html is %q", got)
	}
	if got := names(t, root); !slices.Equal(got, []string{"project", "site"}) {
		t.Errorf("next to the destination: %v", got)
	}
	if got := names(t, os.TempDir()); len(got) > 0 {
		t.Errorf("left in the temporary directory: %v", got)
	}
}

func TestASecondBuildIsRefusedWhileOneRuns(t *testing.T) {
	root, rules := setup(t)
	dest := filepath.Join(root, "site")
	first, err := Open(dest, rules)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(dest, rules)
	want := "will not build into " + dest + ": another rodedraad build into it is running.\nWait for it to finish, then build again."
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	if _, err := os.Stat(first.Staging()); err != nil {
		t.Errorf("the refused build touched the running one's staging: %v", err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	second, err := Open(dest, rules)
	if err != nil {
		t.Fatalf("after the first build: %v", err)
	}
	second.Close()
}

// Open removes what killed builds into the destination left, and no
// other file: not another destination's, not a running build's, not one
// of a rodedraad that did not lock its directories.
func TestOpenRemovesOnlyWhatDeadBuildsLeft(t *testing.T) {
	root, rules := setup(t)
	dest := filepath.Join(root, "site")
	build(t, dest, rules, "eerste")
	for _, name := range []string{".site.new-dood1/index.html", ".site.old-dood2/index.html", ".site.lock",
		".site2.new-anders/index.html", "site.new-zonder-punt/index.html", "notities.txt"} {
		write(t, filepath.Join(root, name), "")
	}
	tmp := os.TempDir()
	for _, name := range []string{scratchPrefix + "dood/content/pagina.md", "rodedraad-build-123/content/pagina.md", "iets-anders/bestand"} {
		write(t, filepath.Join(tmp, name), "")
	}
	running, err := newLockedDir(tmp, scratchPrefix)
	if err != nil {
		t.Fatal(err)
	}
	defer running.remove()

	out, err := Open(dest, rules)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := names(t, root), []string{".site.lock", filepath.Base(out.Staging()), ".site2.new-anders", "notities.txt", "project", "site", "site.new-zonder-punt"}; !slices.Equal(got, want) {
		t.Errorf("next to the destination:\n got %v\nwant %v", got, want)
	}
	want := []string{"iets-anders", "rodedraad-build-123", filepath.Base(running.path), filepath.Base(out.Scratch())}
	slices.Sort(want)
	if got := names(t, tmp); !slices.Equal(got, want) {
		t.Errorf("in the temporary directory:\n got %v\nwant %v", got, want)
	}
	out.Close()
}

// Where directories cannot be swapped in one step, a build that dies
// between its two renames leaves the destination aside; the next build
// puts it back before anything else.
func TestTheNextBuildRestoresAnOutputLeftAside(t *testing.T) {
	root, rules := setup(t)
	dest := filepath.Join(root, "site")
	build(t, dest, rules, "eerste")
	if err := os.Rename(dest, filepath.Join(root, ".site.old-gestorven")); err != nil {
		t.Fatal(err)
	}
	out, err := Open(dest, rules)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if got, _ := os.ReadFile(filepath.Join(dest, "index.html")); string(got) != "eerste" {
		t.Errorf("index.html is %q", got)
	}
	write(t, filepath.Join(out.Staging(), "index.html"), "tweede")
	if err := out.commitByRenames(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dest, "index.html")); string(got) != "tweede" {
		t.Errorf("after the renames index.html is %q", got)
	}
	if got := names(t, root); !slices.Equal(got, []string{".site.lock", "project", "site"}) {
		t.Errorf("next to the destination: %v", got)
	}
}

func TestOpenRefusesALinkToNothing(t *testing.T) {
	root, rules := setup(t)
	dest := filepath.Join(root, "site")
	if err := os.Symlink("www/weg", dest); err != nil {
		t.Fatal(err)
	}
	_, err := Open(dest, rules)
	var refused *RefusedError
	want := "will not build into " + dest + ": " + dest + " is a symbolic link to www/weg, which does not exist.\nMake the directory it links to, or remove the link."
	if !errors.As(err, &refused) || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	if got := names(t, root); !slices.Equal(got, []string{"project", "site"}) {
		t.Errorf("next to the destination: %v", got)
	}
}

// An earlier build in the project is replaced, so is public/, but not a
// directory there that no build made.
func TestOpenInTheProject(t *testing.T) {
	_, rules := setup(t)
	project := rules.Project
	write(t, filepath.Join(project, "uitvoer", Marker), "")
	write(t, filepath.Join(project, "oud", "index.html"), "")
	write(t, filepath.Join(project, "eigen", "brief.txt"), "")
	rules.Unmarked = func(dir string) bool { return filepath.Base(dir) == "oud" }
	for dir, want := range map[string]string{
		"public":  "",
		"uitvoer": "",
		"oud":     "",
		"eigen":   "will not build into " + project + "/eigen: it lies in the project " + project + " and holds brief.txt, which is not the output of a build.\nBuild into " + project + "/public (the default) or into a new or empty directory outside the project.",
	} {
		got := ""
		if out, err := Open(filepath.Join(project, dir), rules); err != nil {
			got = err.Error()
		} else {
			out.Close()
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", dir, got, want)
		}
	}
}

// On Linux the destination is swapped in one step: a reader looking all
// the time never finds it missing.
func TestTheDestinationIsNeverMissing(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("directories are swapped in one step on Linux only")
	}
	root, rules := setup(t)
	dest := filepath.Join(root, "site")
	build(t, dest, rules, "0")
	stop := make(chan struct{})
	result := make(chan [2]int)
	go func() {
		looks, missing := 0, 0
		for {
			select {
			case <-stop:
				result <- [2]int{looks, missing}
				return
			default:
			}
			if _, err := os.Stat(filepath.Join(dest, "index.html")); err != nil {
				missing++
			}
			looks++
		}
	}()
	const builds = 50
	for i := range builds {
		build(t, dest, rules, strconv.Itoa(i))
	}
	close(stop)
	r := <-result
	if r[1] > 0 {
		t.Errorf("in %d of %d looks during %d builds the destination was missing", r[1], r[0], builds)
	}
	t.Logf("%d looks during %d builds", r[0], builds)
}
