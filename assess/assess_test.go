package assess

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"bluf"
	"bluf/text"
)

// hypText returns the hypotheses' texts, lower-cased, for messages.
func hypTexts(r *bluf.Report) []string {
	var out []string
	for _, h := range r.Hypotheses {
		out = append(out, strings.ToLower(h.Text))
	}
	return out
}

// findHyp returns the hypothesis whose text holds every one of words.
func findHyp(r *bluf.Report, words ...string) *bluf.Hypothesis {
	for i, h := range r.Hypotheses {
		l := strings.ToLower(h.Text)
		ok := true
		for _, w := range words {
			if !strings.Contains(l, w) {
				ok = false
			}
		}
		if ok {
			return &r.Hypotheses[i]
		}
	}
	return nil
}

func TestSeedHypotheses(t *testing.T) {
	tests := []struct {
		seed     string
		want     [][]string // each: words one hypothesis must hold
		favoured []string   // words of the rank-1 hypothesis, if asserted
		last     []string   // words of a hypothesis that must not lead
	}{
		{"001", [][]string{{"muddl"}, {"rupture"}}, []string{"muddl"}, []string{"rupture"}},
		{"002", [][]string{{"side", "tehran"}, {"neutrality"}}, nil, []string{"side", "tehran"}},
		{"004", [][]string{{"security and stability"}, {"pervasive influence"}}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.seed, func(t *testing.T) {
			r := run(seed(t, tt.seed))
			for _, w := range tt.want {
				if findHyp(r, w...) == nil {
					t.Errorf("seed %s: no hypothesis with %q in %q", tt.seed, w, hypTexts(r))
				}
			}
			if tt.favoured != nil {
				h := findHyp(r, tt.favoured...)
				if h == nil || h.Rank != 1 || r.BLUF.Hypothesis != h.ID {
					t.Errorf("seed %s: favoured = %q, want the one with %q; hypotheses %+v", tt.seed, r.BLUF.Hypothesis, tt.favoured, r.Hypotheses)
				}
			}
			if tt.last != nil {
				if h := findHyp(r, tt.last...); h == nil || h.Rank == 1 {
					t.Errorf("seed %s: the hypothesis with %q leads, but the text argues against it; hypotheses %+v", tt.seed, tt.last, r.Hypotheses)
				}
			}
		})
	}
}

// own articles are written for the tests (testdata/*.txt), from other
// regions, to show that nothing is tuned to the seeds.
func TestOwnArticles(t *testing.T) {
	tests := []struct {
		file    string
		hyps    [][]string
		domains []string
		tags    []string
		flags   []string
	}{
		{"sudan.txt", [][]string{{"ceasefire"}, {"partition"}}, []string{"humanitarian", "security"}, []string{"humanitarian crisis", "de-escalation and ceasefires"}, []string{"hedged_sourcing"}},
		{"taiwan.txt", [][]string{{"beijing intensifies gray-zone"}, {"beijing launches a quarantine"}}, []string{"economic", "security"}, []string{"maritime security", "deterrence"}, []string{"absence"}},
		{"sahel.txt", [][]string{{"negotiate"}, {"air strikes"}}, []string{"security"}, []string{"coups and juntas"}, []string{"hedged_sourcing", "absence"}},
		{"essequibo.txt", [][]string{{"venezuela keeps the pressure rhetorical"}, {"venezuela's forces seize a river island"}}, []string{"economic"}, []string{"sanctions", "energy security"}, []string{"absence"}},
		{"myanmar.txt", [][]string{{"ceasefire", "per some analysts"}, {"bombing campaign", "per others"}}, []string{"security", "humanitarian"}, []string{"coups and juntas", "humanitarian crisis"}, []string{"hedged_sourcing", "absence"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r := run(readDoc(t, filepath.Join("testdata", tt.file)))
			for _, w := range tt.hyps {
				if findHyp(r, w...) == nil {
					t.Errorf("%s: no hypothesis with %q in %q", tt.file, w, hypTexts(r))
				}
			}
			dom := map[string]bool{}
			for _, k := range r.Risks {
				dom[k.Domain] = true
			}
			for _, d := range tt.domains {
				if !dom[d] {
					t.Errorf("%s: no %s risk in %+v", tt.file, d, r.Risks)
				}
			}
			tags := map[string]bool{}
			for _, g := range r.Tags {
				tags[g.Name] = true
			}
			for _, g := range tt.tags {
				if !tags[g] {
					t.Errorf("%s: no tag %q in %+v", tt.file, g, r.Tags)
				}
			}
			kinds := map[string]bool{}
			for _, f := range r.RedFlags {
				kinds[f.Kind] = true
			}
			for _, k := range tt.flags {
				if !kinds[k] {
					t.Errorf("%s: no %s red flag in %+v", tt.file, k, r.RedFlags)
				}
			}
			if len(r.Recommendations) == 0 || r.Recommendations[0].Origin != "article" {
				t.Errorf("%s: recommendations = %+v, want the article's own", tt.file, r.Recommendations)
			}
		})
	}
}

