package actor

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"bluf"
)

// heuristic finds names the knowledge base lacks: capitalised runs,
// classified by their head words and context; and compounds of a
// nationality with an organ ("Iraqi forces").
func (f *finder) heuristic() {
	toks := f.toks
	// In a sentence written in capitals, capitals say nothing: only the
	// dictionary finds names there.
	shouting := map[int32]bool{}
	words, upper := map[int32]int{}, map[int32]int{}
	for i, t := range toks {
		if t.letters > 1 {
			words[f.sent[i]]++
			if t.upper {
				upper[f.sent[i]]++
			}
		}
	}
	for s, n := range words {
		if n >= 3 && upper[s]*10 >= n*7 {
			shouting[s] = true
		}
	}
	var extra []cand
	for i := 0; i < len(toks); {
		// An ordinal may open a unit's name: "507th Air Refueling Wing".
		if !f.cover[i] && ordinal(f.doc.Body[toks[i].start:toks[i].end]) && i+1 < len(toks) && toks[i+1].clean && f.capWord(i+1) &&
			!shouting[f.sent[i]] {
			j := i + 1
			for j < len(toks) && toks[j].clean && f.capWord(j) && j-i <= maxRun {
				j++
			}
			if orgHeads[toks[j-1].key] {
				if c, ok := f.classify(i, j); ok {
					extra = append(extra, c)
				}
				i = j
				continue
			}
		}
		if !f.capWord(i) || shouting[f.sent[i]] {
			i++
			continue
		}
		// Grow the run.
		j := i + 1
		for j < len(toks) && (!toks[j-1].poss || possInName[toks[j-1].key]) {
			if !toks[j].clean {
				if k := f.nickname(j); k > j {
					j = k
					continue
				}
				break
			}
			if f.capWord(j) || (toks[j].joined && !f.cover[j] && toks[j].letters > 0 && f.capWord(j-1)) {
				j++
				continue
			}
			if f.particle(j) && !f.cover[j] && j+1 < len(toks) && toks[j+1].clean && f.capWord(j+1) {
				j += 2
				continue
			}
			if f.particle(j) && !f.cover[j] && j+2 < len(toks) && toks[j+1].key == "THE" && !toks[j+1].cap && toks[j+1].clean &&
				toks[j+2].clean && f.capWord(j+2) && (f.orgStart(i) || f.spelledLater(i, j+3)) {
				// "Ministry of the Interior"; "Volunteers for the Defence
				// of the Homeland (VDP)" when its acronym spells it.
				j += 3
				continue
			}
			if k := f.nickname(j); k > j {
				j = k
				continue
			}
			if k := f.andName(i, j); k > j {
				j = k
				continue
			}
			break
		}
		// Names are short; a long capitalised run is a heading or a list
		// of titles, and classifying it would cost time for nothing.
		if j-i > maxRun {
			i = j
			continue
		}
		// A lower-case article joined to the name opens it: "in al-Tanf".
		a := i
		if i > 0 && toks[i].joined && !f.cover[i-1] && f.sent[i-1] == f.sent[i] && f.particle(i-1) &&
			arabicArticle[strings.ToLower(toks[i-1].key)] {
			a = i - 1
		}
		if c, ok := f.classify(a, j); ok {
			extra = append(extra, c)
		}
		i = j
	}
	for _, c := range extra {
		f.add(c)
	}
	f.lowerTitles()
	sort.Slice(f.cands, func(x, y int) bool { return f.cands[x].a < f.cands[y].a })
	f.compounds()
	f.acronyms()
	f.prefixes()
	f.mergeOrgs()
	f.ofPlace()
}

// ofPlace joins an institution's head word and "of" to the known place
// after it: "the University of Khartoum", "the Central Bank of Sudan" are
// institutions, not the state acting.
func (f *finder) ofPlace() {
	toks, body := f.toks, f.doc.Body
	out := f.cands[:0]
	for x := 0; x < len(f.cands); x++ {
		c := f.cands[x]
		a := c.a
		place := c.rec >= 0 && (c.typ == bluf.Location || c.typ == bluf.State) && c.kind != hitDemonym && !c.titleOnly
		if !place || a < 2 || toks[a-1].key != "OF" || toks[a-1].cap || !toks[a-1].clean || !toks[a].clean ||
			!institutions[toks[a-2].key] || !toks[a-2].cap || f.sent[a-2] != f.sent[a] {
			out = append(out, c)
			continue
		}
		start := a - 2
		if len(out) > 0 && out[len(out)-1].b == a-1 && out[len(out)-1].rec == noRec && !out[len(out)-1].titleOnly {
			start = out[len(out)-1].a // "Central Bank" found as a name
			out = out[:len(out)-1]
		} else if f.cover[a-2] {
			out = append(out, c)
			continue
		}
		for start > 0 && !f.cover[start-1] && toks[start].clean && f.capWord(start-1) && f.sent[start-1] == f.sent[a] &&
			!stopCaps[toks[start-1].key] && !leadWords[toks[start-1].key] {
			start--
		}
		for start < a-2 && leadWords[toks[start].key] {
			start++
		}
		m := cand{a: start, b: c.b, start: toks[start].start, end: c.end, rec: noRec, typ: orgType(toks[start:c.b])}
		m.name = body[m.start:m.end]
		m.key = strings.ToLower(string(m.typ.Coarse())) + ":" + keyOf(toks[start:c.b])
		for i := start; i < c.b; i++ {
			f.cover[i] = true
		}
		out = append(out, m)
	}
	f.cands = out
}

