package event

import (
	"strconv"
	"strings"

	"bluf"
)

// Modalities of an event. Only Asserted events happened; the others are
// statements about what might, should or will not happen.
const (
	Asserted   = "asserted"
	Negated    = "negated"
	Threatened = "threatened"
	Intended   = "intended"
	Possible   = "possible"
	Demanded   = "demanded"
)

// Date bases of an event.
const (
	BasisExplicit = "explicit"
	BasisRelative = "relative"
	BasisYear     = "year"
	BasisArticle  = "article"
	BasisUndated  = "undated"
)

// isVerb reports whether u (upper case) is the first word of a verb form.
func (v *Verbs) isVerb(u string) bool {
	_, ok := v.forms[u]
	return ok
}

// nominal maps event nouns whose form the verb dictionary does not list
// to the verb they name ("withdrawal" -> WITHDRAW). Nouns spelled like
// their verb ("attack", "strike", "visit") need no entry.
var nominal = map[string]string{
	"WITHDRAWAL": "WITHDRAW", "WITHDRAWALS": "WITHDRAW",
	"INVASION": "INVADE", "INVASIONS": "INVADE",
	"OCCUPATION":    "OCCUPY",
	"ASSASSINATION": "ASSASSINATE", "ASSASSINATIONS": "ASSASSINATE",
	"DEPLOYMENT": "DEPLOY", "DEPLOYMENTS": "DEPLOY",
	"RETALIATION": "RETALIATE",
	"EXPULSION":   "EXPEL",
	"ABDUCTION":   "ABDUCT", "ABDUCTIONS": "ABDUCT",
	"SEIZURE":      "SEIZE",
	"CONDEMNATION": "CONDEMN",
	"AIRSTRIKE":    "BOMB", "AIRSTRIKES": "BOMB", "AIR-STRIKES": "BOMB", "AIR-STRIKE": "BOMB",
	"BOMBARDMENT":  "BOMBARD",
	"NEGOTIATIONS": "NEGOTIATE",
	"MEDIATION":    "MEDIATE",
	"PROTESTS":     "PROTEST",
}

// foughtAgainst maps nouns of armed action that name a fight only with
// an opponent after "against" ("operations against ISIL", "an offensive
// against the rebels"); "operations in Mali" alone is no event.
var foughtAgainst = map[string]string{
	"OPERATION": "FIGHT", "OPERATIONS": "FIGHT", "OFFENSIVE": "FIGHT", "OFFENSIVES": "FIGHT",
	"COUNTEROFFENSIVE": "FIGHT", "COUNTER-OFFENSIVE": "FIGHT", "WAR": "FIGHT", "WARS": "FIGHT",
	"CAMPAIGN": "FIGHT", "CAMPAIGNS": "FIGHT",
}

// armedFoe lists the nouns of foughtAgainst that are a fight only
// against an armed actor: "the campaign against ISIL" is; "a campaign
// against corruption" or "against the opposition" is not.
var armedFoe = map[string]bool{"CAMPAIGN": true, "CAMPAIGNS": true}

// notVerb lists verb forms that are used as prepositions or
// conjunctions ("given past agreements", "following the strike").
var notVerb = map[string]bool{
	"GIVEN": true, "INCLUDING": true, "REGARDING": true, "CONCERNING": true, "FOLLOWING": true,
	"ACCORDING": true, "PROVIDED": true, "BASED": true, "DESPITE": true, "PENDING": true,
	"CONSIDERING": true, "BARRING": true, "SAVE": true, "EXCEPT": true, "LIKE": true,
	"ASSOCIATED": true, "AFFILIATED": true, "LINKED": true, "RELATED": true,
}

// alwaysNoun lists words that the dictionary lists as verbs but news
// prose uses as nouns.
var alwaysNoun = map[string]bool{
	"CONFLICT": true, "CONFLICTS": true, "MATCH": true, "STATEMENT": true, "STATEMENTS": true,
	"CONCERN": true, "CONCERNS": true, "INTEREST": true, "INTERESTS": true, "TIES": true,
	"RELATIONS": true, "MEANS": true, "POWER": true, "PRESENCE": true, "VIEWS": true,
	"PRIORITIES": true, "MEASURES": true, "CONCESSIONS": true, "NEED": true, "NEEDS": true,
	"BETTER": true, "INFLUENCE": true, "ALLIES": true, "QUESTION": true, "QUESTIONS": true, "STRUGGLE": true, "STRUGGLES": true,
}

