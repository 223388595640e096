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
}

type cached struct {
	key         string
	contentType string
	// csp, when set, replaces the default Content-Security-Policy.
	csp  string
	body []byte
}

func newRenderCache(maxBytes int) *renderCache {
	return &renderCache{maxBytes: maxBytes, lru: list.New(), m: map[string]*list.Element{}}
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

// put stores body under key unless it is larger than a quarter of the
// cache.
func (c *renderCache) put(key, contentType, csp string, body []byte) {
	if len(body) > c.maxBytes/4 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.m[key]; ok {
		c.size -= len(el.Value.(*cached).body)
		c.lru.Remove(el)
	}
	c.m[key] = c.lru.PushFront(&cached{key: key, contentType: contentType, csp: csp, body: body})
	c.size += len(body)
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
}
