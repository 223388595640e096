package event

import "strings"

// Pattern windows: how far before and after the verb pattern words may
// lie.
const (
	preWindow  = 6
	postWindow = 9
)

// witnessVerbs report what others did: a pattern of theirs that codes
// force ("reported an attack") names an act of someone else.
var witnessVerbs = map[string]bool{
	"REPORT": true, "NOTE": true, "RECORD": true, "DOCUMENT": true, "DESCRIBE": true, "MENTION": true,
	"OBSERVE": true, "SEE": true, "WITNESS": true, "CITE": true, "LOG": true, "COUNT": true, "CONFIRM": true,
}

// choosePattern picks the most specific pattern of m's block that
// matches around the verb and sets m's code.
func (c *Coder) choosePattern(m *match, toks []token, inActor []int) {
	var best *pattern
	bestEnd := m.last
	for _, p := range m.form.block.patterns {
		// "Benin reported attacks on its posts": who reports force is
		// its witness or victim, not the one who used it.
		if witnessVerbs[m.form.lemma] && quadClass(rootOf(p.code)) == 4 {
			continue
		}
		end, ok := c.matchPattern(p, m, toks, inActor)
		if !ok {
			continue
		}
		if best == nil || p.words > best.words {
			best, bestEnd = p, end
		}
	}
	m.patternEnd = m.last
	if best != nil {
		m.pat = best
		m.code, m.alt = best.code, best.alt
		m.patternEnd = bestEnd
		for _, e := range best.post {
			if e.slot == '$' {
				m.srcAfter = true
			}
		}
		for _, e := range best.pre {
			if e.slot == '+' {
				m.tgtBefore = true
			}
		}
		return
	}
	m.code, m.alt = m.form.code, m.form.alt
	if m.code == "" {
		m.code, m.alt = m.form.block.code, m.form.block.alt
	}
}

// matchPattern reports whether p matches around m, and the last token
// its words matched.
func (c *Coder) matchPattern(p *pattern, m *match, toks []token, inActor []int) (int, bool) {
	// Words before the verb, matched right to left.
	pos := m.first - 1
	lo := max(0, m.first-preWindow)
	for k := len(p.pre) - 1; k >= 0; k-- {
		e := p.pre[k]
		if e.slot != 0 || len(e.parts) == 0 {
			continue
		}
		found := false
		for ; pos >= lo; pos-- {
			if toks[pos].punct && toks[pos].up != "-" {
				return 0, false
			}
			if start := pos - len(e.parts) + 1; start >= lo && c.matchElem(e, toks, start) {
				pos = start - 1
				found = true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	// Words after the verb, left to right.
	pos = m.last + 1
	hi := min(len(toks), m.last+1+postWindow)
	end := m.last
	for _, e := range p.post {
		if e.slot != 0 || len(e.parts) == 0 {
			continue
		}
		found := false
		for ; pos < hi; pos++ {
			if toks[pos].punct && toks[pos].up != "-" || clauseWords[toks[pos].up] {
				return 0, false
			}
			// The first word must be near the verb, later ones near
			// each other: a pattern describes one phrase.
			if pos-end > 4 {
				return 0, false
			}
			if pos+len(e.parts) <= hi && c.matchElem(e, toks, pos) {
				pos += len(e.parts)
				end = pos - 1
				found = true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return end, true
}

// matchElem reports whether the parts of e match toks from i on.
func (c *Coder) matchElem(e elem, toks []token, i int) bool {
	if i < 0 || i+len(e.parts) > len(toks) {
		return false
	}
	for k, p := range e.parts {
		if !c.matchWord(p, toks[i+k].up) {
			return false
		}
	}
	return true
}

// matchWord matches one pattern part against an upper-case token,
// allowing a regular plural unless the part is exact.
func (c *Coder) matchWord(p part, u string) bool {
	if p.syn != "" {
		sw := c.words[p.syn]
		if sw.exact[u] {
			return true
		}
		s := singular(u)
		return s != "" && sw.plain[s]
	}
	return wordEq(p.word, u)
}

// wordEq matches a dictionary word (a trailing "_" means exact) against
// a token.
func wordEq(w, u string) bool {
	if strings.HasSuffix(w, "_") {
		return strings.TrimSuffix(w, "_") == u
	}
	if w == u {
		return true
	}
	if s := singular(u); s != "" && s == w {
		return true
	}
	return false
}
