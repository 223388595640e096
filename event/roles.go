package event

import (
	"strings"

	"bluf"
)

// Words that end a clause for the purpose of finding a verb's actors.
var clauseWords = map[string]bool{
	"WHILE": true, "BUT": true, "ALTHOUGH": true, "THOUGH": true, "BECAUSE": true,
	"WHEREAS": true, "WHICH": true, "WHO": true, "THAT": true, "UNLESS": true,
	"IF": true, "WHEN": true, "WHERE": true, "AFTER": true, "BEFORE": true,
	"SINCE": true, "UNTIL": true, "AS": true, "WHOSE": true, "HOW": true, "WHY": true, "WHETHER": true,
}

var relativeWords = map[string]bool{"WHO": true, "WHICH": true, "THAT": true, "WHOSE": true}

var clausePunct = map[string]bool{";": true, ":": true, "(": true, ")": true, "—": true, "–": true, "\"": true, "“": true, "”": true, "?": true, "!": true}

// locative prepositions: an actor after one is where, not whom.
var locative = map[string]bool{
	"IN": true, "AT": true, "NEAR": true, "ACROSS": true, "INSIDE": true, "WITHIN": true,
	"THROUGHOUT": true, "AROUND": true, "OUTSIDE": true, "OVER": true, "UNDER": true,
	"ALONG": true, "NORTH": true, "SOUTH": true,
	"EAST": true, "WEST": true, "ACROSS-BORDER": true,
}

var determiners = map[string]bool{
	"A": true, "AN": true, "THE": true, "ITS": true, "THEIR": true, "HIS": true, "HER": true,
	"THIS": true, "THESE": true, "THOSE": true, "ANY": true, "NO": true, "EVERY": true,
	"EACH": true, "SEVERAL": true, "MANY": true, "FURTHER": true, "NEW": true, "RECENT": true,
	"LATEST": true, "FRESH": true, "SOME": true, "'S": true, "OUR": true, "MORE": true,
	"DEADLY": true, "MAJOR": true, "REPEATED": true, "RETALIATORY": true, "FIRST": true,
	"SECOND": true, "LAST": true, "PAST": true, "OF": true, "FOR": true,
}

var beForms = map[string]bool{
	"IS": true, "ARE": true, "WAS": true, "WERE": true, "BE": true, "BEEN": true, "BEING": true,
	"GET": true, "GOT": true, "GETS": true, "'S": true,
}

