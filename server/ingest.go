package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"bluf"
	"bluf/extract"
)

// Submission is one document to add: either a URL to fetch or the raw
// bytes of a pasted text or uploaded file.
type Submission struct {
	// URL, when set, is fetched; Raw is then ignored.
	URL string
	// Name labels Raw: the uploaded file's name, or "pasted text".
	Name string
	Raw  []byte
}

// Ingester turns a submission into an analysed report. Implementations
// must be safe for concurrent use.
type Ingester interface {
	Ingest(ctx context.Context, sub Submission) (*bluf.Report, error)
}

// ErrBadSubmission is wrapped by errors in what was submitted (the
// client's fault, answered 400 or 422).
var ErrBadSubmission = errors.New("bad submission")

// Reader reads and analyses a source; *pipeline.Analyzer is one.
type Reader interface {
	Read(ctx context.Context, source string, opt extract.Options) (*bluf.Report, error)
}

// Pipeline is the Ingester that reads with package extract and analyses
// with a Reader, normally a *pipeline.Analyzer.
type Pipeline struct {
	Analyzer Reader
	// AllowPrivate lets URL ingestion reach loopback, private and
	// link-local addresses. Off by default: a server fetching URLs given
	// by its users must not become a way into the network it runs on.
	AllowPrivate bool
	// MaxBytes bounds a fetched or submitted document (0: extract's
	// default).
	MaxBytes int64
	// Timeout bounds a URL fetch (0: extract's default).
	Timeout   time.Duration
	UserAgent string
}

// Ingest reads sub and analyses it. Extraction refusals (empty, binary or
// oversized input, no article found, blocked address) wrap
// ErrBadSubmission as well as extract's own sentinel.
func (p *Pipeline) Ingest(ctx context.Context, sub Submission) (r *bluf.Report, err error) {
	defer func() {
		// A stage that panics on hostile input must not take the
		// server down with it.
		if v := recover(); v != nil {
			r, err = nil, fmt.Errorf("analyse %s: internal error: %v", sub.label(), v)
		}
	}()
	opt := extract.Options{
		MaxBytes:     p.MaxBytes,
		Timeout:      p.Timeout,
		UserAgent:    p.UserAgent,
		BlockPrivate: !p.AllowPrivate,
	}
	src := sub.URL
	if src != "" {
		if err := checkURL(src); err != nil {
			return nil, err
		}
	} else {
		src = "-"
		opt.Stdin = bytes.NewReader(sub.Raw)
	}
	r, err = p.Analyzer.Read(ctx, src, opt)
	if err != nil {
		for _, e := range []error{extract.ErrEmpty, extract.ErrBinary, extract.ErrInvalidUTF8,
			extract.ErrTooLarge, extract.ErrNoArticle, extract.ErrBlocked} {
			if errors.Is(err, e) {
				return nil, fmt.Errorf("%w: %w", ErrBadSubmission, err)
			}
		}
		return nil, err
	}
	if sub.URL == "" {
		r.Source = sub.label()
	}
	return r, nil
}

func (sub Submission) label() string {
	switch {
	case sub.URL != "":
		return sub.URL
	case sub.Name != "":
		return sub.Name
	}
	return "pasted text"
}

// checkURL accepts only absolute http and https URLs with a host.
func checkURL(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("%w: url %q: %w", ErrBadSubmission, s, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: url %q: scheme must be http or https", ErrBadSubmission, s)
	}
	if u.Host == "" || strings.ContainsAny(u.Host, " \t\r\n") {
		return fmt.Errorf("%w: url %q: no host", ErrBadSubmission, s)
	}
	return nil
}
