package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"bluf/store"
	"bluf/store/storetest"
)

var schemaSeq atomic.Int64

// openTest opens a store in a fresh schema of the BLUF_TEST_POSTGRES
// database, dropped when the test ends.
func openTest(t testing.TB) *DB {
	t.Helper()
	base := storetest.RequirePostgres(t)
	ctx := context.Background()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	schema := fmt.Sprintf("bluf_test_%d_%d", schemaSeq.Add(1), nowNano())
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		a, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer a.Close()
		a.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	s, err := Open(ctx, u.String())
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t testing.TB) store.Store { return openTest(t) })
}

func TestStemming(t *testing.T) {
	storetest.Stemming(t, openTest(t))
}

// TestProcesses opens several stores on one database, as several bluf
// ingest processes would, and adds the same stories through all of them
// at once: each is stored once.
func TestProcesses(t *testing.T) {
	first := openTest(t)
	defer first.Close()
	var dsn string
	if err := first.db.QueryRow(`SELECT current_schema()`).Scan(&dsn); err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(storetest.RequirePostgres(t))
	q := u.Query()
	q.Set("search_path", dsn)
	u.RawQuery = q.Encode()
	const procs, docs = 4, 30
	var wg sync.WaitGroup
	var added, copies atomic.Int64
	errs := make(chan error, procs)
	for p := 0; p < procs; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			s, err := Open(context.Background(), u.String())
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			for i := 0; i < docs; i++ {
				a := storetest.Generate(i)
				r := a.Report()
				if p%2 == 1 {
					// Half the processes see a republished copy.
					r = storetest.NewReport("Republished: "+a.Title, "Other Wire", a.Published, "Advertisement\n\n"+a.Body+"\n\nShare this article.", a.Entities...)
				}
				res, err := s.Add(context.Background(), r, store.Source{URL: fmt.Sprintf("https://p%d.example/%d", p, i)})
				if err != nil {
					errs <- err
					return
				}
				if res.Status == store.Added {
					added.Add(1)
				} else {
					copies.Add(1)
				}
			}
		}(p)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if added.Load() != docs || copies.Load() != docs*(procs-1) {
		t.Errorf("added %d, copies %d; want %d and %d", added.Load(), copies.Load(), docs, docs*(procs-1))
	}
	if n, _ := first.Count(context.Background()); n != docs {
		t.Errorf("Count = %d, want %d", n, docs)
	}
}

func TestTSQuery(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"iran", "('iran')"},
		{"iran iraq", "('iran') & ('iraq')"},
		{"sudan OR chad darfur", "('sudan' | 'chad') & ('darfur')"},
		{"OR OR x", "('x')"},
		{`it's`, "('it') & ('s')"},
	}
	for _, tt := range tests {
		if got := tsQuery(store.Terms(tt.in)); got != tt.want {
			t.Errorf("tsQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRebind(t *testing.T) {
	got := dialect{}.Rebind("SELECT a FROM t WHERE b = ? AND c IN (?, ?)")
	if want := "SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)"; got != want {
		t.Errorf("Rebind = %q, want %q", got, want)
	}
	if strings.Contains(dialect{}.Rebind("?"), "?") {
		t.Error("Rebind left a ?")
	}
}
