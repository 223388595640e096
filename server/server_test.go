package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"bluf"
	"bluf/store"
)

// addJSON posts v to /api/documents and decodes the answer.
func (ts *testServer) addJSON(t testing.TB, v any) (int, addResult, string) {
	t.Helper()
	b, _ := json.Marshal(v)
	req := httptest.NewRequest("POST", "/api/documents", strings.NewReader(string(b)))
	req.Header.Set("Content-Type", "application/json")
	res, body := ts.do(t, req)
	var ar addResult
	json.Unmarshal([]byte(body), &ar)
	return res.StatusCode, ar, body
}

func TestAddAndRead(t *testing.T) {
	ts := newTestServer(t, nil)
	article := example(t, "sahel.txt")
	code, ar, body := ts.addJSON(t, map[string]string{"text": article, "name": "sahel.txt"})
	if code != http.StatusCreated || ar.Status != store.Added || ar.ID == "" {
		t.Fatalf("POST /api/documents = %d %s, want 201 added", code, body)
	}
	code, again, _ := ts.addJSON(t, map[string]string{"text": article})
	if code != http.StatusOK || again.Status != store.Duplicate || again.ID != ar.ID {
		t.Errorf("adding the same text again = %d %+v, want 200 duplicate of %s", code, again, ar.ID)
	}

	tests := []struct {
		path, ctype, contains string
		status                int
	}{
		{"/api/documents/" + ar.ID, "application/json", `"schema": "bluf.report/v1"`, 200},
		{"/api/documents/" + ar.ID + "/report", "application/json", `"hypotheses"`, 200},
		{"/api/documents/" + ar.ID + "/report?format=md", "text/markdown", "[s1]", 200},
		{"/api/documents/" + ar.ID + "/report?format=html", "text/html", "<html", 200},
		{"/api/documents/" + ar.ID + "/report?format=pdf", "application/json", "want md, json or html", 400},
		{"/api/documents/" + ar.ID + "/entities", "application/json", `"European Union"`, 200},
		{"/api/documents/" + ar.ID + "/events", "application/json", `"expel ambassador"`, 200},
		{"/api/documents/" + ar.ID + "/sources", "application/json", `"kind": "original"`, 200},
		{"/api/documents/0000000000000000", "application/json", "no such document", 404},
		{"/api/documents/0000000000000000/events", "application/json", "no such document", 404},
		{"/api/documents", "application/json", ar.ID, 200},
		{"/api/documents?since=2025-01-01&publisher=the+example+herald", "application/json", ar.ID, 200},
		{"/api/documents?since=2026-01-01", "application/json", "[]", 200},
		{"/api/documents?since=yesterday", "application/json", "want YYYY", 400},
		{"/api/documents?limit=-1", "application/json", "positive integer", 400},
		{"/api/search?q=ambassador", "application/json", `"snippet"`, 200},
		{"/api/search?q=nonexistentword", "application/json", "[]", 200},
		{"/api/search", "application/json", "missing query", 400},
		{"/api/entities", "application/json", `"documents": 1`, 200},
		{"/api/entities?entity=FRA", "application/json", `"France"`, 200},
		{"/api/events", "application/json", `"document": "` + ar.ID, 200},
		{"/api/brief", "application/json", "not available", 501},
		{"/api/openapi.json", "application/json", `"openapi"`, 200},
		{"/api/nothing", "application/json", `"error": "no such page: /api/nothing"`, 404},
	}
	for _, tt := range tests {
		res, body := ts.get(t, tt.path)
		if res.StatusCode != tt.status {
			t.Errorf("GET %s = %d, want %d (%s)", tt.path, res.StatusCode, tt.status, body)
			continue
		}
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
			t.Errorf("GET %s Content-Type = %q, want %s", tt.path, ct, tt.ctype)
		}
		if !strings.Contains(body, tt.contains) {
			t.Errorf("GET %s body does not contain %q:\n%.400s", tt.path, tt.contains, body)
		}
	}
	// A client that has a rendering asks whether it changed.
	res, _ := ts.get(t, "/api/documents/"+ar.ID+"/report?format=md")
	etag := res.Header.Get("ETag")
	req := httptest.NewRequest("GET", "/api/documents/"+ar.ID+"/report?format=md", nil)
	req.Header.Set("If-None-Match", etag)
	if res, body := ts.do(t, req); etag == "" || res.StatusCode != http.StatusNotModified || body != "" {
		t.Errorf("GET with If-None-Match %s = %d, want 304 and no body", etag, res.StatusCode)
	}
	req.Header.Set("If-None-Match", `"other"`)
	if res, _ := ts.do(t, req); res.StatusCode != http.StatusOK {
		t.Errorf("GET with another ETag = %d, want 200", res.StatusCode)
	}

	// Events come dated first, in date order.
	_, body = ts.get(t, "/api/events")
	var evs []corpusEvent
	if err := json.Unmarshal([]byte(body), &evs); err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, e := range evs {
		dates = append(dates, e.Date)
	}
	if want := []string{"2025-03-11", "2025-03-13", "2025-03-14", ""}; !slices.Equal(dates, want) {
		t.Errorf("GET /api/events dates = %q, want %q", dates, want)
	}
}