// mergeOrgs joins an organization or a place directly followed by the
// name of an organization into one name, the longest: "U.S. Naval Forces"
// + "Central Command" is "U.S. Naval Forces Central Command", a command of
// its own; "Vermont" + "Air National Guard" is the Vermont Air National
// Guard. A state before an organization is left to compounds ("Iraq" +
// "Security Forces" keeps Iraq's code).
func (f *finder) mergeOrgs() {
	toks, body := f.toks, f.doc.Body
	isOrg := func(c *cand) bool {
		return !c.titleOnly && !c.weak && (c.typ == bluf.Organization || c.typ == bluf.Government || c.typ == bluf.ArmedGroup)
	}
	out := f.cands[:0]
	for x := 0; x < len(f.cands); x++ {
		c := f.cands[x]
		place := c.rec >= 0 && (c.kind == hitName && c.typ == bluf.Location || c.kind == hitCapital) && !c.titleOnly
		if x+1 < len(f.cands) && (isOrg(&c) || place) && c.na <= c.a && f.cands[x+1].na <= f.cands[x+1].a {
			n := f.cands[x+1]
			if isOrg(&n) && n.a == c.b && f.sent[n.a] == f.sent[c.a] && body[c.end:n.start] == " " && orgHeads[toks[n.b-1].key] &&
				!toks[c.b-1].poss && !toks[c.b-1].upper && (n.b-n.a >= 2 || place) {
				m := cand{a: c.a, b: n.b, start: c.start, end: n.end, rec: noRec, typ: n.typ, code: c.code, affil: c.affil}
				if c.rec >= 0 {
					r := &f.kb.recs[c.rec]
					m.code = r.codeAt(f.date)
					if m.affil = r.in; r.typ == bluf.State {
						m.affil = r.display()
					}
				}
				m.name = f.surface(c.a, n.b)
				m.key = strings.ToLower(string(m.typ.Coarse())) + ":" + keyOf(toks[c.a:n.b])
				out = append(out, m)
				x++
				continue
			}
		}
		out = append(out, c)
	}
	f.cands = out
}

// prefixes resolves a name the knowledge base lacks that is the start of
// a longer organization's name in the same document ("Jama'at Nasr
// al-Din" beside "Jama'at Nasr al-Din wal-Ansar", "Northern Defence" beside
// "Northern Defence Brigade") to that organization: a cut-short mention,
// not someone else. A prefix that is itself complete (ending in a head
// word such as "Brigade") or that carries a title keeps its own entity.
func (f *finder) prefixes() {
	toks := f.toks
	isOrg := func(t bluf.EntityType) bool {
		return t == bluf.Organization || t == bluf.ArmedGroup || t == bluf.Government
	}
	// Organizations by the first word of their name, one candidate per
	// name (a name repeated a thousand times is looked at once).
	byFirst := map[string][]int{}
	seen := map[string]bool{}
	for y := range f.cands {
		d := &f.cands[y]
		if d.titleOnly || !isOrg(d.typ) || d.b-d.nameStart() < 3 {
			continue
		}
		name := keyOf(toks[d.nameStart():d.b])
		if seen[name] {
			continue
		}
		seen[name] = true
		k := toks[d.nameStart()].key
		byFirst[k] = append(byFirst[k], y)
	}
	if len(byFirst) == 0 {
		return
	}
	for x := range f.cands {
		c := &f.cands[x]
		if c.rec >= 0 || c.titleOnly || c.title != "" || c.key == "" || c.typ == bluf.Nationality || c.typ == bluf.Location ||
			strings.HasPrefix(c.key, "group:") || orgHeads[toks[c.b-1].key] {
			continue
		}
		short := toks[c.nameStart():c.b]
		if len(short) < 2 || c.typ == bluf.Person && (givenNames[short[0].key] || f.kb.given[short[0].key]) {
			continue // "John Smith" is not cut from "John Smith Foundation"
		}
		best := -1
		for _, y := range byFirst[short[0].key] {
			d := &f.cands[y]
			long := toks[d.nameStart():d.b]
			if y == x || len(long) <= len(short) || best >= 0 && len(long) <= f.cands[best].b-f.cands[best].nameStart() {
				continue
			}
			same := true
			for i := range short {
				if short[i].key != long[i].key {
					same = false
					break
				}
			}
			if same {
				best = y
			}
		}
		if best < 0 {
			continue
		}
		d := f.cands[best]
		c.rec, c.kind, c.key, c.typ, c.weak, c.alts, c.guess = d.rec, d.kind, d.key, d.typ, false, nil, false
		c.name, c.code, c.affil = d.name, d.code, d.affil
	}
}

