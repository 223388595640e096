package text

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"bluf"
)

// Paragraphs returns the byte ranges of the paragraphs of body: runs of
// text separated by one or more blank lines, trimmed of surrounding space.
func Paragraphs(body string) []bluf.Span {
	var out []bluf.Span
	start := -1 // start of the current paragraph, -1 when between paragraphs
	lastNonSpace := 0
	i := 0
	for i < len(body) {
		// At a line start, check whether the line is blank.
		j := i
		for j < len(body) && body[j] != '\n' {
			j++
		}
		line := body[i:j]
		if strings.TrimSpace(line) == "" {
			if start >= 0 {
				out = append(out, bluf.Span{Start: start, End: lastNonSpace})
				start = -1
			}
		} else {
			ls := i + (len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace)))
			le := i + len(strings.TrimRightFunc(line, unicode.IsSpace))
			if start < 0 {
				start = ls
			}
			lastNonSpace = le
		}
		i = j + 1
	}
	if start >= 0 {
		out = append(out, bluf.Span{Start: start, End: lastNonSpace})
	}
	return out
}

// Sentences splits body into sentences within the given paragraphs (all
// of body as paragraphs when paras is nil). IDs are s1, s2, ... in order;
// Start and End are byte offsets into body with body[Start:End] == Text.
func Sentences(body string, paras []bluf.Span) []bluf.Sentence {
	if paras == nil {
		paras = Paragraphs(body)
	}
	var out []bluf.Sentence
	for pi, p := range paras {
		for _, sp := range splitParagraph(body, p.Start, p.End) {
			out = append(out, bluf.Sentence{
				ID:    "s" + strconv.Itoa(len(out)+1),
				Text:  body[sp.Start:sp.End],
				Start: sp.Start,
				End:   sp.End,
				Para:  pi,
			})
		}
	}
	return out
}

// splitParagraph returns the sentence spans of body[start:end].
func splitParagraph(body string, start, end int) []bluf.Span {
	var out []bluf.Span
	emit := func(a, b int) {
		seg := body[a:b]
		lt := len(seg) - len(strings.TrimLeftFunc(seg, unicode.IsSpace))
		rt := len(strings.TrimRightFunc(seg, unicode.IsSpace))
		if rt > lt {
			out = append(out, bluf.Span{Start: a + lt, End: a + rt})
		}
	}
	sentStart := start
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(body[i:end])
		if r == '\n' {
			// A line break inside a paragraph ends a sentence only when the
			// line looks complete (a heading or list item without final
			// punctuation is still one unit).
			if lineEndsUnit(body, sentStart, i, end) {
				emit(sentStart, i)
				sentStart = i + 1
			}
			i += size
			continue
		}
		if isFullStop(r) {
			// CJK and Devanagari full stops end a sentence without a
			// following space.
			j := i + size
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(body[j:end])
				if !isFullStop(r2) && !isCloser(r2) {
					break
				}
				j += s2
			}
			emit(sentStart, j)
			sentStart = j
			i = j
			continue
		}
		if r != '.' && r != '!' && r != '?' && r != '…' && r != '؟' {
			i += size
			continue
		}
		// Take the run of terminators and closing punctuation.
		j := i + size
		for j < end {
			r2, s2 := utf8.DecodeRuneInString(body[j:end])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '؟' || isCloser(r2) {
				j += s2
				continue
			}
			break
		}
		if j >= end {
			break
		}
		// A boundary needs whitespace after the terminator run.
		r3, _ := utf8.DecodeRuneInString(body[j:end])
		if !unicode.IsSpace(r3) {
			i = j
			continue
		}
		k := j
		for k < end {
			r4, s4 := utf8.DecodeRuneInString(body[k:end])
			if !unicode.IsSpace(r4) {
				break
			}
			k += s4
		}
		if k >= end {
			break
		}
		if isBoundary(body, sentStart, i, r, k, end) {
			emit(sentStart, j)
			sentStart = k
		}
		i = k
	}
	emit(sentStart, end)
	return out
}

// lineEndsUnit reports whether the line ending at nl (exclusive) inside a
// paragraph that ends at end should end the current sentence.
func lineEndsUnit(body string, sentStart, nl, end int) bool {
	line := strings.TrimSpace(body[sentStart:nl])
	if line == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	if r == '.' || r == '!' || r == '?' || r == ':' || isCloser(r) {
		return true
	}
	// A hard-wrapped sentence runs on into a lower-case word.
	next, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(body[nl:end], unicode.IsSpace))
	if unicode.IsLower(next) {
		return false
	}
	// A short line without final punctuation is a heading or list item:
	// keep it apart.
	return len(line) < 120
}

// isFullStop reports sentence terminators of scripts written without
// spaces between sentences.
func isFullStop(r rune) bool {
	switch r {
	case '。', '！', '？', '｡', '।', '॥':
		return true
	}
	return false
}

// isCloser reports closing quotes and brackets that may follow a
// terminator.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '”', '’', '»', '」', '』', '）':
		return true
	}
	return false
}