// corpus returns every seed article and every own test article.
func corpus(t *testing.T) map[string]*bluf.Document {
	docs := map[string]*bluf.Document{}
	m, _ := filepath.Glob(filepath.Join(seedDir(t), "*.txt"))
	own, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, p := range append(m, own...) {
		docs[filepath.Base(p)] = readDoc(t, p)
	}
	return docs
}

var icd203 = map[string]bool{"almost no chance": true, "very unlikely": true, "unlikely": true, "roughly even chance": true, "likely": true, "very likely": true, "almost certain": true}

func TestInvariants(t *testing.T) {
	for name, doc := range corpus(t) {
		r := run(doc)
		checkReport(t, name, doc, r)
		// Deterministic: the same input gives the same output.
		r2 := run(doc)
		b1, _ := json.Marshal(r)
		b2, _ := json.Marshal(r2)
		if string(b1) != string(b2) {
			t.Errorf("%s: two runs differ", name)
		}
	}
}

// checkReport asserts the grounding rules on r.
func checkReport(t *testing.T, name string, doc *bluf.Document, r *bluf.Report) {
	t.Helper()
	valid := map[string]bool{}
	for _, s := range doc.Sentences {
		valid[s.ID] = true
	}
	check := func(section string, it bluf.Item) {
		t.Helper()
		if it.Text == "" {
			return
		}
		if len(it.Citations) == 0 {
			t.Errorf("%s: %s item %q has no citations", name, section, it.Text)
		}
		for _, c := range it.Citations {
			if !valid[c] {
				t.Errorf("%s: %s item %q cites %q, not a sentence", name, section, it.Text, c)
			}
		}
	}
	if len(doc.Sentences) == 0 {
		return
	}
	words := false
	for _, s := range doc.Sentences {
		if len(tokenize(s.Text)) > 0 {
			words = true
		}
	}
	if words && len(r.Hypotheses) < 2 {
		t.Errorf("%s: %d hypotheses, want at least 2", name, len(r.Hypotheses))
	}
	check("bluf", r.BLUF.Item)
	check("bluf.action", r.BLUF.Action)
	check("confidence", r.Confidence.Item)
	if r.BLUF.Text != "" && !icd203[r.BLUF.Likelihood] {
		t.Errorf("%s: BLUF likelihood %q is not an ICD 203 term", name, r.BLUF.Likelihood)
	}
	switch r.Confidence.Level {
	case "low", "moderate", "high":
	default:
		t.Errorf("%s: confidence level %q", name, r.Confidence.Level)
	}
	for term := range icd203 {
		if strings.Contains(strings.ToLower(r.Confidence.Text), " "+term+" ") {
			t.Errorf("%s: confidence text %q holds likelihood term %q", name, r.Confidence.Text, term)
		}
	}
	for _, h := range r.Hypotheses {
		check("hypothesis", h.Item)
		if !icd203[h.Likelihood] {
			t.Errorf("%s: %s likelihood %q", name, h.ID, h.Likelihood)
		}
	}
	for _, e := range r.ACH.Evidence {
		check("ach", e.Item)
		for _, h := range r.ACH.Hypotheses {
			switch e.Ratings[h] {
			case "CC", "C", "N", "I", "II", "NA":
			default:
				t.Errorf("%s: %s rating for %s = %q", name, e.ID, h, e.Ratings[h])
			}
		}
	}
	for _, x := range r.Assumptions {
		check("assumption", x.Item)
		if x.Rating != "solid" && x.Rating != "caveats" && x.Rating != "unsupported" {
			t.Errorf("%s: assumption rating %q", name, x.Rating)
		}
	}
	for _, x := range r.RedFlags {
		check("red flag", x.Item)
	}
	for _, x := range r.Risks {
		check("risk", x.Item)
	}
	for _, x := range r.Recommendations {
		check("recommendation", x.Item)
	}
	for _, x := range r.Indicators {
		check("indicator", x.Item)
	}
	for _, sc := range []bluf.Scenario{r.Scenarios.Best, r.Scenarios.Worst, r.Scenarios.MostLikely} {
		check("scenario", sc.Item)
		for _, sp := range sc.Signposts {
			check("signpost", sp)
		}
	}
	for _, g := range r.Tags {
		check("tag", bluf.Item{Text: g.Name, Citations: g.Citations})
	}
	checkLabels(t, name, r)
	checkRanking(t, name, r)
}

