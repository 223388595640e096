package extract

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"bluf"
	"bluf/text"
)

// seedDir is the shared seed articles, relative to this package.
var seedDir = filepath.Join("..", "..", "shared", "seeds")

func readSeed(t *testing.T, prefix string) *bluf.Document {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(seedDir, prefix+"_*.txt"))
	if len(m) != 1 {
		t.Skipf("seed %s not found in %s", prefix, seedDir)
	}
	doc, err := Read(context.Background(), m[0], Options{})
	if err != nil {
		t.Fatalf("Read(%s): %v", m[0], err)
	}
	return doc
}

// droppedAs reports whether a Dropped entry with reason holds text.
func droppedAs(doc *bluf.Document, reason, text string) bool {
	for _, d := range doc.Dropped {
		if d.Reason == reason && strings.Contains(d.Text, text) {
			return true
		}
	}
	return false
}

func TestSeeds(t *testing.T) {
	tests := []struct {
		seed      string
		title     string
		authors   []string
		published string
		publisher string
		dropped   [][2]string // reason, text
		notInBody []string
		inBody    []string
	}{
		{
			seed:    "000",
			title:   "An Alliance of Convenience with Iran? Baghdad as “Exhibit A”",
			authors: []string{"Ellie Geranmayeh"},
			dropped: [][2]string{
				{"byline", "Ellie Geranmayeh"},
				{"bio", "is a policy fellow"},
				{"comments", "Neville Chamberlain"},
				{"comments", "When is the right time"},
				{"comments", "Comments are closed."},
			},
			notInBody: []string{"Neville Chamberlain", "Comments are closed", "policy fellow", "Geranmayeh"},
			inBody:    []string{"The violence in Iraq", "March 8 and March 14"},
		},
		{
			seed:    "001",
			title:   "Cornered in Iraq",
			authors: []string{},
			dropped: [][2]string{
				{"navigation", "top of page"},
				{"navigation", "bottom of page"},
				{"pull_quote", "Nelson Mandela"},
			},
			notInBody: []string{"top of page", "bottom of page", "Nelson Mandela", "Freedom is not something"},
			inBody:    []string{"Cornered in Iraq, the US faces"},
		},
		{
			seed:      "002",
			title:     "Balancing acts and breaking points: Iraq’s US-Iran dilemma",
			authors:   []string{"C. Anthony Pfaff"},
			published: "2025-06-30T16:11:00-04:00",
			dropped: [][2]string{
				{"section", "Geopolitics & Energy Security"},
				{"dateline", "June 30, 2025"},
				{"byline", "By C. Anthony Pfaff"},
				{"newsletter", "SIGN UP FOR THIS WEEK"},
				{"caption", "speaks at an Atlantic Council"},
				{"bio", "is a nonresident senior fellow"},
				{"further_reading", "Further reading"},
				{"caption", "REUTERS/Ahmed Saad"},
			},
			notInBody: []string{"SIGN UP", "MENASource", "Further reading", "REUTERS/", "nonresident senior fellow", "speaks at an Atlantic Council", "Geopolitics & Energy"},
			inBody:    []string{"Even without the current conflict", "A complicated future", "Resolving the dilemmas"},
		},
		{
			seed:      "003",
			title:     "Iran’s security chief calls for stronger more tangible ties with Iraq amid global developments",
			authors:   []string{},
			published: "2025-09-08",
			publisher: "Globalsecurity.org",
			dropped:   [][2]string{{"dateline", "Published on: 2025-09-08"}},
			notInBody: []string{"Published on", "Intelligence Report:"},
			inBody:    []string{"BLUF (Bottom Line Up Front)", "Hypothesis 1: Iran seeks"},
		},
		{
			seed:      "004",
			title:     "Leaked Iranian intelligence reports illustrate the folly of the US’s Middle East strategy",
			authors:   []string{},
			published: "2019-11-20",
			dropped:   [][2]string{{"dateline", "20 Nov 2019"}},
			notInBody: []string{"20 Nov 2019", "Leaked Iranian intelligence reports illustrate"},
			inBody:    []string{"The great irony"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.seed, func(t *testing.T) {
			doc := readSeed(t, tt.seed)
			if doc.Title != tt.title {
				t.Errorf("Title = %q, want %q", doc.Title, tt.title)
			}
			if !slices.Equal(doc.Authors, tt.authors) {
				t.Errorf("Authors = %q, want %q", doc.Authors, tt.authors)
			}
			if doc.Published != tt.published {
				t.Errorf("Published = %q, want %q", doc.Published, tt.published)
			}
			if doc.Publisher != tt.publisher {
				t.Errorf("Publisher = %q, want %q", doc.Publisher, tt.publisher)
			}
			if doc.Language != "en" {
				t.Errorf("Language = %q, want en", doc.Language)
			}
			for _, d := range tt.dropped {
				if !droppedAs(doc, d[0], d[1]) {
					t.Errorf("%q not dropped as %s; dropped: %+v", d[1], d[0], doc.Dropped)
				}
			}
			for _, s := range tt.notInBody {
				if strings.Contains(doc.Body, s) {
					t.Errorf("body contains %q", s)
				}
			}
			for _, s := range tt.inBody {
				if !strings.Contains(doc.Body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			checkDoc(t, doc)
		})
	}
}

// checkDoc asserts the invariants every cleaned document keeps.
func checkDoc(t *testing.T, doc *bluf.Document) {
	t.Helper()
	if len(doc.ID) != 16 {
		t.Errorf("ID = %q, want 16 hex digits", doc.ID)
	}
	prev := 0
	for i, p := range doc.Paragraphs {
		if p.Start < prev || p.End <= p.Start || p.End > len(doc.Body) {
			t.Fatalf("paragraph %d = %+v out of order or range (body %d bytes)", i, p, len(doc.Body))
		}
		if i > 0 && doc.Body[prev:p.Start] != "\n\n" {
			t.Errorf("paragraph %d separated by %q, want \"\\n\\n\"", i, doc.Body[prev:p.Start])
		}
		prev = p.End
	}
	if prev != len(doc.Body) {
		t.Errorf("last paragraph ends at %d, body is %d bytes", prev, len(doc.Body))
	}
	// The paragraphs are the ones package text finds in the body.
	if want := text.Paragraphs(doc.Body); !slices.Equal(doc.Paragraphs, want) {
		t.Errorf("Paragraphs = %v, want text.Paragraphs(Body) = %v", doc.Paragraphs, want)
	}
	if doc.Authors == nil || doc.Dropped == nil {
		t.Errorf("Authors or Dropped is nil; want empty slices")
	}
}