// isBoundary decides whether the terminator at i (rune term), followed by
// whitespace and then body[next:], ends a sentence that began at sentStart.
func isBoundary(body string, sentStart, i int, term rune, next, end int) bool {
	nr, _ := utf8.DecodeRuneInString(body[next:end])
	nextWord := firstWord(body[next:end])
	// Scripts without case (Arabic, Hebrew, Devanagari, CJK) start a
	// sentence with any letter.
	caseless := unicode.IsLetter(nr) && !unicode.IsUpper(nr) && !unicode.IsLower(nr) && !unicode.IsTitle(nr)
	startsLike := unicode.IsUpper(nr) || unicode.IsDigit(nr) || isOpener(nr) || caseless
	if term != '.' {
		// "?" and "!" end a sentence when the next starts like one.
		return startsLike
	}
	if !startsLike {
		return false
	}
	word := lastWord(body[sentStart:i]) // the token before the period, without it
	if word == "" {
		return true
	}
	// A list enumerator ("1. BLUF", "iv. Costs", "(a) ...") opening the
	// sentence is not a sentence of its own.
	if strings.TrimSpace(body[sentStart:i]) == word && enumerator(word) {
		return false
	}
	lw := strings.ToLower(strings.TrimLeft(word, "(\"'“‘["))
	// Titles and honorifics always take a following name.
	if titleAbbrev[lw] {
		return false
	}
	// Month and "No." abbreviations before a number.
	if numberAbbrev[lw] && unicode.IsDigit(nr) {
		return false
	}
	// A single lower-case letter is an abbreviation ("d." for defeated,
	// "b." for born) or a list label, not a sentence end.
	if rs := []rune(strings.TrimLeft(word, "(\"'“‘[")); len(rs) == 1 && unicode.IsLower(rs[0]) {
		return false
	}
	// Single capital letter: an initial ("C. Anthony Pfaff", "George W.
	// Bush"), unless a word that usually opens a sentence follows ("Plan
	// B. The plan...").
	if rs := []rune(lw); len(rs) == 1 && unicode.IsLetter(rs[0]) {
		ow, _ := utf8.DecodeRuneInString(strings.TrimLeft(word, "(\"'“‘["))
		if unicode.IsUpper(ow) {
			return sentenceStarter[strings.ToLower(nextWord)]
		}
	}
	// Dotted acronyms (U.S., U.N., e.g.) end a sentence only before a word
	// that usually starts one.
	if dottedAbbrev(lw) {
		return sentenceStarter[strings.ToLower(nextWord)]
	}
	// Other known abbreviations behave like dotted ones.
	if otherAbbrev[lw] {
		return sentenceStarter[strings.ToLower(nextWord)]
	}
	return true
}

// dottedAbbrev reports dotted abbreviations such as "u.s", "e.g", "a.m",
// "ph.d": every dot-separated part one to three letters. A web or mail
// address ("wired.com") is not one.
func dottedAbbrev(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if len(part) > 3 {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// enumerator reports list labels: up to three digits, one letter, or a
// short roman numeral.
func enumerator(w string) bool {
	w = strings.Trim(w, "()[]")
	if w == "" || len(w) > 4 {
		return false
	}
	digits, roman := true, true
	for _, r := range w {
		if r < '0' || r > '9' {
			digits = false
		}
		if !strings.ContainsRune("ivxlIVXL", r) {
			roman = false
		}
	}
	if digits && len(w) <= 3 || roman {
		return true
	}
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsLetter(r)
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '“', '‘', '«':
		return true
	}
	return false
}

// lastWord returns the last whitespace-separated token of s.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	return s[i+1:]
}

// firstWord returns the leading letters of s after any opening punctuation.
func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return isOpener(r) })
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

var titleAbbrev = set(
	"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt",
	"sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "gov", "sen", "rep",
	"rev", "hon", "pres", "amb", "st", "mt", "ft", "gen.", "lt.", "messrs",
	"sheikh.", "supt", "insp", "det", "fr", "atty", "gens", "cols", "sens",
	"reps", "govs", "lieut", "sgts", "mmes", "mme", "mlle", "dr", "drs",
)

var numberAbbrev = set(
	"no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "art", "p", "pp", "vol", "ch", "sec", "fig",
)

var otherAbbrev = set(
	"inc", "corp", "ltd", "co", "bros", "vs", "etc", "approx", "est", "dept",
	"govt", "univ", "assn", "jr", "sr", "intl", "natl", "div", "bn", "mn",
	// US state abbreviations of the AP style, common in datelines; those
	// that are also English words ("Mass.", "Ill.", "Wash.") are left
	// out, since "critical mass." ends sentences far more often.
	"ala", "ariz", "calif", "colo", "conn", "fla", "ga", "kan", "ky", "md",
	"mich", "minn", "mont", "neb", "nev", "okla", "tenn", "va", "vt", "wis",
	"wyo",
)

// sentenceStarter are words that, capitalised after an abbreviation, most
// often begin a new sentence rather than continue a name.
var sentenceStarter = set(
	"the", "a", "an", "this", "that", "these", "those", "it", "its", "he",
	"she", "they", "we", "i", "you", "his", "her", "their", "our", "but",
	"and", "or", "so", "yet", "however", "meanwhile", "moreover", "in", "on",
	"at", "for", "as", "if", "when", "while", "after", "before", "since",
	"although", "though", "there", "here", "what", "why", "how", "who",
	"such", "some", "many", "most", "both", "each", "all", "one", "no",
	"not", "still", "then", "thus", "instead", "now", "today", "yesterday",
	"last", "earlier", "later", "under", "with", "without", "despite",
	"nonetheless", "nevertheless", "officials", "critics", "analysts",
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.TrimSuffix(w, ".")] = true
	}
	return m
}