func TestRestraintPremise(t *testing.T) {
	for _, prefix := range []string{"001", "002"} {
		r := run(seed(t, prefix))
		found := false
		for _, x := range r.Assumptions {
			if !x.Stated && strings.Contains(x.Text, "restraint by the militias") {
				found = true
				if x.Rating != "unsupported" {
					t.Errorf("seed %s: %q rated %s, want unsupported (the text reports militia attacks as fact)", prefix, x.Text, x.Rating)
				}
			}
		}
		if !found {
			t.Errorf("seed %s: no unstated restraint premise in %+v", prefix, r.Assumptions)
		}
	}
}

func TestNoAlternativesFallsBack(t *testing.T) {
	body := "The port reopened on Monday after a week of repairs.\n\nOfficials said the cranes were working again and ships were unloading grain."
	doc := &bluf.Document{Body: body}
	doc.Sentences = text.Sentences(body, nil)
	r := run(doc)
	if len(r.Hypotheses) != 2 {
		t.Fatalf("hypotheses = %+v, want 2", r.Hypotheses)
	}
	if !strings.Contains(r.Hypotheses[1].Text, "Null hypothesis") {
		t.Errorf("H2 = %q, want the labelled null hypothesis", r.Hypotheses[1].Text)
	}
	gap := false
	for _, g := range r.Gaps {
		if g.Section == "hypotheses" {
			gap = true
		}
	}
	if !gap {
		t.Errorf("gaps = %+v, want a hypotheses gap", r.Gaps)
	}
}

func TestEmpty(t *testing.T) {
	for _, body := range []string{"", "   ", "Menu\nHome\nAbout"} {
		doc := &bluf.Document{Body: body}
		doc.Sentences = text.Sentences(body, nil)
		r := run(doc)
		if r.Tags == nil || r.Risks == nil || r.Gaps == nil {
			t.Errorf("Assess(%q): nil sections", body)
		}
	}
}

func TestDyadTags(t *testing.T) {
	body := "Country A and Country B signed a border deal on Monday after long talks.\n\nCountry A said Country B would open two crossings, and Country B agreed to patrol the frontier."
	doc := &bluf.Document{Body: body}
	doc.Sentences = text.Sentences(body, nil)
	var ms []bluf.Mention
	for _, s := range doc.Sentences {
		for _, n := range []struct{ name, id string }{{"Country A", "e1"}, {"Country B", "e2"}} {
			if i := strings.Index(s.Text, n.name); i >= 0 {
				ms = append(ms, bluf.Mention{Start: s.Start + i, End: s.Start + i + len(n.name), Text: n.name, Type: bluf.State, Entity: n.id, Sentence: s.ID})
			}
		}
	}
	r := &bluf.Report{Entities: []bluf.Entity{
		{ID: "e1", Name: "United States", Type: bluf.State, Code: "USA"},
		{ID: "e2", Name: "Republic of Examplia", Type: bluf.State, Code: "EXA"},
	}}
	Assess(r, doc, ms)
	found := false
	for _, g := range r.Tags {
		if g.Kind == "dyad" {
			found = true
			if g.Name != "US-Republic of Examplia relations" {
				t.Errorf("dyad = %q, want %q", g.Name, "US-Republic of Examplia relations")
			}
			if len(g.Citations) < 2 {
				t.Errorf("dyad citations = %v, want 2", g.Citations)
			}
		}
	}
	if !found {
		t.Errorf("tags = %+v, want a dyad", r.Tags)
	}
}

