package actor

import (
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
	// guess marks an unknown capitalised name typed person for want of
	// anything better ("Velvet Curtain"); it is kept only if some mention
	// of it shows it is a person (evid).
	guess, evid bool
	// site marks a name written as a web domain ("Polygraph.info").
	site bool
	// told marks one unknown word after "told": an outlet unless it is
	// the surname of a person named in full.
	told bool
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
	kb   *KB
	doc  *bluf.Document
	date int
	toks []token
	// sent is the sentence index of each token, as name finding sees
	// sentences; orig the index in doc.Sentences, for mentions.
	sent, orig []int32
	sents      []bluf.Sentence
	cands      []cand
	cover      []bool
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
	group := int32(-1)
	for si, s := range f.sents {
		if s.Start < 0 || s.End > len(f.doc.Body) || s.Start > s.End || s.Start > maxBody {
			continue
		}
		n := len(f.toks)
		f.toks = tokenize(f.doc.Body[s.Start:s.End], s.Start, f.toks)
		if len(f.toks) == n {
			continue
		}
		// A sentence split after a title abbreviation ("Spc. | Lorraine
		// Walsh said") is one sentence for name finding.
		if n == 0 || group < 0 || !f.titleStop(n-1) || !f.toks[n].cap || f.sents[group].Para != s.Para {
			group = int32(si)
			f.toks[n].sentStart = true
		} else {
			gap := f.doc.Body[f.toks[n-1].end:f.toks[n].start]
			f.toks[n].clean = gap != "" && strings.TrimSpace(gap) == "" && !strings.Contains(gap, "\n\n")
		}
		for i := n; i < len(f.toks); i++ {
			f.sent = append(f.sent, group)
			f.orig = append(f.orig, int32(si))
		}
	}
	f.cover = make([]bool, len(f.toks))
}

// titleStop reports whether token i is a title abbreviation ending in a
// period ("Gen.", "Spc.", "Lt."), after which a sentence does not end.
func (f *finder) titleStop(i int) bool {
	t := f.toks[i]
	w := f.doc.Body[t.start:t.end]
	return t.cap && strings.HasSuffix(w, ".") && abbrevs[strings.TrimSuffix(w, ".")] && titleWords[t.key]
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
		f.extendPlace(&c)
		f.add(c)
		i = c.b
	}
}

