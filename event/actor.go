package event

import (
	"sort"
	"strings"

	"bluf"
)

// span is an actor found in a sentence: a run of tokens and the actor it
// names.
type span struct {
	first, last int // token indices, inclusive
	ref         bluf.ActorRef
	typ         bluf.EntityType
	// place is true for a location that is not a state: a city or
	// region, a target only of violence or visits.
	place bool
	// agentOnly is true for a bare agent noun ("militias") with no
	// country.
	agentOnly bool
	// composed is true for a country joined with an agent noun here.
	composed bool
	// owned is true for "its"/"their" agents given the subject's
	// country: "recalled its ambassador" names no other party.
	owned bool
}

// countryCode returns the three-letter country part of an actor code, or
// "" when code does not start with one.
func countryCode(code string) string {
	if len(code) < 3 {
		return ""
	}
	c := code[:3]
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return ""
		}
	}
	return c
}

// isAgentCode reports whether code is a bare agent code (GOV, MIL, ...)
// rather than a country code.
func isAgentCode(code string) bool {
	switch code {
	case "GOV", "MIL", "REB", "COP", "LEG", "JUD", "BUS", "OPP", "CVL", "SPY", "MED", "IGO", "NGO":
		return true
	}
	return false
}

// spans builds the actors of one sentence from the mentions that fall in
// it, then joins nationality or country with a following agent noun
// ("Iraqi militias" -> IRQREB, "Iraq's government" -> IRQGOV, "the
// government of Iraq" -> IRQGOV) and adds bare agent nouns.
func (c *Coder) spans(sent bluf.Sentence, toks []token, ms []bluf.Mention, ents map[string]*bluf.Entity) []span {
	var out []span
	for _, m := range ms {
		if m.End <= sent.Start || m.Start >= sent.End {
			continue
		}
		a, b := m.Start-sent.Start, m.End-sent.Start
		first, last := -1, -1
		for i, t := range toks {
			if t.end > a && t.start < b {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first < 0 {
			continue
		}
		// A name inside "pro-Iran" or "anti-US" is a stance, not an
		// actor.
		if first == last {
			u := toks[first].up
			if strings.HasPrefix(u, "PRO-") || strings.HasPrefix(u, "ANTI-") || strings.HasPrefix(u, "NON-") {
				continue
			}
			if (strings.HasSuffix(u, "-BACKED") || strings.HasSuffix(u, "-ALIGNED") || strings.HasSuffix(u, "-LED") || strings.HasSuffix(u, "-SUPPORTED")) && a > toks[first].start {
				continue
			}
		}
		sp := span{first: first, last: last, typ: m.Type}
		sp.ref = bluf.ActorRef{Entity: m.Entity, Name: m.Text}
		if e := ents[m.Entity]; e != nil {
			sp.ref.Code = e.Code
			if e.Name != "" {
				sp.ref.Name = e.Name
			}
			if sp.typ == "" {
				sp.typ = e.Type
			}
		}
		// A place is where; a capital coded as its government
		// ("Washington" as USAGOV) acts.
		sp.place = sp.typ == bluf.Location && len(sp.ref.Code) <= 3
		if sp.ref.Code == "" && sp.typ != bluf.Person && sp.typ != bluf.Location {
			// A name the knowledge base has no code for is still what
			// its head noun says: "Coalition military forces" are
			// military.
			for j := sp.first; j <= sp.last; j++ {
				if code, n := c.agents.match(toks, j); n > 0 && j+n-1 == sp.last {
					sp.ref.Code = code
					break
				}
			}
		}
		out = append(out, sp)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].first != out[j].first {
			return out[i].first < out[j].first
		}
		return out[i].last > out[j].last
	})
	// Drop spans nested in or overlapping an earlier one.
	kept := out[:0]
	end := -1
	for _, s := range out {
		if s.first <= end {
			continue
		}
		kept = append(kept, s)
		end = s.last
	}
	out = kept
	covered := make([]bool, len(toks))
	for _, s := range out {
		for i := s.first; i <= s.last; i++ {
			covered[i] = true
		}
	}
	// Country + agent noun.
	for k := range out {
		s := &out[k]
		cc := countryCode(s.ref.Code)
		if cc == "" || isAgentCode(s.ref.Code) {
			continue
		}
		if len(s.ref.Code) > 3 && s.typ != bluf.Nationality {
			// "White House security officials": the agent nouns belong
			// to the coded actor, whose code stands.
			i := s.last + 1
			for skip := 0; skip <= 2 && i < len(toks) && !toks[i].punct && !covered[i]; skip++ {
				if _, n := c.agents.match(toks, i); n > 0 {
					for j := s.last + 1; j < i+n; j++ {
						covered[j] = true
					}
					s.last = i + n - 1
					break
				}
				if !modifier(toks[i]) || c.verbs.isVerb(toks[i].up) {
					break
				}
				i++
			}
			continue
		}
		// The mention itself may end in an agent noun ("Iraqi
		// militias" found as one name).
		if code, n := c.agents.match(toks, s.last); n == 1 && s.last > s.first {
			s.ref.Code = cc + code
			s.ref.Name = sentText(sent.Text, toks, s.first, s.last)
			continue
		}
		i := s.last + 1
		if i < len(toks) && toks[i].up == "'S" {
			i++
		}
		for skip := 0; skip <= 2 && i < len(toks) && !toks[i].punct && !covered[i]; skip++ {
			if code, n := c.agents.match(toks, i); n > 0 {
				// The last agent noun of a run is the head: "Mali's
				// military government" is a government, "Sudanese
				// army aircraft" aircraft of the army.
				for k := i + n; k < len(toks) && !covered[k]; {
					c2, n2 := c.agents.match(toks, k)
					if n2 == 0 {
						break
					}
					if c2 != "MIL" || code != "MIL" {
						code = c2
					}
					n = k + n2 - i
					k += n2
				}
				switch base := s.ref.Code; {
				case len(base) > 3 && isAgentCode(base[len(base)-3:]):
					// "Houthi forces": the Houthis are rebels
					// already (YEMREB), whatever they are called.
				case len(base) > 3:
					s.ref.Code = base + code // "Kurdish fighters"
				default:
					s.ref.Code = cc + code
				}
				s.composed = true
				s.last = i + n - 1
				s.ref.Name = sentText(sent.Text, toks, s.first, s.last)
				s.ref.Entity = ""
				s.place = false
				for j := s.first; j <= s.last; j++ {
					covered[j] = true
				}
				break
			}
			if !modifier(toks[i]) || c.verbs.isVerb(toks[i].up) {
				break
			}
			i++
		}
	}
	// A title and the name after it are one actor: "Bree Prime
	// Minister" + "Romendacil", "Iraqi Prime Minister" + "al-Sudani".
	merged := out[:0]
	for k := range out {
		if n := len(merged); n > 0 {
			p := &merged[n-1]
			q := out[k]
			if q.first == p.last+1 && p.composed && countryCode(q.ref.Code) == countryCode(p.ref.Code) && q.typ == bluf.Person {
				if len(q.ref.Code) > len(p.ref.Code) {
					p.ref.Code = q.ref.Code
				}
				p.ref.Entity, p.ref.Name = q.ref.Entity, q.ref.Name
				p.last, p.typ = q.last, bluf.Person
				continue
			}
		}
		merged = append(merged, out[k])
	}
	out = merged
	// Agent noun "of" or "from" country: "the government of Iraq",
	// "soldiers from Chad"; civilian agents "in" a country.
	for i := 0; i+2 < len(toks); i++ {
		if covered[i] {
			continue
		}
		code, n := c.agents.match(toks, i)
		if n == 0 || i+n+1 >= len(toks) || !covered[i+n+1] {
			continue
		}
		// "lawmakers in Fornost" are Fornost's; "forces in Syria" may
		// be anyone's.
		switch p := toks[i+n].up; {
		case p == "OF" || p == "FROM":
		case p == "IN" && code != "MIL" && code != "REB":
		default:
			continue
		}
		for k := range out {
			s := &out[k]
			if s.first == i+n+1 && len(s.ref.Code) == 3 && countryCode(s.ref.Code) != "" {
				s.ref.Code += code
				s.ref.Name = sentText(sent.Text, toks, i, s.last)
				s.ref.Entity = ""
				s.place = false
				s.composed = true
				s.first = i
				for j := i; j < i+n+1; j++ {
					covered[j] = true
				}
				// "the ambassadors of Arnor, Rohan and Gondor": the
				// agent noun goes with every country of the list.
				for p := k; p+1 < len(out) && joined(toks, out[p].last+1, out[p+1].first); p++ {
					q := &out[p+1]
					if len(q.ref.Code) != 3 || countryCode(q.ref.Code) == "" || q.typ == bluf.Person {
						break
					}
					q.ref.Code += code
					q.ref.Name = sentText(sent.Text, toks, i, i+n-1) + " of " + q.ref.Name
					q.ref.Entity = ""
					q.place = false
					q.composed = true
				}
			}
		}
	}
	// Bare agent nouns, with a preceding "pro-X" or modifier kept in the
	// name.
	for i := 0; i < len(toks); i++ {
		if covered[i] || toks[i].punct {
			continue
		}
		code, n := c.agents.match(toks, i)
		if n == 0 {
			// "pro-Iran groups", "Iran-backed factions".
			if i > 0 && stanceWord(toks[i-1].up) && (toks[i].up == "GROUPS" || toks[i].up == "PARTIES" || toks[i].up == "FACTIONS") {
				code, n = "REB", 1
				if toks[i].up == "PARTIES" {
					code = "OPP"
				}
			} else {
				continue
			}
		}
		if !bareAgent(code) {
			continue
		}
		// "ISIL military targets": these agent words are mostly
		// adjectives; as bare actors they need "the".
		if (toks[i].up == "MILITARY" || toks[i].up == "INTELLIGENCE" || toks[i].up == "OPPOSITION") && (i == 0 || !determiners[toks[i-1].up]) {
			continue
		}
		// "a drone attack", "an army convoy": after "a" the agent noun
		// modifies the noun after it.
		if k := i + n; i > 0 && (toks[i-1].up == "A" || toks[i-1].up == "AN") && k < len(toks) && !toks[k].punct && !functionWord(toks[k].up) && !strings.HasSuffix(toks[k].up, "ED") {
			continue
		}
		// "military hardware", "police station": the agent noun
		// modifies a noun and is no actor.
		// "the army's", "coalition operations", "militia attacks": an
		// owner or the actor of an event noun.
		if k := i + n; k < len(toks) && !toks[k].punct && !isCapitalized(toks[k].text) && !functionWord(toks[k].up) && !c.verbs.isVerb(toks[k].up) && !strings.HasSuffix(toks[k].up, "LY") &&
			toks[k].up != "'S" && foughtAgainst[toks[k].up] == "" && nominal[toks[k].up] == "" {
			continue
		}
		first := i
		for first > 0 && !covered[first-1] && (stanceWord(toks[first-1].up) || toks[first-1].up == "ARMED") {
			first--
		}
		s := span{first: first, last: i + n - 1, agentOnly: true, typ: bluf.Organization}
		s.ref = bluf.ActorRef{Name: sentText(sent.Text, toks, first, i+n-1), Code: code}
		// "Chad denied that its soldiers", "Congo cut ties with Rwanda
		// and recalled its ambassador": the agents of the sentence's
		// subject, the first country named, or of the actor in "Iran
		// and its proxies".
		// "its regional combat forces": over a few modifiers.
		pos := first - 1
		for pos >= 0 && pos >= first-3 && !toks[pos].punct && !isCapitalized(toks[pos].text) && !functionWord(toks[pos].up) && !determiners[toks[pos].up] && !covered[pos] {
			pos--
		}
		if pos < 0 || toks[pos].up != "ITS" && toks[pos].up != "THEIR" {
			pos = first - 1
		}
		if pos >= 0 && (toks[pos].up == "ITS" || toks[pos].up == "THEIR") {
			from := 0
			// "Iran and its proxies": the actor just before "and".
			if pos >= 2 && toks[pos-1].up == "AND" {
				for k := range out {
					if out[k].last == pos-2 {
						from = k
					}
				}
			}
			for k := from; k < len(out); k++ {
				if out[k].last >= pos {
					break
				}
				if cc := countryCode(out[k].ref.Code); cc != "" && !isAgentCode(out[k].ref.Code) && !out[k].place {
					s.ref.Code = cc + code
					s.agentOnly = false
					s.composed = true
					s.owned = true
					break
				}
			}
		}
		for j := first; j <= s.last; j++ {
			covered[j] = true
		}
		out = append(out, s)
		i = s.last
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].first < out[j].first })
	return out
}

