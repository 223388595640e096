package server

import (
	"context"
	"strings"
	"testing"

	"bluf"

	"golang.org/x/net/html"
)

// TestCitationsResolve parses the report and brief pages and checks that
// element IDs are unique and that every citation points at a sentence
// on the page: a citation that leads nowhere is evidence an analyst
// cannot check.
func TestCitationsResolve(t *testing.T) {
	ts := newTestServer(t, func(c *Config) {
		c.Brief = func(_ context.Context, req BriefRequest) (*bluf.Report, error) { return fakeBrief(req), nil }
	})
	_, a, _ := ts.addJSON(t, map[string]string{"text": example(t, "sahel.txt")})
	ts.addJSON(t, map[string]string{"text": "Chad closes its border\n\nChad closed its eastern border with Sudan on Friday. Officials cited the fighting in Darfur. Aid convoys were turned back."})
	for _, path := range []string{"/doc/" + a.ID, "/brief", "/", "/add"} {
		res, body := ts.get(t, path)
		if res.StatusCode != 200 {
			t.Fatalf("GET %s = %d", path, res.StatusCode)
		}
		doc, err := html.Parse(strings.NewReader(body))
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		ids := map[string]int{}
		sentences := map[string]bool{}
		var cites []string
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			attr := map[string]string{}
			for _, a := range n.Attr {
				attr[a.Key] = a.Val
			}
			if id, ok := attr["id"]; ok {
				ids[id]++
				if strings.Contains(" "+attr["class"]+" ", " sent ") {
					sentences[id] = true
				}
			}
			if n.Data == "a" && strings.Contains(" "+attr["class"]+" ", " cite ") {
				cites = append(cites, attr["data-s"])
			}
		}
		for id, n := range ids {
			if n > 1 {
				t.Errorf("GET %s: id %q used %d times", path, id, n)
			}
		}
		for _, c := range cites {
			if !sentences[c] {
				t.Errorf("GET %s: citation %q points at no sentence", path, c)
			}
		}
		if strings.HasPrefix(path, "/doc/") || path == "/brief" {
			if len(cites) < 10 {
				t.Errorf("GET %s: only %d citations", path, len(cites))
			}
		}
	}
}
