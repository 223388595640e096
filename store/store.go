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

	// Known returns the ID of the stored document that has url as a
	// source or has the document ID id, and ErrNotFound when there is
	// none. Ingest uses it to skip known sources before analysing them;
	// either argument may be empty.
	Known(ctx context.Context, url, id string) (string, error)
	// Sources returns every recorded source (copy) of a stored document,
	// the original first.
	Sources(ctx context.Context, id string) ([]Source, error)
	// Count returns the number of stored documents (not copies).
	Count(ctx context.Context) (int, error)
}

// Source is where one copy of a story came from.
type Source struct {
	URL       string    `json:"url"`
	Publisher string    `json:"publisher"`
	Fetched   time.Time `json:"fetched"`
	// Title is the copy's own headline, which may differ from the stored
	// document's; Kind is set by Sources: "original", "duplicate" or
	// "near_duplicate".
	Title string `json:"title,omitempty"`
	Kind  string `json:"kind,omitempty"`
}

// AddResult says what Add did.
type AddResult struct {
	ID string `json:"id"`
	// Status is "added", "duplicate" (same URL or text) or
	// "near_duplicate" (same story republished).
	Status string `json:"status"`
	// Distance is the SimHash distance to the stored story when Status is
	// "near_duplicate".
	Distance int `json:"distance,omitempty"`
	// Story is the ID of the story cluster the document belongs to:
	// stories about the same event from different publishers share it
	// but stay separate documents, each an independent source.
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
