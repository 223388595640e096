package assess

import (
	"path/filepath"
	"strings"
	"testing"

	"bluf"
	"bluf/text"
)

// docOf segments body into a Document.
func docOf(body string) *bluf.Document {
	doc := &bluf.Document{Body: body}
	doc.Paragraphs = text.Paragraphs(body)
	doc.Sentences = text.Sentences(body, doc.Paragraphs)
	return doc
}

// checkLabels asserts that no item text starts with the label the
// renderer prints before it.
func checkLabels(t *testing.T, name string, r *bluf.Report) {
	t.Helper()
	bad := func(where, txt string, prefixes ...string) {
		t.Helper()
		for _, p := range prefixes {
			if strings.HasPrefix(strings.ToLower(txt), strings.ToLower(p)) {
				t.Errorf("%s: %s text %q starts with the label %q", name, where, txt, p)
			}
		}
	}
	for _, f := range r.RedFlags {
		bad("red flag", f.Text, "Against ", "Red flag", "Contrary evidence", "Hedged sourcing", "Unverified source", "Telling absence")
	}
	bad("action", r.BLUF.Action.Text, "The text recommends", "Recommended action")
	bad("confidence", r.Confidence.Text, "Confidence")
	for _, sc := range []bluf.Scenario{r.Scenarios.Best, r.Scenarios.Worst, r.Scenarios.MostLikely} {
		bad("scenario", sc.Text, "Best", "Worst", "Most likely:", "The text's most likely")
		for _, sp := range sc.Signposts {
			bad("signpost", sp.Text, "Signpost", "Watch for", "The text's most likely")
		}
	}
}

// checkRanking asserts that the BLUF names the rank-1 hypothesis and that
// likelihood terms never rise as rank falls.
func checkRanking(t *testing.T, name string, r *bluf.Report) {
	t.Helper()
	order := map[string]int{}
	for i, term := range likelihoodScale {
		order[term] = i
	}
	byRank := map[int]bluf.Hypothesis{}
	for _, h := range r.Hypotheses {
		byRank[h.Rank] = h
		if h.ID == r.BLUF.Hypothesis && h.Rank != 1 {
			t.Errorf("%s: BLUF favours %s, ranked %d", name, h.ID, h.Rank)
		}
	}
	for k := 2; k <= len(r.Hypotheses); k++ {
		if order[byRank[k].Likelihood] > order[byRank[k-1].Likelihood] {
			t.Errorf("%s: rank %d %s is %q, above rank %d's %q", name, k, byRank[k].ID, byRank[k].Likelihood, k-1, byRank[k-1].Likelihood)
		}
	}
}

// likelihoodScale is ICD 203's scale, least likely first.
var likelihoodScale = []string{"almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely", "very likely", "almost certain"}

func TestStatedMostLikely(t *testing.T) {
	tests := []struct {
		body, want string
	}{
		{"Tensions in the strait have risen for a year. Neither navy wants a war, yet both keep sailing closer.\n\n" +
			"The coast guards could clash near the reef. Talks could also resume after the summit.\n\n" +
			"The most likely path is continued pressure short of war.", "continued pressure short of war"},
		{"The junta has ruled for three years. Aid convoys are stopped at checkpoints every week.\n\n" +
			"For now, the most likely outcome is a slow erosion: the army keeps the capital, the rebels hold the hills, and talks stay frozen.",
			"the army keeps the capital, the rebels hold the hills, and talks stay frozen"},
	}
	for _, tt := range tests {
		r := run(docOf(tt.body))
		if !strings.Contains(strings.ToLower(r.Scenarios.MostLikely.Text), tt.want) {
			t.Errorf("most likely = %q, want it to hold %q", r.Scenarios.MostLikely.Text, tt.want)
		}
		if len(r.Scenarios.MostLikely.Citations) == 0 {
			t.Errorf("most likely %q has no citation", r.Scenarios.MostLikely.Text)
		}
		if strings.Contains(strings.ToLower(r.Scenarios.Best.Text), tt.want) {
			t.Errorf("best = %q: the stated most likely outcome is not the best case", r.Scenarios.Best.Text)
		}
	}
}

