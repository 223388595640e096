package report

import (
	"encoding/json"
	"io"

	"bluf"
)

// JSON writes r as indented JSON in the documented schema. Slices are
// never null; unknown metadata is null.
func JSON(w io.Writer, r *bluf.Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(Normalize(r))
}

// Normalize returns a shallow copy of r whose slices are non-nil, so that
// the JSON form has [] rather than null for empty sections.
func Normalize(r *bluf.Report) *bluf.Report {
	c := *r
	c.Schema = bluf.SchemaID
	c.Authors = nonNil(c.Authors)
	c.Sentences = nonNil(c.Sentences)
	c.Dropped = nonNil(c.Dropped)
	c.Hypotheses = nonNil(c.Hypotheses)
	c.Assumptions = nonNil(c.Assumptions)
	c.RedFlags = nonNil(c.RedFlags)
	c.Risks = nonNil(c.Risks)
	c.Recommendations = nonNil(c.Recommendations)
	c.Indicators = nonNil(c.Indicators)
	c.Entities = nonNil(c.Entities)
	c.Tags = nonNil(c.Tags)
	c.Events = nonNil(c.Events)
	c.Gaps = nonNil(c.Gaps)
	c.ACH.Hypotheses = nonNil(c.ACH.Hypotheses)
	c.ACH.Evidence = nonNil(c.ACH.Evidence)
	if c.ACH.Scores == nil {
		c.ACH.Scores = map[string]float64{}
	}
	c.Hypotheses = mapSlice(c.Hypotheses, func(h *bluf.Hypothesis) { fixItem(&h.Item) })
	c.ACH.Evidence = mapSlice(c.ACH.Evidence, func(e *bluf.ACHEvidence) { fixItem(&e.Item) })
	c.Assumptions = mapSlice(c.Assumptions, func(a *bluf.Assumption) { fixItem(&a.Item) })
	c.RedFlags = mapSlice(c.RedFlags, func(f *bluf.RedFlag) { fixItem(&f.Item) })
	c.Risks = mapSlice(c.Risks, func(r *bluf.Risk) { fixItem(&r.Item) })
	c.Recommendations = mapSlice(c.Recommendations, func(r *bluf.Recommendation) { fixItem(&r.Item) })
	c.Indicators = mapSlice(c.Indicators, func(i *bluf.Indicator) { fixItem(&i.Item) })
	c.Tags = mapSlice(c.Tags, func(t *bluf.Tag) { t.Citations = nonNil(t.Citations) })
	c.Agreements = mapSlice(c.Agreements, fixItem)
	c.Contradictions = mapSlice(c.Contradictions, fixItem)
	c.Changes = mapSlice(c.Changes, fixItem)
	c.Timeline = mapSlice(c.Timeline, func(t *bluf.TimelineEntry) { fixItem(&t.Item) })
	c.BLUF.Citations = nonNil(c.BLUF.Citations)
	c.BLUF.Action.Citations = nonNil(c.BLUF.Action.Citations)
	c.Confidence.Citations = nonNil(c.Confidence.Citations)
	for _, s := range []*bluf.Scenario{&c.Scenarios.Best, &c.Scenarios.Worst, &c.Scenarios.MostLikely} {
		s.Citations = nonNil(s.Citations)
		s.Signposts = mapSlice(nonNil(s.Signposts), fixItem)
	}
	return &c
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// mapSlice returns a copy of s with f applied to each element, leaving s
// itself untouched; nil stays nil.
func mapSlice[T any](s []T, f func(*T)) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	copy(out, s)
	for i := range out {
		f(&out[i])
	}
	return out
}

func fixItem(it *bluf.Item) { it.Citations = nonNil(it.Citations) }

// JSONArray writes several reports as one JSON array.
func JSONArray(w io.Writer, rs []*bluf.Report) error {
	out := make([]*bluf.Report, len(rs))
	for i, r := range rs {
		out[i] = Normalize(r)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
