package assess

import (
	"math"
	"sort"
	"unicode"
	"unicode/utf8"

	"bluf"
)

// achMethod states how the matrix was rated and scored.
const achMethod = "Weighted inconsistency (Open Source ACH, Burton 2010): score = sum over evidence of w(rating) x credibility, " +
	"w(I)=1, w(II)=2, others 0; credibility high=2, medium=1, low=0.5; lowest score = most supported, ties broken by weighted consistency (C=1, CC=2). " +
	"Cells are rated from each hypothesis's distinctive terms and concepts in the evidence sentence, with polarity from evaluative cues, " +
	"negation and reversal verbs, and explicit comparisons (\"X seems less risky than Y\"); diagnosticity is the spread of a row's ratings (CC=2 ... II=-2). " +
	"Likelihood terms (ICD 203) come from a softmax over inconsistency (temperature 2 + rows/10), assigned in rank order and clamped to very unlikely..likely because one document is one source; a lead under 10 points is a roughly even chance."

// row is one evidence row of the matrix.
type row struct {
	s       *sent
	cred    string
	ratings map[string]string
	diag    float64
}

// achResult is the scored matrix.
type achResult struct {
	rows     []*row
	inc      map[string]float64
	cons     map[string]float64
	order    []*hyp // best supported first
	prob     map[string]float64
	likely   map[string]string
	margin   float64
	favoured *hyp
}

var ratingValue = map[string]float64{bluf.VeryConsistent: 2, bluf.Consistent: 1, bluf.Neutral: 0, bluf.Inconsistent: -1, bluf.VeryInconsistent: -2}

var credWeight = map[string]float64{"high": 2, "medium": 1, "low": 0.5}

