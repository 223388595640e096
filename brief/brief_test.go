package brief

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"bluf"
	"bluf/store/storetest"
)

// article builds a report for an invented article with hypotheses and an
// ACH matrix rating every sentence: ratings[i][j] is sentence i+1's
// rating of hypothesis j+1.
func article(title, publisher, published, body string, hyps []string, ratings [][]string, entities ...string) *bluf.Report {
	r := storetest.NewReport(title, publisher, published, body, entities...)
	for i, h := range hyps {
		id := fmt.Sprintf("H%d", i+1)
		r.Hypotheses = append(r.Hypotheses, bluf.Hypothesis{ID: id, Item: bluf.Item{Text: h, Citations: []string{"s1"}}, Rank: i + 1, Likelihood: "likely"})
		r.ACH.Hypotheses = append(r.ACH.Hypotheses, id)
	}
	for i, rt := range ratings {
		if i >= len(r.Sentences) {
			break
		}
		m := map[string]string{}
		for j, v := range rt {
			m[fmt.Sprintf("H%d", j+1)] = v
		}
		s := r.Sentences[i]
		r.ACH.Evidence = append(r.ACH.Evidence, bluf.ACHEvidence{ID: fmt.Sprintf("E%d", i+1),
			Item: bluf.Item{Text: s.Text, Citations: []string{s.ID}}, Credibility: "medium", Relevance: "high", Ratings: m})
	}
	return r
}

const (
	fasherA = `Paramilitary fighters of the Rapid Support Forces shelled the city of El Fasher on Monday, residents said.
The army said its garrison repelled an assault on the northern district and that the RSF lost several vehicles.
Aid agencies warned that food stocks in the city would run out within weeks if the siege continued.
Analysts said the RSF wanted to take the city before the rainy season closes the roads in North Darfur.
The city is the last state capital in Darfur still held by the army and its allied armed movements.
More than half a million people have fled camps on its outskirts since the fighting began last year.
Traders said the price of sorghum in the central market had tripled since the main road to the west was cut.
A local resistance committee reported that water pumps in two neighbourhoods had stopped working after fuel ran out.
Envoys meeting in Jeddah called on both sides to open a humanitarian corridor but set no date for new talks.
The RSF commander said in a recorded message that his forces would protect civilians leaving the city.
Residents interviewed by telephone said they did not trust the promise and feared reprisals on the roads.`
	fasherB = `The Rapid Support Forces pressed their siege of El Fasher this week with artillery and drones, according to local monitors.
Doctors at the last working hospital reported dozens of wounded civilians after strikes on a market.
A spokesman for the paramilitary group denied targeting civilians and blamed the army for the casualties.
Observers expect the RSF to try to seize the city before the rains make the desert tracks impassable.`
	strait = `Taiwan's coast guard shadowed two Chinese survey ships that entered waters near the Pratas Islands on Tuesday.
Officials in Taipei called the incursion a rehearsal for a blockade and asked Beijing to withdraw the vessels.
China's foreign ministry said the ships were on a routine scientific mission in Chinese waters.
Defence analysts in Taipei said the patrols were meant to test how quickly the island could respond.`
)

func fixture() []*bluf.Report {
	siege := [][]string{{bluf.Consistent, bluf.Inconsistent}, {bluf.Neutral, bluf.Consistent}, {bluf.Consistent, bluf.Neutral}, {bluf.VeryConsistent, bluf.Inconsistent}}
	a := article("RSF shells El Fasher", "Sudan Monitor", "2025-05-12", fasherA,
		[]string{"The RSF seeks to take El Fasher before the rainy season", "The army holds El Fasher through the rains"}, siege,
		"SDNREB", "Rapid Support Forces", "SDNMIL", "Sudanese army")
	b := article("Siege of El Fasher tightens", "Darfur Radio", "2025-05-15", fasherB,
		[]string{"The RSF aims to take El Fasher before the rainy season begins", "Civilian casualties push mediators to impose a truce"}, siege,
		"SDNREB", "Rapid Support Forces", "SDNMED", "doctors")
	// A republished copy of the first article with a new headline and
	// page furniture: one story, not a second source.
	copyBody := "Share this article\n" + fasherA + "\nSubscribe to our newsletter for more news from the region."
	c := article("Sudan: city shelled again", "Regional Wire Digest", "2025-05-13", copyBody,
		[]string{"The RSF seeks to take El Fasher before the rainy season"}, siege[:1],
		"SDNREB", "Rapid Support Forces")
	d := article("Survey ships near Pratas", "Strait Observer", "", strait,
		[]string{"Beijing rehearses a blockade of Taiwan", "The survey is routine science"},
		[][]string{{bluf.Consistent, bluf.Inconsistent}, {bluf.VeryConsistent, bluf.Inconsistent}, {bluf.Inconsistent, bluf.Consistent}, {bluf.Consistent, bluf.Neutral}},
		"TWN", "Taiwan", "CHN", "China")
	return []*bluf.Report{d, c, b, a}
}

