package actor

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"bluf"
)

// ParseCurated parses bluf's own actor format (documented in
// actor/data/README.md and by "bluf help entities"):
//
//	# a comment
//	person: Mohammed Shia al-Sudani
//	  aka: Mohamed Shia al-Sudani | Mohammed Shia' Al-Sudani | al-Sudani
//	  role: 2022-10-27.. | Prime Minister | Iraq | IRQGOV
//	state: Iraq
//	  code: IRQ
//	  demonym: Iraqi | Iraqis
//	  capital: Baghdad
//
// An entry starts with "TYPE: Name" in column one; TYPE is person,
// organization, government, armed_group, state or location. Indented
// "key: value" lines add to it: id, aka (aliases), code (CODE or CODE |
// FROM..TO), role (FROM..TO | title | affiliation | code), demonym,
// capital (a city that stands for the state's government when it acts),
// seat (a name that always stands for the government: "the Kremlin"),
// in (the country a place or group belongs to). Dates are YYYY, YYYY-MM or
// YYYY-MM-DD; either end of a range may be empty. name is used in error
// messages ("name:line: reason").
func ParseCurated(r io.Reader, name string) ([]Entry, error) {
	var out []Entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	ln := 0
	for sc.Scan() {
		ln++
		raw := sc.Text()
		if ln == 1 {
			raw = strings.TrimPrefix(raw, "\ufeff")
		}
		line := strings.TrimSpace(raw)
		if line == "" || line[0] == '#' {
			continue
		}
		errf := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s", name, ln, fmt.Sprintf(format, args...))
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			return nil, errf("want \"key: value\", got %q", line)
		}
		key = strings.TrimSpace(key)
		val = strings.TrimSpace(val)
		if raw[0] != ' ' && raw[0] != '\t' {
			t, ok := entryTypes[key]
			if !ok {
				return nil, errf("unknown entry type %q (want person, organization, government, armed_group, state or location)", key)
			}
			if val == "" {
				return nil, errf("%s without a name", key)
			}
			out = append(out, Entry{Name: val, Type: t, Source: name + ":" + strconv.Itoa(ln), curated: true})
			continue
		}
		if len(out) == 0 {
			return nil, errf("%q before the first entry", key)
		}
		e := &out[len(out)-1]
		fields := splitBar(val)
		switch key {
		case "id":
			if val == "" || strings.ContainsAny(val, " \t|") {
				return nil, errf("bad id %q", val)
			}
			e.ID = val
		case "aka":
			e.Aliases = append(e.Aliases, fields...)
		case "demonym":
			e.Demonyms = append(e.Demonyms, fields...)
		case "capital":
			e.Capitals = append(e.Capitals, fields...)
		case "seat":
			e.Seats = append(e.Seats, fields...)
		case "in":
			e.In = val
		case "code":
			if len(fields) == 0 || len(fields) > 2 || !validCode(fields[0]) {
				return nil, errf("code: want CODE or CODE | FROM..TO, got %q", val)
			}
			c := Code{Code: fields[0]}
			if len(fields) == 2 {
				var err error
				if c.From, c.To, err = parseRange(fields[1]); err != nil {
					return nil, errf("code: %v", err)
				}
			}
			e.Codes = append(e.Codes, c)
		case "role":
			if len(fields) < 2 || len(fields) > 4 {
				return nil, errf("role: want FROM..TO | title | affiliation | code, got %q", val)
			}
			var ro Role
			var err error
			if ro.From, ro.To, err = parseRange(fields[0]); err != nil {
				return nil, errf("role: %v", err)
			}
			ro.Title = fields[1]
			if len(fields) > 2 {
				ro.Affiliation = fields[2]
			}
			if len(fields) > 3 {
				if !validCode(fields[3]) {
					return nil, errf("role: bad code %q", fields[3])
				}
				ro.Code = fields[3]
			}
			e.Roles = append(e.Roles, ro)
		default:
			return nil, errf("unknown key %q (want id, aka, code, role, demonym, capital, seat or in)", key)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return out, nil
}

var entryTypes = map[string]bluf.EntityType{
	"person":       bluf.Person,
	"organization": bluf.Organization,
	"organisation": bluf.Organization,
	"company":      bluf.Organization,
	"government":   bluf.Government,
	"armed_group":  bluf.ArmedGroup,
	"state":        bluf.State,
	"location":     bluf.Location,
}

// splitBar splits a value at '|' and trims the parts, dropping empty ones.
func splitBar(s string) []string {
	var out []string
	for _, f := range strings.Split(s, "|") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func validCode(s string) bool {
	if s == "" || len(s) > 24 {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// parseRange parses "FROM..TO" with either end optional, or a single
// date meaning that period (a year, a month or a day).
func parseRange(s string) (from, to int, err error) {
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		if from, err = parseISO(s, false); err != nil {
			return 0, 0, err
		}
		to, err = parseISO(s, true)
		return from, to, err
	}
	if a = strings.TrimSpace(a); a != "" {
		if from, err = parseISO(a, false); err != nil {
			return 0, 0, err
		}
	}
	if b = strings.TrimSpace(b); b != "" {
		if to, err = parseISO(b, true); err != nil {
			return 0, 0, err
		}
	}
	if from != 0 && to != 0 && to < from {
		return 0, 0, fmt.Errorf("range %q ends before it starts", s)
	}
	return from, to, nil
}

// parseISO parses YYYY, YYYY-MM or YYYY-MM-DD (a longer date-time is cut
// to its date) into YYYYMMDD; a partial date is the first day of its
// period, or the last when end is set.
func parseISO(s string, end bool) (int, error) {
	s = strings.TrimSpace(s)
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return 0, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	n := [3]int{0, 1, 1}
	if end {
		n = [3]int{0, 12, 31}
	}
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || (i > 0 && len(p) != 2) {
			return 0, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	if n[1] < 1 || n[1] > 12 || n[2] < 1 || n[2] > 31 {
		return 0, fmt.Errorf("bad date %q: month or day out of range", s)
	}
	return n[0]*10000 + n[1]*100 + n[2], nil
}

// ParseDate parses a document date (YYYY, YYYY-MM, YYYY-MM-DD or an
// RFC 3339 date-time) into a YYYYMMDD integer; 0 when empty or invalid.
func ParseDate(s string) int {
	if s == "" {
		return 0
	}
	d, err := parseISO(s, false)
	if err != nil {
		return 0
	}
	return d
}

// Parse reads an actor file in either supported format, detecting which:
// bluf's curated format when the first significant line reads "TYPE:
// Name" with a known type, PETRARCH otherwise.
func Parse(r io.Reader, name string) ([]Entry, error) {
	data, err := io.ReadAll(io.LimitReader(r, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, fmt.Errorf("%s: binary file, want an actor dictionary", name)
	}
	if isCurated(data) {
		return ParseCurated(bytes.NewReader(data), name)
	}
	if err := checkPetrarch(data, name); err != nil {
		return nil, err
	}
	return ParsePetrarch(bytes.NewReader(data), name)
}

// checkPetrarch makes format detection strict: a file that is not in
// bluf's format is taken as PETRARCH only if every actor line reads as
// PETRARCH's (an UNDERSCORE_NAME, or words with a [CODE] on the line) and
// every actor gets a [CODE], on its line or on the lines below it (names
// listed one after another share the code that follows them). Anything
// else fails with name:line: reason, so that a mistyped bluf line ("person
// Foo") is not silently read as an actor called "person Foo" with no code.
func checkPetrarch(data []byte, name string) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	ln, pending, pendingName, inComment, entries := 0, 0, "", false, 0
	spaced, spacedLine := "", 0 // a name in words (no underscore) needs a code before the next actor
	for sc.Scan() {
		ln++
		line := sc.Text()
		if ln == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if inComment {
			inComment = !strings.Contains(line, "-->")
			continue
		}
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "<!") {
			inComment = !strings.Contains(t, "-->")
			continue
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		phrase, codes := splitCodes(line)
		switch line[0] {
		case '[':
			spaced = ""
			if entries == 0 {
				return fmt.Errorf("%s:%d: code block %q before any actor", name, ln, line)
			}
			pending = 0
			continue
		case '+':
			if entries == 0 {
				return fmt.Errorf("%s:%d: alias %q before any actor", name, ln, line)
			}
			if codes != "" {
				pending, spaced = 0, ""
			}
			continue
		}
		if spaced != "" {
			return fmt.Errorf("%s:%d: %q is neither bluf's \"type: Name\" nor PETRARCH's UNDERSCORE_NAME [CODE]", name, spacedLine, spaced)
		}
		if key, rest, ok := strings.Cut(phrase, ":"); ok && !strings.ContainsAny(key, " _") && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return fmt.Errorf("%s:%d: unknown entry type %q (want one of %s)", name, ln, strings.TrimSpace(key), typeList())
		}
		if phrase == "" {
			return fmt.Errorf("%s:%d: %q is neither bluf's \"type: Name\" nor PETRARCH's UNDERSCORE_NAME [CODE]", name, ln, line)
		}
		if codes == "" && strings.ContainsAny(phrase, " \t") && !strings.Contains(phrase, "_") {
			spaced, spacedLine = line, ln
		}
		entries++
		if codes != "" {
			pending = 0
		} else if pending == 0 {
			pending, pendingName = ln, phrase
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if spaced != "" {
		return fmt.Errorf("%s:%d: %q is neither bluf's \"type: Name\" nor PETRARCH's UNDERSCORE_NAME [CODE]", name, spacedLine, spaced)
	}
	if pending > 0 {
		return fmt.Errorf("%s:%d: actor %s has no [CODE] on its line or below it (PETRARCH format), and the line is not bluf's \"type: Name\"", name, pending, pendingName)
	}
	return nil
}

// typeList names the entry types of bluf's format, sorted.
func typeList() string {
	ts := make([]string, 0, len(entryTypes))
	for t := range entryTypes {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return strings.Join(ts, ", ")
}

func isCurated(data []byte) bool {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' || strings.HasPrefix(line, "<!") {
			continue
		}
		key, _, ok := strings.Cut(line, ":")
		if !ok {
			return false
		}
		_, known := entryTypes[strings.TrimSpace(key)]
		return known
	}
	return false
}
