package server

import (
	"cmp"
	"fmt"
	"html"
	"html/template"
	"maps"
	"math"
	"regexp"
	"slices"
	"strings"
	"time"

	"bluf"
	"bluf/report"
	"bluf/store"
)

// reportView is what the report and brief pages render.
type reportView struct {
	R     *bluf.Report
	Brief bool
	// Paras is the article text as paragraphs of sentences (for a brief,
	// the cited sentences grouped by document).
	Paras  []para
	Hyps   []bluf.Hypothesis
	Matrix matrix
	Risks  []riskGroup
	Dyads  []dyad
	// Viz feeds the charts and the network graph (JSON in the page).
	Viz     viz
	Sources []store.Source
	// Events in date order, undated last.
	Events []bluf.Event
	Filter store.Filter
	// ChangesSince is the brief's changes_since parameter.
	ChangesSince string
	Cited        map[string]bool
	// Notice reports the outcome of adding the document.
	Notice string
}

type para struct {
	// Doc and DocTitle head a brief's group of evidence.
	Doc, DocTitle string
	Sents         []sent
}

type sent struct {
	ID, Text string
	// Sep is the text between the previous sentence and this one.
	Sep   string
	Cited bool
	// Href links a brief's evidence to its document.
	Href string
}

type matrix struct {
	Hyps []matrixHyp
	Rows []matrixRow
	Max  float64 // largest diagnosticity, for scaling the bars
}

type matrixHyp struct {
	ID, Text, Likelihood string
	Score                float64
	HasScore, Best       bool
}

type matrixRow struct {
	bluf.ACHEvidence
	Cells []string
	// DiagPct is the row's diagnosticity as a share of the largest.
	DiagPct int
}

type riskGroup struct {
	Domain string
	Risks  []bluf.Risk
}

// dyad is one directed actor pair of the dyad relation index: the mean
// Goldstein score of the events from Source to Target.
type dyad struct {
	Source string  `json:"source"`
	Target string  `json:"target"`
	Count  int     `json:"count"`
	Mean   float64 `json:"mean"`
	Coop   int     `json:"coop"`
	Conf   int     `json:"conf"`
}

type viz struct {
	Timeline []point `json:"timeline"`
	// Trends are the dyad relation index over time of the most active
	// dyads with dated events.
	Trends []trend `json:"trends"`
	Dyads  []dyad  `json:"dyads"`
	Nodes  []node  `json:"nodes"`
	Edges  []edge  `json:"edges"`
}

// trend is the running mean Goldstein score of one directed dyad, one
// point per date with events.
type trend struct {
	Label  string      `json:"label"`
	Points []trendStep `json:"points"`
}

type trendStep struct {
	T     int64   `json:"t"`
	Index float64 `json:"y"`
}

// maxTrends is how many dyads the timeline follows.
const maxTrends = 3

// trends follows the dyad relation index through time for the most
// active dyads with events on at least two dates: at each date, the mean
// Goldstein score of the dyad's events up to and including that date.
func trends(evs []bluf.Event) []trend {
	type acc struct {
		label string
		byT   map[int64][]float64
	}
	m := map[string]*acc{}
	var keys []string
	for _, e := range evs {
		t, ok := parseDate(e.Date)
		if !ok || e.Source.Name == "" || e.Target.Name == "" {
			continue
		}
		k := actorKey(e.Source) + "\x00" + actorKey(e.Target)
		a := m[k]
		if a == nil {
			a = &acc{label: e.Source.Name + " → " + e.Target.Name, byT: map[int64][]float64{}}
			m[k] = a
			keys = append(keys, k)
		}
		a.byT[t.UnixMilli()] = append(a.byT[t.UnixMilli()], e.Goldstein)
	}
	var out []trend
	for _, k := range keys {
		a := m[k]
		if len(a.byT) < 2 {
			continue
		}
		ts := slices.Sorted(maps.Keys(a.byT))
		tr := trend{Label: a.label}
		sum, n := 0.0, 0
		for _, t := range ts {
			for _, g := range a.byT[t] {
				sum += g
				n++
			}
			tr.Points = append(tr.Points, trendStep{T: t, Index: round2(sum / float64(n))})
		}
		out = append(out, tr)
	}
	slices.SortStableFunc(out, func(a, b trend) int {
		return cmp.Or(cmp.Compare(len(b.Points), len(a.Points)), strings.Compare(a.Label, b.Label))
	})
	return out[:min(len(out), maxTrends)]
}

