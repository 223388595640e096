// Package assess writes the analytic sections of a report: BLUF,
// competing hypotheses with an ACH matrix, key assumptions and red flags,
// risks, recommendations and scenarios, and tags.
package assess

import "bluf"

// Assess fills the analytic sections of r from doc and its mentions;
// r.Entities and r.Events are already set.
func Assess(r *bluf.Report, doc *bluf.Document, ms []bluf.Mention) {}