// showObject lists words after "demonstrate" that make it "show", not
// "protest".
var showObject = map[string]bool{
	"THAT": true, "BY": true, "ITS": true, "THE": true, "A": true, "AN": true, "HOW": true,
	"HIS": true, "HER": true, "THEIR": true, "WHAT": true, "OUR": true, "THIS": true, "RESOLVE": true,
}

// standardNoun lists what one meets without meeting anyone: "meet the
// needs of", "met its targets".
var standardNoun = map[string]bool{
	"NEED": true, "NEEDS": true, "DEMAND": true, "DEMANDS": true, "REQUIREMENT": true, "REQUIREMENTS": true,
	"GOAL": true, "GOALS": true, "TARGET": true, "TARGETS": true, "CRITERIA": true, "CRITERION": true,
	"STANDARD": true, "STANDARDS": true, "OBLIGATION": true, "OBLIGATIONS": true, "DEADLINE": true,
	"DEADLINES": true, "EXPECTATIONS": true, "CHALLENGE": true, "CHALLENGES": true, "COST": true,
	"COSTS": true, "CONDITIONS": true, "COMMITMENTS": true, "QUOTA": true, "QUOTAS": true, "END": true, "ENDS": true,
}

// skipDeterminers returns the index of the first token from i that is
// not a determiner or possessive ("the", "its", "their").
func skipDeterminers(toks []token, i int) int {
	for i < len(toks) && (determiners[toks[i].up] || toks[i].up == "BASIC" || toks[i].up == "IMMEDIATE" || toks[i].up == "URGENT") {
		i++
	}
	return i
}

// match is one verb found in a sentence.
type match struct {
	form      *verbForm
	first, vi int // first token and verb token
	last      int // last token of the form
	code, alt string
	pat       *pattern
	nominal   bool
	// inSupport marks "in support of X": the clause's subject supports
	// X.
	inSupport bool
	// againstOnly marks an event noun whose opponent must follow
	// "against".
	againstOnly bool
	passive     bool
	srcAfter    bool // the pattern puts the source after the verb
	tgtBefore   bool // the pattern puts the target before the verb
	patternEnd  int  // last token the pattern matched, for role search
}

