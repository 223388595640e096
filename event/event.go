// Package event codes actor–action–target events on the CAMEO scheme,
// scores them on the Goldstein scale, dates them, and builds timelines
// and dyads.
//
// Coding works on tokenized sentences, without parse trees: verbs and
// their patterns come from the PETRARCH CAMEO verb dictionary (embedded,
// MIT licence), actors from the mentions the actor stage found, joined
// with agent nouns ("Iraqi militias" becomes IRQREB). Each event carries
// a modality, so that threats, intentions, possibilities, demands and
// denials are not counted as things that happened, and a date with the
// basis it rests on.
package event

import (
	"bytes"
	"embed"
	"fmt"
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
}

// New returns a coder using the given verb dictionary, Goldstein table
// and agent nouns; a nil agents table means no agent composition.
func New(verbs *Verbs, gold Goldstein, agents *Agents) *Coder {
	if gold == nil {
		gold = Goldstein{}
	}
	return &Coder{verbs: verbs, gold: gold, agents: agents}
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