// ach rates every informative sentence against every hypothesis and
// scores the hypotheses.
func (a *analysis) ach(hs []*hyp) *achResult {
	res := &achResult{inc: map[string]float64{}, cons: map[string]float64{}, prob: map[string]float64{}, likely: map[string]string{}}
	stated := map[*sent]bool{}
	for _, h := range hs {
		if h.kind == "null" || h.kind == "thesis" {
			continue // the thesis sentence is the main evidence for itself
		}
		for _, s := range h.src {
			stated[s] = true
		}
	}
	// Prescriptions say what should happen, not what is or will be: they
	// are no evidence for or against an outcome.
	for _, p := range a.prescriptions(nil) {
		stated[p.s] = true
	}
	// Heuer's step 4: evidence that bears on no hypothesis is noted, not
	// hidden. Rows rated N throughout are kept when the sentence is
	// informative (a fact, judgment or forecast with some substance), and
	// listed after the rows that bear on the hypotheses.
	var rows, neutral []*row
	for _, s := range a.prose {
		if stated[s] || s.question || len(s.toks) < 6 {
			continue
		}
		rt := a.rate(s, hs)
		r := &row{s: s, cred: credibility(s), ratings: rt}
		lo, hi := math.Inf(1), math.Inf(-1)
		nonN := false
		for _, h := range hs {
			v := ratingValue[rt[h.id]]
			lo, hi = math.Min(lo, v), math.Max(hi, v)
			if rt[h.id] != bluf.Neutral {
				nonN = true
			}
		}
		r.diag = hi - lo
		switch {
		case nonN:
			rows = append(rows, r)
		case a.informative(s):
			neutral = append(neutral, r)
		}
	}
	if len(rows) > maxRows {
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].diag > rows[j].diag })
		rows = rows[:maxRows]
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].s.idx < rows[j].s.idx })
	}
	bearing := len(rows)
	if room := maxRows - len(rows); len(neutral) > room {
		// Keep the most informative of the rest, in text order.
		sort.SliceStable(neutral, func(i, j int) bool { return a.informativeness(neutral[i].s) > a.informativeness(neutral[j].s) })
		neutral = neutral[:room]
		sort.SliceStable(neutral, func(i, j int) bool { return neutral[i].s.idx < neutral[j].s.idx })
	}
	rows = append(rows, neutral...)
	res.rows = rows
	for _, h := range hs {
		res.inc[h.id], res.cons[h.id] = 0, 0
	}
	for _, r := range rows {
		w := credWeight[r.cred]
		for _, h := range hs {
			switch r.ratings[h.id] {
			case bluf.Inconsistent:
				res.inc[h.id] += w
			case bluf.VeryInconsistent:
				res.inc[h.id] += 2 * w
			case bluf.Consistent:
				res.cons[h.id] += w
			case bluf.VeryConsistent:
				res.cons[h.id] += 2 * w
			}
		}
	}
	res.order = append(res.order, hs...)
	sort.SliceStable(res.order, func(i, j int) bool {
		x, y := res.order[i], res.order[j]
		if res.inc[x.id] != res.inc[y.id] {
			return res.inc[x.id] < res.inc[y.id]
		}
		return res.cons[x.id] > res.cons[y.id]
	})
	if len(res.order) > 0 {
		res.favoured = res.order[0]
	}
	if len(res.order) > 1 {
		x, y := res.order[0].id, res.order[1].id
		res.margin = math.Round((res.inc[y]-res.inc[x])*100) / 100
	}
	// Relative likelihood: a softmax over weighted inconsistency (with a
	// small share of consistency), its temperature growing with the size
	// of the matrix so that a few points' margin in a large matrix stays
	// near even. The probabilities are then assigned in rank order, so
	// that the terms never contradict the ranking.
	temp := 2 + float64(bearing)/10
	var z float64
	var ps []float64
	for _, h := range hs {
		p := math.Exp((-res.inc[h.id] + 0.1*res.cons[h.id]) / temp)
		ps = append(ps, p)
		z += p
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(ps)))
	for i, h := range res.order {
		res.prob[h.id] = ps[i] / z
	}
	for _, h := range hs {
		// One document is one source: its own argument cannot make a
		// hypothesis more than likely, nor rule one out.
		res.likely[h.id] = bluf.LikelihoodTerm(math.Max(0.1, math.Min(0.79, res.prob[h.id])))
	}
	if len(res.order) > 1 {
		x, y := res.order[0].id, res.order[1].id
		// No gap in inconsistency (consistency alone proves little) or a
		// lead under ten points: neither is more than an even chance.
		// A single item of evidence that tells them apart only mildly
		// (C against I) cannot separate them beyond an even chance
		// either: the spreads of the diagnostic rows must add up to 3.
		spread := 0.0
		for _, r := range res.rows {
			spread += math.Abs(ratingValue[r.ratings[x]] - ratingValue[r.ratings[y]])
		}
		if res.prob[x]-res.prob[y] < 0.1 || res.inc[x] == res.inc[y] || spread < 3 {
			res.likely[x] = "roughly even chance"
			res.likely[y] = "roughly even chance"
		}
	}
	return res
}

// maxRows caps the matrix, so that it stays readable.
const maxRows = 25

// informative reports a sentence worth a row of the matrix even when it
// bears on no hypothesis: a statement with substance (a figure, an event,
// a named actor with a predicate, a judgment or a forecast), not a
// transition or a rhetorical line.
func (a *analysis) informative(s *sent) bool {
	return !s.has(cueNecessity) && a.informativeness(s) >= 1
}

// informativeness scores what a sentence tells: figures, coded events,
// named entities, harms and benefits, judgments and forecasts.
func (a *analysis) informativeness(s *sent) float64 {
	v := 0.0
	if s.numeric {
		v++
	}
	if len(s.events) > 0 {
		v++
	}
	if len(s.ents) > 0 {
		v += 0.5
	}
	if len(s.conc) > 0 {
		v += 0.5
	}
	if len(s.harms())+len(s.benefits()) > 0 {
		v += 0.5
	}
	if s.has(cueJudgment) || s.has(cueModal) || s.has(cueWill) || s.has(cueLikely) || s.has(cueAttribution) {
		v += 0.5
	}
	if s.feats.size() >= 6 {
		v += 0.5
	}
	return v
}

