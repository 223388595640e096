package assess

import (
	"regexp"
	"sort"
	"strings"

	"bluf"
)

// isConditional reports a sentence that states a premise: a conditional,
// a dependence, or an absolute ("will always", "never").
func isConditional(s *sent) bool {
	if s.has(cueCondition) {
		return !counterfactual(s)
	}
	if len(s.toks) > 0 {
		switch s.toks[0].word {
		case "should", "were", "had", "assuming":
			return true // "Should X happen, ...", "Assuming X, ..."
		}
	}
	return false
}

// assumptions runs the Key Assumptions Check: the premises the text states
// (conditionals, dependences, absolutes) and the unstated premise the
// favoured hypothesis needs where the text contradicts it.
func (a *analysis) assumptions(hs []*hyp, res *achResult) []bluf.Assumption {
	type cand struct {
		s     *sent
		score float64
	}
	var cs []cand
	for _, s := range a.prose {
		if s.question || !(isConditional(s) || s.has(cueAlways)) || s.has(cueNecessity) {
			continue // a prescription is a course, not a premise
		}
		if a.statesHypothesis(hs, s) {
			continue // the hypotheses are tested, not assumed
		}
		sc := 0.0
		for _, m := range s.roles {
			if m.value == cueCondition {
				switch s.toks[m.pos].word {
				case "depends", "depend", "dependent", "contingent", "hinges", "hinge", "unless", "provided", "assuming", "as", "so":
					sc += 1.5
				case "given":
					sc += 0.5
				default:
					sc += 1
				}
			}
		}
		if s.has(cueAlways) {
			sc += 0.8
		}
		if res.favoured != nil {
			sc += 2 * a.sim(res.favoured.feats, s.feats)
		}
		cs = append(cs, cand{s, sc})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score > cs[j].score })
	if len(cs) > 6 {
		cs = cs[:6]
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].s.idx < cs[j].s.idx })

	contrary := a.contrary(res)
	var out []bluf.Assumption
	for _, c := range cs {
		as := bluf.Assumption{Stated: true}
		as.Text = limit(tidy(stripLabel(trimLead(c.s.text))), 260)
		cites := []*sent{c.s}
		cond, kind := premiseOf(c.s.text)
		var against, corr, denied *sent
		for _, r := range contrary {
			if r.s != c.s && a.sim(r.s.feats, c.s.feats) >= 0.3 {
				against = r.s
				break
			}
		}
		if cond != "" && against == nil {
			corr, denied = a.premiseEvidence(c.s, cond)
		}
		if corr == nil && denied == nil && against == nil {
			best := 0.0
			for _, t := range a.prose {
				if t == c.s || isConditional(t) || t.has(cueModal) || t.has(cueHedgeSource) || t.has(cueUnverified) || t.question {
					continue
				}
				if v := a.cosine(t.feats, c.s.feats); v >= 0.3 && v > best {
					best, corr = v, t
				}
			}
		}
		switch {
		case against != nil:
			as.Rating = "unsupported"
			as.Basis = "Contradicted by evidence rated against the favoured hypothesis (" + against.id + ")."
			cites = append(cites, against)
		case denied != nil:
			as.Rating = "unsupported"
			as.Basis = "The text reports the opposite of the premise (" + denied.id + "): " + limit(a.lowerFirst(tidy(trimLead(denied.text))), 140) + "."
			cites = append(cites, denied)
		case c.s.has(cueHedgeSource) || c.s.has(cueUnverified):
			as.Rating = "caveats"
			as.Basis = "Rests on hedged or unverified sourcing."
		case c.s.has(cueAlways):
			as.Rating = "caveats"
			as.Basis = "Absolute language (always / never / inevitable) is a warning sign; the text does not test it."
		case corr != nil:
			as.Rating = "solid"
			as.Basis = "Corroborated elsewhere in the text (" + corr.id + ")."
			if cond != "" {
				as.Basis = "The premise (" + limit(cond, 100) + ") is reported as fact elsewhere in the text (" + corr.id + ")."
			}
			cites = append(cites, corr)
		case cond != "":
			as.Rating = "caveats"
			as.Basis = undermining(kind, cond)
		default:
			as.Rating = "caveats"
			as.Basis = "Stated as a condition; the text neither confirms nor refutes it."
		}
		as.Citations = ids(cites...)
		out = append(out, as)
	}
	if x, ok := a.restraintPremise(res.favoured); ok {
		out = append(out, x)
	}
	// Unstated premises: the favoured hypothesis needs the developments
	// the text reports against it not to prevail.
	if h := res.favoured; h != nil && h.kind != "null" {
		n := 0
		for _, r := range contrary {
			if n == 2 {
				break
			}
			n++
			frame := h.id + " assumes that this does not outweigh it: "
			if r.s.has(cueModal) || r.s.has(cueWill) || isConditional(r.s) {
				frame = h.id + " assumes that this does not come to pass: "
			}
			out = append(out, bluf.Assumption{
				Item: bluf.Item{
					Text:      limit(frame+"“"+tidy(trimLead(r.s.text))+"”", 320),
					Citations: ids(append([]*sent{r.s}, h.src...)...),
				},
				Rating: "unsupported",
				Stated: false,
				Basis:  "Unstated premise of " + h.id + "; the text itself reports the contrary (" + r.s.id + " rated " + r.ratings[h.id] + ").",
			})
		}
	}
	return out
}

