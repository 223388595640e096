// Package sqlstore implements store.Store over database/sql for both
// SQLite and PostgreSQL; a Dialect supplies what differs between them
// (placeholders, locking, full-text search).
package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"bluf"
	"bluf/store"
)

// Dialect is what differs between the databases.
type Dialect interface {
	// Rebind rewrites ? placeholders for the database.
	Rebind(query string) string
	// Lock serialises dedup decisions across processes inside tx.
	Lock(ctx context.Context, tx *sql.Tx) error
	// IndexText adds the full-text entry of the document with row
	// number seq, when the database does not do it itself.
	IndexText(ctx context.Context, tx *sql.Tx, seq int64, title, body string) error
	// Match returns a WHERE condition on documents d matching the query
	// terms, and its argument.
	Match(terms []string) (cond string, arg any)
	// Search returns how to search for terms.
	Search(terms []string) Search
}

// Search is a dialect's full-text search: the select-list expressions for
// the snippet and the score (higher is better), the FROM clause (which
// must alias documents as d) and the match condition, with their
// arguments.
type Search struct {
	Snippet, Score string
	From           string
	FromArgs       []any
	Cond           string
	CondArgs       []any
}

// Store implements store.Store on db.
type Store struct {
	DB      *sql.DB
	Dialect Dialect
	// Serialize, when set, is called before Add begins its transaction
	// and the function it returns after: SQLite uses it to queue this
	// process's writers in Go rather than in the busy handler.
	Serialize func() (unlock func())
	// Retry reports whether an Add that failed with err may be retried
	// (a serialisation failure or deadlock).
	Retry func(err error) bool
	// Now stamps sources; nil means time.Now.
	Now func() time.Time
}

func (s *Store) q(query string) string { return s.Dialect.Rebind(query) }

// Close closes the database.
func (s *Store) Close() error { return s.DB.Close() }

// Add implements store.Store.
func (s *Store) Add(ctx context.Context, r *bluf.Report, src store.Source) (store.AddResult, error) {
	row, err := store.NewRow(r)
	if err != nil {
		return store.AddResult{}, err
	}
	if src.URL == "-" {
		src.URL = ""
	}
	if src.Fetched.IsZero() {
		now := time.Now
		if s.Now != nil {
			now = s.Now
		}
		src.Fetched = now().UTC()
	}
	if src.Publisher == "" {
		src.Publisher = row.Publisher
	}
	if src.Title == "" {
		src.Title = row.Title
	}
	for attempt := 0; ; attempt++ {
		res, err := s.add(ctx, row, src)
		if err != nil && attempt < 5 && s.Retry != nil && s.Retry(err) {
			continue
		}
		if err != nil {
			return store.AddResult{}, fmt.Errorf("store: add %s: %w", row.ID, err)
		}
		return res, nil
	}
}

func (s *Store) add(ctx context.Context, row *store.Row, src store.Source) (store.AddResult, error) {
	if s.Serialize != nil {
		defer s.Serialize()()
	}
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		return store.AddResult{}, err
	}
	defer tx.Rollback()
	if err := s.Dialect.Lock(ctx, tx); err != nil {
		return store.AddResult{}, err
	}
	res, err := s.decide(ctx, tx, row, src)
	if err != nil {
		return store.AddResult{}, err
	}
	if err := tx.Commit(); err != nil {
		return store.AddResult{}, err
	}
	return res, nil
}

