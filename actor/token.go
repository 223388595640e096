package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a body with its byte range and normalised key.
type token struct {
	start, end int
	// key is the normalised form used for dictionary look-ups (see norm).
	key string
	// cap: the first letter is upper case; upper: every letter is.
	cap, upper bool
	// joined: attached to the previous token by a hyphen with no space
	// ("al-Sudani", "Iran-backed"); clean: only spaces (no newline, no
	// punctuation) separate it from the previous token, so a name may
	// run across the gap.
	joined, clean bool
	// poss: followed by a possessive 's (not part of the token).
	poss bool
	// dash: a spaced dash separates it from the previous token.
	dash bool
	// sentStart: the first token of its sentence.
	sentStart bool
	// letters counts the letters of the token.
	letters int
}

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// tokenize splits s into word tokens. Apostrophes inside a word stay in it
// (Kata'ib) except a final 's, which marks a possessive; periods join
// single letters into one token (U.S., U.N.); hyphens split words but mark
// the next token as joined.
func tokenize(s string, base int, out []token) []token {
	i := 0
	prevEnd := -1
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		letters := 0
		j := i
		if n := initialismLen(s[start:]); n >= 4 {
			// Initialisms: U.S., U.N., U.S.A.
			j = start + n
			letters = n / 2
		} else {
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r) {
					if unicode.IsLetter(r) {
						letters++
					}
					j += size
					continue
				}
				if isApos(r) && j+size < len(s) {
					if r2, _ := utf8.DecodeRuneInString(s[j+size:]); isWordRune(r2) {
						j += size
						continue
					}
				}
				break
			}
		}
		// A middle initial or a title abbreviation keeps its period
		// ("Joseph L. Votel", "Lt. Gen."), so that the name runs on.
		if j < len(s) && s[j] == '.' && letters > 0 && (j-start == 1 && s[start] >= 'A' && s[start] <= 'Z' || abbrevs[s[start:j]]) {
			j++
		}
		end := j
		t := token{start: base + start, end: base + end}
		// Possessive 's or ’s.
		word := s[start:end]
		if n := possLen(word); n > 0 && end-n > start {
			t.end -= n
			t.poss = true
			word = word[:len(word)-n]
		}
		t.letters = letters
		t.key = norm(word)
		r0, _ := utf8.DecodeRuneInString(word)
		t.cap = unicode.IsUpper(r0)
		t.upper = t.cap && isUpperWord(word)
		if prevEnd >= 0 {
			gap := s[prevEnd-base : start]
			t.joined = len(gap) > 0 && len(gap) <= 3 && isHyphenGap(gap)
			t.clean = t.joined || isSpaceGap(gap)
			t.dash = !t.clean && len(gap) <= 5 && isDashGap(gap)
		}
		out = append(out, t)
		prevEnd = base + end
		i = j
	}
	return out
}

