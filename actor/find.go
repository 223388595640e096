package actor

import (
	"math"
	"sort"
	"strings"

	"bluf"
)

// cand is a candidate mention: a token range and what it names.
type cand struct {
	a, b int // token range [a, b)
	// na is where the name starts when a title opens the mention
	// ("Foreign Minister Fuad Hussein"); 0 when it starts at a.
	na         int
	start, end int // byte range in the body
	rec        int32
	kind       uint8
	typ        bluf.EntityType
	// key identifies the entity for heuristic and compound mentions.
	key string
	// name is the display name of a heuristic or compound entity.
	name string
	code string
	// title and affil are the title words and nationality seen just
	// before a person's name ("Iraqi Foreign Minister").
	title, affil string
	// weak marks a single unknown word kept only if resolution finds
	// what it refers to.
	weak bool
	// titleOnly marks a capitalised title with no name after it.
	titleOnly bool
	// alts are other entities the same name may denote.
	alts []hit
}

const (
	noRec = int32(-1)
	// maxBody bounds the text Find looks at; longer bodies are cut (a
	// news article is a few tens of kilobytes).
	maxBody = 8 << 20
)

// Find returns every mention in doc's body and the entities they resolve
// to, ranked by salience (most salient first). Roles are as of
// doc.Published when known, else the most recent. Mentions are in body
// order; their offsets index doc.Body. Find never fails: text it cannot
// make sense of yields no mentions.
func (kb *KB) Find(doc *bluf.Document) ([]bluf.Mention, []bluf.Entity) {
	if kb == nil || doc == nil || doc.Body == "" {
		return nil, nil
	}
	f := finder{kb: kb, doc: doc, date: ParseDate(doc.Published)}
	f.tokenize()
	f.dictionary()
	f.heuristic()
	return f.resolve()
}

type finder struct {
	kb    *KB
	doc   *bluf.Document
	date  int
	toks  []token
	sent  []int32 // sentence index of each token
	sents []bluf.Sentence
	cands []cand
	cover []bool
	// dropped marks the last token of runs dropped as events
	// ("Operation Inherent Resolve"), so that their acronym goes too.
	dropped map[int]bool
}

func (f *finder) tokenize() {
	f.sents = f.doc.Sentences
	if len(f.sents) == 0 {
		end := len(f.doc.Body)
		if end > maxBody {
			end = maxBody
		}
		f.sents = []bluf.Sentence{{Start: 0, End: end, Text: f.doc.Body[:end]}}
	}
	f.toks = make([]token, 0, len(f.doc.Body)/6)
	for si, s := range f.sents {
		if s.Start < 0 || s.End > len(f.doc.Body) || s.Start > s.End || s.Start > maxBody {
			continue
		}
		n := len(f.toks)
		f.toks = tokenize(f.doc.Body[s.Start:s.End], s.Start, f.toks)
		if len(f.toks) > n {
			f.toks[n].sentStart = true
		}
		for i := n; i < len(f.toks); i++ {
			f.sent = append(f.sent, int32(si))
		}
	}
	f.cover = make([]bool, len(f.toks))
}

// nameStart returns the first token of the name proper.
func (c *cand) nameStart() int {
	if c.na > c.a {
		return c.na
	}
	return c.a
}

// surface returns the text of tokens [a, b).
func (f *finder) surface(a, b int) string {
	return f.doc.Body[f.toks[a].start:f.toks[b-1].end]
}

// lower reports whether token i is written in lower case and is a name
// particle (al, bin, of, de).
func (f *finder) particle(i int) bool {
	t := f.toks[i]
	if t.cap {
		return false
	}
	return lowerParticles[strings.ToLower(f.doc.Body[t.start:t.end])]
}

// nameLinks may be written in lower case inside a dictionary name
// ("Islamic State of Iraq and the Levant", "Bosnia and Herzegovina").
var nameLinks = set(`and on in to at against for of the de du la al el`)

// caseOK checks that tokens [a, b) are written as a name: capitals where
// the pattern needs them, a capital on every word that is not a particle
// or a hyphenated continuation.
func (f *finder) caseOK(a, b int, h *hit) bool {
	if h.upper {
		for i := a; i < b; i++ {
			if !f.toks[i].upper {
				return false
			}
		}
		return true
	}
	for i := a; i < b; i++ {
		t := f.toks[i]
		if t.cap || t.letters == 0 {
			continue
		}
		if i > a && (t.joined || f.particle(i) || nameLinks[f.toks[i].key]) {
			continue
		}
		if i == a && f.particle(i) && i+1 < b {
			continue // "al-Sudani"
		}
		return false
	}
	return true
}

