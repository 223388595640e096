package memory

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"bluf/store"
	"bluf/store/storetest"
)

func TestParse(t *testing.T) {
	tests := []struct {
		q    string
		want query
	}{
		{"", nil},
		{"Kinmen", query{{"kinmen"}}},
		{"hospital truce", query{{"hospital"}, {"truce"}}},
		{"gold OR Kinmen", query{{"gold", "kinmen"}}},
		{"a b OR c d", query{{"a"}, {"b", "c"}, {"d"}}},
		{"OR a OR", query{{"a"}}},
		{"a or b", query{{"a"}, {"or"}, {"b"}}},
		{`U.S.-led "air strike"`, query{{"u"}, {"s"}, {"led"}, {"air"}, {"strike"}}},
		{`"!!"`, nil},
	}
	for _, tt := range tests {
		if got := parse(tt.q); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parse(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestCut(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four", 10, "one two…"},
		{"abcdefghijkl", 5, "abcde…"},
		{"ééééé", 5, "éé…"},
	}
	for _, tt := range tests {
		if got := cut(tt.s, tt.n); got != tt.want {
			t.Errorf("cut(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func FuzzSearch(f *testing.F) {
	for _, q := range []string{"hospital", "a OR b", `"x" OR`, "ünïcode OR 漢字", "OR OR OR"} {
		f.Add(q)
	}
	s := New()
	for i := range 20 {
		s.Add(context.Background(), storetest.Generate(i).Report(), store.Source{URL: fmt.Sprint(i)})
	}
	f.Fuzz(func(t *testing.T, q string) {
		hits, err := s.Search(context.Background(), q, store.Filter{Topic: q, Limit: 5})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		if len(hits) > 5 {
			t.Fatalf("Search(%q) = %d hits, over the limit", q, len(hits))
		}
		for i, h := range hits {
			if i > 0 && h.Score > hits[i-1].Score {
				t.Fatalf("Search(%q) not best first", q)
			}
			if !utf8.ValidString(h.Snippet) || strings.Count(h.Snippet, "…") > 1 {
				t.Fatalf("Search(%q) snippet %q", q, h.Snippet)
			}
		}
	})
}

func BenchmarkSearch(b *testing.B) {
	s := New()
	for i := range 500 {
		s.Add(context.Background(), storetest.Generate(i).Report(), store.Source{URL: fmt.Sprint(i)})
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Search(context.Background(), "ceasefire OR convoy", store.Filter{Limit: 20}); err != nil {
			b.Fatal(err)
		}
	}
}