// findVerbs returns the verbs of a sentence, left to right, skipping
// tokens inside actor spans.
func (c *Coder) findVerbs(toks []token, inActor []int) []match {
	var out []match
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.punct || inActor[i] >= 0 {
			continue
		}
		// A capitalized word inside the sentence is part of a name.
		if i > 0 && isCapitalized(t.text) && !isCapitalized(toks[i-1].text) && toks[i-1].up != "\"" {
			continue
		}
		// Between two capitalized words that name no actor it is part
		// of a name too: "F-16 Fighting Falcons".
		if i > 0 && i+1 < len(toks) && isCapitalized(t.text) && isCapitalized(toks[i-1].text) && isCapitalized(toks[i+1].text) && inActor[i-1] < 0 && inActor[i+1] < 0 {
			continue
		}
		if notVerb[t.up] {
			continue
		}
		// "for increased operations", "to increased tension": a
		// participle after a preposition or article is an adjective.
		if i > 0 && strings.HasSuffix(t.up, "ED") {
			switch toks[i-1].up {
			case "TO", "FOR", "OF", "WITH", "IN", "ON", "AT", "FROM", "INTO", "AGAINST", "THE", "A", "AN":
				continue
			}
		}
		// "leading to", "led to": cause, not lead.
		if (t.up == "LEAD" || t.up == "LEADS" || t.up == "LEADING" || t.up == "LED") && i+1 < len(toks) && toks[i+1].up == "TO" {
			continue
		}
		// "U.S.-led": part of a compound word.
		if i > 0 && toks[i-1].up == "-" && toks[i-1].end == t.start {
			continue
		}
		// "commanding general", "ruling party": a participle used as
		// an adjective of an agent noun.
		if strings.HasSuffix(t.up, "ING") && i+1 < len(toks) {
			if _, n := c.agents.match(toks, i+1); n > 0 {
				continue
			}
		}
		// "the regime's escalating attacks", "the continuing raids": a
		// participle qualifying the event noun after it.
		if strings.HasSuffix(t.up, "ING") && i > 0 && i+1 < len(toks) && (determiners[toks[i-1].up] || toks[i-1].up == "'S") &&
			(nominal[toks[i+1].up] != "" || c.verbs.isVerb(toks[i+1].up) && !strings.HasSuffix(toks[i+1].up, "ED") && !strings.HasSuffix(toks[i+1].up, "ING")) {
			continue
		}
		// Nouns spelled like verbs that name no event here:
		// "conflict zones", "the need to", "attack planners".
		if alwaysNoun[t.up] || i+1 < len(toks) && compoundHead[toks[i+1].up] && !strings.HasSuffix(t.up, "ED") {
			continue
		}
		// "demonstrated that", "demonstrate its resolve": to show.
		if strings.HasPrefix(t.up, "DEMONSTRAT") && i+1 < len(toks) && showObject[toks[i+1].up] {
			continue
		}
		// "was sworn in": not an oath against anyone.
		if i+1 < len(toks) && toks[i+1].up == "IN" && (t.up == "SWORN" || t.up == "SWEAR" || t.up == "SWORE") {
			continue
		}
		// "meet the needs of", "met its targets": meeting a standard,
		// not a party.
		if strings.HasPrefix(t.up, "MEET") || t.up == "MET" {
			if j := skipDeterminers(toks, i+1); j < len(toks) && standardNoun[toks[j].up] {
				continue
			}
		}
		// "decide whether", "considering if": deliberation is no
		// event, whatever is weighed.
		if i+1 < len(toks) && (toks[i+1].up == "WHETHER" || toks[i+1].up == "IF" && deliberate(t.up)) {
			continue
		}
		// "roll back tariffs", "taking back", "fought back": a particle
		// after a verb, not the verb "back".
		if t.up == "BACK" && i > 0 && inActor[i-1] < 0 && !toks[i-1].punct && !isCapitalized(toks[i-1].text) &&
			!determiners[toks[i-1].up] && !adverbs[toks[i-1].up] && !strings.HasSuffix(toks[i-1].up, "LY") && !beForms[toks[i-1].up] && toks[i-1].up != "AND" && toks[i-1].up != "OR" {
			continue
		}
		// "with respect to Iran", "in respect of": a preposition.
		if t.up == "RESPECT" && i > 0 && (toks[i-1].up == "WITH" || toks[i-1].up == "IN") {
			continue
		}
		// "security issues": a noun unless an actor issues it.
		if t.up == "ISSUES" && (i == 0 || inActor[i-1] < 0) {
			continue
		}
		// "take place", "took part": not events.
		if i+1 < len(toks) && (toks[i+1].up == "PLACE" || toks[i+1].up == "PART") && (strings.HasPrefix(t.up, "TAK") || strings.HasPrefix(t.up, "TOOK")) {
			continue
		}
		// Idioms: "in support of", "in response to", "in exchange for".
		// "Strikes in support of the army" is the subject's support
		// for whom "of" names.
		if i > 0 && toks[i-1].up == "IN" && i+1 < len(toks) && (toks[i+1].up == "OF" || toks[i+1].up == "TO" || toks[i+1].up == "FOR") {
			if t.up == "SUPPORT" && toks[i+1].up == "OF" {
				if f := c.singleForm(t.up); f != nil {
					out = append(out, match{form: f, first: i, vi: i, last: i, nominal: true, inSupport: true})
				}
			}
			continue
		}
		var best *verbForm
		for _, f := range c.verbs.forms[t.up] {
			if i+len(f.words) > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < len(f.words); k++ {
				if toks[i+k].up != f.words[k] {
					ok = false
					break
				}
			}
			if ok {
				best = f
				break
			}
		}
		nom, against := false, false
		// "the campaign against", "Kenya's war on": the noun, not the
		// verb the dictionary lists ("campaign against" is to
		// criticize).
		if lemma, ok := foughtAgainst[t.up]; ok && i > 0 && (determiners[toks[i-1].up] || inActor[i-1] >= 0) {
			best = nil
			if f := c.singleForm(lemma); f != nil {
				best, nom, against = f, true, true
			}
		}
		// "allowing the president to campaign on": after "to" or a
		// modal these words are verbs of politics, not of war.
		if _, ok := foughtAgainst[t.up]; ok && i > 0 && (toks[i-1].up == "TO" || modalWord(toks[i-1].up)) {
			continue
		}
		if best == nil {
			if lemma, ok := nominal[t.up]; ok {
				best, nom = c.singleForm(lemma), true
			} else if lemma, ok := foughtAgainst[t.up]; ok {
				best, nom, against = c.singleForm(lemma), true, true
			}
		}
		if best == nil {
			continue
		}
		m := match{form: best, first: i, vi: i + best.verb, last: i + len(best.words) - 1, nominal: nom, againstOnly: against}
		out = append(out, m)
		i = m.last
	}
	return out
}