// roles finds the source and target of the verb m and returns its events
// (several when either side is a coordination: "Qatar and Oman").
func (c *Coder) roles(m *match, toks []token, sp []span, inActor []int, prevSrc *span) []coded {
	lo := clauseStart(toks, m.first)
	hi := clauseEnd(toks, m.last)
	m.passive = !m.nominal && (isPassive(toks, m.first, m.form) || reducedRelative(toks, m.first, inActor))
	// "is expected to sign", "was widely seen as", "are believed to
	// remain": a passive of thinking or saying judges what follows; it
	// is no act toward its subject.
	if m.passive && judgmentVerbs[m.form.lemma] && afterWord(toks, m.last, hi, sp, inActor, "BY") == nil {
		return nil
	}
	if !m.nominal && !m.passive && isNominal(toks, m.first, m.form, inActor) {
		m.nominal = true
	}
	if !m.nominal && !m.passive && nounForm(toks[m.vi].up, m.form) && objectOfVerb(toks, m.first, inActor) {
		// "or reopen talks with", "to resume talks": the object of
		// another verb.
		m.nominal = true
	}
	if !m.nominal && !m.passive && nounForm(toks[m.vi].up, m.form) && leftActor(toks, m.first, lo, sp, inActor) == nil &&
		!(prevSrc != nil && sharesSubject(toks, m.first, inActor, prevSrc)) && !verbPlace(toks, m) {
		// A bare noun-like form with no subject: "a lull in attacks".
		m.nominal = true
	}
	if m.nominal && !m.inSupport {
		u := toks[m.vi].up
		if notEventNoun[u] || m.last+1 < len(toks) && compoundHead[toks[m.last+1].up] {
			// "ISIL targets", "attack planners": not events.
			return nil
		}
		if m.pat != nil && m.patternEnd-m.last > 3 {
			// A pattern reaching far past a noun describes a verb's
			// object, not this noun's.
			m.pat, m.srcAfter, m.tgtBefore = nil, false, false
			m.code, m.alt = m.form.code, m.form.alt
			if m.code == "" {
				m.code, m.alt = m.form.block.code, m.form.block.alt
			}
			if m.code == "" {
				return nil
			}
		}
	}
	var src, tgt []*span
	switch {
	case m.inSupport:
		if a := leftActor(toks, m.first-1, clauseStart(toks, m.first-1), sp, inActor); a != nil {
			src = []*span{a}
		}
		if a := afterWord(toks, m.last, hi, sp, inActor, "OF"); a != nil && !modifies(toks, a) {
			tgt = coordinated(toks, sp, a, hi)
		}
		// "In support of the army, coalition aircraft struck": the
		// subject follows the fronted phrase.
		if len(src) == 0 && len(tgt) > 0 && m.first == 1 {
			last := tgt[len(tgt)-1].last
			if last+1 < len(toks) && toks[last+1].up == "," {
				for k := last + 2; k < len(toks) && k <= last+4; k++ {
					if inActor[k] >= 0 {
						src = []*span{&sp[inActor[k]]}
						break
					}
				}
			}
		}
		if len(src) == 0 || len(tgt) == 0 {
			return nil
		}
	case m.againstOnly:
		if a := adjacentLeft(toks, m.first, sp, inActor); a != nil {
			src = []*span{a}
		} else if a := afterWord(toks, m.last, hi, sp, inActor, "BY"); a != nil {
			src = []*span{a}
		} else if j := c.lightVerbBefore(toks, m.first); j >= 0 {
			if a := leftActor(toks, j, clauseStart(toks, j), sp, inActor); a != nil {
				src = []*span{a}
			}
		}
		preps := []string{"AGAINST"}
		if u := toks[m.vi].up; u == "WAR" || u == "WARS" {
			preps = append(preps, "ON") // "the war on ISIS"
		}
		a := afterWord(toks, m.last, hi, sp, inActor, preps...)
		if a == nil || a.place || armedFoe[toks[m.vi].up] && !armed(a) {
			return nil
		}
		tgt = coordinated(toks, sp, a, hi)
	case m.nominal:
		// "US strikes", "Israel's strikes", "militia attacks".
		if a := adjacentLeft(toks, m.first, sp, inActor); a != nil {
			src = []*span{a}
		} else if a := afterWord(toks, m.last, hi, sp, inActor, "BY"); a != nil {
			src = []*span{a}
		} else if j := c.lightVerbBefore(toks, m.first); j >= 0 {
			// "Iran launched a drone attack on": the light verb's
			// subject.
			if a := leftActor(toks, j, clauseStart(toks, j), sp, inActor); a != nil {
				src = []*span{a}
			}
		} else if m.first > 0 && (toks[m.first-1].up == "THEIR" || toks[m.first-1].up == "ITS") {
			// "Mali and Niger announced their withdrawal": the
			// possessive is the clause's subject.
			if a := leftActor(toks, m.first-1, lo, sp, inActor); a != nil && a.last < m.first-2 && !a.place {
				src = coordinatedLeft(toks, sp, a)
			}
		}
		preps := []string{"ON", "AGAINST", "TARGETING", "AT", "FROM", "INTO", "TO", "WITH"}
		if quadClass(rootOf(m.code)) == 4 {
			// "strikes coordinated with Iraq": with is an ally here.
			preps = []string{"ON", "AGAINST", "TARGETING", "AT", "INTO"}
		}
		if a := afterWord(toks, m.last, hi, sp, inActor, preps...); a != nil && (violent(m.code) || !demonymOf(toks, a, inActor)) {
			// "tariffs on Chinese goods" concern goods; violence
			// "on Iranian facilities" still strikes Iran.
			tgt = coordinated(toks, sp, a, hi)
		} else if strings.HasSuffix(m.form.words[m.form.verb], "ING") || m.form != nil && strings.HasSuffix(toks[m.vi].up, "ING") {
			if a := afterWord(toks, m.last, hi, sp, inActor, "OF"); a != nil {
				tgt = []*span{a}
			}
		}
		if tgt == nil && quadClass(rootOf(m.code)) == 4 && c.lightVerbBefore(toks, m.first) >= 0 {
			// "conducted 23 strikes using fighter aircraft against
			// ISIL": "against" further on in the clause.
			for j := m.last + 1; j <= hi && j < len(toks); j++ {
				if toks[j].up == "AGAINST" {
					if a := afterWord(toks, j-1, hi, sp, inActor, "AGAINST"); a != nil && !a.place {
						tgt = coordinated(toks, sp, a, hi)
					}
					break
				}
			}
		}
		if tgt == nil && quadClass(rootOf(m.code)) == 4 {
			if a := afterWord(toks, m.last, hi, sp, inActor, "IN", "NEAR", "AT", "ACROSS"); a != nil && (a.place || a.typ == bluf.State) && afterLocative(toks, a) {
				tgt = []*span{a}
			}
		}
		if tgt == nil {
			return nil
		}
	case m.passive:
		if a := afterWord(toks, m.last, hi, sp, inActor, "BY"); a != nil {
			src = coordinated(toks, sp, a, hi)
		}
		if a := leftActor(toks, m.first, lo, sp, inActor); a != nil {
			tgt = coordinatedLeft(toks, sp, a)
		}
	default:
		if prevSrc != nil && sharesSubject(toks, m.first, inActor, prevSrc) {
			// ", killing ...", "... and could launch": the subject of
			// the verb before.
			src = []*span{prevSrc}
		} else if a := leftActor(toks, m.first, lo, sp, inActor); a != nil {
			src = coordinatedLeft(toks, sp, a)
		}
		if a := rightActor(toks, m.last, hi, sp, inActor, violent(m.code) || strings.HasPrefix(m.code, "042"), reachesThrough(m.code), c.verbs.isVerb); a != nil {
			tgt = coordinated(toks, sp, a, hi)
		}
		if m.srcAfter || m.tgtBefore {
			src, tgt = tgt, src
		}
		// "discussed support for the army": what is discussed is a
		// topic; whom with follows "with".
		if len(tgt) > 0 && topicVerbs[m.form.lemma] && !m.tgtBefore && !wordBetween(toks, m.last, tgt[0].first, "WITH") {
			tgt = nil
		}
	}
	// "raids in support of the army": whom violence supports is no
	// target of it.
	if len(tgt) > 0 && tgt[0] != nil && violent(m.code) && supported(toks, tgt[0]) {
		tgt = nil
		if m.nominal {
			return nil
		}
	}
	// "soldiers visiting from the 3rd Battalion": where visitors come
	// from is not whom they visit.
	if !m.passive && len(tgt) > 0 && tgt[0] != nil && tgt[0].first > m.last && (strings.HasPrefix(m.code, "042") || strings.HasPrefix(m.code, "043")) && wordBetween(toks, m.last, tgt[0].first, "FROM") {
		tgt = nil
	}
	// "officials said the island's forces were": whom a statement is
	// about follows "said"; it is not said to them.
	if m.pat == nil && (m.form.lemma == "SAY" || m.form.lemma == "STATE") && !m.srcAfter {
		tgt = nil
	}
	// "fighters joined the rebels": people joining a group become its
	// members; that is no cooperation between two actors.
	if m.form.lemma == "JOIN" && len(src) == 1 && src[0] != nil && src[0].agentOnly && len(tgt) > 0 && (tgt[0].typ == bluf.ArmedGroup || tgt[0].typ == bluf.Organization) {
		return nil
	}
	if len(src) == 0 && len(tgt) == 0 {
		return nil
	}
	// "determining Iran's policy", "the signing of": a gerund with no
	// actor of its own names an activity, not an event between two
	// parties, unless it is violence or names its partner after
	// "with".
	if len(src) == 0 && m.nominal && !violent(m.code) && strings.HasSuffix(toks[m.vi].up, "ING") && !(len(tgt) > 0 && tgt[0] != nil && wordBetween(toks, m.last, tgt[0].first, "WITH")) {
		return nil
	}
	// "the leaders see ECOWAS as a threat", "Beijing views Taipei as":
	// a perception of an actor is no act toward it.
	if perceiveVerbs[m.form.lemma] && m.pat == nil && len(tgt) > 0 && tgt[0] != nil && tgt[0].first > m.last {
		last := tgt[len(tgt)-1].last
		for j := last + 1; j < len(toks) && j <= last+2; j++ {
			if toks[j].up == "AS" {
				return nil
			}
		}
	}
	// "in remarks at Vietnam's party headquarters", "the seizure
	// totals": a noun of speech with no speaker is no statement.
	if !anyCode(src) && m.nominal && rootOf(m.code) == "01" {
		return nil
	}
	// "Simpson suggested the reason residents stay": an active verb
	// whose subject is no known actor says nothing of its object but
	// violence done to it.
	if !anyCode(src) && !m.passive && !m.nominal && !violent(m.code) {
		return nil
	}
	// "trying to overcome a mountain of mistrust": force with no
	// known actor on either side is a figure of speech, or says
	// nothing an analyst can use.
	if !anyCode(src) && !anyCode(tgt) {
		return nil
	}
	// "Coastal states are exposed": with no coded actor on either side
	// only violence says something.
	if !violent(m.code) && !anyCode(src) && !anyCode(tgt) {
		return nil
	}
	if len(tgt) == 0 && len(src) >= 2 && mutual(m.code) && mutualVerb(toks, m) {
		// "Iran and Iraq signed a security pact", "the Philippines and
		// France agree", "the two armies clashed": each acts toward
		// the other.
		tgt = src
	}
	// "conducted five airstrikes": a light verb whose object is an
	// event noun is no event of its own.
	if lightVerbs[m.form.lemma] && eventObject(toks, m.last, c.verbs.isVerb) {
		return nil
	}
	// "engage in talks", "engage with Iran": these verbs fight only
	// when a pattern says so or an actor is their direct object.
	if m.pat == nil && needsObject[m.form.lemma] && !directObject(toks, m.last, inActor) {
		return nil
	}
	// "defending its border against militias", "unite against
	// ISIL": cooperation with whom one acts against is the wrong sign.
	if len(tgt) > 0 && tgt[0] != nil && quadClass(rootOf(m.code)) <= 2 && against(toks, tgt[0]) {
		return nil
	}
	// Without a target only violence is worth reporting ("militants
	// attacked"); a statement or meeting with no counterpart is not.
	if len(tgt) == 0 && !violent(m.code) {
		return nil
	}
	// "China sent troops to the border": bare troops sent or deployed
	// are the sender's own; where they go is the counterpart.
	if !m.passive && len(src) > 0 && src[0] != nil && len(tgt) > 0 && tgt[0] != nil && tgt[0].agentOnly && tgt[0].first > m.last && movesOwn[m.form.lemma] {
		if a := afterWord(toks, tgt[0].last, hi, sp, inActor, "TO", "INTO", "IN", "ACROSS", "NEAR"); a != nil {
			tgt = []*span{a}
		} else if violent(m.code) {
			tgt = nil
		} else {
			return nil
		}
	}
	// "able to engage Iraq": engaging a state outside any fighting is
	// dealing with it.
	if m.form.lemma == "ENGAGE" && violent(m.code) && len(tgt) > 0 && tgt[0] != nil && !armed(tgt[0]) && !militaryContext(toks, lo, hi, src) {
		m.code, m.alt = "040", ""
	}
	// "American troops leave Syria": leaving a place is no trip to it.
	// Troops leaving withdraw; a state leaving a bloc cuts relations;
	// anyone else leaving somewhere does nothing to it. "Left for
	// Nairobi" is still a journey there.
	if departVerbs[m.form.lemma] && !m.passive && len(tgt) > 0 && tgt[0] != nil && tgt[0].first > m.last && directObject(toks, m.last, inActor) {
		switch {
		case militaryContext(toks, lo, hi, src):
			m.code, m.alt = "0874", ""
		case strings.HasPrefix(tgt[0].ref.Code, "IGO") || tgt[0].typ == bluf.Organization:
			m.code, m.alt = "161", ""
		default:
			return nil
		}
	}
	// "announced their withdrawal from ECOWAS": leaving an
	// organization or a treaty reduces relations; only troops leave
	// militarily.
	if strings.HasPrefix(m.code, "087") && !militaryContext(toks, lo, hi, src) {
		civil := false
		for _, t := range tgt {
			if t != nil && (strings.HasPrefix(t.ref.Code, "IGO") || t.typ == bluf.Organization) {
				civil = true
			}
		}
		for j := m.last + 1; j <= hi && j < len(toks) && j <= m.last+5; j++ {
			if treatyNoun[toks[j].up] {
				civil = true
			}
		}
		if civil {
			m.code, m.alt = "161", ""
		}
	}
	mod := modality(toks, m, lo)
	var out []coded
	if len(src) == 0 {
		src = []*span{nil}
	}
	if len(tgt) == 0 {
		tgt = []*span{nil}
	}
	for _, s := range src {
		for _, t := range tgt {
			if s != nil && t != nil && sameActor(s, t) {
				continue
			}
			// "Netanyahu visited a settlement in the West Bank",
			// "the British Foreign Office reiterated the UK's
			// position": a country's own agent acting toward the
			// country is domestic, not a relation; only violence
			// within it is reported.
			if s != nil && t != nil && quadClass(rootOf(m.code)) < 4 && domestic(s, t) {
				continue
			}
			out = append(out, coded{m: m, src: s, tgt: t, modality: mod})
			// "X visited Y" is also "Y hosted X": the dictionary's
			// reciprocal code ("042:043").
			// A symmetric code ("190:190", meant for "clashed with")
			// makes no two-way fight of a one-way verb ("attack US
			// troops with impunity").
			if m.alt != "" && s != nil && t != nil && !(m.alt == m.code && violent(m.code) && !reciprocalVerbs[m.form.lemma] && !eachOther(toks, m)) {
				out = append(out, coded{m: m, src: t, tgt: s, modality: mod, code: m.alt})
			}
		}
	}
	return out
}