// lowerTitles adds "the prime minister", "the president" as title-only
// candidates; resolution keeps them only when one person in the document
// holds that title.
func (f *finder) lowerTitles() {
	toks := f.toks
	for i := 1; i < len(toks); i++ {
		if toks[i-1].key != "THE" || toks[i].cap || f.cover[i] || !toks[i].clean || f.sent[i-1] != f.sent[i] {
			continue
		}
		j, end := i, -1
		for j < len(toks) && j < i+4 && !toks[j].cap && !f.cover[j] && f.sent[j] == f.sent[i] && (j == i || toks[j].clean) &&
			(titleWords[toks[j].key] || titleDomain[toks[j].key]) && toks[j].key != "THE" && toks[j].key != "FOR" {
			if titleWords[toks[j].key] {
				end = j + 1
			}
			if toks[j].poss {
				break
			}
			j++
		}
		if end < 0 || end < len(toks) && f.sent[end] == f.sent[i] && toks[end].clean &&
			(toks[end].cap || toks[end].key == "OF" || toks[end].key == "FOR") {
			continue // no title, a title before a name, or "the minister of oil"
		}
		f.add(cand{a: i, b: end, start: toks[i].start, end: toks[end-1].end, rec: noRec, typ: bluf.Person, titleOnly: true,
			title: f.surface(i, end), key: titleKey(f.surface(i, end))})
		i = end
	}
}

// andName returns the end of an organization's name that goes on past
// a lower-case "and" at token j ("Ministry of Fisheries and Ocean
// Resources"), when the acronym in brackets right after it confirms the
// longer name; else j. Without that evidence "and" ends the name: "the
// Ministry of Defence and Hezbollah" names two actors.
func (f *finder) andName(i, j int) int {
	toks := f.toks
	if toks[j].key != "AND" || toks[j].cap || j+1 >= len(toks) || !toks[j+1].clean || !f.capWord(j+1) {
		return j
	}
	k := j + 1
	for k < len(toks) && k-i <= maxRun {
		if toks[k].clean && (f.capWord(k) || toks[k].joined && toks[k].letters > 0 && !f.cover[k]) {
			k++
			continue
		}
		if toks[k].clean && f.particle(k) && k+1 < len(toks) && toks[k+1].clean && f.capWord(k+1) {
			k += 2
			continue
		}
		break
	}
	if k >= len(toks) || !toks[k].upper || f.doc.Body[toks[k-1].end:toks[k].start] != " (" ||
		toks[k].end >= len(f.doc.Body) || f.doc.Body[toks[k].end] != ')' {
		return j
	}
	acr := toks[k].key
	for a := i; a < j && a <= i+2; a++ {
		if initialsMatch(acr, toks[a:k]) {
			return k
		}
	}
	return j
}

// initialsMatch reports whether acronym acr spells the initials of ts:
// every capitalised word gives its first letter, lower-case words
// ("of", "and") may or may not ("MOIS", "IRGC").
func initialsMatch(acr string, ts []token) bool {
	// ok[n] reports whether acr[:n] is spelled by the words seen so far.
	ok := make([]bool, len(acr)+1)
	ok[0] = true
	for _, t := range ts {
		if t.key == "" {
			continue
		}
		c := t.key[0]
		next := make([]bool, len(acr)+1)
		for n := range ok {
			if !ok[n] {
				continue
			}
			if !t.cap {
				next[n] = true
			}
			if n < len(acr) && acr[n] == c {
				next[n+1] = true
			}
		}
		ok = next
	}
	return ok[len(acr)]
}

// ordinal reports whether w is an ordinal number written in digits
// ("5th", "321st").
func ordinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return n > 0
	}
	return false
}

// maxRun is the longest capitalised run considered as a name.
const maxRun = 16

// nickname returns the token after a quoted nickname starting at token
// j and followed by more of the name ("Richard 'Tex' Coe"), or j.
func (f *finder) nickname(j int) int {
	toks, body := f.toks, f.doc.Body
	if j == 0 || j+1 >= len(toks) || !f.capWord(j-1) || !toks[j].cap || f.sent[j+1] != f.sent[j-1] {
		return j
	}
	open := body[toks[j-1].end:toks[j].start]
	close := body[toks[j].end:toks[j+1].start]
	switch {
	case open == " '" && close == "' ", open == " ‘" && close == "’ ", open == " \"" && close == "\" ", open == " “" && close == "” ":
		if f.capWord(j + 1) {
			return j + 2 // the nickname and the name after it
		}
	}
	return j
}