// modalWord reports a modal verb.
func modalWord(u string) bool {
	switch u {
	case "WILL", "WOULD", "CAN", "COULD", "MAY", "MIGHT", "SHALL", "SHOULD", "MUST", "'LL":
		return true
	}
	return false
}

// deliberate reports verbs of weighing a question: "decide if".
func deliberate(u string) bool {
	return hasStem(u, "DECID", "CONSIDER", "DEBAT", "WEIGH", "ASSESS", "EVALUAT", "DETERMIN", "DISCUSS", "ASK", "WONDER", "EXAMIN", "STUD", "REVIEW")
}

// singleForm returns the one-word form u of the verb dictionary, or nil.
func (c *Coder) singleForm(u string) *verbForm {
	for _, f := range c.verbs.forms[u] {
		if len(f.words) == 1 {
			return f
		}
	}
	return nil
}

func isCapitalized(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// Code returns the events of doc, given the mentions and entities the
// actor stage found. Events are in sentence order; IDs are "e1", "e2",
// ... and stable for the same input.
func (c *Coder) Code(doc *bluf.Document, ms []bluf.Mention, es []bluf.Entity) []bluf.Event {
	if doc == nil {
		return nil
	}
	ents := make(map[string]*bluf.Entity, len(es))
	for i := range es {
		ents[es[i].ID] = &es[i]
	}
	pub, hasPub := parseISO(doc.Published)
	// Mentions by sentence, in order.
	bySent := map[string][]bluf.Mention{}
	var loose []bluf.Mention // mentions without a sentence ID
	for _, m := range ms {
		if m.Sentence == "" {
			loose = append(loose, m)
			continue
		}
		bySent[m.Sentence] = append(bySent[m.Sentence], m)
	}
	var out []bluf.Event
	d := &discourse{agents: map[string]bluf.ActorRef{}, para: -1}
	for _, s := range doc.Sentences {
		sm := bySent[s.ID]
		// Mentions without a sentence ID: placed by their offsets.
		for _, m := range loose {
			if m.Start >= s.Start && m.End <= s.End {
				sm = append(sm, m)
			}
		}
		out = append(out, c.codeSentence(s, sm, ents, pub, hasPub, d)...)
		for _, m := range sm {
			e := ents[m.Entity]
			if e != nil && e.Code != "" && (m.Type == bluf.Person || e.Type == bluf.Person) {
				d.person = bluf.ActorRef{Entity: e.ID, Name: e.Name, Code: e.Code}
			}
		}
	}
	for i := range out {
		out[i].ID = "e" + strconv.Itoa(i+1)
	}
	return out
}

// codeSentence codes the events of one sentence, dated from the
// sentence's own date expressions or the article's date.
func (c *Coder) codeSentence(s bluf.Sentence, ms []bluf.Mention, ents map[string]*bluf.Entity, pub civil, hasPub bool, d *discourse) []bluf.Event {
	evs, toks := c.codeTokens(s, ms, ents, d)
	if s.Para != d.para {
		d.para, d.paraDate = s.Para, nil
	}
	dates := findDates(toks, pub, hasPub)
	defer func() {
		if len(dates) > 0 {
			last := dates[len(dates)-1]
			d.paraDate = &last
		}
	}()
	if len(evs) == 0 {
		return nil
	}
	out := make([]bluf.Event, 0, len(evs))
	for _, e := range evs {
		ev := c.event(e, s, toks)
		switch dm, ok := nearestDate(dates, e.m.first, toks); {
		case ok:
			ev.Date, ev.DateBasis = dm.value, dm.basis
		case d.paraDate != nil && e.modality == Asserted && pastTense(toks, e.m.vi, e.m.form):
			// Narration goes on in the time its paragraph set: "In
			// April 2024 he visited Washington. He signed deals".
			ev.Date, ev.DateBasis = d.paraDate.value, d.paraDate.basis
		case hasPub:
			ev.Date, ev.DateBasis = pub.String(), BasisArticle
		}
		out = append(out, ev)
	}
	return out
}

// pastTense reports a simple past ("signed", "struck"), not a present
// perfect ("has signed"), which speaks of now.
func pastTense(toks []token, i int, f *verbForm) bool {
	u := toks[i].up
	if !strings.HasSuffix(u, "ED") && (u == f.lemma || strings.HasSuffix(u, "S") || strings.HasSuffix(u, "ING")) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch w := toks[j].up; {
		case w == "HAS" || w == "HAVE" || w == "'VE" || w == "HAVING":
			return false
		case strings.HasSuffix(w, "LY") || w == "NOT" || w == "ALSO" || w == "BEEN":
			continue
		}
		break
	}
	return true
}

