package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"bluf"
)

// fixture is a small hand-built report whose article text contains
// markup and Markdown syntax that must come out inert.
func fixture() *bluf.Report {
	pub := "2024-05-02"
	body := "Rebels <script>alert(1)</script> shelled the *port* city. The | army could retake it. Talks depend on a ceasefire."
	ss := []bluf.Sentence{
		{ID: "s1", Text: "Rebels <script>alert(1)</script> shelled the *port* city.", Start: 0, End: 58},
		{ID: "s2", Text: "The | army could retake it.", Start: 59, End: 86},
		{ID: "s3", Text: "Talks depend on a ceasefire.", Start: 87, End: 115},
	}
	return &bluf.Report{
		ID: "0123456789abcdef", Title: "A <b>test</b> report", Source: "test.txt", Published: &pub,
		Authors: []string{"A. Writer"}, Body: body, Sentences: ss,
		BLUF:       bluf.BLUF{Item: bluf.Item{Text: "The army could retake the city.", Citations: []string{"s2"}}, Hypothesis: "H1", Likelihood: "likely", Action: bluf.Item{Text: "Watch the ceasefire talks.", Citations: []string{"s3"}}},
		Confidence: bluf.Confidence{Level: "low", Item: bluf.Item{Text: "One source.", Citations: []string{"s1"}}},
		Hypotheses: []bluf.Hypothesis{
			{ID: "H1", Item: bluf.Item{Text: "The army retakes the city", Citations: []string{"s2"}}, Score: 0, Rank: 1, Likelihood: "likely"},
			{ID: "H2", Item: bluf.Item{Text: "The rebels hold the city", Citations: []string{"s1"}}, Score: 1, Rank: 2, Likelihood: "unlikely"},
		},
		ACH: bluf.ACH{Hypotheses: []string{"H1", "H2"}, Scores: map[string]float64{"H1": 0, "H2": 1}, Method: "test",
			Evidence: []bluf.ACHEvidence{{ID: "E1", Item: bluf.Item{Text: "Rebels shelled the city.", Citations: []string{"s1"}}, Credibility: "medium", Relevance: "medium", Ratings: map[string]string{"H1": "C", "H2": "I"}, Diagnosticity: 2}}},
		Assumptions: []bluf.Assumption{{Item: bluf.Item{Text: "Talks depend on a ceasefire.", Citations: []string{"s3"}}, Rating: "caveats", Stated: true}},
		Risks:       []bluf.Risk{{Domain: "security", Item: bluf.Item{Text: "Shelling of the port.", Citations: []string{"s1"}}}},
		Scenarios:   bluf.Scenarios{MostLikely: bluf.Scenario{Item: bluf.Item{Text: "The army retakes the city.", Citations: []string{"s2"}}}},
		Entities:    []bluf.Entity{{ID: "x", Name: "Army", Type: bluf.Organization, Mentions: 1, Sentences: []string{"s2"}}},
		Tags:        []bluf.Tag{{Name: "armed conflict", Kind: "theme", Citations: []string{"s1"}}},
		Gaps:        []bluf.Gap{{Section: "recommendations", Text: "The text makes no prescription."}},
	}
}

func TestMarkdown(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, fixture(), Options{}); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{
		"# Intelligence Report: A &lt;b&gt;test&lt;/b&gt; report",
		"## 1. BLUF", "## 7. Thematic Tags", "[s2]",
		"| E1: Rebels shelled the city. [s1] | medium | C | I | 2 |",
		"- [s1] “Rebels &lt;script&gt;alert(1)&lt;/script&gt; shelled the \\*port\\* city.”",
		"> *Gap:* The text makes no prescription.",
		"**Confidence:** Low.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "<script>") {
		t.Error("Markdown passes raw HTML through")
	}
	// The evidence appendix quotes only cited sentences, in order.
	if strings.Index(md, "- [s1]") > strings.Index(md, "- [s3]") {
		t.Error("evidence appendix out of order")
	}
}

