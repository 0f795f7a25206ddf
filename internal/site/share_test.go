package site

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/rodedraad/rodedraad/internal/model"
)

// meta is the content of the page's <meta> with the property or name.
func (d doc) meta(key string) string {
	found := d.all("meta", func(n *html.Node) bool { return attr(n, "property") == key || attr(n, "name") == key })
	if len(found) == 0 {
		return ""
	}
	return attr(found[0], "content")
}

// sharePicture reads the picture a page's og:image names, relative to
// the page: the image, and a hash of its file.
func sharePicture(t *testing.T, page string, d doc) (image.Image, [32]byte) {
	t.Helper()
	src := d.meta("og:image")
	if src == "" {
		t.Fatalf("%s has no og:image", page)
	}
	data, err := os.ReadFile(filepath.Join(filepath.Dir(page), filepath.FromSlash(src)))
	if err != nil {
		t.Fatalf("%s: og:image %q: %v", page, src, err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: og:image %q is not a PNG: %v", page, src, err)
	}
	if b := img.Bounds(); b.Dx() != 1200 || b.Dy() != 630 {
		t.Errorf("%s: og:image %q is %dx%d, want 1200x630", page, src, b.Dx(), b.Dy())
	}
	return img, sha256.Sum256(data)
}

func colourAt(img image.Image, x, y int) model.Colour {
	r, g, b, _ := img.At(x, y).RGBA()
	return model.Colour(fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8))
}

// inked is where a picture has text: the pixels that are not the colour
// of its corner, and the colour most of them have, the text's own (the
// rest are its anti-aliased edges).
type inked struct {
	background, text model.Colour
	bounds           image.Rectangle
	rows             []bool // rows with text, from the top
}

func inkOf(img image.Image) inked {
	b := img.Bounds()
	in := inked{background: colourAt(img, b.Min.X, b.Min.Y), rows: make([]bool, b.Dy())}
	count := map[model.Colour]int{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if c := colourAt(img, x, y); c != in.background {
				count[c]++
				in.bounds = in.bounds.Union(image.Rect(x, y, x+1, y+1))
				in.rows[y-b.Min.Y] = true
			}
		}
	}
	for c, n := range count {
		if n > count[in.text] {
			in.text = c
		}
	}
	return in
}

// lines counts the bands of rows with text.
func (in inked) lines() int {
	n := 0
	for y, ink := range in.rows {
		if ink && (y == 0 || !in.rows[y-1]) {
			n++
		}
	}
	return n
}

// A link to a theme page pasted into a chat shows the theme: its title,
// and a picture of the title on the theme's colour, a different one for
// every theme. Pages outside the themes show a picture too.
func TestPagesHaveSharePreviews(t *testing.T) {
	out := demoSite(t)
	s := publishedSite(t, repo)
	seen := map[[32]byte]string{}
	for _, f := range s.Factsheets {
		for _, th := range f.Current().Themes {
			path := strings.TrimPrefix(themePath(th), "/")
			page := filepath.Join(out, filepath.FromSlash(path), "index.html")
			d := parse(t, page)
			if got := d.meta("og:title"); got != th.Title {
				t.Errorf("/%s: og:title %q, want the page's title %q", path, got, th.Title)
			}
			if got, want := d.meta("og:description"), d.meta("description"); got == "" || got != want {
				t.Errorf("/%s: og:description %q, want the page's description %q", path, got, want)
			}
			if got := d.meta("twitter:card"); got != "summary_large_image" {
				t.Errorf("/%s: twitter:card %q, want summary_large_image", path, got)
			}
			if got := d.meta("og:type"); got != "article" {
				t.Errorf("/%s: og:type %q, want article", path, got)
			}
			if alt := d.meta("og:image:alt"); !strings.Contains(alt, th.Title) {
				t.Errorf("/%s: og:image:alt %q does not say the title", path, alt)
			}
			img, sum := sharePicture(t, page, d)
			if other, ok := seen[sum]; ok {
				t.Errorf("/%s has the same picture as /%s", path, other)
			}
			seen[sum] = path
			in := inkOf(img)
			if in.background != th.Colour {
				t.Errorf("/%s: the picture is %s, want the theme's colour %s", path, in.background, th.Colour)
			}
			if c := model.Contrast(in.background, in.text); c < model.MinContrast {
				t.Errorf("/%s: text %s on %s has a contrast of %.1f:1, want at least %.1f:1", path, in.text, in.background, c, model.MinContrast)
			}
		}
	}
	for _, path := range []string{"", "friesland/", "over/", "intervisie/"} {
		page := filepath.Join(out, filepath.FromSlash(path), "index.html")
		d := parse(t, page)
		if d.meta("og:title") == "" || d.meta("twitter:card") != "summary_large_image" {
			t.Errorf("/%s: og:title %q, twitter:card %q", path, d.meta("og:title"), d.meta("twitter:card"))
		}
		if _, sum := sharePicture(t, page, d); seen[sum] != "" {
			t.Errorf("/%s has the picture of the theme /%s", path, seen[sum])
		}
	}
}

