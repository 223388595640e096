package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"bluf"
)

// Text cleans a plain-text or Markdown article: it removes page furniture
// (recorded in Dropped with the reason and source line), takes the title,
// byline, date and publisher from the header, and joins the remaining
// paragraphs with blank lines.
//
// Subheadings inside the article ("A complicated future") are kept as
// paragraphs of their own: they belong to the article and help the reader
// of a report find their way.
func Text(source string, raw []byte) (*bluf.Document, error) {
	s, err := checkText(raw)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", source, err)
	}
	doc := &bluf.Document{Source: source}
	s = frontMatter(doc, s)
	units := splitUnits(s)
	if len(units) > MaxParagraphs {
		return nil, fmt.Errorf("read %s: %d paragraphs, limit %d: %w", source, len(units), MaxParagraphs, ErrTooLarge)
	}
	c := cleaner{units: units, doc: doc}
	c.clean()
	if err := c.finish(); err != nil {
		return nil, fmt.Errorf("read %s: %w", source, err)
	}
	return doc, nil
}

var frontKeyRE = regexp.MustCompile(`^([A-Za-z_][\w-]*)\s*:\s*(.*)$`)

// frontMatter takes the title, date, authors and publisher from a
// Markdown file's YAML front matter (between "---" lines at the top),
// records the block as dropped, and blanks its lines so that line
// numbers still count from the top of the file.
func frontMatter(doc *bluf.Document, s string) string {
	t := strings.TrimPrefix(s, "\ufeff")
	if !strings.HasPrefix(t, "---\n") && !strings.HasPrefix(t, "---\r\n") {
		return s
	}
	lines := strings.SplitAfter(t, "\n")
	end := -1
	for i := 1; i < len(lines) && i < 60; i++ {
		if strings.TrimSpace(lines[i]) == "---" || strings.TrimSpace(lines[i]) == "..." {
			end = i
			break
		}
	}
	if end < 0 {
		return s
	}
	unquote := func(v string) string {
		return strings.TrimSpace(strings.Trim(strings.TrimSpace(v), `"'`))
	}
	for _, l := range lines[1:end] {
		m := frontKeyRE.FindStringSubmatch(strings.TrimRight(l, "\r\n"))
		if m == nil {
			continue
		}
		v := unquote(m[2])
		switch strings.ToLower(m[1]) {
		case "title", "headline":
			if doc.Title == "" {
				doc.Title = v
			}
		case "date", "published", "pubdate", "publishdate", "published_at", "date_published":
			if iso, _, ok := ParseDate(v); ok && doc.Published == "" {
				doc.Published = iso
			}
		case "author", "authors", "byline":
			for _, a := range strings.Split(strings.Trim(v, "[]"), ",") {
				if a = unquote(a); a != "" {
					doc.Authors = appendName(doc.Authors, a)
				}
			}
		case "publisher", "site", "source", "site_name", "sitename":
			if doc.Publisher == "" && !isURL(v) {
				doc.Publisher = v
			}
		}
	}
	doc.Dropped = append(doc.Dropped, bluf.Dropped{Text: strings.TrimSpace(strings.Join(lines[:end+1], "")), Reason: "front_matter", Line: 1})
	var b strings.Builder
	for i, l := range lines {
		if i <= end {
			b.WriteString("\n")
			continue
		}
		b.WriteString(l)
	}
	return b.String()
}

// MaxParagraphs bounds the lines and paragraphs a text may have. Real
// articles and reports stay far below it; it keeps a pathological input
// of a million one-word lines from tying up the cleaner.
const MaxParagraphs = 100000

// unit is a candidate paragraph of the source: one line, or a hard-wrapped
// run of lines joined.
type unit struct {
	text    string
	line    int    // 1-based source line where it starts
	heading bool   // Markdown heading
	item    bool   // list item
	number  bool   // numbered list item ("1. ...")
	drop    string // reason the unit is dropped, "" when kept
	prefix  string // a dateline cut from the start of the unit
}

