package assess

import (
	"regexp"
	"sort"
	"strings"

	"bluf"
)

// prescription is a sentence in which the article prescribes a course.
type prescription struct {
	s     *sent
	score float64
}

// prescriptions finds the article's own recommendations: "X should ...",
// "must", "needs to", "the best ... can hope for", "it is worth".
func (a *analysis) prescriptions(thesis []*sent) []prescription {
	var out []prescription
	n := len(a.prose)
	for i, s := range a.prose {
		if !s.has(cueNecessity) || s.question || s.quoted || len(s.toks) == 0 {
			continue
		}
		if w := s.toks[0].word; w == "should" {
			continue // "Should X happen, ..." is a conditional
		}
		if hypLabelRe.FindString(s.text) != "" {
			continue // "Hypothesis 2: ..." is a hypothesis, not a course
		}
		sc, ok := 0.0, false
		for _, m := range s.roles {
			if m.value != cueNecessity {
				continue
			}
			if m.pos > 0 && passiveAux[s.toks[m.pos-1].word] {
				continue // "be called on to ask": passive, no prescription
			}
			if m.pos > 0 && (s.toks[m.pos-1].word == "you" || s.toks[m.pos-1].word == "i") {
				continue // personal advice ("you have to", "I must"), not a course for an actor
			}
			if w := s.toks[m.pos].word; w == "needed" || w == "required" {
				continue // "is needed to" reports a claim, it prescribes nothing
			}
			if w := s.toks[m.pos].word; (w == "is" || w == "are" || w == "was" || w == "were") && (m.pos == 0 || s.toks[m.pos-1].word != "it") {
				// "The base is vital to preventing trafficking" rates
				// importance; only "it is vital that/to" prescribes.
				if k := m.pos + m.n; k >= len(s.toks) || s.toks[k].word != "that" {
					continue
				}
			}
			if m.pos > 0 && hypotheticalAux[s.toks[m.pos-1].word] {
				continue // "they would have to let it run": a conditional description
			}
			if rulingBefore(s, m.pos) {
				continue // "the court ruled that states must label ...": a reported obligation
			}
			if m.pos > 0 && (s.toks[m.pos].word == "need" || s.toks[m.pos].word == "needs") && nounDeterminers[s.toks[m.pos-1].word] {
				continue // "the need to" is a noun
			}
			next := ""
			if k := m.pos + m.n; k < len(s.toks) {
				next = s.toks[k].word
			}
			if next == "have" || next == "choose" || next == "then" || next == "decide" || next == "wonder" || next == "admit" || next == "say" {
				continue // "should have" (hindsight), "must choose between" (a dilemma)
			}
			ok = true
			sc += 1
		}
		if !ok {
			continue
		}
		if n > 0 && i >= 2*n/3 {
			sc += 0.5
		}
		for _, t := range thesis {
			sc += a.cosine(t.feats, s.feats)
		}
		if s.has(cueAttribution) {
			sc -= 0.3
			if cl, ok := parseAnyClaim(s.text); ok && !actorPhrase(cl.who) {
				continue // "Fifty-one percent say ... should": a poll, not an actor's prescription
			}
		}
		out = append(out, prescription{s, sc})
	}
	return out
}

func (a *analysis) recommendations(ps []prescription) []bluf.Recommendation {
	list := append([]prescription(nil), ps...)
	sort.SliceStable(list, func(i, j int) bool { return list[i].score > list[j].score })
	if len(list) > 6 {
		list = list[:6]
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].s.idx < list[j].s.idx })
	var out []bluf.Recommendation
	for _, p := range list {
		out = append(out, bluf.Recommendation{Origin: "article", Item: bluf.Item{Text: a.prescriptionText(p.s, 300), Citations: []string{p.s.id}}})
	}
	return out
}