// decide stores row or records src as a copy of a stored story.
func (s *Store) decide(ctx context.Context, tx *sql.Tx, row *store.Row, src store.Source) (store.AddResult, error) {
	// Same URL: nothing to record.
	if src.URL != "" {
		var doc, story string
		err := tx.QueryRowContext(ctx, s.q(`SELECT d.id, d.story FROM sources s JOIN documents d ON d.id = s.doc WHERE s.url = ?`), src.URL).Scan(&doc, &story)
		if err == nil {
			return store.AddResult{ID: doc, Status: store.Duplicate, Story: story}, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return store.AddResult{}, err
		}
	}
	// Same cleaned text: another source of the stored document.
	var story string
	err := tx.QueryRowContext(ctx, s.q(`SELECT story FROM documents WHERE id = ?`), row.ID).Scan(&story)
	if err == nil {
		if err := s.addSource(ctx, tx, row.ID, src, store.Duplicate, 0); err != nil {
			return store.AddResult{}, err
		}
		return store.AddResult{ID: row.ID, Status: store.Duplicate, Story: story}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return store.AddResult{}, err
	}
	// Near duplicate: a copy of a stored story.
	if near, dist, nstory, err := s.nearest(ctx, tx, row); err != nil {
		return store.AddResult{}, err
	} else if near != "" {
		if err := s.addSource(ctx, tx, near, src, store.NearDuplicate, dist); err != nil {
			return store.AddResult{}, err
		}
		return store.AddResult{ID: near, Status: store.NearDuplicate, Story: nstory, Distance: dist}, nil
	}
	story, err = s.cluster(ctx, tx, row)
	if err != nil {
		return store.AddResult{}, err
	}
	if err := s.insert(ctx, tx, row, story); err != nil {
		return store.AddResult{}, err
	}
	if err := s.addSource(ctx, tx, row.ID, src, "original", 0); err != nil {
		return store.AddResult{}, err
	}
	return store.AddResult{ID: row.ID, Status: store.Added, Story: story}, nil
}

func (s *Store) addSource(ctx context.Context, tx *sql.Tx, doc string, src store.Source, kind string, dist int) error {
	_, err := tx.ExecContext(ctx, s.q(`INSERT INTO sources (url, doc, kind, publisher, title, fetched, distance) VALUES (?, ?, ?, ?, ?, ?, ?)`),
		src.URL, doc, kind, src.Publisher, src.Title, src.Fetched.UTC().Format(time.RFC3339), dist)
	if err != nil {
		return fmt.Errorf("record source %q: %w", src.URL, err)
	}
	return nil
}

