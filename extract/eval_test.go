package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// benchDir is the article-extraction benchmark (Zyte), relative to this
// package: html/<id>.html.gz pages and ground-truth.json bodies.
var benchDir = filepath.Join("..", "..", "shared", "data", "article-extraction-benchmark")

// TestExtractionBenchmark measures the token-level precision, recall and
// F1 of HTML extraction against the benchmark's ground truth, the way the
// benchmark's own evaluation does (whitespace tokens, bag overlap per
// page, averaged). Run it with -v to see the figures; -short skips it.
func TestExtractionBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: extracts 181 pages")
	}
	gt := groundTruth(t)
	ids := sortedKeys(gt)
	var ours, raw score
	var elapsed time.Duration
	failed := 0
	for _, id := range ids {
		page, err := readGzip(filepath.Join(benchDir, "html", id+".html.gz"))
		if err != nil {
			t.Fatalf("read page %s: %v", id, err)
		}
		want := gt[id].ArticleBody
		start := time.Now()
		doc, err := HTML(id, page, gt[id].URL)
		elapsed += time.Since(start)
		got := ""
		if err != nil {
			failed++
		} else {
			got = doc.Body
		}
		ours.add(got, want)
		res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{EnableFallback: true, ExcludeComments: true})
		if err == nil {
			raw.add(res.ContentText, want)
		} else {
			raw.add("", want)
		}
	}
	t.Logf("pages %d, failed %d, %.1f ms/page", len(ids), failed, float64(elapsed.Milliseconds())/float64(len(ids)))
	t.Logf("bluf extract:        P %.3f  R %.3f  F1 %.3f", ours.p(), ours.r(), ours.f1())
	t.Logf("go-trafilatura only: P %.3f  R %.3f  F1 %.3f", raw.p(), raw.r(), raw.f1())
	// A floor that catches a broken extractor, well below the measured
	// figure.
	if ours.f1() < 0.85 {
		t.Errorf("F1 = %.3f, want at least 0.85", ours.f1())
	}
}

// TestTextBenchmark measures plain-text cleaning on whole pages copied as
// text: every visible block of each benchmark page, menus and footers
// included, one paragraph each, with no HTML structure left to help.
// -short skips it.
func TestTextBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: cleans 181 pages")
	}
	gt := groundTruth(t)
	var raw, ours score
	for _, id := range sortedKeys(gt) {
		page, err := readGzip(filepath.Join(benchDir, "html", id+".html.gz"))
		if err != nil {
			t.Fatalf("read page %s: %v", id, err)
		}
		txt := pageText(page)
		want := gt[id].ArticleBody
		raw.add(txt, want)
		doc, err := Text(id, []byte(txt))
		if err != nil {
			ours.add("", want)
			continue
		}
		ours.add(doc.Body, want)
	}
	t.Logf("whole page as text:  P %.3f  R %.3f  F1 %.3f", raw.p(), raw.r(), raw.f1())
	t.Logf("after Text cleaning: P %.3f  R %.3f  F1 %.3f", ours.p(), ours.r(), ours.f1())
	if ours.f1() < 0.8 {
		t.Errorf("F1 = %.3f, want at least 0.8", ours.f1())
	}
}

// pageText renders every visible block of an HTML page as a paragraph of
// plain text, as copying a whole page from a browser does.
func pageText(page []byte) string {
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return ""
	}
	prune(root)
	var parts []string
	for _, u := range htmlUnits(root) {
		parts = append(parts, u.text)
	}
	return strings.Join(parts, "\n\n")
}

type benchPage struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

func groundTruth(t *testing.T) map[string]benchPage {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(benchDir, "ground-truth.json"))
	if err != nil {
		t.Skipf("benchmark data not available: %v", err)
	}
	var gt map[string]benchPage
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatalf("parse ground truth: %v", err)
	}
	return gt
}

func sortedKeys(gt map[string]benchPage) []string {
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// score accumulates per-page token precision and recall.
type score struct {
	sumP, sumR float64
	n          int
}

func (s *score) add(got, want string) {
	p, r := tokenPR(got, want)
	s.sumP += p
	s.sumR += r
	s.n++
}

func (s *score) p() float64 { return s.sumP / float64(s.n) }
func (s *score) r() float64 { return s.sumR / float64(s.n) }
func (s *score) f1() float64 {
	p, r := s.p(), s.r()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// tokenPR is the bag-of-whitespace-tokens precision and recall of got
// against want.
func tokenPR(got, want string) (p, r float64) {
	g, w := strings.Fields(got), strings.Fields(want)
	if len(g) == 0 && len(w) == 0 {
		return 1, 1
	}
	if len(g) == 0 || len(w) == 0 {
		return 0, 0
	}
	bag := make(map[string]int, len(w))
	for _, t := range w {
		bag[t]++
	}
	common := 0
	for _, t := range g {
		if bag[t] > 0 {
			bag[t]--
			common++
		}
	}
	return float64(common) / float64(len(g)), float64(common) / float64(len(w))
}

func TestTokenPR(t *testing.T) {
	tests := []struct {
		got, want string
		p, r      float64
	}{
		{"a b c", "a b c", 1, 1},
		{"a b", "a b c d", 1, 0.5},
		{"a b x y", "a b", 0.5, 1},
		{"", "a", 0, 0},
		{"a a", "a", 0.5, 1},
	}
	for _, tt := range tests {
		if p, r := tokenPR(tt.got, tt.want); p != tt.p || r != tt.r {
			t.Errorf("tokenPR(%q, %q) = %v, %v; want %v, %v", tt.got, tt.want, p, r, tt.p, tt.r)
		}
	}
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
