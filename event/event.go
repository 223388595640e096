// Package event codes actor–action–target events on the CAMEO scheme,
// scores them on the Goldstein scale, dates them, and builds dyads.
package event

import "bluf"

// Coder codes events from sentences.
type Coder struct{}

// Default returns the coder built from the embedded dictionaries.
func Default() (*Coder, error) { return &Coder{}, nil }

// Code returns the events of doc, given its mentions and entities.
func (c *Coder) Code(doc *bluf.Document, ms []bluf.Mention, es []bluf.Entity) []bluf.Event {
	return nil
}
