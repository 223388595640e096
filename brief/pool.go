package brief

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"bluf"
)

// hypo is one pooled hypothesis: per-document hypotheses worded alike.
type hypo struct {
	id      string
	members []member
	terms   map[string]bool
	sources map[string]bool // independent sources that raised it
	first   int             // order of creation
}

type member struct {
	d *doc
	h bluf.Hypothesis
}

// row is one evidence row of the pooled matrix.
type row struct {
	d       *doc
	e       bluf.ACHEvidence
	ratings map[string]string // pooled hypothesis ID → rating
	w       float64           // source weight × row credibility
	diag    float64
	key     float64 // display priority
	order   int
}

// pool is the pooled assessment of a set of documents.
type pool struct {
	docs  []*doc
	hyps  []*hypo // ranked, best first
	rows  []*row
	inc   map[string]float64
	cons  map[string]float64
	score map[string]float64
	prob  map[string]float64
	// support and against are the independent sources whose evidence
	// rates a hypothesis consistent or inconsistent.
	support, against map[string]map[string]bool
	// mapped is, per document, its hypothesis IDs to pooled IDs.
	mapped  map[*doc]map[string]string
	dropped int // hypotheses raised but not kept
}

// Ratings and weights as in Open Source ACH (Burton 2010).
var (
	inconsistency = map[string]float64{bluf.Inconsistent: 1, bluf.VeryInconsistent: 2}
	consistency   = map[string]float64{bluf.Consistent: 1, bluf.VeryConsistent: 2}
	ratingValue   = map[string]float64{bluf.VeryConsistent: 2, bluf.Consistent: 1, bluf.Neutral: 0, bluf.Inconsistent: -1, bluf.VeryInconsistent: -2}
	credWeight    = map[string]float64{"high": 2, "medium": 1, "low": 0.5}
)

// Clustering and scoring constants.
const (
	// sameHypothesis is the Jaccard similarity of content terms above
	// which two documents' hypotheses are pooled as one.
	sameHypothesis = 0.4
	// sameStoryHypothesis replaces sameHypothesis between documents of
	// one story cluster (Options.Clusters): publishers telling the same
	// event word the same judgment differently.
	sameStoryHypothesis = 0.25
	// priorInconsistency is the weight of one imaginary, mildly
	// inconsistent row every hypothesis starts with, so that a hypothesis
	// rated by one convenient row does not beat one tested by many.
	priorInconsistency = 0.5
)

const poolMethod = "Pooled weighted inconsistency across sources. Each document's hypotheses are clustered by wording into the pooled hypotheses; " +
	"each evidence row keeps the ratings its own document gave (NA where that document did not consider a hypothesis), and copies of one story contribute their rows once. " +
	"Row weight = publisher credibility weight × evidence credibility (high=2, medium=1, low=0.5). " +
	"Score = (Σ weight × w(rating) + 0.5) / (non-neutral rated rows + 1), w(I)=1, w(II)=2, others 0: the mean weighted inconsistency with one prior row, so lower is more likely and thinly tested hypotheses are not favoured. " +
	"Likelihood (ICD 203) is the weighted mean of the likelihoods the sources' own analyses gave the hypothesis, capped at 'likely' with one independent supporting source and 'very likely' with two, and never above the likelihood of a better-ranked hypothesis. " +
	"Diagnosticity is the spread of a row's ratings across the pooled hypotheses."