// point is one dated event on the timeline: T is milliseconds since the
// epoch (UTC midnight of the date's first day).
type point struct {
	T         int64   `json:"t"`
	Date      string  `json:"date"`
	Goldstein float64 `json:"y"`
	Label     string  `json:"label"`
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Sentence  string  `json:"sentence"`
	Quad      int     `json:"quad"`
	Modality  string  `json:"modality"`
}

type node struct {
	ID       string  `json:"id"`
	Label    string  `json:"label"`
	Type     string  `json:"type"`
	Mentions int     `json:"mentions"`
	Salience float64 `json:"salience"`
}

type edge struct {
	ID     string  `json:"id"`
	Source string  `json:"source"`
	Target string  `json:"target"`
	Count  int     `json:"count"`
	Mean   float64 `json:"mean"`
}

// maxNodes caps the network graph: the most salient entities and every
// event actor.
const maxNodes = 40

func newReportView(r *bluf.Report, brief bool) *reportView {
	v := &reportView{R: r, Brief: brief, Cited: report.Cited(r)}
	if brief {
		v.Paras = evidenceParas(r)
	} else {
		v.Paras = articleParas(r, v.Cited)
	}
	v.Hyps = slices.Clone(r.Hypotheses)
	slices.SortStableFunc(v.Hyps, func(a, b bluf.Hypothesis) int {
		return cmp.Compare(rankKey(a.Rank), rankKey(b.Rank))
	})
	v.Matrix = newMatrix(r)
	v.Risks = groupRisks(r.Risks)
	v.Dyads = dyads(r.Events)
	v.Events = sortedEvents(r.Events)
	v.Viz = viz{Timeline: timeline(r.Events), Trends: trends(r.Events), Dyads: v.Dyads}
	v.Viz.Nodes, v.Viz.Edges = network(r.Entities, r.Events)
	return v
}

func rankKey(r int) int {
	if r <= 0 {
		return math.MaxInt
	}
	return r
}

// articleParas lays out the body as paragraphs of sentence spans. The
// text between two sentences of a paragraph is kept from the body when
// the offsets are sound, a space otherwise.
func articleParas(r *bluf.Report, cited map[string]bool) []para {
	var out []para
	prevPara, prevEnd := -1, -1
	for _, s := range r.Sentences {
		if s.Para != prevPara || len(out) == 0 {
			out = append(out, para{})
			prevPara, prevEnd = s.Para, -1
		}
		p := &out[len(out)-1]
		sep := ""
		if len(p.Sents) > 0 {
			sep = " "
			if prevEnd >= 0 && prevEnd <= s.Start && s.Start <= len(r.Body) {
				switch gap := r.Body[prevEnd:s.Start]; {
				case gap == "":
					sep = ""
				case strings.TrimSpace(gap) != "":
					sep = gap
				}
			}
		}
		p.Sents = append(p.Sents, sent{ID: s.ID, Text: s.Text, Sep: sep, Cited: cited[s.ID]})
		prevEnd = s.End
		if s.End < s.Start || s.End > len(r.Body) {
			prevEnd = -1
		}
	}
	return out
}

// evidenceParas groups a brief's cited sentences ("DOC:s12") by
// document, in the order of the source table.
func evidenceParas(r *bluf.Report) []para {
	titles := map[string]string{}
	order := map[string]int{}
	for i, d := range r.Documents {
		titles[d.ID] = d.Title
		order[d.ID] = i
	}
	byDoc := map[string]*para{}
	var docs []string
	for _, s := range r.Sentences {
		doc, local, ok := strings.Cut(s.ID, ":")
		if !ok {
			doc, local = "", s.ID
		}
		p := byDoc[doc]
		if p == nil {
			p = &para{Doc: doc, DocTitle: cmp.Or(titles[doc], doc)}
			byDoc[doc] = p
			docs = append(docs, doc)
		}
		href := ""
		if doc != "" {
			href = "/doc/" + doc + "#" + local
		}
		p.Sents = append(p.Sents, sent{ID: s.ID, Text: s.Text, Cited: true, Href: href})
	}
	slices.SortStableFunc(docs, func(a, b string) int {
		oa, okA := order[a]
		ob, okB := order[b]
		switch {
		case okA && okB:
			return cmp.Compare(oa, ob)
		case okA:
			return -1
		case okB:
			return 1
		}
		return strings.Compare(a, b)
	})
	out := make([]para, 0, len(docs))
	for _, d := range docs {
		out = append(out, *byDoc[d])
	}
	return out
}

