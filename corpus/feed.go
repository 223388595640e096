package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
)

// isFeed reports whether raw, served with content type ctype, is an RSS,
// Atom or JSON feed rather than a page.
func isFeed(raw []byte, ctype string) bool {
	ct := strings.ToLower(ctype)
	if strings.Contains(ct, "rss") || strings.Contains(ct, "atom") || strings.Contains(ct, "feed+json") {
		return true
	}
	if strings.Contains(ct, "html") {
		return false
	}
	head := raw
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.TrimLeft(head, "\ufeff \t\r\n")
	if len(head) == 0 {
		return false
	}
	switch head[0] {
	case '<':
		l := bytes.ToLower(head)
		return bytes.Contains(l, []byte("<rss")) || bytes.Contains(l, []byte("<feed")) || bytes.Contains(l, []byte("<rdf:rdf"))
	case '{':
		return bytes.Contains(head, []byte("jsonfeed.org/version"))
	}
	return false
}

// feed ingests the items of the feed raw read from it: each entry's link
// is fetched, or, for an entry without one, its inline content used.
func (in *ingester) feed(ctx context.Context, it item, raw []byte, final string) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(raw))
	if err != nil {
		in.fail(it.source, fmt.Errorf("parse feed: %w", err))
		return
	}
	base, _ := url.Parse(final)
	if final == "" {
		base, _ = url.Parse(it.source)
	}
	if len(f.Items) == 0 {
		in.fail(it.source, errors.New("feed has no items"))
		return
	}
	for i, e := range f.Items {
		if ctx.Err() != nil {
			return
		}
		if i >= in.opt.MaxFeedItems {
			in.fail(it.source, fmt.Errorf("feed has %d items; ingested the first %d", len(f.Items), in.opt.MaxFeedItems))
			return
		}
		if e == nil {
			continue
		}
		fi := item{kind: feedItem, title: strings.TrimSpace(e.Title), publisher: strings.TrimSpace(f.Title)}
		switch {
		case e.PublishedParsed != nil:
			fi.published = e.PublishedParsed.UTC().Format("2006-01-02")
		case e.UpdatedParsed != nil:
			fi.published = e.UpdatedParsed.UTC().Format("2006-01-02")
		}
		link := strings.TrimSpace(e.Link)
		if link == "" && len(e.Links) > 0 {
			link = strings.TrimSpace(e.Links[0])
		}
		if link != "" && base != nil {
			if u, err := base.Parse(link); err == nil {
				link = u.String()
			}
		}
		switch {
		case isURL(link):
			fi.source = link
		case strings.TrimSpace(e.Content+e.Description) != "":
			id := e.GUID
			if id == "" {
				id = "item" + strconv.Itoa(i+1)
			}
			fi.source = it.source + "#" + id
			fi.content = e.Content
			if strings.TrimSpace(fi.content) == "" {
				fi.content = e.Description
			}
			if fi.title != "" && !strings.Contains(fi.content, "<") {
				fi.content = "<html><head><title>" + htmlEscape(fi.title) + "</title></head><body><p>" + htmlEscape(fi.content) + "</p></body></html>"
			}
		default:
			in.fail(fmt.Sprintf("%s#item%d", it.source, i+1), errors.New("feed item has neither a link nor content"))
			continue
		}
		in.spawn(ctx, fi)
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// sniff says whether raw is "html" or "text", or why it is unsupported.
func sniff(source string, raw []byte, ctype string) (string, error) {
	if kind := binaryKind(raw); kind != "" {
		return "", fmt.Errorf("unsupported file type: %s", kind)
	}
	ct := strings.ToLower(ctype)
	switch {
	case strings.Contains(ct, "html"):
		return "html", nil
	case strings.HasPrefix(ct, "text/plain"), strings.Contains(ct, "markdown"):
		return "text", nil
	case ct != "" && !strings.HasPrefix(ct, "text/") && !strings.Contains(ct, "xml"):
		return "", fmt.Errorf("unsupported content type %q", ctype)
	}
	switch strings.ToLower(filepath.Ext(strings.SplitN(source, "?", 2)[0])) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return "html", nil
	case ".txt", ".md", ".markdown", ".text":
		return "text", nil
	}
	head := raw
	if len(head) > 1024 {
		head = head[:1024]
	}
	l := bytes.ToLower(bytes.TrimLeft(head, "\ufeff \t\r\n"))
	if bytes.HasPrefix(l, []byte("<!doctype html")) || bytes.HasPrefix(l, []byte("<html")) || bytes.Contains(l, []byte("<body")) || bytes.Contains(l, []byte("<head")) {
		return "html", nil
	}
	return "text", nil
}

// binaryKind names the kind of a binary input ("PDF", "image", "binary")
// or returns "" for text.
func binaryKind(raw []byte) string {
	magic := []struct {
		prefix, kind string
	}{
		{"%PDF", "PDF"}, {"\x89PNG", "PNG image"}, {"\xff\xd8\xff", "JPEG image"}, {"GIF8", "GIF image"},
		{"PK\x03\x04", "ZIP archive"}, {"\x1f\x8b", "gzip archive"}, {"\x7fELF", "executable"},
		{"SQLite format 3\x00", "SQLite database"},
	}
	for _, m := range magic {
		if bytes.HasPrefix(raw, []byte(m.prefix)) {
			return m.kind
		}
	}
	head := raw
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "binary"
	}
	// Text in a legacy encoding has a few invalid UTF-8 bytes; binary
	// data has many.
	bad := 0
	for len(head) > 0 {
		r, n := utf8.DecodeRune(head)
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		head = head[n:]
	}
	if bad > 0 && bad*10 > min(len(raw), 8192) {
		return "binary"
	}
	return ""
}