// pool clusters the documents' hypotheses and pools their evidence.
func (b *builder) pool(docs []*doc) *pool {
	p := &pool{docs: docs, mapped: map[*doc]map[string]string{}}
	var all []*hypo
	index := map[string][]*hypo{}
	for _, d := range docs {
		if !d.primary {
			continue
		}
		used := map[*hypo]bool{}
		for _, h := range d.r.Hypotheses {
			if isNull(h) {
				continue // each document's null hypothesis negates its own thesis: nothing to pool
			}
			ts := termSet(h.Text)
			var best *hypo
			bestJ := 0.0
			seen := map[*hypo]bool{}
			for t := range ts {
				for _, c := range index[t] {
					if seen[c] || used[c] {
						continue
					}
					seen[c] = true
					limit := sameHypothesis
					if b.sameStory(d, c) {
						limit = sameStoryHypothesis
					}
					if j := jaccard(ts, c.terms); j >= limit && (j > bestJ || j == bestJ && c.first < best.first) {
						best, bestJ = c, j
					}
				}
			}
			if best == nil {
				best = &hypo{terms: ts, sources: map[string]bool{}, first: len(all)}
				all = append(all, best)
				for t := range ts {
					index[t] = append(index[t], best)
				}
			}
			used[best] = true
			best.members = append(best.members, member{d, h})
			best.sources[d.source] = true
		}
	}
	// Keep the hypotheses raised by the most independent sources.
	sort.SliceStable(all, func(i, j int) bool {
		a, c := all[i], all[j]
		if len(a.sources) != len(c.sources) {
			return len(a.sources) > len(c.sources)
		}
		if len(a.members) != len(c.members) {
			return len(a.members) > len(c.members)
		}
		if ra, rc := bestRank(a), bestRank(c); ra != rc {
			return ra < rc
		}
		return a.first < c.first
	})
	if len(all) > b.opt.MaxHypotheses {
		p.dropped = len(all) - b.opt.MaxHypotheses
		all = all[:b.opt.MaxHypotheses]
	}
	for i, h := range all {
		h.id = fmt.Sprintf("k%d", i) // provisional; renamed once ranked
		for _, m := range h.members {
			if p.mapped[m.d] == nil {
				p.mapped[m.d] = map[string]string{}
			}
			p.mapped[m.d][m.h.ID] = h.id
		}
	}
	p.rows = b.rows(p)
	p.score, p.inc, p.cons = map[string]float64{}, map[string]float64{}, map[string]float64{}
	p.support, p.against = map[string]map[string]bool{}, map[string]map[string]bool{}
	rated := map[string]int{}
	for _, h := range all {
		p.support[h.id], p.against[h.id] = map[string]bool{}, map[string]bool{}
	}
	for _, r := range p.rows {
		for hid, rt := range r.ratings {
			if rt != bluf.Neutral {
				rated[hid]++
			}
			p.inc[hid] += r.w * inconsistency[rt]
			p.cons[hid] += r.w * consistency[rt]
			if consistency[rt] > 0 {
				p.support[hid][r.d.source] = true
			}
			if inconsistency[rt] > 0 {
				p.against[hid][r.d.source] = true
			}
		}
	}
	for _, h := range all {
		p.score[h.id] = round((p.inc[h.id] + priorInconsistency) / float64(rated[h.id]+1))
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, c := all[i].id, all[j].id
		if p.score[a] != p.score[c] {
			return p.score[a] < p.score[c]
		}
		if p.cons[a] != p.cons[c] {
			return p.cons[a] > p.cons[c]
		}
		return all[i].first < all[j].first
	})
	p.hyps = all
	p.rename()
	p.likelihoods()
	return p
}

// sameStory reports whether d belongs to the store's story cluster of
// one of h's documents.
func (b *builder) sameStory(d *doc, h *hypo) bool {
	c := b.opt.Clusters[d.r.ID]
	if c == "" {
		return false
	}
	for _, m := range h.members {
		if b.opt.Clusters[m.d.r.ID] == c {
			return true
		}
	}
	return false
}

// rename gives the ranked hypotheses their final IDs H1, H2, ...
func (p *pool) rename() {
	ren := map[string]string{}
	for i, h := range p.hyps {
		ren[h.id] = fmt.Sprintf("H%d", i+1)
		h.id = ren[h.id]
	}
	remap := func(m map[string]float64) map[string]float64 {
		out := make(map[string]float64, len(m))
		for k, v := range m {
			if n, ok := ren[k]; ok {
				out[n] = v
			}
		}
		return out
	}
	p.score, p.inc, p.cons = remap(p.score), remap(p.inc), remap(p.cons)
	sup, ag := map[string]map[string]bool{}, map[string]map[string]bool{}
	for k, v := range p.support {
		sup[ren[k]] = v
	}
	for k, v := range p.against {
		ag[ren[k]] = v
	}
	p.support, p.against = sup, ag
	for _, m := range p.mapped {
		for k, v := range m {
			m[k] = ren[v]
		}
	}
	for _, r := range p.rows {
		rt := make(map[string]string, len(r.ratings))
		for k, v := range r.ratings {
			rt[ren[k]] = v
		}
		r.ratings = rt
	}
}