func newMatrix(r *bluf.Report) matrix {
	var m matrix
	text := map[string]bluf.Hypothesis{}
	for _, h := range r.Hypotheses {
		text[h.ID] = h
	}
	ids := r.ACH.Hypotheses
	if len(ids) == 0 {
		for _, h := range r.Hypotheses {
			ids = append(ids, h.ID)
		}
	}
	best, bestScore := "", math.Inf(1)
	for _, id := range ids {
		sc, ok := r.ACH.Scores[id]
		if ok && sc < bestScore {
			best, bestScore = id, sc
		}
	}
	for _, id := range ids {
		h := text[id]
		sc, ok := r.ACH.Scores[id]
		m.Hyps = append(m.Hyps, matrixHyp{ID: id, Text: h.Text, Likelihood: h.Likelihood, Score: sc, HasScore: ok, Best: id == best})
	}
	for _, e := range r.ACH.Evidence {
		m.Max = math.Max(m.Max, e.Diagnosticity)
	}
	for _, e := range r.ACH.Evidence {
		row := matrixRow{ACHEvidence: e}
		for _, id := range ids {
			row.Cells = append(row.Cells, cmp.Or(e.Ratings[id], bluf.NotApplicable))
		}
		if m.Max > 0 {
			row.DiagPct = int(math.Round(100 * e.Diagnosticity / m.Max))
		}
		m.Rows = append(m.Rows, row)
	}
	return m
}

var domainOrder = []string{"geopolitical", "security", "economic", "domestic_political", "cyber_information", "humanitarian"}

func groupRisks(rs []bluf.Risk) []riskGroup {
	var out []riskGroup
	idx := map[string]int{}
	for _, r := range rs {
		i, ok := idx[r.Domain]
		if !ok {
			i = len(out)
			idx[r.Domain] = i
			out = append(out, riskGroup{Domain: r.Domain})
		}
		out[i].Risks = append(out[i].Risks, r)
	}
	slices.SortStableFunc(out, func(a, b riskGroup) int {
		return cmp.Compare(domainRank(a.Domain), domainRank(b.Domain))
	})
	return out
}

func domainRank(d string) int {
	if i := slices.Index(domainOrder, d); i >= 0 {
		return i
	}
	return len(domainOrder)
}

func actorKey(a bluf.ActorRef) string {
	return cmp.Or(a.Entity, "name:"+a.Name)
}

// dyads computes the dyad relation index: per directed actor pair, the
// number of events, their mean Goldstein score and the counts of
// cooperative (quad class 1, 2) and conflictual (3, 4) events. Most
// active pairs first.
func dyads(evs []bluf.Event) []dyad {
	type acc struct {
		d   dyad
		sum float64
	}
	m := map[string]*acc{}
	var keys []string
	for _, e := range evs {
		if e.Source.Name == "" || e.Target.Name == "" {
			continue
		}
		k := actorKey(e.Source) + "\x00" + actorKey(e.Target)
		a := m[k]
		if a == nil {
			a = &acc{d: dyad{Source: e.Source.Name, Target: e.Target.Name}}
			m[k] = a
			keys = append(keys, k)
		}
		a.d.Count++
		a.sum += e.Goldstein
		switch e.QuadClass {
		case 1, 2:
			a.d.Coop++
		case 3, 4:
			a.d.Conf++
		}
	}
	out := make([]dyad, 0, len(keys))
	for _, k := range keys {
		a := m[k]
		a.d.Mean = round2(a.sum / float64(a.d.Count))
		out = append(out, a.d)
	}
	slices.SortStableFunc(out, func(a, b dyad) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(math.Abs(b.Mean), math.Abs(a.Mean)),
			strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target))
	})
	return out
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// sortedEvents orders events by date (undated last), keeping text order
// within a date.
func sortedEvents(evs []bluf.Event) []bluf.Event {
	out := slices.Clone(evs)
	slices.SortStableFunc(out, func(a, b bluf.Event) int {
		switch {
		case a.Date == b.Date:
			return 0
		case a.Date == "":
			return 1
		case b.Date == "":
			return -1
		}
		return strings.Compare(a.Date, b.Date)
	})
	return out
}

