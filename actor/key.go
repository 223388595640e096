package actor

import (
	"strings"

	"bluf"
)

// Key thresholds: see Key.
const (
	// KeyTop entities at the head of the ranking are always key.
	KeyTop = 5
	// KeyMax bounds how many entities are key.
	KeyMax = 25
	// KeySalience makes any entity this salient key.
	KeySalience = 0.15
	// KeyActorSalience makes a named person, group or organization this
	// salient key: actors named once still count, places named in passing
	// do not.
	KeyActorSalience = 0.02
)

// Key reports, for entities ranked as Find returns them, which are the
// article's key entities: the first KeyTop, any with salience at least
// KeySalience, and people, armed groups, organizations and government
// bodies with salience at least KeyActorSalience (0.05 for government
// bodies, which include a state's organs such as "Iraqi forces"); a
// country's population or companies ("Iraqis", "Chinese companies") only
// by the first two rules; at most KeyMax in all. The result is parallel
// to es. Key does not reorder: the ranking stays Find's.
func Key(es []bluf.Entity) []bool {
	out := make([]bool, len(es))
	n := 0
	for i, e := range es {
		if n >= KeyMax {
			break
		}
		collective := strings.HasSuffix(e.Code, "CVL") || strings.HasSuffix(e.Code, "BUS")
		key := i < KeyTop || e.Salience >= KeySalience
		if !key && !collective {
			switch e.Type {
			case bluf.Person, bluf.ArmedGroup, bluf.Organization:
				key = e.Salience >= KeyActorSalience
			case bluf.Government:
				key = e.Salience >= 0.05
			}
		}
		if key {
			out[i] = true
			n++
		}
	}
	return out
}
