package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// golden is what the golden files record of a cleaned document.
type golden struct {
	Title     string     `json:"title"`
	Authors   []string   `json:"authors"`
	Published string     `json:"published"`
	Publisher string     `json:"publisher"`
	Language  string     `json:"language"`
	Body      []string   `json:"body"`
	Dropped   [][]string `json:"dropped"`
}

// TestGolden cleans each invented article in testdata and compares the
// result with testdata/golden/<name>.json; -update rewrites them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			doc, err := Read(context.Background(), f, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, doc)
			g := golden{Title: doc.Title, Authors: doc.Authors, Published: doc.Published,
				Publisher: doc.Publisher, Language: doc.Language, Dropped: [][]string{}}
			for _, p := range doc.Paragraphs {
				g.Body = append(g.Body, doc.Body[p.Start:p.End])
			}
			for _, d := range doc.Dropped {
				g.Dropped = append(g.Dropped, []string{d.Reason, d.Text})
			}
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", strings.TrimSuffix(name, filepath.Ext(name))+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("cleaning %s changed; got:\n%s\nwant:\n%s", f, got, want)
			}
		})
	}
}