func TestRegionTags(t *testing.T) {
	body := "Troops from Mali and Niger met at the border on Monday.\n\nNiger said the joint patrols would continue, and Mali agreed to share intelligence."
	doc := &bluf.Document{Body: body, Sentences: text.Sentences(body, nil)}
	var ms []bluf.Mention
	for _, s := range doc.Sentences {
		for _, n := range []struct{ name, id string }{{"Mali", "e1"}, {"Niger", "e2"}} {
			if i := strings.Index(s.Text, n.name); i >= 0 {
				ms = append(ms, bluf.Mention{Start: s.Start + i, End: s.Start + i + len(n.name), Text: n.name, Type: bluf.State, Entity: n.id, Sentence: s.ID})
			}
		}
	}
	r := &bluf.Report{Entities: []bluf.Entity{{ID: "e1", Name: "Mali", Type: bluf.State, Code: "MLI"}, {ID: "e2", Name: "Niger", Type: bluf.State, Code: "NER"}}}
	Assess(r, doc, ms)
	var got []string
	for _, g := range r.Tags {
		if g.Kind == "region" {
			got = append(got, g.Name)
		}
	}
	if strings.Join(got, ",") != "Sahel" {
		t.Errorf("region tags = %q, want [Sahel]", got)
	}
}

func TestClauseOf(t *testing.T) {
	tests := []struct{ subj, vp, want string }{
		{"The army", "retake the town and hold the bridge", "The army retakes the town and holds the bridge"},
		{"It", "keep its distance and perhaps play a role", "It keeps its distance and perhaps plays a role"},
		{"the rebels", "stop attacks", "The rebels stop attacks"},
		{"", "sit tight", "Sit tight"},
		{"the army", "carry the day", "The army carries the day"},
		{"the government", "go to the polls", "The government goes to the polls"},
		{"Mediators", "press both generals", "Mediators press both generals"},
		{"Hamas", "accept the truce", "Hamas accepts the truce"},
		{"There", "by boat, by bike", "By boat, by bike"},
		{"Openly backing the rebels", "invite sanctions", "Openly backing the rebels invites sanctions"},
		{"Hardliners in the ruling party", "pursue a harder line", "Hardliners in the ruling party pursue a harder line"},
		{"The head of the armed forces", "resign", "The head of the armed forces resigns"},
	}
	for _, tt := range tests {
		if got := clauseOf(tt.subj, tt.vp); got != tt.want {
			t.Errorf("clauseOf(%q, %q) = %q, want %q", tt.subj, tt.vp, got, tt.want)
		}
	}
}

func TestStem(t *testing.T) {
	tests := [][2]string{{"muddle", "muddling"}, {"escalation", "escalating"}, {"rupture", "ruptured"}, {"neutrality", "neutral"}, {"sanctions", "sanction"},
		{"lost", "lose"}, {"states", "state"}, {"withdrawal", "withdraw"}, {"said", "say"}}
	for _, tt := range tests {
		if stem(tt[0]) != stem(tt[1]) {
			t.Errorf("stem(%q) = %q, stem(%q) = %q, want equal", tt[0], stem(tt[0]), tt[1], stem(tt[1]))
		}
	}
}

