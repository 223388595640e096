package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// words splits s into lower-case words of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// countWords counts the words of s as words does, without allocating.
// Scripts written without spaces (Chinese, Japanese) count a word per
// character, a rough but serviceable proxy.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		if r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			n++
			in = false
			continue
		}
		var w bool
		if r < utf8.RuneSelf {
			w = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '\''
		} else {
			w = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// navWords make up navigation and sharing lines ("top of page", "Share
// Facebook Twitter Email", "Skip to main content").
var navWords = set("top", "bottom", "of", "the", "page", "skip", "to", "main", "content",
	"navigation", "nav", "menu", "share", "this", "article", "story", "post", "on",
	"print", "email", "e", "mail", "facebook", "twitter", "x", "linkedin",
	"whatsapp", "telegram", "reddit", "pinterest", "copy", "link", "copied",
	"back", "home", "search", "close", "open", "toggle", "log", "sign", "in",
	"out", "login", "logout", "next", "previous", "prev", "go", "listen",
	"save", "bookmark", "tweet", "comment", "comments", "font", "size",
	"a", "text", "view", "gallery", "full", "screen", "more", "less", "show",
	"hide", "expand", "collapse", "permalink", "flipboard", "mastodon", "bluesky",
	"threads", "instagram", "youtube", "rss", "feed", "accessibility", "cookies",
	"cookie", "settings", "accept", "all", "reject", "manage", "preferences",
	"reply", "like", "likes", "restack", "download", "pdf", "cite", "citation",
	"embed", "translate", "app", "discover", "episode", "newsletter", "audio", "version")

// navPhrases are lines that are navigation even with other words.
var navRE = regexp.MustCompile(`(?i)^(?:skip to (?:main )?(?:content|navigation)|jump to|you are here:|breadcrumb|advertisement|advertising|sponsored(?: content)?|story continues (?:below|after)|continue reading|click here(?: to \w+.{0,60})?|tap here|view comments|listen to (?:this )?article|\d+\s*(?:min(?:ute)?s?|m) read|reading time:?.*|this article is more than \d+ \w+ old|list of \d+ items|end of list|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|image \d+ of \d+|\d+ of \d+|loading\.*|ad|promoted|we use cookies.*|this website uses cookies.*)$`)

var (
	newsletterRE  = regexp.MustCompile(`(?i)^(?:sign up|subscribe|get (?:our|the)\b.*\b(?:newsletter|briefing|alerts?)|join (?:our|the)\b.*\b(?:newsletter|mailing list)|register (?:now|for)|don't miss|never miss|want more|enjoying this|support (?:our|independent)|donate|become a (?:member|subscriber|patron))\b`)
	copyrightRE   = regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright\b)|all rights reserved\.?$`)
	creditRE      = regexp.MustCompile(`(?i)^(?:(?:image|images|photo|photos|photograph|picture|pictured|pic|video|graphic|illustration|credit|caption|source image|file photo|top image|header image|featured image|cover image|lead image|main image|photo credit|image credit)s?\s*(?::|-|–|—|\|)|(?:photo|photograph|image|video|illustration|graphic|picture)s? by \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:\s*[/|,(].*)?$)`)
	creditMarkRE  = regexp.MustCompile(`(?:\b(?:REUTERS|Reuters|AFP|EPA(?:-EFE)?|Xinhua|Anadolu|Sipa|Shutterstock|Alamy|Getty|AP Photo|AP)\s*/\s*[A-Z]|\bAP Photo\b|\bGetty Images\b|\bvia Getty\b|\bAFP via\b|\bFile photo\b|\bFILE PHOTO\b|\(Photo(?: by|:)[^)]*\)|\bPhoto(?:graph)?: [A-Z]|\bImage: [A-Z]|\bWikimedia Commons\b|\bCC BY(?:-SA)?\b|\bCreative Commons\b|\bUnsplash\b)`)
	promoRE       = regexp.MustCompile(`(?i)^thanks? (?:you )?for reading\b|\bsubscribe\b.*\b(?:free|newsletter|posts|inbox|updates|support)\b|\b(?:newsletter|inbox)\b.*\bsubscribe\b`)
	creditLineRE  = regexp.MustCompile(`(?i)^(?:(?:additional )?reporting by\b|writing by\b|editing by\b|compiled by\b|source\s*:|sources\s*:|with (?:additional )?reporting (?:from|by)\b|this (?:article|story|piece|post|report|analysis|commentary) (?:was|is|first|originally)\b.{0,40}\b(?:published|appeared|posted|republished|produced)\b|(?:a version of )?this (?:article|story|piece) (?:first )?appeared\b|the (?:views|opinions) expressed\b|views expressed\b|disclaimer\s*:|our standards\s*:)`)
	contributedRE = regexp.MustCompile(`(?i)\bcontributed(?: reporting| to this (?:report|story|article)| from)\b`)
	agencyEndRE   = regexp.MustCompile(`\((?:AFP|AP|Reuters|Getty Images|EPA|EPA-EFE|Anadolu(?: Agency)?|Xinhua|AA|Sipa|SOPA Images)(?: [Pp]hoto)?(?:\s*/[^)]*)?\)\.?$`)
	relTimeRE     = regexp.MustCompile(`(?i)^(?:(?:(?:updated|published|posted|last updated|first published)\s*:?\s*)?(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago(?:\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?$|(?:updated|published|posted)\s*:?\s*(?:today|yesterday|just now)$|(?:updated|posted|published|last updated)(?: at| on)?:?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\.?)`)
	// readAlsoRE is an inline link to another story ("READ MORE: ...").
	readAlsoRE = regexp.MustCompile(`(?i)^(?:read more|read also|also read|read next|related|related article|related story|see also|recommended|more on this|more from|further reading|watch|watch video|video|listen|podcast|explainer|live|latest|opinion)\s*[:|»›]\s*\S`)
	// embedRE is the furniture of an embedded post or video. The text of
	// an embedded post and its attribution ("— Jane Roe (@janeroe)
	// November 18, 2019") stay: an official's post is evidence with a
	// named source.
	embedRE = regexp.MustCompile(`(?i)^(?:a post shared by\b.*|view this post on instagram|.{0,80}\bwatch on youtube|embedded video|this content is not available.*)$`)
	tagsRE  = regexp.MustCompile(`(?i)^(?:tags?|topics?|filed under|categories|category|keywords|related topics|more on|explore)\s*:\s*`)
)

// mayCredit is a cheap filter before creditMarkRE.
func mayCredit(s string) bool {
	for _, k := range []string{"/", "AP", "Getty", "FILE", "File", "Photo", "Image", "Wikimedia", "CC BY", "Creative", "Unsplash"} {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// furniture returns the reason a short line is page furniture wherever it
// stands, or "".
func furniture(s string) string {
	// Furniture is short; a long line is never furniture.
	if len(s) > 2000 || countWords(s) > 80 || endRE.MatchString(s) {
		return ""
	}
	n := utf8.RuneCountInString(s)
	ws := words(s)
	if len(ws) == 0 {
		if n <= 3 {
			return "markup"
		}
		return ""
	}
	if n <= 120 && embedRE.MatchString(s) {
		return "embed"
	}
	if n <= 120 {
		if navRE.MatchString(strings.TrimSpace(strings.Trim(s, "|•·-–— "))) {
			return "navigation"
		}
		nav := true
		for _, w := range ws {
			if !navWords[w] {
				nav = false
				break
			}
		}
		if nav && len(ws) <= 10 && !strings.ContainsAny(s, ".?!") || nav && len(ws) <= 3 {
			return "navigation"
		}
		if relTimeRE.MatchString(s) {
			return "dateline"
		}
		if tagsRE.MatchString(s) {
			return "tags"
		}
		if copyrightRE.MatchString(s) {
			return "copyright"
		}
	}
	if len(ws) <= 25 && readAlsoRE.MatchString(s) {
		return "further_reading"
	}
	if len(ws) > 80 {
		return ""
	}
	if len(ws) <= 25 && (newsletterRE.MatchString(s) || promoRE.MatchString(s)) {
		return "newsletter"
	}
	if len(ws) <= 25 && strings.Contains(strings.ToLower(s), "newsletter") && !strings.HasSuffix(s, ".") {
		return "newsletter"
	}
	if creditRE.MatchString(s) {
		return "caption"
	}
	if len(ws) <= 45 && (creditLineRE.MatchString(s) || strings.Contains(s, "contributed") && contributedRE.MatchString(s)) {
		return "credit"
	}
	if len(ws) <= 60 && agencyEndRE.MatchString(s) {
		return "caption"
	}
	if len(ws) <= 40 && mayCredit(s) && creditMarkRE.MatchString(s) {
		return "credit"
	}
	return ""
}

var (
	furtherRE  = regexp.MustCompile(`(?i)^(?:further reading|related(?: articles| stories| posts| content| reading| coverage| news| topics| links)?|read more|read next|read also|also read|more (?:from|on|in|like this|stories|reading|to read|coverage)\b.*|recommended(?: for you| reading| articles| stories)?|you (?:may|might) also (?:like|be interested in|enjoy)|most (?:read|popular|viewed)|popular (?:posts|articles|stories)|latest (?:news|stories|articles|posts|from)\b.*|see also|trending(?: now)?|what to read next|in case you missed it|editor'?s picks|top stories|recent posts|related posts|about the authors?|about us|notes|footnotes|endnotes|references|sources|bibliography)$`)
	commentsRE = regexp.MustCompile(`(?i)^(?:\d+\s+(?:comments?|responses?|replies)(?: to .*)?|(?:top|most|highest|latest|newest|oldest|all|reader|readers'|user) (?:rated |voted |recent )?comments|\d+ thoughts? on .*|comments?(?: \(\d+\))?|leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)|show comments|view comments|reader comments|one (?:comment|response|reply|thought) (?:on|to) .*|have your say)$`)
	// endRE marks the end of a press release; contacts and boilerplate
	// follow.
	endRE    = regexp.MustCompile(`(?i)^(?:#{3}|-\s*ends?\s*-|-30-|\*{3}|end of (?:text|statement|release)|media (?:contacts?|enquiries|inquiries)\s*:?.*|press contacts?\s*:?.*|notes to editors?\s*:?)$`)
	closedRE = regexp.MustCompile(`(?i)^(?:comments (?:are|have been) closed\.?|commenting (?:is|has been) (?:closed|disabled)\.?|comments (?:are )?disabled\.?|the comments section is closed\.?)$`)
)

// trailer reports a line that starts end matter which runs to the end of
// the page. tail is true for a line that closes a comments section
// ("Comments are closed."), which is furniture wherever it stands.
func trailer(s string) (reason string, tail bool) {
	t := strings.TrimSpace(strings.Trim(s, ":[]()| "))
	if utf8.RuneCountInString(t) > 80 {
		return "", false
	}
	switch {
	case closedRE.MatchString(t):
		return "comments", true
	case commentsRE.MatchString(t):
		return "comments", false
	case endRE.MatchString(t):
		return "trailer", false
	case furtherRE.MatchString(t) && countWords(t) <= 6:
		if strings.HasPrefix(strings.ToLower(t), "about the author") {
			return "bio", false
		}
		return "further_reading", false
	}
	return "", false
}

// isProse reports whether s reads like body text: a sentence of some
// length rather than a heading, label or fragment.
func isProse(s string) bool {
	n := countWords(s)
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "”\"’')] "))
	terminal := strings.ContainsRune(".!?…؟。！？।", last)
	// A long line ending in a colon introduces a quotation or a list.
	return n >= 40 || n >= 7 && terminal || n >= 10 && last == ':'

}

