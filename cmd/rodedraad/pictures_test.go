package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// pngFiles are the PNG files under dir, by path.
func pngFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".png" {
			return err
		}
		data, err := os.ReadFile(path)
		files[path] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// The share pictures Hugo draws are kept between builds, as the PDFs are:
// a second build takes them from the cache, --ignoreCache draws them
// again, and a picture no page uses any more leaves the cache.
func TestBuildKeepsSharePicturesInTheCache(t *testing.T) {
	dir := minimalProject(t)
	cacheDir := filepath.Join(dir, "resources", "_gen", "images")
	cold := t.TempDir()
	buildInto(t, "-s", dir, "-d", cold)
	drawn := pngFiles(t, filepath.Join(cold, "delen"))
	cached := pngFiles(t, cacheDir)
	if len(drawn) == 0 || len(cached) != len(drawn) {
		t.Fatalf("%d pictures in the site, %d in %s", len(drawn), len(cached), cacheDir)
	}

	// A picture the cache holds in place of a drawn one shows that the
	// next build took it from there.
	var planted bytes.Buffer
	if err := png.Encode(&planted, image.NewGray(image.Rect(0, 0, 1200, 630))); err != nil {
		t.Fatal(err)
	}
	for path := range cached {
		if err := os.WriteFile(path, planted.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	warm := t.TempDir()
	buildInto(t, "-s", dir, "-d", warm)
	for path, data := range pngFiles(t, filepath.Join(warm, "delen")) {
		if !bytes.Equal(data, planted.Bytes()) {
			t.Errorf("%s was drawn again, not taken from the cache", path)
		}
	}
	again := t.TempDir()
	buildInto(t, "-s", dir, "-d", again, "--ignoreCache")
	for path, data := range pngFiles(t, filepath.Join(again, "delen")) {
		if bytes.Equal(data, planted.Bytes()) {
			t.Errorf("build --ignoreCache took %s from the cache", path)
		}
	}

	theme := filepath.Join(dir, "data/factsheets/demo/2024/themes/luisteren.toml")
	src, err := os.ReadFile(theme)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(theme, bytes.Replace(src, []byte(`title = "Goed luisteren"`), []byte(`title = "Echt luisteren"`), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	buildInto(t, "-s", dir, "-d", t.TempDir())
	if n := len(pngFiles(t, cacheDir)); n != len(drawn) {
		t.Errorf("after a theme was renamed the cache holds %d pictures, want the %d in use", n, len(drawn))
	}
}
