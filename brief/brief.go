// Package brief writes the multi-source brief: one bluf.Report over many
// analysed documents, with the seven sections pooled across them, a
// source table, a timeline, where sources agree and contradict, and what
// changed since a date.
//
// Sources are weighed against each other, not counted: copies of one
// story (the same text, or a near-duplicate republication) are one source;
// documents from one publisher are one source; each source's evidence is
// scaled by its publisher's credibility weight (see weights.txt). The
// brief's hypotheses are the per-document hypotheses clustered by
// wording; its ACH matrix keeps every document's evidence rows, cited as
// "DOCID:sN", rated as their own document rated them.
//
// Build is pure: the same reports and options give the same brief.
package brief

import (
	"fmt"
	"sort"
	"strings"

	"bluf"
	"bluf/store"
)

// Options controls a brief. Zero values get the documented defaults.
type Options struct {
	// Title heads the brief (default "Brief: N documents", or on the
	// topic when Topic is set).
	Title string
	// Topic is the query the documents were selected by, for the title.
	Topic string
	// Since, an ISO date, makes Changes list what documents published on
	// or after it changed in the assessment.
	Since string
	// Weights are the publisher credibility weights (default
	// DefaultWeights()).
	Weights *Weights
	// Clusters maps document IDs to the story clusters of a store
	// (documents from different publishers about one event); documents
	// in one cluster are independent sources that corroborate each other.
	Clusters map[string]string
	// MaxHypotheses bounds the pooled hypotheses (default 6); MaxEvidence
	// the evidence rows shown in the matrix (default 40; scores use all).
	MaxHypotheses, MaxEvidence int
}

// doc is one input report with what the brief derives from it.
type doc struct {
	r   *bluf.Report
	i   int // input order
	pub string
	// date is the published date, or from evidence when dateBasis says so.
	date, dateBasis string
	weight          float64
	story           string // copy group: the ID of its first member
	source          string // independence key: publisher or story
	primary         bool   // first of its copy group: its evidence counts
}

// cite prefixes a document's sentence ID.
func (d *doc) cite(sid string) string { return d.r.ID + ":" + sid }

func (d *doc) cites(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, d.cite(id))
	}
	return out
}

// label names a document for prose: "Publisher (date)" or its title.
func (d *doc) label() string {
	name := d.pub
	if name == "" {
		name = "“" + clip(d.r.Title, 60) + "”"
	}
	if d.dateBasis == "published" {
		return name + ", " + d.date
	}
	return name + ", undated"
}

// Build writes the brief on reports. Reports are not modified.
func Build(reports []*bluf.Report, opt Options) *bluf.Report {
	if opt.Weights == nil {
		opt.Weights = DefaultWeights()
	}
	if opt.MaxHypotheses <= 0 {
		opt.MaxHypotheses = 6
	}
	if opt.MaxEvidence <= 0 {
		opt.MaxEvidence = 40
	}
	b := &builder{opt: opt, cited: map[string]bool{}}
	b.docs = b.prepare(reports)
	out := &bluf.Report{
		Schema:    bluf.SchemaID,
		Authors:   []string{},
		Sentences: []bluf.Sentence{},
		Dropped:   []bluf.Dropped{},
	}
	out.Title = b.title()
	out.ID = briefID(b.docs)
	out.Source = "corpus"
	if len(b.docs) == 0 {
		out.Gaps = []bluf.Gap{{Section: "bluf", Text: "No documents matched; there is nothing to assess."}}
		b.finish(out)
		return out
	}
	pool := b.pool(b.docs)
	b.hypotheses(out, pool)
	b.sections(out, pool)
	b.sourceTable(out, pool)
	out.Timeline = b.timeline()
	out.Agreements, out.Contradictions = b.agreement(pool)
	if opt.Since != "" {
		out.Changes = b.changes(pool)
	}
	b.finish(out)
	return out
}

type builder struct {
	opt   Options
	docs  []*doc
	cited map[string]bool
}