var (
	leadToRe = regexp.MustCompile(`(?i)\b(?:lead to|leads to|result in|results in|trigger|triggers|prompt|prompts|provoke|provokes|spark|sparks)\b (.+)$`)
	threatRe = regexp.MustCompile(`(?i)\bthreaten(?:ed|s)? to (.+)$`)
	ifRe     = regexp.MustCompile(`(?i)(?:^|\b)(?:if|unless|as long as|so long as|once)\b (.+?)(?:,|$)`)
	wereToRe = regexp.MustCompile(`(?i)^(.+?) (?:were|was) to (.+)$`)
	// scenarioLabelRe is a label a sentence of the text may itself
	// open with ("Best case: ..."); the renderer prints its own.
	scenarioLabelRe = regexp.MustCompile(`(?i)^\s*(?:(?:best|worst|most likely|likeliest)(?:[- ]case)?(?: scenario| outcome)?|(?:[A-Z][a-z]+\s){0,2}(?:risks?|scenarios?|outlook|implications?))\s*[:—–-]\s*`)
	objToRe         = regexp.MustCompile(`^((?:[\w'’-]+ ){0,3}[\w'’-]+) to ([a-z].+)$`)
)

// indicator is an observable development to monitor, before it is linked
// to a scenario.
type indicator struct {
	text  string
	s     *sent
	feats *fset
}

// indicators draws observable developments from the text: what escalation
// "could lead to", what actors threaten to do, the conditions of
// conditionals, and coded events that are threatened or possible.
func (a *analysis) indicators() []indicator {
	var out []indicator
	add := func(text string, s *sent) {
		text = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(cutTail(text)), " ,;:.—–-"))
		if n := len(strings.Fields(text)); n < 2 || n < 3 && !eventful(text) || fragmentLead[strings.ToLower(firstWordOf(text))] {
			return // "US targets", "this time in defence of ...": no development
		}
		f := a.features(text)
		for _, o := range out {
			if a.sim(o.feats, f) >= 0.7 {
				return
			}
		}
		out = append(out, indicator{text: limit(watchFor+text, 220), s: s, feats: f})
	}
	for _, s := range a.prose {
		if s.question {
			continue
		}
		if !(s.has(cueModal) || s.has(cueWill) || s.has(cueCondition) || strings.Contains(s.text, "threat")) {
			continue
		}
		if !hasAny(s, leadVerbs) {
			// no "lead to", "trigger", ...
		} else if m := leadToRe.FindStringSubmatch(s.text); m != nil && (s.has(cueModal) || s.has(cueWill)) && len(harmLexicon.find(tokenize(m[1])))+len(benefitLexicon.find(tokenize(m[1]))) > 0 {
			body := strings.TrimRight(cutTail(m[1]), ".")
			if items := enumeration(body); items != nil {
				for _, it := range items {
					add(it, s)
				}
			} else {
				body = firstClause(body)
				if m := objToRe.FindStringSubmatch(body); m != nil && isBareVerbShape(firstWordOf(m[2])) {
					// "prompt militias to strike": the militias strike.
					body = a.lowerFirst(clauseOf(m[1], m[2]))
				}
				add(body, s)
			}
		}
		if !hasAny(s, threatVerbs) {
			// no threat
		} else if m := threatRe.FindStringSubmatch(s.text); m != nil {
			add("action on the threat to "+firstClause(m[1]), s)
		}
		if s.has(cueCondition) {
			if m := ifRe.FindStringSubmatch(s.text); m != nil && len(strings.Fields(m[1])) >= 3 && !strings.HasPrefix(m[1], "not ") && !strings.Contains(" "+m[1]+" ", " had ") {
				// ("if X had done Y" is a counterfactual about the past,
				// nothing to watch for.)
				c := m[1]
				if w := strings.ToLower(firstWordOf(c)); vagueSubjects[w] || a.features(c).size() < 2 {
					continue // "if we don't get there", "if it lasts": nothing named to observe
				}
				if w := wereToRe.FindStringSubmatch(c); w != nil {
					c = clauseOf(w[1], w[2])
					if !properLooking(firstWordOf(w[1])) {
						c = a.lowerFirst(c)
					}
				}
				add(c, s)
			}
		}
	}
	// Projected harms the text states as modal clauses ("air strikes
	// could drive many more across the border") are developments to
	// watch for, once rendered as statements.
	for _, s := range a.prose {
		if len(out) >= 8 || s.question || counterfactual(s) || len(s.harms()) == 0 || !hasPossibility(s) {
			continue
		}
		covered := false
		for _, o := range out {
			if o.s == s {
				covered = true
			}
		}
		if covered {
			continue
		}
		mc, ok := parseModal(s)
		if !ok || mc.modal == "" || !possibility[mc.modal] || subjectPronouns[strings.ToLower(mc.subj)] || !nounPhrase(mc.subj) || a.features(mc.subj).size() == 0 {
			continue
		}
		if head := strings.ToLower(firstWordOf(mc.vp)); unobservable[head] || interAdverbs[head] || !isBareVerbShape(head) && !baseVerbs[head] {
			continue // "may believe", "could be": a state of mind or a label, not an event
		}
		add(a.lowerFirst(clauseOf(mc.subj, firstClause(mc.vp))), s)
	}
	seenEv := map[string]bool{}
	nev := 0
	for _, ev := range a.r.Events {
		// A threat of any kind, or a possible or intended conflictual
		// act (CAMEO roots 13-20), is worth watching.
		switch {
		case ev.Modality == "threatened":
		case (ev.Modality == "possible" || ev.Modality == "intended" || ev.Modality == "demanded") && ev.Root >= "13" && ev.Root <= "20" && len(ev.Root) == 2:
		default:
			continue
		}
		s := a.byID[ev.Sentence]
		if s == nil || !s.prose || !(s.has(cueModal) || s.has(cueWill) || s.has(cueCondition) || strings.Contains(asciiLower(s.text), "threat")) {
			continue
		}
		// Coded events only fill in when the text itself names few
		// developments: its own words are the better indicators.
		if ev.Source.Name == "" || nev >= 3 || len(out)+nev >= 5 {
			continue
		}
		key := ev.Source.Name + "|" + ev.Label + "|" + ev.Target.Name
		if seenEv[key] {
			continue
		}
		seenEv[key] = true
		nev++
		t := ev.Modality + " “" + strings.ToLower(ev.Label) + "” by " + ev.Source.Name
		if ev.Target.Name != "" {
			t += " toward " + ev.Target.Name
		}
		add(t, s)
	}
	if len(out) > 10 {
		out = out[:10]
	}
	return out
}

