package event

import (
	"strings"
	"testing"

	"bluf"
)

func ev(id, src, tgt, date string, g float64, mod string) bluf.Event {
	return bluf.Event{ID: id, Source: bluf.ActorRef{Code: src, Name: src}, Target: bluf.ActorRef{Code: tgt, Name: tgt},
		Date: date, Goldstein: g, Modality: mod}
}

func TestTimeline(t *testing.T) {
	evs := []bluf.Event{
		ev("e1", "SDN", "TCD", "2024-05", -10, Asserted),
		ev("e2", "SDN", "TCD", "", -2, Asserted),
		ev("e3", "SDN", "TCD", "2023", 3, Asserted),
		ev("e4", "TCD", "SDN", "2024-01-02", 1, Asserted),
		ev("e5", "SDN", "", "2024", -10, Asserted),
	}
	th := Timeline(evs)
	if len(th) != 2 {
		t.Fatalf("Timeline = %d threads, want 2 (events without a target left out)", len(th))
	}
	var ids []string
	for _, e := range th[0].Events {
		ids = append(ids, e.ID)
	}
	if got := strings.Join(ids, " "); th[0].Source.Code != "SDN" || got != "e3 e1 e2" {
		t.Errorf("Timeline[0] = %s->%s %q, want SDN->TCD \"e3 e1 e2\" (date order, undated last)", th[0].Source.Code, th[0].Target.Code, got)
	}
}

func TestDyads(t *testing.T) {
	evs := []bluf.Event{
		ev("e1", "IRQ", "USA", "2023-03-01", 4, Asserted),
		ev("e2", "USA", "IRQ", "2023-06-01", 6, Asserted),
		ev("e3", "IRQREB", "USA", "2024-01-28", -10, Asserted),
		ev("e4", "IRQ", "USA", "2024-02-01", -10, Asserted),
		ev("e5", "USA", "IRQ", "2024-02-02", -10, Threatened), // not counted
		ev("e6", "IRQ", "USA", "", 3, Asserted),
		ev("e7", "QAT", "OMN", "2024", 5, Asserted),
		ev("e8", "QAT", "OMN", "2025", 5.5, Asserted),
	}
	ds := Dyads(evs, false)
	if len(ds) != 3 {
		t.Fatalf("Dyads = %d, want 3", len(ds))
	}
	d := ds[0]
	if Key(d.A) != "IRQ" || Key(d.B) != "USA" || d.Count != 4 {
		t.Fatalf("Dyads[0] = %s-%s count %d, want IRQ-USA count 4 (both directions, asserted only)", Key(d.A), Key(d.B), d.Count)
	}
	var periods []string
	for _, p := range d.Periods {
		periods = append(periods, p.Period)
	}
	if got := strings.Join(periods, " "); got != "2023 2024 undated" {
		t.Errorf("IRQ-USA periods = %q, want \"2023 2024 undated\"", got)
	}
	if d.Trend != Souring || d.Change != -15 {
		t.Errorf("IRQ-USA trend = %s %v, want souring -15", d.Trend, d.Change)
	}
	for _, x := range ds {
		if Key(x.A) == "QAT" && (x.Trend != Stable || x.Change != 0.5) {
			t.Errorf("QAT-OMN trend = %s %v, want stable 0.5", x.Trend, x.Change)
		}
	}
	// A visit and its hosting count once.
	visit := ev("v1", "KEN", "ETH", "2024", 1.9, Asserted)
	host := ev("v2", "ETH", "KEN", "2024", 2.8, Asserted)
	visit.Sentence, host.Sentence, visit.Verb, host.Verb = "s1", "s1", "visited", "visited"
	if d := Dyads([]bluf.Event{visit, host}, false); len(d) != 1 || d[0].Count != 1 {
		t.Errorf("Dyads(visit, host) = %+v, want one pair counted once", d)
	}
	monthly := Dyads(evs, true)
	if got := monthly[0].Periods[0].Period; got != "2023-03" {
		t.Errorf("monthly first period = %q, want 2023-03", got)
	}
}

func TestEntries(t *testing.T) {
	evs := []bluf.Event{
		{ID: "e1", Sentence: "s4", Code: "190", Label: "Use conventional military force", Modality: Threatened,
			Source: bluf.ActorRef{Name: "Hezbollah", Code: "LBNREB"}, Target: bluf.ActorRef{Name: "Israel", Code: "ISR"}},
		{ID: "e2", Sentence: "s2", Code: "057", Label: "Sign formal agreement", Modality: Asserted, Date: "2024-04",
			Source: bluf.ActorRef{Name: "Iraq", Code: "IRQ"}, Target: bluf.ActorRef{Name: "Qatar", Code: "QAT"}},
	}
	got := Entries(evs, "d1")
	if len(got) != 2 {
		t.Fatalf("Entries = %d, want 2", len(got))
	}
	tests := []struct{ date, text, cite, event string }{
		{"2024-04", "Iraq (IRQ): sign formal agreement → Qatar (QAT)", "d1:s2", "e2"},
		{"undated", "threatened: Hezbollah (LBNREB): use conventional military force → Israel (ISR)", "d1:s4", "e1"},
	}
	for i, tt := range tests {
		g := got[i]
		if g.Date != tt.date || g.Text != tt.text || g.Citations[0] != tt.cite || g.Event != tt.event {
			t.Errorf("Entries[%d] = %q %q %q %q, want %q %q %q %q", i, g.Date, g.Text, g.Citations[0], g.Event, tt.date, tt.text, tt.cite, tt.event)
		}
	}
}
