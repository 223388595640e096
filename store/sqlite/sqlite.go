// Package sqlite is the embedded store: one SQLite file (pure Go,
// modernc.org/sqlite) in WAL mode, with FTS5 for search. Import it for its
// side effect of registering the "sqlite" driver with store.Open, or call
// Open directly.
//
// Durability: every Add is one IMMEDIATE transaction, so a process killed
// at any point (even kill -9) leaves either the whole document or none of
// it. WAL with synchronous=NORMAL survives process crashes without loss;
// only an operating-system crash or power cut may lose the last
// transactions (never corrupt the file). Several processes may share one
// file: writers wait for each other up to the busy timeout.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"bluf/store"
	"bluf/store/internal/migrate"
	"bluf/store/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

func init() {
	store.Register("sqlite", func(ctx context.Context, dsn string) (store.Store, error) {
		return Open(ctx, dsn)
	})
}

// BusyTimeout is how long, in milliseconds, a writer waits for another
// process's transaction before failing.
const BusyTimeout = 30000

// DB is a store in one SQLite file.
type DB struct {
	*sqlstore.Store
	db *sql.DB
	// mu serialises this process's writers so that they queue in Go
	// rather than in SQLite's busy handler.
	mu   sync.Mutex
	path string
}

var _ store.Store = (*DB)(nil)

// Open opens (creating when needed) the SQLite database at path, which
// may carry a sqlite:// or file: prefix, and migrates its schema.
func Open(ctx context.Context, path string) (*DB, error) {
	path = strings.TrimPrefix(strings.TrimPrefix(path, "sqlite://"), "file:")
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path = path[:i]
	}
	if path == "" {
		return nil, errors.New("empty path")
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
	}
	q := url.Values{}
	for _, p := range []string{
		fmt.Sprintf("busy_timeout(%d)", BusyTimeout),
		"journal_mode(WAL)",
		"synchronous(NORMAL)",
		"foreign_keys(1)",
		// 8 MB of page cache per connection (the default is 2 MB):
		// duplicate and story lookups in a large corpus read the same
		// index pages insert after insert. Not more: every pooled
		// connection has its own, outside the Go heap.
		"cache_size(-8000)",
	} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	s := &DB{db: db, path: path}
	s.Store = &sqlstore.Store{DB: db, Dialect: dialect{}, Serialize: func() func() {
		s.mu.Lock()
		return s.mu.Unlock
	}}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Path returns the database file.
func (s *DB) Path() string { return s.path }

// SQL returns the underlying database handle, for tests and maintenance
// (PRAGMA integrity_check).
func (s *DB) SQL() *sql.DB { return s.db }

func (s *DB) migrate(ctx context.Context) error {
	ms, err := migrate.Load(migrations, "migrations")
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil) // IMMEDIATE: one migrator at a time
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	if err := migrate.Apply(ctx, tx, ms, migrate.Dialect{
		CreateTable: `CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`,
		Record: `INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, datetime('now'))`,
	}); err != nil {
		return err
	}
	return tx.Commit()
}

// dialect is SQLite's: ? placeholders, IMMEDIATE transactions for
// locking, FTS5 with bm25 ranking.
type dialect struct{}

func (dialect) Rebind(q string) string { return q }

func (dialect) Lock(context.Context, *sql.Tx) error { return nil }

func (dialect) IndexText(ctx context.Context, tx *sql.Tx, seq int64, title, body string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)`, seq, title, body)
	return err
}

func (dialect) Match(terms []string) (string, any) {
	return "d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)", ftsQuery(terms)
}

func (dialect) Search(terms []string) sqlstore.Search {
	return sqlstore.Search{
		Snippet:  `snippet(documents_fts, 1, '[', ']', '…', 16)`,
		Score:    `-bm25(documents_fts, 4.0, 1.0)`,
		From:     `documents_fts JOIN documents d ON d.seq = documents_fts.rowid`,
		Cond:     `documents_fts MATCH ?`,
		CondArgs: []any{ftsQuery(terms)},
	}
}

// ftsQuery quotes every term, so that no user input is FTS5 syntax; terms
// are ANDed unless separated by OR.
func ftsQuery(terms []string) string {
	var b strings.Builder
	for i, t := range terms {
		if i > 0 {
			b.WriteByte(' ')
		}
		if t == "OR" {
			b.WriteString("OR")
			continue
		}
		b.WriteString(`"` + strings.ReplaceAll(t, `"`, `""`) + `"`)
	}
	return b.String()
}