// fragmentLead words open a phrase that cannot be a development of its
// own.
var fragmentLead = wordSet("this that these those in on at for by with of from to which who whose where while")

// properLooking guesses whether a capitalised word is a name: function
// words and common verbs are not.
func properLooking(w string) bool {
	lw := strings.ToLower(w)
	return !stopwords[lw] && !commonLead[lw]
}

// unobservable verbs name states of mind or labels, not developments one
// could watch for.
var unobservable = wordSet("be become remain seem appear believe think feel fear hope want prefer consider calculate judge worry wonder know realize realise see just also well")

// vagueSubjects open conditions that name nothing observable.
var vagueSubjects = wordSet("it they he she we i you one this that these those there your my our his her their its")

var passiveAux = wordSet("be been being is are was were get got")

var nounDeterminers = wordSet("the a an no any this that its their his her our urgent pressing growing")

var commonLead = wordSet("further renewed new continued militia militias government armed increased rising growing more greater attacks attack strikes")

// scenarioCand is a projected development for the best or worst case.
type scenarioCand struct {
	s     *sent
	score float64
}

// outlook builds the three scenarios and links indicators to them.
func (a *analysis) outlook(hs []*hyp, res *achResult, risks []riskCand, inds []indicator) (bluf.Scenarios, []bluf.Indicator) {
	var sc bluf.Scenarios
	sc.Best.Signposts, sc.Worst.Signposts, sc.MostLikely.Signposts = []bluf.Item{}, []bluf.Item{}, []bluf.Item{}
	var fav *hyp
	if res.favoured != nil && res.favoured.kind != "null" {
		fav = res.favoured
	}
	if fav != nil {
		sc.MostLikely.Item = bluf.Item{Text: fav.text, Citations: ids(fav.src...)}
		sc.MostLikely.Hypothesis = fav.id
		var evs []*sent
		for _, r := range res.rows {
			if containsSent(fav.src, r.s) {
				continue // the statement of the hypothesis is no signpost of it
			}
			if v := r.ratings[fav.id]; (v == bluf.VeryConsistent || v == bluf.Consistent) && len(sc.MostLikely.Signposts) < 3 {
				sc.MostLikely.Signposts = append(sc.MostLikely.Signposts, bluf.Item{Text: limit(tidy(trimLead(r.s.text)), 220), Citations: []string{r.s.id}})
				evs = append(evs, r.s)
			}
		}
		sc.MostLikely.Events = eventIDs(append(evs, fav.src...)...)
	}
	stated := a.statedScenarios()
	if s, ok := stated["most_likely"]; ok {
		// The text's own most likely outcome is the most likely
		// scenario, linked to the hypothesis it matches, if any.
		sc.MostLikely.Item = bluf.Item{Text: s.text, Citations: []string{s.s.id}}
		sc.MostLikely.Hypothesis = ratedFor(res, s.s)
		if sc.MostLikely.Hypothesis == "" {
			sc.MostLikely.Hypothesis = a.closestHyp(hs, a.features(s.text), nil)
		}
		if sc.MostLikely.Hypothesis == "" && fav != nil && a.sim(fav.feats, s.s.feats) >= 0.2 {
			sc.MostLikely.Hypothesis = fav.id
		}
		if fav == nil || sc.MostLikely.Hypothesis != fav.id {
			sc.MostLikely.Signposts = []bluf.Item{}
		}
		sc.MostLikely.Events = eventIDs(s.s)
	}
	// Worst: the most harmful projected development.
	var worst *riskCand
	for i := range risks {
		c := &risks[i]
		if c.thesis && len(risks) > 1 || c.seg != "" {
			continue
		}
		if worst == nil || c.score > worst.score || c.score == worst.score && c.s.idx < worst.s.idx {
			worst = c
		}
	}
	if s, ok := stated["worst"]; ok {
		// The text's own worst case outranks the most harmful projection.
		worst = &riskCand{s: s.s, first: -1, seg: s.text}
	}
	if worst != nil {
		text := worst.seg
		if text == "" {
			text = trimmedClause(worst.s, worst.first)
		}
		sc.Worst.Item = bluf.Item{Text: text, Citations: []string{worst.s.id}}
		sc.Worst.Hypothesis = ratedFor(res, worst.s)
		if sc.Worst.Hypothesis == "" {
			sc.Worst.Hypothesis = a.closestHyp(hs, worst.s.feats, fav)
		}
		sc.Worst.Events = eventIDs(worst.s)
		for _, r := range risks {
			if r.s != worst.s && r.seg == "" && len(sc.Worst.Signposts) < 2 && r.score >= 2 {
				sc.Worst.Signposts = append(sc.Worst.Signposts, bluf.Item{Text: trimmedClause(r.s, r.first), Citations: []string{r.s.id}})
			}
		}
	}
	// Best: the most favourable projected development.
	var best *scenarioCand
	ml := stated["most_likely"].s
	for _, s := range a.prose {
		if s.question || counterfactual(s) || !(s.has(cueModal) || s.has(cueWill) || s.has(cueLikely) || isConditional(s)) || (worst != nil && s == worst.s) || s == ml {
			continue
		}
		if v, ok := favourable(s); ok && (best == nil || v > best.score) {
			best = &scenarioCand{s, v}
		}
	}
	bestText := ""
	if best != nil {
		bestText = limit(tidy(trimLead(best.s.text)), 300)
	}
	if s, ok := stated["best"]; ok {
		best, bestText = &scenarioCand{s: s.s}, s.text
	}
	if best != nil {
		sc.Best.Item = bluf.Item{Text: bestText, Citations: []string{best.s.id}}
		sc.Best.Hypothesis = ratedFor(res, best.s)
		if sc.Best.Hypothesis == "" {
			sc.Best.Hypothesis = a.closestHyp(hs, best.s.feats, nil)
		}
		sc.Best.Events = eventIDs(best.s)
		// Signposts: the evidence consistent with the hypothesis the best
		// case resembles.
		for _, r := range res.rows {
			if sc.Best.Hypothesis == "" || len(sc.Best.Signposts) == 2 {
				break
			}
			if r.s == best.s {
				continue
			}
			if v := r.ratings[sc.Best.Hypothesis]; v == bluf.VeryConsistent || v == bluf.Consistent {
				sc.Best.Signposts = append(sc.Best.Signposts, bluf.Item{Text: limit(tidy(trimLead(r.s.text)), 220), Citations: []string{r.s.id}})
			}
		}
	}
	for _, x := range []*bluf.Scenario{&sc.Best, &sc.Worst, &sc.MostLikely} {
		// A scenario is no signpost of itself.
		keep := x.Signposts[:0]
		for _, sp := range x.Signposts {
			if len(sp.Citations) == 0 || len(x.Citations) == 0 || sp.Citations[0] != x.Citations[len(x.Citations)-1] {
				keep = append(keep, sp)
			}
		}
		x.Signposts = keep
		x.Text = tidy(scenarioLabelRe.ReplaceAllString(x.Text, ""))
		if w := strings.ToLower(firstWordOf(x.Text)); subjectPronouns[w] && len(x.Citations) == 1 {
			// "It could also escalate ...": the hypothesis stated from
			// this sentence names the actor.
			for _, h := range hs {
				if h.kind != "null" && len(h.src) > 0 && h.src[len(h.src)-1].id == x.Citations[0] && !subjectPronouns[strings.ToLower(firstWordOf(h.text))] {
					x.Text = h.text
				}
			}
		}
	}
	var out []bluf.Indicator
	for _, in := range inds {
		ind := bluf.Indicator{Item: bluf.Item{Text: in.text, Citations: []string{in.s.id}}}
		ind.Scenario = a.linkScenario(&sc, hs, in)
		sp := bluf.Item{Text: signpostText(in.text), Citations: ind.Citations}
		switch ind.Scenario {
		case "worst":
			addSignpost(&sc.Worst, sp)
		case "best":
			addSignpost(&sc.Best, sp)
		case "most_likely":
			addSignpost(&sc.MostLikely, sp)
		}
		out = append(out, ind)
	}
	return sc, out
}

