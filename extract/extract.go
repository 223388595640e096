// Package extract turns raw input (plain text, Markdown, HTML, a URL) into
// a cleaned bluf.Document: the article body without page furniture, the
// record of what was dropped and why, and the metadata (title, authors,
// date, publisher, language).
//
// Limits: an input larger than Options.MaxBytes (default DefaultMaxBytes,
// 10 MiB) is refused with ErrTooLarge before it is read in full, and so
// is a text of more than MaxParagraphs lines or a page of more than
// MaxElements HTML elements; a URL fetch is bounded by Options.Timeout
// (default 20s) and follows at most MaxRedirects redirects. Input that is empty, binary or not valid UTF-8
// (for text; HTML is decoded from its declared charset) is refused with
// ErrEmpty, ErrBinary or ErrInvalidUTF8; a page or text in which no
// article remains after cleaning gives ErrNoArticle.
//
// Cleaning records each removal in Document.Dropped with one of these
// reasons: "title", "byline", "dateline" (date and timestamp lines, wire
// datelines such as "KHARTOUM, May 3 (Reuters) -"), "section" (category
// and kicker lines above the headline), "navigation", "newsletter",
// "caption", "credit" (photo credits, "Reporting by", "Source:", "The
// views expressed..."), "copyright", "tags", "pull_quote", "duplicate",
// "bio", "comments", "further_reading", "trailer" (what follows the
// article: a press release's end mark and boilerplate, footer menus),
// "embed" (embedded-post furniture), "running_header" (the repeated
// headers and footers of text copied from a PDF), and for Markdown
// "image", "separator" and "front_matter". Subheadings inside the
// article are kept as paragraphs of their own.
package extract

import (
	"errors"
	"io"
	"net/http"
	"time"

	"bluf"
)

// Defaults for zero Options fields.
const (
	DefaultMaxBytes = 10 << 20
	DefaultTimeout  = 20 * time.Second
	MaxRedirects    = 5
)

// Sentinel errors a caller can branch on with errors.Is. Returned errors
// wrap them with the operation and the source.
var (
	ErrEmpty       = errors.New("empty input")
	ErrBinary      = errors.New("binary input, not text or HTML")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLarge    = errors.New("input too large")
	ErrNoArticle   = errors.New("no article text found")
	ErrFetch       = errors.New("fetch failed")
	ErrTimeout     = errors.New("timed out")
	ErrBlocked     = errors.New("address not allowed")
)

// Options controls reading a source. Zero values get documented defaults.
type Options struct {
	// Stdin is read when the source is "-".
	Stdin io.Reader
	// Client fetches URLs; nil means a client with Timeout, the redirect
	// limit and BlockPrivate. A caller-supplied client is used as is:
	// BlockPrivate and the redirect limit are then its responsibility.
	Client *http.Client
	// MaxBytes is the largest input accepted (default DefaultMaxBytes,
	// 10 MiB).
	MaxBytes int64
	// Timeout bounds a URL fetch, body included (default 20s).
	Timeout time.Duration
	// UserAgent is sent with URL fetches (default
	// "bluf/<version> (+offline assessment tool)").
	UserAgent string
	// BlockPrivate refuses to connect to loopback, private (RFC 1918,
	// fc00::/7), link-local, unspecified, multicast and CGNAT addresses.
	// It is checked on the address actually dialled, so it holds after
	// DNS resolution and redirects. Servers fetching user-given URLs
	// should set it.
	BlockPrivate bool
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

func (o Options) timeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return DefaultTimeout
}

func (o Options) userAgent() string {
	if o.UserAgent != "" {
		return o.UserAgent
	}
	return "bluf/" + bluf.Version + " (+offline assessment tool)"
}
