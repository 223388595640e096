package brief

import (
	"fmt"
	"sort"
	"strings"

	"bluf"
)

const maxAgreements = 8

// agreement lists where independent sources agree and where they
// contradict each other.
func (b *builder) agreement(p *pool) (agree, contra []bluf.Item) {
	// Judgments several sources reach.
	for _, h := range p.hyps {
		if len(h.sources) < 2 {
			continue
		}
		var names, cites []string
		seen := map[string]bool{}
		for _, m := range h.members {
			if !seen[m.d.source] {
				seen[m.d.source] = true
				names = append(names, m.d.label())
				cites = append(cites, m.d.cites(firstN(m.h.Citations, 1))...)
			}
		}
		agree = append(agree, bluf.Item{
			Text:      fmt.Sprintf("%d independent sources (%s) raise %s: %s.", len(h.sources), strings.Join(names, "; "), h.id, strings.TrimSuffix(h.text(), ".")),
			Citations: uniq(cites),
		})
	}
	for _, h := range p.hyps {
		if sup := p.support[h.id]; len(sup) >= 2 {
			agree = append(agree, bluf.Item{
				Text:      fmt.Sprintf("Evidence from %d independent sources is consistent with %s.", len(sup), h.id),
				Citations: b.supportCites(p, h.id, 4),
			})
		}
	}
	// Events several sources report.
	type evSet struct {
		e       bluf.Event
		sources map[string]bool
		cites   []string
		names   []string
		// asserted and negated are the reports that the event happened
		// and that it did not.
		asserted, negated []evRef
	}
	evs := map[string]*evSet{}
	var keys []string
	for _, d := range b.docs {
		if !d.primary {
			continue
		}
		for _, e := range d.r.Events {
			if e.Source.Name == "" || e.Target.Name == "" {
				continue
			}
			k := eventKey(e)
			s := evs[k]
			if s == nil {
				s = &evSet{e: e, sources: map[string]bool{}}
				evs[k] = s
				keys = append(keys, k)
			}
			switch e.Modality {
			case "", "asserted":
				if !s.sources[d.source] {
					s.sources[d.source] = true
					s.names = append(s.names, d.label())
					s.cites = append(s.cites, d.cite(e.Sentence))
				}
				s.asserted = append(s.asserted, evRef{d, e})
			case "negated":
				s.negated = append(s.negated, evRef{d, e})
			}
		}
	}
	sort.SliceStable(keys, func(i, j int) bool { return len(evs[keys[i]].sources) > len(evs[keys[j]].sources) })
	for _, k := range keys {
		s := evs[k]
		if len(s.sources) >= 2 && len(agree) < maxAgreements*2 {
			agree = append(agree, bluf.Item{
				Text:      fmt.Sprintf("%d independent sources (%s) report %s.", len(s.sources), strings.Join(firstN(s.names, 4), "; "), eventText(s.e)),
				Citations: firstN(s.cites, 4),
			})
		}
		if len(contra) >= maxAgreements {
			continue
		}
		if a, n, ok := conflict(s.asserted, s.negated); ok {
			contra = append(contra, bluf.Item{
				Text:      fmt.Sprintf("%s: reported by %s, denied or ruled out by %s.", eventText(a.e), a.d.label(), n.d.label()),
				Citations: []string{a.d.cite(a.e.Sentence), n.d.cite(n.e.Sentence)},
			})
		}
	}
	// Stories that several publishers tell (store clusters).
	if len(b.opt.Clusters) > 0 {
		groups := map[string][]*doc{}
		var order []string
		for _, d := range b.docs {
			c := b.opt.Clusters[d.r.ID]
			if c == "" || !d.primary {
				continue
			}
			if groups[c] == nil {
				order = append(order, c)
			}
			groups[c] = append(groups[c], d)
		}
		for _, c := range order {
			ds := groups[c]
			if independent(ds) < 2 {
				continue
			}
			var names, cites []string
			for _, d := range ds {
				names = append(names, d.label())
				if len(d.r.Sentences) > 0 {
					cites = append(cites, d.cite(d.r.Sentences[0].ID))
				}
			}
			agree = append(agree, bluf.Item{
				Text:      fmt.Sprintf("%d independent sources report the same story: %s.", independent(ds), strings.Join(firstN(names, 5), "; ")),
				Citations: firstN(cites, 5),
			})
		}
	}
	// Evidence that splits sources on one hypothesis.
	for _, h := range p.hyps {
		var pro, con *row
		for _, r := range p.rows {
			rt := r.ratings[h.id]
			if consistency[rt] > 0 && (pro == nil || r.w > pro.w) {
				pro = r
			}
		}
		for _, r := range p.rows {
			rt := r.ratings[h.id]
			if inconsistency[rt] > 0 && pro != nil && r.d.source != pro.d.source && (con == nil || r.w > con.w) {
				con = r
			}
		}
		if pro != nil && con != nil && len(contra) < maxAgreements {
			contra = append(contra, bluf.Item{
				Text:      fmt.Sprintf("On %s, %s's evidence supports it while %s's contradicts it.", h.id, pro.d.label(), con.d.label()),
				Citations: append(pro.d.cites(firstN(pro.e.Citations, 1)), con.d.cites(firstN(con.e.Citations, 1))...),
			})
		}
	}
	if len(agree) > maxAgreements {
		agree = agree[:maxAgreements]
	}
	return agree, contra
}