// refCode returns a's code, "" for none.
func refCode(a *span) string {
	if a == nil {
		return ""
	}
	return a.ref.Code
}

// domestic reports an agent of a country and the bare country itself
// ("ISRGOV" and "ISR").
func domestic(a, b *span) bool {
	ca, cb := a.ref.Code, b.ref.Code
	if len(ca) < 3 || len(cb) < 3 || ca == cb {
		return false
	}
	for _, c := range []string{ca, cb} {
		// Rebels and the opposition stand against their country.
		if strings.Contains(c[3:], "REB") || strings.Contains(c[3:], "OPP") || strings.Contains(c[3:], "INS") || strings.Contains(c[3:], "SEP") {
			return false
		}
	}
	return countryCode(ca) != "" && (ca == countryCode(cb) || cb == countryCode(ca))
}

// anyCode reports an actor with a code among as.
func anyCode(as []*span) bool {
	for _, a := range as {
		if a != nil && a.ref.Code != "" {
			return true
		}
	}
	return false
}

// armed reports an armed actor: an armed group, or a code with a
// military or rebel agent.
func armed(a *span) bool {
	return a.typ == bluf.ArmedGroup || strings.Contains(a.ref.Code, "MIL") || strings.Contains(a.ref.Code, "REB")
}

// quantity lists nouns of number or membership through which "of"
// reaches the actor: "met a bunch of Orcs", "hosted members of Hamas".
var quantity = map[string]bool{
	"BUNCH": true, "GROUP": true, "NUMBER": true, "DOZENS": true, "HUNDREDS": true, "THOUSANDS": true,
	"SCORES": true, "MILLIONS": true, "COUPLE": true, "HANDFUL": true, "MEMBERS": true, "REPRESENTATIVES": true,
}

// equipment lists agent nouns that name weapons: actors when they
// strike ("drones struck"), things when they are supplied.
var equipment = map[string]bool{
	"DRONE": true, "DRONES": true, "AIRCRAFT": true, "JETS": true, "WARPLANE": true, "WARPLANES": true,
	"WARSHIPS": true, "WARSHIP": true, "TANKS": true, "HELICOPTERS": true,
}

// supported reports an actor after "in support of", "on behalf of" or
// "alongside".
func supported(toks []token, a *span) bool {
	j := a.first - 1
	for j >= 0 && (toks[j].up == "THE" || toks[j].up == "ITS" || toks[j].up == "THEIR") {
		j--
	}
	if j >= 0 && toks[j].up == "ALONGSIDE" {
		return true
	}
	return j >= 1 && (toks[j].up == "OF" || toks[j].up == "FOR") && (toks[j-1].up == "SUPPORT" || toks[j-1].up == "BEHALF")
}

// topicVerbs take what is talked about as their object: the other party
// comes after "with".
var topicVerbs = map[string]bool{"DISCUSS": true, "DEBATE": true, "NEGOTIATE": true}

// wordBetween reports whether word is among toks(from, to).
func wordBetween(toks []token, from, to int, word string) bool {
	for j := from + 1; j < to && j < len(toks); j++ {
		if toks[j].up == word {
			return true
		}
	}
	return false
}

// commas counts the commas in toks[from:to].
func commas(toks []token, from, to int) int {
	n := 0
	for j := from; j < to && j < len(toks); j++ {
		if toks[j].up == "," {
			n++
		}
	}
	return n
}

// sharesSubject reports a verb that takes the subject of the verb
// before it: a participle after a comma (", killing dozens"), or a verb
// coordinated with "and" after an auxiliary or a non-actor ("vowed to
// retaliate and could launch").
func sharesSubject(toks []token, i int, inActor []int, prevSrc *span) bool {
	if i > 0 && toks[i-1].up == "," && strings.HasSuffix(toks[i].up, "ING") {
		return true
	}
	j := i - 1
	aux := false
	for j >= 0 {
		switch u := toks[j].up; {
		case u == "COULD" || u == "WOULD" || u == "WILL" || u == "HAS" || u == "HAVE" || u == "HAD" || u == "MAY" ||
			u == "MIGHT" || u == "CAN" || u == "SHOULD" || u == "MUST" || u == "ALSO" || u == "THEN" || u == "LATER" || u == "NOT" ||
			strings.HasSuffix(u, "LY") && !isCapitalized(toks[j].text):
			aux = aux || !strings.HasSuffix(u, "LY")
			j--
			continue
		}
		break
	}
	if j < 1 || (toks[j].up != "AND" && toks[j].up != "BUT") {
		return false
	}
	// "sanction Iraq and attack militias": the actor before "and" is
	// the object of the verb before, whose subject this verb shares;
	// "Iran and Iraq attacked" has no verb before (no prevSrc).
	return aux || inActor[j-1] < 0 || prevSrc != nil && (j-1 < prevSrc.first || j-1 > prevSrc.last)
}

// reachesThrough reports codes whose target is the object of the verb
// they govern: threats (13), demands (10), appeals (02).
func reachesThrough(code string) bool {
	r := rootOf(code)
	return r == "13" || r == "10" || r == "02"
}

// lightVerbBefore returns the index of a light verb ("launched",
// "carried") up to four tokens before i, or -1.
func (c *Coder) lightVerbBefore(toks []token, i int) int {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if toks[j].punct {
			return -1
		}
		for _, f := range c.verbs.forms[toks[j].up] {
			if lightVerbs[f.lemma] {
				return j
			}
		}
	}
	return -1
}

// eventObject reports an event noun ("strikes", "an attack") as the
// object of the verb ending at i.
func eventObject(toks []token, i int, isVerb func(string) bool) bool {
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		u := toks[j].up
		if toks[j].punct || functionWord(u) {
			return false
		}
		if _, ok := nominal[u]; ok || isVerb(u) && !strings.HasSuffix(u, "ED") {
			return true
		}
	}
	return false
}

