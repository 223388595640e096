package actor

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"bluf"
)

// KB is the actor knowledge base: entities with their names, CAMEO codes
// and dated roles, and the agent words (government, militia) that refine
// an actor's code. A KB is immutable once built and safe for concurrent
// use.
type KB struct {
	recs   []record
	names  trie
	agents trie
	agentL []Agent
	byID   map[string]int32
	// states maps a state's display name to its record.
	states map[string]int32
	// given holds first names of the knowledge base's people that open
	// at least two of their names: evidence that an unknown name is a
	// person's.
	given map[string]bool
}

// record is one entity of the knowledge base.
type record struct {
	id, name string
	typ      bluf.EntityType
	codes    []Code
	roles    []Role
	// in is the country a place or group belongs to (display name).
	in string
	// state is the record of the state whose government a capital or
	// seat stands for; -1 when none.
	state   int32
	curated bool
	// raw: name is a PETRARCH phrase, shown through displayName.
	raw bool
}

// display returns the record's name for output.
func (r *record) display() string {
	if r.raw {
		return displayName(r.name, r.typ)
	}
	return r.name
}

// Hit kinds: how a pattern relates to its record.
const (
	hitName    uint8 = iota // the entity's own name or alias
	hitDemonym              // a nationality word of a state ("Iraqi")
	hitCapital              // a capital: a place, or the government when it acts
	hitSeat                 // a name that always means the government
)

type hit struct {
	rec  int32
	kind uint8
	set  bool
	// upper: the text must be written in capitals (short acronyms such as
	// "US" must not match "us").
	upper bool
	// the: the name counts only after "the" ("the West").
	the bool
}

// trie holds patterns as token sequences. Nodes are numbers (0 is the
// root); one map holds every edge, which keeps building cheap.
type trie struct {
	edges map[edge]int32
	hits  []hit // by node; hits[n].set tells whether a pattern ends at n
	alts  map[int32][]hit
	// agent is 1 + the index of the agent ending at a node, 0 for none.
	agent []int32
}

type edge struct {
	from int32
	key  string
}

func newTrie(size int) trie {
	size++
	return trie{edges: make(map[edge]int32, size), hits: make([]hit, 1, size), agent: make([]int32, 1, size), alts: map[int32][]hit{}}
}

// child returns the node reached from n by k, creating it.
func (t *trie) child(n int32, k string) int32 {
	e := edge{n, k}
	if c, ok := t.edges[e]; ok {
		return c
	}
	c := int32(len(t.hits))
	t.edges[e] = c
	t.hits = append(t.hits, hit{})
	t.agent = append(t.agent, 0)
	return c
}

// next returns the node reached from n by k, or -1.
func (t *trie) next(n int32, k string) int32 {
	if c, ok := t.edges[edge{n, k}]; ok {
		return c
	}
	return -1
}

// New builds a knowledge base from entries and agents. Entries come in
// priority order: when two claim the same name, the earlier one keeps it.
// A PETRARCH entry that shares a name with a curated entry of the same
// coarse type (or, for states, the same country code) is merged into it:
// its spellings become aliases of the curated entity.
func New(entries []Entry, agents []Agent) *KB {
	kb := &KB{byID: make(map[string]int32, len(entries)), names: newTrie(4 * len(entries)), agents: newTrie(4 * len(agents)),
		states: map[string]int32{}}
	stateByCode := map[string]int32{}
	for i := range entries {
		kb.add(&entries[i], stateByCode)
	}
	for i, a := range agents {
		kb.addAgent(a, int32(i))
	}
	kb.agentL = agents
	kb.given = kb.givenNames()
	return kb
}

// givenNames collects the first words that open the names of two or more
// people in the knowledge base, leaving out titles and words that also
// open other kinds of names.
func (kb *KB) givenNames() map[string]bool {
	people, other := map[string]int{}, map[string]bool{}
	for i := range kb.recs {
		r := &kb.recs[i]
		sp := strings.IndexAny(r.name, " _")
		if sp <= 0 || sp == len(r.name)-1 {
			continue // one word
		}
		k := norm(r.name[:sp])
		if r.typ == bluf.Person {
			people[k]++
		} else {
			other[k] = true
		}
	}
	out := make(map[string]bool, len(people))
	for w, n := range people {
		if n >= 2 && len(w) >= 3 && !other[w] && !titleWords[w] && !titleDomain[w] && !stopCaps[w] && !leadWords[w] &&
			!orgHeads[w] && !orgOpeners[w] && !locHeads[w] && !locOpeners[w] && !calendar[w] && !arabicArticle[strings.ToLower(w)] {
			out[w] = true
		}
	}
	return out
}