// classify decides what the capitalised run [a, b) names.
func (f *finder) classify(a, b int) (cand, bool) {
	toks := f.toks
	// Strip sentence openers and other function words.
	for a < b && (leadWords[toks[a].key] || (toks[a].sentStart && b-a == 1 && stopCaps[toks[a].key])) {
		a++
	}
	if a < b && toks[a].sentStart && stopCaps[toks[a].key] && !titleWords[toks[a].key] && b-a >= 3 && !eventOpeners[toks[a].key] && !orgOpeners[toks[a].key] && !locOpeners[toks[a].key] && !orgHeads[toks[b-1].key] && !locHeads[toks[b-1].key] && allNamey(toks[a+1:b]) {
		a++ // "Later Leila Haddad left"
	}
	if a+1 < b && stopCaps[toks[a].key] && !orgHeads[toks[a].key] && !orgOpeners[toks[a].key] && f.particle(a+1) {
		a += 2 // "Critics of Leila Haddad"
	}
	if a < b && (toks[a].sentStart || a > 0 && toks[a-1].sentStart && toks[a-1].letters == 0) && toks[a].letters >= 9 &&
		strings.HasSuffix(toks[a].key, "ING") && !f.kb.given[toks[a].key] {
		a++ // "Sentencing is set for May", "Questioning Kovacs's judgment"
	}
	if a >= b {
		return cand{}, false
	}
	for b > a && f.particle(b-1) {
		b--
	}
	if a >= b {
		return cand{}, false
	}
	last := toks[b-1].key
	c := cand{a: a, b: b, rec: noRec}
	if end := f.domainAfter(b); end > 0 {
		// "Polygraph.info", "Example.com": a website, a media outlet.
		c.start, c.end = toks[a].start, end
		c.typ = bluf.Organization
		c.site = true
		c.key = "organization:" + keyOf(toks[a:b])
		c.name = f.doc.Body[c.start:c.end]
		return c, true
	}
	if last == "STAFF" && b-a >= 2 && toks[b-2].key == "GENERAL" && toks[b-2].cap {
		// "the General Staff" is the army's command, not a general
		// named Staff; "Chief of the General Staff" stays a title.
		if b-a == 2 || !titleWords[toks[a].key] {
			c.start, c.end = toks[a].start, toks[b-1].end
			c.typ = bluf.Government
			c.key = "government:" + keyOf(toks[a:b])
			c.name = f.surface(a, b)
			return c, true
		}
	}
	// Title words before a name: the longest prefix of title and domain
	// words that ends in a title word ("National Security Adviser",
	// "Minister of Foreign Affairs").
	t := a
	if !orgHeads[last] {
		for k := a; k < b; k++ {
			tk := toks[k].key
			if !titleWords[tk] && !titleDomain[tk] {
				break
			}
			if titleWords[tk] {
				t = k + 1
			}
		}
		// Domain words right after the last title word belong to it
		// ("Minister of Foreign Affairs").
		if t > a {
			for t < b && titleDomain[toks[t].key] {
				t++
			}
		}
		// A title after other capitalised words ("Pentagon Press
		// Secretary Peter Cook"): the name is what follows the last title
		// word, if it reads as a name.
		if t == a {
			for k := b - 2; k > a; k-- {
				if titleWords[toks[k].key] && !titleDomain[toks[k+1].key] && (givenNames[toks[k+1].key] || allNamey(toks[k+1:b])) {
					t = k + 1
					break
				}
			}
		}
	}
	if t > a {
		c.title = f.surface(a, t)
		if a > 0 && toks[a].clean {
			// The dictionary candidates are in order: find one ending at a.
			x := sort.Search(len(f.cands), func(i int) bool { return f.cands[i].b >= a })
			if x < len(f.cands) && f.cands[x].b == a && f.cands[x].typ == bluf.Nationality {
				c.affil = f.kb.recs[f.cands[x].rec].display()
			}
		}
	}
	if t == b {
		// A title with no name: resolved later to the one person holding
		// it, if any.
		c.start, c.end = toks[a].start, toks[b-1].end
		c.titleOnly = true
		c.typ = bluf.Person
		c.key = titleKey(f.surface(a, b))
		return c, true
	}
	if t == a && !orgHeads[last] && !locHeads[last] {
		// Words before a first name are not part of the name: "1st Class
		// Charles H. Keating IV".
		for k := a + 1; k < b-1; k++ {
			if givenNames[toks[k].key] && allNamey(toks[k:b]) && !givenNames[toks[a].key] && !familyFirst[toks[a].key] {
				a, t = k, k
				c.a = k
				break
			}
		}
	}
	c.start, c.end = toks[a].start, toks[b-1].end
	if t > a && t < b {
		// The mention keeps its title; the name starts after it.
		c.na = t
		a = t
	}
	n := b - a
	first := toks[a].key
	hasParticle := false
	for i := a; i < b; i++ {
		k := toks[i].key
		if arabicArticle[strings.ToLower(k)] || k == "BIN" || k == "IBN" || k == "ABU" || k == "BINT" {
			hasParticle = true
		}
	}
	prevCue := a > 0 && f.sent[a-1] == f.sent[a] && (locCues[toks[a-1].key] || placeVerbs[toks[a-1].key] && !toks[a-1].cap ||
		toks[a-1].key == "OF" && a > 1 && placeNouns[toks[a-2].key])
	prevThe := a > 0 && f.sent[a-1] == f.sent[a] && !toks[a-1].cap && toks[a-1].key == "THE"
	// "strategist at Miller Tabak", "a professor at Ruritania Tech": a
	// workplace, not a place.
	workplace := a > 1 && toks[a-1].key == "AT" && !toks[a-1].cap && f.sent[a-2] == f.sent[a] && !toks[a-2].cap &&
		(roleNouns[toks[a-2].key] || roleNouns[strings.TrimSuffix(toks[a-2].key, "S")] || titleWords[toks[a-2].key])
	switch {
	case workplace && !givenNames[first] && !f.kb.given[first] && !locHeads[last]:
		c.typ = orgType(toks[a:b])
	case n == 1 && notNames[first], shipPrefixes[first] && (n > 1 || b < len(toks) && toks[b].cap):
		return cand{}, false
	case eventOpeners[first] && n > 1, eventHeads[last] || (n == 1 && eventHeads[first]), hasAgreement(toks[a:b]):
		if f.dropped == nil {
			f.dropped = map[int]bool{}
		}
		f.dropped[b-1] = true
		return cand{}, false
	case n == 1 && toks[a].upper && a >= 1 && f.dropped[a-1] && f.doc.Body[toks[a-1].end:toks[a].start] == " (":
		return cand{}, false // the acronym of a dropped event name
	case n > 1 && gatherings[last]:
		c.typ = bluf.Organization
	case n == 1 && orgHeads[first] && !toks[a].upper && a > 0 && f.cover[a-1] && toks[a].clean && toks[a-1].cap && !toks[a-1].poss:
		// "Warsaw Institute", "Tehran Times": an organization named after
		// the place just before it (joined to it by mergeOrgs).
		c.typ = orgType(toks[a:b])
	case n == 1 && orgHeads[first] && !toks[a].upper && (prevThe && !toks[a].sentStart ||
		b < len(toks) && f.sent[b] == f.sent[a] && toks[b].clean && !toks[b].cap && groupNouns[toks[b].key]):
		// "the Coalition", "the Department": a capitalised reference to
		// an organization named earlier.
		c.typ = bluf.Organization
	case orgHeads[last] && n > 1:
		c.typ = orgType(toks[a:b])
	case locHeads[last] && n > 1:
		c.typ = bluf.Location // "Central Park", "Joint Base Balad"
	case n > 1 && orgOpeners[first] && !givenNames[first]:
		c.typ = orgType(toks[a:b])
	case locOpeners[first] && n > 1:
		c.typ = bluf.Location
	case c.title == "" && b < len(toks) && f.sent[b] == f.sent[a] && toks[b].clean && !toks[b].cap && groupHeadNouns[toks[b].key] && !toks[b-1].poss &&
		!givenNames[first] && !f.kb.given[first]:
		// "the Democratic Progressive party", "the Wagner group": the noun
		// is part of the name.
		c.typ = bluf.Organization
		b++
		c.b, c.end = b, toks[b-1].end
	case n == 1 && c.title == "" && a > 0 && f.sent[a-1] == f.sent[a] && articles[toks[a-1].key] && b < len(toks) &&
		f.sent[b] == f.sent[a] && toks[b].clean && !toks[b].cap && !toks[a].poss && roleNouns[toks[b].key] && !givenNames[first] && !f.kb.given[first] && !ethnic[first]:
		// "the Wikileaks founder", "a Hamas spokesman": the name is the
		// organization the person serves.
		c.typ = bluf.Organization
	case c.title != "":
		if f.particle(a) || f.particle(a-1) {
			// "Senior Advisor for Religious Minorities": a title phrase.
			return cand{}, false
		}
		c.typ = bluf.Person
	case toks[a].cap && arabicArticle[strings.ToLower(first)] && !toks[a].sentStart && n > 1:
		// "Al Jazeera", "Al Salem": a capitalised article opens places and
		// organizations more often than people.
		if prevCue || f.placeAround(a, b) {
			c.typ = bluf.Location
		} else {
			c.typ = bluf.Organization
		}
	case n > 2 && f.spelledAfter(a, b) && !givenNames[first] && !f.kb.given[first] && !locHeads[last]:
		// "Volunteers for the Defence of the Homeland (VDH)": a name its
		// acronym spells is an organization's.
		c.typ = orgType(toks[a:b])
	case hasParticle && n > 1 && (f.acronymAfter(b) || f.spelledAfter(a, b)) && !givenNames[first] && !f.kb.given[first]:
		// "Jama'at Nasr al-Din wal-Ansar (JNDA)": a name with an acronym
		// is an organization's.
		c.typ = orgType(toks[a:b])
	case hasParticle && n > 1:
		switch {
		case prevCue || f.placeAround(a, b):
			c.typ = bluf.Location
		default:
			c.typ = bluf.Person
			// A lone "al-X" with no given name or title is a person only
			// if resolution finds whose surname it is ("al-Sudani").
			c.weak = n == 2 && arabicArticle[strings.ToLower(first)]
		}
	case c.title == "" && n <= 3 && !hasParticle && f.placeNounAfter(a, b):
		c.typ = bluf.Location // "Walter Reed hospital", "the Rukban camp"
	case n > 1 && givenNames[first]:
		c.typ = bluf.Person
	case n == 1 && camelCase(f.doc.Body[toks[a].start:toks[a].end]):
		c.typ = bluf.Organization // "WeWork", "TotalEnergies": a brand
	case n == 1 && c.title == "" && b < len(toks) && f.sent[b] == f.sent[a] && toks[b].clean && !toks[b].cap && !toks[a].poss &&
		(roleNouns[toks[b].key] || roleNouns[strings.TrimSuffix(toks[b].key, "S")] || groupNouns[toks[b].key]) &&
		!givenNames[first] && !f.kb.given[first] && !ethnic[first]:
		// "Ruptly reporters", "Audience members": a modifier of people,
		// an organization unless it merely opens the sentence.
		if toks[a].sentStart {
			return cand{}, false
		}
		c.typ = bluf.Organization
	case prevCue && !givenNames[first] && !stopCaps[first] && !(n == 1 && strings.HasSuffix(first, "LY")) && !(n == 1 && toks[a].upper):
		c.typ = bluf.Location
		// After "from", "to" or "at" one unknown word may as well be a
		// company or a person: keep it only if the document says more.
		c.weak = n == 1 && weakCues[toks[a-1].key]
	case n == 1 && toks[a].upper && toks[a].letters >= 2 && toks[a].letters <= 6:
		c.typ = bluf.Organization
	case n > 1 && n <= 4 && allNamey(toks[a:b]):
		c.typ = bluf.Person
		c.guess = !f.kb.given[first]
		c.evid = f.personEvidence(a, b)
	case n == 1 && !stopCaps[first] && !orgHeads[first] && !contraction(f.doc.Body[toks[a].start:toks[a].end]):
		c.typ = bluf.Person
		// One unknown word is kept if resolution finds whose name it is,
		// or if a speech verb shows a person ("said Russell").
		c.weak = !f.personEvidence(a, b) || toks[a].upper || camelCase(f.doc.Body[toks[a].start:toks[a].end])
		if toks[a].sentStart && !f.verbAfter(b) {
			// "Thought I did my part", "Concerned, his doctor called": a
			// capital that only opens a sentence needs its verb right
			// after it ("Kovacs said") to be a name.
			c.weak = true
		}
		if a > 0 && f.sent[a-1] == f.sent[a] && toldVerbs[toks[a-1].key] && !toks[a-1].cap && toks[a].clean {
			// "told Ruptly": one word told things is a person only if it
			// is the surname of one named in full; else an outlet.
			c.weak, c.told = true, true
		}
	default:
		return cand{}, false
	}
	if c.typ == bluf.Person {
		// "Ambassador Saperstein for Religious Minorities": the name ends
		// before "for" or "of".
		for i := a + 1; i < b; i++ {
			if k := toks[i].key; (k == "FOR" || k == "OF" || k == "THE") && !toks[i].cap {
				b = i
				c.end = toks[b-1].end
				break
			}
		}
	}
	c.key = strings.ToLower(string(c.typ.Coarse())) + ":" + keyOf(toks[a:b])
	c.name = f.surface(a, b)
	c.b = b
	return c, true
}

