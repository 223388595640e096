package extract

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"bluf"
)

// MaxElements bounds the HTML elements a page may have once scripts,
// styles, SVG and form controls are removed (forms stay: ASP.NET pages
// wrap the whole page in one). Extraction time grows faster than the
// page; real article pages stay far below the bound.
const MaxElements = 25000

// prune removes elements that never hold article text and returns the
// number of elements left.
func prune(n *html.Node) int {
	count := 0
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode:
			n.RemoveChild(c)
		case c.Type == html.ElementNode && pruneTags[c.Data] && !isJSONLD(c):
			n.RemoveChild(c)
		default:
			if c.Type == html.ElementNode {
				count++
			}
			count += prune(c)
		}
		c = next
	}
	return count
}

var pruneTags = set("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select", "textarea", "button", "input")

// isJSONLD reports a script element of structured metadata, which the
// extractor reads for the author and date.
func isJSONLD(n *html.Node) bool {
	if n.Data != "script" {
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "type" && strings.Contains(a.Val, "ld+json") {
			return true
		}
	}
	return false
}

// minArticleRunes is the least body text an HTML page must yield to count
// as an article.
const minArticleRunes = 200

// HTML extracts and cleans the article of an HTML page with trafilatura
// (readability and DOM-distiller fallbacks on), then runs the same
// furniture removal as Text over its paragraphs. pageURL, when known,
// resolves relative links and names the site. The page is decoded from
// the charset it declares (meta tag or BOM) unless it is valid UTF-8.
func HTML(source string, raw []byte, pageURL string) (*bluf.Document, error) {
	return htmlDoc(source, raw, pageURL, "")
}

// htmlDoc is HTML with the Content-Type the page was served with, whose
// charset takes precedence over the page's own declaration.
func htmlDoc(source string, raw []byte, pageURL, contentType string) (*bluf.Document, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, fmt.Errorf("read %s: %w", source, ErrEmpty)
	}
	if err := checkBinary(raw); err != nil {
		return nil, fmt.Errorf("read %s: %w", source, err)
	}
	root, err := html.Parse(decodeHTML(raw, contentType))
	if err != nil {
		return nil, fmt.Errorf("read %s: parse HTML: %w", source, err)
	}
	stamp := pageTimestamp(root)
	if n := prune(root); n > MaxElements {
		return nil, fmt.Errorf("read %s: page has %d elements, limit %d: %w", source, n, MaxElements, ErrTooLarge)
	}
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		ExcludeTables:   false,
		Focus:           trafilatura.Balanced,
		// The publication date comes from metadata, date elements and
		// the URL only, never from a date mentioned in the text; a fixed
		// upper bound keeps the result independent of the clock.
		HtmlDateOptions: &htmldate.Options{
			UseOriginalDate:     true,
			SkipExtensiveSearch: true,
			MinDate:             time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC),
			MaxDate:             time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC),
		},
	}
	if pageURL != "" {
		if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
			opts.OriginalURL = u
		}
	}
	res, err := extractSafe(root, opts)
	if err != nil || res == nil || res.ContentNode == nil {
		return nil, fmt.Errorf("read %s: %w", source, ErrNoArticle)
	}
	doc := &bluf.Document{Source: source}
	units := htmlUnits(res.ContentNode)
	c := cleaner{units: units, doc: doc}
	c.markAnywhere()
	c.cutTrailers()
	c.headerHTML(res.Metadata)
	c.endMatter()
	c.pullQuotes()
	c.wireDateline()
	if err := c.finish(); err != nil {
		return nil, fmt.Errorf("read %s: %w", source, err)
	}
	if doc.Language == "" {
		doc.Language = langCode(res.Metadata.Language)
	}
	// The page's own publication timestamp, when it has a time and zone
	// and agrees with the date found, makes the date precise.
	if stamp != "" && (doc.Published == "" || strings.HasPrefix(stamp, doc.Published)) {
		doc.Published = stamp
	}
	if len([]rune(doc.Body)) < minArticleRunes {
		return nil, fmt.Errorf("read %s: %d characters of text: %w", source, len([]rune(doc.Body)), ErrNoArticle)
	}
	for i := range doc.Dropped {
		doc.Dropped[i].Line = 0
	}
	return doc, nil
}

// decodeHTML returns a UTF-8 reader over raw. Valid UTF-8 is taken as
// is: pages are often re-saved as UTF-8 with a stale charset declaration,
// while a page in a legacy encoding is almost never valid UTF-8.
func decodeHTML(raw []byte, contentType string) io.Reader {
	raw = bytes.TrimPrefix(raw, utf8BOM)
	if utf8.Valid(raw) {
		return bytes.NewReader(raw)
	}
	if contentType == "" {
		contentType = "text/html"
	}
	enc, _, _ := charset.DetermineEncoding(raw, contentType)
	return transform.NewReader(bytes.NewReader(raw), enc.NewDecoder())
}

