package assess

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// hyp is one competing hypothesis with the sentences that state it.
type hyp struct {
	id    string
	text  string
	src   []*sent
	feats *fset
	// distinct are the features no other hypothesis has: only they can
	// tell the hypotheses apart.
	distinct map[string]bool
	kind     string // how it was found: options, either, between, modal, comparison, whether1, thesis, counter, null
	// negates is the hypothesis this one denies (the null hypothesis, or
	// "not X" of "whether X"); its ratings mirror that one's.
	negates *hyp
	// factual is set for a thesis or counter-claim that states a fact
	// rather than a judgment: evidence then corroborates or denies it,
	// and evaluative words do not bear on it.
	factual bool
	// claim is set for an actor's claim that another hypothesis denies
	// (news.go): evidence bears on it only by restating or negating its
	// content, never by sharing its topic (see rateClaim).
	claim  bool
	sorted []string // distinct, sorted (see distinctList)
}

// altSet is a group of alternatives stated together.
type altSet struct {
	kind  string
	alts  []*hyp
	at    *sent
	score float64
}

// Kinds of alternative statements, with their base weight.
var kindWeight = map[string]float64{
	"options":    3,
	"modal":      2.5,
	"between":    2,
	"comparison": 2,
	"lines":      2,
	"enumerated": 3,
	"rather":     1.5,
	"either":     1.5,
	"whether":    1.5,
	"whether1":   0.5,
	"outlook":    1.5,
}

// hypotheses draws the competing hypotheses from the text: the most
// central set of stated alternatives, else the thesis against the
// strongest counter-claim the text cites, else the thesis against its
// null.
func (a *analysis) hypotheses(thesis []*sent) []*hyp {
	sets := a.alternativeSets()
	var best *altSet
	for _, set := range sets {
		a.scoreSet(set)
		if best == nil || set.score > best.score {
			best = set
		}
	}
	var hs []*hyp
	if best != nil {
		// Alternatives stated together are distinct by construction.
		copies := map[*hyp]*hyp{}
		for _, h := range best.alts {
			c := *h
			copies[h] = &c
			hs = append(hs, &c)
		}
		for _, h := range hs {
			if h.negates != nil {
				h.negates = copies[h.negates]
			}
		}
		for _, set := range sets {
			if set == best {
				continue
			}
			for _, alt := range set.alts {
				for _, h := range hs {
					if a.sameHyp(h, alt) {
						h.src = append(h.src, alt.src...)
						break
					}
				}
			}
		}
	}
	if len(hs) < 2 {
		hs = a.fallbackHypotheses(thesis)
	}
	if len(hs) > 4 {
		hs = hs[:4]
	}
	for i, h := range hs {
		h.id = "H" + itoa(i+1)
		h.src = uniqSents(h.src)
	}
	a.distinguish(hs)
	return hs
}

// distinctList returns h's distinct features in sorted order, so that
// sums over them do not depend on map iteration.
func (h *hyp) distinctList() []string {
	if h.sorted == nil {
		h.sorted = make([]string, 0, len(h.distinct))
		for f := range h.distinct {
			h.sorted = append(h.sorted, f)
		}
		sort.Strings(h.sorted)
	}
	return h.sorted
}

// distinguish sets each hypothesis's distinct features. A hypothesis
// that another one negates keeps all its features: the pair differs in
// polarity, not in words.
func (a *analysis) distinguish(hs []*hyp) {
	for _, h := range hs {
		h.distinct = map[string]bool{}
		negated := false
		for _, o := range hs {
			if o.negates == h {
				negated = true
			}
		}
		if h.negates != nil {
			continue
		}
		if negated {
			for f := range h.feats.m {
				h.distinct[f] = true
			}
			continue
		}
		for f := range h.feats.m {
			shared := false
			for _, o := range hs {
				if o != h && o.feats.has(f) {
					shared = true
					break
				}
			}
			if !shared {
				h.distinct[f] = true
			}
		}
	}
}

func (a *analysis) sameHyp(x, y *hyp) bool {
	return a.sim(x.feats, y.feats) >= 0.5
}

