package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"bluf"
	"bluf/store"
	"bluf/store/sqlite"
	"bluf/store/storetest"
	"bluf/text"
)

// testClean is a stand-in for package extract: the first line of a text
// is its title, tags are stripped from HTML.
func testClean(source string, raw []byte, html bool, pageURL string) (*bluf.Document, error) {
	s := string(raw)
	title := ""
	if html {
		if m := regexp.MustCompile(`(?s)<title>(.*?)</title>`).FindStringSubmatch(s); m != nil {
			title = m[1]
		}
		s = regexp.MustCompile(`(?s)<head>.*?</head>|<[^>]*>`).ReplaceAllString(s, "\n")
	} else if i := strings.IndexByte(s, '\n'); i >= 0 {
		title, s = strings.TrimSpace(s[:i]), s[i+1:]
	}
	body := strings.TrimSpace(s)
	if body == "" {
		return nil, errors.New("empty")
	}
	sum := sha256.Sum256([]byte(body))
	return &bluf.Document{ID: hex.EncodeToString(sum[:])[:16], Source: source, Title: title, Body: body, Dropped: []bluf.Dropped{}}, nil
}

type testAnalyzer struct{}

func (testAnalyzer) Analyze(doc *bluf.Document) *bluf.Report {
	doc.Paragraphs = text.Paragraphs(doc.Body)
	doc.Sentences = text.Sentences(doc.Body, doc.Paragraphs)
	r := &bluf.Report{Schema: bluf.SchemaID, ID: doc.ID, Title: doc.Title, Source: doc.Source, Body: doc.Body, Sentences: doc.Sentences}
	if doc.Publisher != "" {
		r.Publisher = &doc.Publisher
	}
	if doc.Published != "" {
		r.Published = &doc.Published
	}
	return r
}

func openDB(t testing.TB) store.Store {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "bluf.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func article(n int) string {
	a := storetest.Generate(n)
	return a.Title + "\n\n" + a.Body + "\n"
}

type collector struct {
	mu  sync.Mutex
	res []Result
}

func (c *collector) add(r Result) {
	c.mu.Lock()
	c.res = append(c.res, r)
	c.mu.Unlock()
}

func (c *collector) bySource() map[string]Result {
	m := map[string]Result{}
	for _, r := range c.res {
		m[r.Source] = r
	}
	return m
}

func ingest(t *testing.T, st store.Store, opt Options, sources ...string) (Summary, *collector) {
	t.Helper()
	if opt.Clean == nil {
		opt.Clean = testClean
	}
	var c collector
	sum, err := Ingest(context.Background(), st, testAnalyzer{}, sources, opt, c.add)
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if sum.Total() != len(c.res) {
		t.Errorf("summary %v counts %d items, reported %d", sum, sum.Total(), len(c.res))
	}
	return sum, &c
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestIngestDirectoryTwice(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), article(1))
	write(t, filepath.Join(dir, "b.md"), article(2))
	write(t, filepath.Join(dir, "sub", "c"), article(3))
	write(t, filepath.Join(dir, "sub", "d.html"), "<html><head><title>Kidal</title></head><body><p>"+storetest.Generate(4).Body+"</p></body></html>")
	write(t, filepath.Join(dir, "logo.png"), "\x89PNG\r\n\x1a\nbinary")
	write(t, filepath.Join(dir, "blob.bin"), "abc\x00\x01\x02def")
	write(t, filepath.Join(dir, ".hidden", "e.txt"), article(5))
	st := openDB(t)

	sum, c := ingest(t, st, Options{Jobs: 3}, dir)
	if want := (Summary{Ingested: 4, Failed: 2}); sum != want {
		t.Errorf("first ingest = %v, want %v", sum, want)
	}
	got := c.bySource()
	for _, bin := range []string{"logo.png", "blob.bin"} {
		r := got[filepath.Join(dir, bin)]
		if r.Status != Failed || r.Err == nil || !strings.Contains(r.Err.Error(), "unsupported") {
			t.Errorf("%s: %+v, want failed as unsupported", bin, r)
		}
	}
	sum, c = ingest(t, st, Options{Jobs: 2}, dir)
	if want := (Summary{Duplicates: 4, Failed: 2}); sum != want {
		t.Errorf("second ingest = %v, want %v", sum, want)
	}
	for _, r := range c.res {
		if r.Status == store.Duplicate && !r.Skipped {
			t.Errorf("%s: re-read on resume, want skipped by path", r.Source)
		}
	}
	// The same text under another name is a duplicate after reading.
	write(t, filepath.Join(t.TempDir(), "x"), "")
	other := filepath.Join(t.TempDir(), "copy.txt")
	write(t, other, article(1))
	sum, _ = ingest(t, st, Options{}, other)
	if want := (Summary{Duplicates: 1}); sum != want {
		t.Errorf("ingest of a renamed copy = %v, want %v", sum, want)
	}
	if n, _ := st.Count(context.Background()); n != 4 {
		t.Errorf("Count = %d, want 4", n)
	}
}

