// Package actor finds and resolves the people, organizations, states and
// places named in a document, against an embedded, dated knowledge base.
package actor

import "bluf"

// KB is the actor knowledge base.
type KB struct{}

// Default returns the embedded knowledge base, loaded once.
func Default() (*KB, error) { return &KB{}, nil }

// Find returns every mention in doc's body and the entities they resolve
// to, ranked by salience (most salient first). Roles are as of
// doc.Published when known.
func (kb *KB) Find(doc *bluf.Document) ([]bluf.Mention, []bluf.Entity) { return nil, nil }
