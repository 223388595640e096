// Package extract turns raw input (plain text, Markdown, HTML, a URL) into
// a cleaned bluf.Document: the article body without page furniture, the
// record of what was dropped and why, and the metadata (title, authors,
// date, publisher, language).
package extract

import (
	"context"
	"io"
	"net/http"
	"time"

	"bluf"
)

// Options controls reading a source. Zero values get documented defaults.
type Options struct {
	// Stdin is read when the source is "-".
	Stdin io.Reader
	// Client fetches URLs; nil means a client with Timeout and the
	// redirect limit.
	Client *http.Client
	// MaxBytes is the largest input accepted (default 10 MiB).
	MaxBytes int64
	// Timeout bounds a URL fetch (default 20s).
	Timeout time.Duration
	// UserAgent is sent with URL fetches.
	UserAgent string
}

// Read reads source (a file path, an http(s) URL, or "-") and returns the
// cleaned document. Sentences are not set; package text does that.
func Read(ctx context.Context, source string, opt Options) (*bluf.Document, error) {
	panic("not implemented")
}

// Text cleans a plain-text or Markdown article.
func Text(source string, raw []byte) (*bluf.Document, error) {
	panic("not implemented")
}

// HTML extracts and cleans the article of an HTML page.
func HTML(source string, raw []byte, pageURL string) (*bluf.Document, error) {
	panic("not implemented")
}
