package tokenize

import (
	"sync"
	"sync/atomic"
)

// cache is a bounded, concurrency-safe map from strings to immutable values,
// built for the hot path's read-mostly lookups (a word's stem, a span's
// split): nearly every lookup finds its key, and a value, once stored, never
// changes.
//
// Readers look the key up in an immutable snapshot (a plain Go map behind an
// atomic pointer) without locking. New entries first go to a small pending
// map under a mutex; when it holds a quarter as many entries as the
// snapshot, a new snapshot holding both is published. Each entry is so
// copied a bounded number of times on average (about four), and a warm cache
// costs one atomic load and one map read per lookup: no interface boxing, no
// lock, no shared write, where sync.Map's tree of entries cost several cache
// misses a lookup.
//
// The cache holds at most max entries; past that, new keys are computed by
// the caller and not stored, so memory stays bounded on an unbounded stream
// of new words. A key is stored as given: callers pass a copy, so that a key
// cut from a large document does not keep the document alive.
type cache[V any] struct {
	snap atomic.Pointer[map[string]V]
	full atomic.Bool // n == max: put stores nothing

	mu      sync.Mutex
	pending map[string]V // stored but not yet in snap
	hits    int          // lookups pending answered since the last snapshot
	n       int          // len(*snap) + len(pending)
	max     int
}

// minPublish is the fewest pending entries that make a new snapshot while
// the cache is small.
const minPublish = 64

func newCache[V any](max int) *cache[V] {
	c := &cache[V]{max: max}
	m := map[string]V{}
	c.snap.Store(&m)
	return c
}

// get returns the value stored for k.
func (c *cache[V]) get(k string) (V, bool) {
	if v, ok := (*c.snap.Load())[k]; ok {
		return v, true
	}
	var zero V
	if c.max <= 0 || c.full.Load() {
		return zero, false // nothing is pending
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.pending[k]
	if !ok {
		return zero, false
	}
	// Keys found here belong in the snapshot: publish once they have
	// answered as many lookups as a quarter of its size, even short of
	// the size trigger, so that a cache that stops growing does not leave
	// its last entries behind the mutex.
	if c.hits++; c.hits >= max(minPublish, len(*c.snap.Load())/4) {
		c.publish()
	}
	return v, true
}

// put stores v for k unless the cache is full or holds k already, and
// returns the value the cache holds for k (v when it holds none).
func (c *cache[V]) put(k string, v V) V {
	if c.max <= 0 || c.full.Load() {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	snap := *c.snap.Load()
	if old, ok := snap[k]; ok {
		return old
	}
	if old, ok := c.pending[k]; ok {
		return old
	}
	if c.n >= c.max {
		return v
	}
	if c.pending == nil {
		c.pending = map[string]V{}
	}
	c.pending[k] = v
	c.n++
	if c.n == c.max || len(c.pending) >= max(minPublish, len(snap)/4) {
		c.publish()
	}
	return v
}

// publish makes a snapshot of the published and the pending entries. The
// caller holds c.mu.
func (c *cache[V]) publish() {
	snap := *c.snap.Load()
	next := make(map[string]V, c.n)
	for k, v := range snap {
		next[k] = v
	}
	for k, v := range c.pending {
		next[k] = v
	}
	c.snap.Store(&next)
	c.pending, c.hits = nil, 0
	if c.n == c.max {
		c.full.Store(true)
	}
}

// len reports how many entries the cache holds.
func (c *cache[V]) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}
