package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	bylineRE = regexp.MustCompile(`(?i)^(?:written\s+by|words\s+by|reporting\s+by|posted\s+by|story\s+by|by|authors?\s*:|contributors?\s*:|von|par|por)\s+(.+)$`)
	// Trailing credits after the names: ", Reuters", " | AP", " for Al
	// Jazeera", " in Khartoum".
	bylineTailRE = regexp.MustCompile(`(?i)\s*(?:[,|•·–—-]\s*|\s+(?:for|in|at|from)\s+)(?:the\s+)?(?:[A-Z][\w.&'’-]*\s*){1,4}$`)
	nameSplitRE  = regexp.MustCompile(`\s*(?:,\s*and\s+|,|;|&|\s+and\s+|\s+with\s+)\s*`)
)

// nameParticles may appear in lower case inside a personal name.
var nameParticles = set("al", "al-", "el", "el-", "bin", "bint", "ibn", "abu", "abd", "de", "del", "della", "der", "den", "di", "da", "dos", "das", "du", "van", "von", "la", "le", "ter", "ten", "y", "e", "ould", "wa", "ag")

// ParseByline reports whether line is a byline ("By Jane Doe and John
// Roe", "by Ellie Geranmayeh", "Written by X") and returns the names.
func ParseByline(line string) ([]string, bool) {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 200 {
		return nil, false
	}
	m := bylineRE.FindStringSubmatch(line)
	if m == nil {
		return nil, false
	}
	rest := strings.TrimSpace(m[1])
	// Drop a date or time that shares the line ("By X | June 3, 2025").
	if _, sp, ok := ParseDate(rest); ok {
		rest = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest[:sp[0]]), "|•·,–—-"))
	}
	var names []string
	for _, part := range nameSplitRE.Split(rest, -1) {
		part = strings.Trim(part, " .|•·–—-")
		if part == "" {
			continue
		}
		if !looksLikeName(part) {
			// A trailing outlet or role ("Reuters", "Senior Fellow") ends
			// the list; anything else means this is not a byline.
			if len(names) > 0 && capitalised(part) {
				break
			}
			cut := bylineTailRE.ReplaceAllString(part, "")
			if cut != part && looksLikeName(cut) {
				names = append(names, cut)
				break
			}
			return nil, false
		}
		names = append(names, part)
	}
	if len(names) == 0 {
		return nil, false
	}
	return names, true
}

// looksLikeName reports whether s could be a personal name: two to five
// capitalised words or initials, name particles allowed.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	caps := 0
	for i, w := range words {
		lw := strings.ToLower(w)
		if nameParticles[lw] || strings.HasPrefix(lw, "al-") || strings.HasPrefix(lw, "el-") {
			if i == len(words)-1 && !strings.Contains(lw, "-") {
				return false
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’' {
				return false
			}
		}
		if stopName[lw] {
			return false
		}
		caps++
	}
	return caps >= 2 || (caps == 1 && len(words) >= 2)
}

// stopName are capitalised words that show a line is not a name.
var stopName = set("the", "a", "an", "this", "that", "staff", "news", "agency", "editorial", "board", "team", "desk", "reuters", "afp", "ap", "press", "associated", "contributor", "correspondent", "reporter", "editor", "updated", "published", "posted", "share", "comments", "and", "of", "in", "on", "for")

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// siteSuffixRE matches a publisher after a title: "Title – Site.org",
// "Title | Site", "Title - Site News".
var (
	pipeSuffixRE = regexp.MustCompile(`^(.{8,}?)\s+[|｜]\s+([^|｜]{2,60})$`)
	dashSuffixRE = regexp.MustCompile(`^(.{8,})\s+[-–—:]\s+([^-–—]{2,60})$`)
	domainRE     = regexp.MustCompile(`(?i)^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|int|gov|edu|info|news|co|io|uk|fr|de|ru|cn|in|ng|za|ke|eg|sa|ae|qa|ir|iq|tr|il|tw|jp|kr|au|ca|eu|africa|asia)$`)
)

// outletWords mark the tail after a dash as a publisher's name.
var outletWords = set("news", "times", "post", "journal", "tribune", "herald", "gazette", "daily", "weekly", "press", "agency", "reuters", "ap", "afp", "bbc", "cnn", "jazeera", "guardian", "observer", "monitor", "review", "magazine", "institute", "council", "center", "centre", "foundation", "blog", "online", "tv", "radio", "network", "report", "telegraph", "independent", "economist", "dispatch", "insider", "wire", "media", "express", "chronicle", "standard", "nation", "globe", "world", "watch", "forum", "policy", "affairs")

// SplitTitle splits a site suffix off a title: "Iran talks – Example.org"
// gives ("Iran talks", "Example.org"). A dash suffix counts only when it
// looks like a domain or an outlet's name, so "Sudan – the forgotten war"
// stays whole.
func SplitTitle(title string) (head, site string) {
	title = strings.TrimSpace(title)
	if m := pipeSuffixRE.FindStringSubmatch(title); m != nil {
		if site := strings.TrimSpace(m[2]); len(strings.Fields(site)) <= 6 {
			return strings.TrimSpace(m[1]), site
		}
	}
	if m := dashSuffixRE.FindStringSubmatch(title); m != nil {
		site := strings.TrimSpace(m[2])
		if domainRE.MatchString(site) || outletName(site) {
			return strings.TrimSpace(m[1]), site
		}
	}
	return title, ""
}

func outletName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	outlet := false
	for _, w := range words {
		if !capitalised(w) {
			return false
		}
		if outletWords[strings.ToLower(strings.Trim(w, ".,'’"))] {
			outlet = true
		}
	}
	return outlet
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
