package store

import (
	"hash/fnv"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// seedDir returns ../shared/seeds relative to the repository root, or
// skips the test when it is absent.
func seedDir(t testing.TB) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			dir := filepath.Join(d, "..", "shared", "seeds")
			if _, err := os.Stat(dir); err != nil {
				t.Skipf("no seeds: %v", err)
			}
			return dir
		}
		if filepath.Dir(d) == d {
			t.Skip("no go.mod above the test")
		}
	}
}

func readSeeds(t testing.TB) map[string]string {
	dir := seedDir(t)
	ms, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(ms) == 0 {
		t.Skipf("no seeds in %s", dir)
	}
	out := map[string]string{}
	for _, m := range ms {
		b, err := os.ReadFile(m)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(m)] = string(b)
	}
	return out
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Khartoum's RSF, 2023!", []string{"khartoum", "s", "rsf", "2023"}},
		{"  Ouagadougou\n\tjunta  ", []string{"ouagadougou", "junta"}},
		{"Тайвань и Китай", []string{"тайвань", "и", "китай"}},
	}
	for _, tt := range tests {
		if got := Words(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBandValuesPigeonhole(t *testing.T) {
	a := uint64(0x0123456789abcdef)
	// Flip NearDistance bits spread over the word: some band must agree.
	b := a ^ (1 | 1<<13 | 1<<27 | 1<<40 | 1<<52 | 1<<63)
	if d := Distance(a, b); d != NearDistance {
		t.Fatalf("Distance = %d, want %d", d, NearDistance)
	}
	ba, bb := BandValues(a), BandValues(b)
	shared := 0
	for i := range ba {
		if ba[i] == bb[i] {
			shared++
		}
		if ba[i]>>56 != int64(i) {
			t.Errorf("band %d tagged %d", i, ba[i]>>56)
		}
	}
	if shared == 0 {
		t.Errorf("BandValues share no band at distance %d", NearDistance)
	}
}

// A copy of an article with another headline, a new first line and page
// furniture around it must stay within NearDistance; different articles
// must not.
func TestNearSeeds(t *testing.T) {
	seeds := readSeeds(t)
	fps := map[string]Fingerprint{}
	for name, body := range seeds {
		fps[name] = SimHash(body)
		copyText := "BREAKING: a wire story, republished\n\nSubscribe to our newsletter for daily updates.\n\n" +
			body + "\n\nShare this article: Facebook Twitter WhatsApp\nRelated: More from our region desk\n© All rights reserved.\n"
		c := SimHash(copyText)
		t.Logf("%s: copy distance %d", name, Distance(fps[name].Hash, c.Hash))
		if !Near(fps[name], c) {
			t.Errorf("%s: copy with furniture at distance %d, want ≤ %d", name, Distance(fps[name].Hash, c.Hash), NearDistance)
		}
	}
	for a, fa := range fps {
		for b, fb := range fps {
			if a < b && Near(fa, fb) {
				t.Errorf("%s and %s are near duplicates (distance %d)", a, b, Distance(fa.Hash, fb.Hash))
			}
		}
	}
}

func TestNearShort(t *testing.T) {
	a := SimHash("Troops entered the town of Kidal on Tuesday.")
	b := SimHash("Protesters gathered in Taipei on Sunday evening.")
	if Near(a, b) {
		t.Errorf("Near(short unrelated) = true at distance %d", Distance(a.Hash, b.Hash))
	}
	if Near(Fingerprint{}, Fingerprint{}) {
		t.Error("Near(empty, empty) = true")
	}
}

func TestKeywords(t *testing.T) {
	body := "The junta in Niamey expelled the French ambassador. The junta said the ambassador had ignored orders. Niamey was calm."
	got := Keywords(body, 3)
	want := []string{"ambassador", "junta", "niamey"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Keywords = %q, want %q", got, want)
	}
	if j := Jaccard([]string{"a", "b"}, []string{"b", "c"}); j < 0.33 || j > 0.34 {
		t.Errorf("Jaccard = %v, want 1/3", j)
	}
}

func FuzzSimHash(f *testing.F) {
	f.Add("Rebels shelled El Fasher overnight.")
	f.Add("\xff\xfe broken \x00 utf8")
	f.Add("Élysée ÇA İstanbul straße ΣΊΣΥΦΟΣ 北京 ２０２５")
	f.Add("one")
	f.Add("two words")
	f.Fuzz(func(t *testing.T, s string) {
		a := SimHash(s)
		if b := simHashRef(s); a != b {
			t.Fatalf("SimHash(%q) = %v, reference %v", s, a, b)
		}
		if strings.TrimSpace(s) == "" && a.Shingles != 0 {
			t.Fatalf("SimHash(blank) has %d shingles", a.Shingles)
		}
		Keywords(s, 10)
	})
}

func BenchmarkSimHash(b *testing.B) {
	body := strings.Repeat("Government forces and the paramilitary group clashed near the capital on Friday. ", 80)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		SimHash(body)
	}
}

// TestSimHashStable pins fingerprints: they are stored, so a change to
// the hash would make stored copies undetectable.
func TestSimHashStable(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want uint64
	}{
		{"", 0},
		{"Rebels shelled the town at dawn.", 0xc002a499aa78524},
		{"Niamey and Bamako recalled their envoys after the drone strike near Gao.", 0x8f4e4a3048223102},
	} {
		got := SimHash(tc.in)
		if got.Hash != tc.want {
			t.Errorf("SimHash(%q) = %#x, want %#x", tc.in, got.Hash, tc.want)
		}
	}
}

// simHashRef is SimHash written plainly, on Words: the definition the
// stored fingerprints follow.
func simHashRef(body string) Fingerprint {
	words := Words(body)
	var v [64]int
	n := 0
	add := func(ws []string) {
		x := mix(fnv64a(strings.Join(ws, " ")))
		for b := 0; b < 64; b++ {
			if x&(1<<b) != 0 {
				v[b]++
			} else {
				v[b]--
			}
		}
		n++
	}
	if len(words) < 3 {
		if len(words) > 0 {
			add(words)
		}
	} else {
		for i := 0; i+3 <= len(words); i++ {
			add(words[i : i+3])
		}
	}
	var x uint64
	for b := 0; b < 64; b++ {
		if v[b] > 0 {
			x |= 1 << b
		}
	}
	return Fingerprint{Hash: x, Shingles: n}
}

func fnv64a(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

func TestSimHashSeeds(t *testing.T) {
	for name, body := range readSeeds(t) {
		if got, want := SimHash(body), simHashRef(body); got != want {
			t.Errorf("SimHash(%s) = %v, reference %v", name, got, want)
		}
	}
}
