package assess

import (
	"strings"
	"testing"

	"bluf"
)

// favoured returns the rank-1 hypothesis of r.
func favoured(r *bluf.Report) bluf.Hypothesis {
	for _, h := range r.Hypotheses {
		if h.Rank == 1 {
			return h
		}
	}
	return bluf.Hypothesis{}
}

// TestClaimDenial checks that a claim and its denial get mirrored
// ratings: evidence negating the claim supports the denial, evidence
// restating it supports the claim, and shared topic supports neither.
func TestClaimDenial(t *testing.T) {
	const head = "Convoys on the Kidal road\n\n" +
		"Mali's transitional government said on Monday that separatist rebels are blocking aid convoys on the road to Kidal. " +
		"The rebel coalition denied the accusation.\n\n" +
		"Kidal lies in the desert of northern Mali, about 300 kilometres from Gao. " +
		"The town has been contested since 2012.\n\n"
	tests := []struct {
		name, body string
		want       string // a phrase the favoured hypothesis holds
	}{
		{"text sides with the denial", head +
			"\"We are not blocking any convoys, and the road is open,\" a rebel spokesman said. " +
			"A UN logistics officer said there was no evidence that rebels were blocking aid convoys. " +
			"Independent monitors found the government's claim to be false.",
			"claim is false"},
		{"text sides with the claim", head +
			"Satellite images confirmed rebel checkpoints blocking aid convoys on the road to Kidal. " +
			"Drivers said rebels were blocking aid convoys at two checkpoints last week, and monitors documented the blockade. " +
			"The UN said the rebels are blocking aid convoys and confirmed the account.",
			"blocking aid convoys"},
	}
	for _, tt := range tests {
		doc := docOf(tt.body)
		r := run(doc)
		checkReport(t, tt.name, doc, r)
		if len(r.Hypotheses) < 2 {
			t.Fatalf("%s: %d hypotheses", tt.name, len(r.Hypotheses))
		}
		if f := favoured(r); !strings.Contains(strings.ToLower(f.Text), tt.want) {
			t.Errorf("%s: favoured %s %q, want it to hold %q", tt.name, f.ID, f.Text, tt.want)
		}
		// Mirrored ratings, and the topic-only rows bear on neither.
		for _, row := range r.ACH.Evidence {
			a, b := row.Ratings[r.Hypotheses[0].ID], row.Ratings[r.Hypotheses[1].ID]
			if mirror(a) != b {
				t.Errorf("%s: row %v rated %s/%s, want mirrored ratings", tt.name, row.Citations, a, b)
			}
			if strings.Contains(row.Text, "contested since") && a != bluf.Neutral {
				t.Errorf("%s: topic-only row %q rated %s, want N", tt.name, row.Text, a)
			}
		}
	}
}

// TestOpinionThesis checks that in a piece that argues, the writer's
// judgment is the central judgment rather than a factual lede, while
// plain news keeps its lede.
func TestOpinionThesis(t *testing.T) {
	tests := []struct {
		name, title, body, want string
	}{
		{"opinion", "Ethiopia Takes the Wrong Road to the Sea",
			"Ethiopia signed a memorandum with Somaliland on Monday that grants Addis Ababa a naval base and a port on the Red Sea coast. " +
				"Somalia recalled its ambassador from Addis Ababa the next day.\n\n" +
				"The port deal is a dangerous gamble that could drag Ethiopia and Somalia into another war. " +
				"Eritrea has every reason to see a naval base on the coast as a threat, and Egypt is eager to exploit any rift.\n\n" +
				"Djibouti already offers Ethiopia port access on the Red Sea at a lower cost than a new base. " +
				"A war over the coast would ruin the economy the port is meant to save.\n\n" +
				"Ethiopia should pursue access to the sea through negotiation, not through a deal its neighbours read as a land grab.",
			"dangerous gamble"},
		{"news", "Flooding displaces thousands in northern Nigeria",
			"Floods displaced more than 40,000 people in Borno state this week after a dam near Maiduguri collapsed, officials said. " +
				"Water covered large parts of the city on Tuesday.\n\n" +
				"The state emergency agency said 30 people had died. " +
				"Aid groups warned that cholera could spread in crowded camps.\n\n" +
				"The dam had not been repaired since heavy rains in 2022, engineers said.",
			"Floods displaced more than 40,000 people"},
	}
	for _, tt := range tests {
		doc := docOf(tt.body)
		doc.Title = tt.title
		r := &bluf.Report{Title: doc.Title, Sentences: doc.Sentences}
		Assess(r, doc, nil)
		checkReport(t, tt.name, doc, r)
		if !strings.Contains(r.BLUF.Text, tt.want) {
			t.Errorf("%s: BLUF = %q, want the thesis holding %q", tt.name, r.BLUF.Text, tt.want)
		}
	}
}

