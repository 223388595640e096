package pipeline

import (
	"context"
	"fmt"
	"sync"

	"bluf"
	"bluf/actor"
	"bluf/assess"
	"bluf/event"
	"bluf/extract"
	"bluf/text"
)

// Analyzer runs the analysis stages on a cleaned document. It is safe
// for concurrent use.
type Analyzer struct {
	kb    *actor.KB
	coder *event.Coder
}

var (
	defaultOnce     sync.Once
	defaultAnalyzer *Analyzer
	defaultErr      error
)

// Default returns the analyzer built from the embedded data, loaded once.
func Default() (*Analyzer, error) {
	defaultOnce.Do(func() {
		defaultAnalyzer, defaultErr = New(nil, nil)
	})
	return defaultAnalyzer, defaultErr
}

// New returns an analyzer using kb and coder; nil means the embedded
// default of each.
func New(kb *actor.KB, coder *event.Coder) (*Analyzer, error) {
	var err error
	if kb == nil {
		if kb, err = actor.Default(); err != nil {
			return nil, fmt.Errorf("load actors: %w", err)
		}
	}
	if coder == nil {
		if coder, err = event.Default(); err != nil {
			return nil, fmt.Errorf("load event dictionaries: %w", err)
		}
	}
	return &Analyzer{kb: kb, coder: coder}, nil
}

// Read reads and cleans source, then analyses it.
func (a *Analyzer) Read(ctx context.Context, source string, opt extract.Options) (*bluf.Report, error) {
	doc, err := extract.Read(ctx, source, opt)
	if err != nil {
		return nil, err
	}
	return a.Analyze(doc), nil
}

// Analyze segments doc (when not yet done) and writes its report.
func (a *Analyzer) Analyze(doc *bluf.Document) *bluf.Report {
	if doc.Paragraphs == nil {
		doc.Paragraphs = text.Paragraphs(doc.Body)
	}
	if doc.Sentences == nil {
		doc.Sentences = text.Sentences(doc.Body, doc.Paragraphs)
	}
	ms, es := a.kb.Find(doc)
	evs := a.coder.Code(doc, ms, es)
	r := NewReport(doc)
	r.Entities = es
	r.Events = evs
	assess.Assess(r, doc, ms)
	r.Entities = keyEntities(es)
	return r
}

// keyEntities keeps the entities that matter to the analysis, in ranking
// order, for the report's key-entities section; "bluf entities" lists
// them all.
func keyEntities(es []bluf.Entity) []bluf.Entity {
	key := actor.Key(es)
	out := make([]bluf.Entity, 0, len(es))
	for i, e := range es {
		if key[i] {
			out = append(out, e)
		}
	}
	return out
}

// NewReport returns a report carrying doc's metadata and text, with empty
// (non-nil) sections.
func NewReport(doc *bluf.Document) *bluf.Report {
	r := &bluf.Report{
		Schema:    bluf.SchemaID,
		ID:        doc.ID,
		Title:     doc.Title,
		Source:    doc.Source,
		Publisher: nullable(doc.Publisher),
		Published: nullable(doc.Published),
		Language:  nullable(doc.Language),
		Authors:   nonNil(doc.Authors),
		Body:      doc.Body,
		Sentences: nonNil(doc.Sentences),
		Dropped:   nonNil(doc.Dropped),
	}
	return r
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