// add adds one entry: its record (or a merge into an existing one) and
// its patterns.
func (kb *KB) add(e *Entry, stateByCode map[string]int32) {
	typ := e.Type
	if typ == "" {
		typ = inferType(e)
	}
	names := make([]string, 0, 1+len(e.Aliases))
	names = append(names, e.Name)
	names = append(names, e.Aliases...)
	keys := make([][]string, len(names))
	for i, n := range names {
		keys[i] = phraseKeys(n)
	}
	// Merge a PETRARCH entry into an existing curated one.
	target := int32(-1)
	if !e.curated {
		if typ == bluf.State {
			if r, ok := stateByCode[e.CodeAt(0)]; ok {
				target = r
			}
		}
		for _, k := range keys {
			if target >= 0 {
				break
			}
			if h := kb.lookupKeys(k); h != nil && h.kind == hitName {
				r := &kb.recs[h.rec]
				if r.curated && r.typ.Coarse() == typ.Coarse() {
					target = h.rec
				}
			}
		}
	}
	if target < 0 {
		target = kb.newRecord(record{
			id: e.ID, name: e.Name, typ: typ, codes: e.Codes, roles: e.Roles,
			in: e.In, state: -1, curated: e.curated, raw: !e.curated,
		}, keys[0])
		if typ == bluf.State {
			if c := e.CodeAt(0); c != "" {
				if _, ok := stateByCode[c]; !ok {
					stateByCode[c] = target
				}
			}
			if e.curated {
				kb.states[e.Name] = target
			}
		}
	} else if len(kb.recs[target].codes) == 0 {
		kb.recs[target].codes = e.Codes
	}
	rec := &kb.recs[target]
	stateCode := ""
	if len(rec.codes) > 0 {
		stateCode = rec.codes[0].Code
	}
	stateName := ""
	switch {
	case typ == bluf.State:
		stateName = rec.display()
	case typ == bluf.Location:
		stateName = rec.in // a town listed under its region: in the region's country
	}
	canon := strings.Join(keys[0], " ")
	for i, n := range names {
		k := keys[i]
		if (typ == bluf.State || typ == bluf.Location) && !e.curated && i > 0 {
			switch aliasKind(canon, strings.Join(k, " ")) {
			case aliasDemonym:
				if typ == bluf.State {
					kb.insert(n, k, hit{rec: target, kind: hitDemonym}, false)
				}
				continue
			case aliasPlace:
				// A city or province listed under its country: a place of
				// its own, in that country.
				if h := kb.lookupKeys(k); h != nil {
					continue
				}
				p := kb.newRecord(record{
					name: n, typ: bluf.Location, raw: true,
					codes: []Code{{Code: stateCode}}, in: stateName, state: -1,
				}, k)
				kb.insert(n, k, hit{rec: p}, false)
				continue
			}
		}
		if typ != bluf.Person && !e.curated && i > 0 && len(k) >= 2 && len(k) <= 4 && givenNames[k[0]] && looksLikePerson(n) {
			// A person listed among an institution's names ("JOHN_KIRBY"
			// under the US military): a person of that institution.
			if h := kb.lookupKeys(k); h == nil {
				p := kb.newRecord(record{name: n, typ: bluf.Person, raw: true, codes: e.Codes, in: rec.display(), state: -1}, k)
				kb.insert(n, k, hit{rec: p}, false)
			}
			continue
		}
		if typ == bluf.Person && !e.curated {
			// A PETRARCH person known by one common given name ("Hussein")
			// would claim every bearer of that name.
			if len(k) == 1 && (givenNames[k[0]] || stopCaps[k[0]]) {
				continue
			}
		}
		kb.insert(n, k, hit{rec: target}, e.curated)
	}
	for _, d := range e.Demonyms {
		kb.insert(d, phraseKeys(d), hit{rec: target, kind: hitDemonym}, e.curated)
	}
	for _, s := range e.Seats {
		kb.insert(s, phraseKeys(s), hit{rec: target, kind: hitSeat}, e.curated)
	}
	for _, c := range e.Capitals {
		k := phraseKeys(c)
		p := kb.newRecord(record{
			name: c, typ: bluf.Location, codes: []Code{{Code: stateCode}},
			in: stateName, state: target, curated: e.curated,
		}, k)
		kb.insert(c, k, hit{rec: p, kind: hitCapital}, e.curated)
	}
}