// premiseRe finds the premise of a conditional sentence and the word
// that introduces it.
var premiseRe = regexp.MustCompile(`(?i)\b(even if|only if|if|unless|as long as|so long as|provided(?: that)?|depends? (?:up)?on|dependent on|contingent on|conditional on|hinges? on|assuming(?: that)?|given that|given|once)\s+(.+?)(?:[,;:]|\s+[—–]|$)`)

// premiseOf returns the premise a conditional sentence states and the kind
// of condition ("if", "unless", "as long as", "depends on", "given"), or
// "" when it states none that can be named.
func premiseOf(text string) (string, string) {
	m := premiseRe.FindStringSubmatch(text)
	if m == nil || len(strings.Fields(m[2])) < 2 {
		return "", ""
	}
	kind := strings.ToLower(m[1])
	switch {
	case strings.HasPrefix(kind, "depend"), strings.HasPrefix(kind, "hinge"), strings.HasPrefix(kind, "contingent"), strings.HasPrefix(kind, "conditional"):
		kind = "depends on"
	case kind == "so long as":
		kind = "as long as"
	case strings.HasPrefix(kind, "provided"), kind == "only if", kind == "once":
		kind = "if"
	case strings.HasPrefix(kind, "assuming"), strings.HasPrefix(kind, "given"):
		kind = "given"
	}
	return strings.TrimRight(strings.TrimSpace(m[2]), "."), kind
}

// undermining says what would undermine a premise of the given kind.
func undermining(kind, cond string) string {
	c := limit(cond, 120)
	switch kind {
	case "unless":
		return "Undermined if " + c + "; the text does not say whether that is happening."
	case "as long as":
		return "Holds only while " + c + "; the judgment fails once that changes."
	case "depends on":
		return "Rests on " + c + ", which the text neither confirms nor refutes; it fails if that does not materialise."
	case "given":
		return "Taken as given (" + c + "); the text does not test it, and the judgment weakens if it stops being true."
	case "even if":
		return "Claimed to hold even if " + c + "; the text gives no evidence for that robustness."
	default:
		return "Holds only if " + c + "; the text neither confirms nor refutes that, so the judgment fails if the condition is not met."
	}
}

// premiseEvidence looks for a statement of fact elsewhere in the text that
// reports the premise cond of s (corr), or its opposite (denied): shared
// content with the premise, and the same or the opposite polarity.
func (a *analysis) premiseEvidence(s *sent, cond string) (corr, denied *sent) {
	var want []string
	for _, t := range tokenize(cond) {
		if !stopwords[t.word] && len(t.word) > 2 && !negators[t.word] {
			want = append(want, t.stem)
		}
	}
	if len(want) < 2 {
		return nil, nil
	}
	neg := negatedText(cond)
	best := 0.0
	for _, t := range a.prose {
		if t == s || t.question || isConditional(t) || t.has(cueModal) || t.has(cueWill) || t.has(cueHedgeSource) || t.has(cueUnverified) || t.has(cueNecessity) {
			continue
		}
		// Most of the premise's content words must recur: a premise is
		// reported, not merely touched on.
		have := t.stems()
		n := 0
		for _, w := range want {
			if have[w] {
				n++
			}
		}
		v := float64(n) / float64(len(want))
		if n < 2 || v < 0.6 || v <= best {
			continue
		}
		best = v
		if negatedText(t.text) != neg {
			corr, denied = nil, t
		} else {
			corr, denied = t, nil
		}
	}
	return corr, denied
}