// scoreSet rates a set of alternatives as the article's central question:
// the kind of statement, a cue ("at a crossroads", "two options") nearby,
// overlap with the title and the rest of the text, and position.
func (a *analysis) scoreSet(set *altSet) {
	sc := kindWeight[set.kind]
	if n := len(set.alts); n > 2 {
		sc += 0.5 * float64(n-2)
	}
	if set.at.has(cueAlternative) {
		sc += 1
	} else if p := a.prevProse(set.at); p != nil && p.has(cueAlternative) {
		sc += 1.5
	}
	var cent, title float64
	for _, h := range set.alts {
		title += a.cosine(a.title, h.feats)
		for _, s := range a.prose {
			if !containsSent(h.src, s) {
				cent += a.sim(h.feats, s.feats)
			}
		}
	}
	k := float64(len(set.alts))
	sc += 2 * title / k
	if len(a.prose) > 0 {
		sc += 6 * cent / k / float64(len(a.prose))
	}
	if pos := a.prosePos(set.at); pos >= 0 && len(a.prose) > 0 {
		sc += 1 - float64(pos)/float64(len(a.prose))
	}
	for _, h := range set.alts {
		if len(strings.Fields(h.text)) < 2 {
			sc -= 0.5
		}
	}
	if set.at.quoted || set.at.has(cueAttribution) {
		sc -= 0.5
	}
	set.score = sc
}

func (a *analysis) prosePos(s *sent) int {
	for i, p := range a.prose {
		if p == s {
			return i
		}
	}
	return -1
}

func (a *analysis) prevProse(s *sent) *sent {
	if i := a.prosePos(s); i > 0 {
		return a.prose[i-1]
	}
	return nil
}

func containsSent(ss []*sent, s *sent) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func uniqSents(ss []*sent) []*sent {
	seen := map[*sent]bool{}
	var out []*sent
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].idx < out[j].idx })
	return out
}

// hypLabelRe is a label a text may put before its own hypotheses ("1.
// Hypothesis 1:", "The most supported hypothesis is that").
var hypLabelRe = regexp.MustCompile(`(?i)^(?:\d+[.)]\s*)?(?:(?:the )?(?:most (?:supported|likely) )?hypothesis(?: \d+| [A-Z])?(?::|\s+is\s+that)\s*)?`)

func (a *analysis) newHyp(kind, text string, src ...*sent) *hyp {
	text = strings.TrimSpace(hypLabelRe.ReplaceAllString(strings.TrimSpace(text), ""))
	if len(src) > 0 {
		text = completeClause(text, src[0].text)
	}
	text = limit(tidy(text), 220)
	return &hyp{kind: kind, text: text, src: src, feats: a.features(text)}
}

// fallbackHypotheses builds hypotheses when the text states no
// alternatives: the thesis against the strongest counter-claim the text
// cites, else the thesis against its null.
func (a *analysis) fallbackHypotheses(thesis []*sent) []*hyp {
	if len(thesis) == 0 {
		return nil
	}
	ts := thesis[len(thesis)-1]
	for _, t := range thesis {
		if t.has(cueJudgment) || t.has(cueLikely) || t.has(cueUnlikely) {
			ts = t
			break
		}
	}
	h1 := a.newHyp("thesis", trimLead(ts.text), thesis...)
	h1.factual = !evaluative(ts)
	var best *sent
	bestScore := 0.0
	tsign := sign(sentStance(ts))
	for _, s := range a.prose {
		if containsSent(thesis, s) || s.question {
			continue
		}
		st := sentStance(s)
		opposite := tsign != 0 && sign(st) == -tsign
		contrast := contrastive(s) || minimised(s)
		if !contrast && !counterCue(s) && !s.has(cueUnlikely) && !opposite {
			continue
		}
		sc := a.cosine(h1.feats, s.feats)
		if opposite && !contrast && !counterCue(s) && !s.has(cueUnlikely) && sc < 0.3 {
			continue // opposite in tone but about something else
		}
		if counterCue(s) {
			sc += 0.2
		}
		if opposite {
			sc += 0.15
		}
		if s.has(cueJudgment) || s.has(cueUnlikely) || s.has(cueLikely) {
			sc += 0.1
		}
		if sc > bestScore {
			best, bestScore = s, sc
		}
	}
	if best != nil && bestScore >= 0.2 {
		h2 := a.newHyp("counter", counterText(best), best)
		h2.factual = !evaluative(best)
		return []*hyp{h1, h2}
	}
	null := &hyp{kind: "null", text: "Null hypothesis: the central judgment does not hold (the text states no alternative and cites no counter-claim)", src: thesis}
	null.feats = newFset(map[string]bool{})
	null.negates = h1
	return []*hyp{h1, null}
}

