package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"bluf"
	"bluf/extract"
	"bluf/pipeline"
)

func init() {
	register(&command{
		name:  "bench",
		usage: "bench [-n N] FILE...",
		short: "measure the speed of the report pipeline on local articles",
		long: `Reads each FILE once, then runs the whole pipeline (cleaning, sentences,
entities, events, assessment) N times on each, on one goroutine, and
prints the time per article and the throughput. The figures in the
README come from this command and from 'go test -bench . ./pipeline'.`,
		flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			n := fs.Int("n", 200, "runs per file")
			return func(ctx context.Context, e *env, args []string) error { return runBench(ctx, e, *n, args) }
		},
	})
}

func runBench(ctx context.Context, e *env, n int, files []string) error {
	if len(files) == 0 {
		return usagef("no FILE given")
	}
	if n < 1 {
		return usagef("-n must be at least 1")
	}
	start := time.Now()
	a, err := pipeline.Default()
	if err != nil {
		return err
	}
	load := time.Since(start)
	type input struct {
		name string
		raw  []byte
	}
	var ins []input
	var words int
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("read %s: %w", f, err)
		}
		ins = append(ins, input{f, raw})
		words += len(strings.Fields(string(raw)))
	}
	var sentences int
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	t0 := time.Now()
	for i := 0; i < n; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, in := range ins {
			doc, err := extractFor(in.name, in.raw)
			if err != nil {
				return err
			}
			r := a.Analyze(doc)
			if i == 0 {
				sentences += len(r.Sentences)
			}
		}
	}
	el := time.Since(t0)
	runtime.ReadMemStats(&ms1)
	articles := n * len(ins)
	per := el / time.Duration(articles)
	fmt.Fprintf(e.stdout, "load %v; %d articles (%d words, %d sentences per pass) in %v\n", load.Round(time.Millisecond), articles, words, sentences, el.Round(time.Millisecond))
	fmt.Fprintf(e.stdout, "%.3f ms/article, %.0f articles/s, %.0f words/s, %.0f sentences/s, %.1f MB allocated/article\n",
		float64(per.Microseconds())/1000, float64(articles)/el.Seconds(), float64(words*n)/el.Seconds(),
		float64(sentences*n)/el.Seconds(), float64(ms1.TotalAlloc-ms0.TotalAlloc)/float64(articles)/1e6)
	return nil
}

func extractFor(name string, raw []byte) (doc *bluf.Document, err error) {
	if strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".htm") {
		return extract.HTML(name, raw, "")
	}
	return extract.Text(name, raw)
}
