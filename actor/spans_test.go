package actor

import (
	"strings"
	"testing"

	"bluf"
)

// TestLongestSpan: a multi-word name is one entity under its longest
// name; parts of it are not entities of their own.
func TestLongestSpan(t *testing.T) {
	kb := testKB(t)
	tests := []struct {
		name, body      string
		mention, entity string
		typ             bluf.EntityType
	}{
		{"Arabic conjunction inside a known name", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) expanded its attacks.",
			"Jama'at Nusrat al-Islam wal-Muslimin", "Jama'at Nusrat al-Islam wal-Muslimin", bluf.ArmedGroup},
		{"known name cut short", "Jama'at Nusrat al-Islam said it held the town.\nJama'at Nusrat al-Islam wal-Muslimin denied it.",
			"Jama'at Nusrat al-Islam", "Jama'at Nusrat al-Islam wal-Muslimin", bluf.ArmedGroup},
		{"known name with and", "Iran's Ministry of Intelligence and Security (MOIS) arrested three men.",
			"Ministry of Intelligence and Security", "Ministry of Intelligence and Security", bluf.Government},
		{"unknown name with and, confirmed by its acronym", "Ruritania's Ministry of Fisheries and Ocean Resources (MFOR) closed the port.\nThe MFOR said little.",
			"MFOR", "Ministry of Fisheries and Ocean Resources", bluf.Government},
		{"unknown group with an acronym", "Jama'at Nasr al-Din wal-Ansar (JNDA) claimed the raid.\nA spokesman for Jama'at Nasr al-Din denied it.",
			"Jama'at Nasr al-Din", "Jama'at Nasr al-Din wal-Ansar", bluf.ArmedGroup},
	}
	for _, tt := range tests {
		ms, es := kb.Find(testDoc(tt.body, ""))
		m, e, ok := entityOf(ms, es, tt.mention)
		if !ok {
			t.Errorf("%s: Find(%q): no mention %q; mentions %+v", tt.name, tt.body, tt.mention, ms)
			continue
		}
		if e.Name != tt.entity || m.Type != tt.typ {
			t.Errorf("%s: Find(%q) %q = %q %s, want %q %s", tt.name, tt.body, tt.mention, e.Name, m.Type, tt.entity, tt.typ)
		}
		for _, e := range es {
			if e.Name != tt.entity && strings.HasPrefix(tt.entity, e.Name) {
				t.Errorf("%s: Find(%q) has an entity %q for part of %q", tt.name, tt.body, e.Name, tt.entity)
			}
		}
	}
	// Without an acronym, "and" ends an unknown name: two actors.
	ms, _ := kb.Find(testDoc("The Ministry of Defence and Ruritanian Rail signed a deal.", ""))
	for _, m := range ms {
		if strings.Contains(m.Text, " and ") {
			t.Errorf("Find: mention %q runs across \"and\" with no acronym to confirm it", m.Text)
		}
	}
}

// TestPersonEvidence: two unknown capitalised words are a person only
// with evidence: a known given name, a title, a speech verb, a middle
// initial, "He"/"She" next.
func TestPersonEvidence(t *testing.T) {
	kb := testKB(t)
	tests := []struct {
		body, name string
		want       bluf.EntityType // "" when the name must not be an entity
	}{
		{"Analysts recalled the Velvet Curtain doctrine of the war.", "Velvet Curtain", ""},
		{"Critics invoked Grand Bargain thinking again.", "Grand Bargain", ""},
		{"Officials praised Tigray Rail on Monday.", "Tigray Rail", ""},
		{"Okonkwo Adeyemi said the talks had failed.", "Okonkwo Adeyemi", bluf.Person},
		{"\"We will stay,\" said Okonkwo Adeyemi.", "Okonkwo Adeyemi", bluf.Person},
		{"Okonkwo Adeyemi left Lagos in May.\nHe returned a year later.", "Okonkwo Adeyemi", bluf.Person},
		{"Okonkwo Adeyemi left in May, and she returned a year later.", "Okonkwo Adeyemi", bluf.Person},
		{"Velvet Curtain fell in value after Amina Kovacs said she would sell.", "Velvet Curtain", ""},
		{"Velvet Curtain fell in value after Joe Biden said he would sell.", "Velvet Curtain", ""},
		{"The plan was drafted by Okonkwo Adeyemi in May.\nAdeyemi told reporters it would work.", "Okonkwo Adeyemi", bluf.Person},
		{"The court heard Wanjiru Kamau on Monday.", "Wanjiru Kamau", bluf.Person},
		{"The report was written by Tran T. Huong.", "Tran T. Huong", bluf.Person},
		{"Minister Okonkwo Adeyemi opened the session.", "Okonkwo Adeyemi", bluf.Person},
		{"Nanami Okabe and Tomasz Wierzbicki of the Lodz Institute wrote the report.", "Nanami Okabe", bluf.Person},
		{"Sales of Velvet Curtain and Amber Lantern rose.", "Velvet Curtain", ""},
	}
	for _, tt := range tests {
		ms, es := kb.Find(testDoc(tt.body, ""))
		var got bluf.EntityType
		for _, e := range es {
			if e.Name == tt.name {
				got = e.Type
			}
		}
		if got != tt.want {
			t.Errorf("Find(%q): %q typed %q, want %q; mentions %+v", tt.body, tt.name, got, tt.want, ms)
		}
	}
}

