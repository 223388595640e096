package brief

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"bluf"
)

// eventsPerDoc bounds the dated events each document adds to the
// timeline; maxTimeline bounds the timeline.
const (
	eventsPerDoc = 4
	maxTimeline  = 80
)

// statedDate reports whether an event's date is stated in the text
// rather than borrowed from the article.
func statedDate(basis string) bool {
	return basis == "explicit" || basis == "year" || basis == "relative"
}

// timeline lists the documents by date and the dated events they report,
// events told by several sources merged into one entry.
func (b *builder) timeline() []bluf.TimelineEntry {
	type entry struct {
		bluf.TimelineEntry
		order   int
		sources map[string]bool
		docs    []*doc
	}
	var out []*entry
	byKey := map[string]*entry{}
	for _, d := range b.docs {
		date := d.date
		var text string
		title := "“" + clip(d.r.Title, 90) + "”"
		if d.pub != "" {
			title = d.pub + ": " + title
		}
		switch d.dateBasis {
		case "published":
			text = "Published: " + title
		case "evidence":
			text = fmt.Sprintf("%s states no date of publication; the latest date it mentions is %s, so it was written then or later", title, d.date)
			date = "undated"
		default:
			text = title + " states no date of publication and mentions none"
			date = "undated"
		}
		if !d.primary {
			text += " (a copy of " + d.story + ")"
		}
		var cites []string
		if len(d.r.Sentences) > 0 {
			cites = []string{d.cite(d.r.Sentences[0].ID)}
		}
		out = append(out, &entry{TimelineEntry: bluf.TimelineEntry{Date: date, Item: bluf.Item{Text: text, Citations: nonNilStrings(cites)}}, order: len(out)})
		if !d.primary {
			continue
		}
		var evs []bluf.Event
		for _, e := range d.r.Events {
			// Only events between resolved actors: an unresolved
			// fragment ("administration") makes a timeline entry no
			// analyst can use.
			if statedDate(e.DateBasis) && e.Date != "" && (e.Modality == "" || e.Modality == "asserted") &&
				e.Source.Entity != "" && e.Target.Entity != "" && e.Source.Name != "" && e.Target.Name != "" {
				evs = append(evs, e)
			}
		}
		sort.SliceStable(evs, func(i, j int) bool { return math.Abs(evs[i].Goldstein) > math.Abs(evs[j].Goldstein) })
		for _, e := range firstN(evs, eventsPerDoc) {
			key := e.Date + "|" + eventKey(e)
			if x := byKey[key]; x != nil {
				if !x.sources[d.source] {
					x.sources[d.source] = true
					x.docs = append(x.docs, d)
					x.Citations = uniq(append(x.Citations, d.cite(e.Sentence)))
				}
				continue
			}
			x := &entry{
				TimelineEntry: bluf.TimelineEntry{Date: e.Date, Event: d.r.ID + ":" + e.ID,
					Item: bluf.Item{Citations: []string{d.cite(e.Sentence)}}},
				order: len(out), sources: map[string]bool{d.source: true}, docs: []*doc{d},
			}
			x.Text = eventText(e)
			byKey[key] = x
			out = append(out, x)
		}
	}
	for _, x := range out {
		if len(x.docs) > 0 {
			var names []string
			for _, d := range x.docs {
				names = append(names, d.label())
			}
			x.Text += " — reported by " + strings.Join(names, "; ")
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, c := out[i], out[j]
		if (a.Date == "undated") != (c.Date == "undated") {
			return c.Date == "undated"
		}
		if a.Date != c.Date {
			return a.Date < c.Date
		}
		return a.order < c.order
	})
	if len(out) > maxTimeline {
		// Keep every document entry; drop the single-source events last.
		keep := out[:0]
		budget := maxTimeline - len(b.docs)
		for _, x := range out {
			if x.Event == "" || budget > 0 {
				if x.Event != "" {
					budget--
				}
				keep = append(keep, x)
			}
		}
		out = keep
	}
	res := make([]bluf.TimelineEntry, len(out))
	for i, x := range out {
		res[i] = x.TimelineEntry
	}
	return res
}

// eventText describes an event: "Iraqi militias → Jordan: use
// conventional military force".
func eventText(e bluf.Event) string {
	src, tgt := orName(e.Source.Name), orName(e.Target.Name)
	label := strings.ToLower(e.Label)
	if label == "" {
		label = "CAMEO " + e.Code
	}
	return fmt.Sprintf("%s → %s: %s", src, tgt, label)
}

func orName(s string) string {
	if strings.TrimSpace(s) == "" {
		return "unnamed actor"
	}
	return s
}