// partOfOtherName reports whether a one-word match of a person is the
// end of someone else's name: "Salami" in "Clementine Nkweta-Salami", or
// a surname after an unknown first name.
func (f *finder) partOfOtherName(a, b int, h *hit) bool {
	if t := f.kb.recs[h.rec].typ; b-a == 1 && !h.upper && !f.toks[a].upper && (t == bluf.Organization || t == bluf.ArmedGroup) &&
		b < len(f.toks) && f.toks[b].clean && f.toks[b].cap && f.sent[b] == f.sent[a] && !f.toks[a].poss {
		if k := f.toks[b].key; !stopCaps[k] && !titleWords[k] && !titleDomain[k] && !orgHeads[k] && !calendar[k] {
			return true // "Amal Clooney" is not the Amal movement
		}
	}
	if f.kb.recs[h.rec].typ == bluf.Person && b < len(f.toks) && f.toks[b].clean && f.toks[b].cap && f.sent[b] == f.sent[a] &&
		!stopCaps[f.toks[b].key] && !titleWords[f.toks[b].key] {
		all := true
		for i := a; i < b; i++ {
			all = all && givenNames[f.toks[i].key]
		}
		if all {
			return true // "Abdul Qadir" opening "Abdul Qadir Jilani"
		}
	}
	if f.kb.recs[h.rec].typ == bluf.Person && b+1 < len(f.toks) && f.toks[b].clean && f.particle(b) &&
		arabicArticle[strings.ToLower(f.doc.Body[f.toks[b].start:f.toks[b].end])] && f.toks[b+1].joined && f.toks[b+1].cap &&
		f.sent[b+1] == f.sent[a] {
		all := true
		for i := a; i < b; i++ {
			k := f.toks[i].key
			all = all && (givenNames[k] || f.kb.given[k] || k == "ABU" || k == "UMM")
		}
		if all {
			return true // "Abu Hussein" opening "Abu Hussein al-Hamidawi"
		}
	}
	if a == 0 || f.sent[a-1] != f.sent[a] {
		return false
	}
	t, p := f.toks[a], f.toks[a-1]
	pw := f.doc.Body[p.start:p.end]
	if b-a == 1 && f.kb.recs[h.rec].typ == bluf.Location && p.cap && (titleWords[p.key] || abbrevs[strings.TrimSuffix(pw, ".")] && pw != strings.TrimSuffix(pw, ".")) && t.clean &&
		b < len(f.toks) && f.toks[b].clean && f.toks[b].cap && f.sent[b] == f.sent[a] {
		return true // "Spc. Lorraine Walsh" is no place
	}
	if shipPrefixes[p.key] && p.upper {
		return true // "USS Harry S. Truman" is a ship
	}
	if b-a == 1 && b < len(f.toks) && f.toks[b].joined && f.toks[b].cap && p.cap && t.clean && (givenNames[p.key] || f.kb.given[p.key]) &&
		f.kb.recs[h.rec].typ != bluf.State && f.sent[b] == f.sent[a] {
		return true // "Ben Murray-Bruce": a double-barrelled surname
	}
	if t.joined && p.cap && !f.cover[a-1] {
		return true // inside a hyphenated word whose start is no name we know
	}
	if t.joined && arabicArticle[strings.ToLower(f.doc.Body[p.start:p.end])] {
		return true // a nisba in a name: "Abu Jandal al-Kuwaiti"
	}
	surname := b-a == 1 || b-a == 2 && arabicArticle[strings.ToLower(f.doc.Body[t.start:t.end])]
	if !surname || h.kind != hitName || f.kb.recs[h.rec].typ != bluf.Person {
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
	if b-a != 1 {
		return false
	}
	k := f.toks[a].key
	if shipPrefixes[k] && b < len(f.toks) && f.toks[b].cap {
		return true // "USS Harry S. Truman" is a ship
	}
	if h.upper {
		return false
	}
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

// extendPlace grows a known place by the place words after it: "Idlib
// Province" is Idlib; "Tabqa Dam" and "Incirlik Air Base" are places of
// their own.
func (f *finder) extendPlace(c *cand) {
	toks := f.toks
	if c.rec < 0 || f.kb.recs[c.rec].typ != bluf.Location || c.kind == hitDemonym {
		return
	}
	j, end := c.b, -1
	if j < len(toks) && toks[j].clean && !toks[j].cap && adminHeads[toks[j].key] && f.sent[j] == f.sent[c.a] {
		end = j + 1 // "Idlib province"
	}
	for end < 0 && j < len(toks) && j < c.b+3 && toks[j].clean && toks[j].cap && f.sent[j] == f.sent[c.a] {
		if locHeads[toks[j].key] || toks[j].key == "AIRFIELD" || toks[j].key == "AIRPORT" {
			end = j + 1
		}
		j++
	}
	if end < 0 {
		return
	}
	r := &f.kb.recs[c.rec]
	if end < len(toks) && toks[end].clean && toks[end].cap && orgHeads[toks[end].key] && f.sent[end] == f.sent[c.a] {
		// "Kharkiv City Council", "Basra Provincial Council": an
		// organization named after the place.
		end++
		*c = cand{a: c.a, b: end, start: c.start, end: toks[end-1].end, rec: noRec, typ: orgType(toks[c.a:end]),
			key: "organization:" + keyOf(toks[c.a:end]), name: f.surface(c.a, end), affil: r.in, code: r.codeAt(f.date)}
		return
	}
	if adminHeads[toks[end-1].key] && end == c.b+1 {
		c.b, c.end = end, toks[end-1].end
		c.kind = hitName
		return
	}
	*c = cand{a: c.a, b: end, start: c.start, end: toks[end-1].end, rec: noRec, typ: bluf.Location,
		key: "location:" + keyOf(toks[c.a:end]), name: f.surface(c.a, end), affil: r.in}
}
