package server

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"bluf/store"
	"bluf/store/memory"
	_ "bluf/store/sqlite"
	"bluf/store/storetest"
)

// loadArticle returns the i-th generated article of about 60 sentences
// (three of storetest's generated wire reports run together), title first.
func loadArticle(i int) string {
	a := storetest.Generate(i)
	body := a.Body
	for _, k := range []int{1 << 20, 2 << 20} {
		body += "\n\n" + storetest.Generate(i+k).Body
	}
	return a.Title + "\n\n" + body
}

// TestLoad fires 200 concurrent report requests for stored documents at a
// server on loopback and reports the latency percentiles. The p99 target
// (200 ms on a 2-core machine) is enforced when BLUF_LOADTEST=1, and only
// reported otherwise, since a shared CI machine makes it noisy.
//
//	BLUF_LOADTEST=1 go test ./server -run TestLoad -v
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped in -short mode")
	}
	const docs, concurrent = 50, 200
	ctx := context.Background()
	for _, kind := range []string{"memory", "sqlite"} {
		t.Run(kind, func(t *testing.T) {
			st := store.Store(memory.New())
			if kind == "sqlite" {
				var err error
				if st, err = store.Open(ctx, filepath.Join(t.TempDir(), "load.db")); err != nil {
					t.Fatal(err)
				}
				defer st.Close()
			}
			ts := newTestServer(t, func(c *Config) { c.Store = st })
			loadTest(t, ts, st, docs, concurrent)
		})
	}
}

func loadTest(t *testing.T, ts *testServer, st store.Store, docs, concurrent int) {
	ctx := context.Background()
	var ids []string
	for i := range docs {
		r := fakeReport(loadArticle(i))
		res, err := st.Add(ctx, r, store.Source{URL: fmt.Sprintf("https://example.org/load/%d", i)})
		if err != nil || res.Status != store.Added {
			t.Fatalf("add %d: %+v %v", i, res, err)
		}
		ids = append(ids, r.ID)
	}
	base := ts.serve(t)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: concurrent}, Timeout: 30 * time.Second}
	// Close the connections before the server shuts down, which would
	// otherwise wait for connections that never sent a request.
	defer client.CloseIdleConnections()
	paths := func(i int) string {
		id := ids[i%len(ids)]
		switch i % 3 {
		case 0:
			return "/doc/" + id
		case 1:
			return "/api/documents/" + id + "/report?format=md"
		}
		return "/api/documents/" + id + "/report?format=json"
	}
	// Warm up the code paths (not the cache) with a report that is not
	// part of the test.
	warm := fakeReport(loadArticle(docs + 1))
	if _, err := st.Add(ctx, warm, store.Source{}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/doc/", "/api/documents/"} {
		res, err := client.Get(base + p + warm.ID)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
	}

	// The first burst renders every report (the cache is cold: 200
	// requests over 150 distinct renderings); the second finds them
	// rendered.
	for _, burst := range []string{"cold", "warm"} {
		lat, wall, bytes := fire(t, client, base, paths, concurrent)
		p := func(q float64) time.Duration { return lat[min(len(lat)-1, int(q*float64(len(lat))))] }
		t.Logf("%s, %s cache: %d concurrent report requests (html page, md, json) over %d documents: p50 %v, p90 %v, p99 %v, max %v; wall %v, %.0f req/s, %d KiB",
			t.Name(), burst, concurrent, docs, p(0.50).Round(time.Millisecond), p(0.90).Round(time.Millisecond), p(0.99).Round(time.Millisecond),
			lat[len(lat)-1].Round(time.Millisecond), wall.Round(time.Millisecond), float64(concurrent)/wall.Seconds(), bytes>>10)
		if os.Getenv("BLUF_LOADTEST") == "1" && p(0.99) > 200*time.Millisecond {
			t.Errorf("%s cache: p99 = %v, want under 200ms", burst, p(0.99))
		}
	}
}

// fire sends n requests at once and returns their sorted latencies, the
// wall time and the bytes received.
func fire(t *testing.T, client *http.Client, base string, paths func(int) string, n int) ([]time.Duration, time.Duration, int64) {
	lat := make([]time.Duration, n)
	errs := make([]error, n)
	var bytes int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			t0 := time.Now()
			res, err := client.Get(base + paths(i))
			if err != nil {
				errs[i] = err
				return
			}
			m, err := io.Copy(io.Discard, res.Body)
			res.Body.Close()
			lat[i] = time.Since(t0)
			if err == nil && res.StatusCode != 200 {
				err = fmt.Errorf("GET %s: %s", paths(i), res.Status)
			}
			errs[i] = err
			mu.Lock()
			bytes += m
			mu.Unlock()
		}()
	}
	t0 := time.Now()
	close(start)
	wg.Wait()
	wall := time.Since(t0)
	for _, err := range errs {
		if err != nil {
			t.Fatalf("load: %v", err)
		}
	}
	slices.Sort(lat)
	return lat, wall, bytes
}

// BenchmarkReportPage renders the report page of one stored document.
func BenchmarkReportPage(b *testing.B) {
	ts := newTestServer(b, nil)
	r := fakeReport(loadArticle(1))
	if _, err := ts.store.Add(context.Background(), r, store.Source{}); err != nil {
		b.Fatal(err)
	}
	for _, path := range []string{"/doc/" + r.ID, "/api/documents/" + r.ID + "/report?format=md", "/api/documents/" + r.ID} {
		b.Run(strings.TrimPrefix(strings.ReplaceAll(path, r.ID, "ID"), "/"), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				res, _ := ts.get(b, path)
				if res.StatusCode != 200 {
					b.Fatalf("GET %s = %d", path, res.StatusCode)
				}
			}
		})
	}
}
