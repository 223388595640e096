package pipeline_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bluf/extract"
	"bluf/pipeline"
)

// seeds returns the seed articles (not the report-shaped 003).
func seeds(tb testing.TB) map[string][]byte {
	tb.Helper()
	files, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(files) == 0 {
		tb.Skip("no seeds beside the repository")
	}
	out := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out[filepath.Base(f)[:3]] = b
	}
	return out
}

func TestAnalyzeSeeds(t *testing.T) {
	a, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, raw := range seeds(t) {
		doc, err := extract.Text(name, raw)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r := a.Analyze(doc)
		if len(r.Sentences) == 0 {
			t.Errorf("%s: no sentences", name)
		}
		if r.ID == "" || r.ID != doc.ID {
			t.Errorf("%s: report ID %q, document ID %q", name, r.ID, doc.ID)
		}
	}
}

// BenchmarkReport measures the whole pipeline (cleaning, sentences,
// entities, events, assessment) on each seed article, after start-up.
// Target: under 10 ms for a 2,000-word article on one core.
func BenchmarkReport(b *testing.B) {
	a, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{"000", "001", "002", "004"} {
		raw := seeds(b)[name]
		words := len(strings.Fields(string(raw)))
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				doc, err := extract.Text(name, raw)
				if err != nil {
					b.Fatal(err)
				}
				a.Analyze(doc)
			}
			b.ReportMetric(float64(words), "words/article")
		})
	}
}