// nearest returns the stored document whose fingerprint is nearest to
// row's within the near-duplicate distance, if any.
func (s *Store) nearest(ctx context.Context, tx *sql.Tx, row *store.Row) (id string, dist int, story string, err error) {
	if row.Fingerprint.Shingles == 0 {
		return "", 0, "", nil
	}
	args := make([]any, len(row.Bands))
	for i, b := range row.Bands {
		args[i] = b
	}
	// The bands carry the fingerprints (migration 2): the candidates are
	// compared without touching the documents table.
	rows, err := tx.QueryContext(ctx, s.q(`SELECT doc, hash, shingles FROM bands WHERE value IN (`+placeholders(len(args))+`)`), args...)
	if err != nil {
		return "", 0, "", err
	}
	best := -1
	for rows.Next() {
		var cid string
		var h, n int64
		if err := rows.Scan(&cid, &h, &n); err != nil {
			rows.Close()
			return "", 0, "", err
		}
		fp := store.Fingerprint{Hash: uint64(h), Shingles: int(n)}
		if !store.Near(row.Fingerprint, fp) {
			continue
		}
		d := store.Distance(row.Fingerprint.Hash, fp.Hash)
		if best < 0 || d < best || d == best && cid < id {
			best, id = d, cid
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil || id == "" {
		return "", 0, "", err
	}
	if err := tx.QueryRowContext(ctx, s.q(`SELECT story FROM documents WHERE id = ?`), id).Scan(&story); err != nil {
		return "", 0, "", fmt.Errorf("story of %s: %w", id, err)
	}
	return id, best, story, nil
}

// clusterCandidates bounds the documents compared when clustering.
const clusterCandidates = 2000

// cluster returns the story row belongs to: that of the most similar
// stored document about the same event, or row's own ID.
func (s *Store) cluster(ctx context.Context, tx *sql.Tx, row *store.Row) (string, error) {
	from, to, ok := store.DateRange(row.Published, store.ClusterDays)
	if !ok {
		return row.ID, nil
	}
	top := row.TopEntities(store.ClusterEntities)
	var rows *sql.Rows
	var err error
	if len(top) > 0 {
		ents := make([]any, len(top))
		for i, e := range top {
			ents[i] = e
		}
		// Driven by the date index: the window holds few documents
		// however large the corpus, while an actor may be named in a
		// quarter of it. Each candidate's shared entities are counted
		// on the entities primary key.
		in := placeholders(len(top))
		args := append(append(append([]any{}, ents...), from, to), ents...)
		args = append(args, clusterCandidates)
		rows, err = tx.QueryContext(ctx, s.q(`SELECT d.id, d.story, d.published, d.keywords,
			(SELECT COUNT(*) FROM entities e WHERE e.doc = d.id AND e.entity IN (`+in+`))
			FROM documents d WHERE d.published >= ? AND d.published <= ?
			AND EXISTS (SELECT 1 FROM entities e WHERE e.doc = d.id AND e.entity IN (`+in+`))
			ORDER BY d.id LIMIT ?`), args...)
	} else {
		rows, err = tx.QueryContext(ctx, s.q(`SELECT d.id, d.story, d.published, d.keywords, 0 FROM documents d
			WHERE d.published >= ? AND d.published <= ? ORDER BY d.id LIMIT ?`), from, to, clusterCandidates)
	}
	if err != nil {
		return "", err
	}
	defer rows.Close()
	story, bestJ := row.ID, -1.0
	for rows.Next() {
		var c store.Candidate
		var kw string
		if err := rows.Scan(&c.ID, &c.Story, &c.Published, &kw, &c.Shared); err != nil {
			return "", err
		}
		c.Keywords = strings.Fields(kw)
		if !row.SameStory(c) {
			continue
		}
		if j := store.Jaccard(row.Keywords, c.Keywords); j > bestJ {
			story, bestJ = c.Story, j
		}
	}
	return story, rows.Err()
}

func (s *Store) insert(ctx context.Context, tx *sql.Tx, row *store.Row, story string) error {
	tags, _ := json.Marshal(nonNil(row.Tags))
	var seq int64
	err := tx.QueryRowContext(ctx, s.q(`INSERT INTO documents (id, title, source, publisher, published, language, story, simhash, shingles, keywords, tags, body, report)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`),
		row.ID, row.Title, row.Source, row.Publisher, row.Published, row.Language, story,
		int64(row.Fingerprint.Hash), row.Fingerprint.Shingles, strings.Join(row.Keywords, " "), string(tags), row.Body, row.Report).Scan(&seq)
	if err != nil {
		return fmt.Errorf("insert document: %w", err)
	}
	if err := s.Dialect.IndexText(ctx, tx, seq, row.Title, row.Body); err != nil {
		return fmt.Errorf("index text: %w", err)
	}
	for _, b := range row.Bands {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO bands (value, doc, hash, shingles) VALUES (?, ?, ?, ?)`), b, row.ID, int64(row.Fingerprint.Hash), row.Fingerprint.Shingles); err != nil {
			return fmt.Errorf("insert band: %w", err)
		}
	}
	seen := map[string]bool{}
	for i, e := range row.Entities {
		id := e.ID
		if id == "" {
			id = strings.ToLower(e.Name)
		}
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO entities (doc, entity, name, type, mentions, salience, rank) VALUES (?, ?, ?, ?, ?, ?, ?)`),
			row.ID, id, e.Name, string(e.Type), e.Mentions, e.Salience, i); err != nil {
			return fmt.Errorf("insert entity %s: %w", id, err)
		}
	}
	seenEv := map[string]bool{}
	for i, ev := range row.Events {
		id := ev.ID
		if id == "" || seenEv[id] {
			id = fmt.Sprintf("#%d", i)
		}
		seenEv[id] = true
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO events (doc, id, code, root, source, target, date, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
			row.ID, id, ev.Code, ev.Root, actorKey(ev.Source), actorKey(ev.Target), ev.Date, ev.Sentence); err != nil {
			return fmt.Errorf("insert event %s: %w", id, err)
		}
	}
	return nil
}

