package tokenize

import (
	"hash/maphash"
	"math/bits"
	"strings"
	"sync"
	"sync/atomic"
)

// spanCache remembers the tokens of the spans (runs of text between
// separators) a Tokenizer has seen, with their lexemes: they are a pure
// function of the span's text, so a word seen before is neither split,
// normalised nor stemmed again. It is the cache type of cache.go (a
// snapshot read without locks, a pending map under a mutex, a bound on
// entries) with a snapshot laid out for the tokenizer's inner loop: an
// open-addressing table of (hash, entry) slots whose entries hold short
// keys and a one-token span's lexeme inline, so that a lookup reads a slot
// and one entry, where a Go map read its group, the key's bytes, the token
// list and the lexeme, each a cache miss on a busy machine.
type spanCache struct {
	k0, k1 uint64 // the hash's keys, random per cache
	snap   atomic.Pointer[spanSnap]
	full   atomic.Bool

	mu      sync.Mutex
	pending map[uint64]*spanEntry // by the span's hash
	hits    int                   // lookups pending answered since the last snapshot
	n, max  int
}

// spanSnap is an immutable open-addressing table, at most half full.
type spanSnap struct {
	slots []spanSlot
	n     int
}

type spanSlot struct {
	h uint64
	e *spanEntry // nil: empty
}

// spanInline is the longest key a spanEntry holds inline.
const spanInline = 24

// spanEntry is one span's tokens. Immutable once made.
type spanEntry struct {
	h    uint64  // the key's hash
	a, b uint64  // the words spanKey read, which spell out a key of up to 16 bytes
	klen uint8   // the key's length (spans of up to maxCachedSpan bytes)
	one  bool    // the span is one token
	lex  Lexeme  // the lexeme of the only token, when one
	ps   []piece // the tokens, when not one
	key  string  // the span's text, when longer than spanInline
	kb   [spanInline]byte
}

// spanKey is what the cache finds a span by: its hash and the two words of
// it the hash read (see spanCache.key).
type spanKey struct{ h, a, b uint64 }

// matches reports whether e is the entry of the span s, whose key is k. A
// span of up to 16 bytes is spelt out by its length and the words of k,
// which together cover every byte of it (see spanCache.key), so comparing
// them compares the text; a longer span's text is compared.
func (e *spanEntry) matches(s string, k spanKey) bool {
	if len(s) != int(e.klen) {
		return false
	}
	if len(s) <= 16 {
		return e.a == k.a && e.b == k.b
	}
	return e.is(s)
}

// is reports whether e is the entry of the span s.
func (e *spanEntry) is(s string) bool {
	if len(s) != int(e.klen) {
		return false
	}
	if len(s) <= spanInline {
		return string(e.kb[:len(s)]) == s
	}
	return e.key == s
}

func newSpanCache(max int) *spanCache {
	seed := maphash.MakeSeed()
	c := &spanCache{k0: maphash.Comparable(seed, 0) | 1, k1: maphash.Comparable(seed, 1) | 1, max: max}
	c.snap.Store(&spanSnap{slots: make([]spanSlot, 8)})
	return c
}

// key returns the key of the span s: its hash, a keyed hash that reads s eight
// bytes at a time and folds each pair of words into the state with one
// 64×64→128-bit multiply, keyed at random per cache so that no input
// can be made to collide on purpose. A span is short (a word, mostly, and
// at most maxCachedSpan bytes when cached): where maphash's general entry
// point cost a seed set-up and a call into the runtime per span, this is a
// few loads and one multiply for a word.
//
// The two words it reads last, a and b, are part of the key: for a span of
// up to 16 bytes they cover every byte (8 to 16 bytes: the first eight and
// the last eight; 4 to 7: the first four and the last four; 1 to 3: the
// first, middle and last bytes), so that with the length they spell the
// span out.
func (c *spanCache) key(s string) spanKey {
	n := len(s)
	h := c.k0 ^ uint64(n)
	var a, b uint64
	if n > 16 {
		i := 0
		for ; i+16 < n; i += 16 {
			h = mulFold(load64(s, i)^c.k1, load64(s, i+8)^h)
		}
		a, b = load64(s, n-16), load64(s, n-8)
	} else {
		a, b = shortWords(s)
	}
	return spanKey{mulFold(a^c.k1, b^h), a, b}
}

// shortWords returns the two words that, with its length, spell out a span
// s of up to 16 bytes (see key).
func shortWords(s string) (a, b uint64) {
	n := len(s)
	switch {
	case n >= 8:
		a, b = load64(s, 0), load64(s, n-8)
	case n >= 4:
		a, b = uint64(load32(s, 0)), uint64(load32(s, n-4))
	case n > 0:
		a = uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1])
	}
	return a, b
}

// lookup returns the snapshot's entry of the span s, or nil: find(s,
// key(s)) in one call, which for a span of up to 16 bytes (most of any
// text's) works out the key and probes the table with nothing spilled,
// where the two calls each made the tokenizer's loop save and reload its
// state.
func (c *spanCache) lookup(s string) *spanEntry {
	n := len(s)
	if n > 16 {
		return c.snap.Load().findLong(s, c.key(s))
	}
	// shortWords, written out (it is too large to inline); TestLookupIsFind
	// holds the two to the same words.
	var a, b uint64
	switch {
	case n >= 8:
		a, b = load64(s, 0), load64(s, n-8)
	case n >= 4:
		a, b = uint64(load32(s, 0)), uint64(load32(s, n-4))
	case n > 0:
		a = uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1])
	}
	h := mulFold(a^c.k1, b^(c.k0^uint64(n)))
	snap := c.snap.Load()
	mask := uint64(len(snap.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &snap.slots[i]
		if sl.e == nil {
			return nil
		}
		if e := sl.e; sl.h == h && int(e.klen) == n && e.a == a && e.b == b {
			return e
		}
	}
}