// addSignpost adds sp to sc unless sc is full or already cites its
// sentence (as the scenario itself or another signpost).
func addSignpost(sc *bluf.Scenario, sp bluf.Item) {
	if len(sc.Signposts) >= 5 || len(sp.Citations) == 0 {
		return
	}
	id := sp.Citations[0]
	for _, c := range sc.Citations {
		if c == id {
			return
		}
	}
	for _, o := range sc.Signposts {
		for _, c := range o.Citations {
			if c == id {
				return
			}
		}
	}
	sc.Signposts = append(sc.Signposts, sp)
}

// itemLabelRe is a label a sentence of the text may open with, of the
// kind the renderer prints itself.
var itemLabelRe = regexp.MustCompile(`(?i)^\s*(?:recommended actions?|recommendations?|key assumptions?|assumptions?|red flags?|signposts?|indicators?|watch for|bottom line|bluf|confidence)\s*[:—–-]\s*`)

// stripLabel drops such a label.
func stripLabel(t string) string {
	return itemLabelRe.ReplaceAllString(t, "")
}

// signpostText drops the indicator framing: the renderer labels
// signposts itself.
func signpostText(t string) string {
	return tidy(strings.TrimPrefix(t, watchFor))
}

// watchFor frames an indicator.
const watchFor = "Watch for: "

