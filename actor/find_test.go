package actor

import (
	"strings"
	"testing"

	"bluf"
)

// testDoc builds a document with one sentence per line, one paragraph per
// blank-line-separated block, so that tests do not depend on package text.
func testDoc(body, date string) *bluf.Document {
	d := &bluf.Document{Body: body, Published: date}
	para, start := 0, 0
	for start < len(body) {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		if end > start {
			d.Sentences = append(d.Sentences, bluf.Sentence{
				ID: "s" + string(rune('0'+len(d.Sentences)+1)), Text: body[start:end], Start: start, End: end, Para: para,
			})
		} else {
			para++
		}
		start = end + 1
	}
	return d
}

func testKB(t testing.TB) *KB {
	t.Helper()
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// entityOf returns the entity a mention with the given text resolves to.
func entityOf(ms []bluf.Mention, es []bluf.Entity, text string) (bluf.Mention, bluf.Entity, bool) {
	for _, m := range ms {
		if m.Text == text {
			for _, e := range es {
				if e.ID == m.Entity {
					return m, e, true
				}
			}
		}
	}
	return bluf.Mention{}, bluf.Entity{}, false
}

func TestFind(t *testing.T) {
	kb := testKB(t)
	tests := []struct {
		name, body, date string
		mention          string
		wantName         string
		wantType         bluf.EntityType
		wantCode         string
		wantRole         string
	}{
		{"curated person", "Sudanese army chief Abdel Fattah al-Burhan flew to Cairo.", "2024-03-01",
			"Abdel Fattah al-Burhan", "Abdel Fattah al-Burhan", bluf.Person, "SDNGOV", "Chairman of the Transitional Sovereignty Council and Commander of the Armed Forces"},
		{"nickname", "Fighters loyal to Hemedti shelled the city.", "2024-03-01",
			"Hemedti", "Mohamed Hamdan Dagalo", bluf.Person, "SDNREB", "Commander of the Rapid Support Forces"},
		{"role in 2019", "Ali Larijani addressed parliament.", "2019-05-01",
			"Ali Larijani", "Ali Larijani", bluf.Person, "IRNLEG", "Speaker of Parliament"},
		{"role in 2025", "Ali Larijani travelled to Baghdad.", "2025-09-01",
			"Ali Larijani", "Ali Larijani", bluf.Person, "IRNGOV", "Secretary of the Supreme National Security Council"},
		{"former role", "Bashar al-Assad fled to Moscow.", "2025-03-01",
			"Bashar al-Assad", "Bashar al-Assad", bluf.Person, "SYRELI", "former President"},
		{"dateline", "KYIV, March 3 - Drones hit the city.", "",
			"KYIV", "Kyiv", bluf.Location, "UKR", ""},
		{"capital before a title", "Kyiv Mayor Vitali Klitschko reported fires.", "",
			"Kyiv", "Kyiv", bluf.Location, "UKR", ""},
		{"country with Federation in its name", "Troops crossed into Kursk overnight.", "",
			"Kursk", "Kursk", bluf.Location, "RUS", ""},
		{"town listed under a region", "Troops remained in Rafah.", "",
			"Rafah", "Rafah", bluf.Location, "PSEGZA", ""},
		{"sponsored group", "Iran-backed militias attacked the base.", "",
			"Iran-backed militias", "Iran-backed militias", bluf.ArmedGroup, "", ""},
		{"local full name over a known surname", "Hafez al-Assad ruled for decades.\nAssad died in 2000.", "",
			"Assad", "Hafez al-Assad", bluf.Person, "", ""},
		{"unit with an ordinal", "Airmen of the 158th Fighter Wing deployed to Qatar.", "",
			"158th Fighter Wing", "158th Fighter Wing", bluf.Organization, "", ""},
		{"sponsored by a nationality", "The Saudi-led coalition bombed Hodeidah.", "",
			"Saudi-led coalition", "Saudi-led coalition", bluf.Organization, "", ""},
		{"group name opening a person's name", "The court heard Amal Clooney on Monday.", "",
			"Amal Clooney", "Amal Clooney", bluf.Person, "", ""},
		{"lower-case title", "Mohammed Shia al-Sudani spoke.\nLater the prime minister left for Tehran.", "2024-05-01",
			"prime minister", "Mohammed Shia al-Sudani", bluf.Person, "IRQGOV", "Prime Minister"},
		{"acting capital", "Washington warned that sanctions would follow.", "",
			"Washington", "United States", bluf.Government, "USA", ""},
		{"capital as place", "Protesters gathered in Baghdad on Friday.", "",
			"Baghdad", "Baghdad", bluf.Location, "IRQ", ""},
		{"seat", "The Kremlin denied the report.", "",
			"Kremlin", "Russia", bluf.Government, "RUS", ""},
		{"nationality", "Malian officials declined to comment.", "",
			"Malian", "Mali", bluf.Nationality, "MLI", ""},
		{"compound organ", "Iraqi forces retook the district.", "",
			"Iraqi forces", "Iraqi forces", bluf.Government, "IRQMIL", ""},
		{"acronym alias", "The Islamic Revolutionary Guard Corps (IRGC) fired missiles.", "",
			"IRGC", "Islamic Revolutionary Guard Corps", bluf.Government, "IRNMIL", ""},
		{"heuristic person with title", "Defence Minister Tomas Vrana visited the front.", "",
			"Defence Minister Tomas Vrana", "Tomas Vrana", bluf.Person, "", "Defence Minister"},
		{"heuristic organization", "The Northern Lakes Development Authority approved the plan.", "",
			"Northern Lakes Development Authority", "Northern Lakes Development Authority", bluf.Organization, "", ""},
		{"place after preposition", "Shelling was reported near Kalvaro overnight.", "",
			"Kalvaro", "Kalvaro", bluf.Location, "", ""},
		{"taiwan", "President Lai Ching-te met the Kuomintang chair.", "2025-01-10",
			"Lai Ching-te", "Lai Ching-te", bluf.Person, "TWNGOV", "President"},
		{"sahel group", "JNIM claimed the attack near Djibo.", "",
			"JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", bluf.ArmedGroup, "MLIREB", ""},
		{"surname inside another name", "The coordinator, Clementine Nkweta-Salami, warned of famine.", "",
			"Clementine Nkweta-Salami", "Clementine Nkweta-Salami", bluf.Person, "", ""},
		{"place after a capture verb", "The army recaptured Wad Madani on Saturday.", "",
			"Wad Madani", "Wad Madani", bluf.Location, "", ""},
		{"code from title and nationality", "Egyptian Foreign Minister Badr Abdelatty called for calm.", "",
			"Egyptian Foreign Minister Badr Abdelatty", "Badr Abdelatty", bluf.Person, "EGYGOV", "Foreign Minister"},
		{"possessive state stays apart", "Kenya's President William Ruto hosted the talks.", "",
			"President William Ruto", "William Ruto", bluf.Person, "KENGOV", "President"},
		{"government of", "Aid was coordinated with the Government of Iraq.", "",
			"Government of Iraq", "Government of Iraq", bluf.Government, "IRQGOV", ""},
		{"possessive inside a name", "The People's Liberation Army held drills.", "",
			"People's Liberation Army", "People's Liberation Army", bluf.Government, "CHNMIL", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, es := kb.Find(testDoc(tt.body, tt.date))
			m, e, ok := entityOf(ms, es, tt.mention)
			if !ok {
				t.Fatalf("Find(%q): no mention %q; mentions %+v", tt.body, tt.mention, ms)
			}
			if e.Name != tt.wantName || m.Type != tt.wantType || e.Code != tt.wantCode || e.Role != tt.wantRole {
				t.Errorf("Find(%q) %q = {%q %s %q %q}, want {%q %s %q %q}", tt.body, tt.mention,
					e.Name, m.Type, e.Code, e.Role, tt.wantName, tt.wantType, tt.wantCode, tt.wantRole)
			}
			if tt.body[m.Start:m.End] != m.Text {
				t.Errorf("mention %q has offsets %d:%d = %q", m.Text, m.Start, m.End, tt.body[m.Start:m.End])
			}
		})
	}
}