func TestBestIsFavourable(t *testing.T) {
	body := "Fighting around the mines has displaced thousands of families this year.\n\n" +
		"The security situation may remain prohibitive for foreign investment as long as the militias hold the roads. " +
		"Attacks on convoys could spread to the southern towns."
	r := run(docOf(body))
	if r.Scenarios.Best.Text != "" {
		t.Errorf("best = %q, want none: the text states no favourable development", r.Scenarios.Best.Text)
	}
	found := false
	for _, g := range r.Gaps {
		if g.Section == "scenarios" && strings.Contains(g.Text, "best case") {
			found = true
		}
	}
	if !found {
		t.Errorf("no scenarios gap for the missing best case; gaps = %v", r.Gaps)
	}
	body2 := body + " A ceasefire agreed by the militias could reopen the roads and allow aid to reach the towns."
	r = run(docOf(body2))
	if !strings.Contains(r.Scenarios.Best.Text, "ceasefire") {
		t.Errorf("best = %q, want the stated ceasefire", r.Scenarios.Best.Text)
	}
}

func TestIndicatorScenario(t *testing.T) {
	body := "The juntas face a choice: deepen their reliance on Moscow or reopen talks with their neighbours.\n\n" +
		"The juntas could deepen their reliance on Moscow and buy more Russian drones. " +
		"They could also reopen talks with their neighbours on border security. " +
		"If the juntas deepen their reliance on Moscow and buy more Russian drones, regional isolation would follow.\n\n" +
		"The most likely outcome is that the juntas deepen their reliance on Moscow.\n\n" +
		"Insurgent attacks could spread to the coastal states and displace thousands more."
	r := run(docOf(body))
	for _, in := range r.Indicators {
		if strings.Contains(in.Text, "reliance on Moscow") && in.Scenario == "best" {
			t.Errorf("indicator %q signals best; it restates the most likely case", in.Text)
		}
	}
}

func TestIndicatorsComplete(t *testing.T) {
	body := "The rebels have held the pass since spring.\n\n" +
		"A heavy-handed response could prompt the rebels to abandon the talks and strike at government and allied positions, this time in defence of the valley, which would win them recruits. " +
		"Shelling of the market could lead to further clashes, calls for sanctions, and attacks on aid convoys."
	r := run(docOf(body))
	for _, in := range r.Indicators {
		x := strings.TrimPrefix(in.Text, watchFor)
		if len(strings.Fields(x)) < 2 || strings.HasPrefix(x, "this time") || strings.HasSuffix(x, " government") || !eventful(x) {
			t.Errorf("indicator %q is a fragment, not a complete development", in.Text)
		}
	}
}

func TestAssumptionsArePremises(t *testing.T) {
	body := "Khartoum faces two options: accept the mediators' plan or fight on for the capital.\n\n" +
		"The army could accept the mediators' plan and withdraw from the bridges. " +
		"It could also fight on for the capital with Egyptian drones.\n\n" +
		"The talks can only continue as long as the paramilitaries hold the ceasefire lines around the refinery. " +
		"The paramilitaries have held the ceasefire lines around the refinery for six weeks. " +
		"Relief agencies can reach Omdurman unless the army closes the river crossings. " +
		"This is a familiar pattern in the war's public messaging.\n\n" +
		"Donors should fund relief convoys that do not depend on the army's permission."
	r := run(docOf(body))
	var solid bool
	for _, as := range r.Assumptions {
		low := strings.ToLower(as.Text)
		if strings.Contains(low, "should fund") || strings.Contains(low, "could accept") || strings.Contains(low, "familiar pattern") {
			t.Errorf("assumption %q is a prescription, a hypothesis or a description, not a premise", as.Text)
		}
		if strings.Contains(low, "as long as the paramilitaries") {
			if as.Rating != "solid" {
				t.Errorf("assumption %q rated %q (%s), want solid: another sentence reports the premise", as.Text, as.Rating, as.Basis)
			}
			solid = true
		}
		if strings.Contains(low, "unless the army closes") && !strings.Contains(as.Basis, "army closes the river crossings") {
			t.Errorf("basis %q does not say what would undermine %q", as.Basis, as.Text)
		}
	}
	if !solid {
		t.Errorf("the 'as long as' premise is missing from %+v", r.Assumptions)
	}
}