// TestAdjacentOrgs: an organization followed by the name of one of its
// parts is one, longer name.
func TestAdjacentOrgs(t *testing.T) {
	kb := testKB(t)
	tests := []struct{ body, want string }{
		{"The U.S. Naval Forces Central Command issued a statement.", "U.S. Naval Forces Central Command"},
		{"Staff at the Ruritanian Navy Logistics Command were told.", "Ruritanian Navy Logistics Command"},
		{"Jets from the Vermont Air National Guard arrived.", "Vermont Air National Guard"},
		{"The Kharkiv City Council voted on Monday.", "Kharkiv City Council"},
	}
	for _, tt := range tests {
		ms, es := kb.Find(testDoc(tt.body, ""))
		found := false
		for _, e := range es {
			if e.Name == tt.want {
				found = true
			} else if strings.Contains(tt.want, e.Name) && e.Type != bluf.State {
				t.Errorf("Find(%q): entity %q is part of %q", tt.body, e.Name, tt.want)
			}
		}
		if !found {
			t.Errorf("Find(%q): no entity %q; mentions %+v", tt.body, tt.want, ms)
		}
	}
}

// TestTitlePhrases: a title that runs on with "for" or "of" names no
// one; the person next to it does.
func TestTitlePhrases(t *testing.T) {
	kb := testKB(t)
	ms, es := kb.Find(testDoc("Okello Mbeki, the Special Envoy for Regional Security, will travel to Kampala.", ""))
	for _, e := range es {
		if e.Name == "Regional Security" {
			t.Errorf("Find: the title's domain %q became an entity", e.Name)
		}
	}
	if _, e, ok := entityOf(ms, es, "Okello Mbeki"); !ok || e.Type != bluf.Person {
		t.Errorf("Find: Okello Mbeki = %+v, %v; want a person (title in apposition)", e, ok)
	}
	ms, es = kb.Find(testDoc("\"We will hold the line,\" said Okafor.", ""))
	if _, e, ok := entityOf(ms, es, "Okafor"); !ok || e.Type != bluf.Person {
		t.Errorf("Find: Okafor = %+v, %v; want a person (speech verb)", e, ok)
	}
}

// TestTitleAbbrevSplit: a sentence splitter that ends a sentence after
// "Spc." or "Gen." does not cut the name that follows from its title.
func TestTitleAbbrevSplit(t *testing.T) {
	kb := testKB(t)
	ms, es := kb.Find(testDoc("\"We trained hard,\" said Spc.\nLorraine Walsh, an artillery crewmember.\nWe've said so before.", ""))
	m, e, ok := entityOf(ms, es, "Spc.\nLorraine Walsh")
	if !ok || e.Name != "Lorraine Walsh" || e.Type != bluf.Person || m.Sentence != "s1" {
		t.Errorf("Find: Spc. Lorraine Walsh = %+v %+v, %v; want person Lorraine Walsh from s1; mentions %+v", m, e, ok, ms)
	}
	for _, e := range es {
		if e.Name == "Lorraine" || e.Name == "We've" {
			t.Errorf("Find: entity %q", e.Name)
		}
	}
}