// mutual reports codes that coordinated subjects do to each other when
// no target is named: intents to cooperate, consultations (not visits),
// cooperation and agreements, fighting.
func mutual(code string) bool {
	switch rootOf(code) {
	case "03", "05", "06", "19":
		return true
	case "04":
		return !strings.HasPrefix(code, "042") && !strings.HasPrefix(code, "043")
	}
	return false
}

// reciprocalVerbs name acts that take two sides by their nature: "Chad
// and Sudan signed", "the two armies clashed". Conjoined subjects of
// other verbs act together, not on each other ("Benin and Togo
// reported attacks", "the US and the EU need to decide").
var reciprocalVerbs = map[string]bool{
	"MEET": true, "NEGOTIATE": true, "SIGN": true, "CLASH": true, "FIGHT": true, "BATTLE": true,
	"SKIRMISH": true, "AGREE": true, "TALK": true, "COOPERATE": true, "COLLABORATE": true,
	"CONSULT": true, "CONFER": true, "DISCUSS": true, "RECONCILE": true, "NORMALIZE": true,
	"NORMALISE": true, "SETTLE": true, "RATIFY": true, "CONCLUDE": true, "ALLY": true, "PARTNER": true,
	"EXCHANGE": true, "TRADE": true,
}

// mutualVerb reports whether the verb at m makes conjoined subjects act
// on each other: by its nature, by a pattern naming a shared object
// ("reached an agreement"), or by "each other", "one another".
func mutualVerb(toks []token, m *match) bool {
	if eachOther(toks, m) || reciprocalVerbs[m.form.lemma] {
		return true
	}
	if m.pat == nil {
		return false
	}
	// The dictionary's '%' slot is a compound actor acting within
	// itself.
	for _, es := range [][]elem{m.pat.pre, m.pat.post} {
		for _, e := range es {
			if e.slot == '%' {
				return true
			}
		}
	}
	if !violent(m.code) {
		return true
	}
	// "delayed their meeting": force coded on a shared object.
	for j := m.last + 1; j <= m.patternEnd && j < len(toks); j++ {
		if sharedNoun[toks[j].up] {
			return true
		}
	}
	return false
}

// perceiveVerbs take an actor "as" something: a view, not an act.
var perceiveVerbs = map[string]bool{
	"SEE": true, "VIEW": true, "REGARD": true, "CONSIDER": true, "PERCEIVE": true, "DEEM": true,
	"DESCRIBE": true, "PORTRAY": true, "CHARACTERIZE": true, "CHARACTERISE": true, "DEPICT": true, "CAST": true,
}

// judgmentVerbs, in the passive without "by", say what someone unnamed
// thinks or expects: "X is expected to", "was seen as".
var judgmentVerbs = map[string]bool{
	"EXPECT": true, "SEE": true, "VIEW": true, "BELIEVE": true, "ESTIMATE": true, "THINK": true,
	"CONSIDER": true, "REGARD": true, "KNOW": true, "SAY": true, "RUMOR": true, "RUMOUR": true,
	"DEEM": true, "PERCEIVE": true, "PREDICT": true, "VERIFY": true, "DESCRIBE": true, "UNDERSTAND": true,
	"REPORT": true, "SUSPECT": true, "PROJECT": true, "FORECAST": true, "ANTICIPATE": true, "TIPPED": true,
	"FEAR": true, "PRESUME": true, "ASSUME": true, "CONFIRM": true, "SCHEDULE": true, "SET": true,
}

// movesOwn lists verbs that move the subject's own people.
var movesOwn = map[string]bool{
	"SEND": true, "DEPLOY": true, "DISPATCH": true, "MOBILIZE": true, "MOBILISE": true, "STATION": true,
	"MOVE": true, "WITHDRAW": true, "PULL": true, "REDEPLOY": true, "RECALL": true, "POSITION": true,
}

// departVerbs name leaving a place.
var departVerbs = map[string]bool{"LEAVE": true, "QUIT": true, "EXIT": true, "DEPART": true}

// treatyNoun lists what one leaves without a military retreat.
var treatyNoun = map[string]bool{
	"TREATY": true, "AGREEMENT": true, "ACCORD": true, "PACT": true, "DEAL": true, "ALLIANCE": true,
	"BLOC": true, "ORGANIZATION": true, "ORGANISATION": true, "UNION": true, "COMMUNITY": true,
	"COALITION": true, "CONVENTION": true, "PROTOCOL": true, "TALKS": true, "NEGOTIATIONS": true,
	"MEMBERSHIP": true, "FRAMEWORK": true, "INITIATIVE": true, "PARTNERSHIP": true,
}

// militaryWords name troops, positions and ground: what a military
// retreat moves.
var militaryWords = map[string]bool{
	"TROOPS": true, "TROOP": true, "FORCES": true, "SOLDIERS": true, "MILITARY": true, "ARMY": true,
	"UNITS": true, "BATTALION": true, "BATTALIONS": true, "CONTINGENT": true, "PEACEKEEPERS": true,
	"POSITIONS": true, "TERRITORY": true, "BASE": true, "BASES": true, "FRONT": true, "FIGHTERS": true,
	"GARRISON": true, "BRIGADE": true, "PERSONNEL": true, "WARSHIPS": true, "TANKS": true,
}

// militaryContext reports troops or positions in the clause (lo..hi) or a
// military source.
func militaryContext(toks []token, lo, hi int, src []*span) bool {
	for _, s := range src {
		if s != nil && armed(s) {
			return true
		}
	}
	for j := lo; j <= hi && j < len(toks); j++ {
		if militaryWords[toks[j].up] {
			return true
		}
	}
	return false
}

// sharedNoun lists what two parties hold together.
var sharedNoun = map[string]bool{
	"MEETING": true, "MEETINGS": true, "TALKS": true, "NEGOTIATIONS": true, "SUMMIT": true,
	"AGREEMENT": true, "TREATY": true, "ACCORD": true, "PACT": true, "DEAL": true, "TIES": true,
	"RELATIONS": true, "DIALOGUE": true, "BORDER": true, "TRUCE": true, "CEASEFIRE": true,
}

// eachOther reports "each other" or "one another" shortly after m.
func eachOther(toks []token, m *match) bool {
	for j := m.last + 1; j+1 < len(toks) && j <= m.last+6; j++ {
		if u := toks[j].up; (u == "EACH" && toks[j+1].up == "OTHER") || (u == "ONE" && toks[j+1].up == "ANOTHER") {
			return true
		}
	}
	return false
}

// against reports an actor introduced by "against".
func against(toks []token, a *span) bool {
	for j := a.first - 1; j >= 0 && j >= a.first-3; j-- {
		switch toks[j].up {
		case "AGAINST":
			return true
		case "THE", "A", "AN", "ITS", "THEIR":
			continue
		}
		return false
	}
	return false
}

// needsObject lists verbs whose default code holds only with a direct
// object.
var needsObject = map[string]bool{"ENGAGE": true, "HIT": true, "TARGET": true, "HAMMER": true, "PRESS": true, "PUSH": true}

// directObject reports an actor right after the verb, perhaps after a
// determiner.
func directObject(toks []token, i int, inActor []int) bool {
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if inActor[j] >= 0 {
			return true
		}
		if u := toks[j].up; !determiners[u] && !isDigits(u) && numberWords[u] == 0 {
			return false
		}
	}
	return false
}

// violent reports the roots of physical violence: assault, fight, mass
// violence (18–20).
func violent(code string) bool {
	r := rootOf(code)
	return r == "18" || r == "19" || r == "20"
}

func sameActor(a, b *span) bool {
	if a.ref.Entity != "" && a.ref.Entity == b.ref.Entity {
		return true
	}
	// "Congo recalled its ambassador": its own agent.
	if (a.owned || b.owned) && countryCode(a.ref.Code) == countryCode(b.ref.Code) {
		return true
	}
	return a.ref.Code != "" && a.ref.Code == b.ref.Code && a.ref.Name == b.ref.Name
}