func TestCompleteClause(t *testing.T) {
	tests := []struct{ clause, sentence, want string }{
		{"also shows that most voters want an inquiry",
			"A new survey has lower numbers for removal but also shows that most voters want an inquiry.",
			"A new survey shows that most voters want an inquiry"},
		{"also shows that most voters want an inquiry",
			"The survey also shows that most voters want an inquiry.",
			"The survey also shows that most voters want an inquiry"},
		{"and would expel the advisers",
			"The cabinet could keep the mission and would expel the advisers.",
			"The cabinet would expel the advisers"},
		{"Talks to resume in Doha next week", "Talks to resume in Doha next week.", "Talks to resume in Doha next week"},
		{"keep its prices stable",
			"When the levy is small, a trader may choose to keep its prices stable rather than pass the cost on to buyers.",
			"a trader keeps its prices stable"},
		{"pass the cost on to buyers",
			"When the levy is small, a trader may choose to keep its prices stable rather than pass the cost on to buyers.",
			"a trader passes the cost on to buyers"},
		{"Despite the ceasefire fighting went on", "Despite the ceasefire fighting went on.", "Despite the ceasefire fighting went on"},
		{"the junta extends the transition", "Analysts say the junta extends the transition.", "the junta extends the transition"},
	}
	for _, tt := range tests {
		if got := completeClause(tt.clause, tt.sentence); got != tt.want {
			t.Errorf("completeClause(%q, %q) = %q, want %q", tt.clause, tt.sentence, got, tt.want)
		}
	}
}

// TestHypothesesStandAlone checks that no hypothesis opens with a bare
// verb, a conjunction or "also".
func TestHypothesesStandAlone(t *testing.T) {
	body := "Kenya's new housing levy\n\n" +
		"Kenya's housing levy is the government's best tool to cut the deficit and build homes for the poor. " +
		"The levy clearly works: collections rose by a third in six months.\n\n" +
		"A survey by a Nairobi research firm found the levy is a poor tool to build homes for the poor but also shows that most workers want the money returned. " +
		"Unions have threatened a strike if the levy stays.\n\n" +
		"The levy will clearly remain the government's best tool for now."
	doc := docOf(body)
	r := run(doc)
	checkReport(t, "levy", doc, r)
	if len(r.Hypotheses) < 2 || !strings.Contains(r.Hypotheses[1].Text, "most workers want the money returned") {
		t.Errorf("hypotheses %+v, want H2 to be the survey's counter-claim", r.Hypotheses)
	}
	for _, h := range r.Hypotheses {
		w := strings.ToLower(firstWordOf(h.Text))
		if clauseConjunctions[w] || auxVerbs[w] || w == "shows" {
			t.Errorf("%s = %q opens with %q", h.ID, h.Text, w)
		}
	}
}

// TestPrescriptions checks that recommendations are prescriptions, that
// importance ("is vital to") and conditional necessity ("would have
// to") are not, and that an actor's quoted prescription says whose it
// is.
func TestPrescriptions(t *testing.T) {
	body := "Niger's junta and the border\n\n" +
		"Niger's junta closed the border with Benin in July, cutting off the main trade route to the port of Cotonou. " +
		"Regional observers say the route is vital to preventing fuel shortages in Niamey. " +
		"To reopen it, both governments would have to accept a joint customs commission.\n\n" +
		"Amina Diallo, a spokeswoman for the regional bloc, spoke on Monday. " +
		"She added: “Both capitals must reopen the crossing before the harvest. " +
		"Traders should not pay for a quarrel between soldiers.”\n\n" +
		"The African Union should press both governments to reopen the crossing before prices rise further."
	doc := docOf(body)
	r := run(doc)
	checkReport(t, "niger", doc, r)
	var texts []string
	for _, rc := range r.Recommendations {
		texts = append(texts, rc.Text)
		if strings.Contains(rc.Text, "is vital to preventing") || strings.Contains(rc.Text, "would have to") {
			t.Errorf("recommendation %q is no prescription", rc.Text)
		}
	}
	all := strings.Join(texts, " | ")
	for _, want := range []string{"The African Union should press both governments", "Both capitals must reopen the crossing before the harvest (per Amina Diallo)", "(per Amina Diallo)."} {
		if !strings.Contains(all, want) {
			t.Errorf("recommendations %q, want one holding %q", all, want)
		}
	}
	if strings.Contains(r.BLUF.Action.Text, "would have to") || strings.Contains(r.BLUF.Action.Text, "vital to") {
		t.Errorf("action = %q, want a prescription", r.BLUF.Action.Text)
	}
}