var citeRE = regexp.MustCompile(`^[0-9a-f]{16}:s[0-9]+$`)

func TestBuild(t *testing.T) {
	in := fixture()
	out := Build(in, Options{})
	if len(out.Documents) != 4 {
		t.Fatalf("Documents = %d rows, want 4", len(out.Documents))
	}
	// Dated documents in date order, undated last.
	var dates []string
	for _, d := range out.Documents {
		dates = append(dates, d.Published+"/"+d.DateBasis)
	}
	if got, want := strings.Join(dates, " "), "2025-05-12/published 2025-05-13/published 2025-05-15/published /undated"; got != want {
		t.Errorf("source table dates = %q, want %q", got, want)
	}
	// The copy joins the first article's story.
	story := map[string]string{}
	for _, d := range out.Documents {
		story[d.Publisher] = d.Story
	}
	if story["Regional Wire Digest"] != story["Sudan Monitor"] {
		t.Errorf("copy's story = %q, want the original's %q", story["Regional Wire Digest"], story["Sudan Monitor"])
	}
	if story["Darfur Radio"] == story["Sudan Monitor"] {
		t.Errorf("an independent report shares the copy group %q", story["Darfur Radio"])
	}
	// The RSF hypotheses of two publishers pool into one, raised by two
	// independent sources (the copy does not make it three).
	var pooled *bluf.Hypothesis
	for i, h := range out.Hypotheses {
		if strings.Contains(h.Text, "El Fasher before the rain") {
			if pooled != nil {
				t.Errorf("two hypotheses on the RSF's aim: %q and %q", pooled.Text, h.Text)
			}
			pooled = &out.Hypotheses[i]
		}
	}
	if pooled == nil {
		t.Fatalf("no pooled RSF hypothesis in %+v", out.Hypotheses)
	}
	if !strings.Contains(pooled.Text, "— raised by 2 independent sources") {
		t.Errorf("pooled hypothesis = %q, want it raised by 2 independent sources", pooled.Text)
	}
	docs := map[string]bool{}
	for _, c := range pooled.Citations {
		docs[strings.Split(c, ":")[0]] = true
	}
	if len(docs) < 2 {
		t.Errorf("pooled hypothesis cites %v, want sentences of both sources", pooled.Citations)
	}
	// Every citation is DOC:sN and resolves to a sentence of the brief.
	have := map[string]bool{}
	for _, s := range out.Sentences {
		have[s.ID] = true
	}
	for id := range citedIDs(out) {
		if !citeRE.MatchString(id) {
			t.Errorf("citation %q is not DOCID:sN", id)
		}
		if !have[id] {
			t.Errorf("citation %q has no sentence in the brief", id)
		}
	}
	eachCitations(out, func(ids *[]string) {
		seen := map[string]bool{}
		for _, id := range *ids {
			if seen[id] {
				t.Errorf("citation %s repeated in %v", id, *ids)
			}
			seen[id] = true
		}
	})
	if len(out.ACH.Evidence) == 0 || len(out.ACH.Hypotheses) != len(out.Hypotheses) {
		t.Errorf("ACH has %d rows over %d hypotheses; want rows over all %d", len(out.ACH.Evidence), len(out.ACH.Hypotheses), len(out.Hypotheses))
	}
	if len(out.Agreements) == 0 {
		t.Error("no agreements although two sources raise the same hypothesis")
	}
	if len(out.Changes) != 0 {
		t.Errorf("Changes without Since = %v", out.Changes)
	}
}