var counterRe = regexp.MustCompile(`(?i)\b(critics|opponents|skeptics|sceptics|others|some analysts|detractors)\b.{0,40}\b(argue|argued|say|said|contend|warn|warned|insist|believe|claim)`)

func counterCue(s *sent) bool { return counterRe.MatchString(s.text) }

// sentStance is the summed evaluative polarity of s.
func sentStance(s *sent) float64 {
	var v float64
	for _, x := range stance(s, clauseBounds(s)) {
		v += x
	}
	return v
}

func sign(v float64) float64 {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

// concessive openers set aside what the main clause then contradicts.
var concessive = []string{"even with ", "even so, ", "despite ", "in spite of ", "although ", "though ", "while ", "whereas ", "notwithstanding "}

// counterText is the clause of s after its contrast marker.
func counterText(s *sent) string {
	t := trimLead(s.text)
	l := asciiLower(t)
	for _, c := range concessive {
		if strings.HasPrefix(l, c) {
			if i := strings.Index(t, ", "); i > 0 {
				return t[i+2:]
			}
		}
	}
	for _, m := range []string{"on the other hand, ", "however, ", "but ", "yet ", "in contrast, ", "by contrast, ", "nevertheless, ", "nonetheless, "} {
		if i := strings.Index(l, m); i >= 0 && i < len(t)/2 {
			return t[i+len(m):]
		}
	}
	return trimLead(t)
}

// asciiLower lower-cases ASCII letters only, keeping byte offsets.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// indexWord finds w in lower as a whole word.
func indexWord(lower, w string) int {
	off := 0
	for {
		i := strings.Index(lower[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		before := i == 0 || !isLetterByte(lower[i-1])
		after := i+len(w) >= len(lower) || !isLetterByte(lower[i+len(w)])
		if before && after {
			return i
		}
		off = i + len(w)
	}
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// evaluative reports a sentence that judges rather than reports.
func evaluative(s *sent) bool {
	return len(s.vals) > 0 || s.has(cueJudgment) || s.has(cueLikely) || s.has(cueUnlikely) || s.has(cueNecessity)
}

// completeClause makes clause, cut from sentence, stand alone: a leading
// conjunction or "also" is dropped, and a clause that opens with a bare
// verb ("also shows that most voters ...") gets back the subject of
// the sentence it was cut from, or else is replaced by the sentence.
func completeClause(clause, sentence string) string {
	for {
		w := strings.ToLower(firstWordOf(clause))
		if !clauseConjunctions[w] || len(strings.Fields(clause)) < 4 || !strings.HasPrefix(strings.ToLower(clause), w) {
			break
		}
		clause = strings.TrimLeft(clause[len(w):], " ,")
	}
	if whole := strings.TrimRight(trimLead(sentence), ".!?\"”’ "); strings.EqualFold(strings.TrimRight(clause, ".!?\"”’ "), whole) {
		return clause // the whole sentence, not a clause cut from it
	}
	base := baseVerbStart(clause)
	if !base && !bareVerbStart(clause) {
		return clause
	}
	// The subject: the words of the sentence before its first verb,
	// after a fronted subordinate clause ("When the tariff is small, an
	// importer may ...").
	sentence = strings.TrimSpace(trimLead(sentence))
	if frontedOpeners[strings.ToLower(firstWordOf(sentence))] {
		if i := strings.Index(sentence, ", "); i > 0 {
			sentence = sentence[i+2:]
		}
	}
	toks := tokenize(sentence)
	for i, t := range toks {
		if i == 0 {
			continue
		}
		if i > 8 {
			break
		}
		if auxVerbs[t.word] || verbLike(toks, i) {
			subj := strings.TrimSpace(sentence[:t.start])
			if strings.ContainsAny(subj, ",;:") || clauseConjunctions[strings.ToLower(firstWordOf(subj))] || frontedOpeners[strings.ToLower(firstWordOf(subj))] {
				break
			}
			if base {
				// "keep its prices stable" -> "an importer keeps its prices stable".
				w := firstWordOf(clause)
				return subj + " " + thirdPersonFor(subj, strings.ToLower(w)) + clause[len(w):]
			}
			return subj + " " + lowerFirst(clause)
		}
	}
	return sentence
}

// baseVerbStart reports a clause that opens with a verb in its base form
// and its object ("keep its prices stable", "pass the cost on"): a
// word that is no function word, followed by a determiner.
func baseVerbStart(clause string) bool {
	toks := tokenize(clause)
	if len(toks) < 3 || !strings.HasPrefix(clause, firstWordOf(clause)) {
		return false
	}
	w := toks[0].word
	if stopwords[w] || prepositions[w] || adverbs[w] || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(clause); unicode.IsUpper(r) && toks[0].word != strings.ToLower(firstWordOf(clause)) {
		return false
	}
	return objectDeterminers[toks[1].word]
}

var (
	frontedOpeners    = wordSet("when if as while after before although though since because once unless whenever whereas")
	prepositions      = wordSet("despite amid amidst following during like unlike beyond across inside outside throughout within without toward towards upon via per including given")
	objectDeterminers = wordSet("the its their his her our this these those")
	adverbs           = wordSet("perhaps maybe still even now then soon often never always just only almost already yet instead indeed thus hence so too all both either neither half once twice here there today yesterday tomorrow meanwhile otherwise")
)

// bareVerbStart reports a clause that opens with a verb and so lacks its
// subject: an auxiliary ("has", "would") or a verb in -s/-ed followed by
// "that", "to" or a determiner ("shows that", "wants the").
func bareVerbStart(clause string) bool {
	toks := tokenize(clause)
	if len(toks) < 2 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(clause); unicode.IsUpper(r) {
		// A capitalised opener is a sentence start or a name ("Talks to
		// resume"), unless it is an auxiliary.
		return auxVerbs[toks[0].word]
	}
	return auxVerbs[toks[0].word] || verbLike(toks, 0)
}

// verbLike reports a token that reads as a finite verb: -s or -ed,
// followed by a complementiser or determiner.
func verbLike(toks []token, i int) bool {
	w := toks[i].word
	if i+1 >= len(toks) || len(w) < 4 || !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed")) {
		return false
	}
	return verbFollowers[toks[i+1].word]
}

func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || size == len(s) {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[size:]); unicode.IsUpper(r2) {
		return s // an acronym ("UN")
	}
	return string(unicode.ToLower(r)) + s[size:]
}

var (
	clauseConjunctions = wordSet("also and but or nor so yet then thus")
	auxVerbs           = wordSet("is are was were has have had will would could can may might should must does do did shall")
	verbFollowers      = wordSet("that to the a an its their his her this these those some most many no")
)

// contrastive reports a contrast marker in s that sets it against
// something else: "still" and "yet" count only when they open the
// sentence ("drivers still inside" contrasts nothing).
func contrastive(s *sent) bool {
	for _, m := range s.roles {
		if m.value != cueContrast {
			continue
		}
		if w := s.toks[m.pos].word; (w == "still" || w == "yet") && m.pos > 0 {
			continue
		}
		return true
	}
	return false
}

// minimised reports an attributed account that plays a figure down
// ("state media reported only a handful of deaths"): a competing line.
func minimised(s *sent) bool {
	if !s.has(cueAttribution) {
		return false
	}
	for i, t := range s.toks {
		if (t.word == "only" || t.word == "merely") && i+1 < len(s.toks) && (s.toks[i+1].word == "a" || s.toks[i+1].word == "one" || s.toks[i+1].word == "two" || s.toks[i+1].word == "few" || s.toks[i+1].word == "some") {
			return true
		}
	}
	return false
}
