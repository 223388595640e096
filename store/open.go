package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Opener opens a store from a data source name.
type Opener func(ctx context.Context, dsn string) (Store, error)

var (
	driversMu sync.RWMutex
	drivers   = map[string]Opener{}
)

// Register makes an implementation available to Open under name
// ("sqlite", "postgres"). Implementations call it from an init function,
// so a program opens only the stores it imports:
//
//	import _ "bluf/store/sqlite"
func Register(name string, open Opener) {
	driversMu.Lock()
	defer driversMu.Unlock()
	if _, dup := drivers[name]; dup {
		panic("store: Register called twice for " + name)
	}
	drivers[name] = open
}

// Driver returns the name of the implementation Open uses for dsn:
// "postgres" for a postgres:// or postgresql:// URL, "sqlite" otherwise (a
// file path, optionally prefixed with sqlite:// or file:).
func Driver(dsn string) string {
	l := strings.ToLower(dsn)
	if strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://") {
		return "postgres"
	}
	return "sqlite"
}

// Open opens the store named by dsn with the implementation Driver picks,
// creating the database and migrating its schema when needed.
func Open(ctx context.Context, dsn string) (Store, error) {
	if dsn == "" {
		return nil, fmt.Errorf("store: open: empty data source name")
	}
	name := Driver(dsn)
	driversMu.RLock()
	open, ok := drivers[name]
	driversMu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("store: open %s: no %s driver linked in (registered: %s)", redact(dsn), name, strings.Join(registered(), ", "))
	}
	s, err := open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", redact(dsn), err)
	}
	return s, nil
}

func registered() []string {
	driversMu.RLock()
	defer driversMu.RUnlock()
	var out []string
	for n := range drivers {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// redact hides the password of a URL-shaped data source name.
func redact(dsn string) string {
	at := strings.LastIndex(dsn, "@")
	scheme := strings.Index(dsn, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return dsn
	}
	userinfo := dsn[scheme+3 : at]
	if i := strings.Index(userinfo, ":"); i >= 0 {
		return dsn[:scheme+3] + userinfo[:i] + ":xxxxx" + dsn[at:]
	}
	return dsn
}
