package assess

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"bluf"
	"bluf/text"
)

// unseen returns article bodies bluf was not written against: the
// article-extraction benchmark's true bodies and the re3d documents on
// Syria and Iraq, from ../shared/data.
func unseen(t *testing.T) map[string]string {
	data := filepath.Join(seedDir(t), "..", "data")
	out := map[string]string{}
	if b, err := os.ReadFile(filepath.Join(data, "article-extraction-benchmark", "ground-truth.json")); err == nil {
		var gt map[string]struct {
			Body string `json:"articleBody"`
		}
		if err := json.Unmarshal(b, &gt); err != nil {
			t.Fatalf("parse ground-truth.json: %v", err)
		}
		for k, v := range gt {
			out["aeb/"+k[:12]] = v.Body
		}
	}
	for _, part := range []string{"CENTCOM", "US-State-Department"} {
		f, err := os.Open(filepath.Join(data, "re3d-dev", part, "documents.json"))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
		for sc.Scan() {
			var d struct {
				ID   string `json:"_id"`
				Text string `json:"text"`
			}
			if json.Unmarshal(sc.Bytes(), &d) == nil && d.Text != "" {
				out["re3d/"+d.ID[:12]] = d.Text
			}
		}
		f.Close()
	}
	if len(out) == 0 {
		t.Skip("no corpus under ../shared/data")
	}
	return out
}

// TestUnseen runs Assess over real articles it was not written against
// and checks the grounding rules and the time budget on each.
func TestUnseen(t *testing.T) {
	docs := unseen(t)
	keys := make([]string, 0, len(docs))
	for k := range docs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var worst time.Duration
	var worstKey string
	dump := os.Getenv("BLUF_UNSEEN") != ""
	nNull, nCounter := 0, 0
	for _, k := range keys {
		body := docs[k]
		doc := &bluf.Document{Body: body}
		doc.Paragraphs = text.Paragraphs(body)
		doc.Sentences = text.Sentences(body, doc.Paragraphs)
		start := time.Now()
		r := run(doc)
		if d := time.Since(start); d > worst {
			worst, worstKey = d, k
		}
		checkReport(t, k, doc, r)
		for _, g := range r.Gaps {
			if g.Section != "hypotheses" {
				continue
			}
			switch {
			case strings.Contains(g.Text, "null hypothesis"):
				nNull++
			case strings.Contains(g.Text, "counter-claim it cites"):
				nCounter++
			}
		}
		if dump {
			fmt.Printf("== %s (%d sentences)\nBLUF: %s\n", k, len(doc.Sentences), limit(r.BLUF.Text, 300))
			for _, h := range r.Hypotheses {
				fmt.Printf("  %s [%s] %s\n", h.ID, h.Likelihood, h.Text)
			}
			var tags []string
			for _, g := range r.Tags {
				tags = append(tags, g.Name)
			}
			fmt.Printf("  tags: %s\n", strings.Join(tags, ", "))
		}
	}
	t.Logf("%d unseen articles; slowest %s in %v", len(docs), worstKey, worst)
	t.Logf("hypotheses: %d thesis vs null, %d thesis vs counter-claim, %d from stated alternatives", nNull, nCounter, len(docs)-nNull-nCounter)
}
