package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"bluf/corpus"
	"bluf/extract"
	"bluf/pipeline"
)

type ingestOptions struct {
	dbOptions
	jobs     int
	verbose  bool
	timeout  time.Duration
	maxBytes int64
	maxItems int
}

func init() {
	register(&command{
		name:  "ingest",
		usage: "ingest [flags] SOURCE...",
		short: "analyse articles and add them to the corpus",
		long: `SOURCE is a file, a directory (read recursively; hidden files are
skipped), an http(s) URL of an article or of an RSS, Atom or JSON feed
(whose items are fetched and ingested), or "-" for standard input.

Each new document is analysed once and stored with its report, entities
and events. A source already stored (same URL or path) is skipped before
it is read; the same cleaned text from another source is recorded as a
duplicate, and a republished copy (another headline, page furniture) as
a near-duplicate: both become extra sources of the stored story rather
than new documents. Failures are reported per item on standard error and
do not stop the rest; the last line sums up:

  ingested N, duplicates D, near-duplicates K, failed F

Interrupting (Ctrl-C) leaves the corpus consistent; run the same command
again to resume. The exit status is 1 when any item failed.`,
		flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			o := &ingestOptions{}
			o.dbOptions.flags(fs)
			fs.IntVar(&o.jobs, "j", runtime.GOMAXPROCS(0), "read and analyse `N` items at a time")
			fs.BoolVar(&o.verbose, "v", false, "print one line per item")
			fs.DurationVar(&o.timeout, "timeout", 20*time.Second, "timeout for fetching a URL")
			fs.Int64Var(&o.maxBytes, "max-bytes", defaultMaxBytes, "refuse inputs larger than this many bytes")
			fs.IntVar(&o.maxItems, "max-feed-items", 100000, "take at most `N` items from one feed")
			return func(ctx context.Context, e *env, args []string) error { return runIngest(ctx, e, o, args) }
		},
	})
}

func runIngest(ctx context.Context, e *env, o *ingestOptions, args []string) error {
	if len(args) == 0 {
		return usagef("no SOURCE given")
	}
	if o.jobs < 1 {
		return usagef("-j must be at least 1")
	}
	a, err := pipeline.Default()
	if err != nil {
		return err
	}
	st, err := o.open(ctx, e)
	if err != nil {
		return err
	}
	defer st.Close()
	bar := newProgress(e.stderr)
	opt := corpus.Options{
		Jobs:         o.jobs,
		MaxFeedItems: o.maxItems,
		Extract:      extract.Options{Stdin: e.stdin, Timeout: o.timeout, MaxBytes: o.maxBytes, UserAgent: userAgent()},
		Queued:       bar.queued,
		Exclude:      o.files(e),
	}
	sum, err := corpus.Ingest(ctx, st, a, args, opt, func(r corpus.Result) {
		switch {
		case r.Status == corpus.Failed:
			bar.println(fmt.Sprintf("bluf ingest: %s: %v", r.Source, r.Err))
		case o.verbose:
			bar.println(fmt.Sprintf("%s\t%s\t%s", r.Status, r.ID, r.Source))
		}
		bar.done(r)
	})
	bar.finish()
	fmt.Fprintln(e.stdout, sum)
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return fmt.Errorf("%d of %d items failed", sum.Failed, sum.Total())
	}
	return nil
}

// progress draws a one-line progress bar on a terminal and nothing
// otherwise.
type progress struct {
	w    io.Writer
	tty  bool
	mu   sync.Mutex
	n    int // items queued
	sum  corpus.Summary
	last time.Time
	line bool // a bar is drawn
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

func (p *progress) queued() {
	p.mu.Lock()
	p.n++
	p.mu.Unlock()
}

func (p *progress) done(r corpus.Result) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch r.Status {
	case corpus.Failed:
		p.sum.Failed++
	case "added":
		p.sum.Ingested++
	case "duplicate":
		p.sum.Duplicates++
	case "near_duplicate":
		p.sum.NearDuplicates++
	}
	if p.tty && time.Since(p.last) > 100*time.Millisecond {
		p.last = time.Now()
		p.draw()
	}
}

// draw writes the bar; p.mu is held.
func (p *progress) draw() {
	done := p.sum.Total()
	total := max(p.n, done)
	const width = 30
	fill := 0
	if total > 0 {
		fill = width * done / total
	}
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d  new %d  dup %d  near %d  failed %d ",
		strings.Repeat("=", fill), strings.Repeat(" ", width-fill), done, total,
		p.sum.Ingested, p.sum.Duplicates, p.sum.NearDuplicates, p.sum.Failed)
	p.line = true
}

// println writes a line above the bar.
func (p *progress) println(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	fmt.Fprintln(p.w, s)
}

func (p *progress) clear() {
	if p.line {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.line = false
	}
}

func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
}