var (
	mdHeadingRE = regexp.MustCompile(`^#{1,6}\s+`)
	mdBulletRE  = regexp.MustCompile(`^(?:[-*+–—]\s+|[•·▪●◦]\s*)`)
	mdNumberRE  = regexp.MustCompile(`^\(?\d{1,3}[.)]\s+`)
	mdImageRE   = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLinkRE    = regexp.MustCompile(`\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)`)
	mdEmphRE    = regexp.MustCompile(`\*+|__|(?:^|\s)_|_(?:\s|$)`)
	mdRuleRE    = regexp.MustCompile(`^(?:[-*_=]\s*){3,}$`)
	spaceRunRE  = regexp.MustCompile(`[ \t]{2,}`)
)

// normalise replaces no-break and other odd spaces with a space, drops
// zero-width characters, and unifies line ends.
var normaliser = strings.NewReplacer(
	"\r\n", "\n", "\r", "\n",
	"\u00a0", " ", "\u2002", " ", "\u2003", " ", "\u2009", " ", "\u202f", " ", "\u3000", " ",
	"\u200b", "", "\ufeff", "", "\u2060", "", "\u00ad", "",
	"\t", " ", "\f", "\n", "\v", "\n",
)

// splitUnits normalises s and cuts it into units.
func splitUnits(s string) []unit {
	s = normaliser.Replace(s)
	lines := strings.Split(s, "\n")
	var units []unit
	var block []unit
	flush := func() {
		if len(block) == 0 {
			return
		}
		units = append(units, joinBlock(block)...)
		block = block[:0]
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			flush()
			continue
		}
		block = append(block, lineUnit(t, i+1))
	}
	flush()
	return units
}

// lineUnit strips Markdown markup from one trimmed line.
func lineUnit(t string, no int) unit {
	u := unit{line: no}
	if len(t) < 80 && mdRuleRE.MatchString(t) {
		u.text, u.drop = t, "separator"
		return u
	}
	if strings.HasPrefix(t, "![") && strings.TrimSpace(mdImageRE.ReplaceAllString(t, "")) == "" {
		u.text, u.drop = t, "image"
		return u
	}
	if loc := mdHeadingRE.FindStringIndex(t); t[0] == '#' && loc != nil {
		u.heading = true
		t = t[loc[1]:]
		t = strings.TrimSpace(strings.TrimRight(t, "# "))
	}
	for strings.HasPrefix(t, ">") {
		t = strings.TrimSpace(t[1:])
	}
	head := t
	if len(head) > 8 {
		head = runeSlice(head, 0, 8)
	}
	if loc := mdBulletRE.FindStringIndex(head); loc != nil && loc[1] < len(t) {
		u.item = true
		t = t[loc[1]:]
	} else if mdNumberRE.MatchString(head) {
		u.item, u.number = true, true
	}
	if strings.Contains(t, "](") {
		t = mdImageRE.ReplaceAllString(t, "")
		t = mdLinkRE.ReplaceAllString(t, "$1")
	}
	if strings.ContainsAny(t, "*_") {
		t = mdEmphRE.ReplaceAllStringFunc(t, func(m string) string {
			if strings.TrimSpace(m) != m {
				return " "
			}
			return ""
		})
	}
	if strings.Contains(t, "  ") {
		t = spaceRunRE.ReplaceAllString(t, " ")
	}
	u.text = strings.TrimSpace(t)
	if u.text == "" && u.drop == "" {
		u.drop = "markup"
	}
	return u
}

// joinBlock turns the lines of one block (no blank lines between them)
// into units. A hard-wrapped paragraph (lines of similar width that run
// on into each other) becomes one unit; otherwise each line stands alone.
func joinBlock(block []unit) []unit {
	if len(block) == 1 || !hardWrapped(block) {
		return append([]unit(nil), block...)
	}
	var out []unit
	cur := block[0]
	for _, l := range block[1:] {
		if l.heading || l.item || l.drop != "" || cur.drop != "" || cur.heading {
			out = append(out, cur)
			cur = l
			continue
		}
		cur.text = joinWrapped(cur.text, l.text)
	}
	return append(out, cur)
}

// joinWrapped joins two lines of a hard-wrapped paragraph, mending a word
// hyphenated across the break ("secu-" + "rity") as text copied from a
// PDF has it.
func joinWrapped(a, b string) string {
	if strings.HasSuffix(a, "-") && len(a) > 1 {
		prev, _ := utf8.DecodeLastRuneInString(a[:len(a)-1])
		next, _ := utf8.DecodeRuneInString(b)
		if unicode.IsLetter(prev) && unicode.IsLower(next) {
			return a[:len(a)-1] + b
		}
	}
	return a + " " + b
}