// prepare orders the documents by publication date (undated last), groups copies
// and derives dates, weights and independence keys.
func (b *builder) prepare(reports []*bluf.Report) []*doc {
	seen := map[string]bool{}
	var docs []*doc
	for _, r := range reports {
		if r == nil || r.ID == "" || seen[r.ID] {
			continue
		}
		seen[r.ID] = true
		d := &doc{r: r, pub: strings.TrimSpace(deref(r.Publisher))}
		d.date, d.dateBasis = docDate(r)
		d.weight = b.opt.Weights.Weight(d.pub, r.Source)
		docs = append(docs, d)
	}
	sort.SliceStable(docs, func(i, j int) bool {
		a, c := docs[i], docs[j]
		// A date from evidence is only a lower bound: such documents go
		// with the undated ones, after every dated document.
		if pa, pc := a.dateBasis == "published", c.dateBasis == "published"; pa != pc {
			return pa
		}
		if a.date != c.date {
			return a.date < c.date
		}
		return a.r.ID < c.r.ID
	})
	for i, d := range docs {
		d.i = i
	}
	groupCopies(docs)
	for _, d := range docs {
		if d.pub != "" {
			d.source = "publisher:" + strings.ToLower(d.pub)
		} else {
			d.source = "story:" + d.story
		}
	}
	return docs
}

// groupCopies sets each document's story to the ID of the first document
// whose body it nearly duplicates (the store already merges copies; this
// catches them in reports from elsewhere).
func groupCopies(docs []*doc) {
	type fp struct {
		f store.Fingerprint
		d *doc
	}
	byBand := map[int64][]fp{}
	for _, d := range docs {
		f := store.SimHash(d.r.Body)
		d.story, d.primary = d.r.ID, true
		if f.Shingles > 0 {
			for _, bv := range store.BandValues(f.Hash) {
				for _, c := range byBand[bv] {
					if store.Near(f, c.f) {
						d.story, d.primary = c.d.story, false
						break
					}
				}
				if !d.primary {
					break
				}
			}
		}
		if d.primary && f.Shingles > 0 {
			for _, bv := range store.BandValues(f.Hash) {
				byBand[bv] = append(byBand[bv], fp{f, d})
			}
		}
	}
}

// docDate returns a report's date and how it is known: "published" when
// the document states it, "evidence" (the latest date its events state)
// or "undated".
func docDate(r *bluf.Report) (string, string) {
	if p := store.DatePart(deref(r.Published)); p != "" {
		return p, "published"
	}
	latest := ""
	for _, e := range r.Events {
		if statedDate(e.DateBasis) && store.DatePart(e.Date) != "" && e.Date > latest {
			latest = store.DatePart(e.Date)
		}
	}
	if latest != "" {
		return latest, "evidence"
	}
	return "", "undated"
}

func (b *builder) title() string {
	if b.opt.Title != "" {
		return b.opt.Title
	}
	first, last := "", ""
	for _, d := range b.docs {
		if d.dateBasis == "published" {
			if first == "" || d.date < first {
				first = d.date
			}
			if d.date > last {
				last = d.date
			}
		}
	}
	t := fmt.Sprintf("%d document%s", len(b.docs), plural(len(b.docs)))
	if b.opt.Topic != "" {
		t = b.opt.Topic + ": " + t
	}
	switch {
	case first != "" && first != last:
		t += ", " + first + " to " + last
	case first != "":
		t += ", " + first
	}
	return t
}

// briefID is stable for the same set of documents.
func briefID(docs []*doc) string {
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.r.ID
	}
	sort.Strings(ids)
	return "brief-" + shortHash(strings.Join(ids, ","))
}

// independent counts the distinct sources among docs.
func independent(docs []*doc) int {
	seen := map[string]bool{}
	for _, d := range docs {
		seen[d.source] = true
	}
	return len(seen)
}

// finish collects the cited sentences, in document and body order.
func (b *builder) finish(out *bluf.Report) {
	eachCitations(out, func(ids *[]string) {
		if len(*ids) > 1 {
			*ids = uniq(*ids)
		}
	})
	cited := citedIDs(out)
	for _, d := range b.docs {
		for _, s := range d.r.Sentences {
			id := d.cite(s.ID)
			if cited[id] {
				s.ID = id
				out.Sentences = append(out.Sentences, s)
			}
		}
	}
	nonNilSections(out)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
