// Package memory is an in-memory store.Store: nothing is written to disk
// and everything is lost when the process exits. It backs tests and
// "bluf serve --db memory:". It decides duplicates, near-duplicates and
// story clusters with the same helpers as the SQL stores (store.NewRow,
// store.Near, Row.SameStory) and passes the same suite (storetest).
package memory

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"bluf"
	"bluf/store"
)

var _ store.Store = (*Store)(nil)

// Store is an in-memory corpus. The zero value is not usable; call New.
// It is safe for concurrent use. Reports returned by Get and Reports are
// shared with the store and must not be modified.
type Store struct {
	mu     sync.RWMutex
	docs   map[string]*entry
	order  []string          // IDs in insertion order
	urls   map[string]string // source URL -> document ID
	closed bool
}

type entry struct {
	seq     int
	report  *bluf.Report
	row     *store.Row
	sources []store.Source
	story   string
	top     []string // top entity IDs, for clustering
	// title and body are the lower-cased words, for search.
	title, body []string
}

// New returns an empty store.
func New() *Store {
	return &Store{docs: map[string]*entry{}, urls: map[string]string{}}
}

// Open opens an empty store; dsn is ignored. It has the signature of a
// store.Opener.
func Open(ctx context.Context, dsn string) (store.Store, error) { return New(), nil }

// realURL reports whether u identifies a source: not empty and not
// standard input.
func realURL(u string) bool { return u != "" && u != "-" }

// Add stores r unless its URL or text is already stored or it is a near
// duplicate of a stored document; then it records src as another source.
func (s *Store) Add(ctx context.Context, r *bluf.Report, src store.Source) (store.AddResult, error) {
	if err := ctx.Err(); err != nil {
		return store.AddResult{}, err
	}
	row, err := store.NewRow(r)
	if err != nil {
		return store.AddResult{}, fmt.Errorf("memory.Add: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return store.AddResult{}, fmt.Errorf("memory.Add %s: store closed", r.ID)
	}
	if src.Title == "" {
		src.Title = r.Title
	}
	if realURL(src.URL) {
		if id, ok := s.urls[src.URL]; ok {
			return store.AddResult{ID: id, Status: store.Duplicate, Story: s.docs[id].story}, nil
		}
	}
	if e, ok := s.docs[r.ID]; ok {
		s.record(e, src, store.Duplicate)
		return store.AddResult{ID: e.report.ID, Status: store.Duplicate, Story: e.story}, nil
	}
	for _, id := range s.order {
		e := s.docs[id]
		if store.Near(row.Fingerprint, e.row.Fingerprint) {
			s.record(e, src, store.NearDuplicate)
			return store.AddResult{ID: id, Status: store.NearDuplicate, Story: e.story,
				Distance: store.Distance(row.Fingerprint.Hash, e.row.Fingerprint.Hash)}, nil
		}
	}
	e := &entry{
		seq:    len(s.order),
		report: r,
		row:    row,
		story:  r.ID,
		top:    row.TopEntities(store.ClusterEntities),
		title:  store.Words(r.Title),
		body:   store.Words(r.Body),
	}
	for _, id := range s.order {
		c := s.docs[id]
		shared := 0
		for _, t := range e.top {
			if slices.Contains(c.top, t) {
				shared++
			}
		}
		cand := store.Candidate{ID: id, Story: c.story, Published: c.row.Published, Keywords: c.row.Keywords, Shared: shared}
		if row.SameStory(cand) {
			e.story = c.story
			break
		}
	}
	s.docs[r.ID] = e
	s.order = append(s.order, r.ID)
	s.record(e, src, "original")
	return store.AddResult{ID: r.ID, Status: store.Added, Story: e.story}, nil
}

// record adds src to e's sources. The caller holds s.mu.
func (s *Store) record(e *entry, src store.Source, kind string) {
	src.Kind = kind
	e.sources = append(e.sources, src)
	if realURL(src.URL) {
		s.urls[src.URL] = e.report.ID
	}
}

// Get returns the report with the given ID, or store.ErrNotFound.
func (s *Store) Get(ctx context.Context, id string) (*bluf.Report, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.docs[id]
	if !ok {
		return nil, fmt.Errorf("memory.Get %s: %w", id, store.ErrNotFound)
	}
	return e.report, nil
}

// Known returns the ID of the document with url as a source or with ID
// id, or store.ErrNotFound.
func (s *Store) Known(ctx context.Context, url, id string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if realURL(url) {
		if found, ok := s.urls[url]; ok {
			return found, nil
		}
	}
	if _, ok := s.docs[id]; ok {
		return id, nil
	}
	return "", fmt.Errorf("memory.Known %q %q: %w", url, id, store.ErrNotFound)
}

// Sources returns a copy of the recorded sources of a document, the
// original first.
func (s *Store) Sources(ctx context.Context, id string) ([]store.Source, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.docs[id]
	if !ok {
		return nil, fmt.Errorf("memory.Sources %s: %w", id, store.ErrNotFound)
	}
	return slices.Clone(e.sources), nil
}

// Count returns the number of stored documents.
func (s *Store) Count(ctx context.Context) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.docs), nil
}