// linkScenario returns the scenario an indicator signals: the one whose
// text, or whose hypothesis, it matches best (the indicator drawn from a
// scenario's own sentence signals that scenario); failing that, a harmful
// development signals the worst case. It never defaults to the best
// case: an indicator signals it only by matching it.
func (a *analysis) linkScenario(sc *bluf.Scenarios, hs []*hyp, in indicator) string {
	type cand struct {
		name string
		s    *bluf.Scenario
	}
	toks := tokenize(in.text)
	nh := 0
	for _, m := range harmLexicon.find(toks) {
		if !actorHarm[toks[m.pos].word] {
			nh++ // "jihadist commanders" name an actor, not a harm
		}
	}
	harmful := nh > len(benefitLexicon.find(toks))
	best, name := 0.3, ""
	for _, c := range []cand{{"most_likely", &sc.MostLikely}, {"worst", &sc.Worst}, {"best", &sc.Best}} {
		if c.s.Text == "" {
			continue
		}
		v := a.sim(a.features(c.s.Text), in.feats)
		if c.s.Hypothesis != "" {
			for _, h := range hs {
				if h.id == c.s.Hypothesis {
					if w := a.sim(h.feats, in.feats); w > v {
						v = w
					}
				}
			}
		}
		for _, id := range c.s.Citations {
			if id == in.s.id {
				v += 0.5
			}
		}
		if harmful && c.name != "worst" {
			v -= 0.2 // a harmful development must match another case closely
		}
		if v > best {
			best, name = v, c.name
		}
	}
	if name != "" {
		return name
	}
	if sc.Worst.Text != "" && harmful {
		return "worst"
	}
	return ""
}

