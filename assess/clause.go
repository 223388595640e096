package assess

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clauseBounds returns, for each token of s, the index of the clause it
// belongs to. Clauses break at semicolons, colons and dashes, before
// "but", "however", "whereas", "although" and a comma-led "while" or "yet",
// and after a sentence-initial subordinate clause ("While X, Y").
func clauseBounds(s *sent) []int {
	out := make([]int, len(s.toks))
	c := 0
	initialSub := len(s.toks) > 0 && subordinators[s.toks[0].word]
	for i := range s.toks {
		if i > 0 {
			gap := s.text[s.toks[i-1].end:s.toks[i].start]
			w := s.toks[i].word
			switch {
			case strings.ContainsAny(gap, ";:—–") || strings.Contains(gap, " - "):
				c++
			case initialSub && strings.Contains(gap, ","):
				c++
				initialSub = false
			case w == "but" || w == "however" || w == "whereas" || w == "although":
				c++
			case (w == "while" || w == "yet" || w == "though") && strings.Contains(gap, ","):
				c++
			case strings.Contains(gap, ",") && strings.HasSuffix(w, "ing") && len(w) > 5 && i+1 < len(s.toks) && !stopwords[w]:
				// ", accepting diplomatic isolation": a participial
				// adjunct states a consequence, with its own polarity.
				c++
			}
		}
		out[i] = c
	}
	return out
}

var subordinators = wordSet("while although though whereas despite if unless because since even as when once")

// valenceWeight is the weight of an evaluative match: explicit comparisons
// of courses ("wiser", "less risky") count double.
func valenceWeight(m match, toks []token) float64 {
	w := 1.0
	for k := m.pos; k < m.pos+m.n; k++ {
		if evaluativeAdjectives[toks[k].word] || toks[k].word == "less" || toks[k].word == "more" {
			w = 2
		}
	}
	if m.value == valNeg {
		return -w
	}
	return w
}

// stance returns the evaluative polarity of each clause of s: the sum of
// its valence matches, each flipped by a negator just before it ("not
// likely", "not a good idea").
func stance(s *sent, bounds []int) map[int]float64 {
	out := map[int]float64{}
	for _, m := range s.vals {
		v := valenceWeight(m, s.toks)
		for k := m.pos - 1; k >= 0 && k >= m.pos-2; k-- {
			if w := s.toks[k].word; w == "not" || w == "no" || w == "never" || w == "hardly" {
				v = -v
				break
			}
		}
		out[bounds[m.pos]] += v
	}
	return out
}

// comparison finds "A <comparative> than B" in s. It returns the token
// index of "than" and the polarity of the left side (+ when the left is
// judged better); ok is false when there is no evaluative comparison.
func comparison(s *sent) (than int, left float64, ok bool) {
	for i, t := range s.toks {
		if t.word != "than" || i == 0 {
			continue
		}
		for _, m := range s.vals {
			if m.pos+m.n == i || m.pos+m.n == i-1 {
				return i, valenceWeight(m, s.toks), true
			}
		}
	}
	return 0, 0, false
}

// reversedAt reports whether the token at p is governed by a reverser
// ("not", "abandon", "unwilling to") within the three tokens before it,
// inside the same clause.
func reversedAt(s *sent, revs []match, bounds []int, p int) bool {
	for _, m := range revs {
		end := m.pos + m.n
		if end <= p && p-end <= 3 && bounds[m.pos] == bounds[p] {
			return true
		}
	}
	return false
}

// leadConnectives are discourse openers stripped from extracted text.
var leadConnectives = []string{
	"but ", "and ", "so ", "yet ", "still, ", "however, ", "moreover, ", "furthermore, ", "ultimately, ", "thus, ", "therefore, ",
	"in addition, ", "in fact, ", "indeed, ", "meanwhile, ", "for now, ", "instead, ", "alternatively, ", "or ", "also, ", "finally, ",
	"first, ", "second, ", "third, ", "similarly, ", "likewise, ", "consequently, ", "as a result, ", "in short, ", "in other words, ",
	"on the other hand, ", "that said, ", "nevertheless, ", "nonetheless, ", "for its part, ", "in this context, ", "at the same time, ",
}

// trimLead strips discourse openers from the start of s.
func trimLead(s string) string {
	s = strings.TrimSpace(s)
	for changed := true; changed; {
		changed = false
		l := asciiLower(s[:min(len(s), 24)]) // the longest opener is shorter
		for _, c := range leadConnectives {
			if strings.HasPrefix(l, c) && len(s) > len(c)+3 {
				s = strings.TrimSpace(s[len(c):])
				changed = true
				break
			}
		}
	}
	return s
}

// cutTail shortens a clause at the first comma that opens a trailing
// participial or relative phrase (", severely limiting ...", ", which
// ...", ", while ..."), when enough is left.
func cutTail(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] != ',' && s[i] != ';' && s[i] != ':' && !strings.HasPrefix(s[i:], " —") && !strings.HasPrefix(s[i:], " –") {
			continue
		}
		rest := strings.TrimLeft(s[i+1:], " —–")
		w := strings.ToLower(firstWordOf(rest))
		if s[i] == ';' || s[i] == ':' || tailOpeners[w] || (strings.HasSuffix(w, "ing") && len(w) > 5) || strings.HasSuffix(w, "ly") {
			if len(strings.Fields(s[:i])) >= 3 {
				return strings.TrimSpace(s[:i])
			}
		}
	}
	return s
}

var tailOpeners = wordSet("which who whom whose while thus thereby where whereas although though as since because thereby effectively if not but including such especially particularly even with")

