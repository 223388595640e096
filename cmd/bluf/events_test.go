package main

import (
	"encoding/json"
	"strings"
	"testing"

	"bluf"
)

// eventsText is an invented report of our own wording.
const eventsText = `Chadian troops attacked Sudanese militias near the border on 3 March 2024.

Kenya signed an agreement with Ethiopia in June 2023.`

func TestEventsCommand(t *testing.T) {
	code, out, errs := cli(t, eventsText, "events", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("bluf events --format json -: exit %d: %s", code, errs)
	}
	var evs []bluf.Event
	if err := json.Unmarshal([]byte(out), &evs); err != nil {
		t.Fatalf("bluf events --format json: bad JSON: %v\n%s", err, out)
	}
	if len(evs) == 0 {
		t.Fatalf("bluf events: no events in %q", eventsText)
	}
	for _, e := range evs {
		if e.ID == "" || e.Code == "" || e.Sentence == "" || e.DateBasis == "" || e.Modality == "" {
			t.Errorf("event lacks a field: %+v", e)
		}
	}

	code, out, errs = cli(t, eventsText, "events", "-")
	if code != 0 {
		t.Fatalf("bluf events -: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(evs)+1 || !strings.HasPrefix(lines[0], "id\tdate\tdate_basis\t") {
		t.Fatalf("bluf events (tsv) = %d lines starting %q, want a header and %d rows", len(lines), lines[0], len(evs))
	}
	for _, l := range lines {
		if n := strings.Count(l, "\t"); n != len(eventColumns)-1 {
			t.Errorf("tsv row has %d tabs, want %d: %q", n, len(eventColumns)-1, l)
		}
	}
}

func TestEventsUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"events"}, "want one SOURCE"},
		{[]string{"events", "--format", "xml", "-"}, "unknown format"},
	}
	for _, tt := range tests {
		code, _, errs := cli(t, "", tt.args...)
		if code != 2 || !strings.Contains(errs, tt.want) {
			t.Errorf("bluf %v = exit %d, %q; want 2 and %q", tt.args, code, errs, tt.want)
		}
	}
}