// hardWrapped reports whether the lines of a block are one paragraph
// wrapped at a fixed width.
func hardWrapped(block []unit) bool {
	wrapped, n := 0, 0
	for i, l := range block[:len(block)-1] {
		if l.heading || l.drop != "" {
			continue
		}
		n++
		w := utf8.RuneCountInString(l.text)
		next := block[i+1].text
		r, _ := utf8.DecodeRuneInString(next)
		last, _ := utf8.DecodeLastRuneInString(l.text)
		// A wrapped line is of typical terminal width, and either does not
		// end a sentence or is followed by a lower-case continuation.
		if w >= 40 && w <= 100 && (!strings.ContainsRune(".!?:”\"", last) || unicode.IsLower(r)) {
			// Two lines only join when the second plainly continues the
			// first, so a headline above a date line stays apart.
			if len(block) == 2 && !unicode.IsLower(r) {
				continue
			}
			if standalone(next) || standalone(l.text) {
				continue
			}
			wrapped++
		}
	}
	return n > 0 && wrapped*2 >= n
}

// standalone reports lines that never join a wrapped paragraph: bylines,
// datelines and furniture.
func standalone(s string) bool {
	if _, ok := ParseByline(s); ok {
		return true
	}
	if _, ok := dateLine(s); ok {
		return true
	}
	return furniture(s) != ""
}

// cleaner runs the cleaning passes over the units of one document.
type cleaner struct {
	units []unit
	doc   *bluf.Document
}

func (c *cleaner) clean() {
	c.markAnywhere()
	c.cutTrailers()
	c.header()
	c.storyList()
	c.endMatter()
	c.trimEdges()
	c.pullQuotes()
	c.wireDateline()
}

var looseBylineRE = regexp.MustCompile(`^(?i:by)\s+\p{Lu}[\p{L}.'’ -]{1,60}$`)

// metaLine reports a byline or date line of a story teaser or comment:
// 0 for none, 1 for a calendar date alone, 2 for a byline or a relative
// time ("3 hours ago"). Embedded posts' attributions ("Name (@handle)
// June 3, 2025") are part of the article and count as none.
func metaLine(s string) int {
	if utf8.RuneCountInString(s) > 100 || strings.Contains(s, "@") {
		return 0
	}
	if relTimeRE.MatchString(s) {
		return 2
	}
	if _, ok := ParseByline(s); ok || looseBylineRE.MatchString(s) && countWords(s) <= 6 {
		return 2
	}
	if _, ok := dateLine(s); ok {
		return 1
	}
	return 0
}

// proseWords counts the words of the prose units among idx.
func proseWords(units []unit, idx []int) int {
	n := 0
	for _, i := range idx {
		if isProse(units[i].text) {
			n += countWords(units[i].text)
		}
	}
	return n
}

// storyList cuts a list of other stories or comments after the article:
// headlines each followed by a byline or date, as a page copied whole
// shows them. Two such lines within a few paragraphs of each other below
// the start of the article, one of them a byline or relative time, begin
// the list; it runs to the end.
func (c *cleaner) storyList() {
	idx := c.kept()
	first := c.bodyStart(idx)
	if first < 0 {
		return
	}
	prev, prevKind := -1, 0
	// Start below the header zone, where a late byline or date may stand.
	for k := first + 5; k < len(idx); k++ {
		kind := metaLine(c.units[idx[k]].text)
		if kind == 0 {
			continue
		}
		// Dates alone may be the article's own timeline; teasers and
		// comments carry a byline or a relative time.
		if prev >= 0 && k-prev <= 4 && max(kind, prevKind) == 2 {
			from := prev
			// Take the teaser's headline above its first meta line.
			if from-1 > first && !isProse(c.units[idx[from-1]].text) {
				from--
			}
			// A list of teasers holds less prose than the article above
			// it; otherwise the lines are the article's own header.
			if proseWords(c.units, idx[from:]) >= proseWords(c.units, idx[first:from]) {
				prev, prevKind = k, kind
				continue
			}
			for _, i := range idx[from:] {
				c.units[i].drop = "further_reading"
			}
			return
		}
		prev, prevKind = k, kind
	}
}

