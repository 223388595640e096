package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"bluf/store"
	_ "bluf/store/postgres" // registers postgres:// with store.Open
	_ "bluf/store/sqlite"   // registers file paths with store.Open
)

// dbOptions is the --db flag shared by the corpus commands.
type dbOptions struct{ db string }

func (o *dbOptions) flags(fs *flag.FlagSet) {
	fs.StringVar(&o.db, "db", "", "corpus `DSN`: a SQLite file or a postgres:// URL (default $BLUF_DB, else ./bluf.db)")
}

func (o *dbOptions) dsn(e *env) string {
	dsn := o.db
	if dsn == "" {
		dsn = e.getenv("BLUF_DB")
	}
	if dsn == "" {
		dsn = "bluf.db"
	}
	return dsn
}

func (o *dbOptions) open(ctx context.Context, e *env) (store.Store, error) {
	return store.Open(ctx, o.dsn(e))
}

// files returns the absolute paths of a SQLite corpus's files (the
// database, its write-ahead log and shared memory), which ingesting the
// directory that holds them must pass over; none for PostgreSQL.
func (o *dbOptions) files(e *env) []string {
	dsn := o.dsn(e)
	if store.Driver(dsn) != "sqlite" {
		return nil
	}
	path := strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite://"), "file:")
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path = path[:i]
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil
	}
	return []string{abs, abs + "-wal", abs + "-shm", abs + "-journal"}
}

// filterOptions are the document filters of list, search and brief.
type filterOptions struct {
	since, until, publisher, entity string
}

func (o *filterOptions) flags(fs *flag.FlagSet) {
	fs.StringVar(&o.since, "since", "", "only documents published on or after `DATE` (2006-01-02)")
	fs.StringVar(&o.until, "until", "", "only documents published on or before `DATE`")
	fs.StringVar(&o.publisher, "publisher", "", "only documents from `PUBLISHER`")
	fs.StringVar(&o.entity, "entity", "", "only documents naming `ENTITY` (an ID or a name)")
}

func (o *filterOptions) filter() (store.Filter, error) {
	for _, d := range []struct{ name, v string }{{"since", o.since}, {"until", o.until}} {
		if d.v != "" && store.DatePart(d.v) != d.v {
			return store.Filter{}, usagef("--%s %q is not an ISO date (2006-01-02)", d.name, d.v)
		}
	}
	return store.Filter{Since: o.since, Until: o.until, Publisher: o.publisher, Entity: o.entity}, nil
}

type listOptions struct {
	dbOptions
	filterOptions
	topic  string
	limit  int
	format string
}

func init() {
	register(&command{
		name:  "list",
		usage: "list [flags]",
		short: "list the documents in the corpus, newest first",
		long: `Each row is one story: copies of it (the same text or a republished
near-duplicate) are counted in SOURCES, not listed again. STORY groups
documents from different publishers about the same event.`,
		flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			o := &listOptions{}
			o.dbOptions.flags(fs)
			o.filterOptions.flags(fs)
			fs.StringVar(&o.topic, "topic", "", "only documents matching the full-text `QUERY`")
			fs.IntVar(&o.limit, "limit", 50, "list at most `N` documents (0 for all)")
			fs.StringVar(&o.format, "format", "text", "output format: text or json")
			return func(ctx context.Context, e *env, args []string) error { return runList(ctx, e, o, args) }
		},
	})
}

func runList(ctx context.Context, e *env, o *listOptions, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	if o.format != "text" && o.format != "json" {
		return usagef("unknown format %q (want text or json)", o.format)
	}
	f, err := o.filter()
	if err != nil {
		return err
	}
	f.Topic, f.Limit = o.topic, o.limit
	st, err := o.open(ctx, e)
	if err != nil {
		return err
	}
	defer st.Close()
	ls, err := st.List(ctx, f)
	if err != nil {
		return err
	}
	if o.format == "json" {
		return writeJSON(e.stdout, ls)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tPUBLISHER\tSOURCES\tSTORY\tTITLE")
	for _, s := range ls {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", s.ID, orDash(s.Published), orDash(clip(s.Publisher, 24)), s.Sources, s.Story, clip(s.Title, 70))
	}
	return tw.Flush()
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clip shortens s to n runes, marking the cut.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
