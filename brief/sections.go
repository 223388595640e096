package brief

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"bluf"
)

// bluf writes section 1 and the confidence from the pooled matrix.
func (b *builder) bluf(out *bluf.Report, p *pool) {
	nDocs, nInd := len(b.docs), independent(b.docs)
	copies := 0
	for _, d := range b.docs {
		if !d.primary {
			copies++
		}
	}
	f := bluf.ConfidenceFactors{
		Sources:            nDocs,
		IndependentSources: nInd,
		Evidence:           len(p.rows),
	}
	for _, r := range p.rows {
		if r.diag > 0 {
			f.DiagnosticEvidence++
		}
	}
	for _, d := range b.docs {
		if d.dateBasis == "published" {
			f.Dated = true
		}
		if d.pub != "" || len(d.r.Authors) > 0 {
			f.Attributed = true
		}
		for _, rf := range d.r.RedFlags {
			if rf.Kind == "hedged_sourcing" || rf.Kind == "unverified_source" {
				f.HedgedSourcing++
			}
		}
	}
	if len(p.hyps) == 0 {
		out.BLUF = bluf.BLUF{Item: bluf.Item{Text: fmt.Sprintf("The %d documents (%d independent sources) state no competing hypotheses to weigh.", nDocs, nInd), Citations: []string{}}}
		out.Confidence = bluf.Confidence{Level: "low", Item: bluf.Item{Text: "Low confidence: no hypothesis could be tested against the evidence.", Citations: []string{}}, Factors: f}
		out.Gaps = append(out.Gaps, bluf.Gap{Section: "bluf", Text: "None of the documents yields a hypothesis."})
		return
	}
	top := p.hyps[0]
	if len(p.hyps) > 1 {
		f.Margin = round(p.score[p.hyps[1].id] - p.score[top.id])
	}
	sup, ag := sortedKeys(p.support[top.id]), sortedKeys(p.against[top.id])
	cites := b.supportCites(p, top.id, 4)
	var text strings.Builder
	fmt.Fprintf(&text, "Across %d documents from %d independent sources, the best-supported judgment is that %s: %s.",
		nDocs, nInd, lowerFirst(strings.TrimSuffix(top.text(), ".")), p.likelihood(top.id))
	fmt.Fprintf(&text, " Evidence from %d independent source%s is consistent with it", len(sup), plural(len(sup)))
	if len(ag) > 0 {
		fmt.Fprintf(&text, " and from %d inconsistent", len(ag))
	}
	text.WriteString(".")
	out.BLUF = bluf.BLUF{
		Item:       bluf.Item{Text: text.String(), Citations: cites},
		Hypothesis: top.id,
		Likelihood: p.likelihood(top.id),
		Action:     b.action(p),
	}
	level, why := "low", ""
	switch {
	case len(sup) >= 3 && len(ag) <= len(sup)/3 && f.Margin > 0:
		level, why = "high", fmt.Sprintf("%d independent sources corroborate the judgment and few contradict it", len(sup))
	case len(sup) >= 2 && len(ag) < len(sup):
		level, why = "moderate", fmt.Sprintf("%d independent sources corroborate the judgment", len(sup))
	case len(sup) >= 2:
		level, why = "low", fmt.Sprintf("%d independent sources support the judgment but %d contradict it", len(sup), len(ag))
	case len(sup) == 1:
		why = "the judgment rests on one independent source"
	default:
		why = "no source's evidence is rated consistent with the judgment"
	}
	if level != "low" && f.Margin < 0.05 && len(p.hyps) > 1 {
		level = map[string]string{"high": "moderate", "moderate": "low"}[level]
		why += ", but the next hypothesis scores almost as well"
	}
	ctext := fmt.Sprintf("%s confidence: %s.", capitalize(level), why)
	if copies > 0 {
		ctext += fmt.Sprintf(" %d cop%s of stories already counted %s counted once.", copies, map[bool]string{true: "y", false: "ies"}[copies == 1], map[bool]string{true: "is", false: "are"}[copies == 1])
	}
	if f.HedgedSourcing > 0 {
		verb := "rest"
		if f.HedgedSourcing == 1 {
			verb = "rests"
		}
		ctext += fmt.Sprintf(" %d passage%s %s on hedged or unverified sourcing.", f.HedgedSourcing, plural(f.HedgedSourcing), verb)
	}
	out.Confidence = bluf.Confidence{Level: level, Item: bluf.Item{Text: ctext, Citations: cites}, Factors: f}
}

