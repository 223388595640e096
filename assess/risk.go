package assess

import (
	"regexp"
	"sort"
	"strings"

	"bluf"
)

// Domains in the order the report lists them.
var domains = []string{"geopolitical", "security", "economic", "domestic_political", "cyber_information", "humanitarian"}

// riskCand is a sentence that states a possible harmful development.
type riskCand struct {
	s      *sent
	domain string
	score  float64
	harm   int
	first  int // token of the first harm word, -1 for a segment
	thesis bool
	seg    string // the segment text, for a risk in a secondary domain
}

// severe words make a development worse than the rest.
var severe = wordSet("collapse collapsing war breakdown rupture ending end destroy famine massacre genocide invasion coup spiral catastrophe catastrophic civil nuclear nightmare implosion starvation partition")

// riskCandidates finds sentences stating possible harmful developments: a
// harm word together with a modal, a forecast, or a risk or threat verb.
func (a *analysis) riskCandidates(thesis []*sent) []riskCand {
	var out []riskCand
	for _, s := range a.prose {
		if s.question || counterfactual(s) {
			continue
		}
		hm := activeHarms(s)
		if len(hm) == 0 {
			continue
		}
		projected := s.has(cueModal) || s.has(cueWill) || s.has(cueLikely)
		if !projected && distinctHarm(s, hm) < 2 {
			continue // one harm word in a report of the past is not a risk
		}
		c := riskCand{s: s, harm: len(hm), first: hm[0].pos}
		c.score = float64(len(hm))
		if !projected {
			c.score -= 1.5 // an ongoing harm, stated as fact
		}
		for _, m := range hm {
			if severe[s.toks[m.pos].word] {
				c.score++
			}
		}
		if s.has(cueNecessity) && !s.has(cueModal) {
			c.score -= 1
		}
		if containsSent(thesis, s) {
			c.score -= 1 // the thesis frames the risks; it is rarely the sharpest one
			c.thesis = true
		}
		if l := asciiLower(s.text); strings.HasPrefix(l, "for example") || strings.HasPrefix(l, "for instance") {
			c.score -= 1 // an illustration from the past, not a projection
		}
		if isConditional(s) {
			c.score += 0.5 // "if X, Y would collapse" projects a development
		}
		count := map[string]int{}
		dm := domainLexicon.find(s.toks)
		nearest, dist := "", len(s.toks)+1
		for _, m := range dm {
			count[m.value] += 2
			for _, h := range hm {
				if d := abs(m.pos - h.pos); d < dist {
					nearest, dist = m.value, d
				}
			}
		}
		if nearest != "" {
			count[nearest]++ // the domain word nearest a harm breaks ties
		}
		best := 0
		for _, d := range domains {
			if count[d] > best {
				best, c.domain = count[d], d
			}
		}
		if c.domain == "" {
			continue
		}
		out = append(out, c)
		// A segment of the sentence may name a harm in another domain:
		// "the truce would fail, with food prices soaring".
		segs := segments(s)
		if len(segs) < 2 {
			continue // the sentence is one piece: its domain is the primary one
		}
		lead := s.toks[hm[0].pos].stem
		for _, seg := range segs {
			if hasStem(seg.toks, lead) {
				continue // the part that carries the primary risk
			}
			count := map[string]int{}
			for _, m := range domainLexicon.find(seg.toks) {
				count[m.value]++
			}
			segHarm := harmLexicon.find(seg.toks)
			if !harmVerb(seg.toks, segHarm) {
				continue
			}
			for _, d := range domains {
				if d != c.domain && count[d] > 0 && count[d] >= count[c.domain] {
					text := seg.text
					if w := strings.Fields(text); len(w) > 1 && isBareVerbShape(w[0]) && determinerLike[strings.ToLower(w[1])] && !hasModalTok(seg.toks) {
						// "embolden the US to ..." needs the sentence's
						// subject: "Withdrawal would embolden ...".
						if mc, ok := parseModal(s); ok && mc.modal != "" && !subjectPronouns[strings.ToLower(mc.subj)] {
							text = mc.subj + " " + mc.modal + " " + text
						}
					}
					out = append(out, riskCand{s: s, domain: d, score: c.score - 0.5, harm: len(segHarm), first: -1, seg: text})
					break
				}
			}
		}
	}
	return out
}

// relatives open a relative clause, which cannot stand as a risk.
var relatives = wordSet("where which who whom whose for that")

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func hasStem(toks []token, st string) bool {
	for _, t := range toks {
		if t.stem == st {
			return true
		}
	}
	return false
}

func hasModalTok(toks []token) bool {
	for _, t := range toks {
		if modals[t.word] || auxiliaries[t.word] {
			return true
		}
	}
	return false
}

// countering words put a harm in the object of a response ("the fight
// against terrorists", "focus on the threat"): it is then no risk.
var countering = wordSet(`against counter countering combat combating defeat defeating fight fighting end ending stop stopping prevent preventing
curb contain tackle address confront deter deterring focus condemn condemns condemned without no not never avoid avoiding resilience resist
resisting reduce reducing protect protecting`)