var negators = wordSet("not no never neither nor without")

// negatedText reports a negation in text.
func negatedText(text string) bool {
	for _, t := range tokenize(text) {
		switch t.word {
		case "not", "no", "never", "neither", "nor", "without":
			return true
		}
	}
	return false
}

// statesHypothesis reports whether s is the statement of one of the
// hypotheses (its source, or a close restatement without a condition).
func (a *analysis) statesHypothesis(hs []*hyp, s *sent) bool {
	for _, h := range hs {
		if h.kind == "null" {
			continue
		}
		if containsSent(h.src, s) {
			return true
		}
		if a.sim(h.feats, s.feats) >= 0.6 && !s.has(cueCondition) {
			return true
		}
	}
	return false
}

// contrary returns the evidence rows rated against the favoured
// hypothesis, strongest first.
func (a *analysis) contrary(res *achResult) []*row {
	h := res.favoured
	if h == nil {
		return nil
	}
	var out []*row
	for _, r := range res.rows {
		if v := r.ratings[h.id]; v == bluf.Inconsistent || v == bluf.VeryInconsistent {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		x, y := ratingValue[out[i].ratings[h.id]]*credWeight[out[i].cred], ratingValue[out[j].ratings[h.id]]*credWeight[out[j].cred]
		if x != y {
			return x < y
		}
		return out[i].s.idx < out[j].s.idx
	})
	return out
}

// redFlags lists evidence against the favoured hypothesis, hedged and
// unverified sourcing, and telling absences.
func (a *analysis) redFlags(res *achResult) []bluf.RedFlag {
	var out []bluf.RedFlag
	seen := map[*sent]bool{}
	// The renderer prints the kind; the text is the evidence itself,
	// with the hypothesis it weighs against as a suffix.
	add := func(kind, suffix string, s *sent) {
		if seen[s] {
			return
		}
		seen[s] = true
		out = append(out, bluf.RedFlag{Kind: kind, Item: bluf.Item{Text: limit(tidy(stripLabel(trimLead(s.text))), 300-len(suffix)) + suffix, Citations: []string{s.id}}})
	}
	if h := res.favoured; h != nil && h.kind != "null" {
		for i, r := range a.contrary(res) {
			if i == 3 {
				break
			}
			add("contrary_evidence", " (against "+h.id+")", r.s)
		}
	}
	n := 0
	for _, s := range a.prose {
		if s.has(cueHedgeSource) && n < 4 {
			add("hedged_sourcing", "", s)
			n++
		}
	}
	n = 0
	for _, s := range a.prose {
		if s.has(cueUnverified) && n < 3 {
			add("unverified_source", "", s)
			n++
		}
	}
	n = 0
	for _, s := range a.prose {
		if s.has(cueAbsence) && n < 4 && !s.question {
			add("absence", "", s)
			n++
		}
	}
	return out
}

// trimmedClause returns the part of a long sentence s that holds token p,
// cut only at strong joints (semicolons, dashes, ", but", ", while"); the
// whole sentence when it is short or the part would be a fragment.
func trimmedClause(s *sent, p int) string {
	whole := limit(tidy(trimLead(s.text)), 300)
	if len(s.text) <= 240 || p >= len(s.toks) {
		return whole
	}
	at := s.toks[p].start
	start, end := 0, len(s.text)
	for _, j := range strongJoints.FindAllStringIndex(s.text, -1) {
		if j[1] <= at {
			start = j[1]
		} else if j[0] >= at && j[0] < end {
			end = j[0]
		}
	}
	part := strings.TrimSpace(s.text[start:end])
	w := strings.ToLower(firstWordOf(part))
	if len(part) < 60 || subordinators[w] || w == "like" || w == "such" || strings.HasSuffix(w, "ing") {
		return whole
	}
	return limit(tidy(trimLead(part)), 300)
}

