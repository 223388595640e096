package event

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Verbs is a parsed CAMEO verb-pattern dictionary in the PETRARCH format:
// synonym sets (&NAME followed by +MEMBER lines), then verb blocks opened
// by "--- NAME [code] ---", each listing verb forms (the "+" in a
// multi-word form marks the verb, "{...}" lists irregular forms) and
// patterns ("- WORDS * WORDS [code]", where "*" is the verb, "$" the
// source, "+" the target, "&SET" a synonym set, "(...)" a prepositional
// phrase and "{...}" or "_" words that must be adjacent).
type Verbs struct {
	synsets map[string][][]string // name -> members, each a word sequence
	// forms maps the first word of each surface form to the verb forms
	// starting with it, longest first.
	forms  map[string][]*verbForm
	blocks []*block
}

// block is one verb block: its verbs share the patterns.
type block struct {
	name     string
	code     string // default code, "" when "---"
	alt      string // the reciprocal event's code ("043" of "042:043")
	patterns []*pattern
}

// verbForm is one surface form of a verb, possibly several words.
type verbForm struct {
	words []string // upper case
	verb  int      // index of the verb word in words
	lemma string   // the verb's base form
	code  string   // own code overriding the block's, "" if none
	alt   string   // own reciprocal code
	block *block
}

// pattern is one "- pre * post [code]" line of a block.
type pattern struct {
	pre, post []elem
	code      string // primary code; "" for "---" (do not code)
	alt       string // code after ":" (the reciprocal event), may be ""
	// words is the number of literal words, used to prefer the most
	// specific pattern.
	words int
	line  int
}

// elem is one element of a pattern: a run of adjacent parts, or a slot.
type elem struct {
	parts []part
	slot  byte // '$' source, '+' target, '%' compound, '^' skip; 0 for words
}

// part is one literal word or a synonym-set reference.
type part struct {
	word  string // upper case; a trailing "_" means "this form only"
	syn   string // synonym set name with its "&"
	exact bool
}

