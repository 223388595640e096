package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/biter777/countries"
	"github.com/google/uuid"

	"bluf"
)

// stixNamespace seeds the deterministic (UUIDv5) identifiers of the STIX
// objects bluf writes, so that the same report always gives the same IDs
// and re-imports into OpenCTI or MISP update rather than duplicate.
var stixNamespace = uuid.MustParse("6f0a3c52-2d8e-5b43-9a61-0c1b7e4f9d27")

// stixEpoch stands in for the creation time of objects about an undated
// document, keeping the output deterministic.
var stixEpoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// likelihoodConfidence maps the ICD 203 terms onto STIX 2.1 confidence
// numbers (STIX 2.1 appendix A, the DNI scale).
var likelihoodConfidence = map[string]int{
	"almost no chance": 5, "very unlikely": 15, "unlikely": 30,
	"roughly even chance": 50, "likely": 70, "very likely": 85, "almost certain": 95,
}

// STIX writes r as a STIX 2.1 bundle for OpenCTI, MISP and other tools: a
// report object with the entities as identity, threat-actor and location
// objects, events as relationships, and the analysis (BLUF, hypotheses
// with their ACH scores, assumptions, red flags, risks, scenarios) as
// notes attached to the report. Timestamps are the document's
// publication date (or 1970-01-01 when undated), so output is
// deterministic.
func STIX(w io.Writer, r *bluf.Report) error {
	r = Normalize(r)
	ts := stixEpoch
	if r.Published != nil {
		if t, ok := parseISO(*r.Published); ok {
			ts = t
		}
	}
	stamp := ts.UTC().Format("2006-01-02T15:04:05.000Z")
	id := func(typ, key string) string {
		return typ + "--" + uuid.NewSHA1(stixNamespace, []byte(typ+"|"+key)).String()
	}
	common := func(typ, key string) map[string]any {
		return map[string]any{"type": typ, "spec_version": "2.1", "id": id(typ, key), "created": stamp, "modified": stamp}
	}
	var objects []map[string]any
	producer := common("identity", "bluf")
	producer["name"] = "bluf"
	producer["identity_class"] = "system"
	objects = append(objects, producer)
	var refs []string
	entityRef := map[string]string{}
	for _, e := range r.Entities {
		o := stixEntity(e, common)
		if o == nil {
			continue
		}
		o["created_by_ref"] = producer["id"]
		objects = append(objects, o)
		entityRef[e.ID] = o["id"].(string)
		refs = append(refs, o["id"].(string))
	}
	for _, ev := range r.Events {
		s, t := entityRef[ev.Source.Entity], entityRef[ev.Target.Entity]
		if s == "" || t == "" || s == t {
			continue
		}
		o := common("relationship", r.ID+"|"+ev.ID)
		o["relationship_type"] = "related-to"
		o["source_ref"] = s
		o["target_ref"] = t
		o["description"] = fmt.Sprintf("CAMEO %s %s (Goldstein %s, %s): %s", ev.Code, ev.Label, num(ev.Goldstein), ev.Modality, ev.Text)
		if ev.Date != "" {
			o["start_time"] = stixTime(ev.Date)
		}
		o["created_by_ref"] = producer["id"]
		objects = append(objects, o)
		refs = append(refs, o["id"].(string))
	}
	rep := common("report", r.ID)
	reportID := rep["id"].(string)
	note := func(key, abstract, content string, confidence int) {
		o := common("note", r.ID+"|"+key)
		o["abstract"] = abstract
		o["content"] = content
		o["object_refs"] = []string{reportID}
		o["created_by_ref"] = producer["id"]
		if confidence > 0 {
			o["confidence"] = confidence
		}
		objects = append(objects, o)
	}
	note("bluf", "BLUF", withCites(r.BLUF.Item)+"\nConfidence: "+r.Confidence.Level+". "+withCites(r.Confidence.Item), likelihoodConfidence[r.BLUF.Likelihood])
	for _, h := range r.Hypotheses {
		note("hypothesis|"+h.ID, "Hypothesis "+h.ID+" ("+h.Likelihood+")",
			fmt.Sprintf("%s\nACH weighted inconsistency: %s (rank %d).", withCites(h.Item), num(h.Score), h.Rank), likelihoodConfidence[h.Likelihood])
	}
	for i, a := range r.Assumptions {
		note(fmt.Sprintf("assumption|%d", i), "Key assumption ("+ratingPhrase(a.Rating)+")", withCites(a.Item), 0)
	}
	for i, f := range r.RedFlags {
		note(fmt.Sprintf("redflag|%d", i), "Red flag: "+flagPhrase(f.Kind), withCites(f.Item), 0)
	}
	for i, rk := range r.Risks {
		note(fmt.Sprintf("risk|%d", i), "Risk ("+domainPhrase(rk.Domain)+")", withCites(rk.Item), 0)
	}
	for _, s := range []struct {
		key string
		sc  bluf.Scenario
	}{{"best", r.Scenarios.Best}, {"worst", r.Scenarios.Worst}, {"most_likely", r.Scenarios.MostLikely}} {
		if s.sc.Text == "" {
			continue
		}
		var b strings.Builder
		b.WriteString(withCites(s.sc.Item))
		for _, sp := range s.sc.Signposts {
			b.WriteString("\nSignpost: " + withCites(sp))
		}
		note("scenario|"+s.key, "Scenario: "+scenarioPhrase(s.key), b.String(), 0)
	}
	for _, o := range objects {
		if o["type"] == "note" {
			refs = append(refs, o["id"].(string))
		}
	}
	if len(refs) == 0 {
		refs = append(refs, producer["id"].(string))
	}
	rep["name"] = r.Title
	if rep["name"] == "" {
		rep["name"] = "Untitled document"
	}
	rep["description"] = withCites(r.BLUF.Item)
	rep["published"] = stamp
	rep["report_types"] = []string{"threat-report"}
	rep["object_refs"] = refs
	rep["created_by_ref"] = producer["id"]
	if c, ok := likelihoodConfidence[r.BLUF.Likelihood]; ok {
		rep["confidence"] = c
	}
	var labels []string
	for _, t := range r.Tags {
		labels = append(labels, t.Name)
	}
	if len(labels) > 0 {
		rep["labels"] = labels
	}
	if r.Source != "" && r.Source != "-" {
		ref := map[string]any{"source_name": "source"}
		if strings.HasPrefix(r.Source, "http://") || strings.HasPrefix(r.Source, "https://") {
			ref["url"] = r.Source
		} else {
			ref["description"] = r.Source
		}
		rep["external_references"] = []any{ref}
	}
	objects = append(objects, rep)
	sort.SliceStable(objects, func(i, j int) bool { return objects[i]["id"].(string) < objects[j]["id"].(string) })
	bundle := map[string]any{
		"type":    "bundle",
		"id":      id("bundle", r.ID),
		"objects": objects,
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(bundle)
}

// stixEntity maps an entity onto a STIX object, or nil when STIX has no
// fitting object (a place without a country).
func stixEntity(e bluf.Entity, common func(typ, key string) map[string]any) map[string]any {
	var o map[string]any
	switch e.Type {
	case bluf.Person:
		o = common("identity", e.ID)
		o["identity_class"] = "individual"
	case bluf.ArmedGroup:
		o = common("threat-actor", e.ID)
		o["threat_actor_types"] = []string{"unknown"}
	case bluf.Organization, bluf.Government:
		o = common("identity", e.ID)
		o["identity_class"] = "organization"
	case bluf.State, bluf.Location:
		cc := countryCode(e)
		if cc == "" {
			return nil
		}
		o = common("location", e.ID)
		o["country"] = cc
	default:
		return nil
	}
	o["name"] = e.Name
	var desc []string
	if role := entityRole(e); role != "" {
		desc = append(desc, role)
	}
	if e.Code != "" {
		desc = append(desc, "CAMEO actor code "+e.Code)
	}
	if len(desc) > 0 {
		o["description"] = strings.Join(desc, "; ")
	}
	return o
}

// countryCode returns the ISO 3166-1 alpha-2 code of a state or place
// entity, from its CAMEO code's country prefix or its name.
func countryCode(e bluf.Entity) string {
	if len(e.Code) >= 3 {
		if c := countries.ByName(e.Code[:3]); c != countries.Unknown {
			return c.Alpha2()
		}
	}
	if e.Type == bluf.State {
		if c := countries.ByName(e.Name); c != countries.Unknown {
			return c.Alpha2()
		}
	}
	return ""
}

func withCites(it bluf.Item) string {
	if len(it.Citations) == 0 {
		return it.Text
	}
	return it.Text + " [" + strings.Join(it.Citations, "][") + "]"
}

func parseISO(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func stixTime(date string) string {
	if t, ok := parseISO(date); ok {
		return t.UTC().Format("2006-01-02T15:04:05.000Z")
	}
	return ""
}
