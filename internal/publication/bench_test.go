package publication

import "testing"

// The factsheet PDF of the Friesland edition: the target is under
// 300 ms and under 600 KB. Run with:
//
//	go test ./internal/publication -run '^$' -bench . -benchtime 20x
func BenchmarkFriesland(b *testing.B) {
	s := demo(b)
	e := friesland(b, s)
	var size int
	for b.Loop() {
		data, err := Render(e, s, e.DocumentDate())
		if err != nil {
			b.Fatal(err)
		}
		size = len(data)
	}
	b.ReportMetric(float64(size), "pdf-bytes")
}