var strongJoints = regexp.MustCompile(`;\s+|\s+[—–]\s+|,\s+(?:but|while|whereas|although|though)\s+`)

// armedNouns name actors whose violence can overturn a peaceful course.
var armedNouns = wordSet("militia militias rebels rebel insurgents insurgent jihadists jihadist fighters paramilitary paramilitaries proxies gangs gang extremists separatists junta army militants guerrillas")

// restraintPremise states the unstated premise that a non-violent
// favoured hypothesis presumes restraint by the armed actor the text
// shows attacking or threatening: "H1 presumes restraint by the
// militias". It is unsupported when the text reports that actor's
// violence as fact, with caveats when only as a threat or possibility.
func (a *analysis) restraintPremise(h *hyp) (bluf.Assumption, bool) {
	if h == nil || h.kind == "null" {
		return bluf.Assumption{}, false
	}
	if len(harmLexicon.find(tokenize(h.text))) > 0 && !h.feats.has("#deescalation") && !h.feats.has("#negotiation") {
		return bluf.Assumption{}, false // a violent course presumes no restraint
	}
	type acc struct {
		name             string
		asserted, threat []*sent
	}
	actors := map[string]*acc{}
	var order []string
	for _, s := range a.prose {
		if len(s.harms()) == 0 {
			continue
		}
		seen := map[string]bool{}
		note := func(key, name string) {
			if seen[key] {
				return
			}
			seen[key] = true
			x := actors[key]
			if x == nil {
				x = &acc{name: name}
				actors[key] = x
				order = append(order, key)
			}
			if s.has(cueModal) || s.has(cueWill) || s.has(cueCondition) || strings.Contains(asciiLower(s.text), "threat") {
				x.threat = append(x.threat, s)
			} else {
				x.asserted = append(x.asserted, s)
			}
		}
		for _, t := range s.toks {
			if armedNouns[t.word] {
				note(stem(t.word), t.word)
			}
		}
		for _, m := range s.ents {
			id := m.value[1:]
			for _, e := range a.r.Entities {
				if e.ID == id && e.Type == bluf.ArmedGroup {
					note(m.value, e.Name)
				}
			}
		}
	}
	var best *acc
	for _, k := range order {
		x := actors[k]
		if best == nil || len(x.asserted)*2+len(x.threat) > len(best.asserted)*2+len(best.threat) {
			best = x
		}
	}
	if best == nil || len(best.asserted)+len(best.threat) < 2 {
		return bluf.Assumption{}, false
	}
	name := best.name
	if armedNouns[name] {
		name = "the " + name
	}
	ev := append(append([]*sent{}, best.asserted...), best.threat...)
	if len(ev) > 3 {
		ev = ev[:3]
	}
	x := bluf.Assumption{
		Item:   bluf.Item{Text: h.id + " presumes restraint by " + name + ", whose attacks or threats the text reports.", Citations: ids(ev...)},
		Stated: false,
	}
	if len(best.asserted) > 0 {
		x.Rating = "unsupported"
		x.Basis = "Unstated premise of " + h.id + "; the text reports violence by " + name + " as fact (" + strings.Join(ids(best.asserted...), ", ") + ")."
	} else {
		x.Rating = "caveats"
		x.Basis = "Unstated premise of " + h.id + "; the text reports threats or possible violence by " + name + " (" + strings.Join(ids(best.threat...), ", ") + ")."
	}
	return x, true
}

// counterfactual reports a sentence about what would have been ("if the
// talks had gone ahead", "would have"): alternative history,
// neither a premise nor a projection.
func counterfactual(s *sent) bool {
	for i, t := range s.toks {
		if t.word == "if" {
			for k := i + 1; k < len(s.toks) && k <= i+6; k++ {
				if s.toks[k].word == "had" {
					return true
				}
			}
		}
		if t.word == "have" && i > 0 && (s.toks[i-1].word == "would" || s.toks[i-1].word == "could" || s.toks[i-1].word == "might") && i+1 < len(s.toks) && strings.HasSuffix(s.toks[i+1].word, "ed") {
			return true
		}
	}
	return false
}