// discourse is what coding carries from sentence to sentence: the last
// person named (for "he" and "she"), the last actor named with each
// agent noun (for "the junta", "the army") and the paragraph's date.
type discourse struct {
	person bluf.ActorRef
	agents map[string]bluf.ActorRef
	// para is the paragraph of the last sentence and paraDate the last
	// date named in it, which narration in the past tense carries on.
	para     int
	paraDate *dateMention
}

// codeTokens codes one sentence into events that still point at their
// tokens, and returns the tokens. d may be nil.
func (c *Coder) codeTokens(s bluf.Sentence, ms []bluf.Mention, ents map[string]*bluf.Entity, d *discourse) ([]coded, []token) {
	if d == nil {
		d = &discourse{}
	}
	person := d.person
	toks := tokenize(s.Text)
	if len(toks) == 0 {
		return nil, nil
	}
	sp := c.spans(s, toks, ms, ents)
	sp = pronouns(toks, sp, person)
	if len(sp) == 0 {
		return nil, toks
	}
	resolveAgents(toks, sp, d)
	inActor := make([]int, len(toks))
	for i := range inActor {
		inActor[i] = -1
	}
	for k, a := range sp {
		for i := a.first; i <= a.last; i++ {
			inActor[i] = k
		}
	}
	verbs := c.findVerbs(toks, inActor)
	var evs []coded
	var last coded // the last event with a source, for verbs sharing it
	for k := range verbs {
		m := &verbs[k]
		c.choosePattern(m, toks, inActor)
		if m.code == "" {
			continue
		}
		var prevSrc *span
		if last.src != nil && linked(toks, last.m.last, m.first) {
			prevSrc = last.src
		}
		got := c.roles(m, toks, sp, inActor, prevSrc)
		for _, e := range got {
			// The subject to share is a verb's, not that of an event
			// noun inside its object ("condemned an attack by X and
			// promised aid").
			if e.src != nil && !m.nominal && e.code == "" {
				last = e
			}
		}
		evs = append(evs, got...)
	}
	return dropLightVerbs(prune(evs), toks), toks
}

// linked reports whether a verb at i may share the subject of a verb
// ending at prev: near it, with no relative or subordinate clause
// opening between ("which targeted and killed" does not share).
func linked(toks []token, prev, i int) bool {
	if i-prev > 14 {
		return false
	}
	for j := prev + 1; j < i; j++ {
		// "meet officials to discuss our efforts to defeat ISIL": the
		// speaker's efforts, not the meeting's subject's.
		if clauseWords[toks[j].up] || clausePunct[toks[j].up] || speakerPossessive[toks[j].up] {
			return false
		}
	}
	return true
}

// lightVerbs carry an event noun: "conducted 34 strikes", "launched an
// attack". The noun's event stands; the light verb's is dropped.
var lightVerbs = map[string]bool{
	"CONDUCT": true, "CARRY": true, "LAUNCH": true, "MOUNT": true, "STAGE": true, "UNDERTAKE": true,
	"EXECUTE": true, "PERFORM": true, "MAKE": true, "HOLD": true, "UNLEASH": true, "CLAIM": true,
}

