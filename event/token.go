package event

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a sentence.
type token struct {
	text       string // as written
	up         string // upper case, curly apostrophes made straight
	start, end int    // byte offsets into the sentence text
	punct      bool
}

// tokenize splits s into words and punctuation marks. Hyphenated words
// and abbreviations with inner periods ("U.S.") stay whole; a possessive
// "'s" becomes its own token.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if isWordRune(r) {
			j := i + size
			for j < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				// Inner hyphen, period, apostrophe or slash followed by a
				// word character stays in the word ("pro-Iran", "U.S",
				// "3.5"), except the possessive "'s".
				if (r2 == '-' || r2 == '.' || r2 == '\'' || r2 == '’' || r2 == '/' || r2 == '&') && j+s2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+s2:])
					if isWordRune(r3) {
						if (r2 == '\'' || r2 == '’') && isPossessive(s[j+s2:]) {
							break
						}
						j += s2
						continue
					}
				}
				break
			}
			// An abbreviation's final period: "U.S." keeps it.
			if j < len(s) && s[j] == '.' && strings.Contains(s[i:j], ".") && j-i <= 6 {
				j++
			}
			toks = append(toks, newToken(s, i, j, false))
			i = j
			continue
		}
		if (r == '\'' || r == '’') && isPossessive(s[i+size:]) && len(toks) > 0 {
			j := i + size + 1
			toks = append(toks, newToken(s, i, j, false))
			i = j
			continue
		}
		toks = append(toks, newToken(s, i, i+size, true))
		i += size
	}
	return toks
}

// isPossessive reports whether rest (after an apostrophe) is "s" ending a
// word.
func isPossessive(rest string) bool {
	if len(rest) == 0 || (rest[0] != 's' && rest[0] != 'S') {
		return false
	}
	if len(rest) == 1 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return !isWordRune(r)
}

func newToken(s string, i, j int, punct bool) token {
	t := s[i:j]
	up := strings.ToUpper(t)
	if strings.ContainsRune(up, '’') {
		up = strings.ReplaceAll(up, "’", "'")
	}
	return token{text: t, up: up, start: i, end: j, punct: punct}
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// singular returns the regular singular of an upper-case noun, or "" when
// w does not look plural.
func singular(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "IES"):
		return w[:n-3] + "Y"
	case n > 4 && (strings.HasSuffix(w, "SES") || strings.HasSuffix(w, "XES") || strings.HasSuffix(w, "CHES") || strings.HasSuffix(w, "SHES")):
		return w[:n-2]
	case n > 3 && w[n-1] == 'S' && w[n-2] != 'S':
		return w[:n-1]
	}
	return ""
}
