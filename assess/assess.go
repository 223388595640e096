package assess

import (
	"sort"
	"strings"

	"bluf"
)

// Assess fills the analytic sections of r from doc and its mentions;
// r.Entities and r.Events are already set (either may be empty).
func Assess(r *bluf.Report, doc *bluf.Document, ms []bluf.Mention) {
	assess(r, doc, ms, tagger())
}

// AssessWith is Assess with the thematic tags taken from tg (a taxonomy
// the user supplied, see NewTagger) instead of the embedded one.
func AssessWith(r *bluf.Report, doc *bluf.Document, ms []bluf.Mention, tg *Tagger) {
	if tg == nil {
		tg = tagger()
	}
	assess(r, doc, ms, tg)
}

func assess(r *bluf.Report, doc *bluf.Document, ms []bluf.Mention, tg *Tagger) {
	if doc.Language != "" && doc.Language != "en" {
		empty(r, doc)
		r.Gaps = []bluf.Gap{{Section: "bluf", Text: "The text is in language \"" + doc.Language + "\"; the analysis reads English only, so no section was written."}}
		return
	}
	a := newAnalysis(r, doc, ms)
	if len(a.prose) == 0 {
		empty(r, doc)
		return
	}
	cands := a.theses()
	thesis := thesisSentences(cands)
	hs := a.hypotheses(thesis)
	res := a.ach(hs)

	writeHypotheses(r, hs, res)

	r.Assumptions = nonNil(a.assumptions(hs, res))
	r.RedFlags = nonNil(a.redFlags(res))
	rc := a.riskCandidates(thesis)
	r.Risks = nonNil(a.risks(rc))
	ps := a.prescriptions(thesis)
	r.Recommendations = nonNil(a.recommendations(ps))
	inds := a.indicators()
	r.Scenarios, r.Indicators = a.outlook(hs, res, rc, inds)
	r.Indicators = nonNil(r.Indicators)
	if len(r.Recommendations) == 0 && len(r.Indicators) > 0 {
		var cites []string
		for _, in := range r.Indicators {
			cites = append(cites, in.Citations...)
		}
		r.Recommendations = append(r.Recommendations, bluf.Recommendation{
			Origin: "analytic",
			Item:   bluf.Item{Text: "Monitor the indicators listed below; the text itself prescribes no course of action.", Citations: uniqStrings(cites)},
		})
	}
	r.Confidence = a.confidence(thesis, res, r.Assumptions)
	r.BLUF = a.bluf(thesis, a.conclusion(cands, thesis), res, ps, r.Indicators)
	if r.Entities == nil {
		r.Entities = []bluf.Entity{}
	}
	if r.Events == nil {
		r.Events = []bluf.Event{}
	}
	r.Tags = append(append(a.themeTags(tg), a.dyadTags(ms)...), a.regionTags(ms)...)
	r.Tags = nonNil(r.Tags)
	r.Gaps = gaps(r, hs)
}

// writeHypotheses writes section 2: the hypotheses, ranked, and the ACH
// matrix.
func writeHypotheses(r *bluf.Report, hs []*hyp, res *achResult) {
	r.Hypotheses = make([]bluf.Hypothesis, 0, len(hs))
	for _, h := range hs {
		r.Hypotheses = append(r.Hypotheses, bluf.Hypothesis{
			ID:         h.id,
			Item:       bluf.Item{Text: h.text, Citations: ids(h.src...)},
			Score:      res.inc[h.id],
			Likelihood: res.likely[h.id],
		})
	}
	for i, h := range res.order {
		for k := range r.Hypotheses {
			if r.Hypotheses[k].ID == h.id {
				r.Hypotheses[k].Rank = i + 1
			}
		}
	}
	r.ACH = bluf.ACH{Hypotheses: []string{}, Evidence: []bluf.ACHEvidence{}, Scores: map[string]float64{}, Method: achMethod}
	for _, h := range hs {
		r.ACH.Hypotheses = append(r.ACH.Hypotheses, h.id)
		r.ACH.Scores[h.id] = res.inc[h.id]
	}
	for i, row := range res.rows {
		rel := "low"
		switch {
		case row.diag >= 2:
			rel = "high"
		case row.diag >= 1:
			rel = "medium"
		}
		r.ACH.Evidence = append(r.ACH.Evidence, bluf.ACHEvidence{
			ID:            "E" + itoa(i+1),
			Item:          bluf.Item{Text: row.s.text, Citations: []string{row.s.id}},
			Credibility:   row.cred,
			Relevance:     rel,
			Ratings:       row.ratings,
			Diagnosticity: row.diag,
		})
	}
}

