// Package taxonomy holds bluf's thematic tag taxonomy: theme names with
// the terms that trigger them, embedded from tags.txt and replaceable by a
// user file in the same format (see README.md).
package taxonomy

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
)

// Theme is one thematic tag and its trigger terms.
type Theme struct {
	Name string
	// Strong terms tag a text on a single hit; Weak terms need two hits.
	Strong []string
	Weak   []string
}

// Taxonomy is an ordered list of themes.
type Taxonomy struct {
	Themes []Theme
}

//go:embed tags.txt
var embedded string

var (
	defaultOnce sync.Once
	defaultTax  *Taxonomy
	defaultErr  error
)

// Default returns the embedded taxonomy, parsed once.
func Default() (*Taxonomy, error) {
	defaultOnce.Do(func() {
		defaultTax, defaultErr = Parse("tags.txt", strings.NewReader(embedded))
	})
	return defaultTax, defaultErr
}

// Parse reads a taxonomy in the tags.txt format; name labels errors.
func Parse(name string, r io.Reader) (*Taxonomy, error) {
	t := &Taxonomy{}
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	var cur *Theme
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if strings.HasPrefix(l, "[") {
			if !strings.HasSuffix(l, "]") {
				return nil, fmt.Errorf("parse %s:%d: unterminated theme name %q", name, line, l)
			}
			n := strings.TrimSpace(l[1 : len(l)-1])
			if n == "" {
				return nil, fmt.Errorf("parse %s:%d: empty theme name", name, line)
			}
			if seen[n] {
				return nil, fmt.Errorf("parse %s:%d: duplicate theme %q", name, line, n)
			}
			seen[n] = true
			t.Themes = append(t.Themes, Theme{Name: n})
			cur = &t.Themes[len(t.Themes)-1]
			continue
		}
		key, val, ok := strings.Cut(l, "=")
		if !ok {
			return nil, fmt.Errorf("parse %s:%d: want key = terms, got %q", name, line, l)
		}
		if cur == nil {
			return nil, fmt.Errorf("parse %s:%d: terms before the first [theme]", name, line)
		}
		var terms []string
		for _, term := range strings.Split(val, ",") {
			if term = strings.TrimSpace(term); term != "" {
				terms = append(terms, term)
			}
		}
		switch strings.TrimSpace(key) {
		case "strong":
			cur.Strong = append(cur.Strong, terms...)
		case "weak":
			cur.Weak = append(cur.Weak, terms...)
		default:
			return nil, fmt.Errorf("parse %s:%d: unknown key %q (want strong or weak)", name, line, strings.TrimSpace(key))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("parse %s:%d: %w", name, line, err)
	}
	return t, nil
}
