package actor

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"bluf"
)

// Entry is one actor of a dictionary: a canonical name, its aliases, the
// CAMEO codes it carries over time and, for curated entries, its roles.
type Entry struct {
	// ID is the stable identifier of the actor; empty means derive it from
	// Name (see Slug).
	ID string
	// Name is the canonical name as written in the dictionary. PETRARCH
	// names keep their upper-case, underscore form ("NURI_AL_MALIKI_");
	// Display turns them into "Nuri al Maliki".
	Name    string
	Aliases []string
	// Type is the entity type; empty when the dictionary does not say
	// (PETRARCH files), in which case the knowledge base infers it.
	Type  bluf.EntityType
	Codes []Code
	Roles []Role
	// Demonyms are nationality words of a state ("Iraqi", "Iraqis").
	Demonyms []string
	// Capitals are cities that stand for the state's government when
	// they act ("Baghdad said"); elsewhere they are places.
	Capitals []string
	// Seats are names that always stand for the government ("the White
	// House", "the Kremlin").
	Seats []string
	// In is the country a place or group belongs to.
	In string
	// Source is "file:line" of the entry's first line.
	Source string
	// person is set for PETRARCH entries from CountryInfo (rulers and
	// ministers), which are people; curated for entries of bluf's own
	// format, which take precedence.
	person, curated bool
}

// Code is a CAMEO actor code valid from From to To inclusive. Dates are
// YYYYMMDD integers; 0 means unbounded.
type Code struct {
	Code     string
	From, To int
}

// Role is a title held for an affiliation over a period, for instance
// "Prime Minister" of "Iraq" from 20221027. Code, when set, is the CAMEO
// code the role implies (IRQGOV).
type Role struct {
	Title       string
	Affiliation string
	Code        string
	From, To    int
}

// valid reports whether the period [from, to] holds date (YYYYMMDD); a
// zero date matches every period.
func valid(from, to, date int) bool {
	if date == 0 {
		return true
	}
	return (from == 0 || date >= from) && (to == 0 || date <= to)
}

// CodeAt returns the code of e valid at date (YYYYMMDD, 0 for undated):
// a dated code that holds wins over the undated default; with no date
// the most recent code wins.
func (e *Entry) CodeAt(date int) string {
	var def string
	best, bestFrom := "", -1
	for _, c := range e.Codes {
		if c.From == 0 && c.To == 0 {
			if def == "" {
				def = c.Code
			}
			continue
		}
		if date == 0 {
			// Undated document: prefer the latest period.
			if c.From > bestFrom || (c.To == 0 && c.From >= bestFrom) {
				best, bestFrom = c.Code, c.From
			}
			continue
		}
		if valid(c.From, c.To, date) && c.From > bestFrom {
			best, bestFrom = c.Code, c.From
		}
	}
	if date == 0 && def != "" {
		return def
	}
	if best != "" {
		return best
	}
	return def
}

// ParsePetrarch parses a PETRARCH/TABARI actor dictionary. name is used
// in error messages ("name:line: reason").
//
// The format: one actor per block. A line starting in column one names
// the actor (words joined by spaces or underscores; a trailing underscore
// marks a whole word, which bluf assumes anyway); lines starting with '+'
// add aliases; code blocks in square brackets, on the name line or on
// indented lines below it, give CAMEO codes, optionally restricted in
// time: [IRQGOV] always, [IRQGOV >110101] from, [IRQGOV <110101] before,
// [IRQGOV 110101-121231] between. Dates are YYMMDD (years below 30 are
// 20YY) or YYYYMMDD. '#' starts a comment; <!-- ... --> blocks are
// comments.
func ParsePetrarch(r io.Reader, name string) ([]Entry, error) {
	var out []Entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	ln := 0
	inComment := false
	var cur *Entry
	for sc.Scan() {
		ln++
		raw := sc.Text()
		if ln == 1 {
			raw = strings.TrimPrefix(raw, "\ufeff")
		}
		if inComment {
			if strings.Contains(raw, "-->") {
				inComment = false
			}
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(raw), "<!") {
			if !strings.Contains(raw, "-->") {
				inComment = true
			}
			continue
		}
		isCountryInfo := strings.Contains(raw, "CountryInfo")
		line := raw
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		line = strings.TrimSpace(line)
		switch {
		case line[0] == '[':
			if cur == nil {
				return nil, fmt.Errorf("%s:%d: code block %q outside an entry", name, ln, line)
			}
			if err := parseCodes(line, cur); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, ln, err)
			}
		case line[0] == '+':
			if cur == nil {
				return nil, fmt.Errorf("%s:%d: alias %q outside an entry", name, ln, line)
			}
			alias, codes := splitCodes(line[1:])
			alias = cleanPhrase(alias)
			if alias == "" {
				continue // a bare '+' adds nothing
			}
			cur.Aliases = append(cur.Aliases, alias)
			if codes != "" {
				if err := parseCodes(codes, cur); err != nil {
					return nil, fmt.Errorf("%s:%d: %w", name, ln, err)
				}
			}
		default:
			// A name line; PETRARCH also accepts it indented.
			phrase, codes := splitCodes(line)
			phrase = cleanPhrase(phrase)
			if phrase == "" {
				return nil, fmt.Errorf("%s:%d: entry without a name", name, ln)
			}
			out = append(out, Entry{Name: phrase, Source: name + ":" + strconv.Itoa(ln), person: isCountryInfo})
			cur = &out[len(out)-1]
			if codes != "" {
				if err := parseCodes(codes, cur); err != nil {
					return nil, fmt.Errorf("%s:%d: %w", name, ln, err)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	// Entries with no code at all (a name whose codes sit on a later,
	// commented-out line) are kept: they still name an actor.
	return out, nil
}

// splitCodes splits "NAME [CODE] [CODE]" at the first '['.
func splitCodes(s string) (phrase, codes string) {
	if i := strings.IndexByte(s, '['); i >= 0 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i:])
	}
	return strings.TrimSpace(s), ""
}