// bluf writes section 1: the central judgment, the most supported
// hypothesis with its likelihood, and the recommended action.
func (a *analysis) bluf(thesis []*sent, concl *sent, res *achResult, ps []prescription, inds []bluf.Indicator) bluf.BLUF {
	var b bluf.BLUF
	if len(thesis) == 0 {
		return b
	}
	text := ""
	for i, s := range thesis {
		if i > 0 {
			text += " "
		}
		t := tidy(s.text)
		if i > 0 {
			t = s.text // keep the connective of a second sentence
		}
		text += ensureStop(t)
	}
	cites := append([]*sent{}, thesis...)
	if concl != nil && len(text)+len(concl.text) <= 650 {
		text += " It concludes: " + ensureStop(a.lowerFirst(tidy(trimLead(concl.text))))
		cites = append(cites, concl)
	}
	if h := res.favoured; h != nil {
		b.Hypothesis = h.id
		b.Likelihood = res.likely[h.id]
		level := len(res.order) > 1 && res.inc[res.order[0].id] == res.inc[res.order[1].id]
		tie := level && res.cons[res.order[0].id] == res.cons[res.order[1].id]
		if level && !tie && h.kind != "null" && h.kind != "thesis" {
			o := res.order[1]
			why := "the text contradicts neither"
			if res.inc[h.id] > 0 {
				why = "the text weighs equally against both"
			}
			text += " The evidence leans only slightly toward " + h.id + " (" + a.lowerFirst(h.text) + ") over " + o.id + " (" + a.lowerFirst(o.text) + "): " + why + ", and each is a roughly even chance."
			cites = append(cites, h.src...)
			cites = append(cites, o.src...)
			b.Likelihood = "roughly even chance"
		} else if tie {
			o := res.order[1]
			text += " The text's evidence does not separate " + h.id + " (" + a.lowerFirst(h.text) + ") from " + o.id + " (" + a.lowerFirst(o.text) + "); each is a roughly even chance."
			cites = append(cites, h.src...)
			cites = append(cites, o.src...)
			b.Likelihood = "roughly even chance"
		} else if h.kind != "null" && h.kind != "thesis" {
			text += " The competing-hypotheses analysis favours " + h.id + " (" + a.lowerFirst(h.text) + "), judged " + b.Likelihood + "."
			cites = append(cites, h.src...)
		} else if h.kind == "thesis" {
			if len(res.order) > 1 && res.order[1].kind == "null" {
				text += " Tested only against its null hypothesis, the central judgment (" + h.id + ") is judged " + b.Likelihood + "."
			} else {
				text += " Against the strongest counter-claim in the text, the central judgment (" + h.id + ") is judged " + b.Likelihood + "."
			}
		} else if h.kind == "null" && h.negates != nil {
			text += " Tested against its null hypothesis, the central judgment (" + h.negates.id + ") is not borne out by the rest of the text; it is judged " + res.likely[h.negates.id] + "."
		}
	}
	b.Text = text
	b.Citations = ids(cites...)
	var top *prescription
	for i := range ps {
		if top == nil || ps[i].score > top.score {
			top = &ps[i]
		}
	}
	switch {
	case top != nil:
		b.Action = bluf.Item{Text: ensureStop(a.prescriptionText(top.s, 1000)), Citations: []string{top.s.id}}
	case len(inds) > 0:
		n := len(inds)
		if n > 3 {
			n = 3
		}
		t := "Monitor the indicators (the text prescribes no action); first among them: "
		var cs []string
		for i, in := range inds[:n] {
			if i > 0 {
				t += "; "
			}
			t += strings.TrimPrefix(in.Text, watchFor)
			cs = append(cs, in.Citations...)
		}
		b.Action = bluf.Item{Text: t + ".", Citations: uniqStrings(cs)}
	}
	return b
}