func TestFindResolution(t *testing.T) {
	kb := testKB(t)
	body := "Mohamed Shia al-Sudani met Amina Kovacs, the envoy of the Northern Lakes Authority.\n" +
		"Sudani said the talks went well.\n" +
		"Kovacs said Baghdad would decide.\n" +
		"Al-Sudani later left, and the Prime Minister's office issued a statement.\n"
	ms, es := kb.Find(testDoc(body, "2024-05-01"))
	count := map[string]int{}
	for _, m := range ms {
		count[m.Entity]++
	}
	_, sudani, _ := entityOf(ms, es, "Mohamed Shia al-Sudani")
	for _, s := range []string{"Sudani", "Al-Sudani", "Prime Minister"} {
		if _, e, ok := entityOf(ms, es, s); !ok || e.ID != sudani.ID {
			t.Errorf("%q resolves to %q, want %q", s, e.ID, sudani.ID)
		}
	}
	if _, e, ok := entityOf(ms, es, "the prime minister"); ok {
		t.Errorf("lower-case title resolved with its article: %+v", e)
	}
	_, kov, _ := entityOf(ms, es, "Amina Kovacs")
	if _, e, ok := entityOf(ms, es, "Kovacs"); !ok || e.ID != kov.ID || kov.Type != bluf.Person {
		t.Errorf("Kovacs resolves to %+v, want %+v", e, kov)
	}
	if len(es) == 0 || es[0].ID != sudani.ID {
		t.Errorf("most salient = %+v, want %s", es[0], sudani.ID)
	}
	if sudani.Mentions != 4 || len(sudani.Sentences) != 3 {
		t.Errorf("Sudani mentions = %d in %v, want 4 in 3 sentences", sudani.Mentions, sudani.Sentences)
	}
}

