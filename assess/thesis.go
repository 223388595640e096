package assess

import (
	"math"
	"sort"
	"strings"
)

// candidate is a sentence scored as the article's central judgment.
type candidate struct {
	s     *sent
	score float64
	// echo is the sentence far away that restates it, if any.
	echo *sent
}

// theses ranks the prose sentences as statements of the article's thesis:
// position (the lead and the conclusion both count), judgment cues,
// overlap with the title, centrality, and restatement (a thesis is often
// stated twice, in the lead and again at the end).
func (a *analysis) theses() []candidate {
	n := len(a.prose)
	if n == 0 {
		return nil
	}
	cent := a.centrality()
	echo := make([]float64, n)
	echoS := make([]*sent, n)
	maxCent := 0.0
	for _, s := range a.prose {
		if s.feats.size() > 0 {
			a.prep(s.feats)
		}
	}
	dense := make([]float64, len(a.wByID)) // s's weights by feature ID
	for i, s := range a.prose {
		// Restatement is sought only for sentences that could state a
		// thesis: those that judge, and those in the lead or the close.
		if !(i < 3 || i >= n-6 || evaluative(s) || s.has(cueAlternative)) || s.feats.size() == 0 {
			continue
		}
		for k, id := range s.feats.ids {
			dense[id] = s.feats.ws[k]
		}
		for j, t := range a.prose {
			if j-i < 4 && i-j < 4 {
				continue
			}
			if c := cosineDense(dense, s.feats, t.feats); c > echo[i] {
				echo[i], echoS[i] = c, t
			}
		}
		for _, id := range s.feats.ids {
			dense[id] = 0
		}
	}
	for i := range cent {
		cent[i] /= float64(n)
		maxCent = math.Max(maxCent, cent[i])
	}
	lastPara := a.prose[n-1].para
	argued := a.argued()
	out := make([]candidate, 0, n)
	for i, s := range a.prose {
		pos := 0.0
		switch {
		case i == 0:
			pos += 1.5
		case i == 1:
			pos += 1.2
		case i == 2:
			pos += 0.8
		case i < 5:
			pos += 0.3
		}
		if n > 6 {
			switch {
			case i >= n-3:
				pos += 0.8
			case i >= n-6:
				pos += 0.4
			}
		}
		sc := pos
		if argued {
			// In a piece that argues, the thesis is the writer's claim:
			// a plain report of events in the lead sets the scene, and
			// a judgment the writer makes (not one quoted) outweighs it.
			switch {
			case !judges(s):
				sc -= pos / 2
			case reportsData(s):
				sc -= pos/2 + 0.6*math.Min(float64(s.cues[cueJudgment]), 2)
			case !s.has(cueAttribution) && !s.question && strings.Count(s.text, "“") < 2:
				sc += 0.6
				if len(s.toks) > 0 && (s.toks[0].word == "instead" || s.toks[0].word == "but" || s.toks[0].word == "yet") {
					sc += 0.4 // the writer's turn against what was expected
				}
			}
		}
		if s.para == lastPara {
			sc += 0.2
		}
		if i == 0 || a.prose[i-1].para != s.para {
			sc += 0.2 // topic sentence of its paragraph
		}
		sc += 0.6 * math.Min(float64(s.cues[cueJudgment]), 2)
		if s.has(cueLikely) || s.has(cueUnlikely) {
			sc += 0.4
		}
		if s.has(cueNecessity) && !s.has(cueJudgment) {
			sc -= 0.8 // a prescription: the action line carries it
		}
		if s.has(cueAlternative) {
			sc += 0.3
		}
		if _, _, ok := comparison(s); ok {
			sc += 0.5
		}
		sc += 3 * a.cosine(a.title, s.feats)
		if maxCent > 0 {
			sc += 1.5 * cent[i] / maxCent
		}
		var e *sent
		if echo[i] >= 0.25 {
			sc += 2 * echo[i]
			e = echoS[i]
		}
		if s.question || interrogative(s) {
			sc -= 2
		}
		if s.has(cueAttribution) || strings.Count(s.text, "“") >= 2 {
			// Attributed, or built of someone else's quoted words.
			sc -= 0.8
		} else if quotation(s.text) {
			sc -= 1 // someone else's words, attributed elsewhere
		}
		if s.has(cueHedgeSource) || s.has(cueUnverified) {
			sc -= 1
		}
		if s.numeric {
			sc -= 0.3
		}
		switch w := len(s.toks); {
		case w > 60:
			sc -= 0.7
		case w < 8:
			sc -= 0.5
		}
		if s.has(cueCondition) {
			sc -= 0.3
		}
		if s.feats.size() < 4 {
			sc -= 0.8 // too little content to carry a thesis
		}
		if leansBack(s) {
			sc -= 0.4 // leans on what came before
		}
		out = append(out, candidate{s: s, score: sc, echo: e})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].s.idx < out[j].s.idx
	})
	return out
}

// centrality returns, for each prose sentence, the sum of its cosines
// with every other one, in time linear in the number of features: with
// F[f] the sum of 1/|v_j| over the sentences j holding feature f,
// sum_j cos(i, j) = (1/|v_i|) sum_{f in i} w_f^2 (F[f] - 1/|v_i|).
func (a *analysis) centrality() []float64 {
	for _, s := range a.prose {
		if s.feats.size() > 0 {
			a.prep(s.feats)
		}
	}
	inv := make([]float64, len(a.prose))
	F := make([]float64, len(a.wByID))
	for j, s := range a.prose {
		if s.feats.sq == 0 {
			continue
		}
		inv[j] = 1 / math.Sqrt(s.feats.sq)
		for _, id := range s.feats.ids {
			F[id] += inv[j]
		}
	}
	out := make([]float64, len(a.prose))
	for i, s := range a.prose {
		var sum float64
		for k, id := range s.feats.ids {
			w := s.feats.ws[k]
			sum += w * w * (F[id] - inv[i])
		}
		out[i] = inv[i] * sum
	}
	return out
}