// dateLeadRE are labels and kickers that may share a line with a date.
var dateLabelWords = set("published", "publication", "date", "posted", "updated", "last", "modified", "on", "at", "first", "released", "issued", "filed", "created", "am", "pm", "a", "m", "p", "et", "est", "edt", "gmt", "utc", "bst", "cet", "ct", "pt", "by", "and")

// dateLine reports whether s is a dateline or timestamp line ("Published
// on: 2025-09-08", "June 30, 2025 • 4:11 pm ET", "20 Nov 2019|", "MENASource
// June 30, 2025") and returns the date as ISO 8601.
func dateLine(s string) (string, bool) {
	if utf8.RuneCountInString(s) > 100 {
		return "", false
	}
	iso, sp, ok := ParseDate(s)
	if !ok {
		return "", false
	}
	rest := s[:sp[0]] + " " + s[sp[1]:]
	other := 0
	for _, w := range words(rest) {
		if dateLabelWords[w] || weekday[w] || isDigits(w) || monthNum[w] != 0 {
			continue
		}
		other++
	}
	// A kicker or reading time may share the line, a sentence may not.
	if other > 4 || strings.ContainsAny(strings.TrimSpace(rest), ".!?") && other > 2 {
		return "", false
	}
	return iso, true
}

var weekday = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// bioRE is the opening of an author biography: "<Name> is a (nonresident)
// senior fellow ...", "<Name> is the director of ...", "<Name> was ...".
var bioRE = regexp.MustCompile(`^((?:[A-Z][\p{L}.'’-]*\s+){0,4}(?:(?:al|el|bin|ibn|de|van|von|da|di|du|la|le)[ -])?[A-Z][\p{L}.'’-]*)\s+(?:is|was|has been|serves as|works as|writes|covers|reports)\s+(?:an?|the|currently|also|formerly|now|a former|the former)?\s*`)

