// Package corpus feeds a store: it expands sources (files, directories,
// URLs, RSS/Atom/JSON feeds, standard input) into documents, analyses
// each new one once and adds it to a store.Store, with bounded
// parallelism, per-item errors and resumption.
//
// An interrupted ingest leaves the store consistent (every Add is one
// transaction) and a re-run resumes: sources whose URL or path is already
// stored are skipped before they are read, and documents whose cleaned
// text is already stored are recorded as copies before they are analysed.
package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"bluf"
	"bluf/extract"
	"bluf/store"
)

// Analyzer writes the report of a cleaned document; *pipeline.Analyzer
// is one.
type Analyzer interface {
	Analyze(doc *bluf.Document) *bluf.Report
}

// FetchFunc fetches a URL and returns its body, content type and the URL
// after redirects.
type FetchFunc func(ctx context.Context, url string, opt extract.Options) (body []byte, contentType, finalURL string, err error)

// Options controls an ingest. Zero values get the documented defaults.
type Options struct {
	// Jobs bounds how many items are read and analysed at once (default
	// GOMAXPROCS).
	Jobs int
	// Extract is passed to extraction and fetching (Stdin is read for
	// "-").
	Extract extract.Options
	// Fetch fetches URLs (default extract.Fetch, which honours Extract's
	// client, timeout, size limit, user agent and BlockPrivate).
	Fetch FetchFunc
	// Now stamps the sources (default time.Now).
	Now func() time.Time
	// MaxFeedItems bounds the items taken from one feed (default 100000).
	MaxFeedItems int
	// Queued, when set, is called as each item is queued, before it is
	// processed: with the results it drives a progress bar.
	Queued func()
	// Exclude lists files that a directory walk passes over silently:
	// the store's own database files when they sit in the directory
	// ingested. Paths are compared after filepath.Abs.
	Exclude []string
	// Clean turns a page (html true) or a plain-text article into a
	// document (default extract.HTML and extract.Text).
	Clean func(source string, raw []byte, html bool, pageURL string) (*bluf.Document, error)
}

func clean(source string, raw []byte, html bool, pageURL string) (*bluf.Document, error) {
	if html {
		return extract.HTML(source, raw, pageURL)
	}
	return extract.Text(source, raw)
}

// Statuses of a Result beyond those of store.AddResult.
const (
	Failed = "failed"
)

// Result is the outcome of one item: a file, a URL, a feed item or
// standard input. Feeds themselves yield a Result only when they fail.
type Result struct {
	Source string `json:"source"`
	// Status is store.Added, store.Duplicate, store.NearDuplicate or
	// Failed.
	Status string `json:"status"`
	ID     string `json:"id,omitempty"`
	Story  string `json:"story,omitempty"`
	// Skipped is true when the source was known and not read again.
	Skipped bool  `json:"skipped,omitempty"`
	Err     error `json:"-"`
}

// Summary counts the results of an ingest.
type Summary struct {
	Ingested       int `json:"ingested"`
	Duplicates     int `json:"duplicates"`
	NearDuplicates int `json:"near_duplicates"`
	Failed         int `json:"failed"`
}

// String is the summary line.
func (s Summary) String() string {
	return fmt.Sprintf("ingested %d, duplicates %d, near-duplicates %d, failed %d", s.Ingested, s.Duplicates, s.NearDuplicates, s.Failed)
}

// Total is the number of items processed.
func (s Summary) Total() int { return s.Ingested + s.Duplicates + s.NearDuplicates + s.Failed }

func (s *Summary) count(r Result) {
	switch r.Status {
	case store.Added:
		s.Ingested++
	case store.Duplicate:
		s.Duplicates++
	case store.NearDuplicate:
		s.NearDuplicates++
	default:
		s.Failed++
	}
}

// item is one unit of work.
type item struct {
	source string // as given or as linked from a feed
	kind   itemKind
	// hints from a feed entry, used when the page does not say.
	title, publisher, published, content string
}

type itemKind int

const (
	fileItem itemKind = iota
	urlItem
	stdinItem
	feedItem // a URL or inline content from a feed
)