// pivot returns the evidence row without which the favoured hypothesis
// would lose its lead in inconsistency (Heuer's step 6: how much does the
// conclusion rest on a few items), or nil.
func (res *achResult) pivot() *row {
	if len(res.order) < 2 {
		return nil
	}
	x, y := res.order[0].id, res.order[1].id
	gap := res.inc[y] - res.inc[x]
	if gap <= 0 {
		return nil
	}
	for _, r := range res.rows {
		w := credWeight[r.cred]
		d := w * (inconsistency(r.ratings[y]) - inconsistency(r.ratings[x]))
		if d >= gap {
			return r
		}
	}
	return nil
}

func inconsistency(rating string) float64 {
	switch rating {
	case bluf.Inconsistent:
		return 1
	case bluf.VeryInconsistent:
		return 2
	}
	return 0
}

// credibility rates a sentence as evidence: hedged or unverified sourcing
// is low, attributed or quantified statements are high.
func credibility(s *sent) string {
	switch {
	case s.has(cueHedgeSource) || s.has(cueUnverified):
		return "low"
	case s.has(cueAttribution) || s.numeric:
		return "high"
	}
	return "medium"
}

// rate rates sentence s against every hypothesis.
func (a *analysis) rate(s *sent, hs []*hyp) map[string]string {
	bounds := clauseBounds(s)
	st := stance(s, bounds)
	// A statement of fact is evidence for what it reports, whatever the
	// author thinks of it: "the problem is that hardliners are in the
	// ascendancy" reports their ascendancy. Framing words then carry no
	// polarity.
	factual := !(s.has(cueModal) || s.has(cueWill) || s.has(cueLikely) || s.has(cueUnlikely) || s.has(cueCondition) || s.has(cueNecessity))
	if factual {
		st = stanceExcept(s, bounds, framingWords)
	}
	than, left, isCmp := comparison(s)
	revs := reversers.find(s.toks)
	forecast := map[int]bool{}
	for _, m := range s.roles {
		if m.value == cueModal || m.value == cueWill || m.value == cueLikely {
			forecast[bounds[m.pos]] = true
		}
	}
	out := map[string]string{}
	for _, h := range hs {
		if h.negates != nil {
			continue
		}
		if h.claim {
			out[h.id] = a.rateClaim(s, h)
			continue
		}
		pos := a.occurrences(s, h)
		anti := opposites(s, h)
		if len(pos) == 0 && len(anti) == 0 {
			out[h.id] = bluf.Neutral
			continue
		}
		var sum float64
		fc := false
		for _, p := range anti {
			// The opposite of the hypothesis's distinctive concept
			// ("erosion" against "deepens"), unless reversed.
			if reversedAt(s, revs, bounds, p) {
				sum++
			} else {
				sum--
			}
		}
		for _, p := range pos {
			if h.factual {
				// A statement of fact is corroborated by a restatement and
				// denied by a negated or doubted one.
				v := 1.0
				if reversedAt(s, revs, bounds, p) != postReversed(s, bounds, p) || clauseHas(s, bounds, bounds[p], cueUnlikely) {
					v = -1
				}
				sum += v
				continue
			}
			v := st[bounds[p]]
			if isCmp {
				if p < than {
					v = left
				} else {
					v = -0.6 * left
				}
			}
			if reversedAt(s, revs, bounds, p) != postReversed(s, bounds, p) {
				if v == 0 {
					v = -1
				} else {
					v = -v
				}
			}
			if forecast[bounds[p]] {
				fc = true
			}
			sum += v
		}
		pol := sum / float64(len(pos)+len(anti))
		switch {
		case pol >= 1.5:
			out[h.id] = bluf.VeryConsistent
		case pol > 0:
			out[h.id] = bluf.Consistent
		case pol <= -1.5:
			out[h.id] = bluf.VeryInconsistent
		case pol < 0:
			out[h.id] = bluf.Inconsistent
		case fc:
			out[h.id] = bluf.Consistent
		case factual && len(pos) > 0:
			// A fact the hypothesis predicts: its actors with its
			// distinctive course or concept.
			out[h.id] = bluf.Consistent
		case !h.factual && sharesCourse(s, h) && !s.has(cueCondition):
			// The course already under way ("reprisals after army
			// operations" for "the army escalates") is consistent with it.
			out[h.id] = bluf.Consistent
		default:
			out[h.id] = bluf.Neutral
		}
	}
	// Mutually exclusive pair: evidence against one is consistent with
	// the other.
	var live []*hyp
	for _, h := range hs {
		if h.negates == nil {
			live = append(live, h)
		}
	}
	if len(live) == 2 {
		x, y := live[0].id, live[1].id
		for _, p := range [][2]string{{x, y}, {y, x}} {
			if r := out[p[0]]; (r == bluf.Inconsistent || r == bluf.VeryInconsistent) && out[p[1]] == bluf.Neutral {
				out[p[1]] = bluf.Consistent
			}
		}
		// Exclusive alternatives ("A rather than B", "either A or B",
		// "two options"): a fact that bears out one, or strong support
		// for it, weighs against the other.
		if exclusiveKinds[live[0].kind] && exclusiveKinds[live[1].kind] {
			// A contrast the text draws itself ("more focused on A than
			// on B") makes any fact bearing out one count against the
			// other; two stated options only by strong support.
			contrast := contrastKinds[live[0].kind] && contrastKinds[live[1].kind]
			for _, p := range [][2]string{{x, y}, {y, x}} {
				if r := out[p[0]]; (r == bluf.VeryConsistent || r == bluf.Consistent && factual && contrast) && out[p[1]] == bluf.Neutral {
					out[p[1]] = bluf.Inconsistent
				}
			}
		}
	}
	for _, h := range hs {
		if h.negates == nil && containsSent(h.src, s) {
			// The sentence that states a hypothesis is consistent with
			// it, whatever its wording ("will not allow chaos").
			if r := out[h.id]; r != bluf.VeryConsistent {
				out[h.id] = bluf.Consistent
			}
		}
	}
	for _, h := range hs {
		if h.negates != nil {
			// A negation is rated as the mirror of what it denies.
			out[h.id] = mirror(out[h.negates.id])
		}
	}
	return out
}