// bareAgent reports whether an agent noun with no country is still an
// actor worth coding ("militias" is; "officials" of no country is not).
func bareAgent(code string) bool {
	switch code {
	case "REB", "MIL", "OPP", "COP", "CVL", "GOV":
		return true
	}
	return false
}

// functionWord reports prepositions, conjunctions, auxiliaries and the
// like, which may follow an actor noun.
func functionWord(u string) bool {
	switch u {
	case "OF", "IN", "ON", "AT", "BY", "TO", "FROM", "WITH", "FOR", "AGAINST", "NEAR", "AND", "OR", "BUT",
		"WHO", "WHICH", "THAT", "HAVE", "HAS", "HAD", "WILL", "WOULD", "COULD", "MAY", "MIGHT", "CAN",
		"ARE", "WERE", "IS", "WAS", "BE", "BEEN", "DID", "DO", "DOES", "NOT", "ALSO", "THEN", "STILL",
		"ACROSS", "INSIDE", "AROUND", "OVER", "UNDER", "ALONG", "LOYAL", "THEMSELVES", "ITSELF", "ALIGNED", "BACKED":
		return true
	}
	return false
}

// stanceWord reports "pro-Iran", "Iran-backed" and the like.
func stanceWord(u string) bool {
	return strings.HasPrefix(u, "PRO-") || strings.HasPrefix(u, "ANTI-") ||
		strings.HasSuffix(u, "-BACKED") || strings.HasSuffix(u, "-ALIGNED") || strings.HasSuffix(u, "-AFFILIATED")
}

