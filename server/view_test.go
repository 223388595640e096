package server

import (
	"reflect"
	"testing"

	"bluf"
)

func ev(src, srcName, tgt, tgtName string, quad int, g float64, date string) bluf.Event {
	return bluf.Event{Source: bluf.ActorRef{Entity: src, Name: srcName}, Target: bluf.ActorRef{Entity: tgt, Name: tgtName},
		QuadClass: quad, Goldstein: g, Date: date, Sentence: "s1"}
}

func TestDyads(t *testing.T) {
	evs := []bluf.Event{
		ev("SDN", "Sudan", "TCD", "Chad", 1, 3, ""),
		ev("RSF", "Rapid Support Forces", "SDN", "Sudan", 4, -10, "2024-05-14"),
		ev("SDN", "Sudan", "TCD", "Chad", 3, -4, ""),
		ev("RSF", "Rapid Support Forces", "SDN", "Sudan", 4, -9, "2024-05-15"),
		ev("", "", "SDN", "Sudan", 4, -10, ""), // no source: not a dyad
		ev("", "herders", "", "farmers", 4, -10, ""),
	}
	got := dyads(evs)
	want := []dyad{
		{Source: "Rapid Support Forces", Target: "Sudan", Count: 2, Mean: -9.5, Conf: 2},
		{Source: "Sudan", Target: "Chad", Count: 2, Mean: -0.5, Coop: 1, Conf: 1},
		{Source: "herders", Target: "farmers", Count: 1, Mean: -10, Conf: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("dyads = %+v\nwant %+v", got, want)
	}
}

func TestNetwork(t *testing.T) {
	es := []bluf.Entity{
		{ID: "SDN", Name: "Sudan", Type: bluf.State, Mentions: 5, Salience: 1},
		{ID: "RSF", Name: "Rapid Support Forces", Type: bluf.ArmedGroup, Mentions: 4, Salience: 0.8},
		{ID: "UN", Name: "United Nations", Type: bluf.Organization, Mentions: 1, Salience: 0.2},
	}
	nodes, edges := network(es, []bluf.Event{
		ev("RSF", "Rapid Support Forces", "SDN", "Sudan", 4, -10, ""),
		ev("RSF", "Rapid Support Forces", "SDN", "Sudan", 4, -8, ""),
		ev("", "herders", "SDN", "Sudan", 3, -4, ""),
		ev("SDN", "Sudan", "SDN", "Sudan", 1, 1, ""), // a loop: no edge
	})
	var ids []string
	for _, n := range nodes {
		ids = append(ids, n.ID+"/"+n.Type)
	}
	if want := []string{"RSF/organization", "SDN/location", "name:herders/other"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("nodes = %q, want %q (the unlinked UN left out)", ids, want)
	}
	wantEdges := []edge{{ID: "e1", Source: "RSF", Target: "SDN", Count: 2, Mean: -9}, {ID: "e2", Source: "name:herders", Target: "SDN", Count: 1, Mean: -4}}
	if !reflect.DeepEqual(edges, wantEdges) {
		t.Errorf("edges = %+v, want %+v", edges, wantEdges)
	}
	// Without events the entities alone make the graph.
	nodes, edges = network(es, nil)
	if len(nodes) != 3 || len(edges) != 0 {
		t.Errorf("network without events = %d nodes, %d edges; want 3, 0", len(nodes), len(edges))
	}
}

func TestTimeline(t *testing.T) {
	pts := timeline([]bluf.Event{
		ev("A", "A", "B", "B", 1, 1, "2024-05-14"),
		ev("A", "A", "B", "B", 1, 1, ""),
		ev("A", "A", "B", "B", 1, 1, "2023"),
		ev("A", "A", "B", "B", 1, 1, "2024-02"),
		ev("A", "A", "B", "B", 1, 1, "soon"),
	})
	var dates []string
	for _, p := range pts {
		dates = append(dates, p.Date)
	}
	if want := []string{"2023", "2024-02", "2024-05-14"}; !reflect.DeepEqual(dates, want) {
		t.Errorf("timeline dates = %q, want %q (in order, undated and unparsable left out)", dates, want)
	}
	if pts[0].T != 1672531200000 {
		t.Errorf("timeline 2023 at %d ms, want 1672531200000 (2023-01-01 UTC)", pts[0].T)
	}
}

func TestArticleParas(t *testing.T) {
	body := "First one.  Second one.\n\nThird (aside) here."
	r := &bluf.Report{Body: body, Sentences: []bluf.Sentence{
		{ID: "s1", Text: "First one.", Start: 0, End: 10, Para: 0},
		{ID: "s2", Text: "Second one.", Start: 12, End: 23, Para: 0},
		{ID: "s3", Text: "Third", Start: 25, End: 30, Para: 1},
		{ID: "s4", Text: "here.", Start: 39, End: 44, Para: 1},
		{ID: "s5", Text: "Bad offsets.", Start: 90, End: 80, Para: 1},
	}}
	got := articleParas(r, map[string]bool{"s2": true})
	type flat struct{ ID, Sep string }
	var fl [][]flat
	for _, p := range got {
		var row []flat
		for _, s := range p.Sents {
			row = append(row, flat{s.ID, s.Sep})
		}
		fl = append(fl, row)
	}
	want := [][]flat{{{"s1", ""}, {"s2", " "}}, {{"s3", ""}, {"s4", " (aside) "}, {"s5", " "}}}
	if !reflect.DeepEqual(fl, want) {
		t.Errorf("articleParas = %q, want %q", fl, want)
	}
	if !got[0].Sents[1].Cited || got[0].Sents[0].Cited {
		t.Error("cited flags wrong")
	}
}

func TestEvidenceParas(t *testing.T) {
	r := &bluf.Report{
		Documents: []bluf.DocRef{{ID: "bbbb", Title: "Second"}, {ID: "aaaa", Title: "First"}},
		Sentences: []bluf.Sentence{{ID: "aaaa:s2", Text: "A2"}, {ID: "bbbb:s1", Text: "B1"}, {ID: "aaaa:s5", Text: "A5"}},
	}
	got := evidenceParas(r)
	if len(got) != 2 || got[0].Doc != "bbbb" || got[1].Doc != "aaaa" || len(got[1].Sents) != 2 {
		t.Fatalf("evidenceParas = %+v, want bbbb then aaaa with two sentences", got)
	}
	if s := got[1].Sents[1]; s.ID != "aaaa:s5" || s.Href != "/doc/aaaa#s5" {
		t.Errorf("evidence sentence = %+v, want aaaa:s5 linking to /doc/aaaa#s5", s)
	}
}

func TestTrends(t *testing.T) {
	evs := []bluf.Event{
		ev("RSF", "Rapid Support Forces", "SDN", "Sudan", 4, -10, "2024-05-14"),
		ev("RSF", "Rapid Support Forces", "SDN", "Sudan", 4, -6, "2024-05-14"),
		ev("RSF", "Rapid Support Forces", "SDN", "Sudan", 1, 2, "2024-05-16"),
		ev("SDN", "Sudan", "TCD", "Chad", 1, 3, "2024-05-15"), // one date: no trend
		ev("SDN", "Sudan", "TCD", "Chad", 1, 3, ""),
	}
	got := trends(evs)
	if len(got) != 1 || got[0].Label != "Rapid Support Forces → Sudan" {
		t.Fatalf("trends = %+v, want the one dyad dated twice", got)
	}
	want := []trendStep{{T: 1715644800000, Index: -8}, {T: 1715817600000, Index: -4.67}}
	if !reflect.DeepEqual(got[0].Points, want) {
		t.Errorf("trend points = %+v, want %+v (running mean)", got[0].Points, want)
	}
}
