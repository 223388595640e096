package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"bluf"
	"bluf/extract"
	"bluf/pipeline"
)

type eventsOptions struct {
	format   string
	timeout  time.Duration
	maxBytes int64
}

func init() {
	register(&command{
		name:  "events",
		usage: "events [flags] SOURCE",
		short: "list the CAMEO-coded events of an article: who did what to whom, when",
		long: `SOURCE is a file, an http(s) URL, or "-" for standard input.

Each event has a source and a target actor (CAMEO actor codes such as
IRQGOV or USAMIL), a CAMEO event code and root, its quad class (1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material
conflict), its Goldstein score (-10 to +10), a modality (asserted,
negated, threatened, intended, possible, demanded: only asserted events
happened), the sentence it comes from, and a date with its basis
(explicit, relative to the article's date, year, article, or undated).`,
		flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			o := &eventsOptions{}
			fs.StringVar(&o.format, "format", "tsv", "output format: tsv or json")
			fs.DurationVar(&o.timeout, "timeout", 20*time.Second, "timeout for fetching a URL")
			fs.Int64Var(&o.maxBytes, "max-bytes", defaultMaxBytes, "refuse inputs larger than this many bytes")
			return func(ctx context.Context, e *env, args []string) error { return runEvents(ctx, e, o, args) }
		},
	})
}

func runEvents(ctx context.Context, e *env, o *eventsOptions, args []string) error {
	if len(args) != 1 {
		return usagef("want one SOURCE, got %d", len(args))
	}
	if o.format != "tsv" && o.format != "json" {
		return usagef("unknown format %q (want tsv or json)", o.format)
	}
	a, err := pipeline.Default()
	if err != nil {
		return err
	}
	opt := extract.Options{Stdin: e.stdin, Timeout: o.timeout, MaxBytes: o.maxBytes, UserAgent: userAgent()}
	r, err := a.Read(ctx, args[0], opt)
	if err != nil {
		return err
	}
	evs := r.Events
	if evs == nil {
		evs = []bluf.Event{}
	}
	if o.format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(evs)
	}
	return writeEventsTSV(e.stdout, evs)
}

// eventColumns are the columns of the TSV output.
var eventColumns = []string{"id", "date", "date_basis", "source_code", "source", "code", "root", "label",
	"quad_class", "goldstein", "modality", "target_code", "target", "verb", "sentence", "text"}

func writeEventsTSV(w io.Writer, evs []bluf.Event) error {
	var b strings.Builder
	b.WriteString(strings.Join(eventColumns, "\t"))
	b.WriteByte('\n')
	for _, ev := range evs {
		row := []string{ev.ID, ev.Date, ev.DateBasis, ev.Source.Code, ev.Source.Name, ev.Code, ev.Root, ev.Label,
			strconv.Itoa(ev.QuadClass), strconv.FormatFloat(ev.Goldstein, 'f', 1, 64), ev.Modality,
			ev.Target.Code, ev.Target.Name, ev.Verb, ev.Sentence, ev.Text}
		for i, f := range row {
			row[i] = tsvField(f)
		}
		b.WriteString(strings.Join(row, "\t"))
		b.WriteByte('\n')
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write events: %w", err)
	}
	return nil
}

// tsvField keeps a field on one line and in one column.
func tsvField(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}