// Chat apps fetch the picture from an absolute address, which a build
// for a base URL knows.
func TestSharePreviewIsAbsoluteWithABaseURL(t *testing.T) {
	const base = "https://kennis.example/rode-draden/"
	out := t.TempDir()
	if _, err := Build(t.Context(), publishedSite(t, repo), Options{Source: repo, Destination: out, BaseURL: base}); err != nil {
		t.Fatal(err)
	}
	const path = "friesland/2021-2024/verklarende-analyse/"
	d := parse(t, filepath.Join(out, path, "index.html"))
	src := d.meta("og:image")
	rel, ok := strings.CutPrefix(src, base)
	if !ok {
		t.Fatalf("og:image %q, want an address under %s", src, base)
	}
	if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(rel))); err != nil {
		t.Errorf("og:image %q: %v", src, err)
	}
	if got := d.meta("og:url"); got != base+path {
		t.Errorf("og:url %q, want %q", got, base+path)
	}
}

// A title too long for the picture wraps inside it, and on a colour that
// neither white nor dark text reads on at 4.5:1 the text still does.
func TestLongTitleWrapsInsideTheSharePicture(t *testing.T) {
	dir := fixtureProject(t)
	const title = "Goed en geduldig luisteren naar wat jeugdigen, ouders en alle andere betrokkenen rond het gezin werkelijk bedoelen, ook als het gesprek schuurt en de tijd dringt"
	theme := filepath.Join(dir, "data/factsheets/demo/2024/themes/luisteren.toml")
	src, err := os.ReadFile(theme)
	if err != nil {
		t.Fatal(err)
	}
	src = bytes.Replace(src, []byte(`title = "Goed luisteren"`), []byte(`title = "`+title+`"`), 1)
	src = bytes.Replace(src, []byte(`colour = "#1f5f8b"`), []byte(`colour = "#808080"`), 1)
	if err := os.WriteFile(theme, src, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "public")
	if _, err := Build(t.Context(), loadSite(t, dir), Options{Source: dir}); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(out, "demo/2024/luisteren/index.html")
	d := parse(t, page)
	if got := d.meta("og:title"); got != title {
		t.Errorf("og:title %q, want %q", got, title)
	}
	img, _ := sharePicture(t, page, d)
	in := inkOf(img)
	if margin := image.Rect(40, 40, 1200-40, 630-40); !in.bounds.In(margin) {
		t.Errorf("the text reaches %v, outside %v", in.bounds, margin)
	}
	// The factsheet's name above, then the title in three lines.
	if n := in.lines(); n != 4 {
		t.Errorf("the picture has %d lines of text, want 4", n)
	}
	if c := model.Contrast(in.background, in.text); c < model.MinContrast {
		t.Errorf("text %s on %s has a contrast of %.1f:1, want at least %.1f:1", in.text, in.background, c, model.MinContrast)
	}
}