func TestAddErrors(t *testing.T) {
	ts := newTestServer(t, nil)
	tests := []struct {
		name, ctype, body string
		status            int
	}{
		{"empty json", "application/json", `{}`, 422},
		{"blank text", "application/json", `{"text":"   "}`, 422},
		{"bad json", "application/json", `{"text":`, 422},
		{"unknown field", "application/json", `{"txt":"hello"}`, 422},
		{"wrong type", "text/plain", `hello`, 422},
		{"empty form", "application/x-www-form-urlencoded", ``, 422},
	}
	for _, tt := range tests {
		req := httptest.NewRequest("POST", "/api/documents", strings.NewReader(tt.body))
		req.Header.Set("Content-Type", tt.ctype)
		res, body := ts.do(t, req)
		if res.StatusCode != tt.status || !strings.Contains(body, `"error"`) {
			t.Errorf("%s: POST = %d %s, want %d with an error", tt.name, res.StatusCode, body, tt.status)
		}
	}
}

// TestBodyLimit checks that a document larger than MaxUpload is refused
// with 413, whichever way it is sent, before it is analysed.
func TestBodyLimit(t *testing.T) {
	ts := newTestServer(t, func(c *Config) { c.MaxUpload = 1 << 10 })
	ts.ing.panics = true // analysing would fail the test with a 500
	big := strings.Repeat("word ", 1<<12)
	for _, tt := range []struct {
		name  string
		req   func() *http.Request
		limit bool
	}{
		{"json", func() *http.Request {
			b, _ := json.Marshal(map[string]string{"text": big})
			r := httptest.NewRequest("POST", "/api/documents", strings.NewReader(string(b)))
			r.Header.Set("Content-Type", "application/json")
			return r
		}, true},
		{"form", func() *http.Request {
			r := httptest.NewRequest("POST", "/api/documents", strings.NewReader(url.Values{"text": {big}}.Encode()))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			return r
		}, true},
		{"upload", func() *http.Request { return multipartRequest(t, "/api/documents", "file", "big.txt", big) }, true},
		{"page upload", func() *http.Request { return multipartRequest(t, "/add", "file", "big.txt", big) }, true},
		{"huge body", func() *http.Request {
			r := httptest.NewRequest("POST", "/api/documents", strings.NewReader(`{"text":"`+strings.Repeat("x", 200<<10)))
			r.Header.Set("Content-Type", "application/json")
			return r
		}, true},
	} {
		res, body := ts.do(t, tt.req())
		if res.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("%s: POST of %d bytes = %d, want 413 (%.200s)", tt.name, len(big), res.StatusCode, body)
		}
	}
}

