package assess

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a sentence: its lower-cased form, a light stem, and
// its byte range within the sentence text.
type token struct {
	word       string
	stem       string
	start, end int
}

// tokenize splits s into word tokens. Letters, digits, inner apostrophes
// and inner hyphens belong to a word; "n't" is split off as its own token
// so that negation is visible.
func tokenize(s string) []token {
	out := make([]token, 0, len(s)/5+1) // about one token in five bytes of English
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r2, s2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += s2
				continue
			}
			if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '‑') && j+s2 < len(s) {
				r3, _ := utf8.DecodeRuneInString(s[j+s2:])
				if isWordRune(r3) {
					j += s2
					continue
				}
			}
			break
		}
		if isAcronym(s[i:j]) {
			// "US", "UN", "EU": keep the case so that they do not fall
			// together with the pronoun "us" and its kin.
			out = append(out, token{word: s[i:j], stem: s[i:j], start: i, end: j})
			i = j
			continue
		}
		w := lowerWord(s[i:j])
		if strings.HasSuffix(w, "n't") && len(w) > 3 {
			base := w[:len(w)-3]
			switch base {
			case "ca":
				base = "can"
			case "wo":
				base = "will"
			case "sha":
				base = "shall"
			}
			out = append(out, token{word: base, stem: stem(base), start: i, end: j - 3})
			out = append(out, token{word: "not", stem: "not", start: j - 3, end: j})
		} else {
			out = append(out, token{word: w, stem: stem(w), start: i, end: j})
		}
		i = j
	}
	return out
}

// isAcronym reports an all-capital word of two to six letters.
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// stem reduces an English word to a crude stem so that inflected and
// derived forms meet ("muddle", "muddling" -> "muddl"; "escalation",
// "escalating" -> "escalat"). It is deliberately simple: the stems are
// only compared with each other, never shown.
func stem(w string) string {
	if i := strings.IndexByte(w, '\''); i > 0 {
		w = w[:i]
	}
	if len(w) <= 3 || !isASCII(w) {
		return w
	}
	if irr, ok := irregularStem[w]; ok {
		// The base form goes through the regular rules too, so that
		// "lost" and "lose" meet.
		w = irr
		if len(w) <= 3 {
			return w
		}
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && len(w) > 3:
		w = w[:len(w)-1]
	}
	for _, suf := range []string{"ations", "ation", "itions", "ition", "ments", "ment", "ings", "ing", "ities", "ity", "ions", "ion", "ness", "ed", "er"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			w = w[:len(w)-len(suf)]
			if suf == "ation" || suf == "ations" || suf == "ition" || suf == "itions" {
				w += suf[:2] // "escalation" -> "escalat", like "escalating"
			}
			break
		}
	}
	w = strings.TrimSuffix(w, "e")
	if n := len(w); n >= 4 && w[n-1] == w[n-2] && strings.IndexByte("bdfgmnprt", w[n-1]) >= 0 {
		w = w[:n-1]
	}
	if strings.HasSuffix(w, "y") && len(w) > 4 {
		w = w[:len(w)-1] + "i"
	}
	return w
}

var irregularStem = map[string]string{
	"was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "being": "be",
	"has": "have", "had": "have", "having": "have",
	"does": "do", "did": "do", "done": "do",
	"went": "go", "gone": "go", "goes": "go",
	"took": "take", "taken": "take", "made": "make", "left": "leave",
	"sought": "seek", "fought": "fight", "lost": "lose", "won": "win",
	"said": "say", "says": "say", "told": "tell", "held": "hold",
	"killed": "kill", "better": "good", "best": "good", "worse": "bad", "worst": "bad",
	"news": "news", "politics": "politic", "economics": "economi",
	"united": "united", "states": "state", "withdrawal": "withdraw", "withdrawals": "withdraw",
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// stopwords are function words and very common verbs that carry no topic.
var stopwords = wordSet(`a about above across after again against all almost also although always am among an and another any
are around as at be because been before being below between both but by can could did do does doing done down during each
either else even ever every few for from further had has have having he her here hers herself him himself his how however i if
in into is it its itself just least less let like many may me might more most much must my myself neither never no nor not now
of off often on once one only or other others otherwise our ours ourselves out over own per perhaps quite rather really same
shall she should since so some still such than that the their theirs them themselves then there these they this those though
through thus to too toward towards under until up upon us very via was we well were what whatever when where whether which
while who whom whose why will with within without would yet you your yours yourself mr mrs ms dr also says said say according
new year years time times way ways part one two three first second last next already s t ll re ve d m`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// phrase is a compiled lexicon entry: a sequence of stems and the value it
// carries.
type phrase struct {
	stems []string
	value string
	text  string
}

// lexicon finds multi-word phrases in token sequences by stem.
type lexicon struct {
	byFirst map[string][]phrase
}

// newLexicon compiles entries of the form "phrase" -> value. A phrase is
// matched on stems, so "escalate" also finds "escalating".
func newLexicon(entries map[string]string) *lexicon {
	lx := &lexicon{byFirst: map[string][]phrase{}}
	for text, value := range entries {
		lx.add(text, value)
	}
	for k, ps := range lx.byFirst {
		sortPhrases(ps)
		lx.byFirst[k] = ps
	}
	return lx
}

func (lx *lexicon) add(text, value string) {
	toks := tokenize(text)
	if len(toks) == 0 {
		return
	}
	p := phrase{value: value, text: text}
	for _, t := range toks {
		p.stems = append(p.stems, t.stem)
	}
	lx.byFirst[p.stems[0]] = append(lx.byFirst[p.stems[0]], p)
}

// sortPhrases orders longer phrases first (then by text) so that the
// longest match wins deterministically.
func sortPhrases(ps []phrase) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && less(ps[j], ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func less(a, b phrase) bool {
	if len(a.stems) != len(b.stems) {
		return len(a.stems) > len(b.stems)
	}
	return a.text < b.text
}

// match is one lexicon hit: tokens [pos, pos+n).
type match struct {
	pos, n int
	value  string
}

// find returns the non-overlapping longest matches in toks, left to right.
func (lx *lexicon) find(toks []token) []match {
	var out []match
	for i := 0; i < len(toks); {
		hit := false
		for _, p := range lx.byFirst[toks[i].stem] {
			if i+len(p.stems) > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < len(p.stems); k++ {
				if toks[i+k].stem != p.stems[k] {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, match{pos: i, n: len(p.stems), value: p.value})
				i += len(p.stems)
				hit = true
				break
			}
		}
		if !hit {
			i++
		}
	}
	return out
}

// listLexicon builds a lexicon whose every phrase carries the same value.
func listLexicon(value string, phrases ...string) map[string]string {
	m := make(map[string]string, len(phrases))
	for _, p := range phrases {
		m[p] = value
	}
	return m
}

// merge combines lexicon entry maps; later maps win on duplicates.
func merge(ms ...map[string]string) map[string]string {
	out := map[string]string{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// lowerWord lower-cases a word and normalises its apostrophes and
// hyphens, without allocating for a word that is already plain.
func lowerWord(w string) string {
	plain := true
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	w = strings.ToLower(w)
	if strings.Contains(w, "’") {
		w = strings.ReplaceAll(w, "’", "'")
	}
	if strings.Contains(w, "‑") {
		w = strings.ReplaceAll(w, "‑", "-")
	}
	return w
}