// List returns summaries of the documents matching f, newest first:
// by publication date, undated documents last, then latest added first.
func (s *Store) List(ctx context.Context, f store.Filter) ([]store.Summary, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	es := s.match(f)
	out := make([]store.Summary, 0, len(es))
	for _, e := range es {
		out = append(out, summary(e))
	}
	return out, nil
}

// Search returns the documents matching query (words, all required;
// "a OR b" for either), best first. The score counts occurrences of the
// query's words, a title occurrence counting three.
func (s *Store) Search(ctx context.Context, query string, f store.Filter) ([]store.Hit, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	q := parse(query)
	hits := []store.Hit{}
	if len(q) == 0 {
		return hits, nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	f.Topic = ""
	limit := f.Limit
	f.Limit = 0
	for _, e := range s.match(f) {
		score, ok := e.score(q)
		if !ok {
			continue
		}
		hits = append(hits, store.Hit{Summary: summary(e), Snippet: snippet(e.report, q), Score: score})
	}
	slices.SortStableFunc(hits, func(a, b store.Hit) int { return cmp.Compare(b.Score, a.Score) })
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

// Reports returns the reports matching f, newest first.
func (s *Store) Reports(ctx context.Context, f store.Filter) ([]*bluf.Report, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	es := s.match(f)
	out := make([]*bluf.Report, 0, len(es))
	for _, e := range es {
		out = append(out, e.report)
	}
	return out, nil
}

// Close releases the store; later calls to Add fail.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	return nil
}

// match returns the entries matching f in list order. The caller holds
// s.mu.
func (s *Store) match(f store.Filter) []*entry {
	var topic query
	if f.Topic != "" {
		if topic = parse(f.Topic); len(topic) == 0 {
			return nil
		}
	}
	var out []*entry
	for _, id := range s.order {
		e := s.docs[id]
		date := e.row.Published
		if f.Since != "" && (date == "" || date < f.Since) {
			continue
		}
		if f.Until != "" && (date == "" || date >= store.Until(f.Until)) {
			continue
		}
		if f.Publisher != "" && !strings.EqualFold(e.row.Publisher, f.Publisher) {
			continue
		}
		if f.Entity != "" && !hasEntity(e.report, f.Entity) {
			continue
		}
		if topic != nil {
			if _, ok := e.score(topic); !ok {
				continue
			}
		}
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *entry) int {
		da, db := a.row.Published, b.row.Published
		switch {
		case da == db:
			return cmp.Compare(b.seq, a.seq)
		case da == "":
			return 1
		case db == "":
			return -1
		}
		return strings.Compare(db, da)
	})
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out
}

func hasEntity(r *bluf.Report, want string) bool {
	for _, e := range r.Entities {
		if e.ID == want || strings.EqualFold(e.Name, want) {
			return true
		}
		for _, a := range e.Aliases {
			if strings.EqualFold(a, want) {
				return true
			}
		}
	}
	return false
}

// query is a parsed full-text query: every clause must match, and a
// clause matches when any of its words occurs.
type query [][]string

// parse reads a query with store.Terms: words, with OR between two words
// joining them into one clause.
func parse(q string) query {
	var out query
	or := false
	for _, t := range store.Terms(q) {
		switch {
		case t == "OR":
			or = true
		case or && len(out) > 0:
			out[len(out)-1] = append(out[len(out)-1], t)
			or = false
		default:
			out = append(out, []string{t})
		}
	}
	return out
}

// score counts the occurrences of q's words in e, title words counting
// three; ok is false when a clause does not match.
func (e *entry) score(q query) (score float64, ok bool) {
	for _, clause := range q {
		n := 0
		for _, t := range clause {
			n += 3*count(e.title, t) + count(e.body, t)
		}
		if n == 0 {
			return 0, false
		}
		score += float64(n)
	}
	return score, true
}

func count(ws []string, w string) int {
	n := 0
	for _, x := range ws {
		if x == w {
			n++
		}
	}
	return n
}

func summary(e *entry) store.Summary {
	tags := e.row.Tags
	if tags == nil {
		tags = []string{}
	}
	return store.Summary{
		ID:        e.row.ID,
		Title:     e.row.Title,
		Source:    e.row.Source,
		Publisher: e.row.Publisher,
		Published: e.row.Published,
		Story:     e.story,
		Sources:   len(e.sources),
		Tags:      tags,
	}
}

// snippet returns the first sentence holding one of q's words, cut to
// about 240 bytes.
func snippet(r *bluf.Report, q query) string {
	for _, s := range r.Sentences {
		for _, w := range store.Words(s.Text) {
			for _, clause := range q {
				if slices.Contains(clause, w) {
					return cut(s.Text, 240)
				}
			}
		}
	}
	return ""
}

// cut shortens s to at most about n bytes at a space, marking the cut.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := strings.LastIndexByte(s[:n], ' ')
	if i <= 0 {
		i = n
		for i > 0 && s[i]&0xC0 == 0x80 {
			i--
		}
	}
	return strings.TrimSpace(s[:i]) + "…"
}
