package assess

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"bluf"
)

// sent is one sentence of the document with everything the sections need
// to know about it.
type sent struct {
	idx   int // position in doc.Sentences
	id    string
	text  string
	para  int
	toks  []token
	roles []match // roleLexicon hits
	vals  []match // valenceLexicon hits
	conc  []match // conceptLexicon hits
	ents  []match // entity hits ("@ID")
	cues  map[string]int
	feats *fset // content stems, concepts, entities
	// prose is false for headings, captions, pull quotes and other lines
	// that are not part of the argument.
	prose    bool
	question bool
	quoted   bool // mostly a quotation of someone else
	numeric  bool // carries figures
	events   []string

	harm, benefit         []match // see harms, benefits
	harmDone, benefitDone bool

	stemSet map[string]bool // see stems
}

// stems returns the set of s's token stems, built once.
func (s *sent) stems() map[string]bool {
	if s.stemSet == nil {
		s.stemSet = make(map[string]bool, len(s.toks))
		for _, k := range s.toks {
			s.stemSet[k.stem] = true
		}
	}
	return s.stemSet
}

func (s *sent) has(cue string) bool { return s.cues[cue] > 0 }

// harms returns the harm-lexicon matches of s, found once.
func (s *sent) harms() []match {
	if !s.harmDone {
		s.harm, s.harmDone = harmLexicon.find(s.toks), true
	}
	return s.harm
}

// benefits returns the benefit-lexicon matches of s, found once.
func (s *sent) benefits() []match {
	if !s.benefitDone {
		s.benefit, s.benefitDone = benefitLexicon.find(s.toks), true
	}
	return s.benefit
}

// analysis is the shared state of one Assess call.
type analysis struct {
	r       *bluf.Report
	doc     *bluf.Document
	sents   []*sent
	prose   []*sent // sentences with prose set, in order
	byID    map[string]*sent
	idf     map[string]float64
	title   *fset
	fid     map[string]int32 // feature -> ID (see fset)
	wByID   []float64
	entLex  *lexicon
	entName map[string]string // entity ID -> display name
	// lowerVocab holds the words the text writes in lower case, built on
	// first use by lowerFirst.
	lowerVocab map[string]bool
	events     map[string][]bluf.Event
}

func newAnalysis(r *bluf.Report, doc *bluf.Document, ms []bluf.Mention) *analysis {
	a := &analysis{r: r, doc: doc, byID: map[string]*sent{}, entName: map[string]string{}, events: map[string][]bluf.Event{}}
	names := map[string]string{}
	for _, e := range r.Entities {
		a.entName[e.ID] = e.Name
		if e.Type == bluf.Nationality {
			continue
		}
		names[e.Name] = "@" + e.ID
		for _, al := range e.Aliases {
			names[al] = "@" + e.ID
		}
	}
	for _, m := range ms {
		if m.Entity != "" && m.Type != bluf.Nationality {
			names[m.Text] = "@" + m.Entity
		}
	}
	a.entLex = newLexicon(names)
	for _, ev := range r.Events {
		a.events[ev.Sentence] = append(a.events[ev.Sentence], ev)
	}
	for i, ds := range doc.Sentences {
		s := a.sentence(i, ds)
		a.sents = append(a.sents, s)
		a.byID[s.id] = s
		if s.prose {
			a.prose = append(a.prose, s)
		}
	}
	if len(a.prose) == 0 {
		// No line reads as prose (a fragment, a list): analyse what
		// there is rather than nothing.
		for _, s := range a.sents {
			if len(s.toks) > 0 {
				s.prose = true
				a.prose = append(a.prose, s)
			}
		}
	}
	a.idf = map[string]float64{}
	df := map[string]int{}
	for _, s := range a.prose {
		for f := range s.feats.m {
			df[f]++
		}
	}
	n := float64(len(a.prose) + 1)
	for f, c := range df {
		a.idf[f] = math.Log(1 + n/float64(c))
	}
	a.assignIDs()
	a.title = a.features(doc.Title)
	return a
}

func (a *analysis) sentence(i int, ds bluf.Sentence) *sent {
	s := &sent{idx: i, id: ds.ID, text: ds.Text, para: ds.Para, cues: map[string]int{}}
	s.toks = tokenize(ds.Text)
	s.roles = roleLexicon.find(s.toks)
	for _, m := range s.roles {
		s.cues[m.value]++
	}
	s.vals = valenceLexicon.find(s.toks)
	s.conc = conceptLexicon.find(s.toks)
	s.ents = a.entLex.find(s.toks)
	s.feats = featureSet(s.toks, s.conc, s.ents)
	for _, ev := range a.events[ds.ID] {
		s.events = append(s.events, ev.ID)
	}
	t := strings.TrimSpace(ds.Text)
	s.question = strings.HasSuffix(t, "?")
	s.quoted = isPullQuote(t)
	s.numeric = quantified(s.toks)
	s.prose = isProse(ds.Text, s.toks) && !s.quoted
	return s
}

