package assess

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bluf"
	"bluf/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// ownDoc reads one of the test articles: the first line is the title,
// the rest the body (they carry no page furniture, so no cleaning is
// needed and the golden files do not depend on package extract).
func ownDoc(t *testing.T, path string) *bluf.Document {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	title, body, _ := strings.Cut(string(raw), "\n")
	doc := &bluf.Document{Title: strings.TrimSpace(title), Body: strings.TrimSpace(body)}
	doc.Paragraphs = text.Paragraphs(doc.Body)
	doc.Sentences = text.Sentences(doc.Body, doc.Paragraphs)
	return doc
}

// analytic is the part of a report that Assess writes.
type analytic struct {
	BLUF            bluf.BLUF             `json:"bluf"`
	Confidence      bluf.Confidence       `json:"confidence"`
	Hypotheses      []bluf.Hypothesis     `json:"hypotheses"`
	ACH             bluf.ACH              `json:"ach"`
	Assumptions     []bluf.Assumption     `json:"assumptions"`
	RedFlags        []bluf.RedFlag        `json:"red_flags"`
	Risks           []bluf.Risk           `json:"risks"`
	Recommendations []bluf.Recommendation `json:"recommendations"`
	Indicators      []bluf.Indicator      `json:"indicators"`
	Scenarios       bluf.Scenarios        `json:"scenarios"`
	Tags            []bluf.Tag            `json:"tags"`
	Gaps            []bluf.Gap            `json:"gaps"`
}

// TestGolden compares the analytic sections written for the test articles
// with testdata/*.golden.json; run with -update to accept a change.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no test articles in testdata")
	}
	for _, f := range files {
		doc := ownDoc(t, f)
		r := run(doc)
		got, err := json.MarshalIndent(analytic{r.BLUF, r.Confidence, r.Hypotheses, r.ACH, r.Assumptions, r.RedFlags, r.Risks,
			r.Recommendations, r.Indicators, r.Scenarios, r.Tags, r.Gaps}, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("read %s: %v (run go test -update)", golden, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("Assess(%s) differs from %s; run go test ./assess -run TestGolden -update and review the diff", f, golden)
		}
	}
}