// supportCites returns up to n citations of evidence consistent with
// hypothesis id, from as many different sources as possible.
func (b *builder) supportCites(p *pool, id string, n int) []string {
	var rows []*row
	for _, r := range p.rows {
		if consistency[r.ratings[id]] > 0 {
			rows = append(rows, r)
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		wi := rows[i].w * consistency[rows[i].ratings[id]]
		wj := rows[j].w * consistency[rows[j].ratings[id]]
		return wi > wj
	})
	var out []string
	used := map[string]bool{}
	for pass := 0; pass < 2 && len(out) < n; pass++ {
		for _, r := range rows {
			if len(out) >= n {
				break
			}
			if pass == 0 && used[r.d.source] || len(r.e.Citations) == 0 {
				continue
			}
			c := r.d.cite(r.e.Citations[0])
			if contains(out, c) {
				continue
			}
			used[r.d.source] = true
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		for _, m := range p.hyps[0].members {
			out = append(out, m.d.cites(m.h.Citations)...)
		}
		out = uniq(out)
		if len(out) > n {
			out = out[:n]
		}
	}
	return out
}

// action is the recommendation most sources share, else the best
// source's own.
func (b *builder) action(p *pool) bluf.Item {
	rep := p.hyps[0].representative()
	if a := rep.d.r.BLUF.Action; a.Text != "" {
		return bluf.Item{Text: a.Text, Citations: rep.d.cites(a.Citations)}
	}
	recs := b.pooled(func(d *doc) []bluf.Item {
		var out []bluf.Item
		for _, r := range d.r.Recommendations {
			out = append(out, r.Item)
		}
		return out
	}, 1)
	if len(recs) > 0 {
		return recs[0].item
	}
	return bluf.Item{Text: "", Citations: []string{}}
}

// sameItem is the Jaccard similarity of content terms above which two
// sources' statements (assumptions, risks, indicators...) are one; they
// must also share three terms.
const sameItem = 0.5

func shared(a, b map[string]bool) int {
	n := 0
	for t := range a {
		if b[t] {
			n++
		}
	}
	return n
}

// pooledItem is a statement made by one or more sources.
type pooledItem struct {
	item    bluf.Item
	sources map[string]bool
	docs    []*doc
	terms   map[string]bool
	extra   any // the section's own fields, from the first source
	n       int // order of creation
}

// pooled merges the items of every primary document that get returns,
// joining items worded alike, and returns up to max of them, those stated
// by the most independent sources first.
func (b *builder) pooled(get func(d *doc) []bluf.Item, max int) []*pooledItem {
	return b.pooledExtra(func(d *doc) ([]bluf.Item, []any) {
		its := get(d)
		return its, make([]any, len(its))
	}, max)
}

// pooledValues is pooledExtra for a section's own type: get lists each
// document's values and item points at a value's Item. Each value comes
// back with its merged Item, beside the pooled item it came from.
func pooledValues[T any](b *builder, get func(d *doc) []T, item func(*T) *bluf.Item, max int) ([]T, []*pooledItem) {
	pis := b.pooledExtra(func(d *doc) ([]bluf.Item, []any) {
		vs := get(d)
		its, ex := make([]bluf.Item, len(vs)), make([]any, len(vs))
		for i := range vs {
			its[i], ex[i] = *item(&vs[i]), vs[i]
		}
		return its, ex
	}, max)
	out := make([]T, len(pis))
	for i, pi := range pis {
		out[i] = pi.extra.(T)
		*item(&out[i]) = pi.item
	}
	return out, pis
}

func (b *builder) pooledExtra(get func(d *doc) ([]bluf.Item, []any), max int) []*pooledItem {
	var all []*pooledItem
	index := map[string][]*pooledItem{}
	var counts []int32 // by pooledItem.n
	var touched []int
	for _, d := range b.docs {
		if !d.primary {
			continue
		}
		its, extra := get(d)
		for i, it := range its {
			if strings.TrimSpace(it.Text) == "" {
				continue
			}
			ts := termSet(it.Text)
			// Count the terms each earlier item shares with this one
			// through the index; only those sharing three or more are
			// compared, once each.
			touched = touched[:0]
			for t := range ts {
				for _, c := range index[t] {
					if counts[c.n] == 0 {
						touched = append(touched, c.n)
					}
					counts[c.n]++
				}
			}
			var best *pooledItem
			bestJ := 0.0
			for _, n := range touched {
				c := all[n]
				if counts[n] >= 3 {
					if j := jaccard(ts, c.terms); j >= sameItem && (j > bestJ || j == bestJ && c.n < best.n) {
						best, bestJ = c, j
					}
				}
				counts[n] = 0
			}
			if best == nil {
				best = &pooledItem{item: bluf.Item{Text: it.Text}, sources: map[string]bool{}, terms: ts, extra: extra[i], n: len(all)}
				counts = append(counts, 0)
				all = append(all, best)
				for t := range ts {
					index[t] = append(index[t], best)
				}
			}
			best.sources[d.source] = true
			best.docs = append(best.docs, d)
			if len(best.item.Citations) < 6 {
				best.item.Citations = uniq(append(best.item.Citations, d.cites(firstN(it.Citations, 2))...))
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if len(all[i].sources) != len(all[j].sources) {
			return len(all[i].sources) > len(all[j].sources)
		}
		return all[i].docs[0].weight > all[j].docs[0].weight
	})
	if len(all) > max {
		all = all[:max]
	}
	for _, it := range all {
		if n := len(it.sources); n > 1 {
			it.item.Text = strings.TrimSuffix(strings.TrimSpace(it.item.Text), ".") + fmt.Sprintf(" (%d independent sources).", n)
		}
		if it.item.Citations == nil {
			it.item.Citations = []string{}
		}
	}
	return all
}

// sections pools sections 3 to 7 across the documents.
func (b *builder) sections(out *bluf.Report, p *pool) {
	// Assumptions.
	as, _ := pooledValues(b, func(d *doc) []bluf.Assumption { return d.r.Assumptions },
		func(a *bluf.Assumption) *bluf.Item { return &a.Item }, 8)
	out.Assumptions = append(out.Assumptions, as...)
	// Red flags: evidence against the favoured hypothesis, then the
	// sources' own flags.
	if len(p.hyps) > 0 {
		top := p.hyps[0].id
		n := 0
		for _, r := range p.rows {
			if inconsistency[r.ratings[top]] > 0 && n < 4 {
				n++
				out.RedFlags = append(out.RedFlags, bluf.RedFlag{Kind: "contrary_evidence",
					Item: bluf.Item{Text: fmt.Sprintf("%s reports evidence against %s: %s", r.d.label(), top, r.e.Text), Citations: r.d.cites(r.e.Citations)}})
			}
		}
		if len(p.support[top]) <= 1 {
			out.RedFlags = append(out.RedFlags, bluf.RedFlag{Kind: "absence",
				Item: bluf.Item{Text: fmt.Sprintf("No second independent source corroborates %s.", top), Citations: []string{}}})
		}
	}
	fs, _ := pooledValues(b, func(d *doc) []bluf.RedFlag {
		var own []bluf.RedFlag
		for _, f := range d.r.RedFlags {
			if f.Kind != "contrary_evidence" {
				own = append(own, f)
			}
		}
		return own
	}, func(f *bluf.RedFlag) *bluf.Item { return &f.Item }, 6)
	out.RedFlags = append(out.RedFlags, fs...)
	// Risks, two per domain.
	perDomain := map[string]int{}
	rs, pis := pooledValues(b, func(d *doc) []bluf.Risk { return d.r.Risks },
		func(r *bluf.Risk) *bluf.Item { return &r.Item }, 1000)
	for i, r := range rs {
		if perDomain[r.Domain] >= 2 {
			continue
		}
		perDomain[r.Domain]++
		r.Events = prefixAll(pis[i].docs[0], r.Events)
		out.Risks = append(out.Risks, r)
	}
	sort.SliceStable(out.Risks, func(i, j int) bool { return out.Risks[i].Domain < out.Risks[j].Domain })
	// Recommendations and indicators.
	recs, _ := pooledValues(b, func(d *doc) []bluf.Recommendation { return d.r.Recommendations },
		func(r *bluf.Recommendation) *bluf.Item { return &r.Item }, 6)
	out.Recommendations = append(out.Recommendations, recs...)
	ins, _ := pooledValues(b, func(d *doc) []bluf.Indicator { return d.r.Indicators },
		func(in *bluf.Indicator) *bluf.Item { return &in.Item }, 10)
	out.Indicators = append(out.Indicators, ins...)
	b.scenarios(out, p)
	b.entities(out)
	b.tags(out)
	b.events(out)
}

// scenarios takes the three projections from the source of the favoured
// hypothesis and adds other sources' signposts for the same scenario.
func (b *builder) scenarios(out *bluf.Report, p *pool) {
	if len(p.hyps) == 0 {
		return
	}
	rep := p.hyps[0].representative().d
	conv := func(d *doc, s bluf.Scenario) bluf.Scenario {
		s.Citations = d.cites(s.Citations)
		s.Hypothesis = p.mapped[d][s.Hypothesis]
		sp := make([]bluf.Item, 0, len(s.Signposts))
		for _, x := range s.Signposts {
			sp = append(sp, bluf.Item{Text: x.Text, Citations: d.cites(x.Citations)})
		}
		s.Signposts = sp
		s.Events = prefixAll(d, s.Events)
		return s
	}
	sc := rep.r.Scenarios
	out.Scenarios = bluf.Scenarios{Best: conv(rep, sc.Best), Worst: conv(rep, sc.Worst), MostLikely: conv(rep, sc.MostLikely)}
	for _, d := range b.docs {
		if d == rep || !d.primary {
			continue
		}
		add := func(to *bluf.Scenario, from bluf.Scenario) {
			for _, x := range from.Signposts {
				if len(to.Signposts) < 5 {
					to.Signposts = append(to.Signposts, bluf.Item{Text: x.Text + " (" + d.label() + ")", Citations: d.cites(x.Citations)})
				}
			}
		}
		add(&out.Scenarios.Best, d.r.Scenarios.Best)
		add(&out.Scenarios.Worst, d.r.Scenarios.Worst)
		add(&out.Scenarios.MostLikely, d.r.Scenarios.MostLikely)
	}
}

// entities merges the documents' entities by ID; principal actors are
// those most independent sources name, then the most salient.
func (b *builder) entities(out *bluf.Report) {
	type agg struct {
		e       bluf.Entity
		sources map[string]bool
		sal     float64
	}
	m := map[string]*agg{}
	var order []string
	for _, d := range b.docs {
		if !d.primary {
			continue
		}
		for _, e := range d.r.Entities {
			key := e.ID
			if key == "" {
				key = strings.ToLower(e.Name)
			}
			a := m[key]
			if a == nil {
				a = &agg{e: e, sources: map[string]bool{}}
				a.e.Mentions, a.e.Salience, a.e.Sentences = 0, 0, nil
				a.e.Aliases = nil
				m[key] = a
				order = append(order, key)
			}
			a.sources[d.source] = true
			a.e.Mentions += e.Mentions
			a.sal += e.Salience * d.weight
			a.e.Aliases = uniq(append(a.e.Aliases, e.Aliases...))
			if len(a.e.Sentences) < 6 {
				a.e.Sentences = append(a.e.Sentences, d.cites(firstN(e.Sentences, 2))...)
			}
		}
	}
	n := float64(max(1, independent(b.docs)))
	aggs := make([]*agg, 0, len(order))
	for _, k := range order {
		a := m[k]
		a.e.Salience = round(float64(len(a.sources))/n*0.5 + math.Min(1, a.sal/n)*0.5)
		aggs = append(aggs, a)
	}
	sort.SliceStable(aggs, func(i, j int) bool {
		if aggs[i].e.Salience != aggs[j].e.Salience {
			return aggs[i].e.Salience > aggs[j].e.Salience
		}
		return aggs[i].e.Mentions > aggs[j].e.Mentions
	})
	if len(aggs) > 25 {
		aggs = aggs[:25]
	}
	for _, a := range aggs {
		if a.e.Aliases == nil {
			a.e.Aliases = nil
		}
		out.Entities = append(out.Entities, a.e)
	}
}

func (b *builder) tags(out *bluf.Report) {
	type agg struct {
		t       bluf.Tag
		sources map[string]bool
	}
	m := map[string]*agg{}
	var order []string
	for _, d := range b.docs {
		if !d.primary {
			continue
		}
		for _, t := range d.r.Tags {
			a := m[t.Name]
			if a == nil {
				a = &agg{t: bluf.Tag{Name: t.Name, Kind: t.Kind, Citations: []string{}}, sources: map[string]bool{}}
				m[t.Name] = a
				order = append(order, t.Name)
			}
			a.sources[d.source] = true
			if len(a.t.Citations) < 4 {
				a.t.Citations = append(a.t.Citations, d.cites(firstN(t.Citations, 1))...)
			}
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return len(m[order[i]].sources) > len(m[order[j]].sources) })
	for i, k := range order {
		if i == 20 {
			break
		}
		out.Tags = append(out.Tags, m[k].t)
	}
}

// events keeps the most telling events: corroborated ones first, then
// by the magnitude of their Goldstein score.
func (b *builder) events(out *bluf.Report) {
	type ev struct {
		e   *bluf.Event // not a copy: a brief may read 50,000 events
		d   *doc
		key float64
	}
	count := map[string]map[string]bool{}
	var evs []ev
	for _, d := range b.docs {
		if !d.primary {
			continue
		}
		for i := range d.r.Events {
			e := &d.r.Events[i]
			k := eventKey(*e)
			if count[k] == nil {
				count[k] = map[string]bool{}
			}
			count[k][d.source] = true
			evs = append(evs, ev{e: e, d: d})
		}
	}
	for i := range evs {
		evs[i].key = float64(len(count[eventKey(*evs[i].e)]))*10 + math.Abs(evs[i].e.Goldstein)
		if evs[i].e.Modality != "" && evs[i].e.Modality != "asserted" {
			evs[i].key -= 5
		}
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].key > evs[j].key })
	if len(evs) > 60 {
		evs = evs[:60]
	}
	sort.SliceStable(evs, func(i, j int) bool {
		if evs[i].d.i != evs[j].d.i {
			return evs[i].d.i < evs[j].d.i
		}
		return sidLess(evs[i].e.ID, evs[j].e.ID)
	})
	for _, x := range evs {
		e := *x.e
		e.ID = x.d.r.ID + ":" + e.ID
		e.Sentence = x.d.cite(e.Sentence)
		out.Events = append(out.Events, e)
	}
}

