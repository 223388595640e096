package actor

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

var update = flag.Bool("update", false, "rewrite the golden files in testdata/articles")

// goldenEntity is the part of an entity the golden files pin down.
type goldenEntity struct {
	Name     string          `json:"name"`
	Type     bluf.EntityType `json:"type"`
	Code     string          `json:"code,omitempty"`
	Role     string          `json:"role,omitempty"`
	Mentions int             `json:"mentions"`
}

// TestGoldenArticles runs Find on articles written for the tests (other
// regions than the seeds: Sudan and the Sahel, Ukraine, Gaza, Taiwan) and
// compares the ranked entities with testdata/articles/*.golden.json.
// Refresh with go test -run TestGoldenArticles -update.
func TestGoldenArticles(t *testing.T) {
	kb := testKB(t)
	files, _ := filepath.Glob("testdata/articles/*.txt")
	if len(files) == 0 {
		t.Fatal("no test articles")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc := &bluf.Document{Body: string(raw), Published: "2025-01-14"}
			doc.Paragraphs = text.Paragraphs(doc.Body)
			doc.Sentences = text.Sentences(doc.Body, doc.Paragraphs)
			_, es := kb.Find(doc)
			got := make([]goldenEntity, 0, len(es))
			for _, e := range es {
				got = append(got, goldenEntity{e.Name, e.Type, e.Code, e.Role, e.Mentions})
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetIndent("", "  ")
			if err := enc.Encode(got); err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(file, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGoldenArticles -update)", err)
			}
			if !bytes.Equal(want, buf.Bytes()) {
				t.Errorf("Find(%s) differs from %s:\n%s", file, golden, buf.String())
			}
		})
	}
}
