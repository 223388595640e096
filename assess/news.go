package assess

import (
	"regexp"
	"strings"
)

// Patterns of plain news that state competing accounts without arguing
// for one: an accusation and its denial in separate sentences, stated
// uncertainty about who is responsible with the candidates the text
// names, and forecasts that diverge ("analysts expect X, while others
// warn Y" is read by lines, whose claim verbs include the forecast
// verbs).

var (
	// denialRe reads "B (has) denied/rejected/dismissed/disputed REST".
	denialRe = regexp.MustCompile(`^(.{2,80}?)\s+(?:has\s+|have\s+|had\s+)?(?:(?:\w+ly|always|also|since|twice|previously|long)\s+){0,2}(?:denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|dismiss|disputed|disputes|dispute|refuted|refutes)\s+(.{3,})$`)
	// sayingRe finds B's own account in the denial: ", saying (that) Y".
	sayingRe = regexp.MustCompile(`(?i),\s+(?:saying|adding|insisting|arguing|and said|and insisted)\s+(?:that\s+)?(.{12,})$`)
	// postClaimRe reads a claim with the attribution after it: "X, A
	// said." or "X, according to A."
	postClaimRe = regexp.MustCompile(`^(.{16,}?),?["”’]?\s+(?:(.{2,60}?)\s+(?:said|says|alleged|alleges|claimed|claims|reported|reports|told [\w\s]{2,30})|according to (.{2,60}?))\.?$`)
	// leadPhraseRe strips a fronted adverbial: "In a statement on
	// Friday, ...".
	leadPhraseRe = regexp.MustCompile(`^(?:In|On|At|During|After|Following|Earlier|Last|Late|In a|Speaking)\b[^,]{2,60},\s+(.{12,})$`)
	// accuseAnyRe reads "A accused B of X" with A a compound speaker.
	accuseAnyRe = regexp.MustCompile(`^(.{2,80}?)\s+(?:accuses|accused|accuse)\s+(\S+(?:\s+\S+){0,6}?)\s+of\s+(.{8,})$`)
	// passiveAccRe reads "B was accused of X (by A)".
	passiveAccRe = regexp.MustCompile(`^(\S+(?:\s+\S+){0,4}?)\s+(?:was|were|has been|have been|had been|is|are|stands|stand)\s+accused\s+of\s+(.{4,}?)(?:\s+by\s+(.{2,60}?))?(?:\s+(?:in|following|after|during)\s+.*)?$`)
	// blameRe names a candidate the text holds responsible.
	blameRe = regexp.MustCompile(`(?i)^(.{2,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:blamed|blames|blame|accused|accuses|accuse)\s+(.{2,60}?)\s+(?:for|of)\s+(.{6,})$`)
	// claimedRe names a group claiming responsibility.
	claimedRe = regexp.MustCompile(`(?i)^(.{2,60}?)\s+(?:has\s+|have\s+|had\s+)?claimed responsibility(?:\s+for\s+(.{4,}))?`)
	// unclearRe states uncertainty about who or what is responsible.
	unclearRe = regexp.MustCompile(`(?i)\b(?:it (?:was|is|remains|remained) (?:not|still not|not yet|unclear|not immediately)(?: immediately| yet)? clear|(?:it )?(?:remains|remained|was|is) unclear|no (?:group|one) (?:has |had )?(?:yet )?claimed responsibility|officials (?:are|were) investigating|investigators (?:are|were) (?:trying to determine|examining|looking into))\b\s*(who|whether|what|why)?`)
)

var (
	unclearWords = wordSet("clear unclear investigating examining determine claimed")
	blameWords   = wordSet("blamed blames blame accused accuses accuse responsibility")
)

// denialObjects are the anaphoric objects of a denial that point back to
// an earlier claim ("denied the allegations").
var denialObjects = wordSet("allegation allegations accusation accusations claim claims charge charges report reports account accounts it them this that")

// accusations returns the competing accounts of a claim and its denial
// by another actor: "B denied that Y" or "B disputed the notion that Y"
// (the claim is in the denial itself), or "A said (or accused B of) X"
// in one of the sentences before "B denied it". H1 is the claim, H2 the
// denier's account (", saying Z") or, failing that, that the claim is
// false.
func (a *analysis) accusations() []*altSet {
	var out []*altSet
	for i, t := range a.prose {
		if t.question || !hasAny(t, denyWords) {
			continue
		}
		body := strings.TrimRight(trimLead(t.text), ". ")
		m := denialRe.FindStringSubmatch(body)
		if m == nil {
			continue
		}
		denier, rest := strings.TrimSpace(m[1]), m[2]
		context := ""
		if k := strings.LastIndex(denier, ", "); k > 0 {
			// "Shortly after news broke that X, B denied ...".
			context, denier = denier[:k], denier[k+2:]
		}
		if subjectPronouns[strings.ToLower(denier)] || strings.EqualFold(denier, "he") || strings.EqualFold(denier, "she") {
			denier = a.namedSubjectBefore(i)
		}
		if denier == "" || !speakerPhrase(denier) {
			continue
		}
		verb := denialVerbOf(t)
		h2text := "The claim is false (per " + tidyWho(denier) + ", who " + verb + " it)"
		if sm := sayingRe.FindStringSubmatch(rest); sm != nil && len(strings.Fields(sm[1])) >= 3 {
			h2text = tidy(strings.TrimPrefix(strings.Trim(cutTail(sm[1]), ".”\"’ "), "instead ")) + " (per " + tidyWho(denier) + ", who " + verb + " the claim)"
			rest = rest[:strings.Index(rest, sm[0])]
		}
		var h1 *hyp
		switch {
		case inlineClaimRe.MatchString(rest):
			// The claim is stated in the denial: "denied that Y".
			y := inlineClaimRe.FindStringSubmatch(rest)[1]
			if w := strings.ToLower(firstWordOf(y)); w == "he" || w == "she" {
				// "B denied that he ...": B himself.
				y = denier + y[len(w):]
			}
			if len(strings.Fields(y)) >= 4 {
				h1 = a.newHyp("lines", cutTail(y)+" (the claim "+tidyWho(denier)+" "+verb+")", t)
			}
		case newsThatRe.MatchString(context):
			y := newsThatRe.FindStringSubmatch(context)[1]
			if len(strings.Fields(y)) >= 4 {
				h1 = a.newHyp("lines", cutTail(y)+" (per news reports)", t)
			}
		default:
			// The claim: an earlier sentence, within a few, in which
			// another actor states or alleges what the denial is about.
			for k := i - 1; k >= 0 && k >= i-4 && h1 == nil; k-- {
				s := a.prose[k]
				cl, ok := parseAnyClaim(s.text)
				if !ok || strings.EqualFold(cl.who, denier) || subjectPronouns[strings.ToLower(cl.who)] {
					continue
				}
				if a.sim(a.features(cl.what), a.features(rest)) < 0.15 && !anaphoricObject(rest) {
					continue
				}
				h1 = a.newHyp("lines", cutTail(cl.what)+" (per "+tidyWho(cl.who)+")", s)
			}
		}
		if h1 == nil {
			continue
		}
		h2 := a.newHyp("lines", h2text, t)
		h1.factual, h2.factual = true, true
		// A denial contradicts the claim: its ratings mirror the claim's.
		h1.claim, h2.negates = true, h1
		out = append(out, &altSet{kind: "lines", alts: []*hyp{h1, h2}, at: h1.src[0]})
	}
	return out
}

var (
	// inlineClaimRe finds the claim inside a denial's object.
	inlineClaimRe = regexp.MustCompile(`(?i)^(?:that|(?:the |these |those |any )?(?:[\w'‘’"“”-]+\s+){0,2}?(?:notion|claim|suggestion|idea|allegation|accusation|report|assertion|charge)s?(?: made)?(?: (?:in|by) .{2,60}?)? (?:that|which) (?:said |claimed |alleged |stated )?(?:that )?)\s*(.{12,})$`)
	// newsThatRe finds a reported development before a denial.
	newsThatRe = regexp.MustCompile(`(?i)\b(?:news|reports?|word|rumou?rs?) (?:broke|emerged|surfaced|circulated|spread)(?: on \w+)? that (.{12,})$`)
)

// namedSubjectBefore returns the proper-name subject of the nearest of the
// three sentences before prose index i ("Volker reiterated ..."), for a
// pronoun, or "".
func (a *analysis) namedSubjectBefore(i int) string {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := trimLead(a.prose[k].text)
		f := strings.Fields(t)
		var name []string
		for _, w := range f {
			w = strings.TrimRight(w, ",")
			if r := w[0]; r < 'A' || r > 'Z' || stopwords[strings.ToLower(w)] {
				break
			}
			name = append(name, w)
			if len(name) == 4 {
				break
			}
		}
		if len(name) > 0 && len(name) < len(f) {
			return strings.Join(name, " ")
		}
	}
	return ""
}

// speakerPhrase is nounPhrase allowing "A and B" ("the Russian and
// Syrian defence ministries").
func speakerPhrase(p string) bool {
	if nounPhrase(p) {
		return true
	}
	if strings.ContainsAny(p, ",;:()\"“”") || len(tokenize(p)) > 8 {
		return false
	}
	for _, part := range strings.Split(p, " and ") {
		if !nounPhrase(part) {
			return false
		}
	}
	return true
}

// anaphoricObject reports a denial object that refers back: "the
// allegations", "these accusations", "Swift's claims".
func anaphoricObject(rest string) bool {
	toks := tokenize(rest)
	for i, t := range toks {
		if i > 4 {
			break
		}
		if denialObjects[t.word] && t.word != "it" && t.word != "them" && t.word != "this" && t.word != "that" {
			return true
		}
	}
	return len(toks) > 0 && (toks[0].word == "it" || toks[0].word == "them" || toks[0].word == "this" || toks[0].word == "that")
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,;:\"“”'’")
}

var denyWords = wordSet("denied denies deny rejected rejects reject dismissed dismisses dismiss disputed disputes dispute refuted refutes")

func denialVerbOf(s *sent) string {
	for _, t := range s.toks {
		if denyWords[t.word] {
			return t.word
		}
	}
	return "denied"
}

// claimStems are the verb stems of which parseAnyClaim1's patterns need
// one (claimRe, accuseRe, accuseAnyRe, passiveAccRe, reportRe,
// postClaimRe): a cheap test that spares most sentences the regular
// expressions.
var claimStems = []string{"say", "said", "argu", "insist", "claim", "maintain", "contend", "assert",
	"counter", "believ", "expect", "predict", "forecast", "warn", "estimat", "accus", "alleg",
	"report", "charged", "told", "according to"}

// claimCue reports whether text holds one of claimStems, in any case.
func claimCue(text string) bool {
	lower := strings.ToLower(text)
	for _, st := range claimStems {
		if strings.Contains(lower, st) {
			return true
		}
	}
	return false
}

// parseAnyClaim reads a claim with its attribution before ("A said X",
// "A accused B of X") or after ("X, A said").
func parseAnyClaim(text string) (claim, bool) {
	c, ok := parseAnyClaim1(text)
	if ok {
		c.what = timeThatRe.ReplaceAllString(c.what, "")
	}
	return c, ok
}

// timeThatRe is a time or venue phrase between a speech verb and its
// "that" clause: "said on Tuesday that ...".
var timeThatRe = regexp.MustCompile(`(?i)^(?:(?:on|last|this|in|at|late|early|earlier)\b[^,]{0,40}?\s+)?that\s+`)

func parseAnyClaim1(text string) (claim, bool) {
	if !claimCue(text) {
		return claim{}, false // every pattern below needs a speech or accusation verb
	}
	if c, ok := parseClaim(text); ok {
		return c, true
	}
	t := strings.TrimRight(trimLead(text), ". ")
	if m := leadPhraseRe.FindStringSubmatch(t); m != nil {
		// "In a joint statement on Friday, A accused B of X."
		if c, ok := parseClaim(m[1]); ok {
			return c, true
		}
		t = m[1]
	}
	if m := accuseAnyRe.FindStringSubmatch(t); m != nil && speakerPhrase(m[1]) {
		// "accused B of controlling X" -> "B controls X".
		return claim{who: m[1], what: gerundClause(m[2], m[3])}, true
	}
	if m := passiveAccRe.FindStringSubmatch(t); m != nil {
		who := "the accusers"
		if m[3] != "" && nounPhrase(m[3]) {
			who = m[3]
		}
		what := gerundClause(m[1], m[2])
		if what == m[2] {
			what = m[1] + " committed " + m[2]
		}
		return claim{who: who, what: what}, true
	}
	if m := reportRe.FindStringSubmatch(t); m != nil && nounPhrase(m[1]) && len(strings.Fields(m[2])) >= 4 {
		return claim{who: m[1], what: m[2]}, true
	}
	if m := postClaimRe.FindStringSubmatch(t); m != nil {
		who := m[2]
		if who == "" {
			who = m[3]
		}
		what := strings.TrimRight(strings.TrimSpace(m[1]), ",“”\"")
		if nounPhrase(who) && !subjectPronouns[strings.ToLower(who)] && len(strings.Fields(what)) >= 4 {
			return claim{who: who, what: strings.TrimLeft(what, "“\"")}, true
		}
	}
	return claim{}, false
}

// responsibility returns competing explanations of who is responsible
// when the text says it is unclear and names candidates: the actors it
// reports blamed or accused, or a group claiming responsibility. With a
// single candidate, the alternative is that someone else was
// responsible, grounded in the sentence that states the uncertainty.
func (a *analysis) responsibility() []*altSet {
	var unclear *sent
	for _, s := range a.prose {
		if !s.question && hasAny(s, unclearWords) && unclearRe.MatchString(s.text) {
			unclear = s
			break
		}
	}
	if unclear == nil {
		return nil
	}
	var hs []*hyp
	var names []string
	seen := map[string]bool{}
	for _, s := range a.prose {
		if s.question || len(hs) == 3 || !hasAny(s, blameWords) {
			continue
		}
		t := strings.TrimRight(trimLead(s.text), ". ")
		if m := blameRe.FindStringSubmatch(t); m != nil && nounPhrase(m[1]) && nounPhrase(m[2]) && !subjectPronouns[strings.ToLower(m[2])] {
			key := strings.ToLower(m[2])
			if !seen[key] {
				seen[key] = true
				names = append(names, m[2])
				hs = append(hs, a.newHyp("lines", m[2]+" is responsible for "+cutTail(firstClause(m[3]))+" (per "+tidyWho(m[1])+")", s))
			}
			continue
		}
		if m := claimedRe.FindStringSubmatch(t); m != nil && nounPhrase(m[1]) && !strings.HasPrefix(strings.ToLower(m[1]), "no ") {
			key := strings.ToLower(m[1])
			if !seen[key] {
				seen[key] = true
				what := "the attack"
				if m[2] != "" {
					what = cutTail(firstClause(m[2]))
				}
				names = append(names, m[1])
				hs = append(hs, a.newHyp("lines", m[1]+" is responsible for "+what+" (as it claimed)", s))
			}
		}
	}
	switch len(hs) {
	case 0:
		return nil
	case 1:
		hs = append(hs, a.newHyp("lines", "Someone other than "+names[0]+" is responsible (the text says responsibility is unclear)", unclear))
	}
	for _, h := range hs {
		h.factual = true
	}
	return []*altSet{{kind: "lines", alts: hs, at: unclear}}
}

// expectedRe reads a stated next step and its stated reversal: "The
// truce is expected to hold, but it could collapse if ...".
var expectedRe = regexp.MustCompile(`^(.{2,80}?)\s+(?:is|are|was|were)\s+(?:widely\s+|still\s+)?(?:expected|likely|set|scheduled|due|poised|poised|planning|planned)\s+to\s+(.{4,}?),?\s+(?:but|though|although|yet|while)\s+(?:it|they|he|she|the [\w-]+|(?:[A-Z][\w'’-]*\s*){1,3})\s+(?:could|may|might|would)\s+(?:also\s+|still\s+|instead\s+)?(.{4,})$`)

// expectedBut finds continuation against reversal when the text states
// both: "X is expected to A, but it could B". Only a stated reversal
// counts; an event report with next steps alone gets no alternative.
func (a *analysis) expectedBut(s *sent) []*hyp {
	if !s.has(cueModal) {
		return nil
	}
	m := expectedRe.FindStringSubmatch(strings.TrimRight(trimLead(s.text), ". "))
	if m == nil || !nounPhrase(m[1]) || subjectPronouns[strings.ToLower(m[1])] {
		return nil
	}
	x, y := firstClause(m[2]), cutTail(m[3])
	if !isBareVerbShape(firstWordOf(x)) && !baseVerbs[firstWordOf(x)] || !isBareVerbShape(firstWordOf(y)) && !baseVerbs[firstWordOf(y)] {
		return nil
	}
	return []*hyp{
		a.newHyp("outlook", clauseOf(m[1], x), s),
		a.newHyp("outlook", clauseOf(m[1], y), s),
	}
}