func actorKey(a bluf.ActorRef) string {
	if a.Entity != "" {
		return a.Entity
	}
	return a.Name
}

// Known implements store.Store.
func (s *Store) Known(ctx context.Context, url, id string) (string, error) {
	var doc string
	if url != "" && url != "-" {
		err := s.DB.QueryRowContext(ctx, s.q(`SELECT doc FROM sources WHERE url = ?`), url).Scan(&doc)
		if err == nil {
			return doc, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return "", fmt.Errorf("store: known %s: %w", url, err)
		}
	}
	if id != "" {
		err := s.DB.QueryRowContext(ctx, s.q(`SELECT id FROM documents WHERE id = ?`), id).Scan(&doc)
		if err == nil {
			return doc, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return "", fmt.Errorf("store: known %s: %w", id, err)
		}
	}
	return "", store.ErrNotFound
}

// Get implements store.Store.
func (s *Store) Get(ctx context.Context, id string) (*bluf.Report, error) {
	var rep []byte
	var body string
	err := s.DB.QueryRowContext(ctx, s.q(`SELECT report, body FROM documents WHERE id = ?`), id).Scan(&rep, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: get %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: get %s: %w", id, err)
	}
	r, err := store.Restore(rep, body)
	if err != nil {
		return nil, fmt.Errorf("store: get %s: %w", id, err)
	}
	return r, nil
}

// Sources implements store.Store.
func (s *Store) Sources(ctx context.Context, id string) ([]store.Source, error) {
	rows, err := s.DB.QueryContext(ctx, s.q(`SELECT url, kind, publisher, title, fetched FROM sources WHERE doc = ? ORDER BY CASE kind WHEN 'original' THEN 0 ELSE 1 END, seq`), id)
	if err != nil {
		return nil, fmt.Errorf("store: sources %s: %w", id, err)
	}
	defer rows.Close()
	var out []store.Source
	for rows.Next() {
		var src store.Source
		var fetched string
		if err := rows.Scan(&src.URL, &src.Kind, &src.Publisher, &src.Title, &fetched); err != nil {
			return nil, fmt.Errorf("store: sources %s: %w", id, err)
		}
		src.Fetched, _ = time.Parse(time.RFC3339, fetched)
		out = append(out, src)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: sources %s: %w", id, err)
	}
	if len(out) == 0 {
		if _, err := s.Known(ctx, "", id); err != nil {
			return nil, fmt.Errorf("store: sources %s: %w", id, err)
		}
	}
	return out, nil
}

// Count implements store.Store.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.DB.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count: %w", err)
	}
	return n, nil
}