func TestFindCase(t *testing.T) {
	kb := testKB(t)
	for _, body := range []string{
		"Let us go and see.",
		"The total was higher than the shell of the chad.",
		"The USS Harry S. Truman sailed.",
		"BREAKING: OFFICIALS SAY THE TALKS WILL RESUME NEXT WEEK",
		"May was a quiet month; they said nothing in general.",
	} {
		ms, _ := kb.Find(testDoc(body, ""))
		if len(ms) != 0 {
			t.Errorf("Find(%q) = %+v, want no mentions", body, ms)
		}
	}
}

func TestFindBadInput(t *testing.T) {
	kb := testKB(t)
	huge := strings.Repeat("Alpha Beta Gamma ", 100000) // one 1.7 MB capitalised run
	for _, body := range []string{"", "\x00\x01\xff\xfe", strings.Repeat("A", 10000), "((((", "U.S.", "'s", "al-", "-", huge} {
		ms, _ := kb.Find(testDoc(body, "not a date"))
		for _, m := range ms {
			if m.Start < 0 || m.End > len(body) || body[m.Start:m.End] != m.Text {
				t.Errorf("Find(%q): bad mention %+v", body, m)
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	kb := testKB(f)
	f.Add("Iraqi Prime Minister Mohammed Shia al-Sudani (PM) met U.S. forces in Baghdad.")
	f.Add("The Islamic Revolutionary Guard Corps (IRGC) said.\n\nIRGC's Quds Force")
	f.Add("Sources told Sahelwatch.org. near Yemen's al-Khawkha, the al-Rimal camp; Suqur al-Badiya, or SaB.")
	f.Add("The Volunteers for the Defence of the Homeland (VDH) told Radio X.co.uk Ben Murray-Bruce")
	f.Fuzz(func(t *testing.T, body string) {
		ms, es := kb.Find(testDoc(body, "2020-01-01"))
		ids := map[string]bool{}
		for _, e := range es {
			ids[e.ID] = true
		}
		for _, m := range ms {
			if m.Start < 0 || m.End > len(body) || m.Start >= m.End || body[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v", m)
			}
			if !ids[m.Entity] {
				t.Fatalf("mention %+v has no entity", m)
			}
		}
	})
}