// clauseStart returns the first token of the clause holding token i. A
// participle after a comma (", killing") opens its own clause.
func clauseStart(toks []token, i int) int {
	if i > 0 && toks[i-1].up == "," && strings.HasSuffix(toks[i].up, "ING") {
		return i
	}
	for j := i - 1; j >= 0; j-- {
		u := toks[j].up
		// "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) expanded": a
		// short parenthesis after a name is part of the subject.
		if u == ")" {
			if k := openParen(toks, j); k > 0 && j-k <= 6 {
				j = k
				continue
			}
		}
		if clausePunct[u] || clauseWords[u] {
			return j + 1
		}
	}
	return 0
}

// openParen returns the index of the "(" that the ")" at j closes, or -1.
func openParen(toks []token, j int) int {
	for k := j - 1; k >= 0; k-- {
		switch toks[k].up {
		case "(":
			return k
		case ")":
			return -1
		}
	}
	return -1
}

// clauseEnd returns the last token of the clause holding token i.
func clauseEnd(toks []token, i int) int {
	for j := i + 1; j < len(toks); j++ {
		u := toks[j].up
		if clausePunct[u] || u == "." || clauseWords[u] && u != "AS" {
			return j - 1
		}
		// "as we plan", "once ISIL is defeated": a clause of its own.
		if (u == "AS" || u == "ONCE") && j+1 < len(toks) && subjectPronoun[toks[j+1].up] {
			return j - 1
		}
		// ", killing", ", prompting": a participle opens a new clause.
		if u == "," && j+1 < len(toks) && strings.HasSuffix(toks[j+1].up, "ING") {
			return j - 1
		}
	}
	return len(toks) - 1
}

// isPassive reports a passive verb: a past participle after a form of
// "be" ("were attacked", "was reportedly killed").
func isPassive(toks []token, i int, f *verbForm) bool {
	u := toks[i].up
	if !(strings.HasSuffix(u, "ED") || strings.HasSuffix(u, "EN") || u != f.lemma && !strings.HasSuffix(u, "S") && !strings.HasSuffix(u, "ING")) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := toks[j].up
		if beForms[w] {
			return true
		}
		// "was struck and killed": a participle coordinated with a
		// passive one.
		if w == "AND" && j >= 2 && (strings.HasSuffix(toks[j-1].up, "ED") || strings.HasSuffix(toks[j-1].up, "EN") || strings.HasSuffix(toks[j-1].up, "CK")) && beForms[toks[j-2].up] {
			return true
		}
		if !strings.HasSuffix(w, "LY") && w != "NOT" && w != "ALSO" && w != "REPORTEDLY" && w != "ALLEGEDLY" {
			return false
		}
	}
	return false
}

// isNominal reports whether the verb form at i is used as a noun: after
// a determiner, a year or an actor ("the attack", "the 2020 strike",
// "US strikes").
func isNominal(toks []token, i int, f *verbForm, inActor []int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1].up
	if determiners[p] || isYear(p) || isDigits(p) || numberWords[p] > 0 && p != "A" && p != "AN" {
		return true
	}
	// "US strikes" but not "Iran attacked" or "Iran attacks the base".
	if inActor[i-1] >= 0 {
		if !nounForm(toks[i].up, f) {
			return false
		}
		// "the Philippines and France agree": a base form after
		// coordinated actors is their verb.
		if toks[i].up == f.lemma {
			j := i - 1
			for j > 0 && inActor[j-1] == inActor[i-1] {
				j--
			}
			if j >= 2 && toks[j-1].up == "AND" && inActor[j-2] >= 0 {
				return false
			}
		}
		// "US strikes on", "militia attacks killed": a noun when what
		// follows is punctuation, a preposition or a verb of their
		// own; "Iran attacks the base", "the US remains committed" are
		// verbs.
		if i+1 >= len(toks) || toks[i+1].punct {
			return true
		}
		switch n := toks[i+1].up; n {
		case "ON", "AGAINST", "IN", "BY", "AT", "NEAR", "FROM", "INTO", "OF", "ACROSS", "TARGETING",
			"THAT", "WHICH", "HAVE", "HAD", "WERE", "ARE", "AND", "OR", "LAST", "THIS", "EARLIER", "KILLED", "HIT":
			return true
		}
		return false
	}
	// "a more convenient target": a determiner shortly before, over
	// words that are not verbs or actors.
	if toks[i-1].punct || toks[i-1].up == "TO" {
		return false // ", killing"; "to attack"
	}
	// A past tense after a noun and before its object is a verb: "the
	// US and its allies imposed new sanctions".
	verb := pastForm(toks[i].up, f) && !functionWord(toks[i-1].up) && !determiners[toks[i-1].up] &&
		i+1 < len(toks) && (determiners[toks[i+1].up] || inActor[i+1] >= 0)
	for j := i - 2; j >= 0 && j >= i-3 && !verb; j-- {
		if toks[j].punct || inActor[j] >= 0 {
			break
		}
		if determiners[toks[j].up] && toks[j].up != "'S" && toks[j].up != "OF" && toks[j].up != "FOR" {
			return true
		}
	}
	// "air strikes", "drone attacks", "rocket attacks".
	switch p {
	case "AIR", "DRONE", "ROCKET", "MISSILE", "MILITIA", "TERRORIST", "SUICIDE", "ARMED", "MILITARY", "TROOP", "NAVAL", "ARTILLERY", "BORDER", "CROSS-BORDER", "STATE", "OFFICIAL":
		return true
	}
	return false
}

// notEventNoun lists nouns spelled like event verbs that name things,
// not events: "ISIL targets", "Iranian influence", "in support of".
var notEventNoun = map[string]bool{
	"TARGET": true, "TARGETS": true, "SUPPORT": true, "INFLUENCE": true, "CONTROL": true,
	"THREAT": true, "THREATS": true, "POSITION": true, "POSITIONS": true, "INTEREST": true,
	"INTERESTS": true, "FORCE": true, "FORCES": true, "PLAN": true, "PLANS": true, "CONCERN": true,
	"CONCERNS": true, "TIES": true, "RELATIONS": true, "BACKING": true, "PROTECTION": true,
	"HOLD": true, "LEAD": true, "BASE": true, "BASES": true, "MEANS": true, "RULE": true,
	"ORDER": true, "ORDERS": true, "POWER": true, "RESPONSE": true, "PRESENCE": true,
	"STAND": true, "VIEW": true, "VIEWS": true, "CALL": true, "CALLS": true, "PRESSURE": true,
	"STATEMENT": true, "STATEMENTS": true, "MATCH": true, "CONFLICT": true, "CONFLICTS": true,
	"STRUGGLE": true, "STRUGGLES": true, "PRIORITIES": true, "FIRE": true, "REPORT": true, "REPORTS": true,
}

// compoundHead lists nouns that an event noun may modify ("attack
// helicopters", "strike aircraft"), which makes it no event.
var compoundHead = map[string]bool{
	"PLANNER": true, "PLANNERS": true, "HELICOPTER": true, "HELICOPTERS": true, "AIRCRAFT": true,
	"GROUP": true, "GROUPS": true, "CAPABILITY": true, "CAPABILITIES": true, "DRONE": true,
	"DRONES": true, "TEAM": true, "TEAMS": true, "ROUTE": true, "ROUTES": true, "SITE": true,
	"SITES": true, "UNIT": true, "UNITS": true, "VEHICLE": true, "VEHICLES": true, "CELL": true,
	"CELLS": true, "SQUAD": true, "SQUADS": true, "BOAT": true, "BOATS": true, "FORCE": true,
	"FORCES": true, "PACKAGE": true, "MISSIONS": true, "GROUND": true, "ZONE": true, "ZONES": true,
	"FACILITY": true, "FACILITIES": true, "WARNING": true, "OFFICER": true, "OFFICERS": true,
}

// pastForm reports a past tense or participle of f: "imposed",
// "struck", not "strikes" or "attack".
func pastForm(u string, f *verbForm) bool {
	return strings.HasSuffix(u, "ED") || u != f.lemma && !strings.HasSuffix(u, "S") && !strings.HasSuffix(u, "ING")
}

