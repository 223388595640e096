package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bluf"
	"bluf/corpus"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestCorpusSeeds checks the corpus targets end to end on the seeds, with
// the real pipeline: ingesting them twice stores each once, a republished
// copy with a new headline and page furniture is the same story, and the
// brief over them orders them in time, names the principal actors and
// cites several documents in its hypotheses.
func TestCorpusSeeds(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(seeds) == 0 {
		t.Skipf("no seeds in %s", seedDir)
	}
	db := filepath.Join(t.TempDir(), "bluf.db")
	code, out, errs := cli(t, "", "ingest", "--db", db, seedDir)
	if code != 0 {
		t.Fatalf("bluf ingest seeds: exit %d: %s%s", code, out, errs)
	}
	if want := "ingested 5, duplicates 0, near-duplicates 0, failed 0"; strings.TrimSpace(out) != want {
		t.Errorf("first ingest of the seeds: %q, want %q", out, want)
	}
	code, out, _ = cli(t, "", "ingest", "--db", db, seedDir)
	if want := "ingested 0, duplicates 5, near-duplicates 0, failed 0"; code != 0 || strings.TrimSpace(out) != want {
		t.Errorf("second ingest of the seeds: exit %d, %q, want %q", code, out, want)
	}

	// A republication: new title line, a standfirst and furniture around
	// the same body, under another name. Written to a temporary directory;
	// no seed text is kept in the repository.
	raw, err := os.ReadFile(seed(t, "001"))
	if err != nil {
		t.Fatal(err)
	}
	cp := filepath.Join(t.TempDir(), "republished.txt")
	text := "Analysis: Baghdad caught between two patrons\n\nListen to this article · 6 min read\nShare on X · Share on Facebook\n\n" +
		string(raw) + "\n\nRelated stories\nSign up for our morning newsletter\n© Some Republisher 2025. All rights reserved.\n"
	if err := os.WriteFile(cp, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = cli(t, "", "ingest", "--db", db, cp)
	if want := "ingested 0, duplicates 0, near-duplicates 1, failed 0"; code != 0 || strings.TrimSpace(out) != want {
		t.Errorf("ingest of a republished seed: exit %d, %q (%s), want %q", code, out, errs, want)
	}

	code, out, errs = cli(t, "", "brief", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("bluf brief: exit %d: %s", code, errs)
	}
	var b bluf.Report
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatalf("bluf brief: bad JSON: %v", err)
	}
	if len(b.Documents) != 5 {
		t.Errorf("brief over %d documents, want 5", len(b.Documents))
	}
	// Dated documents first, in date order; the two the targets name are
	// dated, and documents without a stated date are shown undated.
	var dated []string
	undated := 0
	for i, d := range b.Documents {
		switch d.DateBasis {
		case "published":
			if undated > 0 {
				t.Errorf("dated document %s (%s) listed after an undated one", d.ID, d.Published)
			}
			if len(dated) > 0 && d.Published < dated[len(dated)-1] {
				t.Errorf("document %d dated %s after %s: not in time order", i, d.Published, dated[len(dated)-1])
			}
			dated = append(dated, d.Published)
		case "undated":
			undated++
			if d.Published != "" {
				t.Errorf("undated document %s shows date %q", d.ID, d.Published)
			}
		default:
			t.Errorf("document %s has date basis %q", d.ID, d.DateBasis)
		}
	}
	for _, want := range []string{"2019-11-20", "2025-06-30"} {
		if !strings.Contains(strings.Join(dated, " "), want) {
			t.Errorf("dated documents %v lack %s", dated, want)
		}
	}
	if undated == 0 {
		t.Error("no document shown undated; two seeds state no date")
	}
	var timeline []string
	for _, e := range b.Timeline {
		timeline = append(timeline, e.Date)
	}
	for i := 1; i < len(timeline); i++ {
		if timeline[i] != "undated" && (timeline[i-1] == "undated" || timeline[i] < timeline[i-1]) {
			t.Errorf("timeline out of order at %d: %v", i, timeline)
			break
		}
	}
	// Principal actors: the first entities of the brief.
	var top []string
	for _, e := range b.Entities[:min(5, len(b.Entities))] {
		top = append(top, e.Name)
	}
	for _, want := range []string{"Iran", "Iraq", "United States"} {
		found := false
		for _, n := range top {
			found = found || n == want
		}
		if !found {
			t.Errorf("principal actors %v lack %s", top, want)
		}
	}
	// Hypotheses (and their evidence) cite at least three documents.
	docs := map[string]bool{}
	for _, h := range b.Hypotheses {
		for _, c := range h.Citations {
			docs[strings.SplitN(c, ":", 2)[0]] = true
		}
	}
	if len(docs) < 3 {
		t.Errorf("hypotheses cite %d documents (%v), want at least 3", len(docs), docs)
	}
	t.Logf("brief: %d documents, dated %v, %d undated, actors %v, hypotheses cite %d documents", len(b.Documents), dated, undated, top, len(docs))

	// The other corpus commands on the same database.
	code, out, errs = cli(t, "", "search", "--db", db, "militias")
	if code != 0 || !strings.Contains(out, "[") {
		t.Errorf("bluf search militias: exit %d, %q %s; want hits with snippets", code, out, errs)
	}
	code, out, _ = cli(t, "", "list", "--db", db)
	if code != 0 || strings.Count(strings.TrimSpace(out), "\n") != 5 {
		t.Errorf("bluf list: exit %d, %q; want a header and 5 rows", code, out)
	}
	code, out, errs = cli(t, "", "show", "--db", db, b.Documents[0].ID)
	if code != 0 || !strings.Contains(out, "## 1. BLUF") {
		t.Errorf("bluf show %s: exit %d, %.200q %s", b.Documents[0].ID, code, out, errs)
	}
	code, out, _ = cli(t, "", "brief", "--db", db, "--since", "2025-01-01")
	if code != 0 || !strings.Contains(out, "since 2025-01-01") {
		t.Errorf("bluf brief --since 2025-01-01: exit %d; want the changes since then", code)
	}
}

