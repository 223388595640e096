package store

import (
	"strings"
	"testing"
)

func TestTerms(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Drone strike", "drone strike"},
		{`U.S. "air strike" -Iran`, "u s air strike iran"},
		{"Khartoum OR Omdurman", "khartoum OR omdurman"},
		{"OR Sahel OR OR Mali OR", "sahel OR mali"},
		{"or Gao", "or gao"},
		{"NEAR(a b) AND *", "near a b and"},
		{"Bamako’s junta", "bamako s junta"},
	} {
		if got := strings.Join(Terms(tc.in), " "); got != tc.want {
			t.Errorf("Terms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