// edgeRun is how many short lines in a row above the first or below the
// last paragraph of prose mark them as page furniture (menus, link lists)
// rather than a standfirst or a closing line.
const edgeRun = 3

// trimEdges drops runs of short lines above the first and below the last
// paragraph of prose: the menus and link lists of a page copied whole.
// Only unbroken runs of at least edgeRun unpunctuated lines go; a
// sentence, a list item or a Markdown heading breaks a run, so a closing
// timeline of dates and short sentences stays, and so does everything in
// a document without prose.
func (c *cleaner) trimEdges() {
	idx := c.kept()
	first := c.bodyStart(idx)
	if first < 0 {
		return
	}
	last := first
	for k := first; k < len(idx); k++ {
		if isProse(c.units[idx[k]].text) {
			last = k
		}
	}
	trim := func(ks []int, reason string) {
		var run []int
		flush := func() {
			if len(run) >= edgeRun {
				for _, i := range run {
					c.units[i].drop = reason
				}
			}
			run = run[:0]
		}
		for _, k := range ks {
			u := c.units[idx[k]]
			if u.item || u.heading || endsSentence(u.text) {
				flush()
				continue
			}
			run = append(run, idx[k])
		}
		flush()
	}
	var top, bottom []int
	for k := 0; k < first; k++ {
		top = append(top, k)
	}
	for k := last + 1; k < len(idx); k++ {
		bottom = append(bottom, k)
	}
	trim(top, "navigation")
	trim(bottom, "trailer")
	// Above the article, a lone line between two dropped runs is a
	// widget of the page, not a standfirst.
	for n, k := range top {
		if n == 0 || n == len(top)-1 {
			continue
		}
		u := &c.units[idx[k]]
		if u.drop == "" && !u.heading && c.units[idx[top[n-1]]].drop == "navigation" && c.units[idx[top[n+1]]].drop == "navigation" {
			u.drop = "navigation"
		}
	}
}

// endsSentence reports whether s ends with sentence punctuation, closing
// quotes and brackets aside.
func endsSentence(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "”\"’')] "))
	return strings.ContainsRune(".!?…؟。！？।", last)
}

// kept returns the indices of units not yet dropped.
func (c *cleaner) kept() []int {
	var idx []int
	for i, u := range c.units {
		if u.drop == "" {
			idx = append(idx, i)
		}
	}
	return idx
}

// markAnywhere drops short furniture lines wherever they are, and the
// running headers and footers of text copied from a PDF: short lines
// repeated on page after page.
func (c *cleaner) markAnywhere() {
	for i := range c.units {
		u := &c.units[i]
		if u.drop != "" {
			continue
		}
		u.drop = furniture(u.text)
	}
	// A running header repeats at least three times, and at least twice
	// beside a page number; repeated labels of structured content (a
	// schedule, a table) do not stand beside page numbers.
	seen, paged := map[string]int{}, map[string]int{}
	for i, u := range c.units {
		if u.drop == "" && runningCandidate(u) {
			k := normKey(u.text)
			seen[k]++
			if c.besidePageNumber(i) {
				paged[k]++
			}
		}
	}
	for i := range c.units {
		u := &c.units[i]
		if u.drop != "" || !runningCandidate(*u) {
			continue
		}
		if k := normKey(u.text); seen[k] >= 3 && paged[k] >= 2 {
			u.drop = "running_header"
		}
	}
	// A bare page number beside a running header goes with it.
	for i := range c.units {
		u := &c.units[i]
		if u.drop != "" || len(u.text) > maxPageNumber || !pageNumberRE.MatchString(u.text) {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(c.units) && c.units[j].drop == "running_header" {
				u.drop = "navigation"
			}
		}
	}
}

// maxPageNumber bounds the length of what pageNumberRE can match ("Page
// 1234 of 1234", with room for odd spacing), so that longer lines skip
// the expression.
const maxPageNumber = 40

var pageNumberRE = regexp.MustCompile(`(?i)^(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$`)

// besidePageNumber reports whether the unit before or after unit i is a
// page number.
func (c *cleaner) besidePageNumber(i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(c.units) && pageNumberRE.MatchString(c.units[j].text) {
			return true
		}
	}
	return false
}