func TestRate(t *testing.T) {
	body := "Holding talks seems less risky than a blockade of the ports."
	doc := &bluf.Document{Body: body, Sentences: text.Sentences(body, nil)}
	a := newAnalysis(&bluf.Report{}, doc, nil)
	hs := []*hyp{a.newHyp("options", "The government holds talks"), a.newHyp("options", "The government imposes a blockade")}
	hs[0].id, hs[1].id = "H1", "H2"
	a.distinguish(hs)
	got := a.rate(a.sents[0], hs)
	if got["H1"] != bluf.VeryConsistent || got["H2"] != bluf.Inconsistent {
		t.Errorf("rate(%q) = %v, want H1 CC, H2 I", body, got)
	}
}

func FuzzAssess(f *testing.F) {
	f.Add("Two options emerge: talk or fight. The army could attack. It could also wait.")
	f.Add("If the rains fail, famine could spread. Donors should act now.")
	f.Add("“Quote” - Someone\n\nx")
	f.Add("Officials remain unclear whether the truce will hold. The militia says it will fight on, but the army accuses it of stalling.")
	f.Add("The council could either lift the curfew or impose a lockdown. It is likely to wait rather than act now, if the unrest continues.")
	f.Add("Analysts see two paths for the junta: negotiate or escalate. The junta could talk. It could also fight. There may also be an opportunity for donors to mediate.")
	f.Fuzz(func(t *testing.T, body string) {
		doc := &bluf.Document{Body: body}
		doc.Sentences = text.Sentences(body, nil)
		r := run(doc)
		checkReport(t, "fuzz", doc, r)
	})
}

func BenchmarkAssess(b *testing.B) {
	doc := seed(b, "002")
	b.ReportAllocs()
	for b.Loop() {
		r := &bluf.Report{Sentences: doc.Sentences}
		Assess(r, doc, nil)
	}
}

