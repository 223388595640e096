package server

import (
	"container/list"
	"sync"
)

// renderCache keeps rendered reports, least recently used evicted first.
//
// A stored report does not change: its ID is the hash of its text and the
// store never replaces it. What a page shows besides the report (the
// number of stored copies of its story) changes only when a document is
// added, so adding through this server empties the cache. With a store
// shared by several processes, that count may lag until then.
type renderCache struct {
	mu       sync.Mutex
	maxBytes int
	size     int
	lru      *list.List // of *cached, most recent first
	m        map[string]*list.Element
	// inflight are the renderings under way: concurrent requests for
	// the same key wait for one rendering instead of each doing it.
	inflight map[string]*call
	// gen counts resets; a rendering begun before a reset is not kept.
	gen int
}

type call struct {
	done chan struct{}
	val  *cached
	err  error
}

type cached struct {
	key         string
	contentType string
	// csp, when set, replaces the default Content-Security-Policy.
	csp  string
	etag string
	body []byte
}

func newRenderCache(maxBytes int) *renderCache {
	return &renderCache{maxBytes: maxBytes, lru: list.New(), m: map[string]*list.Element{}, inflight: map[string]*call{}}
}

func (c *renderCache) get(key string) (*cached, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.m[key]
	if !ok {
		return nil, false
	}
	c.lru.MoveToFront(el)
	return el.Value.(*cached), true
}

// do returns the value cached under key, or renders it with fn, once
// however many callers ask for it at the same time, and caches it.
func (c *renderCache) do(key string, fn func() (*cached, error)) (*cached, error) {
	c.mu.Lock()
	if el, ok := c.m[key]; ok {
		c.lru.MoveToFront(el)
		v := el.Value.(*cached)
		c.mu.Unlock()
		return v, nil
	}
	if cl, ok := c.inflight[key]; ok {
		c.mu.Unlock()
		<-cl.done
		return cl.val, cl.err
	}
	cl := &call{done: make(chan struct{})}
	c.inflight[key] = cl
	gen := c.gen
	c.mu.Unlock()

	defer close(cl.done)
	cl.val, cl.err = fn()
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.inflight, key)
	if cl.err == nil && gen == c.gen {
		c.putLocked(key, cl.val)
	}
	return cl.val, cl.err
}

// put stores body under key unless it is larger than a quarter of the
// cache.
func (c *renderCache) put(key, contentType, csp string, body []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.putLocked(key, &cached{contentType: contentType, csp: csp, body: body})
}

// putLocked stores v under key; the caller holds c.mu.
func (c *renderCache) putLocked(key string, v *cached) {
	v.key = key
	if len(v.body) > c.maxBytes/4 {
		return
	}
	if el, ok := c.m[key]; ok {
		c.size -= len(el.Value.(*cached).body)
		c.lru.Remove(el)
	}
	c.m[key] = c.lru.PushFront(v)
	c.size += len(v.body)
	for c.size > c.maxBytes {
		el := c.lru.Back()
		v := el.Value.(*cached)
		c.lru.Remove(el)
		delete(c.m, v.key)
		c.size -= len(v.body)
	}
}

// reset empties the cache.
func (c *renderCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.lru.Init()
	clear(c.m)
	c.size = 0
	c.gen++
}
