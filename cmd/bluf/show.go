package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"bluf/store"
)

type showOptions struct {
	dbOptions
	format  string
	out     string
	sources bool
}

func init() {
	register(&command{
		name:  "show",
		usage: "show [flags] ID|SOURCE",
		short: "show the stored report of one document",
		long: `ID is a document ID from "bluf list" or "bluf search"; a URL or file
path that was ingested finds the document it was stored as.`,
		flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			o := &showOptions{}
			o.dbOptions.flags(fs)
			fs.StringVar(&o.format, "format", "md", "output format: md, json or html")
			fs.StringVar(&o.out, "out", "", "write to `FILE` instead of standard output")
			fs.BoolVar(&o.sources, "sources", false, "list the document's sources (copies) instead of its report")
			return func(ctx context.Context, e *env, args []string) error { return runShow(ctx, e, o, args) }
		},
	})
}

func runShow(ctx context.Context, e *env, o *showOptions, args []string) error {
	if len(args) != 1 {
		return usagef("want one document ID")
	}
	switch o.format {
	case "md", "json", "html":
	default:
		return usagef("unknown format %q (want md, json or html)", o.format)
	}
	st, err := o.open(ctx, e)
	if err != nil {
		return err
	}
	defer st.Close()
	id := args[0]
	r, err := st.Get(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		if known, kerr := st.Known(ctx, absIfFile(id), ""); kerr == nil {
			id = known
			r, err = st.Get(ctx, id)
		}
	}
	if err != nil {
		return err
	}
	if o.sources {
		srcs, err := st.Sources(ctx, id)
		if err != nil {
			return err
		}
		if o.format == "json" {
			return writeJSON(e.stdout, srcs)
		}
		for _, s := range srcs {
			fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\n", s.Kind, orDash(s.URL), orDash(s.Publisher), s.Fetched.Format("2006-01-02T15:04:05Z"))
		}
		return nil
	}
	return emit(e, o.out, o.format, r)
}

// absIfFile returns the absolute path of an existing file, the form in
// which ingest records file sources, and s unchanged otherwise.
func absIfFile(s string) string {
	if _, err := os.Stat(s); err != nil {
		return s
	}
	if abs, err := filepath.Abs(s); err == nil {
		return abs
	}
	return s
}