// TestReviewFixes covers smaller faults found on unseen pages: a
// relative clause inside an option, a reported legal obligation, an
// appositive after a speaker's name, and a quotation as the thesis.
func TestReviewFixes(t *testing.T) {
	t.Run("between with a relative clause", func(t *testing.T) {
		body := "Juba's choice\n\n" +
			"The government must choose between a new offensive, which would bring a month or two of heavy fighting, and talks with the rebels in Nairobi. " +
			"Both carry costs for a country short of money and fuel."
		r := run(docOf(body))
		if len(r.Hypotheses) < 2 || !strings.Contains(r.Hypotheses[0].Text, "offensive") || !strings.Contains(strings.ToLower(r.Hypotheses[1].Text), "talks with the rebels") {
			t.Errorf("hypotheses %+v, want the offensive against the talks", r.Hypotheses)
		}
	})
	t.Run("ruling and appositive", func(t *testing.T) {
		body := "Border crossing dispute\n\n" +
			"The regional court ruled last week that member states must publish the names of detained migrants. " +
			"Police closed the crossing on Friday after clashes.\n\n" +
			"“They have to face the consequences of their acts,” said Lamine Sarr, the district police commander, on Saturday."
		doc := docOf(body)
		r := run(doc)
		checkReport(t, "ruling", doc, r)
		all := ""
		for _, rc := range r.Recommendations {
			all += rc.Text + " | "
		}
		if strings.Contains(all, "member states must publish") {
			t.Errorf("recommendations %q hold a court ruling", all)
		}
		if strings.Contains(all, "commander,)") || strings.Contains(all, "(per Lamine Sarr, the") {
			t.Errorf("recommendations %q, want the speaker named without his title", all)
		}
	})
	t.Run("quotation is no thesis", func(t *testing.T) {
		body := "Two killed at a Khartoum sit-in\n\n" +
			"“It is a disgrace to see our brothers shot like this,” a protester said.\n\n" +
			"Security forces opened fire on a sit-in outside the army headquarters in Khartoum on Monday, killing two protesters, medics said. " +
			"The protesters have demanded a civilian government since April. " +
			"The military council said it would investigate the shooting."
		r := run(docOf(body))
		if strings.Contains(r.BLUF.Text, "disgrace") {
			t.Errorf("BLUF = %q, want the report, not a protester's quotation", r.BLUF.Text)
		}
	})
}

