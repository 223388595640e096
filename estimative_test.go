package bluf

import "testing"

func TestLikelihoodTerm(t *testing.T) {
	cases := []struct {
		p    float64
		want string
	}{
		{0, "almost no chance"}, {0.05, "very unlikely"}, {0.3, "unlikely"}, {0.5, "roughly even chance"},
		{0.55, "likely"}, {0.8, "very likely"}, {0.95, "almost certain"}, {1, "almost certain"},
	}
	for _, c := range cases {
		if got := LikelihoodTerm(c.p); got != c.want {
			t.Errorf("LikelihoodTerm(%v) = %q, want %q", c.p, got, c.want)
		}
	}
	prev := -1
	for p := 0.0; p <= 1; p += 0.01 {
		r := LikelihoodRank(LikelihoodTerm(p))
		if r < prev {
			t.Fatalf("LikelihoodTerm is not monotone at %v", p)
		}
		prev = r
	}
	if LikelihoodRank("probable") != -1 {
		t.Error("LikelihoodRank accepts a term of the other column")
	}
}
