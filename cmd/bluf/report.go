package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"bluf"
	"bluf/extract"
	"bluf/pipeline"
	"bluf/report"
)

type reportOptions struct {
	format   string
	out      string
	explain  bool
	timeout  time.Duration
	maxBytes int64
	actors   string
}

func init() {
	register(&command{
		name:  "report",
		usage: "report [flags] SOURCE...",
		short: "write a grounded intelligence report on one or more articles",
		long: `SOURCE is a file (.txt, .md, .html, .htm), an http(s) URL, or "-" for
standard input. The report has seven sections (BLUF, competing hypotheses
with an ACH matrix, key assumptions and red flags, risks, recommendations
and scenarios, key entities, tags); every statement cites the sentences
it rests on ([s12]) and the evidence appendix quotes them.

With several sources, md output is the reports one after another, json is
an array, and html and stix need --out naming a directory (one file per
source).
Nothing is written to --out unless every source succeeds.`,
		flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			o := &reportOptions{}
			fs.StringVar(&o.format, "format", "md", "output format: md, json, html, or stix (a STIX 2.1 bundle for OpenCTI/MISP)")
			fs.StringVar(&o.out, "out", "", "write to `FILE` instead of standard output (a directory for html with several sources)")
			fs.BoolVar(&o.explain, "explain", false, "add the record of the page furniture that cleaning dropped, and why")
			fs.DurationVar(&o.timeout, "timeout", 20*time.Second, "timeout for fetching a URL")
			fs.Int64Var(&o.maxBytes, "max-bytes", defaultMaxBytes, "refuse inputs larger than this many bytes")
			fs.StringVar(&o.actors, "actors", "", "add the actors of `FILE` (bluf or PETRARCH format; see 'bluf help entities')")
			return func(ctx context.Context, e *env, args []string) error { return runReport(ctx, e, o, args) }
		},
	})
}

func runReport(ctx context.Context, e *env, o *reportOptions, args []string) error {
	if len(args) == 0 {
		return usagef("no SOURCE given")
	}
	switch o.format {
	case "md", "json", "html", "stix":
	default:
		return usagef("unknown format %q (want md, json, html or stix)", o.format)
	}
	multiHTML := (o.format == "html" || o.format == "stix") && len(args) > 1
	if multiHTML && o.out == "" {
		return usagef("%s output for several sources needs --out DIR", o.format)
	}
	a, err := analyzer(o.actors)
	if err != nil {
		return err
	}
	opt := extract.Options{Stdin: e.stdin, Timeout: o.timeout, MaxBytes: o.maxBytes, UserAgent: userAgent()}
	var reports []*bluf.Report
	var failed int
	for _, src := range args {
		r, err := a.Read(ctx, src, opt)
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return err
			}
			if len(args) == 1 {
				return err
			}
			failed++
			fmt.Fprintf(e.stderr, "bluf report: %v\n", err)
			continue
		}
		reports = append(reports, r)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d sources failed; nothing written", failed, len(args))
	}
	rop := report.Options{Explain: o.explain}
	if multiHTML {
		return writeDir(o.out, o.format, reports, rop)
	}
	return emitAll(e, o.out, o.format, reports, rop)
}

// emit renders one report (or brief) in format to out, or to standard
// output when out is empty; a file is written whole or not at all.
func emit(e *env, out, format string, r *bluf.Report) error {
	return emitAll(e, out, format, []*bluf.Report{r}, report.Options{})
}

func emitAll(e *env, out, format string, rs []*bluf.Report, opt report.Options) error {
	var buf bytes.Buffer
	if err := render(&buf, format, rs, opt); err != nil {
		return err
	}
	if out == "" {
		_, err := e.stdout.Write(buf.Bytes())
		return err
	}
	return writeFileAtomic(out, buf.Bytes())
}

func render(w io.Writer, format string, rs []*bluf.Report, opt report.Options) error {
	switch format {
	case "json":
		if len(rs) == 1 {
			return report.JSON(w, rs[0])
		}
		return report.JSONArray(w, rs)
	case "html":
		return report.HTML(w, rs[0], opt)
	case "stix":
		return report.STIX(w, rs[0])
	}
	for i, r := range rs {
		if i > 0 {
			fmt.Fprint(w, "\n---\n\n")
		}
		if err := report.Markdown(w, r, opt); err != nil {
			return err
		}
	}
	return nil
}

// writeDir writes one file per report into dir, named by document ID.
func writeDir(dir, format string, rs []*bluf.Report, opt report.Options) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	ext := map[string]string{"html": ".html", "stix": ".stix.json"}[format]
	for _, r := range rs {
		var buf bytes.Buffer
		if err := render(&buf, format, []*bluf.Report{r}, opt); err != nil {
			return err
		}
		if err := writeFileAtomic(filepath.Join(dir, r.ID+ext), buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place, so that a failure never leaves a partial file.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func userAgent() string {
	return "bluf/" + bluf.Version + " (+offline assessment tool)"
}

// defaultMaxBytes is the default input size limit (10 MiB).
const defaultMaxBytes = 10 << 20

// analyzer returns the default pipeline, or one whose knowledge base has
// the actors of file in front of the embedded ones.
func analyzer(actorsFile string) (*pipeline.Analyzer, error) {
	if actorsFile == "" {
		return pipeline.Default()
	}
	kb, err := loadActors(actorsFile)
	if err != nil {
		return nil, err
	}
	return pipeline.New(kb, nil)
}