// Ingest adds every source to st, calling report (when not nil) once per
// item, from one goroutine at a time. It returns the summary and, when ctx
// was cancelled, ctx's error; per-item failures are in the results, not
// the error.
func Ingest(ctx context.Context, st store.Store, an Analyzer, sources []string, opt Options, report func(Result)) (Summary, error) {
	if opt.Jobs <= 0 {
		opt.Jobs = runtime.GOMAXPROCS(0)
	}
	if opt.Fetch == nil {
		opt.Fetch = extract.Fetch
	}
	if opt.Extract.Client == nil && !opt.Extract.BlockPrivate {
		// One client for the whole run, so that a feed's items reuse
		// connections instead of opening one each.
		opt.Extract.Client = newClient(opt.Extract.Timeout, opt.Jobs)
		defer opt.Extract.Client.CloseIdleConnections()
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Clean == nil {
		opt.Clean = clean
	}
	if opt.MaxFeedItems <= 0 {
		opt.MaxFeedItems = 100000
	}
	in := &ingester{st: st, an: an, opt: opt, report: report, sem: make(chan struct{}, opt.Jobs)}
	for _, src := range sources {
		if ctx.Err() != nil {
			break
		}
		switch {
		case src == "-":
			in.spawn(ctx, item{source: "-", kind: stdinItem})
		case isURL(src):
			in.spawn(ctx, item{source: src, kind: urlItem})
		default:
			in.walk(ctx, src)
		}
	}
	in.wg.Wait()
	return in.sum, ctx.Err()
}

type ingester struct {
	st     store.Store
	an     Analyzer
	opt    Options
	report func(Result)
	sem    chan struct{}
	wg     sync.WaitGroup

	mu  sync.Mutex // guards sum and calls to report
	sum Summary
}

func (in *ingester) done(r Result) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.sum.count(r)
	if in.report != nil {
		in.report(r)
	}
}

func (in *ingester) fail(source string, err error) {
	in.done(Result{Source: source, Status: Failed, Err: err})
}

// spawn processes it on a goroutine once one of the Jobs slots is free;
// it blocks until then, which bounds the goroutines in flight.
func (in *ingester) spawn(ctx context.Context, it item) {
	select {
	case in.sem <- struct{}{}:
	case <-ctx.Done():
		return
	}
	if in.opt.Queued != nil {
		in.opt.Queued()
	}
	in.wg.Add(1)
	go func() {
		defer in.wg.Done()
		released := false
		release := func() {
			if !released {
				released = true
				<-in.sem
			}
		}
		defer release()
		defer func() {
			if p := recover(); p != nil {
				in.fail(it.source, fmt.Errorf("internal error: %v", p))
			}
		}()
		in.process(ctx, it, release)
	}()
}

// walk spawns the file src or, for a directory, every regular file below
// it in lexical order, skipping hidden files and directories.
func (in *ingester) walk(ctx context.Context, src string) {
	fi, err := os.Stat(src)
	if err != nil {
		in.fail(src, err)
		return
	}
	if !fi.IsDir() {
		in.spawn(ctx, item{source: src, kind: fileItem})
		return
	}
	err = filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			in.fail(p, err)
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != src && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && !in.excluded(p) {
			in.spawn(ctx, item{source: p, kind: fileItem})
		}
		return nil
	})
	if err != nil && !errors.Is(err, ctx.Err()) {
		in.fail(src, err)
	}
}