func TestIngestNearDuplicate(t *testing.T) {
	dir := t.TempDir()
	a := storetest.Generate(7)
	write(t, filepath.Join(dir, "1.txt"), a.Title+"\n"+a.Body)
	st := openDB(t)
	ingest(t, st, Options{}, filepath.Join(dir, "1.txt"))
	copyText := "Exclusive: a new headline for the same wire copy\nAdvertisement\n\n" + a.Body + "\n\nFollow us on social media.\nMore stories from the region."
	write(t, filepath.Join(dir, "2.txt"), copyText)
	sum, c := ingest(t, st, Options{}, filepath.Join(dir, "2.txt"))
	if sum.NearDuplicates != 1 {
		t.Errorf("ingest of a republished copy = %v (%+v), want 1 near-duplicate", sum, c.res)
	}
}

func TestIngestStdin(t *testing.T) {
	st := openDB(t)
	in := article(9)
	sum, _ := ingest(t, st, Options{Extract: extractOpts(in)}, "-")
	if sum.Ingested != 1 {
		t.Errorf("stdin ingest = %v, want 1 ingested", sum)
	}
	sum, _ = ingest(t, st, Options{Extract: extractOpts(in)}, "-")
	if sum.Duplicates != 1 {
		t.Errorf("stdin again = %v, want 1 duplicate", sum)
	}
}

func rssFeed(base string, n int, extra string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Sahel Monitor</title>`)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<item><title>Item %d</title><link>%s/a/%d</link><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item>`, i, base, i)
	}
	b.WriteString(extra)
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func feedServer(t *testing.T, items int) *httptest.Server {
	var srv *httptest.Server
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rssFeed(srv.URL, items,
			`<item><title>Gone</title><link>/missing</link></item><item><title>Inline</title><description>`+
				htmlEscape(storetest.Generate(99999).Body)+`</description></item>`))
	})
	mux.HandleFunc("/bad.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item><link>`)
	})
	mux.HandleFunc("/a/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/a/"), "%d", &n)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, article(1000+n))
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestIngestFeedAndBadInput(t *testing.T) {
	srv := feedServer(t, 5)
	st := openDB(t)
	sum, c := ingest(t, st, Options{Jobs: 4}, srv.URL+"/feed.xml", srv.URL+"/bad.xml", "http://127.0.0.1:1/unreachable", filepath.Join(t.TempDir(), "no-such-file"))
	// 5 linked items and 1 inline item; failed: one 404 item, the
	// malformed feed, the unreachable URL and the missing file.
	if want := (Summary{Ingested: 6, Failed: 4}); sum != want {
		t.Errorf("Ingest = %v, want %v", sum, want)
		for _, r := range c.res {
			t.Logf("%s %s %v", r.Source, r.Status, r.Err)
		}
	}
	got := c.bySource()
	for src, want := range map[string]string{
		srv.URL + "/missing":             "404",
		srv.URL + "/bad.xml":             "parse feed",
		"http://127.0.0.1:1/unreachable": "fetch",
	} {
		if r := got[src]; r.Status != Failed || r.Err == nil || !strings.Contains(r.Err.Error(), want) {
			t.Errorf("%s: %+v, want failure mentioning %q", src, r, want)
		}
	}
	// Feed metadata fills what the page lacks.
	ls, err := st.List(context.Background(), store.Filter{Publisher: "Sahel Monitor"})
	if err != nil || len(ls) != 6 || ls[0].Published != "2025-06-02" {
		t.Errorf("List(publisher from feed) = %d docs (%v), want 6 dated 2025-06-02", len(ls), err)
	}
	// A re-run skips every known item before fetching it.
	sum, _ = ingest(t, st, Options{}, srv.URL+"/feed.xml")
	if want := (Summary{Duplicates: 6, Failed: 1}); sum != want {
		t.Errorf("re-run = %v, want %v", sum, want)
	}
}