// postReversed reports a concept at p undone by what follows it in its
// clause: "diplomacy stays frozen", "the talks stalled".
func postReversed(s *sent, bounds []int, p int) bool {
	for k := p + 1; k < len(s.toks) && k <= p+5 && bounds[k] == bounds[p]; k++ {
		if postReversers[s.toks[k].word] {
			return true
		}
	}
	return false
}

var postReversers = wordSet("frozen froze freeze stalled stall stalls suspended deadlocked collapsed collapses faltered failed fails ended halted")

// exclusiveKinds are the kinds of alternatives stated as excluding each
// other.
var exclusiveKinds = wordSet("options between comparison rather either lines enumerated whether")

// contrastKinds are alternatives the text sets against each other.
var contrastKinds = wordSet("comparison rather lines")

// framingWords are evaluative words that frame a reported fact ("the
// problem is that ...") rather than judge it.
var framingWords = wordSet("problem problems concern concerns worry worries challenge challenges irony difficulty dilemma")

// stanceExcept is stance without the valence of the words in skip.
func stanceExcept(s *sent, bounds []int, skip map[string]bool) map[int]float64 {
	out := map[int]float64{}
	for _, m := range s.vals {
		if skip[s.toks[m.pos].word] {
			continue
		}
		v := valenceWeight(m, s.toks)
		for k := m.pos - 1; k >= 0 && k >= m.pos-2; k-- {
			if w := s.toks[k].word; w == "not" || w == "no" || w == "never" || w == "hardly" {
				v = -v
				break
			}
		}
		out[bounds[m.pos]] += v
	}
	return out
}