var bioRoles = regexp.MustCompile(`(?i)\b(?:fellow|professor|lecturer|director|analyst|researcher|research|editor|correspondent|journalist|writer|author|reporter|scholar|associate|chair|head|member|consultant|officer|founder|co-founder|president|adviser|advisor|contributor|student|candidate|ph\.?d|expert|specialist|manager|coordinator|partner|principal|deputy|retired|former|veteran|columnist|commentator|historian|economist|scientist|lawyer|attorney|diplomat|ambassador|practitioner|affiliate|visiting|nonresident|non-resident|adjunct|emeritus)\b`)

// aboutRE heads the boilerplate that ends a press release ("About
// Ascom", "About the Ministry").
var aboutRE = regexp.MustCompile(`^About\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&.,'’ -]{1,60}$`)

var contactRE = regexp.MustCompile(`(?i)^(?:follow (?:him|her|them|\w+) on|you can follow|reach (?:him|her|them)|contact (?:him|her|them|the author)|email (?:him|her|them)|@\w+ on (?:twitter|x)\b)`)

var bioPronounRE = regexp.MustCompile(`^(?:She|He|They) (?:is|was|has|focuses|holds|previously|also|writes|tweets|can be)\b`)

// isBio reports whether s is an author biography: it opens with one of
// the authors or a name followed by "is a ... fellow/professor/...".
func isBio(s string, authors []string) bool {
	if utf8.RuneCountInString(s) > 1200 {
		return false
	}
	if contactRE.MatchString(s) {
		return true
	}
	m := bioRE.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	name := m[1]
	for _, a := range authors {
		if strings.HasPrefix(s, a) || lastName(a) != "" && strings.Contains(name, lastName(a)) {
			return true
		}
	}
	head := s
	if len(head) > 200 {
		head = head[:200]
	}
	// A stranger's name needs both a role and an institution, so that a
	// closing paragraph about a general or minister stays in the body.
	return looksLikeName(name) && bioRoles.MatchString(head) && bioPlaces.MatchString(head)
}

