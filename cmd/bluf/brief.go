package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/debug"

	"bluf"
	"bluf/brief"
	"bluf/store"
)

// briefMemoryLimit is the soft memory limit of bluf brief.
const briefMemoryLimit = 384 << 20

type briefOptions struct {
	dbOptions
	filterOptions
	topic   string
	since   string
	format  string
	out     string
	weights string
	limit   int
}

func init() {
	register(&command{
		name:  "brief",
		usage: "brief [flags]",
		short: "write one assessment over many documents of the corpus",
		long: `The brief has the seven sections of a report, pooled across the selected
documents, plus a source table (publisher, date, credibility weight,
which hypotheses each supports), a timeline, where sources agree and
contradict, and with --since what changed. Hypotheses are pooled into one
ACH matrix whose evidence rows cite DOCUMENT:SENTENCE. Copies of a story
count once; confidence follows corroboration across independent sources.

Publisher credibility weights come from an embedded file (see
brief/weights.txt); --weights FILE adds or overrides rules.

--since sets the baseline for "what changed" and does not drop older
documents; --from and --until select documents by date.`,
		flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			o := &briefOptions{}
			o.dbOptions.flags(fs)
			fs.StringVar(&o.filterOptions.since, "from", "", "only documents published on or after `DATE` (2006-01-02)")
			fs.StringVar(&o.filterOptions.until, "until", "", "only documents published on or before `DATE`")
			fs.StringVar(&o.filterOptions.publisher, "publisher", "", "only documents from `PUBLISHER`")
			fs.StringVar(&o.filterOptions.entity, "entity", "", "only documents naming `ENTITY` (an ID or a name)")
			fs.StringVar(&o.topic, "topic", "", "only documents matching the full-text `QUERY`")
			fs.StringVar(&o.since, "since", "", "say what the documents published on or after `DATE` changed")
			fs.StringVar(&o.format, "format", "md", "output format: md, json or html")
			fs.StringVar(&o.out, "out", "", "write to `FILE` instead of standard output")
			fs.StringVar(&o.weights, "weights", "", "publisher credibility weights `FILE` (format in brief/weights.txt)")
			fs.IntVar(&o.limit, "limit", 2000, "brief at most the `N` newest matching documents (0 for all)")
			return func(ctx context.Context, e *env, args []string) error { return runBrief(ctx, e, o, args) }
		},
	})
}

func runBrief(ctx context.Context, e *env, o *briefOptions, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q (use --topic QUERY)", args[0])
	}
	switch o.format {
	case "md", "json", "html":
	default:
		return usagef("unknown format %q (want md, json or html)", o.format)
	}
	if o.since != "" && store.DatePart(o.since) != o.since {
		return usagef("--since %q is not an ISO date (2006-01-02)", o.since)
	}
	if v := o.filterOptions.since; v != "" && store.DatePart(v) != v {
		return usagef("--from %q is not an ISO date (2006-01-02)", v)
	}
	f, err := o.filter()
	if err != nil {
		return err
	}
	f.Topic, f.Limit = o.topic, o.limit
	if o.limit > 0 {
		f.Limit = o.limit + 1 // one more tells whether the limit cut the selection
	}
	opt := brief.Options{Topic: o.topic, Since: o.since}
	if o.weights != "" {
		fh, err := os.Open(o.weights)
		if err != nil {
			return err
		}
		opt.Weights, err = brief.ParseWeights(fh, o.weights, brief.DefaultWeights())
		fh.Close()
		if err != nil {
			return err
		}
	}
	st, err := o.open(ctx, e)
	if err != nil {
		return err
	}
	defer st.Close()
	// A brief holds every selected report at once: a soft memory limit
	// makes the collector work harder rather than let garbage double
	// the footprint (10,000 documents stay under 500 MB). GOMEMLIMIT or
	// GOGC override it.
	if e.getenv("GOMEMLIMIT") == "" && e.getenv("GOGC") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(briefMemoryLimit))
		defer debug.SetGCPercent(debug.SetGCPercent(50))
	}
	rs, err := st.Reports(ctx, f)
	if err != nil {
		return err
	}
	if len(rs) == 0 {
		return fmt.Errorf("no documents match")
	}
	truncated := o.limit > 0 && len(rs) > o.limit
	if truncated {
		rs = rs[:o.limit]
	}
	f.Limit = o.limit
	ls, err := st.List(ctx, f)
	if err != nil {
		return err
	}
	opt.Clusters = map[string]string{}
	for _, s := range ls {
		opt.Clusters[s.ID] = s.Story
	}
	b := brief.Build(rs, opt)
	rs, ls = nil, nil // the brief keeps what it cites; let the rest go before rendering
	if truncated {
		b.Gaps = append(b.Gaps, bluf.Gap{Section: "bluf", Text: fmt.Sprintf("More than %d documents match; this brief covers the %d newest (raise --limit, or narrow with --topic, --from or --until).", o.limit, o.limit)})
	}
	return emit(e, o.out, o.format, b)
}
