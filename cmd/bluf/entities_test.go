package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bluf"
)

func TestEntitiesPlain(t *testing.T) {
	in := "Washington warned Tehran on Monday.\n\nIraqi Prime Minister Mohammed Shia al-Sudani met Fuad Hussein in Baghdad. Sudani said little."
	code, out, errs := cli(t, in, "entities", "--plain", "--format", "json", "--date", "2024-05-01", "-")
	if code != 0 {
		t.Fatalf("entities exit %d: %s", code, errs)
	}
	var got entitiesOutput
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	for _, m := range got.Mentions {
		if in[m.Start:m.End] != m.Text {
			t.Errorf("mention %q at %d:%d, input has %q", m.Text, m.Start, m.End, in[m.Start:m.End])
		}
	}
	want := map[string]struct {
		typ  bluf.EntityType
		code string
	}{
		"Washington": {bluf.Government, "USA"},
		"Sudani":     {bluf.Person, "IRQGOV"},
		"Baghdad":    {bluf.Location, "IRQ"},
	}
	byID := map[string]bluf.Entity{}
	for i, e := range got.Entities {
		byID[e.ID] = e.Entity
		if i == 0 && !e.Key {
			t.Errorf("the most salient entity %q is not marked key", e.ID)
		}
	}
	seen := 0
	for _, m := range got.Mentions {
		w, ok := want[m.Text]
		if !ok {
			continue
		}
		seen++
		if e := byID[m.Entity]; m.Type != w.typ || e.Code != w.code {
			t.Errorf("%q: type %s code %q, want %s %q", m.Text, m.Type, e.Code, w.typ, w.code)
		}
	}
	if seen != len(want) {
		t.Errorf("saw %d of %d expected mentions in %s", seen, len(want), out)
	}
	code, out, _ = cli(t, in, "entities", "--plain", "-")
	if code != 0 || !strings.HasPrefix(out, strings.Join(entityColumns, "\t")+"\n") || !strings.Contains(out, "\tPrime Minister\tIraq\tIRQGOV\t") {
		t.Errorf("tsv output (exit %d):\n%s", code, out)
	}
}

func TestEntitiesErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("person: X\n  aka: Y\n  role: 2020-13.. | Z\n"), 0o644)
	bin := filepath.Join(dir, "bin.dat")
	os.WriteFile(bin, []byte("MZ\x00\x01\x02binary"), 0o644)
	typo := filepath.Join(dir, "typo.txt")
	os.WriteFile(typo, []byte("person Foo\n"), 0o644)
	good := filepath.Join(dir, "mine.txt")
	os.WriteFile(good, []byte("person: Zorana Petrovich\n  aka: Petrovich\n  role: 2021.. | Governor | Ruritania | RURGOV\n"), 0o644)
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		want  string
	}{
		{"empty", "  \n", []string{"entities", "--plain", "-"}, 1, "empty input"},
		{"binary", "", []string{"entities", "--plain", bin}, 1, "not UTF-8"},
		{"huge", strings.Repeat("a", 2000), []string{"entities", "--plain", "--max-bytes", "1000", "-"}, 1, "larger than 1000 bytes"},
		{"bad actors", "x", []string{"entities", "--plain", "--actors", bad, "-"}, 1, bad + ":3: role: bad date"},
		{"actors in neither format", "x", []string{"entities", "--plain", "--actors", typo, "-"}, 1, typo + ":1: \"person Foo\" is neither"},
		{"missing actors", "x", []string{"entities", "--plain", "--actors", filepath.Join(dir, "nope"), "-"}, 1, "nope"},
		{"bad date", "x", []string{"entities", "--plain", "--date", "May 1", "-"}, 2, "bad --date"},
		{"bad format", "x", []string{"entities", "--format", "xml", "-"}, 2, "unknown format"},
		{"no source", "", []string{"entities"}, 2, "want one SOURCE"},
		{"user actors", "Governor Zorana Petrovich spoke.", []string{"entities", "--plain", "--actors", good, "-"}, 0, "RURGOV"},
	}
	for _, tt := range tests {
		code, out, errs := cli(t, tt.stdin, tt.args...)
		if code != tt.code || !strings.Contains(out+errs, tt.want) {
			t.Errorf("%s: exit %d, output %q %q; want exit %d and %q", tt.name, code, out, errs, tt.code, tt.want)
		}
		if tt.code != 0 && strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%s: error is not one line: %q", tt.name, errs)
		}
	}
}