// favourable scores s as a favourable development for the best case:
// it names one (de-escalation, agreement, stability, recovery ...) that
// no negation or reverser undoes, no harm outweighs, and no constraint
// ("may remain prohibitive for investment") turns into an obstacle.
func favourable(s *sent) (float64, bool) {
	b := 0
	for _, m := range s.benefits() {
		if weakBenefit[s.toks[m.pos].word] || reversedBefore(s, m.pos) {
			continue
		}
		b++
	}
	if b == 0 {
		return 0, false
	}
	for _, t := range s.toks {
		if constraintWords[t.word] {
			return 0, false
		}
	}
	nh := 0
	for _, m := range s.harms() {
		if !actorHarm[s.toks[m.pos].word] {
			nh++
		}
	}
	v := float64(b) - 1.5*float64(nh)
	for _, m := range s.vals {
		if m.value == valPos {
			v += 0.5
		} else {
			v -= 1
		}
	}
	return v, v > 0.5
}

// reversedBefore reports a negation or reverser within three tokens before
// position p ("no agreement", "prevent a settlement").
func reversedBefore(s *sent, p int) bool {
	for k := p - 1; k >= 0 && k >= p-3; k-- {
		if reverserWords[s.toks[k].word] {
			return true
		}
	}
	return false
}

// weakBenefit words are favourable only in context ("JNIM keeps
// expanding", "aid is blocked"): alone they make no best case.
var weakBenefit = wordSet("expand expanded preserve preserving opportunity investment aid independence transition engagement partnership")

// constraintWords turn a benefit into an obstacle or a doubt.
var constraintWords = wordSet("prohibitive prohibit prohibits hinder hinders hamper hampers impede impedes obstacle obstacles barrier barriers deter deters unlikely jeopardize jeopardise jeopardizes threatens undermine undermines")

var reverserWords = wordSet("not no never without abandon abandons end ends lose losing reject rejects prevent prevents avoid avoids halt halts stop stops oppose opposes resist resists refuse refuses unwilling unable against undermine undermines lack lacks")

// ratedFor returns the hypothesis the ACH rates sentence s most
// consistent with, when one stands above the rest and is rated C or CC;
// else "".
func ratedFor(res *achResult, s *sent) string {
	for _, r := range res.rows {
		if r.s != s {
			continue
		}
		best, id, tie := -3.0, "", false
		for _, h := range res.order {
			v := ratingValue[r.ratings[h.id]]
			switch {
			case v > best:
				best, id, tie = v, h.id, false
			case v == best:
				tie = true
			}
		}
		if best >= 1 && !tie {
			return id
		}
	}
	return ""
}

// closestHyp returns the ID of the hypothesis most like feats (other than
// skip), or "" when none is close.
func (a *analysis) closestHyp(hs []*hyp, feats *fset, skip *hyp) string {
	best, id := 0.25, ""
	for _, h := range hs {
		if h == skip || h.kind == "null" {
			continue
		}
		if v := a.sim(h.feats, feats); v > best {
			best, id = v, h.id
		}
	}
	return id
}

// enumeration splits "A, B, and C" (or "A, B or C") into its items; nil
// when body is not such a list.
func enumeration(body string) []string {
	parts := strings.Split(body, ",")
	if len(parts) < 2 || len(parts) > 6 {
		return nil
	}
	last := strings.TrimSpace(parts[len(parts)-1])
	var out []string
	switch {
	case strings.HasPrefix(last, "and ") || strings.HasPrefix(last, "or "):
		if len(parts) == 2 {
			return nil // "A, and B" is a clause, not a list
		}
		parts[len(parts)-1] = last[strings.IndexByte(last, ' ')+1:]
	default:
		// "A, B and C": the last comma part holds the coordinator.
		i := strings.LastIndex(last, " and ")
		if i < 0 {
			i = strings.LastIndex(last, " or ")
		}
		if i < 0 {
			return nil
		}
		parts = append(parts[:len(parts)-1], last[:i], last[i+strings.Index(last[i+1:], " ")+2:])
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if len(strings.Fields(p)) == 0 || len(strings.Fields(p)) > 12 || !eventful(p) {
			// Every item must be a development of its own: "Israeli
			// and US targets" split apart names no event.
			return nil
		}
		out = append(out, p)
	}
	return out
}