// where builds the conditions of f on documents d.
func (s *Store) where(f store.Filter, topic bool) (string, []any) {
	var conds []string
	var args []any
	if f.Since != "" {
		conds = append(conds, "d.published >= ?")
		args = append(args, f.Since)
	}
	if f.Until != "" {
		conds = append(conds, "d.published <> '' AND d.published < ?")
		args = append(args, store.Until(f.Until))
	}
	if f.Publisher != "" {
		conds = append(conds, "LOWER(d.publisher) = LOWER(?)")
		args = append(args, f.Publisher)
	}
	if f.Entity != "" {
		conds = append(conds, "d.id IN (SELECT doc FROM entities WHERE entity = ? OR LOWER(name) = LOWER(?))")
		args = append(args, f.Entity, f.Entity)
	}
	if topic && f.Topic != "" {
		terms := store.Terms(f.Topic)
		if len(terms) == 0 {
			conds = append(conds, "1 = 0")
		} else {
			c, a := s.Dialect.Match(terms)
			conds = append(conds, c)
			args = append(args, a)
		}
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

const summaryCols = `d.id, d.title, d.source, d.publisher, d.published, d.story, d.tags,
	(SELECT COUNT(*) FROM sources s WHERE s.doc = d.id)`

func scanSummary(sc interface{ Scan(...any) error }, extra ...any) (store.Summary, error) {
	var sm store.Summary
	var tags string
	dest := append([]any{&sm.ID, &sm.Title, &sm.Source, &sm.Publisher, &sm.Published, &sm.Story, &tags, &sm.Sources}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return sm, err
	}
	if err := json.Unmarshal([]byte(tags), &sm.Tags); err != nil || sm.Tags == nil {
		sm.Tags = []string{}
	}
	return sm, nil
}

func limit(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf(" LIMIT %d", n)
}

// List implements store.Store.
func (s *Store) List(ctx context.Context, f store.Filter) ([]store.Summary, error) {
	where, args := s.where(f, true)
	rows, err := s.DB.QueryContext(ctx, s.q(`SELECT `+summaryCols+` FROM documents d`+where+` ORDER BY d.published DESC, d.seq DESC`+limit(f.Limit)), args...)
	if err != nil {
		return nil, fmt.Errorf("store: list: %w", err)
	}
	defer rows.Close()
	out := []store.Summary{}
	for rows.Next() {
		sm, err := scanSummary(rows)
		if err != nil {
			return nil, fmt.Errorf("store: list: %w", err)
		}
		out = append(out, sm)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list: %w", err)
	}
	return out, nil
}

// Search implements store.Store.
func (s *Store) Search(ctx context.Context, query string, f store.Filter) ([]store.Hit, error) {
	terms := store.Terms(query)
	out := []store.Hit{}
	if len(terms) == 0 {
		return out, nil
	}
	sr := s.Dialect.Search(terms)
	where, args := s.where(f, true)
	if where == "" {
		where = " WHERE " + sr.Cond
	} else {
		where += " AND " + sr.Cond
	}
	all := append(append(append([]any{}, sr.FromArgs...), args...), sr.CondArgs...)
	n := f.Limit
	if n <= 0 {
		n = 20
	}
	rows, err := s.DB.QueryContext(ctx, s.q(`SELECT `+summaryCols+`, `+sr.Snippet+`, `+sr.Score+` AS score FROM `+sr.From+where+` ORDER BY score DESC, d.id`+limit(n)), all...)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, err)
	}
	defer rows.Close()
	for rows.Next() {
		var h store.Hit
		sm, err := scanSummary(rows, &h.Snippet, &h.Score)
		if err != nil {
			return nil, fmt.Errorf("store: search %q: %w", query, err)
		}
		h.Summary = sm
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, err)
	}
	return out, nil
}

// Reports implements store.Store: the reports are in List order.
func (s *Store) Reports(ctx context.Context, f store.Filter) ([]*bluf.Report, error) {
	where, args := s.where(f, true)
	rows, err := s.DB.QueryContext(ctx, s.q(`SELECT d.report, d.body FROM documents d`+where+` ORDER BY d.published DESC, d.seq DESC`+limit(f.Limit)), args...)
	if err != nil {
		return nil, fmt.Errorf("store: reports: %w", err)
	}
	defer rows.Close()
	out := []*bluf.Report{}
	for rows.Next() {
		// RawBytes: the JSON is decoded before the next row, so the
		// driver's buffer need not be copied (a brief reads thousands).
		var rep sql.RawBytes
		var body string
		if err := rows.Scan(&rep, &body); err != nil {
			return nil, fmt.Errorf("store: reports: %w", err)
		}
		r, err := store.Restore(rep, body)
		if err != nil {
			return nil, fmt.Errorf("store: reports: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: reports: %w", err)
	}
	return out, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	sort.Strings(s)
	return s
}
