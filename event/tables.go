package event

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Goldstein maps CAMEO event codes ("190", "0311") to their Goldstein
// conflict–cooperation weight, from -10 (most conflictual) to +10.
type Goldstein map[string]float64

// ParseGoldstein reads the GDELT table: a header line, then "CODE<TAB>WEIGHT"
// lines. name is used in errors.
func ParseGoldstein(r io.Reader, name string) (Goldstein, error) {
	g := Goldstein{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || (line == 1 && !isDigits(f[0])) {
			continue
		}
		if len(f) != 2 || !isDigits(f[0]) {
			return nil, fmt.Errorf("parse %s:%d: want CODE WEIGHT, got %q", name, line, sc.Text())
		}
		w, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("parse %s:%d: %w", name, line, err)
		}
		g[f[0]] = w
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return g, nil
}

// Score returns the weight of code, falling back to its shorter prefixes
// (the three-digit base code, then the root), and whether one was found.
func (g Goldstein) Score(code string) (float64, bool) {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if w, ok := g[c]; ok {
			return w, true
		}
	}
	return 0, false
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Agents maps agent nouns ("militias", "service members"), as upper-case
// word sequences joined by spaces, to CAMEO agent codes ("REB", "MIL").
type Agents struct {
	codes map[string]string
	// longest is the most words in any noun.
	longest int
}

// ParseAgents reads an agent table: "CODE: noun, noun, ..." lines, "#"
// comments. name is used in errors.
func ParseAgents(r io.Reader, name string) (*Agents, error) {
	a := &Agents{codes: map[string]string{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		code, nouns, ok := strings.Cut(s, ":")
		code = strings.TrimSpace(code)
		if !ok || code == "" || strings.ContainsAny(code, " \t") {
			return nil, fmt.Errorf("parse %s:%d: want CODE: nouns, got %q", name, line, s)
		}
		for _, n := range strings.Split(nouns, ",") {
			ws := strings.Fields(strings.ToUpper(n))
			if len(ws) == 0 {
				continue
			}
			k := strings.Join(ws, " ")
			if _, dup := a.codes[k]; !dup {
				a.codes[k] = code
			}
			a.longest = max(a.longest, len(ws))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return a, nil
}

// match returns the agent code of the longest agent noun starting at
// toks[i] and the number of tokens it covers.
func (a *Agents) match(toks []token, i int) (string, int) {
	if a == nil {
		return "", 0
	}
	for n := min(a.longest, len(toks)-i); n >= 1; n-- {
		if n == 1 {
			if c, ok := a.codes[toks[i].up]; ok {
				return c, 1
			}
			continue
		}
		var b strings.Builder
		for k := 0; k < n; k++ {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(toks[i+k].up)
		}
		if c, ok := a.codes[b.String()]; ok {
			return c, n
		}
	}
	return "", 0
}