// thesisSentences returns the sentences stating the central judgment: the
// best candidate, and the runner-up when it sits beside it and adds to it
// (a lead stated over two sentences).
func thesisSentences(cs []candidate) []*sent {
	if len(cs) == 0 {
		return nil
	}
	top := cs[0]
	out := []*sent{top.s}
	for k := 1; k < len(cs) && k < 4; k++ {
		c := cs[k]
		if c.score < top.score-1.2 {
			break
		}
		d := c.s.idx - top.s.idx
		if (d == 1 || d == -1) && c.s.para == top.s.para && len(c.s.text)+len(top.s.text) <= 420 {
			if d == 1 {
				out = append(out, c.s)
			} else {
				out = append([]*sent{c.s}, out...)
			}
			break
		}
	}
	return out
}

// conclusion returns the article's concluding judgment when it adds to the
// lead: the best-scored evaluative sentence in the last third of the
// prose, within reach of the top score. nil when the thesis already comes
// from there or nothing qualifies.
func (a *analysis) conclusion(cs []candidate, thesis []*sent) *sent {
	n := len(a.prose)
	if n < 9 || len(cs) == 0 {
		return nil
	}
	pos := map[*sent]int{}
	for i, s := range a.prose {
		pos[s] = i
	}
	for _, t := range thesis {
		if pos[t] >= 2*n/3 {
			return nil
		}
	}
	top := cs[0].score
	for _, c := range cs {
		if c.score < top-2.5 {
			break
		}
		_, _, cmp := comparison(c.s)
		judges := c.s.has(cueJudgment) || c.s.has(cueLikely) || c.s.has(cueUnlikely) || cmp
		if pos[c.s] < 2*n/3 || containsSent(thesis, c.s) || !judges || c.s.question || leansBack(c.s) {
			continue
		}
		if c.s.has(cueNecessity) {
			continue // a prescription, which the action line carries
		}
		return c.s
	}
	return nil
}

// judges reports whether s states a judgment rather than reporting: an
// evaluative word or cue, a forecast, a prescription or an explicit
// comparison.
func judges(s *sent) bool {
	if evaluative(s) || s.has(cueModal) || s.has(cueWill) {
		return true
	}
	_, _, ok := comparison(s)
	return ok
}

// argued reports whether the text argues a case (an opinion piece, an
// analysis) rather than only reporting: the writer speaks in the first
// person outside quotes, or at least a fifth of the sentences outside
// attribution judge.
func (a *analysis) argued() bool {
	own, judged := 0, 0
	for _, s := range a.prose {
		if s.has(cueAttribution) || s.question || strings.ContainsAny(s.text, "\"“”") {
			continue
		}
		own++
		if judges(s) {
			judged++
		}
		for _, t := range s.toks {
			if t.word == "i" || t.word == "my" {
				return true
			}
		}
	}
	return own >= 5 && judged*5 >= own
}

// reportsData reports whether s relays what a poll, study or data set
// shows ("a new poll shows majority support"): evidence for a judgment,
// not the writer's own.
func reportsData(s *sent) bool {
	for i, t := range s.toks {
		if !dataVerbs[t.word] {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if dataNouns[s.toks[k].word] {
				return true
			}
		}
	}
	return false
}

var (
	dataVerbs = wordSet("shows show showed shown suggests suggest suggested finds found indicates indicate indicated reveals revealed demonstrates")
	dataNouns = wordSet("poll polls survey surveys study studies report reports data figures research census statistics numbers records analysis estimates")
)

// leansBack reports whether s opens with a pronoun subject, after any
// connective or short adverbial ("But most important, it would ..."):
// it cannot stand alone as the thesis.
func leansBack(s *sent) bool {
	for i, t := range s.toks {
		if i >= 4 {
			break
		}
		if subjectPronouns[t.word] {
			return i == 0 || t.word != "that" && t.word != "this" && t.word != "these"
		}
		if !openers[t.word] {
			break
		}
	}
	return false
}

var openers = wordSet("but and so yet still then now also instead however most more even perhaps finally ultimately importantly important above all")

// quotation reports a sentence that is, or ends, a quotation: it opens
// with a quotation mark, or closes one it did not open.
func quotation(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasPrefix(t, "“") || strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "‘") ||
		strings.Count(t, "”") > strings.Count(t, "“")
}

// interrogative reports a question left without its question mark ("How
// can we take their word for it when ..."): a wh-word or auxiliary
// followed by a subject pronoun or auxiliary.
func interrogative(s *sent) bool {
	if len(s.toks) < 3 {
		return false
	}
	w0, w1 := s.toks[0].word, s.toks[1].word
	switch w0 {
	case "how", "why", "what", "who", "where", "when":
		return modals[w1] || auxiliaries[w1] || w1 == "can" || w1 == "do" || w1 == "does" || w1 == "did" || w1 == "is" || w1 == "are"
	case "can", "could", "should", "would", "will", "do", "does", "did", "is", "are", "isn't", "aren't":
		return questionSubjects[w1]
	}
	return false
}

var questionSubjects = wordSet("we you i they he she it anyone anybody there")