// TestMoreNames: role nouns in apposition, organizations named after a
// place, possessives inside names, datelines with a dash.
func TestMoreNames(t *testing.T) {
	kb := testKB(t)
	tests := []struct {
		body, mention, name string
		typ                 bluf.EntityType
	}{
		{"Kholwa Dlamini, a Sudanese analyst at a think tank, argued otherwise.", "Kholwa Dlamini", "Kholwa Dlamini", bluf.Person},
		{"Researchers at the Warsaw Institute wrote the report.", "Warsaw Institute", "Warsaw Institute", bluf.Organization},
		{"Members of the Kenya People's Party walked out.", "People's Party", "", ""},
		{"Members of the Ruritania Workers Party walked out.", "Ruritania Workers Party", "Ruritania Workers Party", bluf.Organization},
		{"KHARTOUM — Shelling resumed on Tuesday.", "KHARTOUM", "Khartoum", bluf.Location},
		{"Li Qiang runs Golden Dragon Shipping.", "Golden Dragon Shipping", "Golden Dragon Shipping", bluf.Organization},
	}
	for _, tt := range tests {
		ms, es := kb.Find(testDoc(tt.body, ""))
		m, e, ok := entityOf(ms, es, tt.mention)
		if tt.name == "" {
			if ok {
				t.Errorf("Find(%q): mention %q of %q; want it inside a longer name", tt.body, tt.mention, e.Name)
			}
			continue
		}
		if !ok || e.Name != tt.name || m.Type != tt.typ {
			t.Errorf("Find(%q) %q = %q %s (found %v), want %q %s; mentions %+v", tt.body, tt.mention, e.Name, m.Type, ok, tt.name, tt.typ, ms)
		}
	}
}

// TestStateOrgans: a generic organ named after a state's possessive or
// nationality word is that state's, with an ID of its own per state.
func TestStateOrgans(t *testing.T) {
	kb := testKB(t)
	ms, es := kb.Find(testDoc("Iran's Foreign Ministry said no.\nThe Iranian Foreign Ministry repeated it.\nIraq's Foreign Ministry agreed.\nChad's General Staff moved troops.", ""))
	want := []struct{ mention, id, code string }{
		{"Foreign Ministry", "iran-foreign-ministry", "IRNGOV"},
		{"Iranian Foreign Ministry", "iran-foreign-ministry", "IRNGOV"},
		{"General Staff", "chad-general-staff", "TCDMIL"},
	}
	for _, w := range want {
		m, e, ok := entityOf(ms, es, w.mention)
		if !ok || m.Entity != w.id || e.Code != w.code {
			t.Errorf("Find: %q = %q %q (found %v), want %q %q", w.mention, m.Entity, e.Code, ok, w.id, w.code)
		}
	}
	n := 0
	for _, m := range ms {
		if m.Entity == "iraq-foreign-ministry" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("Find: Iraq's Foreign Ministry has %d mentions, want 1 (apart from Iran's)", n)
	}
	// A state's name before an office is not always its owner.
	_, es = kb.Find(testDoc("A spokesman for the Taiwan Affairs Office spoke in Beijing.", ""))
	for _, e := range es {
		if e.Name == "Taiwan Affairs Office" && e.Code == "TWNGOV" {
			t.Errorf("Find: Taiwan Affairs Office coded %s", e.Code)
		}
	}
}

