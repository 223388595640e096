package actor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bluf"
	"bluf/extract"
	"bluf/text"
)

// seedDoc reads a seed article from ../shared/seeds and cleans it as the
// pipeline does.
func seedDoc(t *testing.T, prefix string) *bluf.Document {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(sharedDir(t), "seeds", prefix+"_*.txt"))
	if len(m) != 1 {
		t.Skipf("seed %s not found", prefix)
	}
	raw, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extract.Text(m[0], raw)
	if err != nil {
		t.Fatalf("extract %s: %v", m[0], err)
	}
	if doc.Paragraphs == nil {
		doc.Paragraphs = text.Paragraphs(doc.Body)
	}
	if doc.Sentences == nil {
		doc.Sentences = text.Sentences(doc.Body, doc.Paragraphs)
	}
	return doc
}

// TestSeeds checks that the principal actors of each seed article rank
// among its key entities, each person once under one name, and that
// names found only in page furniture never appear.
func TestSeeds(t *testing.T) {
	kb := testKB(t)
	tests := []struct {
		seed    string
		top     int
		want    []string
		missing []string
	}{
		{"000", 20, []string{"Iran", "Iraq", "the West", "Islamic State", "Hassan Rouhani", "Mahmoud Ahmadinejad",
			"Islamic Revolutionary Guard Corps", "Quds Force", "United Kingdom", "Saudi Arabia", "Israel", "United States"},
			[]string{"Neville Chamberlain"}},
		{"001", 16, []string{"United States", "Iraq", "Iran", "Islamic State", "Qassem Soleimani", "Abu Mahdi al-Muhandis",
			"Mohammed Shia al-Sudani", "Joe Biden", "Jordan", "Syria"}, []string{"Nelson Mandela"}},
		{"002", 25, []string{"Mohammed Shia al-Sudani", "Muqtada al-Sadr", "Ali Khamenei", "Fuad Hussein", "Bashar al-Assad",
			"Mike Waltz", "Harakat Hezbollah al-Nujaba", "Fatah Alliance", "TotalEnergies", "Gulf Cooperation Council",
			"Islamic State", "Iraq", "Iran", "United States", "Israel"}, []string{"Ahmed Saad"}},
		{"004", 20, []string{"Iran", "Iraq", "United States", "Ministry of Intelligence and Security", "Islamic Revolutionary Guard Corps",
			"Quds Force", "Qassem Soleimani", "Donald Trump", "Hassan Rouhani", "Islamic State", "Central Intelligence Agency",
			"New York Times", "the Intercept"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.seed, func(t *testing.T) {
			doc := seedDoc(t, tt.seed)
			ms, es := kb.Find(doc)
			rank := map[string]int{}
			for i, e := range es {
				if _, dup := rank[e.Name]; !dup {
					rank[e.Name] = i
				}
			}
			for _, w := range tt.want {
				r, ok := rank[w]
				if !ok {
					t.Errorf("seed %s: %q not found", tt.seed, w)
				} else if r >= tt.top {
					t.Errorf("seed %s: %q ranks %d, want in the top %d", tt.seed, w, r+1, tt.top)
				}
			}
			for _, m := range ms {
				for _, bad := range tt.missing {
					if strings.Contains(m.Text, bad) {
						t.Errorf("seed %s: furniture name %q found at %d", tt.seed, bad, m.Start)
					}
				}
			}
			// Each person once: no two people share a surname.
			last := map[string]string{}
			for _, e := range es {
				if e.Type != bluf.Person {
					continue
				}
				w := strings.Fields(e.Name)
				s := strings.TrimPrefix(strings.ToLower(w[len(w)-1]), "al-")
				if other, dup := last[s]; dup {
					t.Errorf("seed %s: %q and %q look like one person", tt.seed, other, e.Name)
				}
				last[s] = e.Name
			}
			if testing.Verbose() {
				for i, e := range es {
					if i < tt.top {
						t.Logf("%2d %-40s %-12s %d %.3f %s", i+1, e.Name, e.Type, e.Mentions, e.Salience, e.Role)
					}
				}
			}
		})
	}
}
