package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"bluf"
)

var update = flag.Bool("update", false, "rewrite golden files")

// seedDir is where the seed articles live, beside the repository.
const seedDir = "../../../shared/seeds"

// cli runs the CLI in-process and returns its exit code, stdout and stderr.
func cli(t testing.TB, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code := runContext(context.Background(), args, e)
	return code, out.String(), errb.String()
}

func seed(t testing.TB, prefix string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(seedDir, prefix+"_*.txt"))
	if len(m) != 1 {
		t.Fatalf("seed %s not found in %s (the shared folder must sit beside the repository)", prefix, seedDir)
	}
	return m[0]
}

func reportJSON(t testing.TB, src string) *bluf.Report {
	t.Helper()
	code, out, errs := cli(t, "", "report", "--format", "json", src)
	if code != 0 {
		t.Fatalf("bluf report %s: exit %d: %s", src, code, errs)
	}
	var r bluf.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("bluf report %s: bad JSON: %v", src, err)
	}
	return &r
}

// TestGolden compares full reports on the repository's own example
// articles with testdata/golden. Run with -update after a reviewed change.
func TestGolden(t *testing.T) {
	cases := []struct{ name, src, format string }{
		{"sahel-corridor.md", "../../examples/sahel-corridor.txt", "md"},
		{"sahel-corridor.json", "../../examples/sahel-corridor.txt", "json"},
		{"taiwan-strait.md", "../../examples/taiwan-strait.html", "md"},
		{"taiwan-strait.html", "../../examples/taiwan-strait.html", "html"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := cli(t, "", "report", "--format", c.format, "--explain", c.src)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden(t, c.name, out)
		})
	}
}

// TestGoldenSeedSkeleton pins the structure of the reports on the seed
// articles (sections, citations, ratings, scores) without copying the
// seeds' text into the repository.
func TestGoldenSeedSkeleton(t *testing.T) {
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		t.Run(p, func(t *testing.T) {
			r := reportJSON(t, seed(t, p))
			golden(t, "seed-"+p+".skeleton", skeleton(r))
		})
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from golden file (run go test ./cmd/bluf -run Golden -update after review):\n%s", name, firstDiff(string(want), got))
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n want %q\n  got %q", i+1, x, y)
		}
	}
	return ""
}

// skeleton lists a report's items by section with their citations and
// ratings, but no text.
func skeleton(r *bluf.Report) string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	pub := "null"
	if r.Published != nil {
		pub = *r.Published
	}
	p("published %s", pub)
	p("authors %s", strings.Join(r.Authors, "; "))
	p("sentences %d dropped %d", len(r.Sentences), len(r.Dropped))
	p("bluf %v hypothesis=%s likelihood=%q action=%v", r.BLUF.Citations, r.BLUF.Hypothesis, r.BLUF.Likelihood, r.BLUF.Action.Citations)
	p("confidence %s %v", r.Confidence.Level, r.Confidence.Citations)
	for _, h := range r.Hypotheses {
		p("hypothesis %s score=%v rank=%d likelihood=%q %v", h.ID, h.Score, h.Rank, h.Likelihood, h.Citations)
	}
	for _, e := range r.ACH.Evidence {
		var cells []string
		for _, h := range r.ACH.Hypotheses {
			cells = append(cells, h+"="+e.Ratings[h])
		}
		p("evidence %s %v %s cred=%s diag=%v", e.ID, e.Citations, strings.Join(cells, " "), e.Credibility, e.Diagnosticity)
	}
	for _, a := range r.Assumptions {
		p("assumption %s stated=%v %v", a.Rating, a.Stated, a.Citations)
	}
	for _, f := range r.RedFlags {
		p("red_flag %s %v", f.Kind, f.Citations)
	}
	for _, rk := range r.Risks {
		p("risk %s %v", rk.Domain, rk.Citations)
	}
	for _, rec := range r.Recommendations {
		p("recommendation %s %v", rec.Origin, rec.Citations)
	}
	for _, in := range r.Indicators {
		p("indicator %s %v", in.Scenario, in.Citations)
	}
	for _, s := range []struct {
		n string
		s bluf.Scenario
	}{{"best", r.Scenarios.Best}, {"worst", r.Scenarios.Worst}, {"most_likely", r.Scenarios.MostLikely}} {
		var sp [][]string
		for _, x := range s.s.Signposts {
			sp = append(sp, x.Citations)
		}
		p("scenario %s %v signposts=%v", s.n, s.s.Citations, sp)
	}
	for _, e := range r.Entities {
		p("entity %s (%s) %s mentions=%d", e.Name, e.Type, e.Code, e.Mentions)
	}
	for _, t := range r.Tags {
		p("tag %s (%s) %v", t.Name, t.Kind, t.Citations)
	}
	for _, e := range r.Events {
		p("event %s %s %s->%s %s %s %s", e.Sentence, e.Code, e.Source.Code, e.Target.Code, e.Modality, e.Date, e.DateBasis)
	}
	for _, g := range r.Gaps {
		p("gap %s", g.Section)
	}
	return b.String()
}

