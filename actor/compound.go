package actor

import (
	"strings"

	"bluf"
)

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
			if p.rec >= 0 && p.kind == hitName && p.b == c.a && toks[c.a].clean && !toks[p.b-1].poss && c.rec == noRec &&
				(p.typ == bluf.Government || p.typ == bluf.Organization || p.typ == bluf.ArmedGroup) {
				// "Pentagon Press Secretary Peter Cook", "U.S. Army General
				// Joseph Votel": the office opens the person's mention.
				out = out[:len(out)-1]
				c.na = c.nameStart()
				c.a, c.start = p.a, p.start
				if c.affil == "" {
					c.affil = f.kb.recs[p.rec].display()
				}
			} else if (p.typ == bluf.Nationality || p.rec >= 0 && p.kind == hitName && f.kb.recs[p.rec].typ == bluf.State) && p.b == c.a && toks[c.a].clean {
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
		// "the U.S.-led coalition", "Iran-backed militias": a group tied
		// to a state, named with it.
		if c.rec >= 0 && (c.kind == hitName || c.kind == hitDemonym) && c.b+1 < len(toks) && toks[c.b].joined && !toks[c.b].cap && sponsorWords[toks[c.b].key] {
			j := c.b + 1
			for j < len(toks) && toks[j].clean && !toks[j].cap && !f.cover[j] && (groupNouns[toks[j].key] || sponsoredGroups[toks[j].key] || toks[j].key == "SHIA" || toks[j].key == "SHIITE" || toks[j].key == "ARMED") && !toks[j-1].poss {
				j++
			}
			if j > c.b+1 {
				typ := bluf.ArmedGroup
				switch toks[j-1].key {
				case "COALITION", "ALLIANCE", "NATIONS", "COUNTRIES", "PARTNERS", "GOVERNMENT", "GOVERNMENTS":
					typ = bluf.Organization
				}
				for k := c.b; k < j; k++ {
					f.cover[k] = true
				}
				name := f.surface(c.a, j)
				out = append(out, cand{a: c.a, b: j, start: c.start, end: toks[j-1].end, rec: noRec, typ: typ,
					key: "organization:" + keyOf(toks[c.a:j]), name: name, affil: f.kb.recs[c.rec].display()})
				continue
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
					r := &f.kb.recs[c.rec]
					generic := f.genericOrg(n.a, n.b)
					if toks[c.b-1].poss {
						if generic {
							// "Iran's Foreign Ministry": the state stays a
							// mention of its own; the ministry is Iran's.
							f.ownOrgan(&n, n.a, r, r.display()+"'s "+f.surface(n.a, n.b))
							out = append(out, c, n)
							x++
							continue
						}
					} else {
						orgA := n.a
						n.a, n.start = c.a, c.start
						n.name = f.surface(n.a, n.b)
						n.key = "organization:" + keyOf(toks[n.a:n.b])
						n.affil = r.display()
						if generic && c.kind == hitDemonym {
							// "Iranian Foreign Ministry"; but "Taiwan
							// Affairs Office", named with a state's name,
							// may be another state's.
							f.ownOrgan(&n, orgA, r, n.name)
						}
						out = append(out, n)
						x++
						continue
					}
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

// genericWords name a state's organs without naming the state: a
// "Foreign Ministry" or a "General Staff" is some state's.
var genericWords = set(`Foreign Defence Defense Interior Home General Staff Health Finance Education Justice
Security National Armed Forces Force Air Naval Navy Army Special Central Supreme Federal Military Intelligence
Public Affairs Energy Oil Trade Economy Economic Agriculture Water Electricity Information Communications
Transport Labour Labor Industry Culture Tourism Environment Planning Housing Police Presidential Prime
Minister's Ministers Council Cabinet Ministry Department Office Committee Command Parliament Court Bank
Guard Service Services Agency Directorate Border Coast Emergency Situations Revolutionary Joint Chiefs of
Ministry's the and for`)

// genericOrg reports whether tokens [a, b) name an organ any state may
// have ("Foreign Ministry", "General Staff", "Ministry of Defence").
func (f *finder) genericOrg(a, b int) bool {
	for _, t := range f.toks[a:b] {
		if !genericWords[t.key] {
			return false
		}
	}
	return b > a
}

// ownOrgan makes n the organ of state record r: its entity is keyed by
// the state ("iran-foreign-ministry"), so that two states' foreign
// ministries stay apart, and coded as the state's government or
// military.
func (f *finder) ownOrgan(n *cand, orgA int, r *record, name string) {
	state := r.codeAt(f.date)
	if len(state) > 3 {
		state = state[:3]
	}
	agent := "GOV"
	for _, t := range f.toks[orgA:n.b] {
		switch t.key {
		case "ARMY", "FORCES", "FORCE", "STAFF", "NAVY", "NAVAL", "MILITARY", "GUARD":
			agent = "MIL"
		}
	}
	n.name = name
	n.affil = r.display()
	n.typ = bluf.Government
	n.key = "group:" + r.id + ":" + strings.ToUpper(Slug(f.surface(orgA, n.b)))
	if state != "" {
		n.code = state + agent
	}
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
					(n.b >= len(f.toks) || f.sent[n.b] != f.sent[n.a] || !f.toks[n.b].clean || !f.toks[n.b].cap) {
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
		if c.b-c.a != 1 || !f.shortForm(c.a) || p.titleOnly || p.typ == bluf.Nationality || p.typ == bluf.Person {
			continue
		}
		switch gap := body[p.end:c.start]; {
		case gap == " (" && c.end < len(body) && body[c.end] == ')' && (f.toks[c.a].upper || initialsMatch(capitals(body[c.start:c.end]), f.toks[p.nameStart():p.b])):
		case gap == ", or " && initialsMatch(capitals(body[c.start:c.end]), f.toks[p.nameStart():p.b]):
			// "Maghawir al-Thawra, or MaT".
		default:
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
		if c.b-c.a != 1 || !f.shortForm(c.a) {
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

// shortForm reports whether token i may be an acronym: all capitals
// ("MOIS") or capitals with a lower-case letter between ("MaT").
func (f *finder) shortForm(i int) bool {
	t := f.toks[i]
	return t.upper || t.cap && len(capitals(f.doc.Body[t.start:t.end])) >= 2
}
