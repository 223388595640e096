package brief

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
)

//go:embed weights.txt
var defaultWeights string

// Weights maps publishers to credibility weights in [0, 1]. The format of
// a weights file is documented at the top of the embedded default,
// brief/weights.txt.
type Weights struct {
	names    map[string]float64 // lowercased publisher name
	domains  map[string]float64 // host or ".suffix"
	fallback float64
}

// DefaultWeights returns the embedded default weights.
func DefaultWeights() *Weights {
	w, err := ParseWeights(strings.NewReader(defaultWeights), "weights.txt", nil)
	if err != nil {
		panic("brief: embedded weights.txt: " + err.Error()) // a build defect, caught by the tests
	}
	return w
}

// ParseWeights reads a weights file named name (for errors) on top of
// base, which may be nil. Rules in r override base's.
func ParseWeights(r io.Reader, name string, base *Weights) (*Weights, error) {
	w := &Weights{names: map[string]float64{}, domains: map[string]float64{}, fallback: 0.6}
	if base != nil {
		for k, v := range base.names {
			w.names[k] = v
		}
		for k, v := range base.domains {
			w.domains[k] = v
		}
		w.fallback = base.fallback
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		fs := strings.Fields(s)
		if len(fs) == 0 {
			continue
		}
		if len(fs) < 2 {
			return nil, fmt.Errorf("parse %s:%d: want PATTERN WEIGHT", name, line)
		}
		v, err := strconv.ParseFloat(fs[len(fs)-1], 64)
		if err != nil || !(v >= 0 && v <= 1) { // NaN too
			return nil, fmt.Errorf("parse %s:%d: weight %q is not a number in [0, 1]", name, line, fs[len(fs)-1])
		}
		pat := strings.Join(fs[:len(fs)-1], " ")
		switch {
		case pat == "*":
			w.fallback = v
		case isDomain(pat):
			w.domains[strings.ToLower(pat)] = v
		default:
			w.names[strings.ToLower(pat)] = v
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return w, nil
}

// isDomain reports whether a pattern is a domain or a ".suffix" rather
// than a publisher name: one word with a dot and no capitals.
func isDomain(p string) bool {
	return !strings.ContainsAny(p, " ") && strings.Contains(p, ".") && strings.ToLower(p) == p
}

// Weight returns the weight of a document from publisher read from
// source: the publisher's own rule, else the most specific rule for the
// source URL's host (or of the publisher's name when it is a domain and
// the source is not a URL), else the default.
func (w *Weights) Weight(publisher, source string) float64 {
	if v, ok := w.names[strings.ToLower(strings.TrimSpace(publisher))]; ok && publisher != "" {
		return v
	}
	host := hostOf(source)
	if host == "" {
		// A publisher named by its domain ("Example.org") gets that
		// domain's rule when the source has no host (a local file).
		if p := strings.ToLower(strings.TrimSpace(publisher)); isDomain(p) {
			host = strings.TrimPrefix(p, "www.")
		}
	}
	if host != "" {
		for h := host; h != ""; {
			if v, ok := w.domains[h]; ok {
				return v
			}
			i := strings.IndexByte(h, '.')
			if i < 0 {
				break
			}
			if v, ok := w.domains[h[i:]]; ok {
				return v
			}
			h = h[i+1:]
		}
	}
	return w.fallback
}

func hostOf(source string) string {
	u, err := url.Parse(source)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