func (kb *KB) newRecord(r record, keys []string) int32 {
	if r.id == "" {
		r.id = slugKeys(keys)
	}
	base := r.id
	for n := 2; ; n++ {
		if _, dup := kb.byID[r.id]; !dup {
			break
		}
		r.id = base + "-" + strconv.Itoa(n)
	}
	i := int32(len(kb.recs))
	kb.recs = append(kb.recs, r)
	kb.byID[r.id] = i
	return i
}

// phraseKeys returns the normalised token keys of a dictionary phrase,
// without a leading "the".
func phraseKeys(p string) []string {
	if keys, ok := asciiKeys(p); ok {
		return keys
	}
	toks := tokenize(p, 0, nil)
	keys := make([]string, 0, len(toks))
	for _, t := range toks {
		keys = append(keys, t.key)
	}
	if len(keys) > 1 && keys[0] == "THE" {
		keys = keys[1:]
	}
	return keys
}

// asciiKeys is the fast path of phraseKeys for plain ASCII phrases (most
// of the dictionaries): words split at anything but letters, digits,
// apostrophes and periods, which are dropped.
func asciiKeys(p string) ([]string, bool) {
	var buf [64]byte
	keys := make([]string, 0, 4)
	w := buf[:0]
	aposAt := -1 // length of w when the last apostrophe was seen
	flush := func() {
		if aposAt >= 1 && aposAt == len(w)-1 && w[len(w)-1] == 'S' {
			w = w[:aposAt] // a possessive 's
		}
		if len(w) > 0 {
			k := string(w)
			if v, ok := variants[k]; ok {
				k = v
			}
			keys = append(keys, k)
		}
		w, aposAt = w[:0], -1
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c >= utf8.RuneSelf || c == '`':
			return nil, false
		case c >= 'a' && c <= 'z':
			w = append(w, c-'a'+'A')
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			w = append(w, c)
		case c == '\'':
			if len(w) > 0 {
				aposAt = len(w)
			}
		case c == '.':
			// Initialisms (U.S.) keep going; elsewhere a period ends a word.
			if !(len(w) >= 1 && (i+2 < len(p) && p[i+2] == '.' || i >= 2 && p[i-2] == '.')) {
				flush()
			}
		default:
			flush()
		}
	}
	flush()
	if len(keys) > 1 && keys[0] == "THE" {
		keys = keys[1:]
	}
	return keys, true
}