var bioPlaces = regexp.MustCompile(`(?i)\b(?:university|universit[éàä]|institute|institut|council|cent(?:er|re)|foundation|school|college|program|programme|initiative|think[- ]tank|academy|forum|studies|review|journal|magazine|newspaper|project|observatory|network|society|association|group|endowment|fund|brookings|rand|carnegie|chatham house|crisis group|@|newsletter|podcast|book|author of)\b`)

func lastName(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// isSignature reports a line that is only an author's name.
func isSignature(s string, authors []string) bool {
	t := strings.Trim(s, " -–—*_")
	for _, a := range authors {
		if strings.EqualFold(t, a) {
			return true
		}
	}
	return false
}

var quoteOpen = "\"“‘'«„"

// attributedQuoteRE is a stand-alone quotation attributed to a speaker:
// "Freedom is ... every day." - Name
var attributedQuoteRE = regexp.MustCompile(`^["“‘'«„].{10,400}["”’'»]\s*[-–—―~]\s*[\p{Lu}][\p{L}.'’ -]{1,60}(?:,\s*[^.]{1,80})?$`)

func attributedQuote(s string) bool {
	return attributedQuoteRE.MatchString(s)
}

func quoted(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(quoteOpen, r)
}

// isCaptionish reports a one-sentence paragraph short enough to be a pull
// quote or caption.
func isCaptionish(s string) bool {
	return len(words(s)) <= 40
}

// captionRE is a photo caption that stands as its own paragraph: a
// present-tense scene ("X speaks at an event on April 15, 2024.").
var (
	captionVerbRE = regexp.MustCompile(`\b(?:speaks|attends|holds|hold|gestures|gesture|walks|walk|sits|sit|stands|stand|waves|wave|arrives|arrive|listens|listen|poses|pose|addresses|meets|shakes hands|delivers|greets|greet|talks|leaves|reacts|react|looks on|look on|looks|look|carries|carry|chant|chants|march|marches|gather|gathers|rally|rallies|inspects|inspect|salutes|salute|smiles|patrol|patrols|ride|rides|wait|waits|celebrate|celebrates|mourn|mourns|pray|prays|queue|queues|flee|flees|watch|watches|displays|display|lies|lie|burns|burn|rises|rise|is seen|are seen|is pictured|are pictured)\b`)
	captionDateRE = regexp.MustCompile(`(?i)(?:\b(?:on|in)\s+(?:\w+\s+)?` + monthRE + `\.?\s+\d{1,2},?\s+\d{4}|,\s+` + monthRE + `\.?\s+\d{1,2},\s+\d{4}|\b(?:on|in)\s+\d{1,2}\s+` + monthRE + `\.?\s+\d{4}|,\s+\d{1,2}\s+` + monthRE + `\.?\s+\d{4})\.?\s*(?:\(?(?:[A-Z][\w.]*\s*/\s*)?[A-Z][\w .'’-]*\)?)?\.?$`)
)

// caption reports a stand-alone one-sentence paragraph that describes a
// photograph: a present-tense scene with a full date at the end.
func caption(s string) bool {
	n := len(words(s))
	if n < 5 || n > 60 {
		return false
	}
	// One sentence only.
	if strings.Count(strings.TrimRight(s, ". "), ". ") > 1 {
		return false
	}
	if captionNotRE.MatchString(s) {
		return false
	}
	loc := captionVerbRE.FindStringIndex(s)
	// The scene's verb follows a short subject.
	return loc != nil && countWords(s[:loc[0]]) <= 14 && captionDateRE.MatchString(s)
}

// captionNotRE marks reporting prose rather than a scene: past tense,
// speech verbs, clauses joined by a semicolon or "but".
var captionNotRE = regexp.MustCompile(`(?i)\b(?:was|were|had|has|have|said|says|told|according|will|would|could|but|because|although|last|first)\b|;`)

// Language returns the ISO 639-1 code of the language of s, or "" when
// the detector is not confident. The detector misbehaves on long inputs,
// so it votes over up to three samples of about 320 bytes.
func Language(s string) string {
	if englishLike(s) {
		return "en"
	}
	const size = 320
	var samples []string
	if len(s) <= 2*size {
		samples = []string{s}
	} else {
		for _, at := range []int{0, len(s)/2 - size/2, len(s) - size} {
			samples = append(samples, runeSlice(s, at, at+size))
		}
	}
	votes := map[string]int{}
	best, bestN := "", 0
	for _, smp := range samples {
		info := whatlanggo.Detect(smp)
		if !info.IsReliable() {
			continue
		}
		code := info.Lang.Iso6391()
		votes[code]++
		if votes[code] > bestN || votes[code] == bestN && code < best {
			best, bestN = code, votes[code]
		}
	}
	return best
}

// englishStop are the commonest English function words; running English
// prose has about a third of its words among them, other Latin-script
// languages almost none.
var englishStop = set("the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as", "was", "by", "it", "be", "are", "at", "from", "has", "have", "its", "this", "not", "but", "an", "or", "which", "their", "they", "he", "will", "would", "been", "had", "were")

// englishLike is a fast path for the language detector: it reports
// whether the first 2,000 bytes of s are plainly English.
func englishLike(s string) bool {
	s = runeSlice(s, 0, 2000)
	n, hit := 0, 0
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.Trim(w, ".,;:!?\"'“”‘’()[]"))
		if w == "" {
			continue
		}
		n++
		if englishStop[w] {
			hit++
		}
	}
	// Running English has a fifth to a half of its words in englishStop;
	// other Latin-script languages share only a few of them (in, an, was).
	return n >= 20 && hit*5 >= n
}

// runeSlice returns s[i:j] widened to rune boundaries.
func runeSlice(s string, i, j int) string {
	if i < 0 {
		i = 0
	}
	if j > len(s) {
		j = len(s)
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	for j < len(s) && !utf8.RuneStart(s[j]) {
		j++
	}
	return s[i:j]
}
