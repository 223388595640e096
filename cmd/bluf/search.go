package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"bluf/store"
)

type searchOptions struct {
	dbOptions
	filterOptions
	limit  int
	format string
}

func init() {
	register(&command{
		name:  "search",
		usage: "search [flags] QUERY",
		short: "search the corpus, best match first, with snippets",
		long: `QUERY is words that must all occur (any case, accents ignored); write OR
between words for either. Titles weigh more than bodies. Ranking is BM25
on SQLite and ts_rank on PostgreSQL.`,
		flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			o := &searchOptions{}
			o.dbOptions.flags(fs)
			o.filterOptions.flags(fs)
			fs.IntVar(&o.limit, "limit", 20, "show at most `N` hits")
			fs.StringVar(&o.format, "format", "text", "output format: text or json")
			return func(ctx context.Context, e *env, args []string) error { return runSearch(ctx, e, o, args) }
		},
	})
}

func runSearch(ctx context.Context, e *env, o *searchOptions, args []string) error {
	q := strings.TrimSpace(strings.Join(args, " "))
	if q == "" {
		return usagef("no QUERY given")
	}
	if len(store.Terms(q)) == 0 {
		return usagef("QUERY %q has no words", q)
	}
	if o.format != "text" && o.format != "json" {
		return usagef("unknown format %q (want text or json)", o.format)
	}
	f, err := o.filter()
	if err != nil {
		return err
	}
	f.Limit = o.limit
	st, err := o.open(ctx, e)
	if err != nil {
		return err
	}
	defer st.Close()
	hits, err := st.Search(ctx, q, f)
	if err != nil {
		return err
	}
	if o.format == "json" {
		return writeJSON(e.stdout, hits)
	}
	if len(hits) == 0 {
		fmt.Fprintf(e.stdout, "no documents match %q\n", q)
		return nil
	}
	for i, h := range hits {
		// The rank is the order; raw scores (bm25 or ts_rank) are in
		// the JSON and mean little on their own.
		fmt.Fprintf(e.stdout, "%d. %s  [%s]  %s, %s\n", i+1, clip(h.Title, 90), h.ID, orDash(h.Publisher), orDash(h.Published))
		fmt.Fprintf(e.stdout, "   %s\n", clip(h.Snippet, 240))
	}
	return nil
}