// escalateVerbs raise the level of what they take.
var escalateVerbs = map[string]bool{
	"STEP": true, "EXPAND": true, "INTENSIFY": true, "ESCALATE": true, "INCREASE": true, "BOOST": true,
	"RAMP": true, "BEEF": true, "AMPLIFY": true, "WIDEN": true, "EXTEND": true, "DEEPEN": true, "RESUME": true, "RENEW": true,
}

func dropLightVerbs(evs []coded, toks []token) []coded {
	// "JNIM expanded its attacks", "stepped up strikes": escalating
	// violence is violence; the dictionary's threat code (13x) for the
	// verb gives way to the event noun's.
	escalated := map[*match]bool{}
	for _, f := range evs {
		if f.m.pat == nil || rootOf(f.m.code) != "13" || !escalateVerbs[f.m.form.lemma] || f.modality != Asserted {
			continue
		}
		for i := range evs {
			e := &evs[i]
			if e.m != f.m && (e.m.nominal || nounForm(toks[e.m.vi].up, e.m.form)) && violent(e.cameo()) && f.m.last < e.m.first && e.m.last <= f.m.patternEnd {
				escalated[f.m] = true
				if e.src == nil && f.src != nil && (e.tgt == nil || !sameActor(f.src, e.tgt)) {
					e.src = f.src
				}
			}
		}
	}
	out := evs[:0]
	for _, e := range evs {
		if escalated[e.m] {
			continue
		}
		// "signed deals with Qatar": the verb's pattern took the word
		// in; it is no event of its own when the verb's has a source.
		inPattern := false
		for _, f := range evs {
			if f.m != e.m && !escalated[f.m] && f.m.pat != nil && f.src != nil && f.m.last < e.m.first && e.m.last <= f.m.patternEnd {
				inPattern = true
			}
		}
		if inPattern {
			continue
		}
		// "signed an accord with Ethiopia": the object noun repeats
		// the verb's event without a source of its own.
		if e.m.nominal && e.src == nil {
			dup := false
			for _, f := range evs {
				if f.m != e.m && f.m.last < e.m.first && e.m.first-f.m.last <= 4 && f.tgt == e.tgt && f.src != nil {
					dup = true
				}
			}
			if dup {
				continue
			}
		}
		if lightVerbs[e.m.form.lemma] {
			carried := false
			for _, f := range evs {
				if f.m != e.m && f.m.first > e.m.last && f.m.first <= e.m.last+5 {
					carried = true
				}
			}
			if carried {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// coded is an event before it becomes a bluf.Event.
type coded struct {
	m        *match
	src, tgt *span
	modality string
	code     string // a reciprocal event's code; "" means m.code
}

// cameo returns the event's CAMEO code.
func (e coded) cameo() string {
	if e.code != "" {
		return e.code
	}
	return e.m.code
}

// event fills in a bluf.Event from a coded one.
func (c *Coder) event(e coded, s bluf.Sentence, toks []token) bluf.Event {
	code := e.cameo()
	root := rootOf(code)
	ev := bluf.Event{
		Code:      code,
		Root:      root,
		Label:     label(code),
		QuadClass: quadClass(root),
		Modality:  e.modality,
		Verb:      sentText(s.Text, toks, e.m.first, e.m.last),
		Sentence:  s.ID,
		Text:      s.Text,
		DateBasis: BasisUndated,
	}
	if w, ok := c.gold.Score(code); ok {
		ev.Goldstein = w
	}
	if e.src != nil {
		ev.Source = e.src.ref
	}
	if e.tgt != nil {
		ev.Target = e.tgt.ref
	}
	return ev
}

// rootOf returns the two-digit root of a CAMEO code.
func rootOf(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// quadClass maps a root onto the four quad classes: verbal cooperation
// (01–05) 1, material cooperation (06–08) 2, verbal conflict (09–13) 3,
// material conflict (14–20) 4. It returns 0 for an invalid root.
func quadClass(root string) int {
	n, err := strconv.Atoi(root)
	if err != nil {
		return 0
	}
	switch {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 8:
		return 2
	case n >= 9 && n <= 13:
		return 3
	case n >= 14 && n <= 20:
		return 4
	}
	return 0
}