func (in *ingester) excluded(path string) bool {
	if len(in.opt.Exclude) == 0 {
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	for _, x := range in.opt.Exclude {
		if x == abs {
			return true
		}
	}
	return false
}

// sourceKey is the identity under which a source is stored: the URL, or
// the absolute path of a file, or "" for standard input.
func sourceKey(it item) string {
	switch it.kind {
	case stdinItem:
		return ""
	case fileItem:
		if abs, err := filepath.Abs(it.source); err == nil {
			return abs
		}
	}
	return it.source
}

func (in *ingester) process(ctx context.Context, it item, release func()) {
	key := sourceKey(it)
	if key != "" && it.content == "" {
		id, err := in.st.Known(ctx, key, "")
		if err == nil {
			in.done(Result{Source: it.source, Status: store.Duplicate, ID: id, Skipped: true})
			return
		}
		if !errors.Is(err, store.ErrNotFound) {
			in.fail(it.source, err)
			return
		}
	}
	raw, ctype, final, err := in.read(ctx, it)
	if err != nil {
		in.fail(it.source, err)
		return
	}
	if it.kind != feedItem && isFeed(raw, ctype) {
		release() // a feed's items take their own slots
		in.feed(ctx, it, raw, final)
		return
	}
	doc, err := in.extract(it, raw, ctype, final)
	if err != nil {
		in.fail(it.source, err)
		return
	}
	src := store.Source{URL: key, Publisher: doc.Publisher, Title: doc.Title, Fetched: in.opt.Now().UTC()}
	var r *bluf.Report
	if _, err := in.st.Known(ctx, "", doc.ID); err == nil {
		r = shell(doc) // a known text: record the copy without analysing it
	} else if !errors.Is(err, store.ErrNotFound) {
		in.fail(it.source, err)
		return
	} else {
		r = in.an.Analyze(doc)
	}
	if ctx.Err() != nil {
		return
	}
	res, err := in.st.Add(ctx, r, src)
	if err != nil {
		in.fail(it.source, err)
		return
	}
	in.done(Result{Source: it.source, Status: res.Status, ID: res.ID, Story: res.Story})
}

// shell is a report carrying only doc's identity and text.
func shell(doc *bluf.Document) *bluf.Report {
	r := &bluf.Report{Schema: bluf.SchemaID, ID: doc.ID, Title: doc.Title, Source: doc.Source, Body: doc.Body}
	return r
}

// read returns the raw bytes of it, its content type when known, and its
// final URL.
func (in *ingester) read(ctx context.Context, it item) ([]byte, string, string, error) {
	limit := in.opt.Extract.MaxBytes
	if limit <= 0 {
		limit = 10 << 20
	}
	switch {
	case it.content != "":
		return []byte(it.content), "text/html", it.source, nil
	case it.kind == stdinItem:
		r := in.opt.Extract.Stdin
		if r == nil {
			return nil, "", "", errors.New("no standard input")
		}
		b, err := io.ReadAll(io.LimitReader(r, limit+1))
		if err != nil {
			return nil, "", "", fmt.Errorf("read: %w", err)
		}
		if int64(len(b)) > limit {
			return nil, "", "", fmt.Errorf("larger than %d bytes", limit)
		}
		return b, "", "", nil
	case it.kind == fileItem:
		f, err := os.Open(it.source)
		if err != nil {
			return nil, "", "", err
		}
		defer f.Close()
		b, err := io.ReadAll(io.LimitReader(f, limit+1))
		if err != nil {
			return nil, "", "", fmt.Errorf("read: %w", err)
		}
		if int64(len(b)) > limit {
			return nil, "", "", fmt.Errorf("larger than %d bytes", limit)
		}
		return b, "", "", nil
	default:
		return in.opt.Fetch(ctx, it.source, in.opt.Extract)
	}
}

// extract cleans raw into a document, filling metadata the page lacks
// from the feed entry.
func (in *ingester) extract(it item, raw []byte, ctype, final string) (*bluf.Document, error) {
	kind, err := sniff(it.source, raw, ctype)
	if err != nil {
		return nil, err
	}
	doc, err := in.opt.Clean(it.source, raw, kind == "html", final)
	if err != nil {
		return nil, err
	}
	if doc == nil || strings.TrimSpace(doc.Body) == "" {
		return nil, errors.New("no article text found")
	}
	if doc.Title == "" {
		doc.Title = it.title
	}
	// The feed names its publisher better than a host name the page
	// fell back to ("www.example.org").
	if it.publisher != "" && (doc.Publisher == "" || isHostName(doc.Publisher, final, it.source)) {
		doc.Publisher = it.publisher
	}
	if doc.Published == "" {
		doc.Published = it.published
	}
	return doc, nil
}

// isHostName reports whether publisher is only the host of one of urls.
func isHostName(publisher string, urls ...string) bool {
	p := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(publisher)), "www.")
	for _, s := range urls {
		if u, err := url.Parse(s); err == nil && u.Host != "" {
			if h := strings.TrimPrefix(strings.ToLower(u.Host), "www."); p == h || p == strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") {
				return true
			}
		}
	}
	return false
}

// Sort orders results by source, for deterministic output of a run.
func Sort(rs []Result) {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Source < rs[j].Source })
}

// newClient is an HTTP client for the items of one ingest, following at
// most extract.MaxRedirects redirects to http(s) only.
func newClient(timeout time.Duration, jobs int) *http.Client {
	if timeout <= 0 {
		timeout = 20 * time.Second
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.Proxy = nil
	tr.MaxIdleConnsPerHost = jobs
	tr.ResponseHeaderTimeout = timeout
	return &http.Client{
		Transport: tr,
		Timeout:   timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > extract.MaxRedirects {
				return fmt.Errorf("more than %d redirects", extract.MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
			}
			return nil
		},
	}
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}