// insert adds pattern p (with its keys) for h unless an earlier entry
// holds it. A one-word pattern must match text in capitals when it is a
// curated all-capitals acronym (IRGC, RSF) or a PETRARCH word of up to
// three letters.
func (kb *KB) insert(p string, keys []string, h hit, curated bool) {
	if len(keys) == 0 {
		return
	}
	n := int32(0)
	for _, k := range keys {
		n = kb.names.child(n, k)
	}
	if curated && strings.HasPrefix(p, "the ") {
		h.the = true
	}
	if old := kb.names.hits[n]; old.set {
		if curated && old.rec != h.rec && kb.recs[old.rec].curated && h.kind == hitName && old.kind == hitName {
			h.upper = old.upper
			kb.names.alts[n] = append(kb.names.alts[n], h)
		}
		return
	}
	if len(keys) == 1 {
		letters := 0
		for _, r := range p {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if curated {
			// Curated aliases say how they are written: capitals only
			// when the alias is an all-capitals acronym.
			h.upper = letters <= 6 && isUpperWord(p) && !strings.Contains(p, " ")
		} else {
			// A PETRARCH name of three letters, or one that is also a
			// common word or first name ("Eyal", "Answer"), counts only
			// in capitals.
			h.upper = letters <= 3 || (stopCaps[keys[0]] || givenNames[keys[0]] || leadWords[keys[0]]) && kb.recs[h.rec].typ != bluf.State && kb.recs[h.rec].typ != bluf.Location
		}
	}
	h.set = true
	kb.names.hits[n] = h
}

// lookupKeys returns the hit of an exact key sequence, or nil.
func (kb *KB) lookupKeys(keys []string) *hit {
	n := int32(0)
	for _, k := range keys {
		if n = kb.names.next(n, k); n < 0 {
			return nil
		}
	}
	if !kb.names.hits[n].set {
		return nil
	}
	return &kb.names.hits[n]
}

func (kb *KB) addAgent(a Agent, i int32) {
	forms := []string{a.Phrase}
	if !a.NoPlural && len(a.Plurals) == 0 {
		forms = append(forms, plural(a.Phrase))
	}
	forms = append(forms, a.Plurals...)
	for _, f := range forms {
		n := int32(0)
		for _, k := range phraseKeys(f) {
			n = kb.agents.child(n, k)
		}
		if kb.agents.agent[n] == 0 {
			kb.agents.agent[n] = i + 1
		}
	}
}

// plural forms the regular English plural of a phrase's last word.
func plural(p string) string {
	switch {
	case strings.HasSuffix(p, "Y") && !strings.HasSuffix(p, "AY") && !strings.HasSuffix(p, "EY") && !strings.HasSuffix(p, "OY"):
		return p[:len(p)-1] + "IES"
	case strings.HasSuffix(p, "S"), strings.HasSuffix(p, "X"), strings.HasSuffix(p, "CH"), strings.HasSuffix(p, "SH"):
		return p + "ES"
	case strings.HasSuffix(p, "MAN"):
		return p[:len(p)-3] + "MEN"
	}
	return p + "S"
}

// AgentAt looks for an agent phrase ("government", "security forces",
// "foreign minister") starting at byte offset pos of s, after optional
// spaces. It returns the agent, the end offset of the phrase and true,
// or false when none starts there. "Iraqi militias": the nationality
// mention ends at 5, AgentAt(body, 5) finds "militias" ([~REB] or the
// like) and Agent.Apply("IRQ") gives the combined code.
func (kb *KB) AgentAt(s string, pos int) (Agent, int, bool) {
	if pos < 0 || pos > len(s) {
		return Agent{}, 0, false
	}
	// Take up to six words; agents are short phrases.
	limit := pos
	for words := 0; limit < len(s) && words < 6; words++ {
		for limit < len(s) && s[limit] == ' ' {
			limit++
		}
		for limit < len(s) && s[limit] != ' ' && s[limit] != '\n' {
			limit++
		}
	}
	toks := tokenize(s[pos:limit], pos, nil)
	n := int32(0)
	best, end := int32(0), 0
	for i, t := range toks {
		if i > 0 && !t.clean {
			break
		}
		if n = kb.agents.next(n, t.key); n < 0 {
			break
		}
		if a := kb.agents.agent[n]; a != 0 {
			best, end = a, t.end
		}
	}
	if best == 0 {
		return Agent{}, 0, false
	}
	return kb.agentL[best-1], end, true
}

// titleCode returns the CAMEO code of a person known only by a title and
// a state ("Foreign Minister" of Egypt: EGYGOV), or "".
func (kb *KB) titleCode(state, title string, date int) string {
	r, ok := kb.states[state]
	if !ok {
		return ""
	}
	code := kb.recs[r].codeAt(date)
	if len(code) != 3 {
		return ""
	}
	for _, w := range strings.Fields(strings.ToUpper(title)) {
		w = strings.Trim(w, ".,")
		switch w {
		case "GEN", "GENERAL", "COL", "COLONEL", "MAJ", "MAJOR", "LT", "LIEUTENANT", "CAPT", "CAPTAIN", "ADM",
			"ADMIRAL", "BRIG", "BRIGADIER", "SGT", "SERGEANT", "COMMANDER", "MARSHAL", "ARMY", "NAVY":
			return code + "MIL"
		case "JUDGE", "JUSTICE", "PROSECUTOR":
			return code + "JUD"
		case "SENATOR", "SEN", "REP", "REPRESENTATIVE", "SPEAKER", "LAWMAKER", "MP":
			return code + "LEG"
		case "AYATOLLAH", "SHEIKH", "IMAM", "CARDINAL", "POPE", "BISHOP", "PATRIARCH", "MULLAH", "CLERIC":
			return code + "REL"
		}
	}
	return code + "GOV"
}

// MentionCode returns the CAMEO actor code of a mention: the entity's
// code, with GOV added when a capital or seat of government stands for
// its state ("Washington", "the Kremlin": USA → USAGOV). A country named
// as an actor keeps its own code ("Iran denied it": IRN).
func (kb *KB) MentionCode(m bluf.Mention, e bluf.Entity) string {
	if m.Type == bluf.Government && e.Type == bluf.State && len(e.Code) == 3 {
		if h := kb.lookupKeys(phraseKeys(m.Text)); h != nil && (h.kind == hitCapital || h.kind == hitSeat) {
			return e.Code + "GOV"
		}
	}
	return e.Code
}

// Slug returns a stable identifier for a name: lower-case ASCII words
// joined by hyphens ("Mohammed Shia al-Sudani" → "muhammad-shia-al-sudani",
// with transliteration variants folded as in matching).
func Slug(name string) string {
	toks := tokenize(name, 0, nil)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.key
	}
	return slugKeys(keys)
}