// changes compares the assessment over the documents published before
// Since with the assessment over all of them.
func (b *builder) changes(now *pool) []bluf.Item {
	since := b.opt.Since
	var old, fresh []*doc
	for _, d := range b.docs {
		if d.dateBasis == "published" && d.date >= since {
			fresh = append(fresh, d)
		} else {
			old = append(old, d)
		}
	}
	var out []bluf.Item
	if len(fresh) == 0 {
		return []bluf.Item{{Text: fmt.Sprintf("No document published on or after %s; the assessment is unchanged.", since), Citations: []string{}}}
	}
	var names, cites []string
	for _, d := range fresh {
		names = append(names, d.label())
		if len(d.r.Sentences) > 0 && len(cites) < 6 {
			cites = append(cites, d.cite(d.r.Sentences[0].ID))
		}
	}
	out = append(out, bluf.Item{Text: fmt.Sprintf("%d new document%s since %s: %s.", len(fresh), plural(len(fresh)), since, strings.Join(firstN(names, 8), "; ")), Citations: cites})
	isFresh := map[*doc]bool{}
	for _, d := range fresh {
		isFresh[d] = true
	}
	// New hypotheses: raised only by new documents.
	for _, h := range now.hyps {
		allNew := true
		var hc []string
		for _, m := range h.members {
			if !isFresh[m.d] {
				allNew = false
				break
			}
			hc = append(hc, m.d.cites(firstN(m.h.Citations, 1))...)
		}
		if allNew {
			out = append(out, bluf.Item{Text: fmt.Sprintf("New since %s: %s (%s).", since, strings.TrimSuffix(h.text(), "."), h.id), Citations: uniq(hc)})
		}
	}
	// The favoured judgment before and now.
	if len(old) > 0 && len(now.hyps) > 0 {
		ob := &builder{opt: b.opt, docs: old}
		before := ob.pool(old)
		nowTop := now.hyps[0]
		if len(before.hyps) > 0 {
			bt := before.hyps[0]
			if sameMembers(bt, nowTop) {
				out = append(out, bluf.Item{Text: fmt.Sprintf("The favoured judgment is unchanged (%s): %s; it was %s and is now %s.", nowTop.id,
					strings.TrimSuffix(nowTop.text(), "."), before.likelihood(bt.id), now.likelihood(nowTop.id)), Citations: b.supportCites(now, nowTop.id, 2)})
			} else {
				out = append(out, bluf.Item{Text: fmt.Sprintf("The favoured judgment changed: before %s it was that %s; now it is that %s (%s).", since,
					lowerFirst(strings.TrimSuffix(bt.text(), ".")), lowerFirst(strings.TrimSuffix(nowTop.text(), ".")), nowTop.id),
					Citations: b.supportCites(now, nowTop.id, 3)})
			}
		}
	}
	// New actors.
	oldEnt := map[string]bool{}
	for _, d := range old {
		for _, e := range d.r.Entities {
			oldEnt[e.ID] = true
		}
	}
	var newNames, newCites []string
	seen := map[string]bool{}
	for _, d := range fresh {
		es := append([]bluf.Entity(nil), d.r.Entities...)
		sort.SliceStable(es, func(i, j int) bool { return es[i].Salience > es[j].Salience })
		for _, e := range es {
			if e.ID == "" || oldEnt[e.ID] || seen[e.ID] || e.Type == bluf.Nationality || len(newNames) >= 6 {
				continue
			}
			seen[e.ID] = true
			newNames = append(newNames, e.Name)
			newCites = append(newCites, d.cites(firstN(e.Sentences, 1))...)
		}
	}
	if len(newNames) > 0 && len(old) > 0 {
		out = append(out, bluf.Item{Text: fmt.Sprintf("Actors new since %s: %s.", since, strings.Join(newNames, ", ")), Citations: uniq(newCites)})
	}
	return out
}

// sameMembers reports whether two pooled hypotheses share a document's
// hypothesis.
func sameMembers(a, c *hypo) bool {
	for _, m := range a.members {
		for _, n := range c.members {
			if m.d == n.d && m.h.ID == n.h.ID {
				return true
			}
		}
	}
	return false
}

// evRef is one document's report of an event.
type evRef struct {
	d *doc
	e bluf.Event
}

// conflict returns the first report that an event happened and the first
// that it did not which come from different independent sources and may
// be about the same occasion: a denial dated otherwise than the report
// is about another occasion, not a contradiction.
func conflict(asserted, negated []evRef) (a, n evRef, ok bool) {
	for _, a := range asserted {
		for _, n := range negated {
			if a.d.source != n.d.source && sameOccasion(a.e, n.e) {
				return a, n, true
			}
		}
	}
	return evRef{}, evRef{}, false
}

// sameOccasion reports whether two events' stated dates allow them to be
// one occasion: either is undated, or one date contains the other
// ("2024" and "2024-03-02").
func sameOccasion(a, b bluf.Event) bool {
	if !statedDate(a.DateBasis) || !statedDate(b.DateBasis) || a.Date == "" || b.Date == "" {
		return true
	}
	return strings.HasPrefix(a.Date, b.Date) || strings.HasPrefix(b.Date, a.Date)
}