// fastStore is an in-memory stand-in that keeps only what Ingest needs,
// so that a 10,000-item feed tests Ingest and not the database.
type fastStore struct {
	store.Store
	mu   sync.Mutex
	urls map[string]string
	ids  map[string]bool
}

func (s *fastStore) Known(ctx context.Context, url, id string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if d, ok := s.urls[url]; ok && url != "" {
		return d, nil
	}
	if s.ids[id] {
		return id, nil
	}
	return "", store.ErrNotFound
}

func (s *fastStore) Add(ctx context.Context, r *bluf.Report, src store.Source) (store.AddResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := store.Added
	if s.ids[r.ID] {
		st = store.Duplicate
	}
	s.ids[r.ID] = true
	s.urls[src.URL] = r.ID
	return store.AddResult{ID: r.ID, Status: st, Story: r.ID}, nil
}

func TestIngestLargeFeed(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 1000
	}
	srv := feedServer(t, n)
	st := &fastStore{urls: map[string]string{}, ids: map[string]bool{}}
	sum, _ := ingest(t, st, Options{Jobs: 8}, srv.URL+"/feed.xml")
	if want := (Summary{Ingested: n + 1, Failed: 1}); sum != want {
		t.Errorf("Ingest(%d-item feed) = %v, want %v", n, sum, want)
	}
}

func TestIngestMaxFeedItems(t *testing.T) {
	srv := feedServer(t, 20)
	st := &fastStore{urls: map[string]string{}, ids: map[string]bool{}}
	sum, c := ingest(t, st, Options{MaxFeedItems: 5}, srv.URL+"/feed.xml")
	if sum.Ingested != 5 || sum.Failed != 1 {
		t.Errorf("Ingest(MaxFeedItems 5) = %v (%d results), want 5 ingested and the feed reported", sum, len(c.res))
	}
}

