package event

import (
	"strings"
	"testing"
)

const testDict = `# a test dictionary in the PETRARCH format
&TREATY
+AGREEMENT
+ACCORD
+DEAL

<!-- an XML comment
spanning lines -->
---  SIGN   [---]  ---
SIGN
- * &TREATY                 [057]   # sign an agreement
- * {PEACE &TREATY}         [057:057]
- * CONTRACT                [060:060]

---  PHYSICAL_CONFLICT   [190]  ---
+WAGE_WAR
ATTACK
STRIKE {STRIKES STRUCK STRIKING }
BLUDGEON [180]
- * (WITH CORRUPTION)       [---]
- + * BY $                  [190]

---  VISIT   [042:043]  ---
VISIT
`

func TestParseVerbs(t *testing.T) {
	v, err := ParseVerbs(strings.NewReader(testDict), "test.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := len(v.blocks); got != 3 {
		t.Fatalf("blocks = %d, want 3", got)
	}
	if got := len(v.synsets["&TREATY"]); got != 3 {
		t.Errorf("&TREATY has %d members, want 3", got)
	}
	tests := []struct {
		form, lemma, block, code string
	}{
		{"SIGNED", "SIGN", "SIGN", ""},
		{"SIGNS", "SIGN", "SIGN", ""},
		{"STRUCK", "STRIKE", "PHYSICAL_CONFLICT", ""},
		{"STRIKING", "STRIKE", "PHYSICAL_CONFLICT", ""},
		{"ATTACKED", "ATTACK", "PHYSICAL_CONFLICT", ""},
		{"WAGE", "WAGE", "PHYSICAL_CONFLICT", ""},
		{"WAGED", "WAGE", "PHYSICAL_CONFLICT", ""},
		{"BLUDGEONED", "BLUDGEON", "PHYSICAL_CONFLICT", "180"},
		{"VISITED", "VISIT", "VISIT", ""},
	}
	for _, tt := range tests {
		fs := v.forms[tt.form]
		if len(fs) == 0 {
			t.Errorf("forms[%q] missing", tt.form)
			continue
		}
		f := fs[0]
		if f.lemma != tt.lemma || f.block.name != tt.block || f.code != tt.code {
			t.Errorf("forms[%q] = lemma %q block %q code %q, want %q %q %q", tt.form, f.lemma, f.block.name, f.code, tt.lemma, tt.block, tt.code)
		}
	}
	if fs := v.forms["WAGED"]; len(fs) == 0 || strings.Join(fs[0].words, " ") != "WAGED WAR" {
		t.Errorf("WAGED form = %v, want the multi-word WAGED WAR", fs)
	}
	if got := v.blocks[2].code; got != "042" {
		t.Errorf("VISIT block code = %q, want the primary 042", got)
	}
	sign := v.blocks[0]
	if len(sign.patterns) != 3 {
		t.Fatalf("SIGN patterns = %d, want 3", len(sign.patterns))
	}
	if p := sign.patterns[1]; p.code != "057" || p.alt != "057" || p.words != 2 {
		t.Errorf("{PEACE &TREATY} pattern = code %q alt %q words %d, want 057 057 2", p.code, p.alt, p.words)
	}
	conflict := v.blocks[1]
	if p := conflict.patterns[0]; p.code != "" {
		t.Errorf("[---] pattern code = %q, want empty (do not code)", p.code)
	}
	if p := conflict.patterns[1]; len(p.pre) != 1 || p.pre[0].slot != '+' || len(p.post) != 2 || p.post[1].slot != '$' {
		t.Errorf("+ * BY $ pattern parsed as pre %v post %v", p.pre, p.post)
	}
}

func TestParseVerbsErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"pattern before block", "- * FOO [010]\n", "test.txt:1: pattern outside a verb block"},
		{"nameless block", "--- [010] ---\n", "test.txt:1: verb block without a name"},
		{"unclosed brace", "--- A [010] ---\nSTRIKE {STRIKES\n", "test.txt:2: unclosed {"},
	}
	for _, tt := range tests {
		_, err := ParseVerbs(strings.NewReader(tt.in), "test.txt")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: ParseVerbs error = %v, want it to contain %q", tt.name, err, tt.want)
		}
	}
}

func TestEmbeddedDictionary(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.verbs.blocks); n < 300 {
		t.Errorf("embedded dictionary has %d verb blocks, want the ~400 of CAMEO.2.0", n)
	}
	for _, w := range []string{"ATTACKED", "SIGNED", "VISITED", "WITHDREW", "STRUCK", "THREATENED"} {
		if !c.verbs.isVerb(w) {
			t.Errorf("embedded dictionary lacks %q", w)
		}
	}
	if w, ok := c.gold.Score("190"); !ok || w != -10 {
		t.Errorf("Goldstein(190) = %v, %v; want -10", w, ok)
	}
	if w, ok := c.gold.Score("0579"); !ok || w != 8 {
		// Unknown four-digit codes fall back to their base code.
		t.Errorf("Goldstein(0579) = %v, %v; want 057's 8", w, ok)
	}
}

func TestInflect(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ATTACK", "ATTACKS ATTACKED ATTACKING"},
		{"SEIZE", "SEIZES SEIZED SEIZING"},
		{"ACCUSE", "ACCUSES ACCUSED ACCUSING"},
		{"DENY", "DENIES DENIED DENYING"},
		{"PLAN", "PLANS PLANNED PLANNING PLANNED PLANNING"},
		{"PUSH", "PUSHES PUSHED PUSHING"},
	}
	for _, tt := range tests {
		got := strings.Join(inflect(tt.in), " ")
		if tt.in == "PLAN" {
			if !strings.Contains(got, "PLANNED") {
				t.Errorf("inflect(%q) = %q, want PLANNED among them", tt.in, got)
			}
			continue
		}
		if got != tt.want {
			t.Errorf("inflect(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParseVerbs(f *testing.F) {
	f.Add(testDict)
	f.Add("--- X [---] ---\nA_+B {C_D}\n- $ * (TO {A &B}) + [01:02]\n")
	f.Add("&S\n+A B\n--- Y ---\n- IN_* [075A]\n")
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseVerbs(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		// A parsed dictionary must be usable for coding.
		c := New(v, nil, nil)
		doc := docOf("Arnor attacked Gondor on Monday. "+s, "2024-01-01")
		c.Code(doc, nil, nil)
	})
}