// TestPlacesAndOutlets: a name written as a web domain is an outlet, and
// so is the same name told things elsewhere; an "al-X" name with a place
// possessive, a place cue or a place noun is a place, and so are its
// other mentions; a lone "al-X" with nothing to show a person is dropped.
func TestPlacesAndOutlets(t *testing.T) {
	kb := testKB(t)
	tests := []struct {
		name, body      string
		mention, entity string
		typ             bluf.EntityType
	}{
		{"web domain", "Residents told Sahelwatch.org the convoy never arrived.",
			"Sahelwatch.org", "Sahelwatch.org", bluf.Organization},
		{"outlet told, domain seen later", "A commander told Marsada that the road was cut.\nMarsada.net has since confirmed the account.",
			"Marsada", "Marsada.net", bluf.Organization},
		{"co.uk domain", "The claim was first reported by Northpost.co.uk last week.",
			"Northpost.co.uk", "Northpost.co.uk", bluf.Organization},
		{"place possessive", "Drones struck near Yemen's al-Khawkha on Monday, officials said.",
			"al-Khawkha", "al-Khawkha", bluf.Location},
		{"place noun after", "The al-Rimal camp holds 9,000 people, al-Rimal residents said.",
			"al-Rimal", "al-Rimal", bluf.Location},
		{"speech verb does not override an earlier cue", "Fighting spread to al-Qadisiya.\nAl-Qadisiya elders said the market had closed.",
			"al-Qadisiya", "al-Qadisiya", bluf.Location},
		{"media head word", "A Darfur aid worker told Khartoum Monitor that supplies had run out.",
			"Khartoum Monitor", "Khartoum Monitor", bluf.Organization},
		{"a known short name opening a longer one", "The strike killed Abu Hussein al-Hamidawi, officials said.\nAl-Hamidawi had led the unit.", "Al-Hamidawi", "Abu Hussein al-Hamidawi", bluf.Person},
		{"double-barrelled surname holding a place name", "Senator Ben Murray-Bruce spoke in Abuja.", "Senator Ben Murray-Bruce", "Ben Murray-Bruce", bluf.Person},
		{"radio opener", "Farmers told Radio Tamazuj the harvest had failed.", "Radio Tamazuj", "Radio Tamazuj", bluf.Organization},
		{"paper named after its city", "The mayor told the Odesa Independent that power was back.", "Odesa Independent", "Odesa Independent", bluf.Organization},
	}
	for _, tt := range tests {
		ms, es := kb.Find(testDoc(tt.body, ""))
		for _, m := range ms {
			e := es[0]
			for _, x := range es {
				if x.ID == m.Entity {
					e = x
				}
			}
			if m.Text == tt.mention && (e.Name != tt.entity || e.Type != tt.typ) {
				t.Errorf("%s: Find(%q) %q = %q %s, want %q %s", tt.name, tt.body, m.Text, e.Name, e.Type, tt.entity, tt.typ)
			}
		}
		if _, _, ok := entityOf(ms, es, tt.mention); !ok {
			t.Errorf("%s: Find(%q): no mention %q; mentions %+v", tt.name, tt.body, tt.mention, ms)
		}
	}
	// A lone "al-X" with no given name, title or full name is no person.
	ms, es := kb.Find(testDoc("Officials blamed al-Zubaidi for the delay, and al-Zubaidi said nothing.", ""))
	for i, e := range es {
		if e.Type == bluf.Person {
			t.Errorf("Find: lone particle name typed person: %q (%+v)", e.Name, ms[i%len(ms)])
		}
	}
	// With a full name earlier it resolves to that person.
	_, es = kb.Find(testDoc("Karim Hadi al-Zubaidi arrived in Basra.\nLater al-Zubaidi said nothing.", ""))
	if len(es) == 0 || !hasEntity(es, "Karim Hadi al-Zubaidi", bluf.Person) {
		t.Errorf("Find: al-Zubaidi after the full name: entities %+v, want Karim Hadi al-Zubaidi person", es)
	}
}

func hasEntity(es []bluf.Entity, name string, typ bluf.EntityType) bool {
	for _, e := range es {
		if e.Name == name && e.Type == typ {
			return true
		}
	}
	return false
}

// TestSpelledShortForm: a short form after ", or" or in brackets whose
// capitals spell the name's initials is the same organization.
func TestSpelledShortForm(t *testing.T) {
	kb := testKB(t)
	body := "The town is held by fighters known as Suqur al-Badiya, or SaB.\nSaB denied the report."
	ms, es := kb.Find(testDoc(body, ""))
	_, e, ok := entityOf(ms, es, "SaB")
	if !ok || e.Name != "Suqur al-Badiya" || e.Type.Coarse() == bluf.Person {
		t.Errorf("Find(%q) SaB = %q %s (found %v), want Suqur al-Badiya, not a person", body, e.Name, e.Type, ok)
	}
}