// opposites returns the positions in s of concepts opposed to one of h's
// distinctive concepts, when h's actors or other distinctive words appear
// too (so "the economy declines" does not bear on "the army deepens its
// ties").
func opposites(s *sent, h *hyp) []int {
	var out []int
	bounds := clauseBounds(s)
	for _, m := range s.conc {
		if o := antonyms[m.value]; o == "" || !h.distinct[o] || h.distinct[m.value] || prevented(s, m.pos) {
			continue
		}
		// The hypothesis's actors or words must share the clause: "a
		// slow erosion: the juntas keep ..." does not erode the juntas.
		c := bounds[m.pos]
		shared := false
		for i, t := range s.toks {
			if bounds[i] == c && i != m.pos && !stopwords[t.word] && len(t.word) > 3 && (h.distinct[t.stem] || h.feats.has(t.stem)) {
				shared = true
			}
		}
		for _, e := range s.ents {
			if bounds[e.pos] == c && h.feats.has(e.value) {
				shared = true
			}
		}
		if shared {
			out = append(out, m.pos)
		}
	}
	return out
}

// prevented reports a concept at p that the sentence says is kept from
// happening: "keeping Iraq from falling apart", "stop the war from
// spreading".
func prevented(s *sent, p int) bool {
	if p == 0 || s.toks[p-1].word != "from" {
		return false
	}
	for k := p - 2; k >= 0 && k >= p-5; k-- {
		switch s.toks[k].word {
		case "keep", "keeps", "keeping", "kept", "stop", "stops", "stopping", "stopped", "prevent", "prevents", "preventing", "prevented", "bar", "barred", "deter", "deters":
			return true
		}
	}
	return false
}

func mirror(r string) string {
	switch r {
	case bluf.VeryConsistent:
		return bluf.VeryInconsistent
	case bluf.Consistent:
		return bluf.Inconsistent
	case bluf.Inconsistent:
		return bluf.Consistent
	case bluf.VeryInconsistent:
		return bluf.VeryConsistent
	}
	return bluf.Neutral
}

// sharesCourse reports whether s names the specific course (a strong
// concept) that distinguishes h.
func sharesCourse(s *sent, h *hyp) bool {
	for _, m := range s.conc {
		if strongConcepts[m.value] && h.distinct[m.value] {
			return true
		}
	}
	return false
}

// strongConcepts are the concepts specific enough that one mention makes
// a sentence relevant to a hypothesis; the rest are broad ("cooperation")
// and count like ordinary words.
var strongConcepts = wordSet("#continuity #rupture #withdrawal #alignment #neutrality #escalation #deescalation #collapse #independence #regime_change #invasion #dependence #attack #influence #stability #strengthen #weaken #negotiation #confrontation")

// occurrences returns the token positions in s of h's distinctive
// features, when they are enough to make s relevant to h: one specific
// concept, two distinct words, or half of h's distinctive weight.
func (a *analysis) occurrences(s *sent, h *hyp) []int {
	if len(h.distinct) == 0 {
		return nil
	}
	posSet := map[int]bool{}
	var broad []int
	matched := map[string]bool{}
	strong := false
	predicate := false // a matched word that is not a name
	for i, t := range s.toks {
		if h.distinct[t.stem] && !stopwords[t.word] {
			posSet[i] = true
			matched[t.stem] = true
			if r, _ := utf8.DecodeRuneInString(s.text[t.start:]); !unicode.IsUpper(r) {
				predicate = true
			}
		}
	}
	for _, ms := range [][]match{s.conc, s.ents} {
		for _, m := range ms {
			if !h.distinct[m.value] {
				continue
			}
			matched[m.value] = true
			switch {
			case strongConcepts[m.value]:
				strong = true
				predicate = true
				posSet[m.pos] = true
			case m.value[0] == '#':
				broad = append(broad, m.pos)
				predicate = true
			default:
				posSet[m.pos] = true
			}
		}
	}
	if len(matched) == 0 {
		return nil
	}
	var mw, tw float64
	for _, f := range h.distinctList() {
		w := a.weight(f)
		tw += w
		if matched[f] {
			mw += w
		}
	}
	if !predicate || !strong && len(posSet) < 2 && mw/tw < 0.5 {
		return nil // names alone ("the United States") do not make evidence relevant
	}
	var pos []int
	for p := range posSet {
		pos = append(pos, p)
	}
	if len(pos) == 0 {
		pos = broad
	}
	sort.Ints(pos)
	return pos
}

// clauseHas reports whether clause c of s holds a role cue.
func clauseHas(s *sent, bounds []int, c int, cue string) bool {
	for _, m := range s.roles {
		if m.value == cue && bounds[m.pos] == c {
			return true
		}
	}
	return false
}

