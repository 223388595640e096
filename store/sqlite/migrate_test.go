package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"bluf/store"
	"bluf/store/storetest"
)

// TestMigrateBandHashes takes a database back to schema version 1 (bands
// without fingerprints), reopens it, and checks that migration 2 fills in
// the fingerprints so that a copy of a stored story is still found, and
// that migration 3 rebuilds the search index.
func TestMigrateBandHashes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Generate(11)
	orig := a.Report()
	if _, err := s.Add(ctx, orig, store.Source{URL: "https://example.org/a"}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`ALTER TABLE bands DROP COLUMN hash`,
		`ALTER TABLE bands DROP COLUMN shingles`,
		`DELETE FROM schema_migrations WHERE version >= 2`,
	} {
		if _, err := s.SQL().ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	s.Close()

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen at version 1: %v", err)
	}
	defer s.Close()
	var zero int
	if err := s.SQL().QueryRowContext(ctx, `SELECT count(*) FROM bands WHERE hash = 0`).Scan(&zero); err != nil || zero != 0 {
		t.Errorf("%d bands without a fingerprint after migration (%v)", zero, err)
	}
	cp := storetest.NewReport("Another headline", "Other Wire", a.Published,
		"Advertisement\n\n"+a.Body+"\n\nRead more stories like this.", a.Entities...)
	res, err := s.Add(ctx, cp, store.Source{URL: "https://example.org/b"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != store.NearDuplicate || res.ID != orig.ID {
		t.Errorf("Add(copy) after migration = %+v, want near_duplicate of %s", res, orig.ID)
	}
	// Migration 3 rebuilt the search index with stemming.
	word := strings.Fields(a.Body)[0]
	if hits, err := s.Search(ctx, word, store.Filter{}); err != nil || len(hits) != 1 {
		t.Errorf("Search(%q) after migration = %v, %v; want the stored story", word, hits, err)
	}
}