// features returns the feature set of an arbitrary text (a hypothesis).
func (a *analysis) features(text string) *fset {
	toks := tokenize(text)
	return featureSet(toks, conceptLexicon.find(toks), a.entLex.find(toks))
}

func featureSet(toks []token, conc, ents []match) *fset {
	f := make(map[string]bool, len(toks)+len(conc)+len(ents))
	for _, t := range toks {
		if stopwords[t.word] || len(t.word) < 2 || isNumber(t.word) {
			continue
		}
		f[t.stem] = true
	}
	for _, m := range conc {
		f[m.value] = true
	}
	for _, m := range ents {
		f[m.value] = true
	}
	return newFset(f)
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isProse reports whether a line reads as a sentence of the argument
// rather than a heading, a caption, a credit or a navigation line. The
// tokens' offsets point into raw.
func isProse(raw string, toks []token) bool {
	if len(toks) < 5 {
		return false
	}
	t := strings.TrimSpace(raw)
	lower := strings.ToLower(t)
	for _, p := range furniturePrefixes {
		if strings.HasPrefix(lower, p) {
			return false
		}
	}
	end := strings.TrimRight(t, "\"'”’)]»")
	terminated := strings.HasSuffix(end, ".") || strings.HasSuffix(end, "!") || strings.HasSuffix(end, "?") || strings.HasSuffix(end, ":") || strings.HasSuffix(end, ";")
	if !terminated && len(toks) < 14 {
		return false
	}
	// Title Case lines are headings even when long.
	caps, words := 0, 0
	for _, tk := range toks {
		r, _ := utf8.DecodeRuneInString(raw[tk.start:])
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	if words > 0 && float64(caps)/float64(words) > 0.7 {
		return false
	}
	return true
}

var furniturePrefixes = []string{"image:", "photo:", "photograph:", "caption:", "credit:", "source:", "read more", "sign up", "subscribe", "follow us", "share this", "related:", "see also", "advertisement", "copyright", "©", "all rights reserved", "click here"}

// isPullQuote reports a quotation set apart with a dash attribution
// (`"..." - Name`), a page element rather than part of the argument.
func isPullQuote(t string) bool {
	if t == "" {
		return false
	}
	r := []rune(t)
	if r[0] != '"' && r[0] != '“' {
		return false
	}
	for _, sep := range []string{"\" -", "” -", "\" –", "” –", "\" —", "” —", "\"-", "”-", "\"—", "”—"} {
		if i := strings.LastIndex(t, sep); i > 0 {
			tail := strings.TrimSpace(strings.TrimLeft(t[i+len(sep):], "-–— "))
			if tail != "" && len(strings.Fields(tail)) <= 6 {
				return true
			}
		}
	}
	return false
}

func (a *analysis) weight(f string) float64 {
	if w, ok := a.idf[f]; ok {
		return w
	}
	return math.Log(1 + float64(len(a.prose)+1))
}

// ids returns the sentence IDs of ss in document order, without repeats.
func ids(ss ...*sent) []string {
	seen := map[string]bool{}
	var sorted []*sent
	for _, s := range ss {
		if s != nil && !seen[s.id] {
			seen[s.id] = true
			sorted = append(sorted, s)
		}
	}
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].idx < sorted[j].idx })
	out := make([]string, len(sorted))
	for i, s := range sorted {
		out[i] = s.id
	}
	return out
}

// eventIDs returns the coded events of ss, sorted.
func eventIDs(ss ...*sent) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		for _, e := range s.events {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	sort.Strings(out)
	return out
}

// quantified reports a sentence that carries a figure: a number other
// than a bare year, or a quantity word.
func quantified(toks []token) bool {
	for _, t := range toks {
		switch t.word {
		case "percent", "per", "million", "billion", "trillion", "thousand", "thousands", "hundreds", "dozens", "tonnes", "tons", "kilometres", "kilometers", "miles":
			return true
		}
		if t.word[0] < '0' || t.word[0] > '9' {
			continue
		}
		if len(t.word) == 4 && (strings.HasPrefix(t.word, "19") || strings.HasPrefix(t.word, "20")) && isNumber(t.word) {
			continue // a year
		}
		return true
	}
	return false
}