// eventKey identifies an event across documents: what, who and to whom.
func eventKey(e bluf.Event) string {
	return e.Root + "|" + actorKey(e.Source) + "|" + actorKey(e.Target)
}

func actorKey(a bluf.ActorRef) string {
	if a.Entity != "" {
		return a.Entity
	}
	if a.Code != "" {
		return a.Code
	}
	return strings.ToLower(a.Name)
}

func prefixAll(d *doc, ids []string) []string {
	if len(ids) == 0 {
		return nil
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = d.r.ID + ":" + id
	}
	return out
}

// sourceTable writes the documents and which pooled hypotheses each
// one's evidence supports.
func (b *builder) sourceTable(out *bluf.Report, p *pool) {
	supports := map[*doc][]string{}
	for _, h := range p.hyps {
		for _, r := range p.rows {
			if consistency[r.ratings[h.id]] > 0 && !contains(supports[r.d], h.id) {
				supports[r.d] = append(supports[r.d], h.id)
			}
		}
	}
	for _, d := range b.docs {
		sup := supports[d]
		if !d.primary {
			for _, o := range b.docs {
				if o.r.ID == d.story {
					sup = supports[o]
				}
			}
		}
		sort.Strings(sup)
		// A date from evidence is only a lower bound (the latest date the
		// text mentions); the table says undated and the timeline states
		// the bound.
		date, basis := d.date, d.dateBasis
		if basis != "published" {
			date, basis = "", "undated"
		}
		out.Documents = append(out.Documents, bluf.DocRef{
			ID: d.r.ID, Title: d.r.Title, Source: d.r.Source, Publisher: d.pub,
			Published: date, DateBasis: basis, Weight: d.weight, Story: d.story,
			Supports: append([]string{}, sup...),
		})
	}
}
