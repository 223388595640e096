package event

import (
	"math"
	"sort"

	"bluf"
)

// Thread is the events of one directed actor pair, in date order.
type Thread struct {
	Source bluf.ActorRef `json:"source"`
	Target bluf.ActorRef `json:"target"`
	Events []bluf.Event  `json:"events"`
}

// Key returns the identity of an actor for grouping: its code, else its
// entity ID, else its name.
func Key(a bluf.ActorRef) string {
	switch {
	case a.Code != "":
		return a.Code
	case a.Entity != "":
		return a.Entity
	}
	return a.Name
}

// Timeline returns the events of each directed actor pair, dated events
// first in date order (undated ones last, in input order), pairs with the
// most events first. Events without a source or a target are left out.
// It works on one document's events or a corpus's.
func Timeline(evs []bluf.Event) []Thread {
	idx := map[[2]string]int{}
	var out []Thread
	for _, e := range evs {
		s, t := Key(e.Source), Key(e.Target)
		if s == "" || t == "" {
			continue
		}
		k := [2]string{s, t}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, Thread{Source: e.Source, Target: e.Target})
		}
		out[i].Events = append(out[i].Events, e)
	}
	for i := range out {
		sortByDate(out[i].Events)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Events) != len(out[j].Events) {
			return len(out[i].Events) > len(out[j].Events)
		}
		ki := Key(out[i].Source) + "\x00" + Key(out[i].Target)
		kj := Key(out[j].Source) + "\x00" + Key(out[j].Target)
		return ki < kj
	})
	return out
}

// sortByDate orders events by date, undated last; ties keep input order.
func sortByDate(evs []bluf.Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i].Date, evs[j].Date
		if (a == "") != (b == "") {
			return a != ""
		}
		return a < b
	})
}

// Trends of a dyad.
const (
	Warming = "warming"
	Souring = "souring"
	Stable  = "stable"
)

// TrendThreshold is the change in mean Goldstein score between the
// latest period and the ones before it that counts as a trend.
const TrendThreshold = 1.0

// Period is one period of a dyad: its asserted events and their mean
// Goldstein score.
type Period struct {
	// Period is "2024" or "2024-04" (see Dyads), or "undated".
	Period string   `json:"period"`
	Count  int      `json:"count"`
	Mean   float64  `json:"mean"`
	Events []string `json:"events"`
}

// Dyad is the relation index of an unordered actor pair.
type Dyad struct {
	// A and B are the pair, ordered by Key.
	A bluf.ActorRef `json:"a"`
	B bluf.ActorRef `json:"b"`
	// Count and Mean are over all asserted events of the pair.
	Count   int      `json:"count"`
	Mean    float64  `json:"mean"`
	Periods []Period `json:"periods"`
	// Trend compares the latest dated period's mean with the mean of the
	// earlier dated periods: Warming or Souring when it moved by at least
	// TrendThreshold, else Stable (also when there is only one dated
	// period, which Periods shows).
	Trend string `json:"trend"`
	// Change is the latest period's mean minus the earlier periods' mean
	// (0 with fewer than two dated periods).
	Change float64 `json:"change"`
}