// actorHarm are harm words that name actors or a standing condition
// rather than a development.
var actorHarm = wordSet("terrorist terrorists jihadist jihadists extremist extremists threat threats insurgency")

// activeHarms returns the harm matches of s that are not the object of a
// countering word in the three tokens before them.
func activeHarms(s *sent) []match {
	var out []match
	for _, m := range s.harms() {
		w := s.toks[m.pos].word
		against := m.pos+1 < len(s.toks) && s.toks[m.pos+1].word == "against"
		if actorHarm[w] || countering[w] && against {
			continue // "terrorists", "the fight against": an actor or a response, not a development
		}
		countered := false
		for k := m.pos - 1; k >= 0 && k >= m.pos-4; k-- {
			if countering[s.toks[k].word] {
				countered = true
				break
			}
		}
		if !countered && !preventedHarm(s, m.pos) {
			out = append(out, m)
		}
	}
	return out
}

// preventedHarm reports a harm the sentence says someone is keeping from
// happening: "their focus was on keeping Iraq from falling apart and
// descending into sectarian warfare", "to avert a famine".
func preventedHarm(s *sent, p int) bool {
	from := false
	bounds := clauseBounds(s)
	for k := p - 1; k >= 0 && k >= p-30; k-- {
		// "keeping X from A; and from B" reaches across the clause; a
		// prevention verb only within its own.
		switch w := s.toks[k].word; {
		case w == "from":
			from = true
		case preventVerbs[w] && bounds[k] == bounds[p]:
			return true
		case fromVerbs[w] && from:
			return true
		case w == "but" || w == "however" || w == "while":
			return false
		}
	}
	return false
}

var (
	preventVerbs = wordSet("prevent prevents preventing prevented avert averts averting averted forestall forestalling")
	fromVerbs    = wordSet("keep keeps keeping kept stop stops stopping stopped deter deters deterring")
)

// distinctHarm counts the different harm words of s.
func distinctHarm(s *sent, hm []match) int {
	seen := map[string]bool{}
	for _, m := range hm {
		seen[s.toks[m.pos].stem] = true
	}
	return len(seen)
}

// segment is a comma- or "with"-delimited part of a sentence.
type segment struct {
	text string
	toks []token
}

// segments splits s at commas, semicolons and "with", dropping
// connectives at the start of each part.
func segments(s *sent) []segment {
	var out []segment
	text := strings.TrimRight(s.text, ".")
	start := 0
	cuts := segmentSplit.FindAllStringIndex(text, -1)
	cuts = append(cuts, []int{len(text), len(text)})
	for _, c := range cuts {
		part := strings.TrimSpace(text[start:c[0]])
		// A piece too short to say anything ("al-Qaeda and the
		// Islamic State") stays with the next one.
		if len(tokenize(part)) < 4 && c[0] < len(text) {
			continue
		}
		start = c[1]
		for _, w := range []string{"with ", "and ", "while ", "but ", "or "} {
			part = strings.TrimPrefix(part, w)
		}
		toks := tokenize(part)
		if len(toks) < 4 || subordinators[toks[0].word] || relatives[toks[0].word] {
			continue
		}
		out = append(out, segment{text: part, toks: toks})
	}
	return out
}

// harmVerb reports whether one of the harm words hm of toks is used as a
// verb ("collapsing", "would disrupt", "to sanction", a leading bare
// verb), so that the segment states a development, not a name.
func harmVerb(toks []token, hm []match) bool {
	for _, m := range hm {
		w := toks[m.pos].word
		switch {
		case strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"):
			return true
		case m.pos > 0 && (modals[toks[m.pos-1].word] || toks[m.pos-1].word == "to"):
			return true
		case m.pos == 0 && isBareVerbShape(w):
			return true
		}
	}
	return false
}

var segmentSplit = regexp.MustCompile(`[,;]\s+|\s+(?:with|and)\s+`)

// risks groups the possible harmful developments by domain; only domains
// the text supports appear.
func (a *analysis) risks(cs []riskCand) []bluf.Risk {
	by := map[string][]riskCand{}
	for _, c := range cs {
		by[c.domain] = append(by[c.domain], c)
	}
	var out []bluf.Risk
	for _, d := range domains {
		list := by[d]
		sort.SliceStable(list, func(i, j int) bool {
			if list[i].score != list[j].score {
				return list[i].score > list[j].score
			}
			return list[i].s.idx < list[j].s.idx
		})
		if len(list) > 4 {
			list = list[:4]
		}
		sort.SliceStable(list, func(i, j int) bool { return list[i].s.idx < list[j].s.idx })
		for _, c := range list {
			text := c.seg
			if text == "" {
				text = trimmedClause(c.s, c.first)
			} else {
				text = tidy(text)
			}
			out = append(out, bluf.Risk{
				Domain: d,
				Item:   bluf.Item{Text: text, Citations: []string{c.s.id}},
				Events: eventIDs(c.s),
			})
		}
	}
	return out
}