func TestInterrogative(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"How can we take the ministry's word for it when that word has so often been false.", true},
		{"Can anyone believe the junta will hold elections next year.", true},
		{"How the junta plans to hold elections is unclear.", false},
		{"When the army withdrew, the militias moved in.", false},
		{"Can Tho is the largest city in the Mekong Delta.", false},
	}
	for _, tt := range tests {
		s := &sent{text: tt.in, toks: tokenize(tt.in)}
		if got := interrogative(s); got != tt.want {
			t.Errorf("interrogative(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestWhetherRunOn(t *testing.T) {
	body := "Questions over the general's health\n\n" +
		"The statement meant to settle questions about whether the general was fit to lead the council was written by his own aides. " +
		"Doctors were not allowed to speak to reporters."
	r := run(docOf(body))
	for _, h := range r.Hypotheses {
		if strings.Contains(h.Text, "council was written") {
			t.Errorf("%s = %q runs on into the outer sentence", h.ID, h.Text)
		}
	}
}

// TestQuotedLede checks that a lede built of someone else's quoted words
// is not the writer's thesis.
func TestQuotedLede(t *testing.T) {
	body := "The Port Merger Is Bad News for Mombasa\n\n" +
		"The merger of the two port operators will create a “stronger” and “more competitive” gateway for East Africa, with “world-class efficiency.” " +
		"That is what the shareholders were told.\n\n" +
		"In truth, the merger is a bad deal for Mombasa: it will cut hundreds of jobs and leave the port with higher fees. " +
		"Mergers of this kind have rarely helped the ports they touched. " +
		"Mombasa's dockworkers will pay for it, and the merger is clearly a bad deal for the city."
	doc := docOf(body)
	doc.Title = "The Port Merger Is Bad News for Mombasa"
	r := &bluf.Report{Title: doc.Title, Sentences: doc.Sentences}
	Assess(r, doc, nil)
	checkReport(t, "quoted lede", doc, r)
	if strings.Contains(r.BLUF.Text, "world-class") || !strings.Contains(r.BLUF.Text, "bad deal") {
		t.Errorf("BLUF = %q, want the writer's judgment that the merger is a bad deal", r.BLUF.Text)
	}
}

func TestSpeaker(t *testing.T) {
	body := "Talks in Hanoi\n\n" +
		"The minister arrived in Hanoi on Tuesday for two days of talks. " +
		"“We oppose intimidation, and we call for an end to unlawful activities at sea,” Lindqvist said. " +
		"Officials from both sides met again on Wednesday.\n\n" +
		"Maria Lindqvist, the Swedish envoy, spoke after the meeting. " +
		"She added: “Both navies must keep their hotlines open. " +
		"The fishing fleets should be left alone.”"
	doc := docOf(body)
	r := run(doc)
	a := newAnalysis(r, doc, nil)
	want := map[string]string{"s3": "Lindqvist", "s6": "Maria Lindqvist", "s7": "Maria Lindqvist", "s2": "", "s4": ""}
	for _, s := range a.prose {
		w, ok := want[s.id]
		if !ok {
			continue
		}
		if got := a.speaker(s); got != w {
			t.Errorf("speaker(%q) = %q, want %q", s.text, got, w)
		}
	}
}

// TestOneRowIsEven checks that a single, mildly diagnostic item of
// evidence leaves a claim and its denial at an even chance.
func TestOneRowIsEven(t *testing.T) {
	body := "Charges dropped in Lusaka\n\n" +
		"Prosecutors in Zambia said on Monday that the former minister embezzled public funds meant for rural clinics. " +
		"The former minister denied the accusation.\n\n" +
		"The minister, who denies the charge, has lived in South Africa since 2021. " +
		"The trial is due to open in March."
	doc := docOf(body)
	r := run(doc)
	checkReport(t, "one row", doc, r)
	for _, h := range r.Hypotheses {
		if h.Likelihood != "roughly even chance" {
			t.Errorf("%s %q is %q, want a roughly even chance on one item of evidence", h.ID, h.Text, h.Likelihood)
		}
	}
}

// TestContrastive checks that "still" or "yet" inside a sentence is no
// contrast, while an opening one or "however" is.
func TestContrastive(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Footage shows police firing at cars with drivers still inside.", false},
		{"The talks have yet to resume.", false},
		{"Still, the junta insists the vote will go ahead.", true},
		{"The army, however, denies any role in the killings.", true},
	}
	for _, tt := range tests {
		s := newAnalysis(&bluf.Report{}, docOf(tt.in), nil).prose[0]
		if got := contrastive(s); got != tt.want {
			t.Errorf("contrastive(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestThesisNotAgainstItself checks that the sentence stating a
// hypothesis is never rated inconsistent with it, whatever its negations
// and harms ("will not allow the capital to spiral into chaos").
func TestThesisNotAgainstItself(t *testing.T) {
	body := "Junta deploys troops in Bamako\n\n" +
		"MALI has sent troops to Bamako in a bid to restore order following months of violent riots, warning it will not allow the capital to spiral into chaos. " +
		"Protesters blocked the main bridges on Sunday."
	doc := docOf(body)
	a := newAnalysis(&bluf.Report{}, doc, nil)
	var s *sent
	for _, p := range a.prose {
		if strings.HasPrefix(p.text, "MALI") {
			s = p
		}
	}
	if s == nil {
		t.Fatal("thesis sentence not found")
	}
	hs := a.fallbackHypotheses([]*sent{s})
	for i, h := range hs {
		h.id = "H" + itoa(i+1)
	}
	a.distinguish(hs)
	if got := a.rate(s, hs)[hs[0].id]; got != bluf.Consistent && got != bluf.VeryConsistent {
		t.Errorf("rate(own sentence, %q) = %s, want C or CC", hs[0].text, got)
	}
}