// ParseVerbs reads a verb dictionary from r; name is used in errors.
func ParseVerbs(r io.Reader, name string) (*Verbs, error) {
	v := &Verbs{synsets: map[string][][]string{}, forms: map[string][]*verbForm{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	var (
		cur       *block
		synName   string
		inComment bool
		lineNo    int
	)
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		// XML-style comments used by the PETRARCH validation dictionaries.
		if inComment {
			if i := strings.Index(line, "-->"); i >= 0 {
				inComment = false
				line = line[i+3:]
			} else {
				continue
			}
		}
		for {
			i := strings.Index(line, "<!--")
			if i < 0 {
				break
			}
			j := strings.Index(line[i:], "-->")
			if j < 0 {
				line = line[:i]
				inComment = true
				break
			}
			line = line[:i] + line[i+j+3:]
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "~") {
			continue // transformations: not used without parse trees
		}
		switch {
		case strings.HasPrefix(line, "---"):
			nameCode := strings.TrimSpace(strings.Trim(line, "-"))
			bname, code := splitCode(nameCode)
			if bname == "" {
				return nil, fmt.Errorf("parse %s:%d: verb block without a name", name, lineNo)
			}
			cur = &block{name: strings.ToUpper(bname), code: primary(code), alt: reciprocal(code)}
			v.blocks = append(v.blocks, cur)
			synName = ""
		case strings.HasPrefix(line, "&"):
			synName = strings.ToUpper(strings.Fields(line)[0])
			if _, ok := v.synsets[synName]; !ok {
				v.synsets[synName] = nil
			}
			cur = nil
		case strings.HasPrefix(line, "+") && synName != "" && cur == nil:
			m := strings.TrimSpace(line[1:])
			if m == "" {
				continue
			}
			v.synsets[synName] = append(v.synsets[synName], splitWords(strings.ToUpper(m)))
		case strings.HasPrefix(line, "-"):
			if cur == nil {
				return nil, fmt.Errorf("parse %s:%d: pattern outside a verb block", name, lineNo)
			}
			p, err := parsePattern(line[1:], lineNo)
			if err != nil {
				return nil, fmt.Errorf("parse %s:%d: %w", name, lineNo, err)
			}
			if p != nil {
				cur.patterns = append(cur.patterns, p)
			}
		default:
			if cur == nil {
				// A stray line in the synonym section: ignore, as
				// PETRARCH does.
				continue
			}
			if err := v.addVerbLine(cur, line); err != nil {
				return nil, fmt.Errorf("parse %s:%d: %w", name, lineNo, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	for k, fs := range v.forms {
		sortForms(fs)
		v.forms[k] = fs
	}
	return v, nil
}

// Merge adds the synonym sets, verb blocks and forms of other to v; a
// synonym set of the same name gains other's members.
func (v *Verbs) Merge(other *Verbs) {
	for k, ms := range other.synsets {
		v.synsets[k] = append(v.synsets[k], ms...)
	}
	v.blocks = append(v.blocks, other.blocks...)
	for k, fs := range other.forms {
		v.forms[k] = append(v.forms[k], fs...)
		sortForms(v.forms[k])
	}
}

// splitCode splits "NAME [code]" into its parts; code is "" when absent.
func splitCode(s string) (rest, code string) {
	i := strings.LastIndexByte(s, '[')
	if i < 0 {
		return strings.TrimSpace(s), ""
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	}
	return strings.TrimSpace(s[:i] + s[i+j+1:]), strings.TrimSpace(s[i+1 : i+j])
}

// primary returns the primary code of "042:043" ("042"), "" for "---".
func primary(code string) string {
	p, _, _ := strings.Cut(code, ":")
	p = strings.TrimSpace(p)
	if p == "" || strings.Trim(p, "-") == "" {
		return ""
	}
	return p
}

// reciprocal returns the code after ":" ("043" of "042:043"), the event
// the target does in return; "" when there is none.
func reciprocal(code string) string {
	if _, alt, ok := strings.Cut(code, ":"); ok {
		return primary(alt)
	}
	return ""
}

// addVerbLine adds the forms of one verb line ("STRIKE {STRIKES STRUCK}",
// "+WAGE_WAR", "KLM_NOP_+RST [002]") to block b.
func (v *Verbs) addVerbLine(b *block, line string) error {
	line, code := splitCode(line)
	var irregular []string
	if i := strings.IndexByte(line, '{'); i >= 0 {
		j := strings.IndexByte(line, '}')
		if j < i {
			return fmt.Errorf("unclosed { in verb %q", line)
		}
		irregular = strings.Fields(line[i+1 : j])
		line = line[:i] + line[j+1:]
	}
	fields := strings.Fields(strings.ToUpper(line))
	if len(fields) == 0 {
		return nil
	}
	base := strings.Join(fields, "_")
	words, verb := verbWords(base)
	if len(words) == 0 {
		return nil
	}
	lemma := words[verb]
	c, alt := primary(code), reciprocal(code)
	add := func(ws []string, vi int) {
		f := &verbForm{words: ws, verb: vi, lemma: lemma, code: c, alt: alt, block: b}
		v.forms[ws[0]] = append(v.forms[ws[0]], f)
	}
	seen := map[string]bool{}
	addWith := func(verbWord string) {
		ws := append([]string(nil), words...)
		ws[verb] = verbWord
		key := strings.Join(ws, " ")
		if seen[key] {
			return
		}
		seen[key] = true
		add(ws, verb)
	}
	addWith(lemma)
	if len(irregular) > 0 {
		for _, ir := range irregular {
			iw, ivi := verbWords(strings.ToUpper(ir))
			if len(iw) == 0 {
				continue
			}
			key := strings.Join(iw, " ")
			if seen[key] {
				continue
			}
			seen[key] = true
			add(iw, ivi)
		}
		// Irregular lists give the irregular forms; the regular ones
		// the list does not cover are still generated below, as
		// PETRARCH does for the forms it does not list.
	}
	if strings.HasSuffix(lemma, "_") {
		return nil
	}
	for _, f := range inflect(lemma) {
		addWith(f)
	}
	return nil
}

// verbWords splits "KLM_NOP_+RST" into words and the index of the verb
// word (marked "+", else the first word).
func verbWords(s string) ([]string, int) {
	var ws []string
	verb := 0
	for _, w := range strings.Split(s, "_") {
		if w == "" {
			continue
		}
		if strings.HasPrefix(w, "+") {
			w = w[1:]
			if w == "" {
				continue
			}
			verb = len(ws)
		}
		ws = append(ws, w)
	}
	if verb >= len(ws) {
		verb = 0
	}
	return ws, verb
}

// splitWords splits a synonym member or pattern phrase on spaces and "_".
func splitWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		for _, w := range strings.Split(f, "_") {
			if w != "" {
				out = append(out, w)
			}
		}
	}
	return out
}

// inflect returns the regular inflections of an upper-case verb: -S, -ED,
// -ING with the usual spelling changes. Over-generation is harmless: the
// forms are only looked up, never produced.
func inflect(w string) []string {
	n := len(w)
	if n < 2 {
		return nil
	}
	last := w[n-1]
	var out []string
	switch {
	case strings.HasSuffix(w, "S") || strings.HasSuffix(w, "SH") || strings.HasSuffix(w, "CH") || strings.HasSuffix(w, "X") || strings.HasSuffix(w, "Z"):
		out = append(out, w+"ES")
	case last == 'Y' && !isVowel(w[n-2]):
		out = append(out, w[:n-1]+"IES")
	default:
		out = append(out, w+"S")
	}
	switch {
	case last == 'E':
		out = append(out, w+"D", w[:n-1]+"ING")
	case last == 'Y' && !isVowel(w[n-2]):
		out = append(out, w[:n-1]+"IED", w+"ING")
	default:
		out = append(out, w+"ED", w+"ING")
		// Doubled final consonant: "PLAN" -> "PLANNED", "SHIP" ->
		// "SHIPPED" (consonant-vowel-consonant endings).
		if n >= 3 && !isVowel(last) && isVowel(w[n-2]) && !isVowel(w[n-3]) && last != 'W' && last != 'X' && last != 'Y' {
			out = append(out, w+string(last)+"ED", w+string(last)+"ING")
		}
	}
	return out
}

func isVowel(b byte) bool {
	switch b {
	case 'A', 'E', 'I', 'O', 'U':
		return true
	}
	return false
}

// parsePattern parses the text of a pattern line after its leading "-".
// It returns nil for a pattern without a verb marker.
func parsePattern(s string, line int) (*pattern, error) {
	s, code := splitCode(s)
	p := &pattern{line: line}
	if code == "" {
		// PETRARCH skips such lines with a warning; so do we.
		return nil, nil
	}
	p.code = primary(code)
	p.alt = reciprocal(code)
	// Brackets only group: "{A B}" and "A_B" are adjacent words, "(P N)"
	// a phrase whose words follow one another with gaps allowed.
	s = strings.ToUpper(s)
	var toks []string
	adj := false // inside {...}
	var group []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' }) {
		for f != "" {
			switch {
			case strings.HasPrefix(f, "{"):
				adj = true
				group = group[:0]
				f = f[1:]
				continue
			case strings.HasPrefix(f, "("):
				f = f[1:]
				continue
			}
			break
		}
		closeAdj := false
		for {
			if strings.HasSuffix(f, "}") {
				closeAdj = true
				f = f[:len(f)-1]
				continue
			}
			if strings.HasSuffix(f, ")") {
				f = f[:len(f)-1]
				continue
			}
			break
		}
		if f != "" {
			if adj {
				group = append(group, f)
			} else {
				toks = append(toks, f)
			}
		}
		if closeAdj && adj {
			adj = false
			if len(group) > 0 {
				toks = append(toks, strings.Join(group, "_"))
			}
		}
	}
	if adj && len(group) > 0 {
		toks = append(toks, strings.Join(group, "_"))
	}
	star := -1
	var elems []elem
	for _, t := range toks {
		switch {
		case t == "*":
			star = len(elems)
			continue
		case strings.HasSuffix(t, "_*"):
			// "IN_*": a word adjacent to the verb; treat as a word
			// right before it.
			elems = append(elems, wordElem(strings.TrimSuffix(t, "_*")))
			star = len(elems)
			continue
		case strings.HasPrefix(t, "*_"):
			star = len(elems)
			t = strings.TrimPrefix(t, "*_")
		}
		switch t {
		case "$", "+", "%", "^":
			elems = append(elems, elem{slot: t[0]})
			continue
		}
		e := wordElem(t)
		if len(e.parts) > 0 {
			elems = append(elems, e)
		}
	}
	if star < 0 {
		return nil, nil
	}
	p.pre, p.post = elems[:star], elems[star:]
	for _, e := range elems {
		p.words += len(e.parts)
	}
	return p, nil
}

// wordElem parses "A_B", "NEW_&SET_RELATIONS", "SUGGESTED_+" into an
// element of adjacent parts; slots inside are dropped.
func wordElem(t string) elem {
	var e elem
	for _, w := range strings.Split(t, "_") {
		switch {
		case w == "" || w == "$" || w == "+" || w == "%" || w == "^":
			if w != "" {
				e.slot = 0
			}
		case strings.HasPrefix(w, "&"):
			e.parts = append(e.parts, part{syn: w})
		default:
			e.parts = append(e.parts, part{word: w})
		}
	}
	if strings.HasSuffix(t, "_") && len(e.parts) > 0 && e.parts[len(e.parts)-1].word != "" {
		e.parts[len(e.parts)-1].exact = true
	}
	return e
}

// sortForms orders forms longest first, then by words, so that matching
// prefers multi-word verbs and is deterministic.
func sortForms(fs []*verbForm) {
	slices.SortStableFunc(fs, func(a, b *verbForm) int {
		if len(a.words) != len(b.words) {
			return len(b.words) - len(a.words)
		}
		return strings.Compare(strings.Join(a.words, " "), strings.Join(b.words, " "))
	})
}