// pubMetaNames are meta tags that carry a page's publication time.
var pubMetaNames = set("article:published_time", "og:article:published_time",
	"article.published", "pubdate", "publishdate", "publish-date", "publish_date",
	"dc.date.issued", "dcterms.issued", "sailthru.date", "parsely-pub-date",
	"datepublished", "date")

var ldPublishedRE = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{8,40})"`)

// pageTimestamp returns the publication date-time a page declares in its
// meta tags or JSON-LD, as RFC 3339 when it has a time and zone, else "".
func pageTimestamp(root *html.Node) string {
	var found string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != "" {
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				var key, content string
				for _, a := range n.Attr {
					switch strings.ToLower(a.Key) {
					case "property", "name", "itemprop":
						key = strings.ToLower(a.Val)
					case "content":
						content = a.Val
					}
				}
				if pubMetaNames[key] {
					found = fullStamp(content)
				}
			case "script":
				for _, a := range n.Attr {
					if a.Key == "type" && strings.Contains(a.Val, "ld+json") && n.FirstChild != nil {
						if m := ldPublishedRE.FindStringSubmatch(n.FirstChild.Data); m != nil {
							found = fullStamp(m[1])
						}
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return found
}

// fullStamp returns s as RFC 3339 when it is an ISO 8601 date-time with a
// zone, else "".
func fullStamp(s string) string {
	iso, _, ok := ParseDate(strings.TrimSpace(s))
	if !ok || len(iso) <= len("2006-01-02") {
		return ""
	}
	return iso
}

// langCode reduces a language tag ("en-US") to its ISO 639-1 code.
func langCode(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 {
		return ""
	}
	return tag
}

// extractSafe runs trafilatura, turning a panic inside it into an error:
// bad input must never crash the caller.
func extractSafe(root *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("extract: %v", p)
		}
	}()
	return trafilatura.ExtractDocument(root, opts)
}

// headerHTML takes metadata from trafilatura and drops body lines that
// repeat it (a title or byline the extractor kept).
func (c *cleaner) headerHTML(md trafilatura.Metadata) {
	doc := c.doc
	host := strings.TrimPrefix(strings.ToLower(md.Hostname), "www.")
	doc.Publisher = cleanSite(md.Sitename, host)
	title, site := SplitTitle(stripKicker(md.Title))
	if doc.Publisher == "" {
		doc.Publisher = site
	}
	if doc.Publisher == "" {
		doc.Publisher = host
	}
	doc.Title = stripSite(title, doc.Publisher, host)
	doc.Authors = cleanAuthors(md.Author, doc.Publisher, host)
	if !md.Date.IsZero() {
		doc.Published = md.Date.Format("2006-01-02")
	}
	// The extracted body may open with the headline, a byline or a date,
	// and with a kicker above the headline.
	kept := c.kept()
	for n, i := range kept {
		if n >= 6 {
			break
		}
		u := &c.units[i]
		switch {
		case title != "" && strings.EqualFold(strings.TrimSpace(u.text), title),
			title != "" && len(title) >= 12 && sameTitle(u.text, title) && !isProse(u.text):
			u.drop = "title"
			for _, j := range kept[:n] {
				if p := &c.units[j]; p.drop == "" && !isProse(p.text) && countWords(p.text) <= 4 {
					p.drop = "section"
				}
			}
		case doc.Title == "" && u.heading && n == 0:
			doc.Title = u.text
			u.drop = "title"
		default:
			if names, ok := ParseByline(u.text); ok {
				if len(doc.Authors) == 0 {
					doc.Authors = names
				}
				u.drop = "byline"
			} else if iso, ok := dateLine(u.text); ok {
				if doc.Published == "" {
					doc.Published = iso
				}
				u.drop = "dateline"
			}
		}
	}
}

// blockTags end a paragraph in the extracted tree.
var blockTags = set("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
	"pre", "table", "tr", "ul", "ol", "dl", "dt", "dd", "section", "article", "header",
	"footer", "figure", "figcaption", "hr", "head", "list", "item", "quote", "code",
	"caption", "aside", "main", "nav", "form", "td", "th", "details", "summary", "address")

// htmlUnits turns the extracted tree into units, one per block.
func htmlUnits(n *html.Node) []unit {
	var units []unit
	var b strings.Builder
	var heading, item bool
	var walk func(n *html.Node)
	flush := func() {
		t := normaliser.Replace(b.String())
		t = strings.Join(strings.Fields(t), " ")
		b.Reset()
		if t != "" {
			u := lineUnit(t, 0)
			u.heading = u.heading || heading
			u.item = u.item || item
			units = append(units, u)
		}
		heading, item = false, false
	}
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "svg", "iframe", "button", "input", "select", "textarea":
				return
			case "br":
				b.WriteByte(' ')
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
			switch n.Data {
			case "h1", "h2", "h3", "h4", "h5", "h6", "head":
				heading = true
			case "li", "item":
				item = true
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return units
}