// modifier reports whether t may stand between a nationality and its
// agent noun ("Iraqi Shiite militias", "US special forces", "the US's
// 2011 troop withdrawal").
func modifier(t token) bool {
	if t.punct || functionWord(t.up) || determiners[t.up] && t.up != "'S" {
		return false
	}
	switch t.up {
	case "AFTER", "BEFORE", "WHILE", "SINCE", "AS", "THAN", "ABOUT", "INTO", "UPON", "DURING", "AMID",
		"DESPITE", "AMONG", "BETWEEN", "THROUGH", "WITHOUT", "WHEN", "WHERE", "IF", "SO", "YET", "THE", "A", "AN":
		return false
	}
	return true
}

// sentText returns the sentence text from token first to token last.
func sentText(s string, toks []token, first, last int) string {
	return s[toks[first].start:toks[last].end]
}

// pronouns adds "he" and "she" as actors standing for the last person
// named before the sentence, or before the pronoun in it, and "him" for
// the last of two or more persons named before it in the sentence.
// "They" and "it" are left alone: too often they are not an actor.
func pronouns(toks []token, sp []span, person bluf.ActorRef) []span {
	added := false
	for i, t := range toks {
		if t.up != "HE" && t.up != "SHE" && t.up != "HIM" {
			continue
		}
		ref := person
		n := 0 // persons named before the pronoun
		for _, s := range sp {
			if s.last < i && s.typ == bluf.Person && s.ref.Code != "" {
				ref = s.ref
				n++
			}
		}
		// "Kerry called Lavrov and urged him": "him" is the last of
		// two persons; with one, that one is likely the subject, whom
		// "him" is not.
		if t.up == "HIM" && n < 2 {
			continue
		}
		if ref.Code == "" {
			continue
		}
		sp = append(sp, span{first: i, last: i, ref: ref, typ: bluf.Person})
		added = true
	}
	if added {
		sort.SliceStable(sp, func(i, j int) bool { return sp[i].first < sp[j].first })
	}
	return sp
}

// resolveAgents links "the junta", "the army" to the last actor named
// with its country and the same head noun ("Mali's junta", "Sudanese
// army"), and records this sentence's such actors for the ones after
// it.
func resolveAgents(toks []token, sp []span, d *discourse) {
	if d.agents == nil {
		d.agents = map[string]bluf.ActorRef{}
	}
	for k := range sp {
		s := &sp[k]
		head := toks[s.last].up
		if sg := singular(head); sg != "" {
			head = sg
		}
		if s.agentOnly {
			if s.first > 0 && toks[s.first-1].up == "THE" {
				if ref, ok := d.agents[head]; ok {
					s.ref = ref
					s.agentOnly = false
				}
			}
			continue
		}
		if s.composed {
			// Every agent noun of "Sudanese army aircraft" may come
			// back as "the army" or "the aircraft".
			for j := s.first; j <= s.last; j++ {
				w := toks[j].up
				if sg := singular(w); sg != "" {
					w = sg
				}
				d.agents[w] = s.ref
			}
			d.agents[head] = s.ref
		}
	}
}