// dictionary finds the longest knowledge-base names, left to right.
func (f *finder) dictionary() {
	toks := f.toks
	for i := 0; i < len(toks); {
		// Walk the trie, keeping every match; take the longest that is
		// written as a name and is not a bare title.
		type match struct {
			j    int
			h    *hit
			alts []hit
		}
		var found [8]match
		ms := found[:0]
		n := int32(0)
		for j := i; j < len(toks); j++ {
			if j > i && !toks[j].clean && !toks[j].dash {
				break
			}
			if n = f.kb.names.next(n, toks[j].key); n < 0 {
				break
			}
			if h := &f.kb.names.hits[n]; h.set && f.caseOK(i, j+1, h) && (!h.the || i > 0 && toks[i-1].key == "THE" && f.sent[i-1] == f.sent[i]) {
				ms = append(ms, match{j + 1, h, f.kb.names.alts[n]})
			}
		}
		bestJ, var0, alts := -1, (*hit)(nil), []hit(nil)
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if !f.kb.recs[m.h.rec].curated && f.allTitle(i, m.j) || f.rejectSingle(i, m.j, m.h) || f.dateLike(i, m.j) {
				// PETRARCH lists role phrases ("SECRETARY OF STATE") as
				// actors; here they are titles, left to name finding.
				continue
			}
			bestJ, var0, alts = m.j, m.h, m.alts
			break
		}
		if bestJ < 0 || f.partOfOtherName(i, bestJ, var0) {
			i++
			continue
		}
		h := var0
		r := &f.kb.recs[h.rec]
		c := cand{a: i, b: bestJ, start: toks[i].start, end: toks[bestJ-1].end, rec: h.rec, kind: h.kind, typ: r.typ, alts: alts}
		switch h.kind {
		case hitDemonym:
			c.typ = bluf.Nationality
		case hitSeat:
			c.typ = bluf.Government
		}
		f.add(c)
		i = bestJ
	}
}

// partOfOtherName reports whether a one-word match of a person is the
// end of someone else's name: "Salami" in "Clementine Nkweta-Salami", or
// a surname after an unknown first name.
func (f *finder) partOfOtherName(a, b int, h *hit) bool {
	if a == 0 || f.sent[a-1] != f.sent[a] {
		return false
	}
	t, p := f.toks[a], f.toks[a-1]
	if t.joined && p.cap && !f.cover[a-1] {
		return true // inside a hyphenated word whose start is no name we know
	}
	if t.joined && arabicArticle[strings.ToLower(f.doc.Body[p.start:p.end])] {
		return true // a nisba in a name: "Abu Jandal al-Kuwaiti"
	}
	if b-a != 1 || h.kind != hitName || f.kb.recs[h.rec].typ != bluf.Person {
		return false
	}
	return t.clean && p.cap && !f.cover[a-1] && !titleWords[p.key] && !titleDomain[p.key] && !stopCaps[p.key] &&
		!leadWords[p.key] && !(p.sentStart && stopCaps[p.key])
}

// dateLike reports whether tokens [a, b) read as a date ("May 15").
func (f *finder) dateLike(a, b int) bool {
	cal, num := false, false
	for i := a; i < b; i++ {
		t := f.toks[i]
		cal = cal || calendar[t.key]
		num = num || t.letters == 0
	}
	return cal && num
}

// allTitle reports whether tokens [a, b) are all title words.
func (f *finder) allTitle(a, b int) bool {
	hasTitle := false
	if b-a > 1 {
		if h := f.kb.lookupKeys([]string{f.toks[a].key}); h != nil && (h.kind == hitDemonym || f.kb.recs[h.rec].typ == bluf.State) {
			a++ // "U.S. Secretary of State"
		}
	}
	for i := a; i < b; i++ {
		k := f.toks[i].key
		if !titleWords[k] && !titleDomain[k] {
			return false
		}
		hasTitle = hasTitle || titleWords[k]
	}
	return hasTitle
}

// rejectSingle refuses a one-word dictionary match that is more likely a
// common word: a sentence opener such as "Reading", or a calendar word.
func (f *finder) rejectSingle(a, b int, h *hit) bool {
	if b-a != 1 || h.upper {
		return false
	}
	k := f.toks[a].key
	if calendar[k] || leadWords[k] {
		return true
	}
	return f.toks[a].sentStart && stopCaps[k] && h.kind != hitDemonym
}

func (f *finder) add(c cand) {
	for i := c.a; i < c.b; i++ {
		f.cover[i] = true
	}
	f.cands = append(f.cands, c)
}

// capWord reports whether token i can be part of a capitalised name run.
func (f *finder) capWord(i int) bool {
	t := f.toks[i]
	// A lone capital letter is a name only as an initial ("J."), not in
	// "F-16".
	return t.cap && !calendar[t.key] && !f.cover[i] && (t.letters > 1 || f.doc.Body[t.end-1] == '.')
}

