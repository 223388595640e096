// Package store keeps documents, their reports, entities and events, in
// embedded SQLite (package store/sqlite) or PostgreSQL (store/postgres),
// behind the one Store interface defined here. Both implementations pass
// the same test suite (storetest).
package store

import (
	"context"
	"errors"
	"time"

	"bluf"
)

// ErrNotFound is returned by Get when no document has the ID.
var ErrNotFound = errors.New("not found")

// Store is a corpus of analysed documents.
//
// Implementations must be safe for concurrent use by several goroutines
// and, for PostgreSQL, by several processes. Add must be atomic: after a
// crash either the whole document (report, entities, events, search
// index) is stored or none of it is.
type Store interface {
	// Add stores the analysed document r fetched from src unless the same
	// URL, the same cleaned text or a near-duplicate is already stored, in
	// which case it records src as another source of the existing story.
	Add(ctx context.Context, r *bluf.Report, src Source) (AddResult, error)
	// Get returns the stored report with the given document ID.
	Get(ctx context.Context, id string) (*bluf.Report, error)
	// List returns document summaries matching f, newest first.
	List(ctx context.Context, f Filter) ([]Summary, error)
	// Search returns documents matching a full-text query, best first.
	Search(ctx context.Context, query string, f Filter) ([]Hit, error)
	// Reports returns the full reports matching f, for a brief.
	Reports(ctx context.Context, f Filter) ([]*bluf.Report, error)
	Close() error
}

// Source is where one copy of a story came from.
type Source struct {
	URL       string    `json:"url"`
	Publisher string    `json:"publisher"`
	Fetched   time.Time `json:"fetched"`
}

// AddResult says what Add did.
type AddResult struct {
	ID string `json:"id"`
	// Status is "added", "duplicate" (same URL or text) or
	// "near_duplicate" (same story republished).
	Status string `json:"status"`
	// Story is the ID of the story cluster the document belongs to.
	Story string `json:"story"`
}

// Filter selects documents.
type Filter struct {
	Since     string // ISO date, inclusive
	Until     string // ISO date, inclusive
	Publisher string
	Entity    string // entity ID or name
	Topic     string // full-text query
	Limit     int
}

// Summary is one row of a document list.
type Summary struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Source    string   `json:"source"`
	Publisher string   `json:"publisher"`
	Published string   `json:"published"`
	Story     string   `json:"story"`
	Sources   int      `json:"sources"`
	Tags      []string `json:"tags"`
}

// Hit is one search result.
type Hit struct {
	Summary
	Snippet string  `json:"snippet"`
	Score   float64 `json:"score"`
}