func firstWordOf(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

// tidy trims space and final punctuation and capitalises the first letter.
func tidy(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, " ,;:.—–-")
	s = strings.TrimSpace(s)
	if strings.Count(s, "\"")%2 == 1 {
		s = strings.ReplaceAll(s, "\"", "")
	}
	if strings.Count(s, "“") != strings.Count(s, "”") {
		s = strings.NewReplacer("“", "", "”", "").Replace(s)
	}
	// An opening single quote left without its close by a cut.
	if i := strings.LastIndex(s, "‘"); i >= 0 && !strings.Contains(s[i:], "’") {
		s = s[:i] + s[i+len("‘"):]
	}
	return capitalize(s)
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// limit shortens s to at most n bytes at a word boundary, marking the cut.
func limit(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + " …"
}

// thirdPerson inflects a bare verb for a singular subject.
func thirdPerson(v string) string {
	switch v {
	case "be":
		return "is"
	case "have":
		return "has"
	case "do":
		return "does"
	case "go":
		return "goes"
	case "can", "will", "must", "should", "may", "might", "could", "would":
		return v
	}
	if v == "" || !isASCII(v) {
		return v
	}
	n := len(v)
	switch {
	case strings.HasSuffix(v, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(v[n-2])):
		return v[:n-1] + "ies"
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") || strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

// pluralSubject guesses whether a subject noun phrase is plural.
var postHeadPreps = wordSet("in of from within across inside at")

func pluralSubject(subj string) bool {
	l := strings.ToLower(subj)
	if strings.Contains(l, " and ") {
		return true
	}
	f := strings.Fields(subj)
	if len(f) == 0 {
		return false
	}
	g := strings.ToLower(f[0])
	if strings.HasSuffix(g, "ly") && len(f) > 2 {
		g = strings.ToLower(f[1]) // "overtly interfering ..."
	}
	if strings.HasSuffix(g, "ing") && len(f) > 1 {
		return false // a gerund phrase ("interfering in politics") is singular
	}
	for i := 1; i < len(f); i++ {
		if postHeadPreps[strings.ToLower(f[i])] {
			f = f[:i] // "elements in Tehran's establishment": the head is before
			break
		}
	}
	last := f[len(f)-1]
	switch strings.ToLower(last) {
	case "they", "we", "you", "both", "people", "police", "forces", "others":
		return true
	}
	r, _ := utf8.DecodeRuneInString(last)
	if unicode.IsUpper(r) && (len(f) > 1 || singularNames[strings.ToLower(last)]) {
		// Multi-word proper names ending in s are mostly singular states
		// ("United States"); a lone capitalised word may just open the
		// sentence ("Mediators").
		return false
	}
	l = strings.ToLower(last)
	return strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && !strings.HasSuffix(l, "is")
}

// singularNames are one-word names that end in s but take a singular verb.
var singularNames = wordSet(`hamas congress paris brussels athens texas kansas lagos caracas tunis laos barbados bahamas maldives seychelles
comoros philippines netherlands emirates wales marseilles algiers damascus cyprus mauritius belarus honduras`)

// determinerLike are words that, following a bare verb, show it is a verb.
var determinerLike = wordSet(`the a an its their his her our my this these those that all any some more less to in on with into from
for against over out up down back through its`)

// adverbs that may sit between a coordinator and a verb.
var interAdverbs = wordSet("perhaps possibly also then even still thereby further eventually quickly gradually openly")

// clauseOf joins a subject and a bare verb phrase into a present-tense
// statement: ("the army", "retake the town and hold the bridge") -> "The
// army retakes the town and holds the bridge". With no subject the verb phrase is returned
// capitalised.
func clauseOf(subj, vp string) string {
	vp = strings.TrimSpace(vp)
	subj = strings.TrimSpace(subj)
	if subj == "" {
		return tidy(vp)
	}
	if pluralSubject(subj) {
		return tidy(subj + " " + vp)
	}
	words := strings.Fields(vp)
	for len(words) > 0 && interAdverbs[strings.ToLower(words[0])] {
		words = words[1:]
	}
	if len(words) == 0 {
		return tidy(subj)
	}
	if !isBareVerbShape(words[0]) && !baseVerbs[words[0]] {
		// Not a verb phrase ("by boat"): the subject cannot join it.
		return tidy(strings.Join(words, " "))
	}
	words[0] = thirdPerson(words[0])
	for i := 1; i+1 < len(words); i++ {
		if strings.ToLower(strings.TrimRight(words[i-1], ",")) != "and" && strings.ToLower(strings.TrimRight(words[i-1], ",")) != "or" {
			continue
		}
		j := i
		for j+1 < len(words) && interAdverbs[strings.ToLower(words[j])] {
			j++
		}
		w := words[j]
		if j+1 < len(words) && isBareVerbShape(w) && determinerLike[strings.ToLower(words[j+1])] {
			words[j] = thirdPerson(w)
		}
	}
	return tidy(subj + " " + strings.Join(words, " "))
}

// isBareVerbShape reports a lower-case word that could be a bare verb.
func isBareVerbShape(w string) bool {
	if w == "" || !isASCII(w) || strings.ToLower(w) != w {
		return false
	}
	if stopwords[w] || determinerLike[w] {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly", "tion", "ness", "ment"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false // already inflected ("faces"), or a plural noun
	}
	return true
}

// baseVerbs are bare verbs that are also stopwords.
var baseVerbs = wordSet("be have do go")

// subjectPronouns stand for the subject of an earlier sentence.
var subjectPronouns = wordSet("it they he she this that these")
