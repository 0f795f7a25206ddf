package model

// Counts are the sizes of a site, as `rodedraad check` reports them.
type Counts struct {
	Factsheets, Editions, Themes, Sections  int
	Questions, SubQuestions, Practice, Tips int
}

// Count counts everything in the site, every edition included.
func (s *Site) Count() Counts {
	var c Counts
	c.Factsheets = len(s.Factsheets)
	for _, f := range s.Factsheets {
		c.Editions += len(f.Editions)
		for _, e := range f.Editions {
			c.Themes += len(e.Themes)
			c.Sections += len(e.Sections)
			for _, q := range e.Questions() {
				c.Questions++
				c.SubQuestions += len(q.Sub)
			}
			for _, t := range e.Themes {
				c.Practice += len(t.Practice)
				c.Tips += len(t.Tips)
			}
			if e.Closing != nil {
				c.Tips += len(e.Closing.Tips)
			}
		}
	}
	return c
}
