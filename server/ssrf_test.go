package server

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"bluf"
	"bluf/extract"
)

// extractReader reads with the real package extract and stands in for
// the analysis with fakeReport.
type extractReader struct{ opts []extract.Options }

func (x *extractReader) Read(ctx context.Context, src string, opt extract.Options) (*bluf.Report, error) {
	x.opts = append(x.opts, opt)
	doc, err := extract.Read(ctx, src, opt)
	if err != nil {
		return nil, err
	}
	return fakeReport(doc.Title + "\n" + doc.Body), nil
}

const articleHTML = `<!doctype html><html><head><title>Coast guard stops trawlers</title></head><body>
<article><h1>Coast guard stops trawlers</h1>
<p>The coast guard of Senegal stopped three foreign trawlers off Dakar on Monday, officials said. The vessels were escorted to port for inspection.</p>
<p>Fishermen in the region have long complained that industrial fleets deplete the stocks they depend on. The fisheries ministry said the licences of the vessels would be reviewed.</p>
</article></body></html>`

// TestSSRF checks that URL ingestion refuses loopback, private and
// link-local addresses unless AllowPrivate is set, also when a host name
// resolves to loopback.
func TestSSRF(t *testing.T) {
	var hits int
	origin := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articleHTML)
	}))
	defer origin.Close()
	port := origin.URL[strings.LastIndex(origin.URL, ":")+1:]

	blocked := newTestServer(t, func(c *Config) { c.Ingest = &Pipeline{Analyzer: &extractReader{}} })
	for _, u := range []string{
		origin.URL + "/article",                   // 127.0.0.1
		"http://localhost:" + port + "/article",   // resolves to loopback
		"http://[::1]:" + port + "/article",       // IPv6 loopback
		"http://0.0.0.0:" + port + "/article",     // unspecified
		"http://169.254.169.254/latest/meta-data", // cloud metadata, link-local
		"http://10.0.0.1:" + port + "/",           // RFC 1918
		"http://192.168.0.1:" + port + "/",        // RFC 1918
	} {
		code, _, body := blocked.addJSON(t, map[string]string{"url": u})
		if code != http.StatusForbidden {
			t.Errorf("POST url %s = %d %s, want 403", u, code, body)
		}
	}
	if hits != 0 {
		t.Errorf("the private origin was fetched %d times", hits)
	}
	for _, u := range []string{"file:///etc/passwd", "gopher://127.0.0.1/", "http://", "javascript:alert(1)"} {
		if code, _, body := blocked.addJSON(t, map[string]string{"url": u}); code != http.StatusUnprocessableEntity {
			t.Errorf("POST url %s = %d %s, want 422", u, code, body)
		}
	}

	allowed := newTestServer(t, func(c *Config) { c.Ingest = &Pipeline{Analyzer: &extractReader{}, AllowPrivate: true} })
	code, ar, body := allowed.addJSON(t, map[string]string{"url": origin.URL + "/article"})
	if code != http.StatusCreated || hits != 1 {
		t.Fatalf("POST private url with AllowPrivate = %d %s (fetched %d times), want 201", code, body, hits)
	}
	if !strings.Contains(ar.Title, "Coast guard") {
		t.Errorf("title = %q, want the article's", ar.Title)
	}
	// A known URL is not fetched again.
	if code, again, _ := allowed.addJSON(t, map[string]string{"url": origin.URL + "/article"}); code != 200 || again.Status != "duplicate" || hits != 1 {
		t.Errorf("POST the same url again = %d %+v (fetched %d times), want 200 duplicate without a fetch", code, again, hits)
	}
}

func TestPipelineOptions(t *testing.T) {
	for _, allow := range []bool{false, true} {
		x := &extractReader{}
		p := &Pipeline{Analyzer: x, AllowPrivate: allow, MaxBytes: 1234}
		p.Ingest(context.Background(), Submission{URL: "http://192.0.2.1/"})
		p.Ingest(context.Background(), Submission{Name: "a.txt", Raw: []byte("Title\n\nText.")})
		for i, o := range x.opts {
			if o.BlockPrivate == allow || o.MaxBytes != 1234 {
				t.Errorf("AllowPrivate=%v: read %d with BlockPrivate=%v MaxBytes=%d, want %v and 1234", allow, i, o.BlockPrivate, o.MaxBytes, !allow)
			}
		}
	}
}
