package model

import (
	"testing"
	"time"
)

func TestPublishedDateReadsOnlyADay(t *testing.T) {
	for published, want := range map[string]string{
		"2 november 2020":  "2020-11-02",
		"19 Mei 2022":      "2022-05-19",
		"24-05-2022":       "2022-05-24",
		"4-5-2022":         "2022-05-04",
		"2022-05-24":       "2022-05-24",
		" 1 maart 2023 ":   "2023-03-01",
		"":                 "",
		"2022":             "", // a year is no day: no date rather than 1 January
		"mei 2022":         "",
		"voorjaar 2021":    "",
		"31 februari 2022": "",
		"2 november":       "",
		"05/24/2022":       "",
	} {
		got := Source{Published: published}.PublishedDate()
		if s := got.Format(time.DateOnly); (want == "" && !got.IsZero()) || (want != "" && s != want) {
			t.Errorf("PublishedDate(%q) = %s, want %q", published, s, want)
		}
		if !got.IsZero() && got.Location() != time.UTC {
			t.Errorf("PublishedDate(%q) is in %s, want UTC like the dates in the data", published, got.Location())
		}
	}
}

func TestDocumentDateIsTheEditionsElseTheSources(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tc := range []struct {
		edition   time.Time
		published string
		want      time.Time
	}{
		{day("2022-05-19"), "24-05-2022", day("2022-05-19")},
		{time.Time{}, "24-05-2022", day("2022-05-24")},
		{time.Time{}, "mei 2022", time.Time{}},
		{time.Time{}, "", time.Time{}},
	} {
		e := &Edition{Date: tc.edition, Factsheet: &Factsheet{Source: Source{Published: tc.published}}}
		if got := e.DocumentDate(); !got.Equal(tc.want) {
			t.Errorf("edition %s, source %q: DocumentDate %s, want %s", tc.edition, tc.published, got, tc.want)
		}
	}
}