// domainAfter returns the end of a web domain suffix (".info", ".com",
// ".co.uk") written right after token b-1, or 0.
func (f *finder) domainAfter(b int) int {
	toks, body := f.toks, f.doc.Body
	if b < 1 || b >= len(toks) || toks[b].start != toks[b-1].end+1 || body[toks[b-1].end] != '.' || toks[b].cap {
		return 0
	}
	end := 0
	for k := b; k < len(toks) && k < b+2; k++ {
		if k > b && toks[k].start != toks[k-1].end+1 || body[toks[k].start-1] != '.' {
			break
		}
		if !webSuffixes[body[toks[k].start:toks[k].end]] {
			break
		}
		end = toks[k].end
	}
	if end == 0 || end < len(body) && (isWordRune(rune(body[end])) || body[end] == '/' || body[end] == '.' && end+1 < len(body) && isWordRune(rune(body[end+1]))) {
		return 0
	}
	return end
}

// placeAround reports whether the context of the name [a, b) shows a
// place: a state's or place's possessive before it ("Syria's al-Tanf")
// or a place noun after it ("the al-Tanf base").
func (f *finder) placeAround(a, b int) bool {
	toks := f.toks
	s := f.sent[a]
	if a > 0 && f.sent[a-1] == s && toks[a-1].poss {
		x := sort.Search(len(f.cands), func(i int) bool { return f.cands[i].b >= a })
		if x < len(f.cands) && f.cands[x].b == a && (f.cands[x].typ == bluf.State || f.cands[x].typ == bluf.Location) {
			return true
		}
	}
	return f.placeNounAfter(a, b)
}

