package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"bluf/store"
	"bluf/store/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t testing.TB) store.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "bluf.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestStemming(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "bluf.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.Stemming(t, s)
}
