package actor

import (
	"math"
	"sort"
	"strings"

	"bluf"
)

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
	// heuristic entities take the longest name they are called by
	// ("Amina Kovacs" over an earlier "Kovacs").
	heuristic bool
}

// resolve assigns every candidate to an entity, then ranks the entities.
func (f *finder) resolve() ([]bluf.Mention, []bluf.Entity) {
	f.disambiguate()
	person := f.personEvident()
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
		keys := []string{words[len(words)-1], words[0] + " " + words[len(words)-1]}
		if last := ts[len(ts)-1]; last.joined && !last.cap || len(words) == 2 && familyFirst[words[0]] {
			// "Lai Ching-te", "Lee Jae-myung", "Liu Xiaoming": the family
			// name comes first.
			keys = append(keys, words[0])
		}
		for _, w := range keys {
			if k, ok := surname[w]; ok && k != key {
				ambiguous[w] = true
			}
			surname[w] = key
		}
	}
	for _, c := range f.cands {
		if c.typ == bluf.Person && c.b-c.a > 1 && !c.titleOnly && (!c.guess || person[c.key]) {
			key := c.key
			if c.rec >= 0 {
				key = "kb:" + f.kb.recs[c.rec].id
			}
			note(key, f.toks[c.nameStart():c.b])
		}
	}
	// Names the document shows to be places ("in al-Tanf"), websites
	// ("Polygraph.info") or one-word organizations ("the Wikileaks
	// founder"): a bare mention of the same name elsewhere,
	// guessed a person, is the same place or outlet.
	other := map[string]*cand{}
	for x := range f.cands {
		c := &f.cands[x]
		if c.rec == noRec && !c.weak && !c.titleOnly && c.title == "" && (c.typ == bluf.Location || c.site || c.b-c.a == 1 && c.typ == bluf.Organization) {
			if k := keyOf(f.toks[c.a:c.b]); other[k] == nil {
				other[k] = c
			}
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
		case c.guess && !person[c.key]:
			continue // two capitalised words, and nothing says whose name
		case c.rec >= 0 && c.kind == hitCapital:
			r := &f.kb.recs[c.rec]
			if r.state >= 0 && !f.inPlace(x) {
				e = get(kbEntity(r.state))
				mtype = bluf.Government
			} else {
				e = get(kbEntity(c.rec))
			}
		case c.rec >= 0 && c.typ == bluf.Person && c.b-c.nameStart() <= 2 && f.localSurname(c, surname, ambiguous) != "":
			// A known surname ("Assad") used for someone the document names
			// in full ("Hafez al-Assad"): that person, not the known one.
			e = byKey[f.localSurname(c, surname, ambiguous)]
			if e == nil {
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
			src := c
			if c.typ == bluf.Person || c.weak {
				if k, ok := f.surnameOf(c, surname, ambiguous); ok {
					key = k
					mtype = bluf.Person
				} else if o := other[keyOf(f.toks[c.a:c.b])]; o != nil && c.title == "" {
					// "Sarmada" after "Sarmada, Syria"; "told Polygraph"
					// where "Polygraph.info" is written elsewhere.
					key, mtype, src = o.key, o.typ, o
				} else if c.told {
					oc := *c
					oc.typ, oc.key, oc.weak = bluf.Organization, "organization:"+keyOf(f.toks[c.a:c.b]), false
					key, mtype, src = oc.key, oc.typ, &oc
				} else if c.weak {
					continue
				}
			}
			if id, ok := strings.CutPrefix(key, "kb:"); ok {
				// A short form seen before the full name it stands for.
				e = get(kbEntity(f.kb.byID[id]))
				break
			}
			cc := src
			e = get(key, func() bluf.Entity {
				id := Slug(cc.name)
				if cc.code != "" && strings.HasPrefix(cc.key, "group:") {
					id = strings.TrimPrefix(cc.key, "group:")
					id = strings.ReplaceAll(strings.ToLower(id), ":", "-")
				}
				return bluf.Entity{ID: id, Name: cc.name, Type: cc.typ, Code: cc.code, Role: cc.title, Affiliation: cc.affil}
			})
			e.heuristic = !strings.HasPrefix(key, "group:")
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
	// document holding that title (a role ending in those words).
	holders := map[string][]*entity{}
	for _, e := range order {
		if e.Type != bluf.Person || e.Role == "" {
			continue
		}
		w := strings.Fields(strings.ToLower(e.Role))
		for i := range w {
			k := strings.Join(w[i:], " ")
			if hs := holders[k]; len(hs) == 0 || hs[len(hs)-1] != e {
				holders[k] = append(hs, e)
			}
		}
	}
	for x := range f.cands {
		c := &f.cands[x]
		if !c.titleOnly {
			continue
		}
		want := strings.Join(strings.Fields(strings.ToLower(f.doc.Body[c.start:c.end])), " ")
		if hs := holders[want]; len(hs) == 1 && !f.followedByName(c) {
			m := bluf.Mention{Start: c.start, End: c.end, Text: f.doc.Body[c.start:c.end], Type: bluf.Person, Entity: hs[0].ID}
			out = append(out, placed{m, hs[0], c})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].m.Start < out[j].m.Start })
	// A person first called by a short form takes the longest name the
	// document gives, and the ID that goes with it, so that the ID is the
	// same whichever form comes first.
	for _, p := range out {
		e := p.e
		if !e.heuristic || e.Type != bluf.Person || p.c.titleOnly || p.c.rec != noRec {
			continue
		}
		if n := p.c.b - p.c.nameStart(); n > len(strings.Fields(e.Name)) {
			e.Name = f.doc.Body[f.toks[p.c.nameStart()].start:p.c.end]
			e.ID = Slug(e.Name)
		}
	}
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
		s := f.sents[f.orig[p.c.a]]
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

// personEvident returns the keys of the guessed person names (see
// cand.guess) that some mention shows to be people's: the full name in a
// telling context, or its last word alone in one ("Kovacs said").
func (f *finder) personEvident() map[string]bool {
	out := map[string]bool{}
	last := map[string]string{}
	for _, c := range f.cands {
		if !c.guess {
			continue
		}
		if c.evid {
			out[c.key] = true
		}
		w := f.toks[c.b-1].key
		if k, ok := last[w]; ok && k != c.key {
			last[w] = ""
		} else {
			last[w] = c.key
		}
	}
	if len(last) == 0 {
		return out
	}
	// Names listed together are alike: "Nanami Okabe and Tomasz
	// Wierzbicki wrote": if one is a person, so is the other.
	for pass := 0; pass < 2; pass++ {
		for x := 1; x < len(f.cands); x++ {
			p, c := &f.cands[x-1], &f.cands[x]
			if p.typ != bluf.Person || c.typ != bluf.Person || p.titleOnly || c.titleOnly || f.sent[p.a] != f.sent[c.a] {
				continue
			}
			if gap := f.doc.Body[p.end:c.start]; gap != " and " && gap != ", " && gap != ", and " {
				continue
			}
			pp := !p.guess && !p.weak || out[p.key]
			cp := !c.guess && !c.weak || out[c.key]
			if pp && c.guess {
				out[c.key] = true
			}
			if cp && p.guess {
				out[p.key] = true
			}
		}
	}
	for _, c := range f.cands {
		if c.rec >= 0 || c.titleOnly || c.typ != bluf.Person || c.b-c.nameStart() != 1 {
			continue
		}
		if k := last[f.toks[c.b-1].key]; k != "" && !out[k] && f.personEvidence(c.nameStart(), c.b) {
			out[k] = true
		}
	}
	return out
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

// polityWords before a country make it the country as a whole, a place,
// rather than its government acting ("the people of Syria", "a new
// Syria"); before a capital they do not ("the influence of Tehran").
var polityWords = set(`of on a an new future democratic free postwar post-war`)

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
	if t := f.toks[a]; t.upper && t.letters > 3 && b < len(f.toks) {
		rest := f.doc.Body[f.toks[b-1].end:]
		if strings.HasPrefix(rest, ",") || t.sentStart && (strings.HasPrefix(rest, " —") || strings.HasPrefix(rest, " –") ||
			strings.HasPrefix(rest, " -") || strings.HasPrefix(rest, "—")) {
			return true // a dateline: "KYIV, March 3", "KHARTOUM —"
		}
	}
	if b < len(f.toks) && f.sent[b] == f.sent[a] && f.toks[b].clean && titleWords[f.toks[b].key] && f.toks[b].cap {
		return true // "Kyiv Mayor Vitali Klitschko"
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
	// A possessive acts ("in Washington's view"), unless a place follows
	// ("in Syria's Idlib province").
	if end := f.cands[x].b; f.toks[end-1].poss && !(x+1 < len(f.cands) && f.cands[x+1].a == end && f.cands[x+1].typ == bluf.Location) {
		return false
	}
	if polityWords[p.key] && !p.cap {
		return f.cands[x].kind == hitName && f.cands[x].rec >= 0 && f.kb.recs[f.cands[x].rec].typ == bluf.State
	}
	return placePreps[p.key] || placeVerbs[p.key] && !p.cap
}

// followedByName reports whether a title is directly followed by a name
// (then it is part of that person's mention, not a mention itself).
func (f *finder) followedByName(c *cand) bool {
	x := sort.Search(len(f.cands), func(i int) bool { return f.cands[i].a >= c.b })
	return x < len(f.cands) && f.cands[x].a == c.b && f.toks[c.b].clean && f.cands[x].typ == bluf.Person
}

// localSurname returns the key of the person named in full in the
// document whose surname the short dictionary match c is, when that
// person is not c's own entity; "" otherwise.
func (f *finder) localSurname(c *cand, surname map[string]string, ambiguous map[string]bool) string {
	k, ok := f.surnameOf(c, surname, ambiguous)
	if !ok || k == "kb:"+f.kb.recs[c.rec].id {
		return ""
	}
	return k
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
		if strings.HasSuffix(e.Code, "CVL") || strings.HasSuffix(e.ID, "-bus") {
			s *= 0.6 // a population or a country's companies, not an actor
		}
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