// runningCandidate reports a line that could be a running header or
// footer: short, unpunctuated, not a list item.
func runningCandidate(u unit) bool {
	return !u.item && !endsSentence(u.text) && countWords(u.text) <= 12 && len(u.text) <= 120 &&
		strings.IndexFunc(u.text, unicode.IsLetter) >= 0 && !pageNumberRE.MatchString(u.text)
}

// cutTrailers drops a "Further reading"/"Related" trailer or a comments
// section and everything after it. Reader comments numbered before a
// "Comments are closed." line are dropped with it.
func (c *cleaner) cutTrailers() {
	body := 0
	for i := 0; i < len(c.units); i++ {
		u := &c.units[i]
		if u.drop != "" {
			continue
		}
		reason, tail := trailer(u.text)
		if reason == "" || body == 0 && !tail {
			if isProse(u.text) {
				body++
			}
			continue
		}
		if tail && reason == "comments" {
			for j := i - 1; j >= 0; j-- {
				p := &c.units[j]
				if p.drop != "" && p.drop != "comments" {
					continue
				}
				if !p.number {
					break
				}
				p.drop = "comments"
			}
		}
		end := len(c.units)
		if reason == "further_reading" {
			end = c.resume(i + 1)
		}
		for j := i; j < end; j++ {
			if c.units[j].drop == "" {
				c.units[j].drop = reason
			}
		}
		if end == len(c.units) {
			return
		}
		i = end - 1
	}
}

// resume returns the index where the article picks up again after a
// "Related"/"Read more" box that starts at from: the first of two prose
// paragraphs in a row, or a long one. Link titles in between are short
// and unpunctuated. It returns len(c.units) when the article does not
// resume.
func (c *cleaner) resume(from int) int {
	for j := from; j < len(c.units); j++ {
		u := c.units[j]
		if u.drop != "" || !isProse(u.text) {
			continue
		}
		if countWords(u.text) >= 40 {
			return j
		}
		for k := j + 1; k < len(c.units); k++ {
			if c.units[k].drop != "" {
				continue
			}
			if isProse(c.units[k].text) {
				return j
			}
			break
		}
	}
	return len(c.units)
}

// maxHeaderLines is how many short lines above the first paragraph may be
// title, section and kicker lines.
const maxHeaderLines = 6

// bodyStart returns the position in idx of the first paragraph of the
// article: the first prose paragraph that is long or followed closely by
// more prose, so that a one-line widget above the article ("Some sunshine
// by the end of the day.") is not taken for its start. It returns -1 when
// there is no prose.
func (c *cleaner) bodyStart(idx []int) int {
	firstProse := -1
	for k, i := range idx {
		u := c.units[i]
		if !isProse(u.text) || u.heading {
			continue
		}
		if firstProse < 0 {
			firstProse = k
		}
		if countWords(u.text) >= 30 {
			return k
		}
		for j := k + 1; j < len(idx) && j <= k+2; j++ {
			if isProse(c.units[idx[j]].text) {
				return k
			}
		}
	}
	return firstProse
}

