package taxonomy

import (
	"strings"
	"testing"
)

func TestDefault(t *testing.T) {
	tx, err := Default()
	if err != nil {
		t.Fatalf("Default() error: %v", err)
	}
	if n := len(tx.Themes); n < 40 || n > 80 {
		t.Errorf("Default() has %d themes, want 40-80", n)
	}
	for _, th := range tx.Themes {
		if len(th.Strong) == 0 {
			t.Errorf("theme %q has no strong terms", th.Name)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // error substring, "" for success
		themes   int
	}{
		{"ok", "# c\n[a]\nstrong = x, y\nweak = z\n\n[b]\nstrong = w\n", "", 2},
		{"unterminated", "[a\nstrong = x\n", "t.txt:1: unterminated", 0},
		{"empty name", "[ ]\n", "t.txt:1: empty theme name", 0},
		{"duplicate", "[a]\nstrong = x\n[a]\n", "t.txt:3: duplicate theme", 0},
		{"no key", "[a]\nx, y\n", "t.txt:2: want key = terms", 0},
		{"before theme", "strong = x\n", "t.txt:1: terms before", 0},
		{"bad key", "[a]\nmedium = x\n", "t.txt:2: unknown key", 0},
	}
	for _, tt := range tests {
		tx, err := Parse("t.txt", strings.NewReader(tt.in))
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: Parse(%q) error %v", tt.name, tt.in, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: Parse(%q) error = %v, want %q", tt.name, tt.in, err, tt.want)
		case tt.want == "" && len(tx.Themes) != tt.themes:
			t.Errorf("%s: Parse(%q) = %d themes, want %d", tt.name, tt.in, len(tx.Themes), tt.themes)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("[a]\nstrong = x, y\nweak = z\n")
	f.Add("[\n=\n")
	f.Fuzz(func(t *testing.T, in string) {
		tx, err := Parse("f", strings.NewReader(in))
		if err == nil && tx == nil {
			t.Fatalf("Parse(%q) = nil, nil", in)
		}
	})
}