// mulFold multiplies a by b and folds the 128-bit product to 64 bits.
func mulFold(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// load64 reads s[i:i+8] as a little-endian word (the compiler makes it one
// load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 reads s[i:i+4] as a little-endian word.
func load32(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// get returns the entry of the span s, whose key is k, or nil.
func (c *spanCache) get(s string, k spanKey) *spanEntry {
	if e := c.snap.Load().find(s, k); e != nil {
		return e
	}
	return c.getPending(s, k.h)
}

// find returns the snapshot's entry of the span s, whose key is k, or nil.
func (snap *spanSnap) find(s string, k spanKey) *spanEntry {
	if len(s) > 16 {
		return snap.findLong(s, k)
	}
	// A span of up to 16 bytes is compared by its length and key words
	// (see matches), with no call: the probe spills nothing.
	mask := uint64(len(snap.slots) - 1)
	for i := k.h & mask; ; i = (i + 1) & mask {
		sl := &snap.slots[i]
		if sl.e == nil {
			return nil
		}
		if e := sl.e; sl.h == k.h && int(e.klen) == len(s) && e.a == k.a && e.b == k.b {
			return e
		}
	}
}

// findLong is find for a span of more than 16 bytes, whose text is
// compared.
func (snap *spanSnap) findLong(s string, k spanKey) *spanEntry {
	mask := uint64(len(snap.slots) - 1)
	for i := k.h & mask; ; i = (i + 1) & mask {
		sl := &snap.slots[i]
		if sl.e == nil {
			return nil
		}
		if sl.h == k.h && sl.e.matches(s, k) {
			return sl.e
		}
	}
}

// getPending returns the pending entry of the span s, whose hash is h, or
// nil: get's lookup past the snapshot.
func (c *spanCache) getPending(s string, h uint64) *spanEntry {
	if c.max <= 0 || c.full.Load() {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.pending[h]
	if e == nil || !e.is(s) {
		return nil
	}
	// A span found here is one the snapshot should hold: once as many
	// lookups have come here as a quarter of the snapshot's size, it is
	// worth publishing what is pending, even short of the size trigger.
	if c.hits++; c.hits >= max(minPublish, c.snap.Load().n/4) {
		c.publish()
	}
	return e
}

// makeEntry works out the entry of the span s, whose key is k.
func (t *Tokenizer) makeEntry(s string, k spanKey) *spanEntry {
	e := &spanEntry{h: k.h, a: k.a, b: k.b, klen: uint8(len(s))}
	if len(s) <= spanInline {
		copy(e.kb[:], s)
	} else {
		e.key = strings.Clone(s)
	}
	if !needsSplit(s) {
		// One token, whose lexeme the entry holds: it is worked out here,
		// not looked up in (or added to) the lexeme cache.
		norm := Normalize(s)
		if norm == s {
			norm = e.keyString()
		} else {
			norm = strings.Clone(norm)
		}
		e.lex.init(norm, flagsOf(norm), nil)
		e.one = true
		return e
	}
	e.ps = t.pieces(s)
	return e
}

// put stores e unless the cache is full or holds its span already, and
// returns the entry the cache holds for the span (e when it holds none).
func (c *spanCache) put(s string, e *spanEntry) *spanEntry {
	if c.max <= 0 || c.full.Load() {
		return e
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	snap := c.snap.Load()
	mask := uint64(len(snap.slots) - 1)
	for i := e.h & mask; snap.slots[i].e != nil; i = (i + 1) & mask {
		if sl := snap.slots[i]; sl.h == e.h && sl.e.is(s) {
			return sl.e
		}
	}
	if old, ok := c.pending[e.h]; ok {
		if old.is(s) {
			return old
		}
		return e // another span with the same hash is pending: not stored
	}
	if c.n >= c.max {
		return e
	}
	if c.pending == nil {
		c.pending = map[uint64]*spanEntry{}
	}
	c.pending[e.h] = e
	c.n++
	if c.n == c.max || len(c.pending) >= max(minPublish, snap.n/4) {
		c.publish()
	}
	return e
}

// publish makes a snapshot of the published and the pending entries. The
// caller holds c.mu.
func (c *spanCache) publish() {
	snap := c.snap.Load()
	size := len(snap.slots)
	for size < 2*c.n {
		size *= 2
	}
	next := &spanSnap{slots: make([]spanSlot, size), n: c.n}
	for _, sl := range snap.slots {
		if sl.e != nil {
			next.insert(sl.e)
		}
	}
	for _, e := range c.pending {
		next.insert(e)
	}
	c.snap.Store(next)
	c.pending, c.hits = nil, 0
	if c.n == c.max {
		c.full.Store(true)
	}
}

// keyString returns e's span text as a string of its own.
func (e *spanEntry) keyString() string {
	if e.key != "" {
		return e.key
	}
	return string(e.kb[:e.klen])
}

// insert adds e to a table being built.
func (s *spanSnap) insert(e *spanEntry) {
	mask := uint64(len(s.slots) - 1)
	i := e.h & mask
	for s.slots[i].e != nil {
		i = (i + 1) & mask
	}
	s.slots[i] = spanSlot{e.h, e}
}

// len reports how many spans the cache holds.
func (c *spanCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}