// likelihoods averages the probabilities the sources' own analyses gave
// each pooled hypothesis (the midpoints of their ICD 203 terms), weighted
// by source credibility. Hypotheses from different documents answer
// different questions, so they are not normalised against each other.
func (p *pool) likelihoods() {
	p.prob = map[string]float64{}
	for _, h := range p.hyps {
		var sum, wsum float64
		for _, m := range h.members {
			pr, ok := midpoint[m.h.Likelihood]
			if !ok {
				continue
			}
			w := math.Max(m.d.weight, 0.05)
			sum += pr * w
			wsum += w
		}
		if wsum == 0 {
			p.prob[h.id] = 0.5
			continue
		}
		p.prob[h.id] = sum / wsum
	}
}

// midpoint is the middle of each ICD 203 range.
var midpoint = map[string]float64{
	"almost no chance": 0.03, "very unlikely": 0.125, "unlikely": 0.325, "roughly even chance": 0.5,
	"likely": 0.675, "very likely": 0.875, "almost certain": 0.97,
}

// isNull reports whether h is a document's null hypothesis ("the central
// judgment does not hold").
func isNull(h bluf.Hypothesis) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(h.Text)), "null hypothesis")
}

// likelihood is hypothesis id's ICD 203 term.
func (p *pool) likelihood(id string) string {
	t := bluf.LikelihoodTerm(p.prob[id])
	switch n := len(p.support[id]); {
	case n <= 1 && bluf.LikelihoodRank(t) > bluf.LikelihoodRank("likely"):
		return "likely"
	case n == 2 && bluf.LikelihoodRank(t) > bluf.LikelihoodRank("very likely"):
		return "very likely"
	}
	return t
}

// rows collects the evidence rows of every primary document that rate a
// kept hypothesis.
func (b *builder) rows(p *pool) []*row {
	var rows []*row
	for _, d := range p.docs {
		m := p.mapped[d]
		if !d.primary || len(m) == 0 {
			continue
		}
		for _, e := range d.r.ACH.Evidence {
			rt := map[string]string{}
			for dh, r := range e.Ratings {
				if ph, ok := m[dh]; ok && r != "" && r != bluf.NotApplicable {
					rt[ph] = r
				}
			}
			if len(rt) == 0 {
				continue
			}
			cw, ok := credWeight[e.Credibility]
			if !ok {
				cw = 1
			}
			r := &row{d: d, e: e, ratings: rt, w: d.weight * cw, order: len(rows)}
			lo, hi := math.Inf(1), math.Inf(-1)
			for _, x := range rt {
				v := ratingValue[x]
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
			r.diag = hi - lo
			r.key = (r.diag + 0.5) * r.w
			rows = append(rows, r)
		}
	}
	return rows
}

// shown picks the rows the matrix displays: each document's best row
// first, then the most diagnostic, weighty rows, in document order.
func (p *pool) shown(max int) []*row {
	byKey := append([]*row(nil), p.rows...)
	sort.SliceStable(byKey, func(i, j int) bool { return byKey[i].key > byKey[j].key })
	picked := map[*row]bool{}
	var out []*row
	perDoc := map[*doc]bool{}
	for _, r := range byKey {
		if len(out) >= max/2 {
			break
		}
		if !perDoc[r.d] {
			perDoc[r.d] = true
			picked[r] = true
			out = append(out, r)
		}
	}
	for _, r := range byKey {
		if len(out) >= max {
			break
		}
		if !picked[r] {
			picked[r] = true
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].d.i != out[j].d.i {
			return out[i].d.i < out[j].d.i
		}
		return out[i].order < out[j].order
	})
	return out
}