// Dyads returns the relation index of every actor pair: the mean
// Goldstein score of its asserted events per period, in date order, and
// its trend. byMonth chooses months for periods, else years; events
// dated only by year fall in that year's period either way. Threats,
// intentions, possibilities, demands and denials are not counted: they
// did not happen; reciprocal events of one sentence and verb (a visit
// and its hosting) count once. Pairs with the most events come first.
func Dyads(evs []bluf.Event, byMonth bool) []Dyad {
	type acc struct {
		d       Dyad
		periods map[string]*Period
	}
	idx := map[[2]string]*acc{}
	var order [][2]string
	seen := map[[4]string]bool{}
	for _, e := range evs {
		if e.Modality != Asserted {
			continue
		}
		a, b := e.Source, e.Target
		ka, kb := Key(a), Key(b)
		if ka == "" || kb == "" || ka == kb {
			continue
		}
		if kb < ka {
			a, b, ka, kb = b, a, kb, ka
		}
		// A visit and its hosting, or both sides of a pact, are one
		// happening: count the pair once per sentence and verb.
		once := [4]string{e.Sentence, e.Verb, ka, kb}
		if e.Sentence != "" && seen[once] {
			continue
		}
		seen[once] = true
		k := [2]string{ka, kb}
		x := idx[k]
		if x == nil {
			x = &acc{d: Dyad{A: a, B: b}, periods: map[string]*Period{}}
			idx[k] = x
			order = append(order, k)
		}
		p := periodOf(e.Date, byMonth)
		pp := x.periods[p]
		if pp == nil {
			pp = &Period{Period: p}
			x.periods[p] = pp
		}
		pp.Count++
		pp.Mean += e.Goldstein // a sum until the end
		pp.Events = append(pp.Events, e.ID)
		x.d.Count++
		x.d.Mean += e.Goldstein
	}
	out := make([]Dyad, 0, len(order))
	for _, k := range order {
		x := idx[k]
		d := x.d
		d.Mean = round2(d.Mean / float64(d.Count))
		for _, p := range x.periods {
			p.Mean = round2(p.Mean / float64(p.Count))
			d.Periods = append(d.Periods, *p)
		}
		sort.Slice(d.Periods, func(i, j int) bool {
			pi, pj := d.Periods[i].Period, d.Periods[j].Period
			if (pi == "undated") != (pj == "undated") {
				return pj == "undated"
			}
			return pi < pj
		})
		d.Trend, d.Change = trend(d.Periods)
		out = append(out, d)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return Key(out[i].A)+"\x00"+Key(out[i].B) < Key(out[j].A)+"\x00"+Key(out[j].B)
	})
	return out
}

// periodOf returns the period of an ISO date.
func periodOf(date string, byMonth bool) string {
	switch {
	case len(date) < 4:
		return "undated"
	case byMonth && len(date) >= 7:
		return date[:7]
	}
	return date[:4]
}

// trend compares the latest dated period with the earlier ones, weighting
// each earlier period by its events.
func trend(ps []Period) (string, float64) {
	var dated []Period
	for _, p := range ps {
		if p.Period != "undated" {
			dated = append(dated, p)
		}
	}
	if len(dated) < 2 {
		return Stable, 0
	}
	last := dated[len(dated)-1]
	var sum float64
	var n int
	for _, p := range dated[:len(dated)-1] {
		sum += p.Mean * float64(p.Count)
		n += p.Count
	}
	change := round2(last.Mean - sum/float64(n))
	switch {
	case change >= TrendThreshold:
		return Warming, change
	case change <= -TrendThreshold:
		return Souring, change
	}
	return Stable, change
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// Entries turns events into timeline entries for a report or brief:
// dated events first in date order, then undated ones ("undated"), each
// citing its sentence ("s12", or "DOC:s12" when doc is not empty).
// Events that are not asserted say so in the text, so that a threat is
// not read as an attack.
func Entries(evs []bluf.Event, doc string) []bluf.TimelineEntry {
	sorted := append([]bluf.Event(nil), evs...)
	sortByDate(sorted)
	out := make([]bluf.TimelineEntry, 0, len(sorted))
	for _, e := range sorted {
		date := e.Date
		if date == "" {
			date = "undated"
		}
		cite := e.Sentence
		if doc != "" {
			cite = doc + ":" + cite
		}
		out = append(out, bluf.TimelineEntry{
			Date:  date,
			Item:  bluf.Item{Text: Describe(e), Citations: []string{cite}},
			Event: e.ID,
		})
	}
	return out
}

// Describe states an event in a short line: "Iraqi militias (IRQREB):
// use conventional military force → American service members (USAMIL)",
// with the modality when the event is not asserted ("threatened: ...").
func Describe(e bluf.Event) string {
	actor := func(a bluf.ActorRef) string {
		switch {
		case a.Name == "" && a.Code == "":
			return "unnamed actor"
		case a.Code == "" || a.Code == a.Name:
			return a.Name
		case a.Name == "":
			return a.Code
		}
		return a.Name + " (" + a.Code + ")"
	}
	what := e.Label
	if what == "" {
		what = "CAMEO " + e.Code
	}
	s := actor(e.Source) + ": " + lowerFirst(what)
	if e.Target.Name != "" || e.Target.Code != "" {
		s += " → " + actor(e.Target)
	}
	if e.Modality != "" && e.Modality != Asserted {
		s = e.Modality + ": " + s
	}
	return s
}

func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}