func TestACHMatrixNonTrivial(t *testing.T) {
	cases := []struct {
		name string
		doc  func(testing.TB) *bluf.Document
		// favoured, when set, is a word the favoured hypothesis holds.
		favoured string
	}{
		{"seed 000", func(tb testing.TB) *bluf.Document { return seed(tb, "000") }, ""},
		{"seed 001", func(tb testing.TB) *bluf.Document { return seed(tb, "001") }, "muddle"},
		{"seed 002", func(tb testing.TB) *bluf.Document { return seed(tb, "002") }, ""},
		{"seed 004", func(tb testing.TB) *bluf.Document { return seed(tb, "004") }, "influence"},
		{"sahel example", func(tb testing.TB) *bluf.Document {
			return readDoc(tb, filepath.Join(seedDir(tb), "..", "..", "main", "examples", "sahel-corridor.txt"))
		}, "Russia"},
	}
	for _, c := range cases {
		r := run(c.doc(t))
		rows, diag := len(r.ACH.Evidence), 0
		for _, e := range r.ACH.Evidence {
			if e.Diagnosticity > 0 {
				diag++
			}
		}
		if rows < 6 || diag < 2 {
			t.Errorf("%s: ACH has %d rows, %d diagnostic; want at least 6 and 2", c.name, rows, diag)
		}
		// Non-diagnostic rows come last.
		seenN := false
		for _, e := range r.ACH.Evidence {
			if e.Diagnosticity == 0 {
				seenN = true
			} else if seenN && allNeutral(e) {
				t.Errorf("%s: row %s rated N throughout is listed before a diagnostic row", c.name, e.ID)
			}
		}
		if c.favoured == "" {
			continue
		}
		var fav, second bluf.Hypothesis
		for _, h := range r.Hypotheses {
			switch h.Rank {
			case 1:
				fav = h
			case 2:
				second = h
			}
		}
		if !strings.Contains(fav.Text, c.favoured) {
			t.Errorf("%s: favoured %s %q, want the hypothesis about %q", c.name, fav.ID, fav.Text, c.favoured)
		}
		if fav.Score == second.Score {
			t.Errorf("%s: %s and %s tie at %v: the matrix does not separate them", c.name, fav.ID, second.ID, fav.Score)
		}
	}
}

func allNeutral(e bluf.ACHEvidence) bool {
	for _, v := range e.Ratings {
		if v != bluf.Neutral {
			return false
		}
	}
	return true
}

func TestACHRecall(t *testing.T) {
	body := "Addis Ababa's Amhara gamble\n\n" +
		"The federal government appears more focused on consolidating control of the highlands than on holding talks with the Fano militia.\n\n" +
		"Federal troops tightened their grip on the main roads around Bahir Dar in March, and new garrisons were set up in twelve districts. " +
		"Talks with the militia's envoys stalled in April after two rounds in Nairobi. " +
		"Drone strikes hit several market towns in the region last month, officials said. " +
		"The regional economy has contracted sharply since the fighting began."
	r := run(docOf(body))
	if len(r.Hypotheses) < 2 {
		t.Fatalf("hypotheses = %+v, want the two focuses", r.Hypotheses)
	}
	byID := map[string]bluf.Hypothesis{}
	for _, h := range r.Hypotheses {
		byID[h.ID] = h
	}
	fav := byID[r.BLUF.Hypothesis]
	if !strings.Contains(fav.Text, "control") {
		t.Errorf("favoured %q, want the control line: the text reports tightened grip and stalled talks", fav.Text)
	}
	var gripC, talksI bool
	for _, e := range r.ACH.Evidence {
		for id, v := range e.Ratings {
			h := byID[id]
			if strings.Contains(e.Text, "tightened their grip") && strings.Contains(h.Text, "control") && (v == "C" || v == "CC") {
				gripC = true
			}
			if strings.Contains(e.Text, "stalled") && strings.Contains(h.Text, "talks") && (v == "I" || v == "II") {
				talksI = true
			}
		}
	}
	if !gripC {
		t.Errorf("'tightened their grip' is not rated consistent with the control line: %+v", r.ACH.Evidence)
	}
	if !talksI {
		t.Errorf("'talks stalled' is not rated inconsistent with the talks line: %+v", r.ACH.Evidence)
	}
}