// eventful reports whether text names a development: an event noun or
// verb from the harm, benefit or concept lexicons, or an inflected verb.
func eventful(text string) bool {
	toks := tokenize(text)
	if len(harmLexicon.find(toks))+len(benefitLexicon.find(toks))+len(conceptLexicon.find(toks)) > 0 {
		return true
	}
	for i, t := range toks {
		if i > 0 && (strings.HasSuffix(t.word, "ed") || strings.HasSuffix(t.word, "es")) && len(t.word) > 4 && !stopwords[t.word] {
			return true
		}
		if eventNouns[t.word] {
			return true
		}
	}
	return false
}

var eventNouns = wordSet("calls call visit visits election elections vote talks arrests arrest raid raids protest protests march deployment deployments exercise exercises test tests launch launches summit ban bans closure closures ceasefire offensive flood floods drought earthquake storm epidemic")

var (
	leadVerbs   = wordSet("lead leads result results trigger triggers prompt prompts provoke provokes spark sparks")
	threatVerbs = wordSet("threaten threatened threatens")
)

// hasPossibility reports a possibility modal in s.
func hasPossibility(s *sent) bool {
	for _, t := range s.toks {
		if possibility[t.word] {
			return true
		}
	}
	return false
}

// hasAny reports whether s has one of words.
func hasAny(s *sent, words map[string]bool) bool {
	for _, t := range s.toks {
		if words[t.word] {
			return true
		}
	}
	return false
}

// lowerFirst lower-cases the first word of text when the document uses
// that word in lower case elsewhere (so "Air strikes" becomes "air
// strikes" but "Beijing" stays), to splice text into a sentence.
func (a *analysis) lowerFirst(text string) string {
	w := firstWordOf(text)
	if w == "" || w == "I" || isAcronym(w) || !strings.HasPrefix(text, w) {
		return text
	}
	l := strings.ToLower(w)
	if l == w {
		return text
	}
	if a.lowerVocab == nil {
		a.lowerVocab = map[string]bool{}
		for _, s := range a.sents {
			for _, t := range s.toks {
				if c := s.text[t.start]; c >= 'a' && c <= 'z' {
					a.lowerVocab[t.word] = true
				}
			}
		}
	}
	if a.lowerVocab[l] || stopwords[l] {
		return l + text[len(w):]
	}
	return text
}

// statedCase is a scenario the text itself names.
type statedCase struct {
	s    *sent
	text string
}

var scenarioRes = map[string]*regexp.Regexp{
	"best":        regexp.MustCompile(`(?i)(?:\b(?:in )?(?:the |a )?best[- ]case(?: scenario| outcome)?(?:\s+(?:is|would be|sees))?(?:\s+that)?|^at best)[,:]?\s+(.{12,})$`),
	"worst":       regexp.MustCompile(`(?i)(?:\b(?:in )?(?:the |a )?worst[- ]case(?: scenario| outcome)?(?:\s+(?:is|would be|sees))?(?:\s+that)?|^at worst)[,:]?\s+(.{12,})$`),
	"most_likely": regexp.MustCompile(`(?i)\b(?:the )?(?:most (?:likely|probable|plausible)|likeliest) (?:scenario|outcome|course|path|result|trajectory|case|future)(?: for [^,:]{1,60}?)?(?:\s+(?:is|would be|remains|will be|seems|looks))?(?:\s+(?:to be|like))?(?:\s+that)?[,:]?\s+(.{12,})$`),
}

// statedScenarios finds the best, worst and most likely cases the text
// names itself ("In the worst case, ...", "The most likely outcome is
// that ..."), first of each kind.
func (a *analysis) statedScenarios() map[string]statedCase {
	out := map[string]statedCase{}
	for _, s := range a.prose {
		if s.question || !hasAny(s, scenarioWords) {
			continue
		}
		for _, k := range []string{"best", "worst", "most_likely"} {
			if _, done := out[k]; done {
				continue
			}
			if m := scenarioRes[k].FindStringSubmatch(trimLead(s.text)); m != nil {
				t := firstClause(strings.TrimRight(m[1], "."))
				if k == "most_likely" {
					// "a slow erosion: the juntas keep A, B stays C": the
					// whole projection, list and all.
					t = limit(strings.TrimRight(m[1], "."), 300)
				}
				out[k] = statedCase{s: s, text: tidy(t)}
			}
		}
	}
	return out
}

var scenarioWords = wordSet("best worst likely likeliest probable plausible")

// hypotheticalAux before a necessity cue makes it a conditional or past
// description ("would have to", "had to"), not a prescription.
var hypotheticalAux = wordSet("would could might had")