func TestBuildDeterministic(t *testing.T) {
	in := fixture()
	rev := make([]*bluf.Report, len(in))
	for i, r := range in {
		rev[len(in)-1-i] = r
	}
	a, _ := json.Marshal(Build(in, Options{Since: "2025-05-14"}))
	b, _ := json.Marshal(Build(rev, Options{Since: "2025-05-14"}))
	if string(a) != string(b) {
		t.Error("the brief depends on the order of its input")
	}
}

func TestChanges(t *testing.T) {
	out := Build(fixture(), Options{Since: "2025-05-14"})
	if len(out.Changes) == 0 {
		t.Fatal("no changes since 2025-05-14")
	}
	if got := out.Changes[0].Text; !strings.HasPrefix(got, "1 new document since 2025-05-14") {
		t.Errorf("Changes[0] = %q, want 1 new document since 2025-05-14", got)
	}
	out = Build(fixture(), Options{Since: "2030-01-01"})
	if len(out.Changes) != 1 || !strings.Contains(out.Changes[0].Text, "unchanged") {
		t.Errorf("Changes since a future date = %v, want one 'unchanged' item", out.Changes)
	}
}

func TestBuildEmpty(t *testing.T) {
	out := Build(nil, Options{})
	if len(out.Gaps) == 0 || out.Hypotheses == nil || out.Sentences == nil {
		t.Errorf("empty brief = %+v, want a gap and non-nil sections", out)
	}
	// Reports without hypotheses, sentences or dates do not break it.
	out = Build([]*bluf.Report{{ID: "x"}, nil, {ID: "y", Body: "One line."}}, Options{Since: "2020-01-01"})
	if len(out.Documents) != 2 {
		t.Errorf("Documents = %d, want 2", len(out.Documents))
	}
}

func TestWeightsInBrief(t *testing.T) {
	w, err := ParseWeights(strings.NewReader("Darfur Radio 0.9\n"), "test", DefaultWeights())
	if err != nil {
		t.Fatal(err)
	}
	out := Build(fixture(), Options{Weights: w})
	for _, d := range out.Documents {
		if d.Publisher == "Darfur Radio" && d.Weight != 0.9 {
			t.Errorf("Darfur Radio weight = %v, want 0.9", d.Weight)
		}
	}
}

func TestStripLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1. Hypothesis 1: Iran seeks ties", "Iran seeks ties"},
		{"Hypothesis 2 - The army holds", "The army holds"},
		{"H3: Talks resume", "Talks resume"},
		{"(b) Mediators impose a truce", "Mediators impose a truce"},
		{"Mr. Ruto mediates", "Mr. Ruto mediates"},
		{"US forces withdraw", "US forces withdraw"},
		{"H5N1 spreads in the delta", "H5N1 spreads in the delta"},
		{"2.", "2."},
	} {
		if got := stripLabel(tc.in); got != tc.want {
			t.Errorf("stripLabel(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func BenchmarkBuild10k(b *testing.B) {
	rs := make([]*bluf.Report, 10000)
	for i := range rs {
		rs[i] = storetest.FullReport(i)
	}
	b.ResetTimer()
	for b.Loop() {
		Build(rs, Options{Since: "2024-06-01"})
	}
}

func TestTimeline(t *testing.T) {
	in := fixture()
	ev := func(id, sent, date string, src, tgt bluf.ActorRef) bluf.Event {
		return bluf.Event{ID: id, Sentence: sent, Date: date, DateBasis: "explicit", Modality: "asserted",
			Source: src, Target: tgt, Code: "195", Label: "Employ aerial weapons", Goldstein: -10}
	}
	rsf := bluf.ActorRef{Entity: "rsf", Name: "Rapid Support Forces", Code: "SDNREB"}
	city := bluf.ActorRef{Entity: "el-fasher", Name: "El Fasher", Code: "SDN"}
	vague := bluf.ActorRef{Name: "fighters"}
	var a, b *bluf.Report
	for _, r := range in {
		switch deref(r.Publisher) {
		case "Sudan Monitor":
			a = r
		case "Darfur Radio":
			b = r
		}
	}
	a.Events = []bluf.Event{ev("e1", "s1", "2025-05-11", rsf, city), ev("e2", "s2", "2025-05-01", vague, city)}
	b.Events = []bluf.Event{ev("e1", "s1", "2025-05-11", rsf, city)}
	out := Build(in, Options{})
	var got []string
	for _, e := range out.Timeline {
		got = append(got, e.Date+" "+strings.SplitN(e.Text, " — ", 2)[0])
	}
	want := []string{
		"2025-05-11 Rapid Support Forces → El Fasher: employ aerial weapons",
		"2025-05-12 Published: Sudan Monitor: “RSF shells El Fasher”",
		"2025-05-13 Published: Regional Wire Digest: “Sudan: city shelled again” (a copy of " + a.ID + ")",
		"2025-05-15 Published: Darfur Radio: “Siege of El Fasher tightens”",
		"undated Strait Observer: “Survey ships near Pratas” states no date of publication and mentions none",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("timeline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, e := range out.Timeline {
		if e.Event != "" && len(e.Citations) != 2 {
			t.Errorf("event told by two sources cites %v, want both", e.Citations)
		}
	}
}

func TestContradictions(t *testing.T) {
	rsf := bluf.ActorRef{Entity: "rsf", Name: "Rapid Support Forces", Code: "SDNREB"}
	camp := bluf.ActorRef{Entity: "zamzam", Name: "Zamzam camp", Code: "SDN"}
	ev := func(mod, date string) bluf.Event {
		basis := "explicit"
		if date == "" {
			basis = "undated"
		}
		return bluf.Event{ID: "e1", Sentence: "s2", Root: "19", Code: "190", Label: "Use conventional military force",
			Source: rsf, Target: camp, Modality: mod, Date: date, DateBasis: basis}
	}
	for _, tc := range []struct {
		name         string
		a, b         bluf.Event
		samePub      bool
		contradicted bool
	}{
		{"denied by another source", ev("asserted", "2025-04-12"), ev("negated", ""), false, true},
		{"denied on the same day", ev("asserted", "2025-04-12"), ev("negated", "2025-04"), false, true},
		{"denied for another year", ev("asserted", "2025-04-12"), ev("negated", "2023"), false, false},
		{"one publisher says both", ev("asserted", ""), ev("negated", ""), true, false},
		{"both assert", ev("asserted", ""), ev("asserted", ""), false, false},
	} {
		in := fixture()
		var a, b *bluf.Report
		for _, r := range in {
			switch deref(r.Publisher) {
			case "Sudan Monitor":
				a = r
			case "Darfur Radio":
				b = r
			}
		}
		if tc.samePub {
			p := "Sudan Monitor"
			b.Publisher = &p
		}
		a.Events, b.Events = []bluf.Event{tc.a}, []bluf.Event{tc.b}
		out := Build(in, Options{})
		got := false
		for _, c := range out.Contradictions {
			got = got || strings.Contains(c.Text, "denied or ruled out")
		}
		if got != tc.contradicted {
			t.Errorf("%s: contradiction reported = %v, want %v (%v)", tc.name, got, tc.contradicted, out.Contradictions)
		}
	}
}

func TestTimelineLarge(t *testing.T) {
	rs := make([]*bluf.Report, 500)
	for i := range rs {
		rs[i] = storetest.FullReport(i)
	}
	out := Build(rs, Options{})
	if n := len(out.Timeline); n > maxTimeline+maxDocEntries || n < 10 {
		t.Errorf("timeline over 500 documents has %d entries, want at most %d", n, maxTimeline+maxDocEntries)
	}
	docs := 0
	for i, e := range out.Timeline {
		if i > 0 && e.Date < out.Timeline[i-1].Date {
			t.Errorf("timeline out of order: %s after %s", e.Date, out.Timeline[i-1].Date)
		}
		if e.Event == "" {
			var n int
			if _, err := fmt.Sscanf(e.Text, "Published: %d documents", &n); err == nil {
				docs += n
			} else if strings.HasPrefix(e.Text, "Published: ") {
				docs++
			}
		}
	}
	if docs != 500 {
		t.Errorf("publication entries account for %d documents, want 500", docs)
	}
}

func TestNoSourceNumbering(t *testing.T) {
	in := fixture()
	for _, r := range in {
		for i := range r.Hypotheses {
			r.Hypotheses[i].Text = fmt.Sprintf("%d. Hypothesis %d: %s", i+1, i+1, r.Hypotheses[i].Text)
		}
	}
	out, _ := json.Marshal(Build(in, Options{Since: "2025-05-14"}))
	if strings.Contains(string(out), "Hypothesis 1:") || strings.Contains(string(out), "Hypothesis 2:") {
		t.Errorf("the brief repeats its sources' hypothesis numbering: %s", out)
	}
}

func TestPoolByStory(t *testing.T) {
	h1 := "Niger's military government closes the European drone base after jihadists kill 30 soldiers near Tillabéri"
	h2 := "The junta expels European drone personnel following an Islamic State ambush that killed soldiers in Tillabéri"
	if j := jaccard(termSet(h1), termSet(h2)); j < sameStoryHypothesis || j >= sameHypothesis {
		t.Fatalf("test hypotheses have similarity %.2f; want it in [%.2f, %.2f)", j, sameStoryHypothesis, sameHypothesis)
	}
	mk := func() []*bluf.Report {
		in := fixture()
		for _, r := range in {
			switch deref(r.Publisher) {
			case "Sudan Monitor":
				r.Hypotheses[0].Text = h1
			case "Darfur Radio":
				r.Hypotheses[0].Text = h2
			}
		}
		return in
	}
	pooled := func(out *bluf.Report) bool {
		for _, h := range out.Hypotheses {
			if strings.Contains(h.Text, "raised by 2 independent sources") {
				return true
			}
		}
		return false
	}
	if pooled(Build(mk(), Options{})) {
		t.Error("hypotheses of unrelated stories pooled at the loose threshold")
	}
	in := mk()
	clusters := map[string]string{}
	for _, r := range in {
		clusters[r.ID] = "story-" + deref(r.Publisher)
		if p := deref(r.Publisher); p == "Sudan Monitor" || p == "Darfur Radio" {
			clusters[r.ID] = "story-fasher"
		}
	}
	if !pooled(Build(in, Options{Clusters: clusters})) {
		t.Error("hypotheses of one story cluster not pooled")
	}
}

// TestLikelihoodFollowsRank checks that no hypothesis is given a higher
// ICD 203 likelihood than a better-ranked one, whatever the sources said:
// here the second source rated its own hypothesis likely although its
// evidence is inconsistent with it, so it ranks below the first.
func TestLikelihoodFollowsRank(t *testing.T) {
	terms := map[string]int{"almost no chance": 0, "very unlikely": 1, "unlikely": 2, "roughly even chance": 3, "likely": 4, "very likely": 5, "almost certain": 6}
	mk := func(i int, hyp, lk, rating string) *bluf.Report {
		r := &bluf.Report{ID: fmt.Sprintf("%016x", i), Title: hyp, Publisher: ptr(fmt.Sprintf("Publisher %d", i)),
			Sentences: []bluf.Sentence{{ID: "s1", Text: hyp}, {ID: "s2", Text: "Evidence sentence about " + hyp}}}
		r.Hypotheses = []bluf.Hypothesis{{ID: "H1", Item: bluf.Item{Text: hyp, Citations: []string{"s1"}}, Rank: 1, Likelihood: lk}}
		r.ACH = bluf.ACH{Hypotheses: []string{"H1"}, Scores: map[string]float64{"H1": 0},
			Evidence: []bluf.ACHEvidence{
				{ID: "E1", Item: bluf.Item{Text: "Evidence sentence about " + hyp, Citations: []string{"s2"}}, Credibility: "high", Relevance: "high", Ratings: map[string]string{"H1": rating}, Diagnosticity: 2},
			}}
		return r
	}
	rs := []*bluf.Report{
		mk(1, "Harbour authorities reopen the northern port to grain ships", "roughly even chance", "C"),
		mk(2, "Mountain rebels seize the copper mines in the east", "likely", "II"),
	}
	out := Build(rs, Options{})
	if len(out.Hypotheses) != 2 {
		t.Fatalf("pooled %d hypotheses, want 2", len(out.Hypotheses))
	}
	prev := 99
	for _, h := range out.Hypotheses {
		n, ok := terms[h.Likelihood]
		if !ok {
			t.Fatalf("hypothesis %s: likelihood %q is not an ICD 203 term", h.ID, h.Likelihood)
		}
		if n > prev {
			t.Errorf("hypothesis %s (rank %d) is %q, above a better-ranked one", h.ID, h.Rank, h.Likelihood)
		}
		prev = n
	}
}

func ptr(s string) *string { return &s }
