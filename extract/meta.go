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
	dateLeadRE   = regexp.MustCompile(`(?i)[\s,|•·–—-]+(?:on|at|published(?: on)?|updated(?: on)?|posted(?: on)?|last updated)$`)
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
		rest = dateLeadRE.ReplaceAllString(rest, "")
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
	for i, n := range names {
		if strings.ToUpper(n) == n {
			names[i] = titleCase(n)
		}
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
var stopName = set("the", "this", "that", "staff", "senior", "fellow", "director",
	"professor", "analyst", "writer", "chief", "bureau", "special", "political",
	"diplomatic", "deputy", "associate", "contributing", "columnist", "former",
	"president", "minister", "ministry", "office", "department", "university",
	"institute", "center", "centre", "council", "program", "programme", "news", "agency", "editorial", "board", "team", "desk", "reuters", "afp", "ap", "press", "associated", "contributor", "correspondent", "reporter", "editor", "updated", "published", "posted", "share", "comments", "and", "of", "in", "on", "for")

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

// agencyAuthors are credits that name an organisation, not a person.
var agencyAuthors = set("reuters", "ap", "afp", "associated press", "agence france-presse",
	"agence france presse", "dpa", "xinhua", "anadolu", "anadolu agency", "efe", "ani", "pti",
	"ians", "upi", "bloomberg", "staff", "staff writer", "staff writers", "staff reporter",
	"admin", "administrator", "editor", "editors", "editorial", "editorial board", "editorial staff",
	"news desk", "newsdesk", "web desk", "online desk", "bureau", "news service", "wire services",
	"agencies", "news agencies", "guest", "guest author", "contributor", "team")

// authorStop ends a name inside a credit: roles, outlet words and the
// like ("TOM KRISHER AP Auto Writer", "Jane Roe, Reuters").
var authorStop = set("ap", "afp", "reuters", "writer", "correspondent", "reporter", "editor",
	"staff", "bureau", "service", "desk", "columnist", "contributor", "senior", "chief",
	"special", "political", "diplomatic", "defence", "defense", "security", "foreign", "auto",
	"business", "sports", "com", "media", "news", "for", "in", "at", "from", "via", "|")

// cleanAuthors splits trafilatura's author string ("A; B") and keeps the
// credits that look like people, without roles and outlet names.
func cleanAuthors(raw, site, host string) []string {
	siteWords := map[string]bool{}
	for _, w := range words(site + " " + strings.ReplaceAll(host, ".", " ")) {
		if len(w) > 2 {
			siteWords[w] = true
		}
	}
	out := []string{}
	for _, part := range strings.Split(raw, ";") {
		part = strings.TrimSpace(part)
		if part == "" || agencyAuthors[strings.ToLower(part)] || strings.Contains(strings.ToLower(part), "admin") {
			continue
		}
		var keep []string
		for i, w := range strings.Fields(part) {
			lw := strings.ToLower(strings.Trim(w, ".,"))
			if i > 0 && (authorStop[lw] || siteWord(siteWords, lw) || strings.Contains(lw, ".") && len(lw) > 3) {
				break
			}
			if i >= 2 && isAcronym(strings.Trim(w, ".,|")) {
				break
			}
			keep = append(keep, w)
		}
		// A single word ("Admin", "Syrian", a site's name) is too often
		// not a person to be taken as one.
		name := strings.Join(keep, " ")
		if !looksLikeName(name) {
			continue
		}
		if strings.ToUpper(name) == name {
			name = titleCase(name)
		}
		out = appendName(out, name)
	}
	return out
}

// siteWord reports whether w names the site: a word of its name or host,
// or a prefix of one ("sputnik" of "sputnikint").
func siteWord(site map[string]bool, w string) bool {
	if site[w] {
		return true
	}
	if len(w) < 4 {
		return false
	}
	for s := range site {
		if strings.HasPrefix(s, w) || strings.HasPrefix(w, s) && len(s) >= 4 {
			return true
		}
	}
	return false
}

func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// titleCase turns "TOM KRISHER" into "Tom Krisher".
func titleCase(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		r, size := utf8.DecodeRuneInString(w)
		f[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(f, " ")
}

// cleanSite tidies a site name from page metadata: a URL becomes its
// host, and "Site | tagline; Site | tagline" becomes "Site".
func cleanSite(name, host string) string {
	name = strings.TrimSpace(name)
	if strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://") {
		return host
	}
	if i := strings.IndexAny(name, ";|"); i > 0 {
		name = strings.TrimSpace(name[:i])
	}
	return name
}

// stripKicker drops a short section label before a pipe in a page title
// ("Opinion | Title").
func stripKicker(title string) string {
	i := strings.Index(title, " | ")
	if i < 0 {
		return title
	}
	head, rest := title[:i], title[i+3:]
	if len(strings.Fields(head)) <= 2 && len(strings.Fields(rest)) >= 4 && mastheadWords[strings.ToLower(strings.TrimSpace(head))] {
		return rest
	}
	return title
}

// stripSite removes the site's name from either end of a title ("Title -
// Site", "Site: Title").
func stripSite(title, site, host string) string {
	for _, name := range []string{site, host} {
		if len(name) < 3 {
			continue
		}
		lt, ln := strings.ToLower(title), strings.ToLower(name)
		if strings.HasSuffix(lt, ln) && len(lt) > len(ln)+8 {
			if t, ok := cutSeparator(title[:len(title)-len(name)], false); ok {
				return t
			}
		}
		if strings.HasPrefix(lt, ln) && len(lt) > len(ln)+8 {
			if t, ok := cutSeparator(title[len(name):], true); ok {
				return t
			}
		}
	}
	return title
}

// cutSeparator trims a title separator (" - ", " | ", ": ") from the end
// of s, or from its start when leading; ok is false when there is none.
func cutSeparator(s string, leading bool) (string, bool) {
	const seps = "-–—|:·•"
	t := strings.TrimSpace(s)
	var r rune
	if leading {
		r, _ = utf8.DecodeRuneInString(t)
	} else {
		r, _ = utf8.DecodeLastRuneInString(t)
	}
	if !strings.ContainsRune(seps, r) {
		return s, false
	}
	if leading {
		return strings.TrimSpace(strings.TrimLeft(t, seps+" ")), true
	}
	return strings.TrimSpace(strings.TrimRight(t, seps+" ")), true
}