func ensureStop(s string) string {
	if s == "" {
		return s
	}
	switch s[len(s)-1] {
	case '.', '!', '?', '"', '\'':
		return s
	}
	if len(s) >= 3 && (s[len(s)-3:] == "”" || s[len(s)-3:] == "’") {
		return s
	}
	return s + "."
}

// gaps records the sections the text did not support. Section names are
// the report's seven: bluf, hypotheses (with the ACH matrix), assumptions
// (with red flags), risks, recommendations (with indicators), scenarios,
// entities and tags.
func gaps(r *bluf.Report, hs []*hyp) []bluf.Gap {
	out := []bluf.Gap{}
	add := func(sec, text string) { out = append(out, bluf.Gap{Section: sec, Text: text}) }
	if r.BLUF.Text == "" {
		add("bluf", "The text has no sentence that states a judgment.")
	}
	if r.BLUF.Action.Text == "" {
		add("bluf", "The text prescribes no action and names no development to monitor.")
	}
	for _, h := range hs {
		switch h.kind {
		case "null":
			add("hypotheses", "The text states no alternative and cites no counter-claim; H2 is the null hypothesis of the central judgment.")
		case "counter":
			add("hypotheses", "The text states no alternatives; the hypotheses are its central judgment and the strongest counter-claim it cites.")
		}
	}
	if len(r.ACH.Evidence) == 0 {
		add("hypotheses", "No sentence bears on the hypotheses closely enough to rate in the ACH matrix.")
	}
	if len(r.Assumptions) == 0 {
		add("assumptions", "The text states no premise (no conditional, dependence or absolute) to check.")
	}
	if len(r.RedFlags) == 0 {
		add("assumptions", "No red flag: no contrary evidence, hedged sourcing or telling absence found in the text.")
	}
	if len(r.Risks) == 0 {
		add("risks", "The text projects no harmful development.")
	}
	if len(r.Recommendations) == 0 {
		add("recommendations", "The text prescribes no course of action.")
	}
	if len(r.Indicators) == 0 {
		add("recommendations", "The text names no observable development to monitor.")
	}
	if r.Scenarios.Best.Text == "" {
		add("scenarios", "The text projects no favourable development: no best case.")
	}
	if r.Scenarios.Worst.Text == "" {
		add("scenarios", "The text projects no harmful development: no worst case.")
	}
	if r.Scenarios.MostLikely.Text == "" {
		add("scenarios", "No hypothesis is supported well enough to project as most likely.")
	}
	if len(r.Tags) == 0 {
		add("tags", "No theme of the taxonomy is present often enough to tag.")
	}
	return out
}

func uniqStrings(ss []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return sidLess(out[i], out[j]) })
	return out
}

// sidLess orders sentence IDs numerically ("s2" < "s10").
func sidLess(x, y string) bool {
	if len(x) != len(y) {
		return len(x) < len(y)
	}
	return x < y
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// empty fills r for a document without a single word to analyse.
func empty(r *bluf.Report, doc *bluf.Document) {
	var cites []string
	for _, s := range doc.Sentences {
		cites = append(cites, s.ID)
	}
	r.Hypotheses, r.Assumptions, r.RedFlags, r.Risks = []bluf.Hypothesis{}, []bluf.Assumption{}, []bluf.RedFlag{}, []bluf.Risk{}
	r.Recommendations, r.Indicators, r.Tags = []bluf.Recommendation{}, []bluf.Indicator{}, []bluf.Tag{}
	r.ACH = bluf.ACH{Hypotheses: []string{}, Evidence: []bluf.ACHEvidence{}, Scores: map[string]float64{}, Method: achMethod}
	r.Scenarios.Best.Signposts, r.Scenarios.Worst.Signposts, r.Scenarios.MostLikely.Signposts = []bluf.Item{}, []bluf.Item{}, []bluf.Item{}
	if r.Entities == nil {
		r.Entities = []bluf.Entity{}
	}
	if r.Events == nil {
		r.Events = []bluf.Event{}
	}
	r.Confidence = bluf.Confidence{Level: "low"}
	if len(cites) > 0 {
		r.Confidence.Item = bluf.Item{Text: "The text has no analysable sentence.", Citations: cites}
	}
	r.Gaps = []bluf.Gap{{Section: "bluf", Text: "The text has no analysable sentence; no section could be written."}}
}