// heuristic finds names the knowledge base lacks: capitalised runs,
// classified by their head words and context; and compounds of a
// nationality with an organ ("Iraqi forces").
func (f *finder) heuristic() {
	toks := f.toks
	var extra []cand
	for i := 0; i < len(toks); {
		if !f.capWord(i) {
			i++
			continue
		}
		// Grow the run.
		j := i + 1
		for j < len(toks) && !toks[j-1].poss {
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
			if k := f.nickname(j); k > j {
				j = k
				continue
			}
			break
		}
		if c, ok := f.classify(i, j); ok {
			extra = append(extra, c)
		}
		i = j
	}
	for _, c := range extra {
		f.add(c)
	}
	sort.Slice(f.cands, func(x, y int) bool { return f.cands[x].a < f.cands[y].a })
	f.compounds()
	f.acronyms()
}

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
			return j + 1
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
	if a+1 < b && stopCaps[toks[a].key] && f.particle(a+1) {
		a += 2 // "Critics of Leila Haddad"
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
			if givenNames[toks[k].key] && allNamey(toks[k:b]) && !givenNames[toks[a].key] {
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
	switch {
	case n == 1 && notNames[first], shipPrefixes[first] && n > 1:
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
	case n == 1 && orgHeads[first] && !toks[a].upper && (prevThe && !toks[a].sentStart ||
		b < len(toks) && f.sent[b] == f.sent[a] && toks[b].clean && !toks[b].cap && groupNouns[toks[b].key]):
		// "the Coalition", "the Department": a capitalised reference to
		// an organization named earlier.
		c.typ = bluf.Organization
	case orgHeads[last] && n > 1:
		c.typ = orgType(toks[a:b])
	case n > 1 && orgOpeners[first] && !givenNames[first]:
		c.typ = orgType(toks[a:b])
	case locHeads[last] && n > 1, locOpeners[first] && n > 1:
		c.typ = bluf.Location
	case c.title != "":
		if f.particle(a) {
			// "Senior Advisor for Religious Minorities": a title phrase.
			return cand{}, false
		}
		c.typ = bluf.Person
	case toks[a].cap && arabicArticle[strings.ToLower(first)] && !toks[a].sentStart && n > 1:
		// "Al Jazeera", "Al Salem": a capitalised article opens places and
		// organizations more often than people.
		if prevCue {
			c.typ = bluf.Location
		} else {
			c.typ = bluf.Organization
		}
	case hasParticle && n > 1:
		if prevCue {
			c.typ = bluf.Location
		} else {
			c.typ = bluf.Person
		}
	case n > 1 && givenNames[first]:
		c.typ = bluf.Person
	case prevCue && !givenNames[first] && !stopCaps[first] && !(n == 1 && strings.HasSuffix(first, "LY")):
		c.typ = bluf.Location
	case n == 1 && toks[a].upper && toks[a].letters >= 2 && toks[a].letters <= 6:
		c.typ = bluf.Organization
	case n > 1 && n <= 4 && allNamey(toks[a:b]):
		c.typ = bluf.Person
	case n == 1 && !stopCaps[first]:
		c.typ = bluf.Person
		c.weak = true
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

// allNamey: every word is a capitalised word that is not a common
// capitalised word.
func allNamey(ts []token) bool {
	for _, t := range ts {
		if nameSuffix[t.key] {
			continue // "Charles H. Keating IV"
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

// compounds joins a nationality or state with what follows it: an organ
// in lower case ("Iraqi forces" → IRQMIL) or a capitalised organization
// name ("Syrian" + "Democratic Forces").
func (f *finder) compounds() {
	toks := f.toks
	out := f.cands[:0:0]
	for x := 0; x < len(f.cands); x++ {
		c := f.cands[x]
		// A title before a name: one mention, with the nationality that
		// opens it ("Iraqi Prime Minister Haider al-Abadi").
		if c.titleOnly && x+1 < len(f.cands) {
			n := f.cands[x+1]
			if n.a == c.b && toks[n.a].clean && n.typ == bluf.Person && !n.titleOnly {
				n.na = n.nameStart()
				n.a, n.start = c.a, c.start
				if n.title == "" {
					n.title, n.affil = c.title, c.affil
				}
				f.cands[x+1] = n
				continue
			}
		}
		if c.typ == bluf.Person && (c.title != "" || c.rec >= 0 && titleWords[toks[c.a].key]) && len(out) > 0 {
			p := out[len(out)-1]
			if (p.typ == bluf.Nationality || p.rec >= 0 && p.kind == hitName && f.kb.recs[p.rec].typ == bluf.State) && p.b == c.a && toks[c.a].clean {
				if c.affil == "" {
					c.affil = f.kb.recs[p.rec].display()
				}
				if !toks[p.b-1].poss {
					// "Iraqi Prime Minister X" is one mention; "Kenya's
					// President X" keeps Kenya apart.
					out = out[:len(out)-1]
					c.na = c.nameStart()
					c.a, c.start = p.a, p.start
				}
			}
		}
		// An organization name that runs into a known one: "U.S. Naval
		// Forces" + "Central Command".
		if c.rec == noRec && (c.typ == bluf.Organization || c.typ == bluf.Government) && orgHeads[toks[c.b-1].key] && x+1 < len(f.cands) {
			n := f.cands[x+1]
			if n.a == c.b && toks[n.a].clean && n.rec >= 0 && n.kind == hitName && !toks[c.b-1].poss {
				if t := f.kb.recs[n.rec].typ; t == bluf.Organization || t == bluf.Government {
					c.b, c.end = n.b, n.end
					c.name = f.surface(c.a, c.b)
					c.key = "organization:" + keyOf(toks[c.a:c.b])
					out = append(out, c)
					x++
					continue
				}
			}
		}
		// A first name the dictionary missed before a person it knows:
		// "Ali" + "Khamenei".
		if c.rec == noRec && c.typ == bluf.Person && !c.titleOnly && x+1 < len(f.cands) {
			n := f.cands[x+1]
			if n.a == c.b && toks[n.a].clean && n.rec >= 0 && n.typ == bluf.Person && c.b-c.a <= 2 {
				n.a, n.start, n.title, n.affil = c.a, c.start, c.title, c.affil
				out = append(out, n)
				x++
				continue
			}
		}
		// An ethnic or sectarian word before a known group belongs to its
		// mention: "the Kurdish YPG", "Shiite Kata'ib Hezbollah".
		if c.rec >= 0 && c.kind == hitName && c.a > 0 && toks[c.a].clean && toks[c.a-1].cap && ethnic[toks[c.a-1].key] &&
			!f.cover[c.a-1] && f.sent[c.a-1] == f.sent[c.a] {
			if t := c.typ; t == bluf.ArmedGroup || t == bluf.Organization || t == bluf.Government {
				f.cover[c.a-1] = true
				c.a--
				c.start = toks[c.a].start
			}
		}
		// An organization's name followed by its members: "ISIL fighters".
		if c.rec >= 0 && c.kind == hitName || c.rec == noRec && !c.titleOnly && c.typ != bluf.Person && c.typ != bluf.Location {
			if t := c.typ; t == bluf.ArmedGroup || t == bluf.Organization || t == bluf.Government {
				j := c.b
				for j < len(toks) && toks[j].clean && !f.cover[j] && !toks[j].cap && (groupNouns[toks[j].key] || toks[j].key == "TACTICAL" || toks[j].key == "FOREIGN") && !toks[j-1].poss {
					j++
				}
				for j > c.b && (toks[j-1].key == "TACTICAL" || toks[j-1].key == "MILITARY" || toks[j-1].key == "FOREIGN") {
					j--
				}
				if j > c.b {
					for k := c.b; k < j; k++ {
						f.cover[k] = true
					}
					c.b, c.end = j, toks[j-1].end
				}
			}
		}
		// A known place with a place word after it: "Idlib Province" (the
		// same place), "Tabqa Dam", "Incirlik Air Base" (a place of its own).
		if c.rec >= 0 && f.kb.recs[c.rec].typ == bluf.Location && c.kind != hitDemonym {
			j, end := c.b, -1
			if j < len(toks) && toks[j].clean && !toks[j].cap && adminHeads[toks[j].key] && !f.cover[j] && f.sent[j] == f.sent[c.a] {
				end = j + 1 // "Idlib province"
			}
			for end < 0 && j < len(toks) && j < c.b+3 && toks[j].clean && toks[j].cap && !f.cover[j] && f.sent[j] == f.sent[c.a] {
				if locHeads[toks[j].key] || toks[j].key == "AIRFIELD" || toks[j].key == "AIRPORT" {
					end = j + 1
				}
				j++
			}
			if end > 0 {
				r := &f.kb.recs[c.rec]
				for k := c.b; k < end; k++ {
					f.cover[k] = true
				}
				if adminHeads[toks[end-1].key] && end == c.b+1 {
					c.b, c.end = end, toks[end-1].end
					c.kind = hitName
				} else {
					c = cand{a: c.a, b: end, start: c.start, end: toks[end-1].end, rec: noRec, typ: bluf.Location,
						key: "location:" + keyOf(toks[c.a:end]), name: f.surface(c.a, end), affil: r.in}
				}
			}
		}
		// "the government of Iraq" is the Iraqi government.
		if c.rec >= 0 && c.kind == hitName && f.kb.recs[c.rec].typ == bluf.State && c.a >= 2 &&
			toks[c.a-1].key == "OF" && (toks[c.a-2].key == "GOVERNMENT" || toks[c.a-2].key == "GOVERNMENTS") &&
			toks[c.a].clean && toks[c.a-1].clean && f.sent[c.a-2] == f.sent[c.a] {
			g := c.a - 2
			if len(out) > 0 && out[len(out)-1].a == g && out[len(out)-1].rec == noRec {
				out = out[:len(out)-1]
			}
			if !f.cover[g] || len(out) == 0 || out[len(out)-1].b <= g {
				r := &f.kb.recs[c.rec]
				state := r.codeAt(f.date)
				if len(state) > 3 {
					state = state[:3]
				}
				f.cover[g], f.cover[g+1] = true, true
				out = append(out, cand{
					a: g, b: c.b, start: toks[g].start, end: c.end, rec: noRec, typ: bluf.Government,
					key: "group:" + r.id + ":GOV", name: f.surface(g, c.b), code: state + "GOV", affil: r.display(),
				})
				continue
			}
		}
		// A plural nationality word names the people: "Iraqis".
		if c.rec >= 0 && c.kind == hitDemonym && c.b-c.a == 1 && strings.HasSuffix(f.toks[c.a].key, "S") &&
			!strings.HasSuffix(f.toks[c.a].key, "SS") && (c.b == len(toks) || !toks[c.b].clean || toks[c.b].cap || collectives[toks[c.b].key] == "") {
			r := &f.kb.recs[c.rec]
			state := r.codeAt(f.date)
			if len(state) > 3 {
				state = state[:3]
			}
			c.typ, c.rec, c.key, c.name, c.code, c.affil = bluf.Organization, noRec, "group:"+r.id+":CVL", f.surface(c.a, c.b), state+"CVL", r.display()
			out = append(out, c)
			continue
		}
		if c.rec >= 0 && (c.kind == hitDemonym || f.kb.recs[c.rec].typ == bluf.State) && c.kind != hitCapital {
			// A known group right after a nationality word: "the Kurdish
			// YPG" is the YPG.
			if x+1 < len(f.cands) && c.kind == hitDemonym {
				n := f.cands[x+1]
				if n.a == c.b && toks[n.a].clean && n.rec >= 0 && n.kind == hitName && !toks[c.b-1].poss {
					if t := f.kb.recs[n.rec].typ; t == bluf.ArmedGroup || t == bluf.Organization || t == bluf.Government {
						n.a, n.start = c.a, c.start
						out = append(out, n)
						x++
						continue
					}
				}
			}
			// A capitalised organization name right after it.
			if x+1 < len(f.cands) {
				n := f.cands[x+1]
				if n.a == c.b && toks[n.a].clean && n.rec == noRec && !n.titleOnly &&
					(n.typ == bluf.Organization || n.typ == bluf.Government || n.typ == bluf.ArmedGroup) {
					n.a, n.start = c.a, c.start
					n.name = f.surface(n.a, n.b)
					n.key = "organization:" + keyOf(toks[n.a:n.b])
					n.affil = f.kb.recs[c.rec].display()
					out = append(out, n)
					x++
					continue
				}
			}
			// A lower-case organ.
			j, code := c.b, ""
			for j < len(toks) && toks[j].clean && !f.cover[j] && !toks[j].cap && !toks[j-1].poss {
				s, ok := collectives[toks[j].key]
				if !ok {
					break
				}
				code = s
				j++
			}
			if j > c.b && code != "" && (j-c.b > 1 || toks[j-1].key != "SECURITY") {
				r := &f.kb.recs[c.rec]
				state := r.codeAt(f.date)
				if len(state) > 3 {
					state = state[:3]
				}
				typ := bluf.Government
				switch code {
				case "REB", "INS":
					typ = bluf.ArmedGroup
				case "BUS", "CVL", "OPP":
					typ = bluf.Organization
				}
				name := f.surface(c.a, j)
				out = append(out, cand{
					a: c.a, b: j, start: c.start, end: toks[j-1].end, rec: noRec, typ: typ,
					key: "group:" + r.id + ":" + code, name: name, code: state + code, affil: r.display(),
				})
				for k := c.b; k < j; k++ {
					f.cover[k] = true
				}
				continue
			}
		}
		out = append(out, c)
	}
	f.cands = out
	f.placePairs()
}

// placePairs joins "Place, Country" ("Rome, Italy", "Fort Campbell,
// Kentucky") into one place mention of the first.
func (f *finder) placePairs() {
	body := f.doc.Body
	out := f.cands[:0:0]
	for x := 0; x < len(f.cands); x++ {
		c := f.cands[x]
		// The first is a city or an unknown name, not a country or region.
		first := c.rec == noRec && !c.titleOnly && c.title == "" ||
			c.rec >= 0 && f.kb.recs[c.rec].typ == bluf.Location && f.kb.recs[c.rec].in != ""
		if first {
			if x+1 < len(f.cands) {
				n := f.cands[x+1]
				if n.rec >= 0 && (n.typ == bluf.State || n.typ == bluf.Location) && n.kind != hitDemonym &&
					n.start == c.end+2 && body[c.end:n.start] == ", " && f.sent[n.a] == f.sent[c.a] &&
					(c.typ == bluf.Location || c.rec == noRec && !f.toks[c.a].sentStart && (c.typ == bluf.Person && c.b-c.a <= 2 || c.weak)) &&
					(n.b >= len(f.toks) || f.sent[n.b] != f.sent[n.a] || !f.toks[n.b].cap) {
					orig := f.cands[x]
					c.b, c.end = n.b, n.end
					if c.rec == noRec {
						c.typ, c.weak = bluf.Location, false
						c.name = f.surface(orig.a, orig.b)
						c.key = "location:" + keyOf(f.toks[orig.a:orig.b])
						c.affil = f.kb.recs[n.rec].display()
					} else if c.kind == hitCapital {
						c.kind = hitName
					}
					out = append(out, c)
					x++
					continue
				}
			}
		}
		out = append(out, c)
	}
	f.cands = out
}

// acronyms links "Name (ACR)": ACR, there and anywhere else in the
// document, names the same entity as Name.
func (f *finder) acronyms() {
	body := f.doc.Body
	expansion := map[string]int{} // acronym key → candidate index
	for x := 1; x < len(f.cands); x++ {
		c, p := &f.cands[x], f.cands[x-1]
		if c.b-c.a != 1 || !f.toks[c.a].upper || p.titleOnly || p.typ == bluf.Nationality || p.typ == bluf.Person {
			continue
		}
		if p.end+2 != c.start || body[p.end:c.start] != " (" || c.end >= len(body) || body[c.end] != ')' {
			continue
		}
		if _, dup := expansion[f.toks[c.a].key]; !dup {
			expansion[f.toks[c.a].key] = x - 1
		}
	}
	if len(expansion) == 0 {
		return
	}
	for x := range f.cands {
		c := &f.cands[x]
		if c.b-c.a != 1 || !f.toks[c.a].upper {
			continue
		}
		// A heuristic acronym, or a dictionary one whose expansion here
		// is a different entity; the document's own expansion wins.
		px, ok := expansion[f.toks[c.a].key]
		if !ok || px == x {
			continue
		}
		p := f.cands[px]
		c.rec, c.kind, c.key, c.typ, c.weak = p.rec, p.kind, p.key, p.typ, false
		c.name, c.code, c.affil = p.name, p.code, p.affil
	}
}

// codeAt returns the code of the record at date: the code of a role held
// then, else its dated codes.
func (r *record) codeAt(date int) string {
	if ro := r.roleAt(date); ro != nil && ro.Code != "" {
		return ro.Code
	}
	e := Entry{Codes: r.codes}
	return e.CodeAt(date)
}

// roleAt returns the role held at date, or with no date the most recent.
func (r *record) roleAt(date int) *Role {
	var best *Role
	for i := range r.roles {
		ro := &r.roles[i]
		if date != 0 && !valid(ro.From, ro.To, date) {
			continue
		}
		if best == nil || ro.From > best.From || (ro.From == best.From && ro.To == 0) {
			best = ro
		}
	}
	return best
}

// lastRoleBefore returns the role that ended most recently before date.
func (r *record) lastRoleBefore(date int) *Role {
	var best *Role
	for i := range r.roles {
		ro := &r.roles[i]
		if date == 0 || ro.To == 0 || ro.To >= date {
			continue
		}
		if best == nil || ro.To > best.To {
			best = ro
		}
	}
	return best
}

// entity accumulates one resolved entity.
type entity struct {
	bluf.Entity
	first    int
	paras    map[int]bool
	subjects int
	aliases  map[string]bool
	titled   bool
	// weight is the mention count with nationality words counted half.
	weight float64
}

// resolve assigns every candidate to an entity, then ranks the entities.
func (f *finder) resolve() ([]bluf.Mention, []bluf.Entity) {
	f.disambiguate()
	byKey := map[string]*entity{}
	var order []*entity
	get := func(key string, init func() bluf.Entity) *entity {
		if e, ok := byKey[key]; ok {
			return e
		}
		e := &entity{Entity: init(), first: math.MaxInt, paras: map[int]bool{}, aliases: map[string]bool{}}
		byKey[key] = e
		order = append(order, e)
		return e
	}
	kbEntity := func(ri int32) (string, func() bluf.Entity) {
		r := &f.kb.recs[ri]
		return "kb:" + r.id, func() bluf.Entity {
			e := bluf.Entity{ID: r.id, Name: r.display(), Type: r.typ, Code: r.codeAt(f.date), Affiliation: r.in}
			if ro := r.roleAt(f.date); ro != nil {
				e.Role, e.Affiliation = ro.Title, ro.Affiliation
			} else if ro := r.lastRoleBefore(f.date); ro != nil && r.typ == bluf.Person {
				// Out of office on the date: "former President", coded as
				// the country's elite.
				e.Role, e.Affiliation = "former "+ro.Title, ro.Affiliation
				if len(ro.Code) >= 3 {
					e.Code = ro.Code[:3] + "ELI"
				}
			}
			return e
		}
	}
	// Surnames of the people named in full, for short mentions.
	surname := map[string]string{} // last word key → entity key
	ambiguous := map[string]bool{}
	note := func(key string, ts []token) {
		var words []string
		for _, t := range ts {
			if t.letters > 1 && !arabicArticle[strings.ToLower(t.key)] && !nameSuffix[t.key] {
				words = append(words, t.key)
			}
		}
		if len(words) < 2 {
			return
		}
		for _, w := range []string{words[len(words)-1], words[0] + " " + words[len(words)-1]} {
			if k, ok := surname[w]; ok && k != key {
				ambiguous[w] = true
			}
			surname[w] = key
		}
	}
	for _, c := range f.cands {
		if c.typ == bluf.Person && c.b-c.a > 1 && !c.titleOnly {
			key := c.key
			if c.rec >= 0 {
				key = "kb:" + f.kb.recs[c.rec].id
			}
			note(key, f.toks[c.nameStart():c.b])
		}
	}
	// Curated people are known by their aliases too ("Hemedti").
	var ms []bluf.Mention
	type placed struct {
		m bluf.Mention
		e *entity
		c *cand
	}
	var out []placed
	for x := range f.cands {
		c := &f.cands[x]
		var e *entity
		mtype := c.typ
		switch {
		case c.titleOnly:
			continue // handled below
		case c.rec >= 0 && c.kind == hitCapital:
			r := &f.kb.recs[c.rec]
			if r.state >= 0 && !f.inPlace(x) {
				e = get(kbEntity(r.state))
				mtype = bluf.Government
			} else {
				e = get(kbEntity(c.rec))
			}
		case c.rec >= 0:
			e = get(kbEntity(c.rec))
			if c.kind == hitName && f.kb.recs[c.rec].typ == bluf.State {
				// A country is a place after "in", "to", "from"...; elsewhere
				// it acts, through its government.
				if f.inPlace(x) {
					mtype = bluf.Location
				} else {
					mtype = bluf.Government
				}
			}
		default:
			key := c.key
			if c.typ == bluf.Person || c.weak {
				if k, ok := f.surnameOf(c, surname, ambiguous); ok {
					key = k
					mtype = bluf.Person
				} else if k := "location:" + keyOf(f.toks[c.a:c.b]); byKey[k] != nil {
					key, mtype = k, bluf.Location // "Sarmada" after "Sarmada, Syria"
				} else if c.weak {
					continue
				}
			}
			cc := c
			e = get(key, func() bluf.Entity {
				id := Slug(cc.name)
				if cc.code != "" && strings.HasPrefix(cc.key, "group:") {
					id = strings.TrimPrefix(cc.key, "group:")
					id = strings.ReplaceAll(strings.ToLower(id), ":", "-")
				}
				return bluf.Entity{ID: id, Name: cc.name, Type: cc.typ, Code: cc.code, Role: cc.title, Affiliation: cc.affil}
			})
			if e.Role == "" && c.title != "" {
				e.Role, e.Affiliation = c.title, c.affil
			}
			if e.Code == "" && e.Type == bluf.Person && e.Role != "" && e.Affiliation != "" {
				// "Egyptian Foreign Minister Badr Abdelatty": EGY + GOV.
				e.Code = f.kb.titleCode(e.Affiliation, e.Role, f.date)
			}
		}
		m := bluf.Mention{Start: c.start, End: c.end, Text: f.doc.Body[c.start:c.end], Type: mtype, Entity: e.ID}
		out = append(out, placed{m, e, c})
	}
	// Title-only mentions: "the Prime Minister" → the one person in the
	// document holding that title.
	for x := range f.cands {
		c := &f.cands[x]
		if !c.titleOnly {
			continue
		}
		var match *entity
		n := 0
		want := strings.ToLower(f.doc.Body[c.start:c.end])
		for _, e := range order {
			if e.Type == bluf.Person && e.Role != "" && strings.HasSuffix(strings.ToLower(e.Role), want) {
				match = e
				n++
			}
		}
		if n == 1 && !f.followedByName(c) {
			m := bluf.Mention{Start: c.start, End: c.end, Text: f.doc.Body[c.start:c.end], Type: bluf.Person, Entity: match.ID}
			out = append(out, placed{m, match, c})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].m.Start < out[j].m.Start })
	// Stable IDs across documents may still collide within one (two
	// heuristic entities with the same slug): keep them apart.
	seen := map[string]*entity{}
	for _, e := range order {
		id := e.ID
		for n := 2; seen[id] != nil && seen[id] != e; n++ {
			id = e.Entity.ID + "~" + string(rune('0'+n%10))
		}
		seen[id] = e
		e.ID = id
	}
	for i := range out {
		p := &out[i]
		e := p.e
		p.m.Entity = e.ID
		si := int(f.sent[p.c.a])
		s := f.sents[si]
		p.m.Sentence = s.ID
		e.Mentions++
		if p.m.Type == bluf.Nationality {
			e.weight += 0.5
		} else {
			e.weight++
		}
		if s.ID != "" && (len(e.Sentences) == 0 || e.Sentences[len(e.Sentences)-1] != s.ID) {
			e.Sentences = append(e.Sentences, s.ID)
		}
		e.paras[s.Para] = true
		if si < e.first {
			e.first = si
		}
		if p.c.a < len(f.toks) && (f.toks[p.c.a].sentStart || p.c.a > 0 && f.toks[p.c.a-1].sentStart && f.toks[p.c.a-1].key == "THE") {
			e.subjects++
		}
		if p.c.title != "" {
			e.titled = true
		}
		if nt := f.doc.Body[f.toks[p.c.nameStart()].start:p.c.end]; nt != e.Name && !p.c.titleOnly {
			e.aliases[nt] = true
		}
		ms = append(ms, p.m)
	}
	ents := f.rank(order)
	return ms, ents
}

// disambiguate chooses, for a name several curated entities share, the
// one tied to the country the document mentions most.
func (f *finder) disambiguate() {
	count := map[string]int{}
	for _, c := range f.cands {
		if c.rec >= 0 {
			r := &f.kb.recs[c.rec]
			if r.typ == bluf.State {
				count[r.display()]++
			} else if r.in != "" {
				count[r.in]++
			}
		}
	}
	for x := range f.cands {
		c := &f.cands[x]
		if len(c.alts) == 0 {
			continue
		}
		best, bestN := hit{rec: c.rec, kind: c.kind}, count[f.kb.recs[c.rec].in]
		for _, h := range c.alts {
			if n := count[f.kb.recs[h.rec].in]; n > bestN {
				best, bestN = h, n
			}
		}
		c.rec, c.kind, c.typ = best.rec, best.kind, f.kb.recs[best.rec].typ
	}
}

// placePreps introduce a place.
var placePreps = set(`in to from into across inside outside throughout within near around at through toward
towards via across between among beyond`)

// placeSkip are words between a place preposition and its place.
var placeSkip = set(`the both northern southern eastern western central north south east west northeastern
northwestern southeastern southwestern neighboring neighbouring nearby rural urban war-torn`)

// inPlace reports whether candidate x (a country or city) is used as a
// place: after a place preposition, alone or as a later item of a list
// that follows one ("in Syria, Iraq and Turkey").
func (f *finder) inPlace(x int) bool {
	body := f.doc.Body
	for x > 0 {
		p, c := f.cands[x-1], f.cands[x]
		if p.rec < 0 || p.kind != hitName && p.kind != hitCapital || f.sent[p.a] != f.sent[c.a] {
			break
		}
		t := f.kb.recs[p.rec].typ
		if t != bluf.State && t != bluf.Location {
			break
		}
		gap := body[p.end:c.start]
		if gap != ", " && gap != " and " && gap != ", and " && gap != " or " && gap != ", or " && gap != " & " && gap != " and the " && gap != ", the " {
			break
		}
		x--
	}
	a := f.cands[x].a
	b := f.cands[x].b
	if f.toks[a].sentStart && (b == len(f.toks) || f.sent[b] != f.sent[a]) {
		return true // a heading: "Iraq"
	}
	for a > 0 && f.sent[a-1] == f.sent[a] && placeSkip[f.toks[a-1].key] {
		a-- // "in northern Iraq", "in both Iraq and Syria"
	}
	if a == 0 || f.sent[a-1] != f.sent[a] {
		return false
	}
	p := f.toks[a-1]
	if p.key == "OF" && a > 1 && f.toks[a-2].key == "OUTSIDE" {
		return true
	}
	// A possessive acts ("in Washington's view").
	return placePreps[p.key] && !f.toks[f.cands[x].b-1].poss
}

// followedByName reports whether a title is directly followed by a name
// (then it is part of that person's mention, not a mention itself).
func (f *finder) followedByName(c *cand) bool {
	x := sort.Search(len(f.cands), func(i int) bool { return f.cands[i].a >= c.b })
	return x < len(f.cands) && f.cands[x].a == c.b && f.toks[c.b].clean && f.cands[x].typ == bluf.Person
}

// surnameOf resolves a short person mention ("Sudani", "al-Sudani") to
// the one person named in full in the document.
func (f *finder) surnameOf(c *cand, surname map[string]string, ambiguous map[string]bool) (string, bool) {
	var words []string
	for _, t := range f.toks[c.nameStart():c.b] {
		if t.letters > 0 && !arabicArticle[strings.ToLower(t.key)] {
			words = append(words, t.key)
		}
	}
	var w string
	switch len(words) {
	case 1:
		w = words[0]
	case 2:
		w = words[0] + " " + words[1]
	default:
		return "", false
	}
	k, ok := surname[w]
	if !ok || ambiguous[w] || k == c.key {
		return "", false
	}
	return k, true
}

// typeWeight scales salience by entity type.
var typeWeight = map[bluf.EntityType]float64{
	bluf.Person: 1.3, bluf.ArmedGroup: 1.25, bluf.Organization: 1.15, bluf.Government: 1.1,
	bluf.State: 1, bluf.Location: 0.7, bluf.Nationality: 0.5,
}

// rank scores salience and sorts the entities, most salient first.
func (f *finder) rank(order []*entity) []bluf.Entity {
	nsent := len(f.sents)
	if nsent == 0 {
		nsent = 1
	}
	var max float64
	for _, e := range order {
		if e.Mentions == 0 {
			continue
		}
		// Mentions, spread across paragraphs, an early first mention and
		// being a sentence's subject; people and named organizations
		// weigh more than places.
		s := e.weight + 1.5*float64(len(e.paras)) + 0.5*float64(e.subjects)
		pos := float64(e.first) / float64(nsent)
		s += 2 * (1 - pos)
		if e.titled || e.Role != "" {
			s++
		}
		s *= typeWeight[e.Type]
		e.Salience = s
		if s > max {
			max = s
		}
	}
	var out []bluf.Entity
	for _, e := range order {
		if e.Mentions == 0 {
			continue
		}
		e.Salience = math.Round(e.Salience/max*1000) / 1000
		for a := range e.aliases {
			e.Aliases = append(e.Aliases, a)
		}
		sort.Strings(e.Aliases)
		out = append(out, e.Entity)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Salience != b.Salience {
			return a.Salience > b.Salience
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.ID < b.ID
	})
	return out
}
