package store

import (
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Statuses reported in AddResult.Status.
const (
	Added         = "added"
	Duplicate     = "duplicate"
	NearDuplicate = "near_duplicate"
)

// Near-duplicate detection uses a 64-bit SimHash over word 3-shingles
// (Charikar 2002; Manku et al. 2007). Two bodies whose fingerprints differ
// in at most NearDistance bits are copies of one story: republished wire
// copy with another headline, a changed lede or extra page furniture
// typically moves a fingerprint by 0 to 5 bits, while unrelated articles
// differ in about 32.
const (
	// NearDistance is the largest Hamming distance between the
	// fingerprints of two copies of one story.
	NearDistance = 6
	// ShortDistance replaces NearDistance for bodies of fewer than
	// shortShingles shingles, whose fingerprints are noisier.
	ShortDistance = 2
	shortShingles = 40
	// Bands is the number of disjoint bit ranges the fingerprint is cut
	// into for lookup. By the pigeonhole principle two fingerprints within
	// Bands-1 bits of each other agree exactly on at least one band, so an
	// index on (band, value) finds every candidate copy.
	Bands = NearDistance + 1
)

// Fingerprint is the SimHash of a body and the number of shingles it was
// computed from.
type Fingerprint struct {
	Hash     uint64
	Shingles int
}

// SimHash returns the fingerprint of body: the bitwise majority of the
// 64-bit hashes of its lowercased word 3-shingles (the words of Words;
// a body of one or two words is one shingle). It does not allocate per
// word: a brief fingerprints thousands of bodies.
func SimHash(body string) Fingerprint {
	var v [64]int
	n := 0
	add := func(ws ...[]byte) {
		// FNV-1a of the words joined by spaces.
		h := uint64(fnvOffset)
		for i, w := range ws {
			if i > 0 {
				h = (h ^ ' ') * fnvPrime
			}
			for _, c := range w {
				h = (h ^ uint64(c)) * fnvPrime
			}
		}
		x := mix(h)
		for b := 0; b < 64; b++ {
			if x&(1<<b) != 0 {
				v[b]++
			} else {
				v[b]--
			}
		}
		n++
	}
	// The last three words, lowercased, in reused buffers.
	var ring [3][]byte
	var cur []byte
	words := 0
	push := func() {
		if len(cur) == 0 {
			return
		}
		i := words % 3
		ring[i] = append(ring[i][:0], cur...)
		cur = cur[:0]
		words++
		if words >= 3 {
			add(ring[(words-3)%3], ring[(words-2)%3], ring[(words-1)%3])
		}
	}
	for i := 0; i < len(body); {
		c := body[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				cur = append(cur, c)
			case 'A' <= c && c <= 'Z':
				cur = append(cur, c+'a'-'A')
			default:
				push()
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(body[i:])
		i += size
		if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			cur = utf8.AppendRune(cur, unicode.ToLower(r))
		} else {
			push()
		}
	}
	push()
	switch words {
	case 1:
		add(ring[0])
	case 2:
		add(ring[0], ring[1])
	}
	var x uint64
	for b := 0; b < 64; b++ {
		if v[b] > 0 {
			x |= 1 << b
		}
	}
	return Fingerprint{Hash: x, Shingles: n}
}

// The 64-bit FNV-1a parameters (hash/fnv).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is the SplitMix64 finaliser: FNV's high bits are poorly mixed for
// short inputs, and SimHash needs every bit to be a fair coin.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Distance is the Hamming distance between two fingerprints.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// Near reports whether two fingerprints are copies of one story.
func Near(a, b Fingerprint) bool {
	if a.Shingles == 0 || b.Shingles == 0 {
		return false
	}
	limit := NearDistance
	if a.Shingles < shortShingles || b.Shingles < shortShingles {
		limit = ShortDistance
	}
	return Distance(a.Hash, b.Hash) <= limit
}

// BandValues cuts h into Bands disjoint bit ranges and returns each as a
// non-negative integer tagged with its band number in the top bits, so
// that one indexed column holds all bands.
func BandValues(h uint64) [Bands]int64 {
	var out [Bands]int64
	start := 0
	for i := 0; i < Bands; i++ {
		width := (64 - start) / (Bands - i)
		v := (h >> start) & (1<<width - 1)
		out[i] = int64(i)<<56 | int64(v)
		start += width
	}
	return out
}

// Words returns the lowercased words (runs of letters and digits) of s.
func Words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

// Keywords returns up to n content words of body, most frequent first
// (ties alphabetical): the vocabulary story clustering compares.
func Keywords(body string, n int) []string {
	count := map[string]int{}
	for _, w := range Words(body) {
		if len(w) < 4 || stop[w] || isNumber(w) {
			continue
		}
		count[w]++
	}
	ws := make([]string, 0, len(count))
	for w := range count {
		ws = append(ws, w)
	}
	sort.Slice(ws, func(i, j int) bool {
		if count[ws[i]] != count[ws[j]] {
			return count[ws[i]] > count[ws[j]]
		}
		return ws[i] < ws[j]
	})
	if len(ws) > n {
		ws = ws[:n]
	}
	return ws
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// Jaccard is |a∩b| / |a∪b| of two word sets.
func Jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	set := make(map[string]bool, len(a))
	for _, w := range a {
		set[w] = true
	}
	inter := 0
	union := len(set)
	seen := map[string]bool{}
	for _, w := range b {
		if seen[w] {
			continue
		}
		seen[w] = true
		if set[w] {
			inter++
		} else {
			union++
		}
	}
	return float64(inter) / float64(union)
}

// stop holds English function words of four letters or more, which carry
// no topic.
var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
about above after again against also although among another because been
before being below between both could does doing down during each either
even ever every from further have having here hers herself himself however
into itself just last least less like made make many might more most much
must myself near never next none only other ours ourselves over same said
says shall should since some such than that their theirs them themselves
then there these they this those though through under until upon very
were what when where whether which while whom whose will with within
without would your yours yourself also year years week weeks told tell
according added adding including news today yesterday monday tuesday
wednesday thursday friday saturday sunday percent time times people
first second third still back well around already across often`) {
		m[w] = true
	}
	return m
}()
