// Package event codes actor–action–target events on the CAMEO scheme,
// scores them on the Goldstein scale, dates them, and builds timelines
// and dyads.
//
// Coding works on tokenized sentences, without parse trees: verbs and
// their patterns come from the PETRARCH CAMEO verb dictionary (embedded,
// MIT licence, with a small supplement of bluf's own), actors from the
// mentions the actor stage found, joined with agent nouns ("Iraqi
// militias" becomes IRQREB, "soldiers from Chad" TCDMIL). Passives ("were
// attacked by"), event nouns ("US strikes in Baghdad", "the storming of
// the embassy"), coordination ("with Qatar and Oman"), participles and
// coordinated verbs that share a subject, "he"/"she" and "the junta"
// referring back are handled by rules of word order, not by parsing.
// The same rules keep false relations out: what is discussed or met is
// not a party ("discussed support for the army", "meet the needs of"),
// visitors from a place do not visit it, people joining a group become
// members, a nationality word qualifying a thing ("Iraqi unity") is no
// actor, and "our efforts to defeat ISIL" are the speaker's. "In support
// of X" is support for X by the clause's subject; operations, offensives
// and wars fight whoever follows "against". Conjoined subjects act on
// each other only with a verb that takes two sides ("signed", "clashed",
// "each other"); who reports an attack did not make it; leaving a bloc
// or treaty cuts relations (161) while only troops retreat (087x); a
// country's own agent acting toward the country is domestic, not a
// relation; an active verb whose subject is no known actor is dropped.
//
// Each event carries a modality, so that threats, intentions,
// possibilities, demands and denials are not counted as things that
// happened (Accomplished); prescriptions ("need to", "should"), options
// ("a choice: X or Y") and gerund subjects ("Striking X may not deter
// Y") are possible, not asserted; deliberating ("decide whether") and
// passives of judging ("is expected to", "was seen as") are no events.
// Each event also carries a date with its basis: explicit ("June 24,
// 2025"), relative to the article's date ("last week"), a year ("the 2020
// strike"), the article's date when the sentence names none, or undated
// when the article has no date either; nothing is guessed.
//
// Timeline, Dyads and Entries turn events of one document or a corpus
// into per-pair threads, a relation index with its trend, and cited
// timeline entries.
package event

import (
	"bytes"
	"embed"
	"fmt"
	"strings"
	"sync"

	"bluf"
)

//go:embed data/CAMEO.2.0.txt data/bluf.verbs.txt data/CAMEO.goldsteinscale.txt data/agents.txt
var data embed.FS

// Coder codes events from sentences. It is safe for concurrent use.
type Coder struct {
	verbs  *Verbs
	gold   Goldstein
	agents *Agents
	// words holds, per synonym set, its one-word members, so that a
	// pattern element naming a set is matched by two map lookups rather
	// than a walk over the set.
	words map[string]synWords
}

// synWords are a synonym set's one-word members: exact matches only
// those written with a trailing "_", plain also their plurals.
type synWords struct {
	exact map[string]bool // every one-word member, "_" removed
	plain map[string]bool // members that also match an inflected token
}

// New returns a coder using the given verb dictionary, Goldstein table
// and agent nouns; a nil agents table means no agent composition. verbs
// must not change (Merge) after New.
func New(verbs *Verbs, gold Goldstein, agents *Agents) *Coder {
	if gold == nil {
		gold = Goldstein{}
	}
	c := &Coder{verbs: verbs, gold: gold, agents: agents, words: map[string]synWords{}}
	if verbs != nil {
		for name, mems := range verbs.synsets {
			sw := synWords{exact: map[string]bool{}, plain: map[string]bool{}}
			for _, m := range mems {
				if len(m) != 1 {
					continue
				}
				w := m[0]
				if strings.HasSuffix(w, "_") {
					sw.exact[strings.TrimSuffix(w, "_")] = true
					continue
				}
				sw.exact[w] = true
				sw.plain[w] = true
			}
			c.words[name] = sw
		}
	}
	return c
}

var (
	defaultOnce  sync.Once
	defaultCoder *Coder
	defaultErr   error
)

// Default returns the coder built from the embedded dictionaries, loaded
// once.
func Default() (*Coder, error) {
	defaultOnce.Do(func() {
		defaultCoder, defaultErr = load()
	})
	return defaultCoder, defaultErr
}

func load() (*Coder, error) {
	read := func(name string) ([]byte, error) {
		b, err := data.ReadFile("data/" + name)
		if err != nil {
			return nil, fmt.Errorf("read embedded %s: %w", name, err)
		}
		return b, nil
	}
	b, err := read("CAMEO.2.0.txt")
	if err != nil {
		return nil, err
	}
	verbs, err := ParseVerbs(bytes.NewReader(b), "CAMEO.2.0.txt")
	if err != nil {
		return nil, err
	}
	if b, err = read("bluf.verbs.txt"); err != nil {
		return nil, err
	}
	extra, err := ParseVerbs(bytes.NewReader(b), "bluf.verbs.txt")
	if err != nil {
		return nil, err
	}
	verbs.Merge(extra)
	if b, err = read("CAMEO.goldsteinscale.txt"); err != nil {
		return nil, err
	}
	gold, err := ParseGoldstein(bytes.NewReader(b), "CAMEO.goldsteinscale.txt")
	if err != nil {
		return nil, err
	}
	if b, err = read("agents.txt"); err != nil {
		return nil, err
	}
	agents, err := ParseAgents(bytes.NewReader(b), "agents.txt")
	if err != nil {
		return nil, err
	}
	return New(verbs, gold, agents), nil
}

// Accomplished reports whether e is asserted to have happened.
func Accomplished(e bluf.Event) bool { return e.Modality == Asserted }
