package event

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenWorld extends the test gazetteer with the names of the example
// articles in testdata (our own invented reports).
var goldenWorld = func() map[string]string {
	m := map[string]string{
		"Paris": "FRAGOV/loc", "Gao": "MLI/loc", "ECOWAS": "IGOWAFECO", "Washington": "USAGOV/loc",
		"United Nations": "IGOUNO", "West Darfur": "SDN/loc", "Darfur": "SDN/loc", "RSF": "SDNREB",
		"Saudi Arabia": "SAU/state", "Jeddah": "SAU/loc", "Egypt": "EGY/state",
		"Malian army": "MLIMIL",
		"M23":         "CODREB", "Goma": "COD/loc", "Kinshasa": "CODGOV/loc", "Kigali": "RWAGOV/loc", "Congolese": "COD/nat",
		"Congo": "COD/state", "Rwanda": "RWA/state", "Rwandan": "RWA/nat", "Angola": "AGO/state", "UN": "IGOUNO",
		"African Union": "IGOAFRAU", "Bukavu": "COD/loc", "Hutu": "RWAETH/nat",
	}
	for k, v := range world {
		m[k] = v
	}
	return m
}()

// goldenDates are the publication dates given to the example articles;
// taiwan.txt is left undated on purpose.
var goldenDates = map[string]string{"sahel.txt": "2024-02-05", "sudan.txt": "2024-06-01", "greatlakes.txt": "2025-01-28"}

// TestGolden codes the example articles and compares a line per event
// with testdata/*.events; run with -update to rewrite them.
func TestGolden(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := docOf(string(b), goldenDates[filepath.Base(f)])
		ms, es := gazetteer(doc, goldenWorld)
		var out strings.Builder
		for _, e := range c.Code(doc, ms, es) {
			fmt.Fprintf(&out, "%s %s %s %s(%s) -%s %s %s %.1f %s-> %s(%s) %q\n", e.ID, e.Sentence, or(e.Date, "-")+"/"+e.DateBasis,
				e.Source.Name, e.Source.Code, e.Code, e.Label, e.Modality, e.Goldstein, "", e.Target.Name, e.Target.Code, e.Verb)
		}
		golden := strings.TrimSuffix(f, ".txt") + ".events"
		if *update {
			if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./event -run TestGolden -update)", err)
		}
		if got := out.String(); got != string(want) {
			t.Errorf("Code(%s) differs from %s:\n--- got\n%s--- want\n%s", f, golden, got, want)
		}
	}
}
