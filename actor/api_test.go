package actor

import (
	"fmt"
	"strings"
	"testing"

	"bluf"
)

func TestAgentAt(t *testing.T) {
	kb := testKB(t)
	tests := []struct {
		text  string
		pos   int
		actor string
		want  string
		end   int
	}{
		{"Iraqi militias attacked", 5, "IRQ", "IRQUAF", 14},
		{"Iranian government officials", 7, "IRN", "IRNGOV", 28},
		{"Iranian government said", 7, "IRN", "IRNGOV", 18},
		{"US troops left", 2, "USA", "USAMIL", 9},
	}
	for _, tt := range tests {
		a, end, ok := kb.AgentAt(tt.text, tt.pos)
		if !ok {
			t.Errorf("AgentAt(%q, %d): no agent", tt.text, tt.pos)
			continue
		}
		if got := a.Apply(tt.actor); got != tt.want || end != tt.end {
			t.Errorf("AgentAt(%q, %d) = %q ending %d, want %q ending %d", tt.text, tt.pos, got, end, tt.want, tt.end)
		}
	}
	if _, _, ok := kb.AgentAt("Iraqi weather", 5); ok {
		t.Errorf("AgentAt(weather) found an agent")
	}
	if _, _, ok := kb.AgentAt("short", 99); ok {
		t.Errorf("AgentAt past the end found an agent")
	}
}

func TestMentionCode(t *testing.T) {
	kb := testKB(t)
	ms, es := kb.Find(testDoc("Washington and Tehran traded threats. Iran denied it.", ""))
	byID := map[string]bluf.Entity{}
	for _, e := range es {
		byID[e.ID] = e
	}
	want := map[string]string{"Washington": "USAGOV", "Tehran": "IRNGOV", "Iran": "IRN"}
	for _, m := range ms {
		if w, ok := want[m.Text]; ok {
			if got := kb.MentionCode(m, byID[m.Entity]); got != w {
				t.Errorf("MentionCode(%q) = %q, want %q", m.Text, got, w)
			}
			delete(want, m.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("mentions not found: %v", want)
	}
}

// TestStableIDs checks that the same actor gets the same ID in two
// documents that spell it differently.
func TestStableIDs(t *testing.T) {
	kb := testKB(t)
	id := func(body, text string) string {
		ms, _ := kb.Find(testDoc(body, ""))
		for _, m := range ms {
			if m.Text == text {
				return m.Entity
			}
		}
		return ""
	}
	pairs := [][4]string{
		{"Mohamed Shia al-Sudani spoke.", "Mohamed Shia al-Sudani", "Mohammed Shia' Al-Sudani left.", "Mohammed Shia' Al-Sudani"},
		{"The IRGC fired.", "IRGC", "The Islamic Revolutionary Guards Corp fired.", "Islamic Revolutionary Guards Corp"},
		{"Hemedti spoke.", "Hemedti", "Mohamed Hamdan Dagalo spoke.", "Mohamed Hamdan Dagalo"},
		{"Leila Haddad, a lawyer, spoke.", "Leila Haddad", "Critics of Leila Haddad spoke.", "Leila Haddad"},
		{"Leila Haddad, a lawyer, spoke.", "Leila Haddad", "Haddad spoke first.\nLater Leila Haddad left.", "Haddad"},
	}
	for _, p := range pairs {
		a, b := id(p[0], p[1]), id(p[2], p[3])
		if a == "" || a != b {
			t.Errorf("IDs of %q and %q = %q, %q; want one non-empty ID", p[1], p[3], a, b)
		}
	}
	if got := Slug("Mohammed Shia' Al-Sudani"); got != "muhammad-shia-al-sudani" {
		t.Errorf("Slug = %q", got)
	}
}

// TestFindDeterministic runs Find twice and compares the output.
func TestFindDeterministic(t *testing.T) {
	kb := testKB(t)
	body := "Iraqi Prime Minister Mohammed Shia al-Sudani met Fuad Hussein.\nWashington and Tehran traded threats over Kata'ib Hezbollah.\nThe Kremlin and the White House said nothing.\n"
	a1, b1 := kb.Find(testDoc(body, "2024-01-01"))
	for i := 0; i < 5; i++ {
		a2, b2 := kb.Find(testDoc(body, "2024-01-01"))
		if fmt.Sprint(a1, b1) != fmt.Sprint(a2, b2) {
			t.Fatalf("Find is not deterministic:\n%v\n%v", b1, b2)
		}
	}
}

func TestUserEntriesFirst(t *testing.T) {
	base, err := DefaultEntries()
	if err != nil {
		t.Fatal(err)
	}
	agents, _ := DefaultAgents()
	mine, err := Parse(strings.NewReader("person: Hemedti Example\n  aka: Hemedti\n  role: 2020.. | Mayor | Ruritania | RURGOV\n"), "mine.txt")
	if err != nil {
		t.Fatal(err)
	}
	kb := New(append(mine, base...), agents)
	_, es := kb.Find(testDoc("Hemedti spoke.", "2024-01-01"))
	if len(es) != 1 || es[0].Name != "Hemedti Example" || es[0].Code != "RURGOV" {
		t.Errorf("user entry did not win: %+v", es)
	}
}

func ExampleKB_Find() {
	kb, _ := Default()
	doc := &bluf.Document{
		Body:      "Sudan's army chief Abdel Fattah al-Burhan met envoys in Port Sudan. Burhan rejected a truce with the RSF.",
		Published: "2024-05-01",
	}
	_, entities := kb.Find(doc)
	for _, e := range entities[:3] {
		fmt.Printf("%s (%s, %s) %d\n", e.Name, e.Type, e.Code, e.Mentions)
	}
	// Output:
	// Abdel Fattah al-Burhan (person, SDNGOV) 2
	// Rapid Support Forces (armed_group, SDNREB) 1
	// Sudan (state, SDN) 1
}