func TestPanicIsRecovered(t *testing.T) {
	ts := newTestServer(t, nil)
	ts.ing.panics = true
	code, _, body := ts.addJSON(t, map[string]string{"text": "Title\n\nBody text."})
	if code != http.StatusInternalServerError || !strings.Contains(body, "internal error") {
		t.Errorf("POST with a panicking stage = %d %s, want 500 internal error", code, body)
	}
	// The analysis slot was given back: a later request still works.
	ts.ing.panics = false
	if code, _, body := ts.addJSON(t, map[string]string{"text": "Title\n\nBody text."}); code != http.StatusCreated {
		t.Errorf("POST after a panic = %d %s, want 201", code, body)
	}
}

// TestEscaping checks that article text and metadata are shown as text:
// an article carrying markup must not inject it into the page.
func TestEscaping(t *testing.T) {
	ts := newTestServer(t, nil)
	const evil = `<script>alert("x")</script><img src=x onerror=alert(1)>`
	article := "Headline " + evil + "\n\nThe minister said " + evil + " at the summit. Officials agreed [s1] later.\n\nA second paragraph."
	code, ar, body := ts.addJSON(t, map[string]string{"text": article})
	if code != http.StatusCreated {
		t.Fatalf("POST = %d %s", code, body)
	}
	rep, _ := ts.store.Get(context.Background(), ar.ID)
	rep.Entities = append(rep.Entities, bluf.Entity{ID: "X", Name: evil, Type: bluf.Person, Mentions: 1})
	rep.BLUF.Text = "Judgment " + evil + " [s1]"
	rep.Tags = append(rep.Tags, bluf.Tag{Name: evil, Kind: "theme"})
	pages := []string{"/doc/" + ar.ID, "/", "/?q=minister"}
	for _, p := range pages {
		res, body := ts.get(t, p)
		if res.StatusCode != 200 {
			t.Fatalf("GET %s = %d", p, res.StatusCode)
		}
		for _, bad := range []string{"<script>alert", "<img src=x"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s contains unescaped %q", p, bad)
			}
		}
		if !strings.Contains(body, "&lt;script&gt;alert(") {
			t.Errorf("GET %s does not show the markup as text", p)
		}
	}
	// The chart data is JSON in a data block: markup there is escaped too.
	_, body = ts.get(t, "/doc/"+ar.ID)
	m := regexp.MustCompile(`(?s)<script type="application/json" id="viz-data">(.*?)</script>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no viz-data block")
	}
	if strings.Contains(m[1], "<") {
		t.Errorf("viz-data holds a raw '<': %.200s", m[1])
	}
	var v viz
	if err := json.Unmarshal([]byte(m[1]), &v); err != nil {
		t.Errorf("viz-data is not JSON: %v", err)
	}
}

func TestLinkify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a [s12] b", `a <a class="cite" href="#s12" data-s="s12">s12</a> b`},
		{"[0123456789abcdef:s3]", `<a class="cite" href="#0123456789abcdef:s3" data-s="0123456789abcdef:s3">0123:s3</a>`},
		{"<b>[s1x]</b>", "&lt;b&gt;[s1x]&lt;/b&gt;"},
		{`"[S1]" & [s]`, "&#34;[S1]&#34; &amp; [s]"},
	}
	for _, tt := range tests {
		if got := string(linkify(tt.in)); got != tt.want {
			t.Errorf("linkify(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzLinkify(f *testing.F) {
	for _, s := range []string{"a [s1] b", "<script>[s2]</script>", "[abcdef:s9]&", "[s", "\xff[s1]"} {
		f.Add(s)
	}
	anchor := regexp.MustCompile(`<a class="cite" href="#([^"]*)" data-s="([^"]*)">([^<]*)</a>`)
	f.Fuzz(func(t *testing.T, s string) {
		out := string(linkify(s))
		// Removing the anchors leaves no markup at all.
		rest := anchor.ReplaceAllString(out, "")
		if strings.ContainsAny(rest, "<>\"'") {
			t.Fatalf("linkify(%q) left markup: %q", s, out)
		}
		// Turning anchors back into markers and unescaping gives s.
		back := anchor.ReplaceAllString(out, "[$2]")
		if got := htmlUnescape(back); got != s {
			t.Fatalf("linkify(%q) does not round-trip: %q", s, got)
		}
	})
}

func TestPages(t *testing.T) {
	ts := newTestServer(t, nil)
	_, ar, _ := ts.addJSON(t, map[string]string{"text": example(t, "sahel.txt")})
	tests := []struct {
		path     string
		status   int
		contains []string
	}{
		{"/", 200, []string{"Documents", "/doc/" + ar.ID, "The Example Herald"}},
		{"/?q=ambassador", 200, []string{"/doc/" + ar.ID, `class="snippet"`}},
		{"/?q=zzzz", 200, []string{"No document matches"}},
		{"/?since=bad", 400, []string{"want YYYY"}},
		{"/?entity=France", 200, []string{"/doc/" + ar.ID}},
		{"/add", 200, []string{`enctype="multipart/form-data"`, `name="text"`, `name="url"`, `name="file"`}},
		{"/doc/" + ar.ID, 200, []string{
			// Seven sections.
			"Bottom line up front", "Competing hypotheses", "Key assumptions and red flags",
			"Implications and strategic risks", "Recommendations and outlook", "Key individuals and entities", "Thematic tags",
			// A citation and the sentence it points to.
			`<a class="cite" href="#s1" data-s="s1">s1</a>`, `<span class="sent cited" id="s1" data-id="s1">`,
			// The ACH matrix with coloured cells, scores and diagnosticity.
			`<td class="cell r-cc" title="very consistent">CC</td>`, `<td class="cell r-ii" title="very inconsistent">II</td>`,
			`<td class="score best">0.50</td>`, `<meter min="0" max="2" value="2">`,
			// The dyad index, the charts and the network.
			"Niger → France", `id="timeline"`, `id="dyads"`, `id="network"`, `id="viz-data"`,
			"/assets/vendor/chart.umd.min.js", "/assets/vendor/cytoscape.min.js",
			"Removed during cleaning (1)",
			// The article keeps its language, for fonts and screen readers.
			`<div class="article-body" lang="en">`,
			// A gap shows in its own section, once.
			`<p class="gap-note">The text prescribes little.</p>`,
		}},
		{"/doc/" + ar.ID + "?added=added", 200, []string{"Document added and analysed."}},
		{"/doc/0000000000000000", 404, []string{"no such document"}},
		{"/brief", 501, []string{"not available"}},
		{"/assets/app.js", 200, []string{"highlight"}},
		{"/assets/app.css", 200, []string{".sent.hl"}},
		{"/assets/vendor/chart.umd.min.js", 200, []string{"Chart.js v4"}},
		{"/assets/vendor/", 404, nil},
		{"/nothing", 404, []string{"Not Found", "no such page: /nothing"}},
	}
	for _, tt := range tests {
		res, body := ts.get(t, tt.path)
		if res.StatusCode != tt.status {
			t.Errorf("GET %s = %d, want %d", tt.path, res.StatusCode, tt.status)
			continue
		}
		for _, c := range tt.contains {
			if !strings.Contains(body, c) {
				t.Errorf("GET %s: no %q", tt.path, c)
			}
		}
	}
	// No inline script, no inline style: the CSP would block them.
	_, body := ts.get(t, "/doc/"+ar.ID)
	if n := strings.Count(body, "The text prescribes little."); n != 1 {
		t.Errorf("the recommendations gap is shown %d times, want once", n)
	}
	for _, bad := range []*regexp.Regexp{regexp.MustCompile(`<script>`), regexp.MustCompile(`\sstyle=`), regexp.MustCompile(`\son[a-z]+=`)} {
		if bad.MatchString(body) {
			t.Errorf("report page has inline code matching %s", bad)
		}
	}
}

func TestAddForm(t *testing.T) {
	ts := newTestServer(t, nil)
	req := multipartRequest(t, "/add", "text", "", example(t, "sahel.txt"))
	res, body := ts.do(t, req)
	loc := res.Header.Get("Location")
	if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/doc/") || !strings.HasSuffix(loc, "?added=added") {
		t.Fatalf("POST /add = %d %q %.300s, want 303 to the report", res.StatusCode, loc, body)
	}
	// An upload.
	req = multipartRequest(t, "/add", "file", "other.txt", "Another title\n\nA different article about Chad and its army.")
	if res, _ := ts.do(t, req); res.StatusCode != http.StatusSeeOther {
		t.Errorf("POST /add upload = %d, want 303", res.StatusCode)
	}
	// Nothing given: the form again, with the error and 422.
	req = multipartRequest(t, "/add", "text", "", "   ")
	res, body = ts.do(t, req)
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, `id="add-error"`) || !strings.Contains(body, `name="text"`) {
		t.Errorf("POST /add empty = %d, want 422 and the form with an error", res.StatusCode)
	}
}

func TestBrief(t *testing.T) {
	var got int
	ts := newTestServer(t, func(c *Config) {
		c.Brief = func(ctx context.Context, req BriefRequest) (*bluf.Report, error) {
			rs := req.Reports
			got = len(rs)
			if req.Stories[rs[0].ID] == "" || req.Filter.Topic != "ambassador" {
				return nil, fmt.Errorf("brief request without stories or filter: %+v", req)
			}
			return fakeBrief(req), nil
		}
	})
	res, _ := ts.get(t, "/brief")
	if res.StatusCode != 200 {
		t.Errorf("GET /brief on an empty corpus = %d, want 200", res.StatusCode)
	}
	_, ar, _ := ts.addJSON(t, map[string]string{"text": example(t, "sahel.txt")})
	res, body := ts.get(t, "/brief?topic=ambassador")
	if res.StatusCode != 200 || got != 1 {
		t.Fatalf("GET /brief = %d over %d reports, want 200 over 1", res.StatusCode, got)
	}
	id := ar.ID + ":s1"
	for _, want := range []string{`href="/api/brief?format=md&amp;topic=ambassador"`, `data-s="` + id + `"`, `id="` + id + `"`, `href="/doc/` + ar.ID + `#s1"`, "Agreements", "Sources"} {
		if !strings.Contains(body, want) {
			t.Errorf("GET /brief: no %q", want)
		}
	}
	res, body = ts.get(t, "/api/brief?format=md&topic=ambassador")
	if res.StatusCode != 200 || !strings.Contains(body, "Brief on the Sahel") {
		t.Errorf("GET /api/brief?format=md = %d %.200s", res.StatusCode, body)
	}
	if res, _ := ts.get(t, "/api/brief?topic=zzzz"); res.StatusCode != 404 {
		t.Errorf("GET /api/brief with no match = %d, want 404", res.StatusCode)
	}
}

// TestSecurityHeaders checks the headers on every kind of response.
func TestSecurityHeaders(t *testing.T) {
	ts := newTestServer(t, nil)
	_, ar, _ := ts.addJSON(t, map[string]string{"text": example(t, "sahel.txt")})
	for _, p := range []string{"/", "/doc/" + ar.ID, "/add", "/api/documents", "/assets/app.js", "/nothing", "/api/documents/x"} {
		res, _ := ts.get(t, p)
		csp := res.Header.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("GET %s: CSP %q lacks %q", p, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe") {
			t.Errorf("GET %s: CSP %q allows unsafe sources", p, csp)
		}
		for h, want := range map[string]string{
			"X-Content-Type-Options": "nosniff",
			"X-Frame-Options":        "DENY",
			"Referrer-Policy":        "no-referrer",
		} {
			if got := res.Header.Get(h); got != want {
				t.Errorf("GET %s: %s = %q, want %q", p, h, got, want)
			}
		}
	}
}

// TestStandaloneHTMLPolicy checks that the self-contained HTML report,
// whose styles are inline, gets a policy allowing exactly those styles.
func TestStandaloneHTMLPolicy(t *testing.T) {
	ts := newTestServer(t, nil)
	_, ar, _ := ts.addJSON(t, map[string]string{"text": example(t, "sahel.txt")})
	for range 2 { // rendered, then cached
		res, body := ts.get(t, "/api/documents/"+ar.ID+"/report?format=html")
		csp := res.Header.Get("Content-Security-Policy")
		styles := styleElement.FindAllStringSubmatch(body, -1)
		if len(styles) == 0 {
			t.Skip("the standalone report has no inline style")
		}
		if !strings.HasPrefix(csp, "default-src 'none'; style-src 'sha256-") || strings.Contains(csp, "unsafe") || strings.Contains(csp, "script-src") {
			t.Errorf("standalone HTML CSP = %q, want default-src 'none' and hashed styles only", csp)
		}
		if strings.Count(csp, "'sha256-") != len(styles) {
			t.Errorf("CSP %q does not hash each of the %d style elements", csp, len(styles))
		}
	}
}

func TestCrossOriginPostRefused(t *testing.T) {
	ts := newTestServer(t, nil)
	req := multipartRequest(t, "/add", "text", "", example(t, "sahel.txt"))
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if res, _ := ts.do(t, req); res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site POST /add = %d, want 403", res.StatusCode)
	}
	if n, _ := ts.store.Count(context.Background()); n != 0 {
		t.Errorf("cross-site POST stored %d documents", n)
	}
}

// TestToken checks that with a token every request must carry it.
func TestToken(t *testing.T) {
	const token = "s3cret-token-for-tests"
	ts := newTestServer(t, func(c *Config) { c.Token = token })
	with := func(path string, set func(*http.Request)) *http.Response {
		req := httptest.NewRequest("GET", path, nil)
		if set != nil {
			set(req)
		}
		res, _ := ts.do(t, req)
		return res
	}
	bearer := func(tok string) func(*http.Request) {
		return func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+tok) }
	}
	tests := []struct {
		name   string
		path   string
		set    func(*http.Request)
		status int
	}{
		{"api without token", "/api/documents", nil, 401},
		{"api wrong token", "/api/documents", bearer("wrong"), 401},
		{"api token prefix", "/api/documents", bearer(token[:5]), 401},
		{"api basic auth", "/api/documents", func(r *http.Request) { r.SetBasicAuth("x", token) }, 401},
		{"api bearer", "/api/documents", bearer(token), 200},
		{"openapi without token", "/api/openapi.json", nil, 401},
		{"page without token", "/", nil, 303},
		{"asset without token", "/assets/app.css", nil, 303},
		{"page with bearer", "/", bearer(token), 200},
		{"forged cookie", "/", func(r *http.Request) { r.AddCookie(&http.Cookie{Name: cookieName, Value: token}) }, 303},
		{"session cookie", "/", func(r *http.Request) { r.AddCookie(&http.Cookie{Name: cookieName, Value: sessionValue(token)}) }, 200},
		{"login page open", "/login", nil, 200},
		{"wrong query token", "/?token=nope", nil, 303},
	}
	for _, tt := range tests {
		res := with(tt.path, tt.set)
		if res.StatusCode != tt.status {
			t.Errorf("%s: GET %s = %d, want %d", tt.name, tt.path, res.StatusCode, tt.status)
		}
		if tt.status == 303 && !strings.HasPrefix(res.Header.Get("Location"), "/login") {
			t.Errorf("%s: redirected to %q, want /login", tt.name, res.Header.Get("Location"))
		}
	}

	// ?token= sets the session cookie and drops the token from the URL.
	res := with("/?q=x&token="+token, nil)
	if res.StatusCode != 303 || res.Header.Get("Location") != "/?q=x" {
		t.Errorf("GET /?token= = %d to %q, want 303 to /?q=x", res.StatusCode, res.Header.Get("Location"))
	}
	var cookie *http.Cookie
	for _, c := range res.Cookies() {
		if c.Name == cookieName {
			cookie = c
		}
	}
	if cookie == nil || cookie.Value == token || !cookie.HttpOnly || cookie.SameSite != http.SameSiteStrictMode {
		t.Fatalf("session cookie = %+v, want HttpOnly, SameSite=Strict, not the token itself", cookie)
	}
	if res := with("/", func(r *http.Request) { r.AddCookie(cookie) }); res.StatusCode != 200 {
		t.Errorf("GET / with the session cookie = %d, want 200", res.StatusCode)
	}

	// The login form.
	post := func(tok, next string) *http.Response {
		req := httptest.NewRequest("POST", "/login", strings.NewReader(url.Values{"token": {tok}, "next": {next}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		res, _ := ts.do(t, req)
		return res
	}
	if res := post("wrong", "/"); res.StatusCode != 401 || len(res.Cookies()) != 0 {
		t.Errorf("POST /login wrong token = %d with %d cookies, want 401 and none", res.StatusCode, len(res.Cookies()))
	}
	if res := post(token, "//evil.example/"); res.StatusCode != 303 || res.Header.Get("Location") != "/" || len(res.Cookies()) != 1 {
		t.Errorf("POST /login = %d to %q, want 303 to / (not off-site) with a cookie", res.StatusCode, res.Header.Get("Location"))
	}
}

// TestCheckListen checks that only loopback may be served without a
// token.
func TestCheckListen(t *testing.T) {
	tests := []struct {
		addr  string
		token string
		ok    bool
	}{
		{"127.0.0.1:8080", "", true},
		{"127.0.0.2:8080", "", true},
		{"[::1]:8080", "", true},
		{"0.0.0.0:8080", "", false},
		{"[::]:8080", "", false},
		{"192.168.1.10:8080", "", false},
		{"10.0.0.1:8080", "", false},
		{"203.0.113.5:8080", "", false},
		{"0.0.0.0:8080", "tok", true},
		{"203.0.113.5:8080", "tok", true},
	}
	for _, tt := range tests {
		a, err := net.ResolveTCPAddr("tcp", tt.addr)
		if err != nil {
			t.Fatal(err)
		}
		err = CheckListen(a, tt.token)
		if (err == nil) != tt.ok {
			t.Errorf("CheckListen(%s, token %q) = %v, want ok=%v", tt.addr, tt.token, err, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrNoToken) {
			t.Errorf("CheckListen(%s) error %v does not wrap ErrNoToken", tt.addr, err)
		}
	}
}

// TestServeRefusesNonLoopback binds all interfaces without a token:
// Serve must refuse and close the listener.
func TestServeRefusesNonLoopback(t *testing.T) {
	ts := newTestServer(t, nil)
	ln, err := net.Listen("tcp", "0.0.0.0:0")
	if err != nil {
		t.Skipf("cannot listen on all interfaces: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := ts.Serve(ctx, ln); !errors.Is(err, ErrNoToken) {
		t.Errorf("Serve(0.0.0.0) without token = %v, want ErrNoToken", err)
	}
	if _, err := ln.Accept(); err == nil {
		t.Error("listener still open after refusal")
	}
}

// TestGracefulShutdown cancels Serve's context while a request is in
// flight: the request completes and Serve returns nil.
func TestGracefulShutdown(t *testing.T) {
	started := make(chan struct{})
	release := make(chan struct{})
	ts := newTestServer(t, nil)
	ts.ing.fetch = func(ctx context.Context, u string) ([]byte, error) {
		close(started)
		<-release
		return []byte("Slow title\n\nA slow article about Chad."), nil
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ts.Serve(ctx, ln) }()

	type result struct {
		status int
		err    error
	}
	resc := make(chan result, 1)
	go func() {
		res, err := http.Post("http://"+ln.Addr().String()+"/api/documents", "application/json", strings.NewReader(`{"url":"https://example.org/slow"}`))
		if err != nil {
			resc <- result{err: err}
			return
		}
		res.Body.Close()
		resc <- result{status: res.StatusCode}
	}()
	<-started
	cancel()
	time.Sleep(50 * time.Millisecond)
	close(release)
	r := <-resc
	if r.err != nil || r.status != http.StatusCreated {
		t.Errorf("request in flight during shutdown = %d, %v; want 201", r.status, r.err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve after cancel = %v, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Error("server still answering after shutdown")
	}
}

// TestRoutesMatchOpenAPI checks that the OpenAPI file describes exactly
// the API routes of the router.
func TestRoutesMatchOpenAPI(t *testing.T) {
	ts := newTestServer(t, nil)
	var spec struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &spec); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Errorf("openapi = %q, want 3.x", spec.OpenAPI)
	}
	router := map[string]bool{}
	for _, rt := range ts.routes {
		if strings.HasPrefix(rt.pattern, "/api/") {
			router[strings.ToLower(rt.method)+" "+rt.pattern] = true
		}
	}
	documented := map[string]bool{}
	for path, ops := range spec.Paths {
		for method := range ops {
			switch method {
			case "get", "post", "put", "delete", "patch", "head", "options":
				documented[method+" "+path] = true
			}
		}
	}
	for r := range router {
		if !documented[r] {
			t.Errorf("route %s is not in openapi.json", r)
		}
	}
	for d := range documented {
		if !router[d] {
			t.Errorf("openapi.json documents %s, which the router does not serve", d)
		}
	}
	if len(router) < 10 {
		t.Errorf("only %d API routes found", len(router))
	}
}

// FuzzAddJSON posts arbitrary bodies: the server answers, never with a
// server error.
func FuzzAddJSON(f *testing.F) {
	for _, s := range []string{`{"text":"T\n\nBody."}`, `{"url":"http://[::1"}`, `{"url":"ftp://x"}`, `[]`, `{"text":1}`, "\x00"} {
		f.Add(s)
	}
	ts := newTestServer(f, func(c *Config) { c.MaxUpload = 4 << 10 })
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest("POST", "/api/documents", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		res, out := ts.do(t, req)
		if res.StatusCode >= 500 {
			t.Fatalf("POST %q = %d %s", body, res.StatusCode, out)
		}
	})
}

// FuzzFilter sends arbitrary query strings to the list endpoints.
func FuzzFilter(f *testing.F) {
	for _, s := range []string{"since=2024", "limit=5&until=2024-05", "q=a+OR+b", "entity=%00", "since=99999"} {
		f.Add(s)
	}
	ts := newTestServer(f, nil)
	ts.addJSON(f, map[string]string{"text": "Title\n\nNiger and France. Chad and Mali."})
	f.Fuzz(func(t *testing.T, q string) {
		for _, p := range []string{"/api/documents?", "/api/search?q=x&", "/?", "/api/events?"} {
			req, err := http.NewRequest("GET", p+q, nil)
			if err != nil {
				return
			}
			res, out := ts.do(t, req)
			if res.StatusCode >= 500 {
				t.Fatalf("GET %s%s = %d %s", p, q, res.StatusCode, out)
			}
		}
	})
}

func TestListFacets(t *testing.T) {
	ts := newTestServer(t, nil)
	ts.addJSON(t, map[string]string{"text": example(t, "sahel.txt")})
	ts.addJSON(t, map[string]string{"text": "Chad closes its border\n\nChad closed its eastern border with Sudan on Friday. Officials cited the fighting in Darfur."})
	_, body := ts.get(t, "/?since=2025-01-01")
	for _, want := range []string{`href="/?entity=NER&amp;since=2025-01-01"`, `href="/?publisher=The&#43;Example&#43;Herald&amp;since=2025-01-01"`} {
		if !strings.Contains(body, want) {
			t.Errorf("GET / facets: no %s", want)
		}
	}
	// The entity filtered on is not offered again.
	if _, body := ts.get(t, "/?entity=NER"); strings.Contains(body, `href="/?entity=NER"`) {
		t.Error("the current entity filter is offered as a facet")
	}
}

// TestAccessLog checks the one line per request, which must not carry
// the query (a ?token= would leak into the log).
func TestAccessLog(t *testing.T) {
	var buf strings.Builder
	var mu sync.Mutex
	ts := newTestServer(t, func(c *Config) {
		c.Token = "secret-token"
		c.Logger = slog.New(slog.NewTextHandler(&lockedWriter{w: &buf, mu: &mu}, nil))
	})
	ts.get(t, "/?token=secret-token")
	mu.Lock()
	log := buf.String()
	mu.Unlock()
	if !strings.Contains(log, "path=/ status=303") {
		t.Errorf("access log %q lacks the request", log)
	}
	if strings.Contains(log, "secret-token") {
		t.Errorf("access log %q holds the token", log)
	}
}

type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}