func TestEnumeration(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"further strikes, calls for withdrawal, and attacks on bases", []string{"further strikes", "calls for withdrawal", "attacks on bases"}},
		{"floods, famine or mass displacement", []string{"floods", "famine", "mass displacement"}},
		{"rebels to regroup and strike at convoys, this time in the north", nil},
		{"a diplomatic breakdown, similar to earlier tensions", nil},
		{"strikes on depots, Ethiopian and Eritrean positions, and supply lines", nil},
	}
	for _, tt := range tests {
		got := enumeration(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("enumeration(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNegate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"cooperation is worth testing", "cooperation is not worth testing"},
		{"the junta will hold elections", "the junta will not hold elections"},
		{"talks resume soon", ""},
	}
	for _, tt := range tests {
		got, _ := negate(tt.in)
		if got != tt.want {
			t.Errorf("negate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAlternativePatterns(t *testing.T) {
	tests := []struct {
		body string
		want [][]string // words of each expected hypothesis; nil for none found
	}{
		{"Analysts see two options for the government: call early elections or extend the emergency decree.", [][]string{{"the government calls early elections"}, {"the government extends the emergency"}}},
		{"The council could either lift the curfew or impose a wider lockdown on the capital.", [][]string{{"council lifts the curfew"}, {"council imposes a wider lockdown"}}},
		{"The president must choose between dismissing the cabinet and calling a referendum on the charter.", [][]string{{"president dismisses the cabinet"}, {"president calls a referendum"}}},
		{"Officials remain unclear whether the ceasefire will hold through the harvest season.", [][]string{{"ceasefire will hold"}, {"will not hold"}}},
		{"The real question is whether the generals can keep the conscripts loyal.", [][]string{{"generals can keep"}, {"generals can not keep"}}},
		{"The council faces a dilemma: cut fuel subsidies or default on its loans.", [][]string{{"council cuts fuel subsidies"}, {"council defaults on its loans"}}},
		{"Shoppers pay by either credit or debit card at the new stores in town.", nil},
		{"Beijing is likely to tighten the pressure gradually rather than launch an invasion of the island.", [][]string{{"beijing tightens the pressure"}, {"beijing launches an invasion"}}},
		{"The partnership should stay anchored in mutual interests rather than grand ambitions.", nil},
		{"The rebels could seize the airport. They could also withdraw to the hills. There may also be an opportunity for the mediators to reopen talks.", [][]string{{"rebels seize the airport"}, {"rebels withdraw"}, {"mediators reopen talks"}}},
	}
	for _, tt := range tests {
		doc := &bluf.Document{Body: tt.body, Sentences: text.Sentences(tt.body, nil)}
		a := newAnalysis(&bluf.Report{}, doc, nil)
		sets := a.alternativeSets()
		if tt.want == nil {
			if len(sets) != 0 {
				t.Errorf("alternativeSets(%q) = %d sets, want none (first %q)", tt.body, len(sets), sets[0].alts[0].text)
			}
			continue
		}
		if len(sets) == 0 {
			t.Errorf("alternativeSets(%q) found nothing", tt.body)
			continue
		}
		var got []string
		for _, h := range sets[0].alts {
			got = append(got, strings.ToLower(h.text))
		}
		if len(got) != len(tt.want) {
			t.Errorf("alternativeSets(%q) = %q, want %d alternatives", tt.body, got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			for _, word := range w {
				if !strings.Contains(got[i], word) {
					t.Errorf("alternativeSets(%q)[%d] = %q, want it to hold %q", tt.body, i, got[i], word)
				}
			}
		}
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		sentence string
		cue      string
		want     bool
	}{
		{"Donors should fund the corridors now.", cueNecessity, true},
		{"The government says more troops are needed to hold the line.", cueNecessity, false},
		{"There is a growing need to act.", cueNecessity, false},
		{"The minister reportedly met the rebels.", cueHedgeSource, true},
		{"The army has not confirmed the losses.", cueAbsence, true},
		{"Talks could collapse if the shelling resumes.", cueCondition, true},
		{"The deal limited, if not ended, the exports.", cueCondition, false},
		{"Leaked cables describe the plan.", cueUnverified, true},
		{"Unknown gunmen attacked the convoy near the border.", cueAbsence, false},
		{"The fate of the hostages remains unknown.", cueAbsence, true},
		{"If anything, the talks made matters worse.", cueCondition, false},
	}
	for _, tt := range tests {
		doc := &bluf.Document{Body: tt.sentence, Sentences: text.Sentences(tt.sentence, nil)}
		a := newAnalysis(&bluf.Report{}, doc, nil)
		s := a.sents[0]
		got := s.has(tt.cue)
		if tt.cue == cueNecessity && got {
			got = len(a.prescriptions(nil)) > 0
		}
		if got != tt.want {
			t.Errorf("role %s of %q = %v, want %v", tt.cue, tt.sentence, got, tt.want)
		}
	}
}

func TestLanguageGap(t *testing.T) {
	body := "El gobierno anunció nuevas medidas. La oposición rechazó el plan."
	doc := &bluf.Document{Body: body, Language: "es", Sentences: text.Sentences(body, nil)}
	r := run(doc)
	if len(r.Hypotheses) != 0 || len(r.Gaps) != 1 || !strings.Contains(r.Gaps[0].Text, "English only") {
		t.Errorf("Spanish text: hypotheses %v, gaps %v; want none and a language gap", r.Hypotheses, r.Gaps)
	}
}

func TestLines(t *testing.T) {
	tests := []struct {
		body string
		want [][]string
	}{
		{"The junta says the delay is needed to restore security, but opposition parties accuse it of entrenching military rule.", [][]string{{"delay is needed", "junta"}, {"entrenching military rule", "opposition parties"}}},
		{"Moscow insists that the strikes hit only military targets.\n\nThe monitors said the convoy was destroyed.", nil},
		{"The ministry said the border crossing would reopen next week. Aid groups, however, said no trucks had been cleared to enter.", [][]string{{"crossing would reopen", "ministry"}, {"no trucks had been cleared", "aid groups"}}},
		{"Rights groups reported that soldiers executed dozens of prisoners near the dam, allegations the army rejected.", [][]string{{"soldiers executed dozens", "per rights groups"}, {"claim is false", "the army", "rejected"}}},
	}
	for _, tt := range tests {
		doc := &bluf.Document{Body: tt.body, Sentences: text.Sentences(tt.body, nil)}
		a := newAnalysis(&bluf.Report{}, doc, nil)
		var got []string
		for _, set := range a.alternativeSets() {
			if set.kind == "lines" {
				for _, h := range set.alts {
					got = append(got, strings.ToLower(h.text))
				}
				break
			}
		}
		if tt.want == nil {
			if got != nil {
				t.Errorf("lines(%q) = %q, want none", tt.body, got)
			}
			continue
		}
		if len(got) != len(tt.want) {
			t.Errorf("lines(%q) = %q, want %d lines", tt.body, got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			for _, word := range w {
				if !strings.Contains(got[i], word) {
					t.Errorf("lines(%q)[%d] = %q, want it to hold %q", tt.body, i, got[i], word)
				}
			}
		}
	}
}

func TestEventsLinked(t *testing.T) {
	body := "The rebels threatened to shell the port city if the blockade continues.\n\nSuch an attack could trigger mass displacement and a famine along the coast."
	doc := &bluf.Document{Body: body, Sentences: text.Sentences(body, nil)}
	r := &bluf.Report{Events: []bluf.Event{
		{ID: "ev1", Source: bluf.ActorRef{Name: "rebels"}, Target: bluf.ActorRef{Name: "port city"}, Code: "138", Root: "13", Label: "Threaten with military force", Modality: "threatened", Sentence: "s1"},
		{ID: "ev2", Source: bluf.ActorRef{Name: "rebels"}, Code: "190", Root: "19", Label: "Use conventional military force", Modality: "possible", Sentence: "s2"},
	}}
	Assess(r, doc, nil)
	linked := false
	for _, k := range r.Risks {
		for _, e := range k.Events {
			if e == "ev2" && k.Citations[0] == "s2" {
				linked = true
			}
		}
	}
	if !linked {
		t.Errorf("risks = %+v, want the s2 risk to carry event ev2", r.Risks)
	}
	ev := false
	for _, in := range r.Indicators {
		if strings.Contains(in.Text, "by rebels") {
			ev = true
		}
	}
	if !ev {
		t.Errorf("indicators = %+v, want one drawn from the threatened event", r.Indicators)
	}
	if r.Scenarios.Worst.Text == "" || len(r.Scenarios.Worst.Events) == 0 {
		t.Errorf("worst scenario = %+v, want a cited projection with its events", r.Scenarios.Worst)
	}
}

// TestConcurrent runs Assess on several documents at once: the lexicons
// and the tagger are shared, everything else must be per call.
func TestConcurrent(t *testing.T) {
	docs := corpus(t)
	want := map[string]string{}
	for name, doc := range docs {
		b, _ := json.Marshal(run(doc))
		want[name] = string(b)
	}
	done := make(chan error, len(docs))
	for name, doc := range docs {
		go func() {
			b, _ := json.Marshal(run(doc))
			if string(b) != want[name] {
				done <- fmt.Errorf("%s: concurrent run differs", name)
				return
			}
			done <- nil
		}()
	}
	for range docs {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func TestEnumerated(t *testing.T) {
	tests := []struct {
		body string
		want [][]string
	}{
		{"Three futures are open. One scenario is that the ceasefire holds through the rainy season. Another possibility is that the rebels regroup in the east. A third is that the talks collapse entirely.",
			[][]string{{"ceasefire holds"}, {"rebels regroup"}, {"talks collapse"}}},
		{"On the one hand, the junta needs foreign money to pay its soldiers. Its allies are few. On the other hand, it cannot accept monitors without losing face.",
			[][]string{{"needs foreign money"}, {"cannot accept monitors"}}},
		{"Some analysts believe the blockade will ease after the vote in the assembly. Others argue that the navy will tighten it further before winter.",
			[][]string{{"blockade will ease"}, {"navy will tighten"}}},
	}
	for _, tt := range tests {
		doc := &bluf.Document{Body: tt.body, Sentences: text.Sentences(tt.body, nil)}
		a := newAnalysis(&bluf.Report{}, doc, nil)
		hs := a.hypotheses(nil)
		var got []string
		for _, h := range hs {
			got = append(got, strings.ToLower(h.text))
		}
		if len(got) != len(tt.want) {
			t.Errorf("hypotheses(%q) = %q, want %d", tt.body, got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			for _, word := range w {
				if !strings.Contains(got[i], word) {
					t.Errorf("hypotheses(%q)[%d] = %q, want it to hold %q", tt.body, i, got[i], word)
				}
			}
		}
	}
}

func TestPivot(t *testing.T) {
	h1, h2 := &hyp{id: "H1"}, &hyp{id: "H2"}
	mk := func(cred, r1, r2 string) *row {
		return &row{cred: cred, ratings: map[string]string{"H1": r1, "H2": r2}, s: &sent{id: "s" + cred}}
	}
	tests := []struct {
		rows []*row
		want string // id of the pivot row, "" for none
	}{
		{[]*row{mk("high", "C", "I"), mk("medium", "N", "N")}, "shigh"},
		{[]*row{mk("medium", "C", "I"), mk("low", "N", "I")}, ""},
	}
	for i, tt := range tests {
		res := &achResult{rows: tt.rows, inc: map[string]float64{}, order: []*hyp{h1, h2}}
		for _, r := range tt.rows {
			res.inc["H1"] += credWeight[r.cred] * inconsistency(r.ratings["H1"])
			res.inc["H2"] += credWeight[r.cred] * inconsistency(r.ratings["H2"])
		}
		got := ""
		if p := res.pivot(); p != nil {
			got = p.s.id
		}
		if got != tt.want {
			t.Errorf("case %d: pivot = %q, want %q", i, got, tt.want)
		}
	}
}

func TestStatedScenarios(t *testing.T) {
	body := "The truce is fragile and both armies are rearming along the river.\n\n" +
		"In the best case, the truce holds until the harvest and aid reaches the valley. " +
		"In the worst case, the northern army breaks through and the capital falls within weeks. " +
		"The most likely outcome is that the front freezes and skirmishes continue through the winter."
	doc := &bluf.Document{Body: body, Sentences: text.Sentences(body, nil)}
	r := run(doc)
	if !strings.Contains(r.Scenarios.Best.Text, "truce holds until the harvest") {
		t.Errorf("best = %q, want the text's own best case", r.Scenarios.Best.Text)
	}
	if !strings.Contains(r.Scenarios.Worst.Text, "northern army breaks through") {
		t.Errorf("worst = %q, want the text's own worst case", r.Scenarios.Worst.Text)
	}
}

func TestRisks(t *testing.T) {
	tests := []struct {
		sentence string
		domain   string // "" for no risk
	}{
		{"Renewed shelling could displace thousands of civilians from the valley.", "humanitarian"},
		{"If the blockade continues, fuel prices could double and the currency could collapse.", "economic"},
		{"The alliance will focus on the shared threat posed by terrorists in the region.", ""},
		{"Even without the current conflict, the prospects for the talks have appeared dim.", ""},
		{"The ministry said the bridge reopened on Monday after repairs.", ""},
	}
	for _, tt := range tests {
		doc := &bluf.Document{Body: tt.sentence, Sentences: text.Sentences(tt.sentence, nil)}
		a := newAnalysis(&bluf.Report{}, doc, nil)
		cs := a.riskCandidates(nil)
		got := ""
		if len(cs) > 0 {
			got = cs[0].domain
		}
		if got != tt.domain {
			t.Errorf("risk domain of %q = %q, want %q", tt.sentence, got, tt.domain)
		}
	}
}

func TestDegerund(t *testing.T) {
	tests := []struct{ in, want string }{
		{"dealing", "deal"}, {"making", "make"}, {"cutting", "cut"}, {"negotiating", "negotiate"},
		{"sanctioning", "sanction"}, {"responding", "respond"}, {"leaving", "leave"}, {"doubling", "double"},
		{"calling", "call"}, {"taking", "take"}, {"pursuing", "pursue"}, {"controlling", "control"}, {"continuing", "continue"},
	}
	for _, tt := range tests {
		if got, _ := degerund(tt.in); got != tt.want {
			t.Errorf("degerund(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