// placeNounAfter reports whether a lower-case place noun follows the name
// [a, b): "the al-Tanf base", "Walter Reed hospital".
func (f *finder) placeNounAfter(a, b int) bool {
	toks := f.toks
	return b < len(toks) && f.sent[b] == f.sent[a] && toks[b].clean && !toks[b].cap && placeHeadNouns[toks[b].key] && !toks[b-1].poss
}

// orgStart reports whether the run from token i opens with an
// organization word, after "The" if any: "(The) Ministry of the Interior".
func (f *finder) orgStart(i int) bool {
	if f.toks[i].key == "THE" && i+1 < len(f.toks) {
		i++
	}
	k := f.toks[i].key
	return orgHeads[k] || orgOpeners[k]
}

// spelledLater reports whether a bracketed acronym within a few words
// after token j-1 spells the initials of the words from token i to it.
func (f *finder) spelledLater(i, j int) bool {
	toks, body := f.toks, f.doc.Body
	for k := j; k < len(toks) && k < j+8 && f.sent[k] == f.sent[i]; k++ {
		if body[toks[k-1].end:toks[k].start] == " (" {
			acr := capitals(body[toks[k].start:toks[k].end])
			return len(acr) >= 3 && toks[k].end < len(body) && body[toks[k].end] == ')' && initialsMatch(acr, toks[i:k])
		}
		if !toks[k].clean {
			return false
		}
	}
	return false
}