func TestIngestCancel(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 50; i++ {
		write(t, filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), article(i))
	}
	st := openDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	var once sync.Once
	n := 0
	sum, err := Ingest(ctx, st, testAnalyzer{}, []string{dir}, Options{Jobs: 2, Clean: testClean}, func(Result) {
		n++
		if n == 10 {
			once.Do(cancel)
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Ingest after cancel: err = %v, want context.Canceled", err)
	}
	if sum.Total() >= 50 {
		t.Errorf("cancelled ingest processed all %d items", sum.Total())
	}
	stored, _ := st.Count(context.Background())
	// A re-run resumes: everything ends up stored exactly once.
	sum2, _ := ingest(t, st, Options{}, dir)
	if sum2.Ingested+stored != 50 || sum2.Duplicates != stored {
		t.Errorf("resume after %d stored = %v, want %d ingested and %d duplicates", stored, sum2, 50-stored, stored)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		source, ctype, raw string
		want               string
	}{
		{"a.txt", "", "Plain words.", "text"},
		{"a", "", "<!DOCTYPE html><html><body>x</body></html>", "html"},
		{"https://x.example/p", "text/html; charset=utf-8", "anything", "html"},
		{"a.html", "", "not really html", "html"},
		{"a.pdf", "", "%PDF-1.7 ...", "error"},
		{"https://x.example/i", "image/png", "\x89PNG....", "error"},
		{"https://x.example/j", "application/octet-stream", "bytes", "error"},
		{"a", "", "caf\xe9 au lait, d\xe9j\xe0 vu, in Latin-1 with enough ASCII around it", "text"},
	}
	for _, tt := range tests {
		got, err := sniff(tt.source, []byte(tt.raw), tt.ctype)
		if err != nil {
			got = "error"
		}
		if got != tt.want {
			t.Errorf("sniff(%q, %q) = %q (%v), want %q", tt.source, tt.ctype, got, err, tt.want)
		}
	}
}

func TestIsFeed(t *testing.T) {
	tests := []struct {
		raw, ctype string
		want       bool
	}{
		{`<?xml version="1.0"?><rss version="2.0">`, "", true},
		{"\ufeff  <feed xmlns=\"http://www.w3.org/2005/Atom\">", "", true},
		{`<rdf:RDF xmlns:rdf="x">`, "text/xml", true},
		{`{"version": "https://jsonfeed.org/version/1.1", "items": []}`, "", true},
		{`<html><body>rss</body></html>`, "", false},
		{`anything`, "application/atom+xml", true},
		{`<rss>`, "text/html", false},
		{``, "", false},
	}
	for _, tt := range tests {
		if got := isFeed([]byte(tt.raw), tt.ctype); got != tt.want {
			t.Errorf("isFeed(%q, %q) = %v, want %v", tt.raw, tt.ctype, got, tt.want)
		}
	}
}

func FuzzSniff(f *testing.F) {
	f.Add("a.txt", "", []byte("text"))
	f.Add("x", "application/rss+xml", []byte("<rss><channel>"))
	f.Fuzz(func(t *testing.T, source, ctype string, raw []byte) {
		sniff(source, raw, ctype)
		isFeed(raw, ctype)
	})
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(rssFeed("http://x.example", 2, "")))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="/a"/></entry></feed>`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var c collector
		in := &ingester{st: &fastStore{urls: map[string]string{}, ids: map[string]bool{}}, an: testAnalyzer{}, report: c.add,
			opt: Options{Jobs: 1, MaxFeedItems: 10, Clean: testClean, Fetch: func(context.Context, string, extractOptions) ([]byte, string, string, error) {
				return nil, "", "", errors.New("offline")
			}}, sem: make(chan struct{}, 1)}
		in.opt.Now = fixedNow
		in.feed(context.Background(), item{source: "http://x.example/feed"}, raw, "")
		in.wg.Wait()
	})
}

func BenchmarkIngestText(b *testing.B) {
	dir := b.TempDir()
	const n = 500
	for i := 0; i < n; i++ {
		write(&testing.T{}, filepath.Join(dir, fmt.Sprintf("%04d.txt", i)), article(i))
	}
	var total int
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := Ingest(context.Background(), st, testAnalyzer{}, []string{dir}, Options{Clean: testClean}, nil)
		if err != nil || sum.Ingested != n {
			b.Fatalf("Ingest = %v, %v", sum, err)
		}
		total += n
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "docs/s")
}

func extractOpts(stdin string) extractOptions {
	return extractOptions{Stdin: bytes.NewReader([]byte(stdin))}
}

func TestIngestExclude(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), article(21))
	write(t, filepath.Join(dir, "corpus.db"), "SQLite format 3\x00binary")
	write(t, filepath.Join(dir, "corpus.db-wal"), "\x00\x01binary")
	abs, _ := filepath.Abs(filepath.Join(dir, "corpus.db"))
	sum, c := ingest(t, openDB(t), Options{Exclude: []string{abs, abs + "-wal"}}, dir)
	if want := (Summary{Ingested: 1}); sum != want {
		t.Errorf("Ingest with the database excluded = %v (%+v), want %v", sum, c.res, want)
	}
}

func TestIsHostName(t *testing.T) {
	for _, tc := range []struct {
		pub, url string
		want     bool
	}{
		{"www.example.org", "https://example.org/a", true},
		{"Example.org", "https://www.example.org/a", true},
		{"127.0.0.1:8080", "http://127.0.0.1:8080/x", true},
		{"127.0.0.1", "http://127.0.0.1:8080/x", true},
		{"Sahel Monitor", "https://example.org/a", false},
		{"example.org", "/local/file.txt", false},
	} {
		if got := isHostName(tc.pub, tc.url); got != tc.want {
			t.Errorf("isHostName(%q, %q) = %v, want %v", tc.pub, tc.url, got, tc.want)
		}
	}
}