// TestOutletsAndNameForms: one unknown word after "told" is an outlet
// unless a person named in full has it as surname; a regional adjective
// is no person; a family name written first resolves to the full name.
func TestOutletsAndNameForms(t *testing.T) {
	kb := testKB(t)
	tests := []struct {
		body, mention, entity string
		typ                   bluf.EntityType
	}{
		{"A nurse at the clinic told Dabanga that nine patients died.", "Dabanga", "Dabanga", bluf.Organization},
		{"Amina Kovacs, a Sudanese analyst, spoke in Nairobi.\nA colleague told Kovacs the road was shut.", "Kovacs", "Amina Kovacs", bluf.Person},
		{"Envoy Zhao Wenbin met traders in Lagos.\nZhao said the talks would resume.", "Zhao", "Zhao Wenbin", bluf.Person},
		{"Moon Ji-ho, the agency's director, spoke in Busan.\nMoon said exports fell.", "Moon", "Moon Ji-ho", bluf.Person},
		{"Kang Min-seo, the agency's director, spoke in Busan.\nKang said exports fell.", "Kang", "Kang Min-seo", bluf.Person},
		{"The official, speaking at dawn, told Sabahi that the port was shut.", "Sabahi", "Sabahi", bluf.Organization},
		{"The leader spoke on al-Nour TV.\nAl-Nour said the speech was live.", "al-Nour TV", "al-Nour TV", bluf.Organization},
	}
	for _, tt := range tests {
		ms, es := kb.Find(testDoc(tt.body, ""))
		_, e, ok := entityOf(ms, es, tt.mention)
		if !ok || e.Name != tt.entity || e.Type != tt.typ {
			t.Errorf("Find(%q) %q = %q %s (found %v), want %q %s", tt.body, tt.mention, e.Name, e.Type, ok, tt.entity, tt.typ)
		}
	}
	ms, _ := kb.Find(testDoc("The minister warned smaller Asian states against the pact, a Kurdish official said.", ""))
	for _, m := range ms {
		if (m.Text == "Asian" || m.Text == "Kurdish") && (m.Type == bluf.Person || m.Type == bluf.Organization) {
			t.Errorf("Find: %q typed person", m.Text)
		}
	}
	if got := displayName("JOHN_MCCAIN", bluf.Person); got != "John McCain" {
		t.Errorf("displayName(%q) = %q, want %q", "JOHN_MCCAIN", got, "John McCain")
	}
}

// TestNounCues: a lower-case group noun after a name makes it an
// organization, the noun included; a name before a role noun ("the X
// founder") is the organization the person serves; a list is no
// apposition; a place head word ends a place even after an
// organization opener.
func TestNounCues(t *testing.T) {
	kb := testKB(t)
	tests := []struct {
		body, mention, entity string
		typ                   bluf.EntityType
	}{
		{"Support for the Rainbow Unity party grew in the east.", "Rainbow Unity party", "Rainbow Unity party", bluf.Organization},
		{"The Sentinelle founder said the site would close.\nSentinelle denied it.", "Sentinelle", "Sentinelle", bluf.Organization},
		{"Protesters gathered in Central Park on Sunday.", "Central Park", "Central Park", bluf.Location},
	}
	for _, tt := range tests {
		ms, es := kb.Find(testDoc(tt.body, ""))
		for _, m := range ms {
			if m.Text != tt.mention {
				continue
			}
			_, e, _ := entityOf(ms, es, m.Text)
			if e.Name != tt.entity || e.Type != tt.typ {
				t.Errorf("Find(%q) %q = %q %s, want %q %s", tt.body, tt.mention, e.Name, e.Type, tt.entity, tt.typ)
			}
		}
		if _, _, ok := entityOf(ms, es, tt.mention); !ok {
			t.Errorf("Find(%q): no mention %q; mentions %+v", tt.body, tt.mention, ms)
		}
	}
	ms, _ := kb.Find(testDoc("Farmers, traders and a bishop asked for the road to reopen.", ""))
	for _, m := range ms {
		if m.Text == "Farmers" {
			t.Errorf("Find: %q found as %s, want no mention", m.Text, m.Type)
		}
	}
}

// TestModifiers: names that modify a noun: a place noun makes a place, a
// role or group noun an organization (not after a possessive, not an
// ethnic word), an acronym after "in" stays an organization, "Air" alone
// is no title.
func TestModifiers(t *testing.T) {
	kb := testKB(t)
	tests := []struct {
		body, mention string
		typ           bluf.EntityType // "" for no mention
	}{
		{"The senator was taken to Kelvin Hart hospital on Friday.", "Kelvin Hart", bluf.Location},
		{"Audience members laughed at the remark.", "Audience", ""},
		{"Two children died in ICPB custody last year, the ICPB said.", "ICPB", bluf.Organization},
		{"The airline signed the deal at the Lagos Air Show.", "Air", ""},
		{"He paid Rs 40,000 to an agent.", "Rs", ""},
		{"Guards were assigned to Amina Kovacs's unit, and Kovacs's unit was searched.", "Kovacs", bluf.Person},
		{"Our Kurdish partners held the line.", "Kurdish", ""},
	}
	for _, tt := range tests {
		ms, es := kb.Find(testDoc(tt.body, ""))
		_, e, ok := entityOf(ms, es, tt.mention)
		if tt.typ == "" {
			if ok && (e.Type.Coarse() == bluf.Person || e.Type == bluf.Organization) {
				t.Errorf("Find(%q): %q found as %s %q, want no person or organization", tt.body, tt.mention, e.Type, e.Name)
			}
			continue
		}
		if !ok || e.Type != tt.typ {
			t.Errorf("Find(%q) %q = %q %s (found %v), want %s", tt.body, tt.mention, e.Name, e.Type, ok, tt.typ)
		}
	}
}