// cleanPhrase turns a dictionary phrase into space-separated words:
// underscores become spaces and a trailing stop marker is dropped.
func cleanPhrase(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	return strings.Join(strings.Fields(s), " ")
}

// parseCodes parses one or more bracketed code blocks into e.Codes.
func parseCodes(s string, e *Entry) error {
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] != '[' {
			// Trailing notes after the codes (the MNC lists carry an
			// industry and a revenue figure) are ignored, as PETRARCH does.
			return nil
		}
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return fmt.Errorf("unclosed code block %q", s)
		}
		c, err := parseCode(s[1:end])
		if err != nil {
			return err
		}
		if c.Code != "" {
			e.Codes = append(e.Codes, c)
		}
		s = s[end+1:]
	}
	return nil
}

// parseCode parses the inside of one code block: "IRQGOV", "IRQGOV
// >110101", "IRQGOV <110101", "IRQGOV 110101-121231" (spaces around the
// operators allowed). "---" and "+++" are PETRARCH's null codes and give
// an empty Code. Alternatives "A/B" keep the first.
func parseCode(s string) (Code, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return Code{}, fmt.Errorf("empty code block")
	}
	code := f[0]
	if i := strings.IndexByte(code, '/'); i > 0 {
		code = code[:i]
	}
	for _, r := range code {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '~' || r == '-' || r == '+') {
			return Code{}, fmt.Errorf("bad character %q in code %q", r, f[0])
		}
	}
	if code == "---" || code == "+++" {
		code = ""
	}
	code = strings.ToUpper(code)
	rest := strings.Join(f[1:], "")
	c := Code{Code: code}
	var err error
	switch {
	case rest == "":
	case rest[0] == '>':
		c.From, err = parseDate(rest[1:])
	case rest[0] == '<':
		// "<D" is before D: valid up to the day before.
		var d int
		d, err = parseDate(rest[1:])
		c.To = dayBefore(d)
	default:
		from, to, ok := strings.Cut(rest, "-")
		if !ok {
			err = fmt.Errorf("date restriction %q: want >DATE, <DATE or DATE-DATE", rest)
		} else if c.From, err = parseDate(from); err == nil {
			c.To, err = parseDate(to)
		}
		if err == nil && c.To < c.From {
			err = fmt.Errorf("date range %q ends before it starts", rest)
		}
	}
	if err != nil {
		return Code{}, fmt.Errorf("code %s: %w", f[0], err)
	}
	return c, nil
}

// parseDate parses a PETRARCH date, YYMMDD or YYYYMMDD, into YYYYMMDD.
func parseDate(s string) (int, error) {
	s = strings.TrimSpace(s)
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("bad date %q: want YYMMDD or YYYYMMDD", s)
	}
	switch len(s) {
	case 6:
		yy := n / 10000
		if yy < 30 {
			n += 20000000
		} else {
			n += 19000000
		}
	case 8:
	default:
		return 0, fmt.Errorf("bad date %q: want YYMMDD or YYYYMMDD", s)
	}
	if m, d := n/100%100, n%100; m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, fmt.Errorf("bad date %q: month or day out of range", s)
	}
	return n, nil
}