func bestRank(h *hypo) int {
	best := math.MaxInt
	for _, m := range h.members {
		if m.h.Rank > 0 && m.h.Rank < best {
			best = m.h.Rank
		}
	}
	return best
}

// representative is the member whose wording the pooled hypothesis uses:
// from the weightiest source, then the best ranked, then the earliest.
func (h *hypo) representative() member {
	best := h.members[0]
	for _, m := range h.members[1:] {
		switch {
		case m.d.weight > best.d.weight:
			best = m
		case m.d.weight == best.d.weight && m.h.Rank > 0 && (best.h.Rank == 0 || m.h.Rank < best.h.Rank):
			best = m
		}
	}
	return best
}

// text is the pooled hypothesis's wording: its representative's,
// without the numbering its source gave it.
func (h *hypo) text() string { return stripLabel(h.representative().h.Text) }

// hypotheses writes the hypotheses, the matrix and the BLUF.
func (b *builder) hypotheses(out *bluf.Report, p *pool) {
	out.Hypotheses = []bluf.Hypothesis{}
	ceiling := len(bluf.EstimativeTerms) - 1 // likelihood never rises as rank falls
	for i, h := range p.hyps {
		var cites []string
		perDoc := map[*doc]int{}
		for _, m := range h.members {
			for _, c := range m.h.Citations {
				if perDoc[m.d] < 2 && len(cites) < 8 {
					perDoc[m.d]++
					cites = append(cites, m.d.cite(c))
				}
			}
		}
		text := h.text()
		if n := len(h.sources); n > 1 {
			text = strings.TrimSuffix(text, ".") + fmt.Sprintf(" — raised by %d independent sources", n)
		}
		out.Hypotheses = append(out.Hypotheses, bluf.Hypothesis{
			ID:         h.id,
			Item:       bluf.Item{Text: text, Citations: uniq(cites)},
			Score:      p.score[h.id],
			Rank:       i + 1,
			Likelihood: bluf.EstimativeTerms[min(bluf.LikelihoodRank(p.likelihood(h.id)), ceiling)],
		})
		ceiling = bluf.LikelihoodRank(out.Hypotheses[len(out.Hypotheses)-1].Likelihood)
	}
	out.ACH = bluf.ACH{Hypotheses: []string{}, Evidence: []bluf.ACHEvidence{}, Scores: map[string]float64{}, Method: poolMethod}
	for _, h := range p.hyps {
		out.ACH.Hypotheses = append(out.ACH.Hypotheses, h.id)
		out.ACH.Scores[h.id] = p.score[h.id]
	}
	shown := p.shown(b.opt.MaxEvidence)
	for i, r := range shown {
		cred := r.e.Credibility
		if r.d.weight < 0.5 && cred != "low" {
			cred = map[string]string{"high": "medium", "medium": "low"}[cred]
		}
		out.ACH.Evidence = append(out.ACH.Evidence, bluf.ACHEvidence{
			ID:            fmt.Sprintf("E%d", i+1),
			Item:          bluf.Item{Text: r.e.Text, Citations: r.d.cites(r.e.Citations)},
			Credibility:   cred,
			Relevance:     r.e.Relevance,
			Ratings:       fillRatings(r.ratings, out.ACH.Hypotheses),
			Diagnosticity: r.diag,
		})
	}
	if len(p.rows) > len(shown) {
		out.ACH.Method += fmt.Sprintf(" Scores use all %d evidence rows; the %d shown are each document's most diagnostic row and then the most diagnostic, weightiest others.", len(p.rows), len(shown))
	}
	if p.dropped > 0 {
		out.Gaps = append(out.Gaps, bluf.Gap{Section: "hypotheses", Text: fmt.Sprintf("%d further hypotheses are left out of the matrix: none is raised by more independent sources than those shown.", p.dropped)})
	}
	b.bluf(out, p)
}

func fillRatings(rt map[string]string, hyps []string) map[string]string {
	out := make(map[string]string, len(hyps))
	for _, h := range hyps {
		if r, ok := rt[h]; ok {
			out[h] = r
		} else {
			out[h] = bluf.NotApplicable
		}
	}
	return out
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }
