package assess

import (
	"regexp"
	"strings"
	"unicode"
)

// The detectors of stated alternatives. Each reads one sentence (or a
// chain of sentences) and returns the alternatives it states, lightly
// normalised into statements, or nil.

// alternativeSets finds every stated set of alternatives in the text.
func (a *analysis) alternativeSets() []*altSet {
	var out []*altSet
	add := func(kind string, s *sent, alts []*hyp) {
		var keep []*hyp
		for _, h := range alts {
			if n := len(strings.Fields(h.text)); h.feats.size() >= 2 && n >= 2 && n <= 40 && strings.Count(h.text, ",") < 2 {
				keep = append(keep, h)
			}
		}
		if len(keep) == len(alts) && len(keep) >= 2 {
			out = append(out, &altSet{kind: kind, alts: keep, at: s})
		}
	}
	for _, s := range a.prose {
		if s.question {
			continue
		}
		if alts := a.optionsColon(s); alts != nil {
			add("options", s, alts)
		}
		if alts := a.eitherOr(s); alts != nil {
			add("either", s, alts)
		}
		if alts := a.between(s); alts != nil {
			add("between", s, alts)
		}
		if alts := a.whetherOr(s); alts != nil {
			add(alts[0].kind, s, alts)
		}
		if alts := a.moreThan(s); alts != nil {
			add("comparison", s, alts)
		}
		if alts := a.lines(s, nil); alts != nil {
			add("lines", s, alts)
		}
		if alts := a.contested(s); alts != nil {
			add("lines", s, alts)
		}
		if alts := a.ratherThan(s); alts != nil {
			add("rather", s, alts)
		}
	}
	for i := 1; i < len(a.prose); i++ {
		if alts := a.lines(a.prose[i-1], a.prose[i]); alts != nil {
			add("lines", a.prose[i-1], alts)
		}
	}
	for _, s := range a.prose {
		if alts := a.expectedBut(s); alts != nil {
			add("outlook", s, alts)
		}
	}
	out = append(out, a.modalChains()...)
	out = append(out, a.enumerated()...)
	for _, set := range append(a.accusations(), a.responsibility()...) {
		add(set.kind, set.at, set.alts)
	}
	return out
}

var optionNouns = wordSet("options option choices choice alternatives paths pathways scenarios outcomes possibilities futures dilemma crossroads")

// optionsColon finds "two options: X or Y".
func (a *analysis) optionsColon(s *sent) []*hyp {
	colon := strings.IndexByte(s.text, ':')
	if colon < 0 {
		return nil
	}
	pre, post := s.text[:colon], s.text[colon+1:]
	found := false
	for _, t := range s.toks {
		if t.end <= colon && optionNouns[t.word] {
			found = true
		}
	}
	if !found {
		return nil
	}
	parts := splitOr(post)
	if len(parts) < 2 {
		return nil
	}
	subj := subjectBefore(pre)
	var out []*hyp
	for _, p := range parts {
		out = append(out, a.newHyp("options", clauseOf(subj, cutTail(p)), s))
	}
	return out
}

// splitOr splits "X, Y, or Z" / "X or Y" at top-level "or".
func splitOr(s string) []string {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "."))
	s = strings.TrimPrefix(s, "either ")
	parts := strings.Split(s, " or ")
	if len(parts) < 2 {
		return nil
	}
	var out []string
	for _, p := range parts {
		p = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p), ","))
		if p == "" {
			return nil
		}
		out = append(out, p)
	}
	return out
}

var optionsForRe = regexp.MustCompile(`(?i)\b(?:options|choices|paths|pathways|alternatives|scenarios)\s+(?:for|before|facing|open to|available to)\s+(.+?)\s*$`)

var verbAfterSubject = wordSet(`faces face has have is are was were must needs need confronts confront weighs weigh presents present
offers offer emerge emerges remain remains could can will would may might should seems seem appears appear stands stand`)

// subjectBefore returns the subject noun phrase of a clause that
// introduces alternatives ("Cornered, the US faces two choices" -> "the
// US"), or "" when the clause has none ("Two options emerge").
func subjectBefore(pre string) string {
	if m := optionsForRe.FindStringSubmatch(pre); m != nil && len(strings.Fields(m[1])) <= 5 {
		return m[1] // "two paths for Beijing", "options facing the junta"
	}
	if i := strings.LastIndex(pre, ","); i >= 0 {
		pre = pre[i+1:]
	}
	pre = trimLead(pre)
	toks := tokenize(pre)
	for i, t := range toks {
		if verbAfterSubject[t.word] {
			if i == 0 || i > 6 {
				return ""
			}
			subj := trimAdverbs(strings.TrimSpace(pre[:t.start]))
			for _, st := range toks[:i] {
				if optionNouns[st.word] || subjectPronouns[st.word] {
					return ""
				}
			}
			return subj
		}
	}
	return ""
}

// eitherOr finds "either X or Y".
func (a *analysis) eitherOr(s *sent) []*hyp {
	if !hasAny(s, eitherWord) {
		return nil
	}
	lower := asciiLower(s.text)
	i := indexWord(lower, "either")
	if i < 0 {
		return nil
	}
	rest := s.text[i+len("either"):]
	j := strings.Index(rest, " or ")
	if j < 0 {
		return nil
	}
	// Only clause-level alternatives: "X could either A or B", "either A
	// or B" opening a sentence or clause; not "by either A or B".
	pre := strings.TrimSpace(s.text[:i])
	if pre != "" {
		prev := tokenize(pre)
		if len(prev) == 0 {
			return nil
		}
		w := prev[len(prev)-1].word
		if !modals[w] && !auxiliaries[w] && w != "to" && w != "and" && !strings.HasSuffix(pre, ",") && !strings.HasSuffix(pre, ":") {
			return nil
		}
	}
	if w := strings.ToLower(firstWordOf(rest)); eitherDeterminer[w] {
		return nil // "either way", "either side": not alternatives
	}
	x := rest[:j]
	y := firstClause(rest[j+4:])
	subj := ""
	if pre != "" {
		subj, _ = splitModal(pre)
		if subjectPronouns[strings.ToLower(subj)] || strings.ContainsAny(subj, ",:") {
			subj = ""
		}
	}
	return []*hyp{
		a.newHyp("either", clauseOf(subj, cutTail(x)), s),
		a.newHyp("either", clauseOf(subj, y), s),
	}
}

var (
	eitherWord  = wordSet("either")
	whetherWord = wordSet("whether")
	ratherWords = wordSet("rather instead")
)

var eitherDeterminer = wordSet("way side sides party parties of one case country direction hand end")

// firstClause cuts an alternative at its first comma or dash: "B, the
// officials said" -> "B".
func firstClause(s string) string {
	if i := strings.IndexAny(s, ",;—–("); i > 0 && len(strings.Fields(s[:i])) >= 2 {
		return strings.TrimSpace(s[:i])
	}
	return cutTail(s)
}

var choiceVerbs = wordSet("choose chooses choosing chose choice choices decide decides deciding pick picks select selects torn")

// between finds "choose between X and/or Y".
func (a *analysis) between(s *sent) []*hyp {
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k].word != "between" || !choiceVerbs[s.toks[k-1].word] {
			continue
		}
		// A relative clause inside an option ("a crackdown, which sparks
		// a year or two of fury, and ...") is no place to split.
		rest := relativeRe.ReplaceAllString(s.text[s.toks[k].end:], "")
		parts := strings.SplitN(rest, " or ", 2)
		if len(parts) < 2 {
			parts = strings.SplitN(rest, " and ", 2)
		}
		if len(parts) < 2 {
			return nil
		}
		subj := choiceSubject(s.text[:s.toks[k-1].start])
		return []*hyp{
			a.newHyp("between", gerundClause(subj, firstClause(parts[0])), s),
			a.newHyp("between", gerundClause(subj, firstClause(parts[1])), s),
		}
	}
	return nil
}

// relativeRe is a non-restrictive relative clause set off by commas.
var relativeRe = regexp.MustCompile(`,\s+(?:which|who|whose|where)\b[^,;]*,`)

// choiceSubject returns who faces the choice in the text before the
// choice verb ("the government must then" -> "the government"), or "".
func choiceSubject(pre string) string {
	if i := strings.LastIndexAny(pre, ",;:"); i >= 0 {
		pre = pre[i+1:]
	}
	toks := tokenize(pre)
	for len(toks) > 0 {
		w := toks[len(toks)-1].word
		if !modals[w] && !auxiliaries[w] && w != "then" && w != "now" && w != "to" && w != "must" && w != "should" && w != "faces" && w != "face" && w != "a" && w != "the" && w != "has" && w != "have" && w != "stark" && w != "difficult" {
			break
		}
		pre = pre[:toks[len(toks)-1].start]
		toks = toks[:len(toks)-1]
	}
	subj := trimLead(strings.TrimSpace(pre))
	if subj == "" || !nounPhrase(subj) || subjectPronouns[strings.ToLower(subj)] {
		return ""
	}
	return subj
}

// gerundClause turns an alternative stated as a gerund into a statement
// about subj: ("the council", "cutting subsidies") -> "The council cuts
// subsidies". Without a subject, or when the alternative is no gerund,
// it is returned as written.
func gerundClause(subj, alt string) string {
	f := strings.Fields(alt)
	if subj == "" || len(f) == 0 {
		return alt
	}
	base, ok := degerund(strings.ToLower(f[0]))
	if !ok {
		return alt
	}
	f[0] = base
	// Coordinated gerunds: "responding and generating ..." -> "responds
	// and generates ...".
	for i := 1; i+1 < len(f); i++ {
		if strings.ToLower(f[i]) == "and" || strings.ToLower(f[i]) == "or" {
			if b, ok := degerund(strings.ToLower(f[i+1])); ok {
				f[i+1] = thirdPersonFor(subj, b)
			}
		}
	}
	return clauseOf(subj, strings.Join(f, " "))
}

// thirdPersonFor inflects a bare verb for subj.
func thirdPersonFor(subj, v string) string {
	if pluralSubject(subj) {
		return v
	}
	return thirdPerson(v)
}

// doubledL are gerund stems that double a final l ("controlling").
var doubledL = wordSet("controll patroll expell compell propell repell travell labell cancell modell fuell signall levell channell enroll rebell excell")

// degerund returns the bare verb of a gerund ("dealing" -> "deal",
// "making" -> "make", "cutting" -> "cut", "negotiating" -> "negotiate").
func degerund(w string) (string, bool) {
	if !strings.HasSuffix(w, "ing") || len(w) < 6 || !isASCII(w) {
		return "", false
	}
	b := w[:len(w)-3]
	n := len(b)
	switch {
	case doubledL[b]:
		return b[:n-1], true // controlling -> control
	case strings.HasSuffix(b, "u"):
		return b + "e", true // pursuing -> pursue
	case n >= 2 && b[n-1] == b[n-2] && !strings.ContainsRune("lsz", rune(b[n-1])):
		return b[:n-1], true // cutting -> cut
	case strings.HasSuffix(b, "at") || strings.HasSuffix(b, "iz") || strings.HasSuffix(b, "is") || strings.HasSuffix(b, "us") ||
		strings.HasSuffix(b, "bl") || strings.HasSuffix(b, "pl") || strings.HasSuffix(b, "tl") || strings.HasSuffix(b, "dl") ||
		strings.HasSuffix(b, "v") || strings.HasSuffix(b, "c") || strings.HasSuffix(b, "dg") || strings.HasSuffix(b, "rg"):
		return b + "e", true // negotiating -> negotiate, leaving -> leave
	case n <= 4 && n >= 3 && !strings.ContainsRune("aeiou", rune(b[n-1])) && strings.ContainsRune("aeiou", rune(b[n-2])) && !strings.ContainsRune("aeiou", rune(b[n-3])) && !strings.ContainsRune("wxy", rune(b[n-1])):
		return b + "e", true // making -> make
	}
	return b, true
}

// whetherOr finds "whether X or Y".
func (a *analysis) whetherOr(s *sent) []*hyp {
	if !hasAny(s, whetherWord) {
		return nil
	}
	lower := asciiLower(s.text)
	i := indexWord(lower, "whether")
	if i < 0 {
		return nil
	}
	rest := s.text[i+len("whether"):]
	// Only an object clause ("unclear whether X", "as to whether X"): a
	// fronted "Whether X or Y, ..." concedes rather than weighs.
	prev := tokenize(s.text[:i])
	n := len(prev)
	head := n > 0 && whetherHeads[prev[n-1].word]
	// "The question is whether X", "the real test remains whether X".
	if !head && n > 1 && (prev[n-1].word == "is" || prev[n-1].word == "was" || prev[n-1].word == "remains") && questionNouns[prev[n-2].word] {
		head = true
	}
	if !head {
		return nil
	}
	j := strings.Index(rest, " or ")
	if j < 0 || strings.HasPrefix(strings.TrimSpace(rest[j+4:]), "not") {
		// "whether X (or not)": X against its negation.
		x := rest
		if j >= 0 {
			x = rest[:j]
		}
		for _, c := range []string{" and if ", " and whether ", " or if ", " or whether "} {
			if k := strings.Index(x, c); k > 0 {
				x = x[:k] // the first of two coordinated questions
			}
		}
		x = cutTail(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(x), ".")))
		if copulas(x) >= 2 {
			// "questions about whether he was fit for office was made
			// up": the clause runs on into the outer sentence.
			return nil
		}
		if neg, ok := negate(x); ok && len(strings.Fields(x)) >= 4 {
			h1 := a.newHyp("whether1", x, s)
			h2 := a.newHyp("whether1", neg, s)
			h2.negates = h1
			return []*hyp{h1, h2}
		}
		return nil
	}
	x, y := firstClause(rest[:j]), firstClause(rest[j+4:])
	if w := strings.ToLower(firstWordOf(y)); w == "whether" || w == "if" {
		return nil
	}
	return []*hyp{
		a.newHyp("whether", x, s),
		a.newHyp("whether", y, s),
	}
}

// orientations are the words of "more focused on A than on B" that
// contrast two lines of policy.
var orientations = wordSet("focused focussed interested concerned committed inclined oriented invested engaged dependent reliant keen intent bent geared preoccupied fixated")

var moreThanRe = regexp.MustCompile(`(?i)\bmore (\w+) (on|in|with|to|about|toward|towards) (.+?) than (?:(?:on|in|with|to|about|toward|towards) )?(.+)$`)

// moreThan finds two lines contrasted in one comparison: "a policy more
// focused on A than on B".
func (a *analysis) moreThan(s *sent) []*hyp {
	if !strings.Contains(s.text, " than ") || !strings.Contains(asciiLower(s.text), "more ") {
		return nil
	}
	m := moreThanRe.FindStringSubmatchIndex(s.text)
	if m == nil {
		return nil
	}
	head := s.text[:m[0]]
	verb, prep := s.text[m[2]:m[3]], s.text[m[4]:m[5]]
	x, y := s.text[m[6]:m[7]], s.text[m[8]:m[9]]
	if !orientations[strings.ToLower(verb)] {
		return nil
	}
	head = compactHead(head)
	hx := a.newHyp("comparison", head+" "+verb+" "+prep+" "+cutTail(x), s)
	hy := a.newHyp("comparison", head+" "+verb+" "+prep+" "+cutTail(y), s)
	hx.factual, hy.factual = true, true // two lines, corroborated by restatement
	return []*hyp{hx, hy}
}

// compactHead strips openers, "what X make clear is that" frames and
// dash-set parentheticals from the head of a comparison.
func compactHead(h string) string {
	h = trimLead(h)
	l := asciiLower(h)
	if i := strings.Index(l, " is that "); i >= 0 && i < len(h)/2+40 {
		h = h[i+len(" is that "):]
	}
	for _, p := range []string{"there are ", "there is ", "it is "} {
		if strings.HasPrefix(asciiLower(h), p) {
			h = h[len(p):]
		}
	}
	for _, d := range []string{"—", "–", " - "} {
		for {
			i := strings.Index(h, d)
			if i < 0 {
				break
			}
			j := strings.Index(h[i+len(d):], d)
			if j < 0 {
				break
			}
			h = h[:i] + " " + h[i+len(d)+j+len(d):]
		}
	}
	h = strings.Join(strings.Fields(h), " ")
	// "elements that appear to be pursuing a policy" -> "elements pursue
	// a policy": a statement, not a noun phrase.
	if m := relGerundRe.FindStringSubmatch(h); m != nil {
		if v, ok := degerund(m[2]); ok {
			h = m[1] + " " + thirdPersonFor(m[1], v) + m[3]
		}
	}
	return h
}

var relGerundRe = regexp.MustCompile(`^(.{3,80}?) (?:that|who|which) (?:appears?|seems?|are|is) (?:to be )?([a-z]+ing)\b(.*)$`)

var modals = wordSet("could might may would can will")

// possibility modals open alternatives; "will" and "can" announce plans.
var possibility = wordSet("could might may would")

// splitModal splits "the army could" style text into subject and modal.
func splitModal(pre string) (subj, modal string) {
	toks := tokenize(pre)
	for i := len(toks) - 1; i >= 0; i-- {
		if modals[toks[i].word] {
			return strings.TrimSpace(trimLead(pre[:toks[i].start])), toks[i].word
		}
	}
	return strings.TrimSpace(trimLead(pre)), ""
}

// modalClause is a sentence of the form "<subject> could <verb phrase>".
type modalClause struct {
	subj, vp string
	modal    string
	also     bool // "could also", "alternatively", "or"
	there    bool // "there may be an opportunity for X to ..."
}

var thereRe = regexp.MustCompile(`(?i)^there (?:may|might|could|would|will) (?:also )?be (?:an? |some )?(?:\w+ )?(?:opportunity|chance|possibility|scope|room|option|way|case) for (.+?) to (.+)$`)

func parseModal(s *sent) (modalClause, bool) {
	var mc modalClause
	text := s.text
	lead := asciiLower(strings.TrimSpace(text))
	for _, p := range []string{"alternatively", "or ", "on the other hand", "conversely", "another option", "another possibility"} {
		if strings.HasPrefix(lead, p) {
			mc.also = true
		}
	}
	body := trimLead(text)
	if !hasModalWord(s) {
		return mc, false
	}
	if strings.HasPrefix(asciiLower(body), "there ") {
		if m := thereRe.FindStringSubmatch(body); m != nil {
			mc.there, mc.subj, mc.vp = true, m[1], m[2]
			mc.also = mc.also || strings.Contains(asciiLower(body[:len(body)-len(m[2])]), " also ")
			return mc, true
		}
	}
	// Work on the sentence's own tokens, from where body starts.
	off := len(text) - len(body)
	if off < 0 || text[off:] != body {
		return mc, false
	}
	first := 0
	for first < len(s.toks) && s.toks[first].start < off {
		first++
	}
	toks := s.toks[first:]
	for i, t := range toks {
		if i > 8 {
			break
		}
		if !modals[t.word] {
			continue
		}
		if i == 0 {
			return mc, false
		}
		subj := text[off:t.start]
		if strings.ContainsAny(subj, ",;:") {
			c := strings.LastIndexAny(subj, ",;:")
			subj = subj[c+1:]
		}
		subj = trimAdverbs(strings.TrimSpace(subj))
		if subj == "" {
			return mc, false
		}
		vp := text[t.end:]
		rest := toks[i+1:]
		for len(rest) > 0 && (rest[0].word == "also" || rest[0].word == "perhaps" || rest[0].word == "well" || rest[0].word == "instead") {
			if rest[0].word == "also" || rest[0].word == "instead" {
				mc.also = true
			}
			vp = text[rest[0].end:]
			rest = rest[1:]
		}
		if len(rest) == 0 || rest[0].word == "be" && len(rest) > 1 && rest[1].word == "argued" {
			return mc, false
		}
		mc.subj, mc.vp, mc.modal = subj, strings.TrimSpace(vp), t.word
		return mc, true
	}
	return mc, false
}

// hasModalWord reports whether s has a modal verb at all.
func hasModalWord(s *sent) bool {
	for _, t := range s.toks {
		if modals[t.word] {
			return true
		}
	}
	return false
}

// modalChains finds consecutive modal alternatives with one subject:
// "X could A. It could also B. There may also be an opportunity for Y to
// C."
func (a *analysis) modalChains() []*altSet {
	var out []*altSet
	for i := 0; i < len(a.prose); i++ {
		s := a.prose[i]
		first, ok := parseModal(s)
		if !ok || first.also || first.modal == "" && !first.there || !possibility[first.modal] && !first.there || s.question ||
			subjectPronouns[strings.ToLower(first.subj)] || subordinators[s.toks[0].word] {
			continue
		}
		set := &altSet{kind: "modal", at: s}
		set.alts = append(set.alts, a.newHyp("modal", modalText(first, first.subj), s))
		j := i + 1
		for ; j < len(a.prose) && j <= i+3; j++ {
			t := a.prose[j]
			if t.para > a.prose[j-1].para+1 {
				break
			}
			mc, ok := parseModal(t)
			if !ok || !mc.also || t.question || !mc.there && !possibility[mc.modal] {
				break
			}
			set.alts = append(set.alts, a.newHyp("modal", modalText(mc, first.subj), t))
		}
		if len(set.alts) >= 2 {
			out = append(out, set)
			i = j - 1
		}
	}
	return out
}

// modalText renders a modal clause as a statement, with pronoun subjects
// resolved to the chain's first subject.
func modalText(mc modalClause, chainSubj string) string {
	subj := mc.subj
	if subjectPronouns[strings.ToLower(subj)] {
		subj = chainSubj
	}
	return clauseOf(subj, cutTail(mc.vp))
}

// trimAdverbs drops trailing adverbs from a subject ("Mediators now").
func trimAdverbs(subj string) string {
	f := strings.Fields(subj)
	for len(f) > 1 && (interAdverbs[strings.ToLower(f[len(f)-1])] || trailingAdverbs[strings.ToLower(f[len(f)-1])]) {
		f = f[:len(f)-1]
	}
	return strings.Join(f, " ")
}

var trailingAdverbs = wordSet("now already increasingly again currently today suddenly")

// questionNouns name the open question: "the question is whether".
var questionNouns = wordSet("question questions issue test uncertainty unknown puzzle dilemma")

// whetherHeads are the words that take a "whether" object clause.
var whetherHeads = wordSet(`unclear uncertain unknown decide decides deciding decided determine determines ask asks asked asking know knows see question questions
to about consider considers considering considerations debate debates debating wonder wonders wondering doubt doubts assess assessing over on
investigating investigate investigates examining examine examines`)

var auxiliaries = wordSet("is are was were can could will would should has have had does do did may might must")

// negate inserts "not" after the first auxiliary of a clause ("X is worth
// testing" -> "X is not worth testing"); ok is false when the clause has
// no auxiliary.
func negate(x string) (string, bool) {
	for _, t := range tokenize(x) {
		if auxiliaries[t.word] {
			return x[:t.end] + " not" + x[t.end:], true
		}
	}
	return "", false
}

// othersRe opens the second of two camps: "Others argue ...".
var othersRe = regexp.MustCompile(`^(?:But |Yet |However, )?(?:Others|Other (?:analysts|observers|officials|experts|diplomats)|Critics|Skeptics|Sceptics|Opponents)\b`)

var (
	claimRe  = regexp.MustCompile(`^(.{2,80}?)\s+(?:says|said|say|argues|argued|argue|insists|insisted|insist|claims|claimed|claim|maintains|maintained|maintain|contends|contended|contend|asserts|asserted|assert|counters|countered|counter|believes|believe|believed|expects|expected|expect|predicts|predicted|predict|forecasts|forecast|warns|warned|warn|estimates|estimated|estimate)\s+(?:that\s+)?(.{12,})$`)
	accuseRe = regexp.MustCompile(`^(.{2,80}?)\s+(?:accuses|accused|accuse)\s+(\S+(?:\s+\S+){0,4}?)\s+of\s+(.{8,})$`)
	joints   = regexp.MustCompile(`,\s+(?:but|while|whereas|yet)\s+|;\s+(?:but\s+)?`)
)

// claim is one actor's stated line.
type claim struct{ who, what string }

// parseClaim reads "A says X" or "A accuses B of X" ("B is X").
func parseClaim(t string) (claim, bool) {
	t = strings.TrimRight(trimLead(t), ". ")
	if m := accuseRe.FindStringSubmatch(t); m != nil && nounPhrase(m[1]) {
		obj := m[2]
		if subjectPronouns[strings.ToLower(obj)] || strings.EqualFold(obj, "them") || strings.EqualFold(obj, "him") || strings.EqualFold(obj, "her") {
			obj = ""
		}
		return claim{who: m[1], what: strings.TrimSpace(obj + " " + m[3])}, true
	}
	if m := claimRe.FindStringSubmatch(t); m != nil {
		if !nounPhrase(m[1]) || len(strings.Fields(m[2])) < 4 {
			return claim{}, false
		}
		return claim{who: m[1], what: m[2]}, true
	}
	return claim{}, false
}

// nounPhrase reports a short phrase that can name a speaker: at most six
// words, no punctuation, no pronoun, negation or clause word.
func nounPhrase(p string) bool {
	if strings.ContainsAny(p, ",;:()\"“”") {
		return false
	}
	toks := tokenize(p)
	if len(toks) == 0 || len(toks) > 6 {
		return false
	}
	for _, t := range toks {
		switch t.word {
		case "not", "and", "or", "that", "which", "who", "it", "i", "we", "you", "he", "she", "they", "this", "if", "when", "because":
			return false
		}
	}
	return true
}

// lines finds two actors' contrasting lines: "A says X, but B says Y" in
// one sentence (t nil), or "A says X." followed by "B, however, says Y."
func (a *analysis) lines(s, t *sent) []*hyp {
	if !claimsSomething(s) || t != nil && !claimsSomething(t) {
		return nil
	}
	var x, y claim
	var ok1, ok2 bool
	if t == nil {
		j := joints.FindStringIndex(s.text)
		if j == nil {
			return nil
		}
		x, ok1 = parseClaim(s.text[:j[0]])
		y, ok2 = parseClaim(s.text[j[1]:])
	} else {
		others := othersRe.MatchString(t.text)
		opens := contrastOpenRe.MatchString(t.text) // "But Y said ..." in the next paragraph
		if t.para != s.para && !others && !opens || !(t.has(cueContrast) || others || strings.Contains(asciiLower(t.text), "counter")) {
			return nil
		}
		x, ok1 = parseClaim(s.text)
		body := strings.Replace(t.text, ", however,", "", 1)
		y, ok2 = parseClaim(body)
	}
	if !ok1 || !ok2 || strings.EqualFold(x.who, y.who) || subjectPronouns[strings.ToLower(y.who)] {
		return nil
	}
	src := []*sent{s}
	if t != nil {
		src = []*sent{t}
	}
	hx := a.newHyp("lines", a.claimClause(x.what)+" (per "+tidyWho(x.who)+")", s)
	hy := a.newHyp("lines", a.claimClause(y.what)+" (per "+tidyWho(y.who)+")", src...)
	hx.factual, hy.factual = true, true // a line is corroborated by restatement
	return []*hyp{hx, hy}
}

// claimClause renders what a speaker says as a statement: a forecast's
// object and infinitive ("expect the bank to cut rates") become "the bank
// cuts rates".
func (a *analysis) claimClause(what string) string {
	what = cutTail(what)
	if m := objToRe.FindStringSubmatch(what); m != nil && isBareVerbShape(firstWordOf(m[2])) && !subjectPronouns[strings.ToLower(m[1])] {
		return a.lowerFirst(clauseOf(m[1], m[2]))
	}
	return what
}

var contrastOpenRe = regexp.MustCompile(`^(?:But|However,|Yet|Still,|In contrast,|By contrast,|On the other hand,)\s`)

func tidyWho(w string) string {
	w = strings.TrimSpace(w)
	if f := firstWordOf(w); f != "" && !properLooking(f) || f == "Others" || f == "Some" || f == "Critics" {
		w = strings.ToLower(w[:1]) + w[1:]
	}
	return w
}

// claimVerbs are the verbs parseClaim reads; a sentence without one is
// not tried.
var claimVerbs = wordSet(`says said say argues argued argue insists insisted insist claims claimed claim maintains maintained maintain
contends contended contend asserts asserted assert counters countered counter believes believe believed accuses accused accuse
expects expected expect predicts predicted predict forecasts forecast warns warned warn estimates estimated estimate`)

func claimsSomething(s *sent) bool {
	for _, t := range s.toks {
		if claimVerbs[t.word] {
			return true
		}
	}
	return false
}

// ratherThan finds a course preferred to another: "X is likely to A
// rather than B", "X could A instead of B" (B a bare verb phrase).
func (a *analysis) ratherThan(s *sent) []*hyp {
	if !hasAny(s, ratherWords) {
		return nil
	}
	l := asciiLower(s.text)
	i, n := strings.Index(l, " rather than "), len(" rather than ")
	if i < 0 {
		i, n = strings.Index(l, " instead of "), len(" instead of ")
	}
	if i < 0 {
		return nil
	}
	left, right := s.text[:i], firstClause(strings.TrimRight(s.text[i+n:], "."))
	rw := strings.Fields(right)
	if len(rw) < 2 || !isBareVerbShape(rw[0]) || !determinerLike[strings.ToLower(rw[1])] {
		return nil // "interests rather than ambitions": not two courses
	}
	// The left course follows the last "to" or modal of the left part.
	lt := tokenize(left)
	k := -1
	for j := len(lt) - 1; j >= 0; j-- {
		if lt[j].word == "to" || modals[lt[j].word] || lt[j].word == "should" || lt[j].word == "must" {
			k = j
			break
		}
	}
	if k < 1 || k == len(lt)-1 {
		return nil
	}
	vp := left[lt[k].end:]
	if w := strings.Fields(vp); len(w) < 2 || !isBareVerbShape(strings.ToLower(w[0])) {
		return nil
	}
	subj, _ := splitModal(left[:lt[k].start])
	subj = trimAdverbs(subj)
	for _, cut := range []string{" is likely", " are likely", " is expected", " are expected", " seems", " seem", " appears", " appear", " is set", " are set", " plans", " plan", " wants", " want", " intends", " intend", " prefers", " prefer", " is", " are"} {
		if j := strings.Index(subj, cut); j > 0 {
			subj = subj[:j]
			break
		}
	}
	if !nounPhrase(subj) {
		subj = ""
	}
	return []*hyp{
		a.newHyp("rather", clauseOf(subj, cutTail(vp)), s),
		a.newHyp("rather", clauseOf(subj, right), s),
	}
}

var (
	// "One scenario is that X", "A second possibility is X", "Another is X".
	enumRe = regexp.MustCompile(`(?i)^(?:one|the first|a first|another|a second|the second|a third|the third|the other|the last|a final|the final)\s+(?:(?:likely|possible|plausible|alternative|main|more likely|less likely|worst|best|darker|brighter|optimistic|pessimistic)\s+)?(?:scenario|possibility|option|path|pathway|outcome|course|route|alternative|future|explanation|reading|interpretation|view)?\s*(?:is|sees|holds|would be|would see|involves|envisages)\s+(?:that\s+)?(.*)$`)
	// "On the one hand, X." ... "On the other (hand), Y."
	oneHandRe   = regexp.MustCompile(`(?i)^on (?:the )?one hand,?\s+(.+)$`)
	otherHandRe = regexp.MustCompile(`(?i)\bon the other(?: hand)?,?\s+(.+)$`)
)

// enumerated finds alternatives the text counts out: "One scenario is
// that X. Another is that Y. A third ...", and "On the one hand, X. On
// the other hand, Y."
func (a *analysis) enumerated() []*altSet {
	var out []*altSet
	for i := 0; i < len(a.prose); i++ {
		s := a.prose[i]
		if s.question {
			continue
		}
		if m := oneHandRe.FindStringSubmatch(trimLead(s.text)); m != nil {
			for j := i + 1; j < len(a.prose) && j <= i+4; j++ {
				if o := otherHandRe.FindStringSubmatch(a.prose[j].text); o != nil {
					out = append(out, &altSet{kind: "enumerated", at: s, alts: []*hyp{
						a.newHyp("enumerated", firstClause(m[1]), s),
						a.newHyp("enumerated", firstClause(o[1]), a.prose[j]),
					}})
					break
				}
			}
			continue
		}
		first := enumStart(s, true)
		if first == "" {
			continue
		}
		set := &altSet{kind: "enumerated", at: s, alts: []*hyp{a.newHyp("enumerated", first, s)}}
		j := i + 1
		for ; j < len(a.prose) && j <= i+6 && len(set.alts) < 4; j++ {
			if x := enumStart(a.prose[j], false); x != "" {
				set.alts = append(set.alts, a.newHyp("enumerated", x, a.prose[j]))
			}
		}
		if len(set.alts) >= 2 {
			resolvePronouns(a, set.alts)
			out = append(out, set)
			i = j - 1
		}
	}
	return out
}

// resolvePronouns replaces a leading "its" or "it" of later alternatives
// with the proper-name subject of the first ("Its forces seize ..." ->
// "Venezuela's forces seize ...").
func resolvePronouns(a *analysis, alts []*hyp) {
	f := strings.Fields(alts[0].text)
	var name []string
	for _, w := range f {
		r := []rune(w)
		if len(r) == 0 || !unicode.IsUpper(r[0]) || stopwords[strings.ToLower(w)] {
			break
		}
		name = append(name, w)
	}
	if len(name) == 0 || len(name) > 4 {
		return
	}
	subj := strings.Join(name, " ")
	for _, h := range alts[1:] {
		w := strings.Fields(h.text)
		if len(w) < 2 {
			continue
		}
		switch strings.ToLower(w[0]) {
		case "its":
			h.text = subj + "'s " + strings.Join(w[1:], " ")
		case "it":
			h.text = subj + " " + strings.Join(w[1:], " ")
		default:
			continue
		}
		h.feats = a.features(h.text)
	}
}

// enumStart returns the alternative a sentence counts out ("One scenario
// is that the truce holds" -> "the truce holds"), or "". Only a first
// item ("one", "the first") may open a list.
func enumStart(s *sent, first bool) string {
	t := trimLead(s.text)
	w := strings.ToLower(firstWordOf(t))
	if first && w != "one" && !strings.HasPrefix(strings.ToLower(t), "the first") && !strings.HasPrefix(strings.ToLower(t), "a first") {
		return ""
	}
	if !first && w == "one" {
		return ""
	}
	m := enumRe.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	x := firstClause(strings.TrimRight(m[1], "."))
	if len(strings.Fields(x)) < 3 {
		return ""
	}
	return x
}

var (
	// "A reported that X, allegations (that) B rejected/denied".
	deniedTailRe = regexp.MustCompile(`(?i)^(.+?),\s+(?:an? )?(?:allegations?|claims?|accusations?|charges?|reports?|accounts?)\s+(?:that\s+)?(?:which\s+)?(the [\w\s'’-]{2,40}?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:has\s+|have\s+)?(?:denied|rejected|dismissed|disputed)\b`)
	// "..., which B denied".
	whichDeniedRe = regexp.MustCompile(`(?i)^(.+?),\s+which\s+(the [\w\s'’-]{2,40}?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:has\s+|have\s+)?(?:denied|rejected|dismissed|disputed)\b`)
	reportRe      = regexp.MustCompile(`^(.{2,60}?)\s+(?:reported|said|says|alleged|alleges|claimed|claims|accused|accuses|charged)\s+(?:that\s+)?(.{12,})$`)
)

// contested finds a claim and its denial in one sentence: "Rights groups
// reported that soldiers executed prisoners, allegations the government
// rejected" -> "soldiers executed prisoners (per rights groups)" against
// "the claim is false (per the government)".
func (a *analysis) contested(s *sent) []*hyp {
	if !hasAny(s, denialVerbs) {
		return nil
	}
	m := deniedTailRe.FindStringSubmatch(s.text)
	if m == nil {
		m = whichDeniedRe.FindStringSubmatch(s.text)
	}
	if m == nil {
		return nil
	}
	claim, denier := m[1], strings.TrimSpace(m[2])
	who := ""
	if r := reportRe.FindStringSubmatch(trimLead(claim)); r != nil && nounPhrase(r[1]) {
		who, claim = r[1], r[2]
	}
	if len(strings.Fields(claim)) < 4 || !nounPhrase(denier) {
		return nil
	}
	h1 := cutTail(claim)
	if who != "" {
		h1 += " (per " + tidyWho(who) + ")"
	}
	hc := a.newHyp("lines", h1, s)
	hd := a.newHyp("lines", "The claim is false (per "+tidyWho(denier)+", who "+denialVerb(s)+" it)", s)
	hc.factual, hc.claim, hd.factual, hd.negates = true, true, true, hc
	return []*hyp{hc, hd}
}

var denialVerbs = wordSet("denied rejected dismissed disputed")

func denialVerb(s *sent) string {
	for _, t := range s.toks {
		if denialVerbs[t.word] {
			return t.word
		}
	}
	return "denied"
}

// copulas counts the finite forms of "be" in s.
func copulas(s string) int {
	n := 0
	for _, t := range tokenize(s) {
		switch t.word {
		case "is", "are", "was", "were":
			n++
		}
	}
	return n
}
