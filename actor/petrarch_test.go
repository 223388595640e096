package actor

import (
	"os"
	"strings"
	"testing"
)

func TestParsePetrarchValidate(t *testing.T) {
	f, err := os.Open("testdata/PETR.Validate.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	es, err := ParsePetrarch(f, "PETR.Validate.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]Entry{}
	for _, e := range es {
		by[e.Name] = e
	}
	tests := []struct {
		name string
		date int
		want string
	}{
		{"ISRAEL", 0, "ISR"},
		{"HAMAS", 0, "PSEREBHMS"},
		{"GOLLUM", 19940101, "HOB"},
		{"GOLLUM", 19970101, "HOBGOV"},
		{"GOLLUM", 20000101, "HOBREB"},
		{"SAM GAMGEE", 20070101, "HOBCIV"},
		{"SAM GAMGEE", 20100110, "ORCHOB"},
		{"SAM GAMGEE", 20110101, "HOBMIL"},
		{"SAM GAMGEE", 20140101, "HOBELI"},
		{"ZIMBABWE", 19700101, "RHO"},
		{"ZIMBABWE", 19900101, "ZBW"},
		{"LORIEN", 0, "ELR"},
		{"ISILDUR", 0, ""},
	}
	for _, tt := range tests {
		e, ok := by[tt.name]
		if !ok {
			t.Errorf("entry %q missing", tt.name)
			continue
		}
		if got := e.CodeAt(tt.date); got != tt.want {
			t.Errorf("%s.CodeAt(%d) = %q, want %q", tt.name, tt.date, got, tt.want)
		}
	}
	if g := by["GOLLUM"]; strings.Join(g.Aliases, ",") != "SMEAGOL,SLINKER,STINKER" {
		t.Errorf("GOLLUM aliases = %q", g.Aliases)
	}
	if u := by["UNITED NATIONS"]; len(u.Aliases) != 4 || u.Aliases[0] != "U.N." {
		t.Errorf("UNITED NATIONS aliases = %q", u.Aliases)
	}
}

func TestParsePetrarchErrors(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"IRAQ [IRQ >1101]\n", "x.txt:1: code IRQ: bad date"},
		{"IRAQ\n\t[IRQ 110101-100101]\n", "x.txt:2: code IRQ: date range"},
		{"+ALIAS\n", "x.txt:1: alias"},
		{"[IRQ]\n", "x.txt:1: code block"},
		{"IRAQ [IRQ\n", "x.txt:1: unclosed code block"},
		{"IRAQ [IR Q ~ 1]\n", "x.txt:1: code IR: date restriction"},
		{"IRAQ [I%Q]\n", "bad character"},
		{"IRAQ [IRQ >991399]\n", "month or day out of range"},
	}
	for _, tt := range tests {
		_, err := ParsePetrarch(strings.NewReader(tt.in), "x.txt")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParsePetrarch(%q) error = %v, want it to contain %q", tt.in, err, tt.want)
		}
	}
}

func TestParseAgents(t *testing.T) {
	f, err := os.Open("testdata/PETR.Validate.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	as, err := ParseAgents(f, "agents")
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]Agent{}
	for _, a := range as {
		by[a.Phrase] = a
	}
	tests := []struct{ phrase, actor, want string }{
		{"FOREIGN MINISTER", "IRQ", "IRQGOVFRM"},
		{"ARMED FORCES", "IRN", "IRNMIL"},
		{"HUMAN RIGHTS BODY", "IRQ", "NGOIRQ"},
		{"CONGRESSMAN", "USA", "USALEG"},
		{"MINISTER OF SILLY WALKS", "GBR", "GBRGOV"},
	}
	for _, tt := range tests {
		a, ok := by[tt.phrase]
		if !ok {
			t.Errorf("agent %q missing", tt.phrase)
			continue
		}
		if got := a.Apply(tt.actor); got != tt.want {
			t.Errorf("%q.Apply(%q) = %q, want %q", tt.phrase, tt.actor, got, tt.want)
		}
	}
	if a := by["ATTORNEY GENERAL"]; len(a.Plurals) != 1 || a.Plurals[0] != "ATTORNEYS GENERAL" {
		t.Errorf("ATTORNEY GENERAL plurals = %q", a.Plurals)
	}
	if !by["MEDIA"].NoPlural {
		t.Errorf("MEDIA {} should have NoPlural")
	}
	if _, err := ParseAgents(strings.NewReader("SOLDIER\n"), "a.txt"); err == nil || !strings.Contains(err.Error(), "a.txt:1:") {
		t.Errorf("ParseAgents(no code) error = %v, want a.txt:1", err)
	}
}