func slugKeys(keys []string) string {
	if len(keys) == 0 {
		return "x"
	}
	return strings.ToLower(strings.Join(keys, "-"))
}

// Alias kinds of a PETRARCH country entry's aliases.
const (
	aliasVariant = iota
	aliasDemonym
	aliasPlace
)

// aliasKind tells a spelling variant of a country's name from a
// nationality word and from a city or province listed under it.
func aliasKind(ck, ak string) int {
	if ak == ck {
		return aliasVariant
	}
	single := !strings.Contains(ak, " ")
	if single {
		for _, suf := range []string{"IAN", "IANS", "EAN", "EANS", "AN", "ANS", "ESE", "ISH", "I", "IS", "IC", "CH", "ESE", "OT", "OTS"} {
			if strings.HasSuffix(ak, suf) && len(ak) > len(suf)+2 && commonPrefix(ck, ak) >= 3 {
				return aliasDemonym
			}
		}
	}
	if commonPrefix(ck, ak) >= 3 || isInitials(ak, ck) {
		return aliasVariant
	}
	return aliasPlace
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// isInitials reports whether short is the initials of long ("USA" of
// "UNITED STATES OF AMERICA").
func isInitials(short, long string) bool {
	var ini, all strings.Builder
	for _, w := range strings.Fields(long) {
		all.WriteByte(w[0])
		if w != "OF" && w != "AND" && w != "THE" {
			ini.WriteByte(w[0])
		}
	}
	s := strings.ReplaceAll(short, " ", "")
	return len(s) >= 2 && (strings.HasPrefix(ini.String(), s) || strings.HasPrefix(all.String(), s))
}

// inferType guesses the entity type of a PETRARCH entry from its codes
// and name.
func inferType(e *Entry) bluf.EntityType {
	if e.person {
		return bluf.Person
	}
	code, dated := "", false
	for _, c := range e.Codes {
		if c.From != 0 || c.To != 0 {
			dated = true
			code = c.Code
		} else if code == "" || !dated {
			code = c.Code
		}
	}
	if k := phraseKeys(e.Name); looksLikePerson(e.Name) && (dated || len(k) > 0 && givenNames[k[0]]) {
		return bluf.Person
	}
	switch {
	case len(code) < 3:
		return bluf.Organization
	case strings.HasPrefix(code, "IMG"):
		return bluf.ArmedGroup
	case strings.HasPrefix(code, "IGO"), strings.HasPrefix(code, "NGO"), strings.HasPrefix(code, "MNC"):
		return bluf.Organization
	case len(code) == 3:
		// "Russian Federation" and "United Arab Emirates" are states;
		// a ministry or party filed under a bare country code is not.
		if nonState[code] || hasHead(e.Name, institutionWords) {
			return bluf.Organization
		}
		return bluf.State
	}
	switch rest := code[3:]; {
	case hasAnyPrefix(rest, "GOV", "MIL", "LEG", "JUD", "COP", "SPY"):
		return bluf.Government
	case hasAnyPrefix(rest, "REB", "INS", "UAF", "RAD", "SEP", "IMG"):
		return bluf.ArmedGroup
	case hasAnyPrefix(rest, "BUS", "MNC", "MED", "EDU", "NGO", "IGO", "PTY", "OPP", "LAB", "REL", "HRI", "CVL", "ELI", "AGR", "ENV", "HLH", "REF", "CRM", "MOD"):
		return bluf.Organization
	}
	// A country code with a region suffix (PSEGZA): a place, unless the
	// name says otherwise.
	if hasHead(e.Name, orgHeads) {
		return bluf.Organization
	}
	return bluf.Location
}

// institutionWords mark an institution among entries coded with a bare
// country code.
var institutionWords = set(`Party Ministry Council Committee Bank Company Corporation Army Police Court Assembly
Parliament Congress Agency Office Department Front Movement Organization Organisation`)

// nonState are three-letter CAMEO codes that are not countries.
var nonState = map[string]bool{}

func init() {
	for _, c := range strings.Fields(`MNC NGO MED IGO ELI WEU MOS IMG BAH EDU BUS GOV MIL REB OPP CVL LAB REL HRI JUD
COP SPY LEG AGR REF ENV HLH CRM UAF INS MOD RAD SEP PTY NGM UNO CHR JEW BUD HIN SHI SNI ITH MUS SPC UIS`) {
		nonState[c] = true
	}
	// MUS is also Mauritius, but only as an agent in these files.
	delete(nonState, "MUS")
}

func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// looksLikePerson: two to four words, none an organization or place head.
func looksLikePerson(name string) bool {
	w := strings.Fields(name)
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	return !hasHead(name, orgHeads) && !hasHead(name, locHeads) && !hasHead(name, titleWords)
}

// hasHead reports whether any word of an upper-case phrase is in set.
func hasHead(name string, set map[string]bool) bool {
	for _, k := range phraseKeys(name) {
		if set[k] {
			return true
		}
	}
	return false
}

// displayName turns a PETRARCH phrase ("NURI AL MALIKI") into display
// case ("Nuri al-Maliki").
func displayName(p string, typ bluf.EntityType) string {
	words := strings.Fields(strings.ReplaceAll(p, "_", " "))
	if len(words) > 1 && strings.EqualFold(words[0], "THE") {
		words = words[1:]
	}
	if len(words) == 1 && typ != bluf.State && typ != bluf.Location && typ != bluf.Person {
		if n := utf8.RuneCountInString(words[0]); n <= 5 {
			return strings.ToUpper(words[0])
		}
	}
	var b strings.Builder
	for i := 0; i < len(words); i++ {
		w := words[i]
		lw := strings.ToLower(w)
		switch {
		case i > 0 && arabicArticle[lw] && i+1 < len(words):
			b.WriteString(" " + lw + "-" + titleWord(words[i+1]))
			i++
			continue
		case strings.Contains(w, "."):
			w = strings.ToUpper(w)
		case i > 0 && lowerParticles[lw]:
			w = lw
		default:
			w = titleWord(w)
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// titleWord capitalises the first letter of each hyphen-separated part.
func titleWord(w string) string {
	parts := strings.Split(strings.ToLower(w), "-")
	for i, p := range parts {
		r, size := utf8.DecodeRuneInString(p)
		if size > 0 {
			parts[i] = string(unicode.ToUpper(r)) + p[size:]
		}
		if len(p) > 3 && (strings.HasPrefix(p, "mc") || strings.HasPrefix(p, "o'")) {
			// "McCain", "O'Brien".
			parts[i] = parts[i][:2] + strings.ToUpper(p[2:3]) + p[3:]
		}
	}
	return strings.Join(parts, "-")
}

var arabicArticle = map[string]bool{"al": true, "el": true, "ad": true, "ash": true, "as": true, "an": true, "ar": true, "az": true, "at": true, "ul": true}

// lowerParticles may be written in lower case inside a name.
var lowerParticles = map[string]bool{
	"al": true, "el": true, "ad": true, "ash": true, "as": true, "ar": true, "az": true, "ul": true,
	"bin": true, "ibn": true, "bint": true, "ben": true, "of": true, "the": true, "for": true,
	"de": true, "del": true, "della": true, "di": true, "da": true, "do": true, "dos": true, "das": true,
	"du": true, "la": true, "le": true, "les": true, "van": true, "von": true, "der": true, "den": true,
	"y": true, "e": true, "un": true, "wal": true, "wa": true,
}
