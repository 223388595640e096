package assess

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"bluf"
	"bluf/extract"
	"bluf/text"
)

// TestBenchmarkPages runs extraction and Assess over the raw pages of the
// article-extraction benchmark (../shared/data), which bluf was never
// written against, and checks that nothing panics, that every report
// is grounded and that no hypothesis opens with a bare verb or a
// conjunction. BLUF_PAGES=1 prints a digest of each report.
func TestBenchmarkPages(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 181 pages")
	}
	dir := filepath.Join(seedDir(t), "..", "data", "article-extraction-benchmark", "html")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if len(files) == 0 {
		t.Skipf("no pages in %s", dir)
	}
	dump := os.Getenv("BLUF_PAGES") != ""
	var worst time.Duration
	var worstName string
	n := 0
	for _, f := range files {
		raw, err := gunzip(f)
		if err != nil {
			t.Errorf("read %s: %v", f, err)
			continue
		}
		name := filepath.Base(f)[:12]
		doc, err := extract.HTML(f, raw, "")
		if err != nil || doc == nil {
			continue // extraction's own tests judge its failures
		}
		if doc.Paragraphs == nil {
			doc.Paragraphs = text.Paragraphs(doc.Body)
		}
		if doc.Sentences == nil {
			doc.Sentences = text.Sentences(doc.Body, doc.Paragraphs)
		}
		n++
		r := &bluf.Report{ID: doc.ID, Title: doc.Title, Sentences: doc.Sentences}
		start := time.Now()
		Assess(r, doc, nil)
		if d := time.Since(start); d > worst {
			worst, worstName = d, name
		}
		if doc.Language != "" && doc.Language != "en" {
			if len(r.Hypotheses) > 0 || len(r.Gaps) == 0 {
				t.Errorf("%s: language %q, want no analysis and a gap", name, doc.Language)
			}
			continue
		}
		checkReport(t, name, doc, r)
		for _, h := range r.Hypotheses {
			w := strings.ToLower(firstWordOf(h.Text))
			if clauseConjunctions[w] || auxVerbs[w] {
				t.Errorf("%s: %s = %q opens with %q", name, h.ID, h.Text, w)
			}
		}
		if dump {
			fmt.Printf("== %s %s (%d sentences)\nBLUF: %s\n", name, doc.Title, len(doc.Sentences), limit(r.BLUF.Text, 300))
			for _, h := range r.Hypotheses {
				fmt.Printf("  %s [%s %.1f] %s\n", h.ID, h.Likelihood, h.Score, limit(h.Text, 200))
			}
			fmt.Printf("  action: %s\n", limit(r.BLUF.Action.Text, 200))
			for _, rc := range r.Recommendations {
				fmt.Printf("  rec: %s\n", limit(rc.Text, 200))
			}
		}
	}
	t.Logf("%d pages assessed; slowest %s in %v", n, worstName, worst)
}

func gunzip(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	defer zr.Close()
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	return out, nil
}