// reducedRelative reports a past participle right after a plain noun:
// "equipment captured near Palmyra", "strikes coordinated with Iraq".
// Its subject is that noun, so it reads as a passive.
func reducedRelative(toks []token, i int, inActor []int) bool {
	u := toks[i].up
	if i == 0 || !strings.HasSuffix(u, "ED") || inActor[i-1] >= 0 {
		return false
	}
	p := toks[i-1]
	if p.up == "," && i+1 < len(toks) && toks[i+1].up == "BY" {
		return true // "the meeting, convened by France"
	}
	if p.punct || isCapitalized(p.text) || beForms[p.up] || determiners[p.up] {
		return false
	}
	// "backlash, often mobilized by the militias": an agent makes it
	// passive whatever adverb comes before.
	if i+1 < len(toks) && toks[i+1].up == "BY" && !subjectPronoun[p.up] {
		return true
	}
	if strings.HasSuffix(p.up, "LY") {
		return false
	}
	switch p.up {
	case "HAS", "HAVE", "HAD", "AND", "OR", "BUT", "THAT", "WHO", "WHICH", "ALSO", "THEN", "NOT", "NEVER", "JUST", "ALREADY", "RECENTLY", "THEY", "WE", "HE", "SHE", "IT", "I", "YOU",
		// Adverbs before a finite verb: "he even traveled to".
		"EVEN", "STILL", "ONLY", "SOON", "LATER", "EARLIER", "ONCE", "AGAIN", "OFTEN", "EVER", "NOW", "THUS", "FIRST", "ALWAYS":
		return false
	}
	// An object after the participle makes it active: "the government
	// expelled the envoy".
	if i+1 >= len(toks) || toks[i+1].punct {
		return true
	}
	switch toks[i+1].up {
	case "BY", "WITH", "NEAR", "IN", "AT", "FROM", "ON", "DURING", "AFTER", "FOR", "TO", "INTO", "OVER", "ACROSS":
		return true
	}
	return false
}

// verbPlace reports a form that can only be a verb where it stands:
// after a modal or "to" ("they could negotiate"), or before a determiner
// ("deepen its reliance", "negotiate a deal").
func verbPlace(toks []token, m *match) bool {
	if m.first > 0 {
		if p := toks[m.first-1].up; p == "TO" || modalWord(p) {
			return true
		}
	}
	if m.last+1 < len(toks) {
		switch toks[m.last+1].up {
		case "ITS", "THEIR", "HIS", "HER", "OUR", "A", "AN", "THIS", "THESE", "THOSE":
			return true
		}
	}
	return false
}

// objectOfVerb reports a word at i that follows a verb in a verb's place:
// "or reopen talks", "to resume talks", "could restart strikes".
func objectOfVerb(toks []token, i int, inActor []int) bool {
	if i < 2 || inActor[i-1] >= 0 || toks[i-1].punct {
		return false
	}
	p := toks[i-1]
	if isCapitalized(p.text) || determiners[p.up] || strings.HasSuffix(p.up, "LY") || strings.HasSuffix(p.up, "S") || adverbs[p.up] || beForms[p.up] {
		return false
	}
	switch toks[i-2].up {
	case "OR", "AND", "TO", "WILL", "WOULD", "COULD", "MAY", "MIGHT", "CAN", "SHOULD", "MUST":
		return true
	}
	return false
}

// adverbs stand between a subject and its verb: "Kenya also talks".
var adverbs = map[string]bool{
	"ALSO": true, "NOW": true, "THEN": true, "AGAIN": true, "OFTEN": true, "STILL": true, "NEVER": true,
	"ALWAYS": true, "SOON": true, "JUST": true, "EVEN": true, "ONLY": true, "YET": true, "NOT": true,
	"DO": true, "DOES": true, "DID": true, "ALREADY": true, "LATER": true, "FIRST": true, "HAVE": true,
	"HAS": true, "HAD": true, "THEREFORE": true, "THUS": true, "ONCE": true, "NO": true, "LONGER": true,
	"WILL": true, "WOULD": true, "COULD": true, "MAY": true, "MIGHT": true, "CAN": true, "SHOULD": true,
	"MUST": true, "SHALL": true, "'LL": true, "TO": true, "JOINTLY": true,
}

// nounForm reports whether token u of verb form f can be a noun: the
// base form or a plural, not a past tense.
func nounForm(u string, f *verbForm) bool {
	return u == f.lemma || u == f.lemma+"S" || u == f.lemma+"ES" || strings.HasSuffix(u, "ING") && u != f.lemma
}

// adjacentLeft returns the actor ending right before token i, allowing a
// possessive, a year and up to two modifiers between ("the US's 2011
// troop withdrawal").
func adjacentLeft(toks []token, i int, sp []span, inActor []int) *span {
	for j, n := i-1, 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		if inActor[j] >= 0 {
			if sp[inActor[j]].place {
				return nil
			}
			return &sp[inActor[j]]
		}
		u := toks[j].up
		if toks[j].punct || determiners[u] && u != "'S" || locative[u] {
			return nil
		}
		// "Russia's Africa Corps or reopen talks": a conjunction ends
		// the noun phrase.
		if u == "AND" || u == "OR" || u == "BUT" || u == "NOR" {
			return nil
		}
		if u != "'S" && !isYear(u) && n >= 2 {
			return nil
		}
	}
	return nil
}

// afterWord returns the first actor in (i, hi] that follows one of the
// given words directly or after determiners and modifiers.
func afterWord(toks []token, i, hi int, sp []span, inActor []int, words ...string) *span {
	for j := i + 1; j <= hi && j < len(toks) && j <= i+4; j++ {
		if toks[j].up == "," {
			break
		}
		if !oneOf(toks[j].up, words) {
			continue
		}
		// "embolden the US to sanction Iraq": an infinitive's "to"
		// introduces no one.
		if toks[j].up == "TO" && j+1 < len(toks) && inActor[j+1] < 0 && !isCapitalized(toks[j+1].text) && !determiners[toks[j+1].up] && looksVerb(toks[j+1].up) {
			continue
		}
		for k := j + 1; k <= hi && k < len(toks) && k <= j+4; k++ {
			if inActor[k] >= 0 {
				return &sp[inActor[k]]
			}
			if toks[k].punct {
				break
			}
		}
	}
	return nil
}

func oneOf(u string, words []string) bool {
	for _, w := range words {
		if u == w {
			return true
		}
	}
	return false
}

// leftActor returns the subject of the verb at i: the nearest actor in
// [lo, i) that is not a place after a locative preposition, preferring
// one after "by" in a nominal subject ("an attack by militias in Jordan
// killed ..."). When the clause starts with a relative pronoun it looks
// at the actor before it.
func leftActor(toks []token, i, lo int, sp []span, inActor []int) *span {
	var fallback, weak *span
	for j := i - 1; j >= lo; j-- {
		k := inActor[j]
		if k < 0 {
			// "I congratulate", "we remain": a subject pronoun that
			// stands for no known actor ends the search.
			if fallback == nil && weak == nil && (subjectPronoun[toks[j].up] || speakerPossessive[toks[j].up]) {
				return nil
			}
			continue
		}
		a := &sp[k]
		j = a.first
		if a.place {
			// A city or region is where, not who.
			continue
		}
		// "Iranian assets may not appease": the subject is a thing the
		// nationality word qualifies.
		if demonymOf(toks, a, inActor) {
			return nil
		}
		// One comma between the actor and the verb puts the actor in a
		// phrase before the subject ("such as Iraq, the West has");
		// two may enclose an apposition ("Iran, the main backer,
		// sent").
		if commas(toks, a.last+1, i) == 1 {
			// "Mali's junta, backed by Russian mercenaries, expelled":
			// an actor inside a phrase set off after the subject.
			if c := insertStart(toks, a, inActor); c > 0 {
				j = c
				continue
			}
			return nil
		}
		if afterLocative(toks, a) {
			if fallback == nil {
				fallback = a
			}
			continue
		}
		// "with X", "to X" before the verb: an object of an earlier
		// phrase, not the subject; so is the last of a list after one
		// ("deals with Turkmenistan, Qatar, and Oman for gas imports").
		head := a
		if l := coordinatedLeft(toks, sp, a); len(l) > 1 {
			head = l[0]
		}
		if head.first > 0 && oneOf(toks[head.first-1].up, []string{"WITH", "TO", "FOR", "FROM", "AGAINST", "ON"}) {
			if fallback == nil {
				fallback = a
			}
			continue
		}
		// A name the knowledge base could not code is a weaker
		// candidate than a coded actor further left.
		if a.ref.Code == "" {
			if weak == nil {
				weak = a
			}
			continue
		}
		return a
	}
	if lo > 0 && relativeWords[toks[lo-1].up] {
		for j := lo - 2; j >= 0 && j >= lo-3; j-- {
			if toks[j].up == "," {
				continue
			}
			if k := inActor[j]; k >= 0 && !sp[k].place && (sp[k].first == 0 || !oneOf(toks[sp[k].first-1].up, []string{"ON", "OF", "TO", "WITH", "FOR", "ABOUT", "IN", "AT", "FROM", "AGAINST", "OVER"})) {
				return &sp[k]
			}
			break
		}
	}
	if weak != nil {
		return weak
	}
	// An actor after "in", "with" or "to" is not the subject: "the
	// violence in Iraq has provoked" has no actor as its subject.
	_ = fallback
	return nil
}

