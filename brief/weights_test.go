package brief

import (
	"strings"
	"testing"
)

func TestWeights(t *testing.T) {
	w, err := ParseWeights(strings.NewReader(`# test rules
*                  0.5
example.org        0.8
.gov.example       0.7
Kordofan Herald    0.3   # a name with a space
news.example.org   0.9
`), "test.txt", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		publisher, source string
		want              float64
	}{
		{"", "https://example.org/a", 0.8},
		{"", "https://www.example.org/a", 0.8},
		{"", "https://news.example.org/a", 0.9},
		{"", "https://other.news.example.org/a", 0.9},
		{"", "https://ministry.gov.example/x", 0.7},
		{"", "https://example.com/a", 0.5},
		{"kordofan herald", "https://example.org/a", 0.3},
		{"Kordofan Herald", "", 0.3},
		{"Unknown Daily", "/local/file.txt", 0.5},
		{"", "not a url", 0.5},
		{"News.Example.org", "/tmp/a.txt", 0.9},
		{"www.example.org", "", 0.8},
	} {
		if got := w.Weight(tc.publisher, tc.source); got != tc.want {
			t.Errorf("Weight(%q, %q) = %v, want %v", tc.publisher, tc.source, got, tc.want)
		}
	}
}

func TestWeightsOverride(t *testing.T) {
	base := DefaultWeights()
	w, err := ParseWeights(strings.NewReader("reuters.com 0.4\n* 0.1\n"), "mine", base)
	if err != nil {
		t.Fatal(err)
	}
	if got := w.Weight("", "https://www.reuters.com/world"); got != 0.4 {
		t.Errorf("overridden reuters.com = %v, want 0.4", got)
	}
	if got := w.Weight("Nobody", ""); got != 0.1 {
		t.Errorf("overridden default = %v, want 0.1", got)
	}
	if got := base.Weight("", "https://www.reuters.com/world"); got != 0.9 {
		t.Errorf("base changed by an override: reuters.com = %v, want 0.9", got)
	}
}

func TestWeightsErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"reuters.com\n", "f:1: want PATTERN WEIGHT"},
		{"\n\nreuters.com high\n", "f:3: weight \"high\""},
		{"x.org 1.5\n", "f:1: weight \"1.5\""},
		{"x.org -0.1\n", "f:1: weight \"-0.1\""},
		{"x.org NaN\n", "f:1: weight \"NaN\""},
	} {
		_, err := ParseWeights(strings.NewReader(tc.in), "f", nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseWeights(%q) error = %v, want it to contain %q", tc.in, err, tc.want)
		}
	}
}

func FuzzParseWeights(f *testing.F) {
	f.Add(defaultWeights)
	f.Add("* 0.5\nexample.org 0.8\nSome Name 0.2 # c\n")
	f.Add("x 1e-3\n.gov NaN\n")
	f.Fuzz(func(t *testing.T, in string) {
		w, err := ParseWeights(strings.NewReader(in), "fuzz", nil)
		if err != nil {
			return
		}
		for _, src := range []string{"", "https://example.org/x", "https://a.gov/", "http://[::1]:80/", "%zz"} {
			if v := w.Weight("Some Name", src); !(v >= 0 && v <= 1) {
				t.Fatalf("Weight = %v outside [0, 1] for rules %q", v, in)
			}
		}
	})
}
