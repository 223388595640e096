package assess

import (
	"os"
	"path/filepath"
	"testing"

	"bluf"
	"bluf/extract"
	"bluf/text"
)

// seedDir is ../shared/seeds from the repository root.
func seedDir(tb testing.TB) string {
	tb.Helper()
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	return filepath.Join(wd, "..", "..", "shared", "seeds")
}

// readDoc cleans and segments the article at path.
func readDoc(tb testing.TB, path string) *bluf.Document {
	tb.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Skipf("read %s: %v", path, err)
	}
	doc, err := extract.Text(path, raw)
	if err != nil {
		tb.Fatalf("extract.Text(%s): %v", path, err)
	}
	if doc.Paragraphs == nil {
		doc.Paragraphs = text.Paragraphs(doc.Body)
	}
	if doc.Sentences == nil {
		doc.Sentences = text.Sentences(doc.Body, doc.Paragraphs)
	}
	return doc
}

// seed reads the seed whose file name starts with prefix.
func seed(tb testing.TB, prefix string) *bluf.Document {
	tb.Helper()
	m, _ := filepath.Glob(filepath.Join(seedDir(tb), prefix+"_*.txt"))
	if len(m) == 0 {
		tb.Skipf("seed %s not found in %s", prefix, seedDir(tb))
	}
	return readDoc(tb, m[0])
}

// run assesses doc with no entities or events.
func run(doc *bluf.Document) *bluf.Report {
	r := &bluf.Report{ID: doc.ID, Title: doc.Title, Sentences: doc.Sentences}
	Assess(r, doc, nil)
	return r
}