// TestSchema validates the JSON of every seed and example against
// schema/report.schema.json.
func TestSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	sch, err := c.Compile("../../schema/report.schema.json")
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	srcs := []string{"../../examples/sahel-corridor.txt", "../../examples/taiwan-strait.html"}
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		srcs = append(srcs, seed(t, p))
	}
	for _, src := range srcs {
		code, out, errs := cli(t, "", "report", "--format", "json", src)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", src, code, errs)
		}
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s: report does not match schema: %v", filepath.Base(src), err)
		}
	}
}

// TestCitationsValid checks that every citation of every report refers
// to a sentence of its document and that the JSON offsets hold.
func TestCitationsValid(t *testing.T) {
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		r := reportJSON(t, seed(t, p))
		ids := map[string]bool{}
		for _, s := range r.Sentences {
			ids[s.ID] = true
			if s.Start < 0 || s.End > len(r.Body) || r.Body[s.Start:s.End] != s.Text {
				t.Errorf("seed %s: sentence %s offsets [%d,%d) do not match its text", p, s.ID, s.Start, s.End)
			}
		}
		for _, id := range allCitations(r) {
			if !ids[id] {
				t.Errorf("seed %s: citation %q names no sentence", p, id)
			}
		}
	}
}

func allCitations(r *bluf.Report) []string {
	var out []string
	b, _ := json.Marshal(r)
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, y := range x {
				if k == "citations" {
					for _, c := range y.([]any) {
						out = append(out, c.(string))
					}
					continue
				}
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	var v any
	json.Unmarshal(b, &v)
	walk(v)
	sort.Strings(out)
	return out
}

// TestSeedReports asserts concrete content of the reports on the seeds.
func TestSeedReports(t *testing.T) {
	t.Run("002", func(t *testing.T) {
		r := reportJSON(t, seed(t, "002"))
		if r.Published == nil || !strings.HasPrefix(*r.Published, "2025-06-30") {
			t.Errorf("published = %v, want 2025-06-30", r.Published)
		}
		if !contains(r.Authors, "C. Anthony Pfaff") {
			t.Errorf("authors = %q, want C. Anthony Pfaff", r.Authors)
		}
		code, md, _ := cli(t, "", "report", seed(t, "002"))
		if code != 0 {
			t.Fatal("report failed")
		}
		for _, bad := range []string{"SIGN UP", "NEWSLETTER", "REUTERS", "Ahmed Saad", "Further reading", "nonresident senior fellow"} {
			if strings.Contains(md, bad) {
				t.Errorf("report on 002 contains page furniture %q", bad)
			}
		}
		if !anyHypothesis(r, `(?i)sid(e|es|ing) with Tehran`) {
			t.Errorf("no hypothesis has Baghdad siding with Tehran: %v", hypTexts(r))
		}
		if !anyHypothesis(r, `(?i)neutrality`) {
			t.Errorf("no hypothesis has Baghdad keeping its neutrality: %v", hypTexts(r))
		}
	})
	t.Run("001", func(t *testing.T) {
		r := reportJSON(t, seed(t, "001"))
		if r.Published != nil {
			t.Errorf("published = %q, want null (the article states no date)", *r.Published)
		}
		if !anyHypothesis(r, `(?i)muddl`) || !anyHypothesis(r, `(?i)ruptur`) {
			t.Errorf("hypotheses = %v, want muddle through and rupture", hypTexts(r))
		}
		code, md, _ := cli(t, "", "report", seed(t, "001"))
		if code != 0 || strings.Contains(md, "Mandela") || strings.Contains(md, "top of page") {
			t.Errorf("report on 001 keeps the pull quote or navigation")
		}
	})
	t.Run("000", func(t *testing.T) {
		r := reportJSON(t, seed(t, "000"))
		if !contains(r.Authors, "Ellie Geranmayeh") {
			t.Errorf("authors = %q, want Ellie Geranmayeh", r.Authors)
		}
		if r.Published != nil {
			t.Errorf("published = %q, want null", *r.Published)
		}
		code, md, _ := cli(t, "", "report", seed(t, "000"))
		if code != 0 || strings.Contains(md, "Chamberlain") || strings.Contains(md, "Comments are closed") {
			t.Errorf("report on 000 keeps reader comments")
		}
	})
	t.Run("004", func(t *testing.T) {
		r := reportJSON(t, seed(t, "004"))
		if r.Published == nil || *r.Published != "2019-11-20" {
			t.Errorf("published = %v, want 2019-11-20", r.Published)
		}
	})
	t.Run("003", func(t *testing.T) {
		r := reportJSON(t, seed(t, "003"))
		if r.Published == nil || *r.Published != "2025-09-08" {
			t.Errorf("published = %v, want 2025-09-08", r.Published)
		}
	})
	t.Run("all sections", func(t *testing.T) {
		for _, p := range []string{"000", "001", "002", "003", "004"} {
			code, md, errs := cli(t, "", "report", seed(t, p))
			if code != 0 {
				t.Fatalf("seed %s: exit %d: %s", p, code, errs)
			}
			for _, h := range []string{"## 1. BLUF", "## 2. Competing Hypotheses", "## 3. Key Assumptions and Red Flags", "## 4. Implications and Strategic Risks", "## 5. Recommendations and Outlook", "## 6. Key Individuals and Entities", "## 7. Thematic Tags", "## Evidence"} {
				if !strings.Contains(md, h) {
					t.Errorf("seed %s: report lacks %q", p, h)
				}
			}
			r := reportJSON(t, seed(t, p))
			if len(r.Hypotheses) < 2 {
				t.Errorf("seed %s: %d hypotheses, want at least 2", p, len(r.Hypotheses))
			}
			if len(r.BLUF.Citations) == 0 {
				t.Errorf("seed %s: BLUF cites nothing", p)
			}
		}
	})
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func anyHypothesis(r *bluf.Report, pattern string) bool {
	re := regexp.MustCompile(pattern)
	for _, h := range r.Hypotheses {
		if re.MatchString(h.Text) {
			return true
		}
	}
	return false
}

func hypTexts(r *bluf.Report) []string {
	var out []string
	for _, h := range r.Hypotheses {
		out = append(out, h.Text)
	}
	return out
}

// TestBadInput checks that every kind of bad input fails with one line on
// stderr, a non-zero exit, no panic, and no output file.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil { // sparse: 100 MB without writing it
		t.Fatal(err)
	}
	f.Close()

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/slow":
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	cases := []struct {
		name string
		args []string
		want string // a fragment the one-line error must contain
	}{
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, "nope.txt"},
		{"empty file", []string{write("empty.txt", nil)}, "empty"},
		{"whitespace only", []string{write("blank.txt", []byte("  \n\n\t\n"))}, "empty"},
		{"binary", []string{write("bin.txt", []byte("\x00\x01\x02\x03PK\x03\x04\x00\x00binary\x00"))}, "binary"},
		{"invalid utf-8", []string{write("bad.txt", []byte("An article about \xff\xfe things.\n"))}, "UTF-8"},
		{"html without article", []string{write("nav.html", []byte("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>"))}, "article"},
		{"huge file", []string{huge}, "large"},
		{"404", []string{srv.URL + "/missing"}, "404"},
		{"timeout", []string{"--timeout", "300ms", srv.URL + "/slow"}, ""},
		{"no source", nil, "SOURCE"},
		{"bad format", []string{"--format", "pdf", "x.txt"}, "format"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(dir, "out-"+strings.ReplaceAll(c.name, " ", "-")+".md")
			args := append([]string{"report", "--out", out}, c.args...)
			code, stdout, stderr := cli(t, "", args...)
			if code == 0 {
				t.Fatalf("exit 0, want failure; stdout %q", stdout)
			}
			if lines := strings.Count(strings.TrimRight(stderr, "\n"), "\n"); lines != 0 || stderr == "" {
				t.Errorf("stderr = %q, want exactly one line", stderr)
			}
			if !strings.Contains(strings.ToLower(stderr), strings.ToLower(c.want)) {
				t.Errorf("stderr = %q, want it to mention %q", stderr, c.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%s was written despite the failure", out)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	data, err := os.ReadFile("../../examples/sahel-corridor.txt")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := cli(t, string(data), "report", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r bluf.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Source != "-" || len(r.Sentences) == 0 {
		t.Errorf("report on stdin: source %q, %d sentences", r.Source, len(r.Sentences))
	}
}

func TestHelp(t *testing.T) {
	code, out, _ := cli(t, "", "help")
	if code != 0 || !strings.Contains(out, "report") {
		t.Errorf("bluf help: exit %d, output %q", code, out)
	}
	code, _, errs := cli(t, "", "frobnicate")
	if code != 2 || !strings.Contains(errs, "unknown command") {
		t.Errorf("unknown command: exit %d, stderr %q", code, errs)
	}
	code, out, _ = cli(t, "", "report", "-h")
	if code != 0 || !strings.Contains(out, "-format") {
		t.Errorf("report -h: exit %d, output %q", code, out)
	}
}