// header finds the title, byline and dateline above the first body
// paragraph and drops section and kicker lines. Only the lines just above
// the article (and a few below its first paragraph, after a standfirst)
// give metadata; date and byline lines further up belong to other
// stories in a page copied whole, and are dropped without being used.
func (c *cleaner) header() {
	idx := c.kept()
	first := c.bodyStart(idx)
	stop := len(idx)
	if first >= 0 {
		stop = min(len(idx), first+4)
	} else {
		stop = min(len(idx), 4*maxHeaderLines)
	}
	// The header window: the last lines above the article.
	window := 0
	if first >= 0 {
		window = max(0, first-2*maxHeaderLines)
	}
	var cands []int
	for k := 0; k < stop; k++ {
		i := idx[k]
		u := &c.units[i]
		if utf8.RuneCountInString(u.text) < 160 {
			// "By X | June 3, 2025" and "June 3, 2025 | By X" give both.
			names, isByline := ParseByline(u.text)
			iso, isDate := dateLine(u.text)
			if !isByline && isDate {
				if _, sp, ok := ParseDate(u.text); ok {
					rest := strings.Trim(u.text[sp[1]:], " |•·,–—-")
					names, _ = ParseByline(rest)
				}
			}
			if !isDate && isByline {
				iso, _, isDate = ParseDate(u.text)
			}
			if k >= window {
				if len(names) > 0 && len(c.doc.Authors) == 0 {
					c.doc.Authors = names
				}
				if isDate && c.doc.Published == "" {
					c.doc.Published = iso
				}
			}
			switch {
			case isByline:
				u.drop = "byline"
				continue
			case isDate:
				u.drop = "dateline"
				continue
			}
		}
		// A headline is short; so are section and kicker lines.
		if first >= 0 && k >= first || u.item || len(u.text) > 400 {
			continue
		}
		cands = append(cands, i)
	}
	// Only the last few candidates above the article can hold the
	// headline; a document without prose (a list, a table) keeps the rest.
	if first < 0 && len(cands) > maxHeaderLines {
		cands = cands[:maxHeaderLines]
	}
	if len(cands) > maxHeaderLines {
		cands = cands[len(cands)-maxHeaderLines:]
	}
	if len(cands) == 0 {
		return
	}
	// A title from front matter stands; only its repetition is dropped.
	if c.doc.Title != "" {
		for _, i := range cands {
			if sameTitle(c.units[i].text, c.doc.Title) {
				c.units[i].drop = "title"
			}
		}
		return
	}
	// The title is the candidate that reads most like a headline; section,
	// kicker and masthead lines score low. Ties go to the earliest.
	title, best := -1, -100
	for _, i := range cands {
		if sc := titleScore(c.units[i]); sc > best {
			title, best = i, sc
		}
	}
	t, site := SplitTitle(c.units[title].text)
	c.doc.Title = t
	if site != "" {
		c.doc.Publisher = site
	}
	c.units[title].drop = "title"
	for _, i := range cands {
		u := &c.units[i]
		switch {
		case i < title:
			u.drop = "section"
		case i > title && sameTitle(u.text, t):
			u.drop = "title"
		case i > title && looksLikeName(u.text) && !u.heading && c.nextToDate(i):
			// A bare name beside the date under the headline is the
			// author (blog and newsletter layouts).
			c.doc.Authors = appendName(c.doc.Authors, u.text)
			u.drop = "byline"
		}
	}
}

// nextToDate reports whether the unit before or after unit i is a
// dateline.
func (c *cleaner) nextToDate(i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(c.units) && c.units[j].drop == "dateline" {
			return true
		}
	}
	return false
}

// appendName adds name to names unless it is there already.
func appendName(names []string, name string) []string {
	for _, n := range names {
		if strings.EqualFold(n, name) {
			return names
		}
	}
	return append(names, name)
}

// sameTitle reports whether line repeats the title, perhaps with a prefix
// ("Intelligence Report: <title>") or a site suffix.
func sameTitle(line, title string) bool {
	if len(title) < 12 {
		return strings.EqualFold(strings.TrimSpace(line), title)
	}
	return strings.Contains(strings.ToLower(line), strings.ToLower(title))
}

// titleScore rates how much a header line reads like a headline rather
// than a section, kicker or masthead line ("World", "Press Release",
// "Geopolitics & Energy Security Iran Iraq", "Ministry of Foreign
// Affairs").
func titleScore(u unit) int {
	ws := strings.Fields(u.text)
	n := len(ws)
	sc := 0
	if u.heading {
		sc += 2
	}
	switch {
	case n >= 4 && n <= 30:
		sc += 2
	case n == 3:
		sc++
	}
	// A series label ("Regional Security Brief No. 14", "Vol. 3, Issue
	// 2") names the publication, not the piece.
	if seriesRE.MatchString(u.text) {
		sc -= 3
	}
	content, function, org := false, false, false
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,:;!?\"'“”‘’()"))
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case functionWords[lw] && unicode.IsLower(r):
			function = true
		case unicode.IsLower(r):
			content = true
		}
		if mastheadWords[lw] {
			org = true
		}
	}
	switch {
	case content:
		sc += 3
	case function:
		sc++
	}
	if org && n <= 6 {
		sc -= 3
	}
	if strings.ContainsAny(u.text, "&|›»/>") {
		sc -= 2
	}
	return sc
}

var seriesRE = regexp.MustCompile(`(?i)\b(?:no\.|vol\.|volume|issue|number|series|edition)\s*\d+`)

