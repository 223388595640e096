// Package postgres is the shared store: PostgreSQL through pgx, with a
// tsvector column for ranked search. Import it for its side effect of
// registering postgres:// URLs with store.Open, or call Open directly.
//
// Several bluf processes, on several machines, may ingest into one
// database at once: every Add takes a transaction-scoped advisory lock
// before deciding whether the document is new, a duplicate or a
// near-duplicate, so two copies of one story arriving together are never
// both stored; unique constraints back the decision, and an Add that
// loses a race (unique violation, serialisation failure, deadlock) is
// retried and then sees the winner's row.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver "pgx"

	"bluf/store"
	"bluf/store/internal/migrate"
	"bluf/store/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

func init() {
	store.Register("postgres", func(ctx context.Context, dsn string) (store.Store, error) {
		return Open(ctx, dsn)
	})
}

// Advisory lock keys (arbitrary, fixed): one for adds, one for migrations.
const (
	addLock     = 0x626c7566_0001
	migrateLock = 0x626c7566_0002
)

// DB is a store in a PostgreSQL database.
type DB struct {
	*sqlstore.Store
	db *sql.DB
}

var _ store.Store = (*DB)(nil)

// Open connects to the database at the postgres:// URL dsn and migrates
// its schema. Extra URL parameters are passed to the server as run-time
// settings (search_path=...).
func Open(ctx context.Context, dsn string) (*DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(4)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, err
	}
	s := &DB{db: db}
	s.Store = &sqlstore.Store{DB: db, Dialect: dialect{}, Retry: retryable}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// SQL returns the underlying database handle, for tests and maintenance.
func (s *DB) SQL() *sql.DB { return s.db }

func (s *DB) migrate(ctx context.Context) error {
	ms, err := migrate.Load(migrations, "migrations")
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrateLock)); err != nil {
		return fmt.Errorf("migrate: lock: %w", err)
	}
	if err := migrate.Apply(ctx, tx, ms, migrate.Dialect{
		CreateTable: `CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TIMESTAMPTZ NOT NULL DEFAULT now())`,
		Record: `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`,
	}); err != nil {
		return err
	}
	return tx.Commit()
}

// retryable reports errors after which Add runs again: a lost race on a
// unique constraint, a serialisation failure or a deadlock.
func retryable(err error) bool {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return false
	}
	switch pe.Code {
	case "23505", "40001", "40P01":
		return true
	}
	return false
}

// dialect is PostgreSQL's: $n placeholders, an advisory lock per Add,
// tsvector search with ts_rank.
type dialect struct{}

func (dialect) Rebind(q string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

func (dialect) Lock(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(addLock))
	return err
}

func (dialect) IndexText(context.Context, *sql.Tx, int64, string, string) error { return nil }

func (dialect) Match(terms []string) (string, any) {
	return "d.tsv @@ to_tsquery('bluf', ?)", tsQuery(terms)
}

func (dialect) Search(terms []string) sqlstore.Search {
	return sqlstore.Search{
		Snippet:  `ts_headline('bluf', d.body, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=10, MaxFragments=1')`,
		Score:    `ts_rank(d.tsv, q)`,
		From:     `documents d, to_tsquery('bluf', ?) q`,
		FromArgs: []any{tsQuery(terms)},
		Cond:     `d.tsv @@ q`,
	}
}

// tsQuery writes terms as a tsquery with the precedence of SQLite FTS5:
// OR binds tighter than the implicit AND, so "a b OR c" is a & (b | c).
// Every term is quoted, so no user input is tsquery syntax.
func tsQuery(terms []string) string {
	var groups [][]string
	for i, t := range terms {
		switch {
		case t == "OR":
			continue
		case i > 0 && terms[i-1] == "OR" && len(groups) > 0:
			groups[len(groups)-1] = append(groups[len(groups)-1], t)
		default:
			groups = append(groups, []string{t})
		}
	}
	parts := make([]string, len(groups))
	for i, g := range groups {
		q := make([]string, len(g))
		for j, t := range g {
			q[j] = "'" + strings.ReplaceAll(t, "'", "''") + "'"
		}
		parts[i] = "(" + strings.Join(q, " | ") + ")"
	}
	return strings.Join(parts, " & ")
}
