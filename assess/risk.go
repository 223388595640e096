package assess

import (
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
	first  int // token of the first harm word
	thesis bool
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
		hm := harmLexicon.find(s.toks)
		if len(hm) == 0 {
			continue
		}
		if !(s.has(cueModal) || s.has(cueWill) || s.has(cueLikely)) {
			continue
		}
		c := riskCand{s: s, harm: len(hm), first: hm[0].pos}
		c.score = float64(len(hm))
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
		for _, m := range domainLexicon.find(s.toks) {
			count[m.value]++
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
	}
	return out
}

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
		if len(list) > 3 {
			list = list[:3]
		}
		sort.SliceStable(list, func(i, j int) bool { return list[i].s.idx < list[j].s.idx })
		for _, c := range list {
			out = append(out, bluf.Risk{
				Domain: d,
				Item:   bluf.Item{Text: trimmedClause(c.s, c.first), Citations: []string{c.s.id}},
				Events: eventIDs(c.s),
			})
		}
	}
	return out
}