func TestNewsPatterns(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // a phrase each of the first hypotheses holds
	}{
		{"claim and denial", "El Fasher camp shelled\n\n" +
			"Sudan's army said on Tuesday that the Rapid Support Forces shelled a displacement camp outside El Fasher, killing 12 people. " +
			"The RSF denied the accusation, saying its fighters were not in the area. " +
			"Aid groups have been unable to reach the camp for a month.",
			[]string{"Rapid Support Forces shelled a displacement camp", "its fighters were not in the area"}},
		{"unclear responsibility", "Market bombing in Mogadishu\n\n" +
			"A car bomb killed nine people at a market in Mogadishu on Friday. " +
			"Police blamed al-Shabaab for the attack. " +
			"It was not immediately clear who carried out the bombing, and no group has claimed responsibility.",
			[]string{"al-Shabaab is responsible", "Someone other than al-Shabaab"}},
		{"diverging forecasts", "Ghana's rate decision\n\n" +
			"Inflation in Ghana fell to 18 percent in January, its lowest level in three years. " +
			"Analysts expect the central bank to cut interest rates in March, while others warn that a weaker cedi could push prices up again.",
			[]string{"the central bank cuts interest rates", "a weaker cedi could push prices up"}},
		{"lines across paragraphs", "Kenya's tax bill\n\n" +
			"Kenya's finance minister said the new levies will raise revenue without hurting growth.\n\n" +
			"But opposition leaders said the levies would push millions of households into poverty.",
			[]string{"the new levies will raise revenue", "push millions of households into poverty"}},
		{"next step and its reversal", "Strait hotline\n\n" +
			"Military officers from both sides met in Kinmen on Monday. " +
			"The hotline is expected to reopen next month, but it could stay closed if the drills continue.",
			[]string{"The hotline reopens next month", "The hotline stays closed"}},
	}
	for _, tt := range tests {
		r := run(docOf(tt.body))
		if len(r.Hypotheses) < 2 {
			t.Errorf("%s: %d hypotheses", tt.name, len(r.Hypotheses))
			continue
		}
		for i, w := range tt.want {
			if !strings.Contains(strings.ToLower(r.Hypotheses[i].Text), strings.ToLower(w)) {
				t.Errorf("%s: H%d = %q, want it to hold %q", tt.name, i+1, r.Hypotheses[i].Text, w)
			}
		}
		checkReport(t, tt.name, docOf(tt.body), r)
	}
}

func TestPreventedHarm(t *testing.T) {
	tests := []struct {
		text, harm string
		want       bool
	}{
		{"Their aim was keeping the country from falling into civil war.", "war", true},
		{"The mission sought to avert a famine in the north.", "famine", true},
		{"Aid officials warned that famine could spread to the north.", "famine", false},
		{"The army failed to prevent the coup; violence could spread to the capital.", "violence", false},
	}
	for _, tt := range tests {
		s := &sent{text: tt.text, toks: tokenize(tt.text)}
		got := false
		for i, tk := range s.toks {
			if tk.word == tt.harm {
				got = preventedHarm(s, i)
			}
		}
		if got != tt.want {
			t.Errorf("preventedHarm(%q, %q) = %v, want %v", tt.text, tt.harm, got, tt.want)
		}
	}
}

func TestHypothesisLabels(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1. Hypothesis 1: the junta seeks Russian support", "The junta seeks Russian support"},
		{"The most supported hypothesis is that the talks resume", "The talks resume"},
		{"Hypothesis B: the rebels split", "The rebels split"},
		{"Hypothetical talks resume", "Hypothetical talks resume"},
	}
	for _, tt := range tests {
		if got := tidy(hypLabelRe.ReplaceAllString(tt.in, "")); got != tt.want {
			t.Errorf("strip label %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScenarioLinks(t *testing.T) {
	doc := readDoc(t, filepath.Join(seedDir(t), "..", "..", "main", "examples", "sahel-corridor.txt"))
	r := run(doc)
	sc := r.Scenarios
	if sc.MostLikely.Hypothesis != r.BLUF.Hypothesis {
		t.Errorf("most likely (%q) links %q, want the favoured %q", sc.MostLikely.Text, sc.MostLikely.Hypothesis, r.BLUF.Hypothesis)
	}
	if sc.Best.Text != "" && sc.Best.Hypothesis == sc.MostLikely.Hypothesis {
		t.Errorf("best (%q) links the most likely hypothesis %q", sc.Best.Text, sc.Best.Hypothesis)
	}
	for name, x := range map[string]bluf.Scenario{"best": sc.Best, "worst": sc.Worst, "most likely": sc.MostLikely} {
		for _, sp := range x.Signposts {
			for _, c := range x.Citations {
				if len(sp.Citations) > 0 && sp.Citations[0] == c {
					t.Errorf("%s scenario %q has itself (%s) as a signpost", name, x.Text, c)
				}
			}
		}
	}
}