// spelledAfter reports whether the name [a, b) is followed, in brackets
// or after ", or", by a short form whose capitals spell its initials:
// "Maghawir al-Thawra, or MaT".
func (f *finder) spelledAfter(a, b int) bool {
	toks, body := f.toks, f.doc.Body
	k := b
	switch {
	case b < len(toks) && body[toks[b-1].end:toks[b].start] == " (":
	case b+1 < len(toks) && body[toks[b-1].end:toks[b].start] == ", " && toks[b].key == "OR" && !toks[b].cap &&
		body[toks[b].end:toks[b+1].start] == " ":
		k = b + 1
	default:
		return false
	}
	acr := capitals(body[toks[k].start:toks[k].end])
	return len(acr) >= 2 && toks[k].cap && initialsMatch(acr, toks[a:b])
}

// capitals returns the upper-case letters of w, or "" if lower-case
// letters outnumber them by more than one ("MaT" → "MT"; "Mosul" → "").
func capitals(w string) string {
	var up []byte
	lower := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			up = append(up, byte(r))
		case unicode.IsLower(r):
			lower++
		default:
			return ""
		}
	}
	if lower > len(up)-1 {
		return ""
	}
	return string(up)
}

// acronymAfter reports whether an acronym of three or more letters in
// brackets follows token b-1.
func (f *finder) acronymAfter(b int) bool {
	toks, body := f.toks, f.doc.Body
	return b < len(toks) && toks[b].upper && toks[b].letters >= 3 && body[toks[b-1].end:toks[b].start] == " (" &&
		toks[b].end < len(body) && body[toks[b].end] == ')'
}

// personAt reports whether token k is inside a candidate typed person
// (the candidates are in text order).
func (f *finder) personAt(k int) bool {
	x := sort.Search(len(f.cands), func(i int) bool { return f.cands[i].b > k })
	return x < len(f.cands) && f.cands[x].a <= k && f.cands[x].typ == bluf.Person
}

// possInName are plural nouns whose possessive sits inside names: the
// Taiwan People's Party, the Workers' Party.
var possInName = set(`People Peoples Workers Women Mothers Martyrs Farmers Veterans`)

// toldVerbs take the outlet or person spoken to as their object.
var toldVerbs = set(`told tells telling`)

// verbAfter reports whether a speech verb follows the name ending at
// token b-1: "Kovacs said", "Kovacs, who".
func (f *finder) verbAfter(b int) bool {
	toks := f.toks
	if b >= len(toks) || f.sent[b] != f.sent[b-1] {
		return false
	}
	n := toks[b]
	gap := f.doc.Body[toks[b-1].end:n.start]
	if n.key == "WHO" || n.key == "WHOSE" {
		return gap == ", " // "Kovacs, who", not "Visitors who"
	}
	return !n.cap && personVerbs[n.key] && (n.clean || gap == ", ")
}

// personVerbs follow (or, inverted, precede) a person's name: "Kovacs
// said", "said Amina Kovacs".
var personVerbs = set(`said says told tells added adds argued argues wrote writes noted notes stated states
warned warns explained explains insisted insists recalled recalls tweeted posted replied replies asked asks
admitted admits acknowledged acknowledges stressed stresses urged urges believes believed thinks thought
testified announced announces declared declares vowed vows pledged pledges wants wanted resigned died
who whose herself himself`)

