package site

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"

	"github.com/rodedraad/rodedraad/internal/export"
)

func TestOpenDataIsTheExport(t *testing.T) {
	s := publishedSite(t, repo)
	rows := export.Questions(s)
	total := 0
	for _, f := range s.Factsheets {
		for _, e := range f.Editions {
			total += len(e.Questions())
		}
	}
	if len(rows) != total {
		t.Fatalf("%d rows, want one per question of every edition: %d", len(rows), total)
	}
	var want bytes.Buffer
	if err := export.WriteJSON(&want, rows); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(demoSite(t), "open-data/vragen.json"))
	if err != nil || !bytes.Equal(got, want.Bytes()) {
		t.Errorf("open-data/vragen.json differs from 'rodedraad export --format json' (%v)", err)
	}
	var wantCSV bytes.Buffer
	if err := export.WriteCSV(&wantCSV, rows, ','); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(filepath.Join(demoSite(t), "open-data/vragen.csv")); err != nil || !bytes.Equal(got, wantCSV.Bytes()) {
		t.Errorf("open-data/vragen.csv differs from 'rodedraad export --format csv' (%v)", err)
	}
	about := parse(t, filepath.Join(demoSite(t), "over/index.html"))
	if links := attrs(about.all("a", func(n *html.Node) bool { return isInside(n, about.byID("open-data").Parent) }), "href"); len(links) != 2 || links[0] != "../open-data/vragen.json" {
		t.Errorf("the about page links to the open data: %v", links)
	}
}