var functionWords = set("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "de", "du", "des", "la", "le", "el", "al", "and", "vs")

// mastheadWords mark section, masthead and issuer lines.
var mastheadWords = set("news", "ministry", "department", "office", "embassy", "government", "press", "release", "statement", "section", "opinion", "analysis", "commentary", "blog", "home", "world", "politics", "business", "region", "edition", "live", "breaking", "exclusive", "explainer", "feature", "features", "interview", "podcast", "video", "newsletter", "menu")

// endMatter drops the author's biography and signature near the end.
func (c *cleaner) endMatter() {
	idx := c.kept()
	if len(idx) < 2 {
		return
	}
	from := len(idx) - 4
	if from < 1 {
		from = 1
	}
	for k := from; k < len(idx); k++ {
		u := &c.units[idx[k]]
		// A stranger's biography ("Jane Roe is a senior fellow at...")
		// counts only in the last two paragraphs: higher up, it is more
		// likely the article introducing a source.
		authors := c.doc.Authors
		if k < len(idx)-2 {
			if !isBio(u.text, authors) || !mentionsAuthor(u.text, authors) {
				continue
			}
		} else if !isBio(u.text, authors) {
			continue
		}
		u.drop = "bio"
		// A name-only signature line just above the bio.
		if k > 0 {
			p := &c.units[idx[k-1]]
			if isSignature(p.text, c.doc.Authors) {
				p.drop = "bio"
			}
		}
		// Whatever follows a bio is not article: numbered reader
		// comments, further bios, promotion.
		for _, j := range idx[k+1:] {
			q := &c.units[j]
			switch {
			case q.number:
				q.drop = "comments"
			case isBio(q.text, nil), bioPronounRE.MatchString(q.text):
				q.drop = "bio"
			}
		}
	}
	// "About <organisation>" and the boilerplate under it, near the end.
	idx = c.kept()
	for k := max(1, len(idx)-6); k < len(idx); k++ {
		if u := c.units[idx[k]]; aboutRE.MatchString(u.text) && countWords(u.text) <= 8 {
			for _, j := range idx[k:] {
				c.units[j].drop = "trailer"
			}
			break
		}
	}
	if len(idx) == 0 {
		return
	}
	// A signature as the very last line.
	last := &c.units[idx[len(idx)-1]]
	if last.drop == "" && isSignature(last.text, c.doc.Authors) {
		last.drop = "bio"
	}
}

// mentionsAuthor reports whether s opens with one of the authors' names.
func mentionsAuthor(s string, authors []string) bool {
	for _, a := range authors {
		if strings.HasPrefix(s, a) || lastName(a) != "" && strings.HasPrefix(s, lastName(a)+" ") {
			return true
		}
	}
	return false
}

// pullQuotes drops stand-alone attributed quotations and paragraphs that
// repeat a body sentence, and exact duplicate paragraphs.
func (c *cleaner) pullQuotes() {
	idx := c.kept()
	norm := make(map[int]string, len(idx))
	for _, i := range idx {
		norm[i] = normKey(c.units[i].text)
	}
	seen := make(map[string]bool, len(idx))
	for _, i := range idx {
		u := &c.units[i]
		if attributedQuote(u.text) {
			u.drop = "pull_quote"
			continue
		}
		key := norm[i]
		// A long paragraph given twice is a repeated teaser or summary;
		// short lines (list labels, interview questions) repeat for real.
		if seen[key] && countWords(key) >= 15 {
			u.drop = "duplicate"
			continue
		}
		seen[key] = true
		// A quotation or sentence that repeats part of a longer paragraph
		// is a pull quote. The search is quadratic, so it is skipped on
		// documents far longer than an article.
		if len(idx) > maxPullQuoteParas || len(key) < 30 || len(key) > 400 || !quoted(u.text) && !(isCaptionish(u.text) && isProse(u.text)) {
			continue
		}
		for _, j := range idx {
			if j != i && len(norm[j]) > len(key)+20 && strings.Contains(norm[j], key) {
				u.drop = "pull_quote"
				break
			}
		}
	}
	for _, i := range c.kept() {
		if caption(c.units[i].text) {
			c.units[i].drop = "caption"
		}
	}
}

// maxPullQuoteParas bounds the paragraphs searched for repeated pull
// quotes.
const maxPullQuoteParas = 1000

// wireDateline strips an agency dateline ("KHARTOUM, Sudan (Reuters) - ")
// from the start of the first body paragraph.
func (c *cleaner) wireDateline() {
	idx := c.kept()
	if len(idx) == 0 {
		return
	}
	u := &c.units[idx[0]]
	loc := wireDatelineRE.FindStringSubmatchIndex(u.text)
	if loc == nil || loc[1] >= len(u.text) {
		return
	}
	// Without an agency, the sentence proper must start after the dash
	// ("BAGHDAD — Iraq's", not "NATO — the alliance").
	if next, _ := utf8.DecodeRuneInString(u.text[loc[1]:]); loc[2] < 0 && !unicode.IsUpper(next) && !isQuote(next) {
		return
	}
	u.prefix = strings.TrimSpace(u.text[:loc[1]])
	// A press release's dateline ("NAIROBI, 4 June 2025 -") dates it.
	if iso, _, ok := ParseDate(u.prefix); ok && c.doc.Published == "" {
		c.doc.Published = iso
	}
	if c.doc.Publisher == "" && loc[2] >= 0 {
		c.doc.Publisher = agencyName(u.text[loc[2]:loc[3]])
	}
	u.text = u.text[loc[1]:]
}

// wireDatelineRE is an agency or newspaper dateline opening the first
// paragraph: "KHARTOUM, Sudan (Reuters) - ", "BAMAKO, Mali (AP) — ",
// "BAGHDAD — ", "NAIROBI, 4 June 2025 - ". Without an agency the place
// must be in capitals and followed by a dash, or by a full date and a
// dash.
var wireDatelineRE = regexp.MustCompile(`^(?:[A-Z][A-Z.'’ -]{1,40}(?:,\s+[A-Z][\w.'’ -]{1,40}){0,2}(?:,\s+\w{3,9}\.?\s+\d{1,2})?\s*\((Reuters|AP|AFP|dpa|ANI|IANS|PTI|Xinhua|Anadolu|UPI|Bloomberg|WAFA|APA|EFE|Kyodo|Yonhap|SPA|KUNA|MENA|Bernama|Antara|CNA|NAN|KNA|APS|Sputnik|TASS|Interfax|RIA|IRNA|Tasnim|Fars)\)\s*[-–—:]|\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,3}(?:,\s+\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2})?\s+(?:—|–|--)|\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,3}(?:,\s+\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2})?,\s+(?:\d{1,2}\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2}),?\s+\d{4}\s*[-–—:])\s+`)

func isQuote(r rune) bool {
	return strings.ContainsRune(quoteOpen, r)
}

func agencyName(a string) string {
	switch a {
	case "AP":
		return "Associated Press"
	}
	return a
}

// finish assembles the body from the kept units and fills the document.
func (c *cleaner) finish() error {
	doc := c.doc
	var b strings.Builder
	var drops []bluf.Dropped
	for _, u := range c.units {
		if u.prefix != "" {
			drops = append(drops, bluf.Dropped{Text: u.prefix, Reason: "dateline", Line: u.line})
		}
		if u.drop != "" {
			if u.drop != "markup" {
				drops = append(drops, bluf.Dropped{Text: u.text, Reason: u.drop, Line: u.line})
			}
			continue
		}
		start := b.Len()
		if start > 0 {
			b.WriteString("\n\n")
			start += 2
		}
		b.WriteString(u.text)
		doc.Paragraphs = append(doc.Paragraphs, bluf.Span{Start: start, End: b.Len()})
	}
	doc.Dropped = append(doc.Dropped, drops...)
	doc.Body = b.String()
	if strings.TrimSpace(doc.Body) == "" {
		return ErrNoArticle
	}
	finishDoc(doc)
	return nil
}

// finishDoc sets the fields that depend only on the body.
func finishDoc(doc *bluf.Document) {
	sum := sha256.Sum256([]byte(doc.Body))
	doc.ID = hex.EncodeToString(sum[:8])
	if doc.Language == "" {
		doc.Language = Language(doc.Body)
	}
	if doc.Authors == nil {
		doc.Authors = []string{}
	}
	if doc.Dropped == nil {
		doc.Dropped = []bluf.Dropped{}
	}
}

// normKey lower-cases s and reduces it to its letters and digits, words
// separated by single spaces, for comparing paragraphs.
func normKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}
