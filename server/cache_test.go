package server

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestRenderCacheEvicts(t *testing.T) {
	c := newRenderCache(100)
	for i := range 10 {
		c.put(fmt.Sprint(i), "text/plain", "", make([]byte, 20))
	}
	if c.size > 100 {
		t.Errorf("size = %d, over the 100-byte bound", c.size)
	}
	if _, ok := c.get("0"); ok {
		t.Error("oldest entry still cached")
	}
	if _, ok := c.get("9"); !ok {
		t.Error("newest entry evicted")
	}
	c.put("big", "text/plain", "", make([]byte, 60))
	if _, ok := c.get("big"); ok {
		t.Error("an entry over a quarter of the cache was kept")
	}
	c.reset()
	if _, ok := c.get("9"); ok || c.size != 0 {
		t.Error("reset left entries")
	}
}

// TestCacheFollowsAdds checks that a cached report page shows what
// changed after another copy of its story is added.
func TestCacheFollowsAdds(t *testing.T) {
	ts := newTestServer(t, nil)
	ts.ing.fetch = func(_ context.Context, _ string) ([]byte, error) { return []byte(example(t, "sahel.txt")), nil }
	_, ar, _ := ts.addJSON(t, map[string]string{"url": "https://example.org/a"})
	_, first := ts.get(t, "/doc/"+ar.ID)
	_, again := ts.get(t, "/doc/"+ar.ID)
	if first != again {
		t.Error("the same page rendered twice differs")
	}
	if strings.Contains(first, "copies of this story") {
		t.Fatal("one copy shown as several")
	}
	if code, dup, _ := ts.addJSON(t, map[string]string{"url": "https://mirror.example.net/a"}); code != http.StatusOK || dup.ID != ar.ID {
		t.Fatalf("adding a copy = %d %+v", code, dup)
	}
	_, after := ts.get(t, "/doc/"+ar.ID)
	if !strings.Contains(after, "2 copies of this story") {
		t.Error("page still cached after a copy was added")
	}
	if !strings.Contains(after, `href="https://mirror.example.net/a"`) || !strings.Contains(after, "added 2025-03-15") {
		t.Error("the copies are not listed with their address and date")
	}
}

// TestRenderCacheOnce checks that concurrent requests for one rendering
// render it once, and that a rendering begun before a reset is not kept.
func TestRenderCacheOnce(t *testing.T) {
	c := newRenderCache(1 << 20)
	var calls atomic.Int32
	release := make(chan struct{})
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := c.do("k", func() (*cached, error) {
				calls.Add(1)
				<-release
				return &cached{body: []byte("x")}, nil
			})
			if err != nil || string(v.body) != "x" {
				t.Errorf("do = %v, %v", v, err)
			}
		}()
	}
	time.Sleep(50 * time.Millisecond)
	close(release)
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Errorf("rendered %d times, want once", n)
	}

	started := make(chan struct{})
	done := make(chan struct{})
	go func() {
		c.do("stale", func() (*cached, error) {
			close(started)
			<-done
			return &cached{body: []byte("old")}, nil
		})
	}()
	<-started
	c.reset()
	close(done)
	time.Sleep(20 * time.Millisecond)
	if _, ok := c.get("stale"); ok {
		t.Error("a rendering begun before reset was cached")
	}
}