// rightActor returns the object of the verb: the first actor in (i, hi]
// not after a locative preposition or "by"; places after locatives only
// when allowPlace (violence and visits happen somewhere).
func rightActor(toks []token, i, hi int, sp []span, inActor []int, allowPlace, crossInfinitive bool, isVerb func(string) bool) *span {
	var place, weak *span
	for j := i + 1; j <= hi && j < len(toks); j++ {
		if toks[j].up == "," {
			break
		}
		// "condemned the drills and said": a second predicate.
		if (toks[j].up == "AND" || toks[j].up == "BUT") && startsClause(toks, j+1) {
			break
		}
		// "efforts to counter ISIL": the actor after an infinitive is
		// that verb's object; threats, demands and appeals reach
		// through it ("threatened to use force against Taiwan").
		if !crossInfinitive && toks[j].up == "TO" && j+1 < len(toks) && inActor[j+1] < 0 && toks[j+1].up != "THE" && !isCapitalized(toks[j+1].text) && looksVerb(toks[j+1].up) {
			break
		}
		k := inActor[j]
		if k < 0 {
			continue
		}
		a := &sp[k]
		prev := ""
		if a.first > 0 {
			prev = toks[a.first-1].up
		}
		j = a.last
		// "condemned an attack by X": X is whom the condemnation
		// targets; a passive's "by X" is handled by the caller.

		// "meet the needs of the Syrian people": the object is the
		// noun before "of"; violence against "the headquarters of
		// Hamas" still reaches Hamas.
		if prev == "OF" && !allowPlace && !a.composed && !(a.first >= 2 && quantity[toks[a.first-2].up]) {
			continue
		}
		if afterLocative(toks, a) || prev == "FROM" && a.place {
			if place == nil {
				place = a
			}
			continue
		}
		if a.ref.Code == "" {
			if weak == nil {
				weak = a
			}
			continue
		}
		// "hosting Syrian Government websites": the actor names whose
		// thing it is. Destroying ISIL tanks is still acting on ISIL.
		if !allowPlace && (modifies(toks, a) || demonymOf(toks, a, inActor)) || modifiesEvent(toks, a, isVerb) {
			continue
		}
		// "supplied drones to Russia": weapons of no one's are what is
		// handed over, not to whom.
		if !allowPlace && a.agentOnly && equipment[toks[a.last].up] {
			continue
		}
		return a
	}
	if weak != nil {
		return weak
	}
	if allowPlace {
		return place
	}
	return nil
}

// coordinated extends actor a with the actors coordinated after it
// ("Turkmenistan, Qatar, and Oman").
func coordinated(toks []token, sp []span, a *span, hi int) []*span {
	out := []*span{a}
	for idx := indexOf(sp, a); idx >= 0 && idx+1 < len(sp); idx++ {
		cur, next := &sp[idx], &sp[idx+1]
		if next.first > hi || !joined(toks, cur.last+1, next.first) || isPronoun(toks, next) || commas(toks, cur.last+1, next.first) > 0 && startsClause(toks, next.last+1) {
			break
		}
		out = append(out, next)
	}
	// "In support of the army, French troops struck": a list has a
	// conjunction; commas alone join a phrase to the clause after it.
	if len(out) > 1 && !hasConj(toks, out[0].last+1, out[len(out)-1].first) {
		return out[:1]
	}
	return out
}

// coordinatedLeft extends actor a with the actors coordinated before it
// ("Iran and Iraq signed").
func coordinatedLeft(toks []token, sp []span, a *span) []*span {
	out := []*span{a}
	last := true // the link next to a, which needs a conjunction
	for idx := indexOf(sp, a); idx > 0; idx-- {
		cur, prev := &sp[idx], &sp[idx-1]
		if !joined(toks, prev.last+1, cur.first) || isPronoun(toks, cur) || isPronoun(toks, prev) {
			break
		}
		conj := hasConj(toks, prev.last+1, cur.first)
		if last != conj {
			// "Mordor, Rohan, Fornost and Bree": commas before the
			// last "and" only.
			break
		}
		// "US troops, and Burkina Faso has": a comma before "and" in a
		// list of two joins clauses, not actors.
		if last && toks[prev.last+1].up == "," && (idx-1 == 0 || !joined(toks, sp[idx-2].last+1, prev.first)) {
			break
		}
		out = append([]*span{prev}, out...)
		last = false
	}
	return out
}

// joined reports whether the tokens in [from, to) are a coordinator: ",",
// "and", ", and", "or", "nor".
func joined(toks []token, from, to int) bool {
	if to-from < 1 || to-from > 4 {
		return false
	}
	and, sep, the := false, false, false
	for j := from; j < to; j++ {
		switch toks[j].up {
		case ",":
			sep = true
		case "AND", "OR", "NOR", "&":
			and, sep = true, true
		case "THE":
			sep, the = true, true
		default:
			// "and the awful Gondor", "and neighbouring Chad": after
			// the link, adjectives after "the" or one right before the
			// name; "and expel the remaining US advisors" is no list.
			if !sep || !adjective(toks[j]) || !the && (j+1 != to || !adjectiveForm(toks[j].up)) {
				return false
			}
		}
	}
	return and || toks[to-1].up == ","
}

// adjective reports a lower-case word that may qualify a name in a list
// ("the evil Gondor", "neighbouring Chad"): not a function word, a
// determiner, a past participle or a plural.
func adjective(t token) bool {
	u := t.up
	if t.punct || isCapitalized(t.text) || functionWord(u) || determiners[u] || len(u) < 3 {
		return false
	}
	if strings.HasSuffix(u, "ED") || strings.HasSuffix(u, "S") && !strings.HasSuffix(u, "OUS") {
		return false
	}
	for _, r := range u {
		if (r < 'A' || r > 'Z') && r != '-' {
			return false
		}
	}
	return true
}

// insertStart returns the comma that opens a phrase around a, set off
// right after another actor and led by a preposition ("Mali's junta,
// backed by Russian mercenaries,", "Russia, together with Iran,"), or -1.
func insertStart(toks []token, a *span, inActor []int) int {
	for c := a.first - 1; c > 0 && c >= a.first-5; c-- {
		switch toks[c].up {
		case "WITH", "BY", "ALONGSIDE", "INCLUDING", "LIKE":
			for k := c - 1; k > 0 && k >= c-3; k-- {
				if toks[k].up == "," {
					if inActor[k-1] >= 0 {
						return k
					}
					return -1
				}
			}
			return -1
		case ",", ";":
			return -1
		}
	}
	return -1
}

// speakerPossessive words make the speaker the agent of what follows:
// "our efforts to defeat ISIL".
var speakerPossessive = map[string]bool{"OUR": true, "MY": true, "YOUR": true}