func TestParseCurated(t *testing.T) {
	in := `# test
person: Amina Example
  aka: A. Example | Example
  role: 2020-01-05..2022 | Foreign Minister | Ruritania | RURGOV
  role: 2023.. | Prime Minister | Ruritania | RURGOV
state: Ruritania
  code: RUR
  demonym: Ruritanian | Ruritanians
  capital: Strelsau
`
	es, err := Parse(strings.NewReader(in), "c.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 || es[0].Type != "person" || es[1].Type != "state" {
		t.Fatalf("Parse = %+v", es)
	}
	r := es[0].Roles
	if len(r) != 2 || r[0].From != 20200105 || r[0].To != 20221231 || r[1].From != 20230101 || r[1].To != 0 || r[1].Code != "RURGOV" {
		t.Errorf("roles = %+v", r)
	}
	errs := []struct{ in, want string }{
		{"pirate: X\n", "c.txt:1: unknown entry type"},
		{"person: X\n  role: 2020-13 | P\n", "c.txt:2: role: bad date"},
		{"person: X\n  role: 2022..2020 | P\n", "c.txt:2: role: range"},
		{"person: X\n  colour: red\n", "c.txt:2: unknown key"},
		{"person: X\n  code: irq\n", "c.txt:2: code"},
		{"  aka: Y\n", "c.txt:1:"},
		{"person:\n", "c.txt:1: person without a name"},
	}
	for _, tt := range errs {
		_, err := ParseCurated(strings.NewReader(tt.in), "c.txt")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseCurated(%q) error = %v, want %q", tt.in, err, tt.want)
		}
	}
	if _, err := Parse(strings.NewReader("A\x00B"), "bin"); err == nil || !strings.Contains(err.Error(), "binary") {
		t.Errorf("Parse(binary) error = %v", err)
	}
}

func FuzzParsePetrarch(f *testing.F) {
	f.Add("IRAQ [IRQ]\n+IRAQI\n\t[IRQGOV >110101]\n")
	f.Add("<!-- c\n -->\nX [A 990101-000101] # c\n")
	f.Add("A_B_ [C < 20010101]\n")
	f.Fuzz(func(t *testing.T, s string) {
		es, err := ParsePetrarch(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		for _, e := range es {
			e.CodeAt(20200101)
			e.CodeAt(0)
		}
		New(es, nil)
	})
}

func FuzzParseCurated(f *testing.F) {
	f.Add("person: X\n  aka: Y | Z\n  role: 2020.. | P | Q | QQQGOV\n")
	f.Add("state: S\n  code: SSS | 2001..2002\n  capital: C\n")
	f.Fuzz(func(t *testing.T, s string) {
		es, err := Parse(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		New(es, nil)
	})
}

func FuzzParseAgents(f *testing.F) {
	f.Add("!P! = MAN, MEN\nCONGRESS!P! [~LEG]\nMEDIA {} [~MED]\n")
	f.Fuzz(func(t *testing.T, s string) {
		as, err := ParseAgents(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		New(nil, as)
	})
}

// TestParseDetectStrict: a file in neither format fails with file:line:
// reason instead of being read as PETRARCH actors without codes.
func TestParseDetectStrict(t *testing.T) {
	bad := []struct{ in, want string }{
		{"person Foo\n", "u.txt:1: \"person Foo\" is neither"},
		{"# mine\n\nperson Foo Bar\n", "u.txt:3:"},
		{"persn: Foo\n", "u.txt:1: unknown entry type \"persn\""},
		{"FOO_BAR_\n", "u.txt:1: actor FOO_BAR_ has no [CODE]"},
		{"FOO_ [RUR]\nBAR_\n", "u.txt:2: actor BAR_ has no [CODE]"},
		{"[RUR]\n", "u.txt:1: code block"},
		{"+ALIAS_\n", "u.txt:1: alias"},
		{"FOO BAR\nBAZ_ [RUR]\n", "u.txt:1:"},
	}
	for _, tt := range bad {
		es, err := Parse(strings.NewReader(tt.in), "u.txt")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %d entries, error %v; want error %q", tt.in, len(es), err, tt.want)
		}
	}
	good := []struct {
		in   string
		want int
	}{
		{"RURITANIA_ [RUR]\n", 1},
		{"ZORANA_PETROVICH_\n+PETROVICH_\n\t[RURGOV >200101]\n", 1},
		{"RURITANIA_\nRURITANIAN_\n[RUR]\n", 2}, // names listed together share the code below
		{"RURITANIAN ARMY [RURMIL]\n", 1},       // words with their code on the line
		{"RURITANIAN ARMY\n+RURITANIAN_TROOPS\n  [RURMIL]\n", 1},
		{"<!-- header\n person Foo\n-->\n# c\nFOO_ [RUR] # c\n", 1},
		{"person: Zorana Petrovich\n", 1},
	}
	for _, tt := range good {
		es, err := Parse(strings.NewReader(tt.in), "u.txt")
		if err != nil || len(es) != tt.want {
			t.Errorf("Parse(%q) = %d entries, %v; want %d", tt.in, len(es), err, tt.want)
		}
	}
}
