package assess

import (
	"sort"
	"strings"
	"sync"

	"bluf"
	"bluf/taxonomy"
)

// Tagger matches a taxonomy's themes in sentences.
type Tagger struct {
	lx *lexicon // phrase -> "\n"-joined "s:theme" / "w:theme"
}

// NewTagger compiles t for matching.
func NewTagger(t *taxonomy.Taxonomy) *Tagger {
	entries := map[string]string{}
	addTerm := func(term, v string) {
		key := strings.ToLower(term)
		if isAcronym(term) {
			key = term
		}
		if old, ok := entries[key]; ok {
			entries[key] = old + "\n" + v
		} else {
			entries[key] = v
		}
	}
	for _, th := range t.Themes {
		for _, s := range th.Strong {
			addTerm(s, "s:"+th.Name)
		}
		for _, w := range th.Weak {
			addTerm(w, "w:"+th.Name)
		}
	}
	return &Tagger{lx: newLexicon(entries)}
}

var (
	defaultTaggerOnce sync.Once
	defaultTagger     *Tagger
)

func tagger() *Tagger {
	defaultTaggerOnce.Do(func() {
		t, err := taxonomy.Default()
		if err != nil {
			t = &taxonomy.Taxonomy{} // the embedded file is tested; never reached
		}
		defaultTagger = NewTagger(t)
	})
	return defaultTagger
}

// maxThemes bounds the thematic tags of one report.
const maxThemes = 8

// themeTags returns the themes with at least one strong hit or two weak
// hits, most hits first, each citing the sentences that triggered it.
func (a *analysis) themeTags(tg *Tagger) []bluf.Tag {
	type acc struct {
		strong, weak int
		sents        []*sent
	}
	hits := map[string]*acc{}
	for _, s := range a.prose {
		for _, m := range tg.lx.find(s.toks) {
			for _, v := range strings.Split(m.value, "\n") {
				name := v[2:]
				h := hits[name]
				if h == nil {
					h = &acc{}
					hits[name] = h
				}
				if v[0] == 's' {
					h.strong++
				} else {
					h.weak++
				}
				if len(h.sents) == 0 || h.sents[len(h.sents)-1] != s {
					h.sents = append(h.sents, s)
				}
			}
		}
	}
	type scored struct {
		name  string
		score int
		sents []*sent
	}
	var list []scored
	for name, h := range hits {
		if h.strong >= 1 || h.weak >= 2 && len(h.sents) >= 2 {
			list = append(list, scored{name, 2*h.strong + h.weak, h.sents})
		}
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].score != list[j].score {
			return list[i].score > list[j].score
		}
		return list[i].name < list[j].name
	})
	if len(list) > maxThemes {
		list = list[:maxThemes]
	}
	out := make([]bluf.Tag, 0, len(list))
	for _, l := range list {
		ss := l.sents
		if len(ss) > 5 {
			ss = ss[:5]
		}
		out = append(out, bluf.Tag{Name: l.name, Kind: "theme", Citations: ids(ss...)})
	}
	return out
}

// minDyad is the number of sentences two states must share to make a
// dyad tag.
const minDyad = 2

// dyadTags returns "A-B relations" for pairs of states or governments
// that co-occur in at least minDyad sentences.
func (a *analysis) dyadTags(ms []bluf.Mention) []bluf.Tag {
	key := map[string]string{} // entity ID -> country key
	name := map[string]string{}
	for _, e := range a.r.Entities {
		if k := countryKey(e); k != "" {
			key[e.ID] = k
			if n := shortName(k, e); n != "" && (name[k] == "" || e.Type == bluf.State) {
				name[k] = n
			}
		}
	}
	if len(key) == 0 {
		return nil
	}
	per := map[string]map[string]bool{}
	for _, m := range ms {
		k, ok := key[m.Entity]
		if !ok || name[k] == "" {
			continue
		}
		k = name[k] // pairs are of display names, so two keys of one country merge
		if s := a.byID[m.Sentence]; s == nil || !s.prose {
			continue
		}
		if per[m.Sentence] == nil {
			per[m.Sentence] = map[string]bool{}
		}
		per[m.Sentence][k] = true
	}
	pairs := map[[2]string][]*sent{}
	for sid, set := range per {
		var ks []string
		for k := range set {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		for i := range ks {
			for j := i + 1; j < len(ks); j++ {
				p := [2]string{ks[i], ks[j]}
				pairs[p] = append(pairs[p], a.byID[sid])
			}
		}
	}
	type dy struct {
		name  string
		sents []*sent
	}
	var list []dy
	for p, ss := range pairs {
		if len(ss) < minDyad {
			continue
		}
		x, y := p[0], p[1]
		if x == y {
			continue
		}
		if y == "US" || (x != "US" && y < x) {
			x, y = y, x
		}
		list = append(list, dy{x + "-" + y + " relations", ss})
	}
	sort.Slice(list, func(i, j int) bool {
		if len(list[i].sents) != len(list[j].sents) {
			return len(list[i].sents) > len(list[j].sents)
		}
		return list[i].name < list[j].name
	})
	if len(list) > 5 {
		list = list[:5]
	}
	var out []bluf.Tag
	for _, d := range list {
		cs := ids(d.sents...)
		if len(cs) > 5 {
			cs = cs[:5]
		}
		out = append(out, bluf.Tag{Name: d.name, Kind: "dyad", Citations: cs})
	}
	return out
}

// countryKey returns the country an entity stands for: the first three
// letters of its CAMEO code, or its name for a state without a code.
func countryKey(e bluf.Entity) string {
	if len(e.Code) >= 3 && isUpperASCII(e.Code[:3]) && (e.Type == bluf.State || e.Type == bluf.Government || len(e.Code) == 3) {
		return e.Code[:3]
	}
	if e.Type == bluf.State {
		return e.Name
	}
	if e.Affiliation != "" {
		if n, ok := longNames[strings.ToLower(e.Affiliation)]; ok {
			return n
		}
		return e.Affiliation // a government or ministry: its country
	}
	return ""
}

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// shortNames are the common short forms of states whose full names are
// long.
var shortNames = map[string]string{
	"USA": "US", "GBR": "UK", "ARE": "UAE", "RUS": "Russia", "CHN": "China", "PRK": "North Korea", "KOR": "South Korea",
	"COD": "DR Congo", "COG": "Congo", "CAF": "Central African Republic", "SYR": "Syria", "IRN": "Iran", "TWN": "Taiwan",
	"VEN": "Venezuela", "BOL": "Bolivia", "TZA": "Tanzania", "LAO": "Laos", "VNM": "Vietnam", "MDA": "Moldova", "PSE": "Palestine",
	"NLD": "Netherlands", "CZE": "Czechia", "TUR": "Turkey", "EUR": "EU",
}

var longNames = map[string]string{
	"united states": "US", "united states of america": "US", "united kingdom": "UK", "united arab emirates": "UAE",
	"russian federation": "Russia", "people's republic of china": "China", "democratic republic of the congo": "DR Congo",
	"islamic republic of iran": "Iran", "republic of korea": "South Korea", "european union": "EU",
}

// shortName is the short common name of a country key.
func shortName(k string, e bluf.Entity) string {
	if n, ok := shortNames[k]; ok {
		return n
	}
	if n, ok := longNames[strings.ToLower(e.Name)]; ok {
		return n
	}
	if e.Type == bluf.State {
		return e.Name
	}
	if e.Affiliation != "" {
		if n, ok := longNames[strings.ToLower(e.Affiliation)]; ok {
			return n
		}
		return e.Affiliation // a government or ministry: its country
	}
	return ""
}