// parseDate reads an ISO 8601 year, month or day.
func parseDate(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) >= len(layout) {
			if t, err := time.Parse(layout, s[:len(layout)]); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

func timeline(evs []bluf.Event) []point {
	out := []point{}
	for _, e := range evs {
		t, ok := parseDate(e.Date)
		if !ok {
			continue
		}
		out = append(out, point{
			T: t.UnixMilli(), Date: e.Date, Goldstein: e.Goldstein, Label: e.Label,
			Source: e.Source.Name, Target: e.Target.Name, Sentence: e.Sentence,
			Quad: e.QuadClass, Modality: e.Modality,
		})
	}
	slices.SortStableFunc(out, func(a, b point) int { return cmp.Compare(a.T, b.T) })
	return out
}

// network returns the actor graph: one edge per directed pair of actors
// with events between them, and those actors as nodes; when no event
// links two actors, the most salient entities alone.
func network(es []bluf.Entity, evs []bluf.Event) ([]node, []edge) {
	nodes := []node{}
	seen := map[string]bool{}
	byID := map[string]bluf.Entity{}
	for _, e := range es {
		byID[e.ID] = e
	}
	addNode := func(id, label, typ string, mentions int, sal float64) {
		if !seen[id] {
			seen[id] = true
			nodes = append(nodes, node{ID: id, Label: label, Type: typ, Mentions: mentions, Salience: sal})
		}
	}
	for _, ev := range evs {
		for _, a := range []bluf.ActorRef{ev.Source, ev.Target} {
			if a.Name == "" {
				continue
			}
			if e, ok := byID[a.Entity]; ok {
				addNode(e.ID, e.Name, string(e.Type.Coarse()), e.Mentions, e.Salience)
			} else {
				addNode(actorKey(a), a.Name, "other", 1, 0)
			}
		}
	}
	ranked := slices.Clone(es)
	slices.SortStableFunc(ranked, func(a, b bluf.Entity) int {
		return cmp.Or(cmp.Compare(b.Salience, a.Salience), cmp.Compare(b.Mentions, a.Mentions))
	})
	for _, e := range ranked {
		if len(nodes) >= maxNodes {
			break
		}
		if e.Type == bluf.Nationality {
			continue
		}
		addNode(e.ID, e.Name, string(e.Type.Coarse()), e.Mentions, e.Salience)
	}
	type acc struct {
		e   edge
		sum float64
	}
	m := map[string]*acc{}
	var keys []string
	for _, ev := range evs {
		if ev.Source.Name == "" || ev.Target.Name == "" {
			continue
		}
		s, t := nodeID(ev.Source, byID), nodeID(ev.Target, byID)
		if s == t {
			continue
		}
		k := s + "\x00" + t
		a := m[k]
		if a == nil {
			a = &acc{e: edge{ID: fmt.Sprintf("e%d", len(keys)+1), Source: s, Target: t}}
			m[k] = a
			keys = append(keys, k)
		}
		a.e.Count++
		a.sum += ev.Goldstein
	}
	edges := make([]edge, 0, len(keys))
	linked := map[string]bool{}
	for _, k := range keys {
		a := m[k]
		a.e.Mean = round2(a.sum / float64(a.e.Count))
		edges = append(edges, a.e)
		linked[a.e.Source], linked[a.e.Target] = true, true
	}
	// With events to show, entities in none of them would only crowd the
	// graph (the table lists them all); without, the entities alone are
	// the picture.
	if len(edges) > 0 {
		nodes = slices.DeleteFunc(nodes, func(n node) bool { return !linked[n.ID] })
	}
	return nodes, edges
}

func nodeID(a bluf.ActorRef, byID map[string]bluf.Entity) string {
	if _, ok := byID[a.Entity]; ok {
		return a.Entity
	}
	return actorKey(a)
}

// marker matches a citation marker written into a text: [s12] or
// [0123456789abcdef:s12].
var marker = regexp.MustCompile(`\[((?:[0-9a-f]{6,64}:)?s[0-9]+)\]`)

// linkify escapes text and turns its citation markers into links to the
// cited sentence.
func linkify(text string) template.HTML {
	var b strings.Builder
	last := 0
	for _, m := range marker.FindAllStringSubmatchIndex(text, -1) {
		b.WriteString(html.EscapeString(text[last:m[0]]))
		id := html.EscapeString(text[m[2]:m[3]])
		fmt.Fprintf(&b, `<a class="cite" href="#%s" data-s="%s">%s</a>`, id, id, html.EscapeString(citeLabel(text[m[2]:m[3]])))
		last = m[1]
	}
	b.WriteString(html.EscapeString(text[last:]))
	return template.HTML(b.String())
}
