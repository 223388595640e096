package event

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"

	"bluf"
	"bluf/text"
)

// sharedDir returns ../shared relative to the repository root, found from
// this package's directory; tests skip when it is absent.
func sharedDir(tb testing.TB, parts ...string) string {
	tb.Helper()
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Dir(filepath.Dir(file))
	p := filepath.Join(append([]string{root, "..", "shared"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data not found: %v", err)
	}
	return p
}

// lexicon is a test-only actor finder over PETRARCH actor and agent
// dictionaries, so that the coder can be tested apart from the actor
// stage: longest match of dictionary phrases, codes chosen by date.
type lexicon struct {
	phrases map[string][]lexEntry // first word -> entries
	agents  map[string]string     // phrase -> agent code ("~GOV" stripped)
	longest int
}

type lexEntry struct {
	words []string
	id    string
	codes []datedCode
	agent bool
}

type datedCode struct {
	code     string
	from, to int // YYYYMMDD, 0 unbounded
}

func newLexicon() *lexicon {
	return &lexicon{phrases: map[string][]lexEntry{}, agents: map[string]string{}}
}

func lexWords(s string) []string {
	s = strings.ToUpper(strings.TrimSpace(s))
	var out []string
	for _, f := range strings.Fields(strings.ReplaceAll(s, "_", " ")) {
		out = append(out, f)
	}
	return out
}

func petrDate(s string) int {
	s = strings.TrimSpace(s)
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	if len(s) == 6 {
		y := n / 10000
		if y < 30 {
			n += 20000000
		} else {
			n += 19000000
		}
	}
	return n
}

// parseCodeBlock parses "IRQGOV", "HOB < 950601", "X 950601 - 990815".
func parseCodeBlock(s string) datedCode {
	s = strings.TrimSpace(s)
	f := strings.Fields(strings.NewReplacer("<", " < ", ">", " > ", "-", " - ").Replace(s))
	if len(f) == 0 {
		return datedCode{}
	}
	dc := datedCode{code: strings.ToUpper(f[0])}
	switch {
	case len(f) >= 3 && f[1] == "<":
		dc.to = petrDate(f[2]) - 1
	case len(f) >= 3 && f[1] == ">":
		dc.from = petrDate(f[2])
	case len(f) >= 4 && f[2] == "-":
		dc.from, dc.to = petrDate(f[1]), petrDate(f[3])
	}
	return dc
}

// addActors reads a PETRARCH actor dictionary.
func (l *lexicon) addActors(tb testing.TB, path string) {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	var cur *lexEntry
	var names [][]string
	flush := func() {
		if cur == nil {
			return
		}
		for _, n := range names {
			e := *cur
			e.words = n
			l.phrases[n[0]] = append(l.phrases[n[0]], e)
			l.longest = max(l.longest, len(n))
		}
		cur, names = nil, nil
	}
	inComment := false
	for sc.Scan() {
		line := sc.Text()
		if inComment {
			if i := strings.Index(line, "-->"); i >= 0 {
				inComment = false
				line = line[i+3:]
			} else {
				continue
			}
		}
		if i := strings.Index(line, "<!--"); i >= 0 {
			if j := strings.Index(line[i:], "-->"); j >= 0 {
				line = line[:i] + line[i+j+3:]
			} else {
				line = line[:i]
				inComment = true
			}
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		indented := line[0] == ' ' || line[0] == '\t'
		t := strings.TrimSpace(line)
		// Code blocks.
		var codes []datedCode
		for {
			i := strings.IndexByte(t, '[')
			if i < 0 {
				break
			}
			j := strings.IndexByte(t[i:], ']')
			if j < 0 {
				break
			}
			if dc := parseCodeBlock(t[i+1 : i+j]); dc.code != "" {
				codes = append(codes, dc)
			}
			t = strings.TrimSpace(t[:i] + t[i+j+1:])
		}
		switch {
		case strings.HasPrefix(t, "+"):
			if cur != nil {
				if w := lexWords(t[1:]); len(w) > 0 {
					names = append(names, w)
				}
			}
		case indented && t == "":
		case !indented:
			flush()
			w := lexWords(t)
			if len(w) == 0 {
				continue
			}
			cur = &lexEntry{id: strings.ToLower(strings.Join(w, "-"))}
			names = [][]string{w}
		}
		if cur != nil {
			cur.codes = append(cur.codes, codes...)
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
}

// addAgents reads a PETRARCH agents dictionary ("PHRASE {PLURALS} [~CODE]",
// "!SET! = A, B").
func (l *lexicon) addAgents(tb testing.TB, path string) {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	sets := map[string][]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "<!--") {
			continue
		}
		if strings.HasPrefix(line, "!") && strings.Contains(line, "=") {
			k, v, _ := strings.Cut(line, "=")
			for _, m := range strings.Split(v, ",") {
				sets[strings.TrimSpace(k)] = append(sets[strings.TrimSpace(k)], strings.TrimSpace(m))
			}
			continue
		}
		i := strings.IndexByte(line, '[')
		j := strings.IndexByte(line, ']')
		if i < 0 || j < i {
			continue
		}
		code := strings.Trim(strings.TrimSpace(line[i+1:j]), "~")
		head := line[:i]
		var forms []string
		if a := strings.IndexByte(head, '{'); a >= 0 {
			if z := strings.IndexByte(head, '}'); z > a {
				forms = strings.Fields(head[a+1 : z])
				head = head[:a] + head[z+1:]
			}
		}
		forms = append(forms, strings.TrimSpace(head))
		var expanded []string
		for _, f := range forms {
			done := false
			for k, vs := range sets {
				if strings.Contains(f, k) {
					for _, v := range vs {
						expanded = append(expanded, strings.ReplaceAll(f, k, v))
					}
					done = true
				}
			}
			if !done {
				expanded = append(expanded, f)
			}
		}
		for _, f := range expanded {
			w := lexWords(f)
			if len(w) == 0 {
				continue
			}
			k := strings.Join(w, " ")
			l.agents[k] = code
			if s := singular(w[len(w)-1]); s == "" {
				pl := append(append([]string(nil), w[:len(w)-1]...), w[len(w)-1]+"S")
				l.agents[strings.Join(pl, " ")] = code
			}
			e := lexEntry{words: w, id: "agent:" + strings.ToLower(code), codes: []datedCode{{code: code}}, agent: true}
			l.phrases[w[0]] = append(l.phrases[w[0]], e)
			l.longest = max(l.longest, len(w))
		}
	}
}

// find returns the mentions and entities of doc, dated at date (YYYYMMDD).
func (l *lexicon) find(doc *bluf.Document, date int) ([]bluf.Mention, []bluf.Entity) {
	var ms []bluf.Mention
	ents := map[string]*bluf.Entity{}
	for _, s := range doc.Sentences {
		toks := tokenize(s.Text)
		for i := 0; i < len(toks); i++ {
			u := strings.TrimSuffix(toks[i].up, ".")
			var best *lexEntry
			for k := range l.phrases[u] {
				e := &l.phrases[u][k]
				if i+len(e.words) > len(toks) || e.agent {
					continue
				}
				ok := true
				for w := 1; w < len(e.words); w++ {
					if toks[i+w].up != e.words[w] {
						ok = false
						break
					}
				}
				if ok && (best == nil || len(e.words) > len(best.words)) {
					best = e
				}
			}
			if best == nil {
				// Possessive and plural forms: "Gondor's" handled by the
				// tokenizer; plurals of demonyms are listed.
				continue
			}
			code := codeAt(best.codes, date)
			if code == "" || code == "---" || code == "+++" {
				i += len(best.words) - 1
				continue
			}
			last := i + len(best.words) - 1
			// Agents directly after: "Osgiliath soldiers".
			for n := 3; n >= 1; n-- {
				if last+n >= len(toks) {
					continue
				}
				var ws []string
				for k := 1; k <= n; k++ {
					ws = append(ws, toks[last+k].up)
				}
				if ac, ok := l.agents[strings.Join(ws, " ")]; ok && len(code) == 3 {
					code += ac
					last += n
					break
				}
			}
			id := best.id + ":" + code
			ms = append(ms, bluf.Mention{
				Start: s.Start + toks[i].start, End: s.Start + toks[last].end,
				Text: s.Text[toks[i].start:toks[last].end], Type: bluf.Organization,
				Entity: id, Sentence: s.ID,
			})
			if ents[id] == nil {
				ents[id] = &bluf.Entity{ID: id, Name: strings.Join(best.words, " "), Code: code, Type: bluf.Organization}
			}
			i = last
		}
	}
	var es []bluf.Entity
	for _, e := range ents {
		es = append(es, *e)
	}
	sort.Slice(es, func(i, j int) bool { return es[i].ID < es[j].ID })
	return ms, es
}

func codeAt(cs []datedCode, date int) string {
	var def string
	for _, c := range cs {
		if c.from == 0 && c.to == 0 {
			if def == "" {
				def = c.code
			}
			continue
		}
		if date == 0 {
			continue
		}
		if (c.from == 0 || date >= c.from) && (c.to == 0 || date <= c.to) {
			return c.code
		}
	}
	return def
}

// docOf builds a document from plain text.
func docOf(body, published string) *bluf.Document {
	doc := &bluf.Document{Body: body, Published: published}
	doc.Paragraphs = text.Paragraphs(body)
	doc.Sentences = text.Sentences(body, doc.Paragraphs)
	return doc
}

func describe(e bluf.Event) string {
	return fmt.Sprintf("%s(%s) -%s/%s/%s-> %s(%s) %s/%s", e.Source.Name, e.Source.Code, e.Code, e.Verb, e.Modality, e.Target.Name, e.Target.Code, e.Date, e.DateBasis)
}