// abbrevs are title abbreviations written with a period.
var abbrevs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Gen Lt Col Maj Capt Brig Sgt Spc Cpl Pvt Adm Cmdr Cdr Rep Sen Gov Mr Mrs Ms Dr
Prof Rev St Mt Ft Jr Sr Pres Amb Gen Lieut Maj-Gen Brig-Gen Lt-Gen Hon Sec Secy Rt Msgr Fr Sgt-Maj CPT
PFC SSgt TSgt MSgt Capt Col Gen Adm VAdm RAdm`) {
		abbrevs[w] = true
	}
}

// initialismLen returns the length of the leading run of "X." pairs.
func initialismLen(s string) int {
	n := 0
	for {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !unicode.IsLetter(r) || n+size >= len(s) || s[n+size] != '.' {
			return n
		}
		n += size + 1
	}
}

// possLen returns the byte length of a trailing possessive 's on word.
func possLen(w string) int {
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S") {
		return 2
	}
	if strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "’S") {
		return len("’s")
	}
	return 0
}

func isUpperWord(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func isSpaceGap(g string) bool {
	// A transliteration mark may close the previous word: "Shia’ Al-Sudani".
	if r, size := utf8.DecodeRuneInString(g); isApos(r) {
		g = g[size:]
	}
	if g == "" {
		return false
	}
	for _, r := range g {
		if r != ' ' && r != '\t' && r != '\u00a0' && r != '\u200e' && r != '\u200f' && r != '\u200b' {
			return false
		}
	}
	return true
}

// isDashGap reports whether g is a spaced dash (" - ", " – "), which may
// sit inside a dictionary name.
func isDashGap(g string) bool {
	g = strings.TrimSpace(g)
	return g == "-" || g == "–" || g == "—"
}

func isHyphenGap(g string) bool {
	r, size := utf8.DecodeRuneInString(g)
	return size == len(g) && isHyphen(r)
}

// norm returns the dictionary key of a word: upper case, without
// apostrophes, periods or diacritics, with common transliteration variants
// of Arabic and Persian names folded together (Mohamed, Muhammad →
// MUHAMMAD).
func norm(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case isApos(r) || r == '.' || r == 'ʿ' || r == 'ʾ':
			continue
		case r < utf8.RuneSelf:
			if 'a' <= r && r <= 'z' {
				r -= 'a' - 'A'
			}
			b.WriteRune(r)
		default:
			if f, ok := fold[r]; ok {
				b.WriteString(f)
				continue
			}
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	k := b.String()
	if v, ok := variants[k]; ok {
		return v
	}
	return k
}

// fold maps accented Latin letters to their base letter.
var fold = map[rune]string{}

func init() {
	pairs := []string{
		"ÀÁÂÃÄÅĀĂĄàáâãäåāăą", "A", "ÇĆĈĊČçćĉċč", "C", "ĎĐďđ", "D",
		"ÈÉÊËĒĔĖĘĚèéêëēĕėęě", "E", "ĜĞĠĢĝğġģ", "G", "ĤĦĥħḤḥ", "H",
		"ÌÍÎÏĨĪĬĮİìíîïĩīĭįı", "I", "Ĵĵ", "J", "Ķķ", "K", "ĹĻĽĿŁĺļľŀł", "L",
		"ÑŃŅŇñńņň", "N", "ÒÓÔÕÖØŌŎŐòóôõöøōŏő", "O", "ŔŖŘŕŗř", "R",
		"ŚŜŞŠśŝşšṢṣ", "S", "ŢŤŦţťŧṬṭ", "T", "ÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűų", "U",
		"Ŵŵ", "W", "ÝŸŶýÿŷ", "Y", "ŹŻŽźżžẒẓ", "Z", "Ææ", "AE", "Œœ", "OE", "ß", "SS",
	}
	for i := 0; i < len(pairs); i += 2 {
		for _, r := range pairs[i] {
			fold[r] = pairs[i+1]
		}
	}
}

// variants folds common romanisations of the same Arabic or Persian name
// onto one key, so that "Mohamed" and "Muhammad" match the same entry.
var variants = map[string]string{
	"MOHAMED": "MUHAMMAD", "MOHAMMED": "MUHAMMAD", "MOHAMMAD": "MUHAMMAD",
	"MUHAMMED": "MUHAMMAD", "MOHAMAD": "MUHAMMAD", "MOHAMMADI": "MOHAMMADI",
	"MUHAMAD": "MUHAMMAD", "MOHAMUD": "MUHAMMAD",
	"AHMAD": "AHMED", "AHMET": "AHMED",
	"HUSSAIN": "HUSSEIN", "HUSAYN": "HUSSEIN", "HUSEIN": "HUSSEIN", "HOSSEIN": "HUSSEIN", "HOSEIN": "HUSSEIN",
	"HASAN": "HASSAN", "HOSSAIN": "HUSSEIN",
	"QASEM": "QASSEM", "QASIM": "QASSEM", "GHASEM": "QASSEM", "QASSIM": "QASSEM",
	"SULEIMANI": "SOLEIMANI", "SOLEMANI": "SOLEIMANI",
	"KHAMENEHI": "KHAMENEI", "KHAMANEI": "KHAMENEI",
	"OSAMA": "USAMA", "USAMAH": "USAMA",
	"ABDEL": "ABDUL", "ABDAL": "ABDUL", "ABD": "ABDUL",
	"YOUSEF": "YUSUF", "YOUSSEF": "YUSUF", "YOUSUF": "YUSUF", "YUSEF": "YUSUF",
	"OMAR": "UMAR", "OMER": "UMAR",
	"OTHMAN": "UTHMAN", "OSMAN": "UTHMAN",
	"MUQTADA": "MOQTADA", "MOKTADA": "MOQTADA",
	"SHIA": "SHIA", "SHIAA": "SHIA", "SHIAH": "SHIA",
	"HEZBOLLAH": "HEZBOLLAH", "HIZBALLAH": "HEZBOLLAH", "HIZBOLLAH": "HEZBOLLAH", "HIZBULLAH": "HEZBOLLAH", "HEZBALLAH": "HEZBOLLAH",
	"KATAIB": "KATAIB", "KATAEB": "KATAIB", "KATAIEB": "KATAIB",
	"QAEDA": "QAIDA", "QAEIDA": "QAIDA",
	"ASAIB": "ASAIB", "ASSAIB": "ASAIB",
}
