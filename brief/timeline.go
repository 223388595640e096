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
	eventsPerDoc      = 4
	maxTimeline       = 80
	maxDocEntries     = 40 // publication entries before they are grouped
	minTimelineEvents = 20
)

// statedDate reports whether an event's date is stated in the text
// rather than borrowed from the article.
func statedDate(basis string) bool {
	return basis == "explicit" || basis == "year" || basis == "relative"
}

// timeline lists the documents by date and the dated events they report,
// events told by several sources merged into one entry.
// entry is a timeline entry being built.
type entry struct {
	bluf.TimelineEntry
	order   int
	sources map[string]bool
	docs    []*doc
	// n is the number of publication entries grouped into this one.
	n int
}

func (b *builder) timeline() []bluf.TimelineEntry {
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
		out = append(out, &entry{TimelineEntry: bluf.TimelineEntry{Date: date, Item: bluf.Item{Text: text, Citations: nonNilStrings(cites)}}, order: len(out), n: 1})
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
	var docEntries, events []*entry
	for _, x := range out {
		if x.Event == "" {
			docEntries = append(docEntries, x)
		} else {
			events = append(events, x)
		}
	}
	// Many documents: one entry per day, month or year of publication,
	// whichever keeps them to maxDocEntries.
	if len(docEntries) > maxDocEntries {
		for _, width := range []int{10, 7, 4} {
			g := groupEntries(docEntries, width)
			if len(g) <= maxDocEntries || width == 4 {
				docEntries = g
				break
			}
		}
	}
	// Too many events: keep those told by the most sources, then the
	// first found (each document's weightiest come first).
	if budget := max(maxTimeline-len(docEntries), minTimelineEvents); len(events) > budget {
		sort.SliceStable(events, func(i, j int) bool { return len(events[i].sources) > len(events[j].sources) })
		events = events[:budget]
	}
	out = append(docEntries, events...)
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

// groupEntries merges publication entries whose dates share their first
// width characters (10: the day, 7: the month, 4: the year); undated
// entries form one group.
func groupEntries(es []*entry, width int) []*entry {
	var out []*entry
	byDate := map[string]*entry{}
	for _, x := range es {
		date := x.Date
		if date != "undated" && len(date) > width {
			date = date[:width]
		}
		g := byDate[date]
		if g == nil {
			g = &entry{TimelineEntry: bluf.TimelineEntry{Date: date, Item: bluf.Item{Citations: []string{}}}, order: x.order}
			byDate[date] = g
			out = append(out, g)
		}
		g.n += x.n
		if len(g.Citations) < 3 {
			g.Citations = append(g.Citations, x.Citations...)
		}
		if g.n <= 3 {
			t := strings.TrimPrefix(x.Text, "Published: ")
			if g.Text != "" {
				g.Text += "; "
			}
			g.Text += t
		}
	}
	for _, g := range out {
		if g.n == 1 {
			if g.Date != "undated" {
				g.Text = "Published: " + g.Text
			}
			continue
		}
		more := ""
		if g.n > 3 {
			more = fmt.Sprintf("; and %d more", g.n-3)
		}
		if g.Date == "undated" {
			g.Text = fmt.Sprintf("%d documents without a stated date of publication: %s%s", g.n, g.Text, more)
		} else {
			g.Text = fmt.Sprintf("Published: %d documents: %s%s", g.n, g.Text, more)
		}
	}
	return out
}
