package actor

import (
	"bytes"
	"embed"
	"fmt"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// The embedded files, in priority order: the curated file first, so
// that its names, types and dated roles win; then the Phoenix
// dictionaries (states and their people, international bodies,
// non-state armed groups).
var actorFiles = []string{
	"data/actors.txt",
	"data/Phoenix.Countries.actors.txt",
	"data/Phoenix.International.actors.txt",
	"data/Phoenix.MilNonState.actors.txt",
}

var (
	defaultOnce    sync.Once
	defaultKB      *KB
	defaultEntries []Entry
	defaultAgents  []Agent
	defaultErr     error
)

func loadDefault() {
	for _, name := range actorFiles {
		data, err := dataFS.ReadFile(name)
		if err != nil {
			defaultErr = fmt.Errorf("load actors: %w", err)
			return
		}
		es, err := parseEmbedded(name, data)
		if err != nil {
			defaultErr = fmt.Errorf("load actors: %w", err)
			return
		}
		defaultEntries = append(defaultEntries, es...)
	}
	data, err := dataFS.ReadFile("data/Phoenix.agents.txt")
	if err == nil {
		defaultAgents, err = ParseAgents(bytes.NewReader(data), "data/Phoenix.agents.txt")
	}
	if err != nil {
		defaultErr = fmt.Errorf("load agents: %w", err)
		return
	}
	defaultKB = New(defaultEntries, defaultAgents)
}

// parseEmbedded parses one embedded actor file. The Phoenix files are
// read leniently (ParsePetrarch keeps the actors whose codes are
// commented out, and skips stray notes); Parse's strict detection is for
// users' files.
func parseEmbedded(name string, data []byte) ([]Entry, error) {
	if name == actorFiles[0] {
		return ParseCurated(bytes.NewReader(data), name)
	}
	return ParsePetrarch(bytes.NewReader(data), name)
}

// Default returns the embedded knowledge base, loaded once.
func Default() (*KB, error) {
	defaultOnce.Do(loadDefault)
	return defaultKB, defaultErr
}

// DefaultEntries returns the entries of the embedded knowledge base, in
// priority order, so that a caller can put its own in front:
// New(append(mine, DefaultEntries()...), DefaultAgents()). The slice is
// shared: do not modify it.
func DefaultEntries() ([]Entry, error) {
	defaultOnce.Do(loadDefault)
	return defaultEntries, defaultErr
}

// DefaultAgents returns the embedded agent dictionary (Phoenix).
func DefaultAgents() ([]Agent, error) {
	defaultOnce.Do(loadDefault)
	return defaultAgents, defaultErr
}