func TestBriefLimit(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(seeds) == 0 {
		t.Skipf("no seeds in %s", seedDir)
	}
	db := filepath.Join(t.TempDir(), "bluf.db")
	if code, out, errs := cli(t, "", "ingest", "--db", db, seedDir); code != 0 {
		t.Fatalf("bluf ingest: exit %d: %s%s", code, out, errs)
	}
	for _, tc := range []struct {
		limit string
		docs  int
		gap   bool
	}{{"2", 2, true}, {"5", 5, false}, {"0", 5, false}} {
		code, out, errs := cli(t, "", "brief", "--db", db, "--format", "json", "--limit", tc.limit)
		if code != 0 {
			t.Fatalf("bluf brief --limit %s: exit %d: %s", tc.limit, code, errs)
		}
		var b bluf.Report
		if err := json.Unmarshal([]byte(out), &b); err != nil {
			t.Fatal(err)
		}
		gap := strings.Contains(out, "More than "+tc.limit+" documents match")
		if len(b.Documents) != tc.docs || gap != tc.gap {
			t.Errorf("brief --limit %s: %d documents, gap %v; want %d, %v", tc.limit, len(b.Documents), gap, tc.docs, tc.gap)
		}
	}
}

func TestCorpusUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bluf.db")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"brief", "--db", db, "--from", "May 2024"}, "--from"},
		{[]string{"brief", "--db", db, "--since", "yesterday"}, "--since"},
		{[]string{"brief", "--db", db, "--format", "pdf"}, "pdf"},
		{[]string{"brief", "--db", db, "stray"}, "stray"},
		{[]string{"list", "--db", db, "--until", "2024/05/01"}, "--until"},
		{[]string{"ingest", "--db", db}, "SOURCE"},
	} {
		code, _, errs := cli(t, "", tc.args...)
		if code != 2 || !strings.Contains(errs, tc.want) {
			t.Errorf("bluf %v: exit %d, %q; want a usage error (2) naming %q", tc.args, code, errs, tc.want)
		}
	}
}

func TestProgressQuietWhenPiped(t *testing.T) {
	var buf strings.Builder
	p := newProgress(&buf)
	for range 3 {
		p.queued()
		p.done(corpus.Result{Status: "added"})
	}
	p.println("bluf ingest: x: failed")
	p.finish()
	if got, want := buf.String(), "bluf ingest: x: failed\n"; got != want {
		t.Errorf("progress on a pipe wrote %q, want only %q", got, want)
	}
	// On a terminal it draws a bar and clears it before other lines.
	buf.Reset()
	p = newProgress(&buf)
	p.tty = true
	p.queued()
	p.done(corpus.Result{Status: "added"})
	p.println("line")
	if got := buf.String(); !strings.Contains(got, "1/1") || !strings.Contains(got, "\r\x1b[K") || !strings.HasSuffix(got, "line\n") {
		t.Errorf("progress on a terminal wrote %q, want a bar, a clear and the line", got)
	}
}

// TestBriefSchema validates the JSON of a brief over the seeds (copies,
// --since changes and all) against the report schema.
func TestBriefSchema(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(seeds) == 0 {
		t.Skipf("no seeds in %s", seedDir)
	}
	sch, err := jsonschema.NewCompiler().Compile("../../schema/report.schema.json")
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	db := filepath.Join(t.TempDir(), "bluf.db")
	if code, out, errs := cli(t, "", "ingest", "--db", db, seedDir); code != 0 {
		t.Fatalf("bluf ingest: exit %d: %s%s", code, out, errs)
	}
	code, out, errs := cli(t, "", "brief", "--db", db, "--format", "json", "--since", "2025-01-01")
	if code != 0 {
		t.Fatalf("bluf brief: exit %d: %s", code, errs)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("brief does not match the report schema: %v", err)
	}
}
