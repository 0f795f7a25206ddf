package wording

// Overlap is the share of words two texts have in common, in any order,
// from 0 to 1: a theme that was renamed keeps most of its words though
// they move. Unlike Similarity it takes time linear in the texts, so
// that whole pages can be compared.
func Overlap(a, b string) float64 {
	wa, wb := Compared(a), Compared(b)
	if len(wa)+len(wb) == 0 {
		return 1
	}
	count := make(map[string]int, len(wa))
	for _, w := range wa {
		count[w]++
	}
	common := 0
	for _, w := range wb {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(wa)+len(wb))
}
