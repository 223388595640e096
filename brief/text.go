package brief

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"bluf"
	"bluf/store"
)

// termSet returns the content terms of s: lowercased words of three
// letters or more, not function words, with a plural or verb ending cut.
func termSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range store.Words(s) {
		if utf8.RuneCountInString(w) < 3 || stopword[w] {
			continue
		}
		out[stem(w)] = true
	}
	return out
}

// stem cuts a few English inflections so that "strikes", "striking" and
// "strike" meet; other languages pass unchanged.
func stem(w string) string {
	for _, suf := range []string{"ing", "ies", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

var stopword = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for that this with from into over under about after before
	between its their his her our they them will would could should may might can must not but are was were
	been being has have had who whom which what when where while than then there these those such also more
	most less least very all any each other some one two own same both either neither nor only just even
	still yet watch telling absence hedged sourcing unverified possible intended threatened demanded
	negated`) {
		m[w] = true
	}
	return m
}()

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

func uniq(ss []string) []string {
	out := ss[:0:0]
	seen := map[string]bool{}
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func firstN[T any](s []T, n int) []T {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// lowerFirst lowers the first letter unless the first word is a name or
// an acronym ("The US" → "the US", "Iraq" stays).
func lowerFirst(s string) string {
	w := strings.Fields(s)
	if len(w) == 0 {
		return s
	}
	switch w[0] {
	case "The", "A", "An", "This", "These", "Those", "It", "There":
		return strings.ToLower(w[0][:1]) + s[1:]
	}
	return s
}

// clip shortens s to n runes on a word boundary.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])[:16]
}

// sidLess orders IDs like "e2" < "e10".
func sidLess(a, b string) bool {
	na, ea := strconv.Atoi(strings.TrimLeft(a, "abcdefghijklmnopqrstuvwxyz"))
	nb, eb := strconv.Atoi(strings.TrimLeft(b, "abcdefghijklmnopqrstuvwxyz"))
	if ea == nil && eb == nil && na != nb {
		return na < nb
	}
	return a < b
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// citedIDs is every sentence ID the brief cites.
func citedIDs(r *bluf.Report) map[string]bool {
	c := map[string]bool{}
	eachCitations(r, func(ids *[]string) {
		for _, id := range *ids {
			c[id] = true
		}
	})
	for _, e := range r.Events {
		c[e.Sentence] = true
	}
	return c
}

// eachCitations calls f with every citation list of r, in place.
func eachCitations(r *bluf.Report, f func(ids *[]string)) {
	items := func(its []bluf.Item) {
		for i := range its {
			f(&its[i].Citations)
		}
	}
	f(&r.BLUF.Citations)
	f(&r.BLUF.Action.Citations)
	f(&r.Confidence.Citations)
	for i := range r.Hypotheses {
		f(&r.Hypotheses[i].Citations)
	}
	for i := range r.ACH.Evidence {
		f(&r.ACH.Evidence[i].Citations)
	}
	for i := range r.Assumptions {
		f(&r.Assumptions[i].Citations)
	}
	for i := range r.RedFlags {
		f(&r.RedFlags[i].Citations)
	}
	for i := range r.Risks {
		f(&r.Risks[i].Citations)
	}
	for i := range r.Recommendations {
		f(&r.Recommendations[i].Citations)
	}
	for i := range r.Indicators {
		f(&r.Indicators[i].Citations)
	}
	for _, s := range []*bluf.Scenario{&r.Scenarios.Best, &r.Scenarios.Worst, &r.Scenarios.MostLikely} {
		f(&s.Citations)
		for i := range s.Signposts {
			f(&s.Signposts[i].Citations)
		}
	}
	for i := range r.Entities {
		f(&r.Entities[i].Sentences)
	}
	for i := range r.Tags {
		f(&r.Tags[i].Citations)
	}
	items(r.Agreements)
	items(r.Contradictions)
	items(r.Changes)
	for i := range r.Timeline {
		f(&r.Timeline[i].Citations)
	}
}

// nonNilSections gives every list of the brief a non-nil value, so that
// its JSON has [] rather than null.
func nonNilSections(r *bluf.Report) {
	if r.Hypotheses == nil {
		r.Hypotheses = []bluf.Hypothesis{}
	}
	if r.ACH.Hypotheses == nil {
		r.ACH = bluf.ACH{Hypotheses: []string{}, Evidence: []bluf.ACHEvidence{}, Scores: map[string]float64{}, Method: poolMethod}
	}
	if r.BLUF.Citations == nil {
		r.BLUF.Citations = []string{}
	}
	if r.BLUF.Action.Citations == nil {
		r.BLUF.Action.Citations = []string{}
	}
	if r.Confidence.Citations == nil {
		r.Confidence.Citations = []string{}
	}
	if r.Assumptions == nil {
		r.Assumptions = []bluf.Assumption{}
	}
	if r.RedFlags == nil {
		r.RedFlags = []bluf.RedFlag{}
	}
	if r.Risks == nil {
		r.Risks = []bluf.Risk{}
	}
	if r.Recommendations == nil {
		r.Recommendations = []bluf.Recommendation{}
	}
	if r.Indicators == nil {
		r.Indicators = []bluf.Indicator{}
	}
	if r.Entities == nil {
		r.Entities = []bluf.Entity{}
	}
	if r.Tags == nil {
		r.Tags = []bluf.Tag{}
	}
	if r.Events == nil {
		r.Events = []bluf.Event{}
	}
	if r.Gaps == nil {
		r.Gaps = []bluf.Gap{}
	}
	if r.Documents == nil {
		r.Documents = []bluf.DocRef{}
	}
	for _, s := range []*bluf.Scenario{&r.Scenarios.Best, &r.Scenarios.Worst, &r.Scenarios.MostLikely} {
		if s.Citations == nil {
			s.Citations = []string{}
		}
		if s.Signposts == nil {
			s.Signposts = []bluf.Item{}
		}
	}
}

// labelPrefix matches the numbering a written report puts before a
// hypothesis: "2. ", "(b) ", "Hypothesis 2: ", "H2 -".
var labelPrefix = regexp.MustCompile(`^(?:(?:[0-9]{1,2}[.)]|\([a-z0-9]{1,2}\))\s+)?(?i:(?:hypothesis|h)\s*[0-9]{1,2}\s*[:.\-–—]\s*)?`)

// stripLabel trims a hypothesis's own numbering, which would clash with
// the brief's H1, H2, ...; it keeps the text when nothing would remain.
func stripLabel(s string) string {
	s = strings.TrimSpace(s)
	if t := strings.TrimSpace(labelPrefix.ReplaceAllString(s, "")); t != "" {
		return t
	}
	return s
}