// TestWorkplacesAndOpeners: "analyst at X" names a workplace, an
// organization; a long -ing word opening a sentence is no name; "said"
// before a quotation is no evidence for the quoted word.
func TestWorkplacesAndOpeners(t *testing.T) {
	kb := testKB(t)
	tests := []struct {
		body, mention string
		typ           bluf.EntityType // "" for no person
	}{
		{"Amina Kovacs, an analyst at Brenner Halvorsen, expects more raids.", "Brenner Halvorsen", bluf.Organization},
		{"Sentencing is scheduled for March.", "Sentencing", ""},
		{"4. Questioning Okafor's account", "Questioning Okafor", ""},
		{"I said, 'Send them home.'", "Send", ""},
		{"The film was made by Lakeside Productions in Accra.", "Lakeside Productions", bluf.Organization},
	}
	for _, tt := range tests {
		ms, es := kb.Find(testDoc(tt.body, ""))
		_, e, ok := entityOf(ms, es, tt.mention)
		if tt.typ == "" {
			if ok && e.Type == bluf.Person {
				t.Errorf("Find(%q): %q typed person", tt.body, tt.mention)
			}
			continue
		}
		if !ok || e.Type != tt.typ {
			t.Errorf("Find(%q) %q = %q %s (found %v), want %s", tt.body, tt.mention, e.Name, e.Type, ok, tt.typ)
		}
	}
}

// TestSentenceOpeners: one capitalised word that only opens a sentence is
// a name only with its speech verb right after it.
func TestSentenceOpeners(t *testing.T) {
	kb := testKB(t)
	for _, body := range []string{
		"Concerned, his doctor called the clinic. He was admitted that night.",
		"\"Thought I had done enough,\" he said.",
	} {
		ms, es := kb.Find(testDoc(body, ""))
		for _, m := range ms {
			if _, e, _ := entityOf(ms, es, m.Text); e.Type == bluf.Person {
				t.Errorf("Find(%q): %q typed person", body, m.Text)
			}
		}
	}
	ms, es := kb.Find(testDoc("Okonjo said the vote was fair.", ""))
	if _, e, ok := entityOf(ms, es, "Okonjo"); !ok || e.Type != bluf.Person {
		t.Errorf("Find: %q = %s (found %v), want person", "Okonjo", e.Type, ok)
	}
}

// TestOfTheNames: "of the" runs on inside an organization's name when it
// opens with an organization word or its bracketed acronym spells it.
func TestOfTheNames(t *testing.T) {
	kb := testKB(t)
	tests := []struct{ body, mention, entity string }{
		{"The Ministry of the Interior said the border was closed.", "Ministry of the Interior", "Ministry of the Interior"},
		{"Recruits of the Volunteers for the Defence of the Homeland (VDH) were deployed.\nThe VDH denied it.", "VDH", "Volunteers for the Defence of the Homeland"},
	}
	for _, tt := range tests {
		ms, es := kb.Find(testDoc(tt.body, ""))
		_, e, ok := entityOf(ms, es, tt.mention)
		if !ok || e.Name != tt.entity || e.Type.Coarse() == bluf.Person {
			t.Errorf("Find(%q) %q = %q %s (found %v), want %q", tt.body, tt.mention, e.Name, e.Type, ok, tt.entity)
		}
	}
}

// TestInstitutionOfPlace: an institution named "of" a known place is one
// organization, not the place or the state acting.
func TestInstitutionOfPlace(t *testing.T) {
	kb := testKB(t)
	tests := []struct{ body, mention string }{
		{"Students at the University of Khartoum protested.", "University of Khartoum"},
		{"The Central Bank of Sudan raised rates.", "Central Bank of Sudan"},
		{"The Bank of England held rates.", "Bank of England"},
	}
	for _, tt := range tests {
		ms, es := kb.Find(testDoc(tt.body, ""))
		_, e, ok := entityOf(ms, es, tt.mention)
		if !ok || e.Type != bluf.Organization {
			t.Errorf("Find(%q) %q = %q %s (found %v), want one organization; mentions %+v", tt.body, tt.mention, e.Name, e.Type, ok, ms)
		}
	}
}
