package assess

import (
	"fmt"
	"strings"

	"bluf"
)

// confidence rates the analytic confidence (ICD 203: low, moderate, high)
// from the quantity, quality and corroboration of the evidence. A single
// document is one source: it caps confidence at moderate.
func (a *analysis) confidence(thesis []*sent, res *achResult, as []bluf.Assumption) bluf.Confidence {
	f := bluf.ConfidenceFactors{
		Sources:            1,
		IndependentSources: 1,
		Evidence:           len(res.rows),
		Assumptions:        len(as),
		Dated:              a.doc.Published != "",
		Attributed:         len(a.doc.Authors) > 0,
		Margin:             res.margin,
	}
	attributed := map[string]bool{}
	var hedged []*sent
	for _, s := range a.prose {
		if s.has(cueHedgeSource) || s.has(cueUnverified) {
			f.HedgedSourcing++
			hedged = append(hedged, s)
		}
		if s.has(cueAttribution) {
			for _, e := range s.ents {
				attributed[e.value] = true
			}
			if len(s.ents) == 0 {
				attributed[s.id] = true
			}
		}
	}
	f.Sources += len(attributed)
	for _, r := range res.rows {
		if r.diag >= 1 {
			f.DiagnosticEvidence++
		}
	}
	for _, x := range as {
		if x.Rating == "unsupported" {
			f.Unsupported++
		}
	}
	var low []string
	if !f.Dated {
		low = append(low, "the text is undated")
	}
	if !f.Attributed && len(attributed) == 0 {
		low = append(low, "it has no byline and attributes nothing to named sources")
	}
	if len(attributed) == 0 {
		low = append(low, "its judgments rest on the author's reading alone")
	}
	if f.HedgedSourcing >= 3 || (len(a.prose) > 0 && f.HedgedSourcing*5 > len(a.prose)) {
		low = append(low, fmt.Sprintf("%d statements rest on hedged or unverified sourcing", f.HedgedSourcing))
	}
	if f.Unsupported >= 2 {
		low = append(low, fmt.Sprintf("%d assumptions are unsupported", f.Unsupported))
	}
	if f.DiagnosticEvidence < 3 {
		switch f.DiagnosticEvidence {
		case 0:
			low = append(low, "no evidence item tells the hypotheses apart")
		case 1:
			low = append(low, "only one evidence item tells the hypotheses apart")
		default:
			low = append(low, fmt.Sprintf("only %d evidence items tell the hypotheses apart", f.DiagnosticEvidence))
		}
	}
	var pivot *sent
	if len(res.order) > 1 && f.Margin <= 1 {
		low = append(low, fmt.Sprintf("the ACH margin between %s and %s is thin (%.2f)", res.order[0].id, res.order[1].id, f.Margin))
	} else if r := res.pivot(); r != nil {
		// Heuer's sensitivity check: the lead rests on one item.
		pivot = r.s
		low = append(low, fmt.Sprintf("%s's lead over %s rests on a single item (%s)", res.order[0].id, res.order[1].id, r.s.id))
	}
	c := bluf.Confidence{Factors: f}
	var why string
	switch {
	case len(low) >= 2 || len(a.prose) < 5:
		c.Level = "low"
		why = strings.Join(low, "; ")
	case len(low) == 1:
		c.Level = "low"
		why = low[0]
	default:
		c.Level = "moderate"
		why = "the evidence is credible and consistent, but it is one document that no independent source corroborates"
	}
	if why == "" {
		why = "the text is too short to support a judgment"
	}
	// The renderer prints the level; the text gives the reasons.
	c.Text = tidy(why) + "."
	if c.Level == "low" && f.IndependentSources <= 1 {
		c.Text += " A single uncorroborated source could at best support moderate confidence."
	}
	cites := append([]*sent{}, thesis...)
	if len(hedged) > 3 {
		hedged = hedged[:3]
	}
	cites = append(cites, hedged...)
	if pivot != nil {
		cites = append(cites, pivot)
	}
	for _, r := range res.rows {
		if r.diag >= 1 && len(cites) < 8 {
			cites = append(cites, r.s)
		}
	}
	c.Citations = ids(cites...)
	return c
}