// adjectiveForm reports a word that looks like an adjective by its
// ending or is a common one: "neighbouring Chad", "the awful Gondor",
// "good Gondor" are; "attack militias" is a verb and its object.
func adjectiveForm(u string) bool {
	switch u {
	case "GOOD", "EVIL", "BAD", "POOR", "RICH", "SMALL", "BIG", "GREAT", "OLD", "FELLOW", "RIVAL", "ALLIED",
		"NEIGHBOURING", "NEIGHBORING", "WARRING", "RULING", "REMAINING", "OPPOSING", "GOVERNING", "EMERGING", "LEADING":
		return true
	}
	for _, suf := range []string{"AL", "AN", "IC", "IVE", "OUS", "FUL", "ERN", "ISH", "ARY", "ENT", "ANT", "BLE", "LESS"} {
		if strings.HasSuffix(u, suf) {
			return true
		}
	}
	return false
}

var subjectPronoun = map[string]bool{"I": true, "WE": true, "YOU": true, "THEY": true, "IT": true, "HE": true, "SHE": true}

// modifies reports an actor used as a modifier of the plain noun after
// it.
func modifies(toks []token, a *span) bool {
	k := a.last + 1
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	// A plural noun right after the name: "Syrian Government websites".
	return !t.punct && !isCapitalized(t.text) && !functionWord(t.up) && strings.HasSuffix(t.up, "S") &&
		!strings.HasSuffix(t.up, "SS") && t.up != "AS" && t.up != "THUS" && t.up != "'S" && !people(t.up)
}

// demonymOf reports a bare nationality word qualifying a thing, not
// people: "supports Iraqi unity", "Israeli and Western influence".
func demonymOf(toks []token, a *span, inActor []int) bool {
	k := a.last + 1
	if a.typ != bluf.Nationality || a.composed || k >= len(toks) {
		return false
	}
	// "Israeli and Western influence": over a second adjective that
	// names no actor.
	if (toks[k].up == "AND" || toks[k].up == "OR") && k+2 < len(toks) && isCapitalized(toks[k+1].text) && inActor[k+1] < 0 {
		k += 2
	}
	// "the Russian and Syrian claims": over a second nationality word.
	if k+1 < len(toks) && (toks[k].up == "AND" || toks[k].up == "OR") && inActor[k+1] >= 0 {
		if b := inActor[k+1]; b >= 0 {
			n := k + 1
			for n < len(toks) && inActor[n] == b {
				n++
			}
			if n == k+2 && n < len(toks) && demonymLike(toks[k+1].up) {
				nt := toks[n]
				if !nt.punct && !isCapitalized(nt.text) && !functionWord(nt.up) && !territory[nt.up] && !people(nt.up) {
					return true
				}
			}
		}
	}
	t := toks[k]
	return !t.punct && !isCapitalized(t.text) && !functionWord(t.up) && !territory[t.up] && !people(t.up)
}

// demonymLike reports a word shaped like a nationality adjective:
// "Syrian", "Sudanese", "Turkish", "Iraqi", "French".
func demonymLike(u string) bool {
	for _, suf := range []string{"AN", "ESE", "ISH", "I", "CH", "IC"} {
		if strings.HasSuffix(u, suf) {
			return true
		}
	}
	return false
}

// people reports a plural noun that names people ("smugglers",
// "nationals", "fishermen", "detainees"), through which a nationality
// word still names whom an act concerns.
func people(u string) bool {
	for _, suf := range []string{"ERS", "ISTS", "MEN", "NATIONALS", "ANTS", "EES", "ORS"} {
		if strings.HasSuffix(u, suf) {
			return true
		}
	}
	return false
}

// territory lists nouns through which a nationality word stands for its
// country: "withdraw from Congolese territory", "invest in the Iraqi
// economy".
var territory = map[string]bool{
	"TERRITORY": true, "TERRITORIES": true, "SOIL": true, "LAND": true, "LANDS": true, "WATERS": true,
	"AIRSPACE": true, "BORDER": true, "BORDERS": true, "CITY": true, "CITIES": true, "TOWN": true,
	"TOWNS": true, "CAPITAL": true, "VILLAGE": true, "VILLAGES": true, "PROVINCE": true, "PROVINCES": true,
	"REGION": true, "POSITIONS": true, "BASE": true, "BASES": true, "COAST": true, "ISLANDS": true,
	"ECONOMY": true, "STATE": true, "NATION": true,
}

// modifiesEvent reports an actor naming where or whose an event noun is:
// "for the Jordan attack", "the Gaza ceasefire".
func modifiesEvent(toks []token, a *span, isVerb func(string) bool) bool {
	k := a.last + 1
	if k >= len(toks) || a.first == 0 {
		return false
	}
	t := toks[k]
	d := toks[a.first-1].up
	return (d == "THE" || d == "A" || d == "AN" || d == "'S") && !t.punct && !isCapitalized(t.text) &&
		!functionWord(t.up) && isVerb(t.up) && !strings.HasSuffix(t.up, "ED") && !strings.HasSuffix(t.up, "ING")
}

// afterLocative reports an actor after a locative preposition, perhaps
// with a direction between: "in Syria", "in northwestern Syria".
func afterLocative(toks []token, a *span) bool {
	j := a.first - 1
	if j >= 0 && !isCapitalized(toks[j].text) && (strings.HasSuffix(toks[j].up, "ERN") || toks[j].up == "CENTRAL") {
		j--
	}
	return j >= 0 && locative[toks[j].up]
}

// startsClause reports that toks[i] begins a predicate: an auxiliary or
// a finite verb after a subject ("Burkina Faso has refused").
func startsClause(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch u := toks[i].up; u {
	case "HAS", "HAVE", "HAD", "IS", "ARE", "WAS", "WERE", "WILL", "WOULD", "COULD", "MAY", "MIGHT",
		"CAN", "DID", "DOES", "SAID", "SAYS", "ALSO", "THEN", "NEEDS", "MUST", "SHOULD", "SHALL",
		"WANTS", "SEEKS", "PLANS", "AIMS", "HOPES", "INTENDS", "REMAINS", "CONTINUES", "SEEMS", "APPEARS":
		return true
	default:
		return strings.HasSuffix(u, "ED") && !isCapitalized(toks[i].text)
	}
}

// hasConj reports "and", "or" or "nor" among toks[from:to].
func hasConj(toks []token, from, to int) bool {
	for j := from; j < to; j++ {
		switch toks[j].up {
		case "AND", "OR", "NOR", "&":
			return true
		}
	}
	return false
}

func isPronoun(toks []token, s *span) bool {
	return s.first == s.last && (toks[s.first].up == "HE" || toks[s.first].up == "SHE" || toks[s.first].up == "HIM")
}

func indexOf(sp []span, a *span) int {
	for i := range sp {
		if &sp[i] == a {
			return i
		}
	}
	return -1
}

// prune removes statements ("said", code 010) when the sentence has
// other events, and violence against a mere place when the same source
// has a proper target for the same root.
func prune(evs []coded) []coded {
	other := false
	for _, e := range evs {
		if e.m.code != "010" {
			other = true
		}
	}
	out := evs[:0]
	seen := map[[3]any]bool{}
	for i, e := range evs {
		if other && e.m.code == "010" {
			continue
		}
		// "impose sanctions": the verb and its noun name one event.
		k := [3]any{e.src, e.tgt, e.cameo()}
		if seen[k] {
			continue
		}
		seen[k] = true
		// "with Taipei and Taiwan": one verb toward two names of one
		// actor is one event.
		if sc, tc := refCode(e.src), refCode(e.tgt); sc != "" || tc != "" {
			kc := [3]any{e.m, sc + " " + tc, e.cameo()}
			if seen[kc] {
				continue
			}
			seen[kc] = true
		}
		if e.tgt != nil && e.tgt.place {
			dup := false
			for k, f := range evs {
				if k != i && f.src == e.src && f.tgt != nil && !f.tgt.place && rootOf(f.m.code) == rootOf(e.m.code) {
					dup = true
				}
			}
			if dup {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}