// personEvidence reports whether the context of the name [a, b) shows a
// person: a middle initial or a suffix (Jr), a speech verb after it or
// before it, "according to" before it, ", who" or an age after it, or a
// next sentence opening with "He" or "She".
func (f *finder) personEvidence(a, b int) bool {
	toks, body := f.toks, f.doc.Body
	for k := a; k < b; k++ {
		t := toks[k]
		if k > a && k < b-1 && t.letters == 1 && body[t.end-1] == '.' || nameSuffix[t.key] {
			return true
		}
	}
	s := f.sent[a]
	if b < len(toks) && f.sent[b] == s {
		n := toks[b]
		gap := body[toks[b-1].end:n.start]
		switch {
		case !n.cap && personVerbs[n.key] && (n.clean || gap == ", "):
			return true // "Kovacs said", "Kovacs, who"
		case gap == ", " && n.letters == 0 && b+1 < len(toks) && body[n.end] == ',':
			return true // "Amina Kovacs, 45,"
		case gap == ", ":
			// An apposition with a title: "Amina Kovacs, the Special
			// Advisor", "Kovacs, a senior minister".
			for k := b; k < len(toks) && k < b+6 && f.sent[k] == s; k++ {
				if titleWords[toks[k].key] || !toks[k].cap && roleNouns[toks[k].key] {
					return true
				}
				if k > b && !toks[k].clean || toks[k].key == "AND" || toks[k].key == "OR" {
					break // "Parents, lawmakers and a bishop": a list, not an apposition
				}
			}
		}
	}
	if a > 0 && f.sent[a-1] == s {
		p := toks[a-1]
		if !p.cap && personVerbs[p.key] && p.key != "WHO" && p.key != "WHOSE" && toks[a].clean {
			return true // "said Amina Kovacs"
		}
		if p.key == "TO" && a > 1 && toks[a-2].key == "ACCORDING" {
			return true
		}
	}
	blocked := false
	for k := b; k < len(toks) && k < b+80; k++ {
		if f.sent[k] == s {
			// "... left Lagos in May, and he returned": a pronoun later in
			// the sentence with no other possible person between.
			t := toks[k]
			if (t.key == "HE" || t.key == "SHE") && !t.cap && !blocked {
				return true
			}
			blocked = blocked || t.cap && !calendar[t.key] && !stopCaps[t.key] && (!f.cover[k] || f.personAt(k))
			continue
		}
		if (toks[k].key == "HE" || toks[k].key == "SHE") && toks[k].sentStart {
			return true
		}
		break
	}
	return false
}

// contraction reports whether w is a contraction ("We've", "They're",
// "Don't"), not a name ("O'Brien" has a capital after the apostrophe).
func contraction(w string) bool {
	for i, r := range w {
		if isApos(r) {
			rest := strings.ToLower(w[i+utf8.RuneLen(r):])
			switch rest {
			case "ve", "re", "ll", "d", "m", "t", "s":
				return true
			}
		}
	}
	return false
}

// hasAgreement reports whether a run names an agreement ("Joint Plan of
// Action"), which is not an actor.
func hasAgreement(ts []token) bool {
	for _, t := range ts {
		switch t.key {
		case "PLAN", "AGREEMENT", "ACCORD", "ACCORDS", "TREATY", "DEAL", "PROTOCOL", "MEMORANDUM", "ROADMAP":
			return true
		}
	}
	return false
}

// nameSuffix ends a person's name.
var nameSuffix = set(`Jr Sr II III IV`)

// camelCase reports whether w is written like a brand, with a capital
// inside it after lower-case letters ("WeWork", "SoftBank"), which is not
// a name prefix ("McCain", "DeSantis", "MacArthur").
func camelCase(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			return !namePrefixes[w[:i]]
		}
	}
	return false
}

var namePrefixes = map[string]bool{"Mc": true, "Mac": true, "De": true, "Di": true, "Da": true, "Du": true,
	"La": true, "Le": true, "Van": true, "Von": true, "Fitz": true, "Al": true, "El": true, "Ben": true, "Abu": true}

// allNamey: every word is a capitalised word that is not a common
// capitalised word.
func allNamey(ts []token) bool {
	for i, t := range ts {
		if nameSuffix[t.key] {
			continue // "Charles H. Keating IV"
		}
		if i > 0 && t.joined && !t.cap && t.letters > 0 && ts[i-1].cap {
			continue // "Chiu Chui-cheng", "Lee Jae-myung"
		}
		if !t.cap || t.upper && t.letters > 1 || stopCaps[t.key] || titleWords[t.key] || orgHeads[t.key] || locHeads[t.key] {
			return false
		}
	}
	return true
}

func orgType(ts []token) bluf.EntityType {
	for _, t := range ts {
		switch t.key {
		case "MINISTRY", "DEPARTMENT", "CABINET", "PARLIAMENT", "SENATE", "CONGRESS", "COURT", "POLICE",
			"ADMINISTRATION", "GOVERNMENT", "EMBASSY", "CONSULATE", "DIRECTORATE", "NAVY":
			return bluf.Government
		case "BRIGADE", "BRIGADES", "BATTALION", "BATTALIONS", "MILITIA", "MILITIAS", "JIHAD", "HEZBOLLAH",
			"KATAIB", "LEGION", "JAISH", "JABHAT", "LIWA", "SARAYA", "ASAIB", "ANSAR":
			return bluf.ArmedGroup
		}
	}
	return bluf.Organization
}

// keyOf is the resolution key of tokens: their normalised words without
// particles.
func keyOf(ts []token) string {
	var b strings.Builder
	for _, t := range ts {
		if t.key == "THE" || t.key == "OF" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.key)
	}
	return b.String()
}

func titleKey(s string) string {
	return "title:" + strings.ToUpper(strings.Join(strings.Fields(s), " "))
}