// rateClaim rates s against an actor's claim that another hypothesis
// denies. Sharing the claim's topic (its place, its actors) is no
// evidence either way: a sentence bears on the claim only when it
// restates enough of its content (consistent, very consistent when it
// reports confirmation) or negates it (inconsistent, very inconsistent
// when it calls it false). The denial mirrors these ratings.
func (a *analysis) rateClaim(s *sent, h *hyp) string {
	matched := map[string]bool{}
	var predAt []int // positions of matched words that are not names
	for i, t := range s.toks {
		if h.feats.m[t.stem] && !stopwords[t.word] {
			if r, _ := utf8.DecodeRuneInString(s.text[t.start:]); !unicode.IsUpper(r) {
				predAt = append(predAt, i)
			}
			matched[t.stem] = true
		}
	}
	for _, ms := range [][]match{s.conc, s.ents} {
		for _, m := range ms {
			if h.feats.m[m.value] {
				matched[m.value] = true
			}
		}
	}
	if len(matched) == 0 {
		return bluf.Neutral
	}
	var mw, tw float64
	for _, f := range h.distinctList() { // sorted: a fixed summation order
		w := a.weight(f)
		tw += w
		if matched[f] {
			mw += w
		}
	}
	if tw == 0 {
		return bluf.Neutral
	}
	share := mw / tw
	// near reports a word of set within n tokens before a matched word
	// of the claim (or after it, for after > 0).
	near := func(set map[string]bool, before, after int) bool {
		for _, p := range predAt {
			for k := max(0, p-before); k < len(s.toks) && k <= p+after; k++ {
				if set[s.toks[k].word] {
					return true
				}
			}
		}
		return false
	}
	falsity, confirmed, anaphor, denies := false, false, false, false
	for i, t := range s.toks {
		switch {
		case falsityWords[t.word]:
			falsity = true
		case confirmWords[t.word]:
			confirmed = true
		case claimNouns[t.word]:
			anaphor = true
		case denyWords[t.word]:
			denies = true
		case t.word == "evidence" && i > 0 && negators[s.toks[i-1].word]:
			denies = true // "no evidence"
		}
	}
	switch {
	case falsity && (anaphor || near(falsityWords, 8, 8)):
		return bluf.VeryInconsistent
	case denies && (anaphor || len(predAt) > 0) || near(negators, 5, 0) || near(denyWords, 6, 0):
		return bluf.Inconsistent
	case len(predAt) == 0 || near(negators, 8, 3):
		return bluf.Neutral
	}
	// Restating the claim takes its predicate, not only its actors: two
	// of its content words, or its only one.
	stems := map[string]bool{}
	for _, p := range predAt {
		stems[s.toks[p].stem] = true
	}
	if len(stems) < min(2, claimPredicates(h)) {
		return bluf.Neutral
	}
	switch {
	case confirmed && share >= 0.25:
		return bluf.VeryConsistent
	case share >= 0.4 || confirmed && len(stems) >= 2:
		return bluf.Consistent
	}
	return bluf.Neutral
}

// claimPredicates counts the content words of h's text that are not
// names.
func claimPredicates(h *hyp) int {
	n := 0
	seen := map[string]bool{}
	for _, t := range tokenize(h.text) {
		if stopwords[t.word] || seen[t.stem] || !h.feats.m[t.stem] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(h.text[t.start:]); unicode.IsUpper(r) && t.start > 0 {
			continue
		}
		seen[t.stem] = true
		n++
	}
	return n
}

var (
	// falsityWords call a claim false.
	falsityWords = wordSet("false untrue baseless groundless unfounded fabricated fabrication fabrications misleading debunked lie lies disinformation misinformation hoax nonsense")
	// confirmWords report a claim borne out.
	confirmWords = wordSet("confirmed confirms confirm corroborated verified showed show shows documented witnessed evidence footage images proved")
	// claimNouns point back to a claim ("the allegation is not true").
	claimNouns = wordSet("claim claims allegation allegations accusation accusations charge charges assertion assertions true")
)
