package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"bluf/store"
	"bluf/store/storetest"
)

// FuzzSearch checks that no query, however malformed, is an error: user
// input never reaches FTS5 as syntax.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"drone strike", `"unbalanced`, "a OR", "NEAR(x y)", "col:value", "*", "-", "^x", "AND OR NOT", "x\x00y"} {
		f.Add(q)
	}
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	for i := range 3 {
		r := storetest.Generate(i).Report()
		if _, err := s.Add(ctx, r, store.Source{}); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := s.Search(ctx, q, store.Filter{Limit: 5}); err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
	})
}