func TestHTMLEscapes(t *testing.T) {
	var b bytes.Buffer
	if err := HTML(&b, fixture(), Options{}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if strings.Contains(page, "<script>alert") || strings.Contains(page, "<b>test</b>") {
		t.Error("HTML page lets article markup through unescaped")
	}
	for _, want := range []string{`<span class="s cited" id="s1"`, `href="#s2"`, `class="r i"`, "&lt;script&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("HTML page lacks %q", want)
		}
	}
}

func TestJSONNeverNull(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, &bluf.Report{ID: "x"}); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"authors", "sentences", "hypotheses", "assumptions", "red_flags", "risks", "recommendations", "entities", "tags", "events", "gaps"} {
		if _, ok := m[k].([]any); !ok {
			t.Errorf("JSON %q = %v, want an array", k, m[k])
		}
	}
	if m["published"] != nil {
		t.Errorf("published = %v, want null", m["published"])
	}
	if m["schema"] != bluf.SchemaID {
		t.Errorf("schema = %v", m["schema"])
	}
}

func TestSTIX(t *testing.T) {
	r := fixture()
	r.Entities = append(r.Entities,
		bluf.Entity{ID: "state-sdn", Name: "Sudan", Type: bluf.State, Code: "SDN"},
		bluf.Entity{ID: "rsf", Name: "Rapid Support Forces", Type: bluf.ArmedGroup, Code: "SDNREB"})
	r.Events = []bluf.Event{{ID: "e1", Source: bluf.ActorRef{Entity: "rsf", Name: "RSF"}, Target: bluf.ActorRef{Entity: "state-sdn", Name: "Sudan"}, Code: "190", Label: "fight", Goldstein: -10, Modality: "asserted", Sentence: "s1", Date: "2024-05-01"}}
	var a, b bytes.Buffer
	if err := STIX(&a, r); err != nil {
		t.Fatal(err)
	}
	if err := STIX(&b, r); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatal("STIX output is not deterministic")
	}
	var bundle struct {
		Type    string           `json:"type"`
		Objects []map[string]any `json:"objects"`
	}
	if err := json.Unmarshal(a.Bytes(), &bundle); err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	for _, o := range bundle.Objects {
		for _, k := range []string{"type", "spec_version", "id", "created", "modified"} {
			if o[k] == nil || o[k] == "" {
				t.Errorf("object %v lacks %s", o["id"], k)
			}
		}
		ids[o["id"].(string)] = o["type"].(string)
	}
	var sawReport, sawRel, sawLoc bool
	for _, o := range bundle.Objects {
		switch o["type"] {
		case "report":
			sawReport = true
			for _, ref := range o["object_refs"].([]any) {
				if ids[ref.(string)] == "" {
					t.Errorf("report refers to missing object %v", ref)
				}
			}
			if o["published"] != "2024-05-02T00:00:00.000Z" {
				t.Errorf("report published = %v", o["published"])
			}
		case "relationship":
			sawRel = true
			if ids[o["source_ref"].(string)] != "threat-actor" || ids[o["target_ref"].(string)] != "location" {
				t.Errorf("relationship %v -> %v has wrong ends", o["source_ref"], o["target_ref"])
			}
		case "location":
			sawLoc = o["country"] == "SD"
		}
	}
	if !sawReport || !sawRel || !sawLoc {
		t.Errorf("bundle lacks report (%v), relationship (%v) or Sudan location (%v)", sawReport, sawRel, sawLoc)
	}
}

func TestShorten(t *testing.T) {
	cases := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four", 10, "one two…"},
		{"ééééééééé", 5, "éé…"},
	}
	for _, c := range cases {
		if got := shorten(c.in, c.n); got != c.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

func BenchmarkMarkdown(b *testing.B) {
	r := fixture()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		Markdown(&buf, r, Options{})
	}
}
