package store

import "strings"

// Terms splits a user's full-text query into lowercased words, keeping
// the operator OR (in capitals) between them as "OR". Every other
// character is treated as a separator, so a query never fails to parse:
// `U.S. "air strike" -Iran` is the words u, s, air, strike, iran.
func Terms(q string) []string {
	var out []string
	for _, f := range strings.Fields(q) {
		if f == "OR" {
			if len(out) > 0 && out[len(out)-1] != "OR" {
				out = append(out, "OR")
			}
			continue
		}
		out = append(out, Words(f)...)
	}
	for len(out) > 0 && out[len(out)-1] == "OR" {
		out = out[:len(out)-1]
	}
	return out
}