// prescriptionText is the prescription in s in its own words; one the
// text attributes to an actor, or that continues an actor's quotation,
// says whose it is ("(per the UN)").
func (a *analysis) prescriptionText(s *sent, n int) string {
	t := tidy(stripLabel(trimLead(s.text)))
	who := a.speaker(s)
	if who == "" || strings.Contains(strings.ToLower(t), strings.ToLower(who)) {
		return limit(t, n) // the writer's own, or its speaker is named in it
	}
	if m := colonSaidRe.FindStringSubmatchIndex(t); m != nil {
		t = tidy(t[m[1]:]) // "He added: X" -> "X (per Name)"
	}
	per := " (per " + tidyWho(who) + ")"
	return limit(strings.TrimRight(t, ". "), n-len(per)-1) + per + "."
}

// tailSaidRe reads a quotation's attribution after it: "..., Esper
// said." or "..., said Jane Doe, the envoy."
var tailSaidRe = regexp.MustCompile(`[,”"’]\s+(?:([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:said|says|added|wrote|warned|insisted|told\s[^,.]{2,40})|(?:said|says|added|wrote|warned|insisted)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))(?:,[^,]{0,80},?)?(?:\s+(?:on|in|at)\s[^,.]{2,60})?\.?$`)

// colonSaidRe reads "A added:" or "A said:" before a quotation.
var colonSaidRe = regexp.MustCompile(`^(.{2,60}?)\s+(?:said|says|added|adds|told [^:]{2,40}|wrote|writes|stated|continued|insisted|warned)\s*:`)

// speaker names the actor whose words s reports: its own attribution,
// or, for a sentence that continues a quotation opened before it in
// the paragraph, the attribution of the sentence that opened it. A
// pronoun speaker is resolved to the name before it. "" when s is the
// writer's own.
func (a *analysis) speaker(s *sent) string {
	i := -1
	for k, p := range a.prose {
		if p == s {
			i = k
			break
		}
	}
	if i < 0 {
		return ""
	}
	at := i
	if opensQuote := strings.Count(s.text, "“") < strings.Count(s.text, "”"); opensQuote || !strings.ContainsAny(s.text, "“”\"") {
		// A continuation: find the sentence that opened the quotation.
		for k := i - 1; k >= 0 && k >= i-3 && a.prose[k].para == s.para; k-- {
			t := a.prose[k].text
			o, c := strings.Count(t, "“"), strings.Count(t, "”")
			if c > o {
				break // a quotation closed before s
			}
			if o > c {
				at = k
				break
			}
		}
		if at == i && !s.has(cueAttribution) {
			return ""
		}
	}
	t := a.prose[at].text
	who := ""
	if m := colonSaidRe.FindStringSubmatch(trimLead(t)); m != nil {
		who = m[1]
	} else if m := tailSaidRe.FindStringSubmatch(strings.TrimSpace(t)); m != nil {
		who = m[1] + m[2]
	} else if cl, ok := parseAnyClaim(t); ok {
		who = cl.who
	}
	if i := strings.Index(who, ", "); i > 0 {
		who = who[:i] // "Jane Doe, the district commander," -> "Jane Doe"
	}
	who = strings.Trim(who, " ,;:")
	if who == "" || !actorPhrase(who) {
		return ""
	}
	if l := strings.ToLower(who); subjectPronouns[l] || l == "he" || l == "she" || l == "we" {
		who = a.namedSubjectBefore(at)
	}
	return who
}

// actorPhrase reports whether who names an actor rather than a share of
// poll respondents ("51 percent", "a majority").
func actorPhrase(who string) bool {
	l := strings.ToLower(who)
	if strings.ContainsAny(l, "0123456789%") {
		return false
	}
	for _, w := range []string{"percent", "per cent", "majority", "minority", "respondents", "half of", "third of", "quarter of"} {
		if strings.Contains(l, w) {
			return false
		}
	}
	return true
}

// rulingBefore reports a verb of ruling or decreeing shortly before
// position p of s: the necessity that follows is a reported legal
// obligation, not a prescription.
func rulingBefore(s *sent, p int) bool {
	for k := p - 1; k >= 0 && k >= p-8; k-- {
		if rulingVerbs[s.toks[k].word] {
			return true
		}
	}
	return false
}

var rulingVerbs = wordSet("ruled rules decreed decrees ordered orders stipulates stipulated mandates mandated requires required obliges obliged")