// dayBefore returns the YYYYMMDD date before d, good enough for range
// ends (it may produce a day 0, which compares correctly).
func dayBefore(d int) int { return d - 1 }

// Agent is one entry of a PETRARCH agents dictionary: a role word such as
// "government", "militia" or "foreign minister" and the code it adds to
// an actor. A code "~GOV" is a suffix (IRQ + ~GOV = IRQGOV); "NGO~" is a
// prefix.
type Agent struct {
	Phrase string
	// Plurals are explicit plural forms; NoPlural is set by "{}" (the
	// phrase takes no regular plural).
	Plurals  []string
	NoPlural bool
	Code     string
	Source   string
}

// Apply combines the agent's code with an actor code: Apply("IRQ") of an
// agent "~MIL" is "IRQMIL", of "NGO~" is "NGOIRQ". With no actor code it
// returns the agent code without its marker.
func (a Agent) Apply(actor string) string {
	code := strings.TrimSpace(a.Code)
	switch {
	case strings.HasPrefix(code, "~"):
		return actor + code[1:]
	case strings.HasSuffix(code, "~"):
		return code[:len(code)-1] + actor
	}
	return actor + code
}

// ParseAgents parses a PETRARCH agents dictionary: lines "PHRASE
// [{PLURAL ...}] [CODE]" with "!SET! = A, B" substitution sets that
// expand wherever !SET! appears in a phrase.
func ParseAgents(r io.Reader, name string) ([]Agent, error) {
	var out []Agent
	sets := map[string][]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	ln := 0
	inComment := false
	for sc.Scan() {
		ln++
		line := sc.Text()
		if inComment {
			if strings.Contains(line, "-->") {
				inComment = false
			}
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(line), "<!") {
			if !strings.Contains(line, "-->") {
				inComment = true
			}
			continue
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if line[0] == '!' && strings.Contains(line, "=") && !strings.Contains(line, "[") {
			key, vals, ok := strings.Cut(line, "=")
			key = strings.TrimSpace(key)
			if !ok || len(key) < 3 || key[len(key)-1] != '!' {
				return nil, fmt.Errorf("%s:%d: substitution set %q: want !NAME! = A, B", name, ln, line)
			}
			var vs []string
			for _, v := range strings.Split(vals, ",") {
				if v = cleanPhrase(v); v != "" {
					vs = append(vs, v)
				}
			}
			sets[key] = vs
			continue
		}
		open := strings.IndexByte(line, '[')
		if open < 0 || !strings.HasSuffix(line, "]") {
			return nil, fmt.Errorf("%s:%d: agent %q has no [CODE]", name, ln, line)
		}
		code := strings.TrimSpace(line[open+1 : len(line)-1])
		if code == "" || strings.ContainsAny(code, " []") {
			return nil, fmt.Errorf("%s:%d: bad agent code %q", name, ln, code)
		}
		head := strings.TrimSpace(line[:open])
		a := Agent{Code: code, Source: name + ":" + strconv.Itoa(ln)}
		if i := strings.IndexByte(head, '{'); i >= 0 {
			j := strings.IndexByte(head, '}')
			if j < i {
				return nil, fmt.Errorf("%s:%d: unclosed plural block in %q", name, ln, head)
			}
			pl := strings.Fields(head[i+1 : j])
			if len(pl) == 0 {
				a.NoPlural = true
			}
			for _, p := range pl {
				a.Plurals = append(a.Plurals, cleanPhrase(p))
			}
			head = strings.TrimSpace(head[:i] + " " + head[j+1:])
		}
		a.Phrase = cleanPhrase(head)
		if a.Phrase == "" {
			return nil, fmt.Errorf("%s:%d: agent without a phrase", name, ln)
		}
		for _, p := range expandSets(a.Phrase, sets) {
			b := a
			b.Phrase = p
			out = append(out, b)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return out, nil
}

// expandSets replaces the first !SET! in p by each of its members,
// recursively.
func expandSets(p string, sets map[string][]string) []string {
	i := strings.IndexByte(p, '!')
	if i < 0 {
		return []string{p}
	}
	j := strings.IndexByte(p[i+1:], '!')
	if j < 0 {
		return []string{p}
	}
	key := p[i : i+j+2]
	vals, ok := sets[key]
	if !ok {
		return []string{p}
	}
	var out []string
	for _, v := range vals {
		out = append(out, expandSets(cleanPhrase(p[:i]+v+p[i+j+2:]), sets)...)
	}
	return out
}
