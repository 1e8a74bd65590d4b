package features

import (
	"slices"

	"github.com/stancekit/stancekit/internal/hugemem"
)

// table maps 64-bit feature hashes to feature indices with open addressing
// and linear probing. It replaces a Go map on the Transform path, where a
// statement with character n-grams makes several hundred lookups: one probe
// sequence in a flat slice costs about one cache miss and no hashing of the
// key (the key already is a hash).
type table struct {
	slots []slot
	shift uint // 64 - log2(len(slots))
	n     int
}

// slot holds a key and its value plus one; Val 0 marks an empty slot. It
// is the exported IndexSlot, so that a table compiled into a program as Go
// data is used in place (see IndexOf).
type slot = IndexSlot

// tableSize returns the slot count of an open-addressing table for n keys
// at a load factor of at most 1/2 (a power of two, at least 8), and the
// shift home takes for it: 64 - log2(size).
func tableSize(n int) (size int, shift uint) {
	size, bits := 8, uint(3)
	for size < 2*n {
		size <<= 1
		bits++
	}
	return size, 64 - bits
}

// home is the first slot probed for h in a table with the given shift:
// Fibonacci hashing spreads the high bits, so FNV's weak low bits do not
// cluster the probes. A table's shift is below 64 (tableSize's sizes are
// at least 8): masking it says so to the compiler, which then drops the
// test Go's shifts make for a count of 64 or more (three instructions a
// probe, for one).
func home(h uint64, shift uint) uint64 { return (h * 0x9e3779b97f4a7c15) >> (shift & 63) }

// newTable returns a table sized for n keys at a load factor of at most 1/2.
func newTable(n int) *table {
	size, shift := tableSize(n)
	return &table{slots: make([]slot, size), shift: shift}
}

// newFinalTable is newTable for a table filled once and then only read,
// a fitted vocabulary's: its slots, read at random, a probe per n-gram,
// lie in huge pages when the table is large (see hugemem).
func newFinalTable(n int) *table {
	size, shift := tableSize(n)
	t := &table{shift: shift}
	t.slots = hugemem.Make[slot](t, size)
	return t
}

func (t *table) home(h uint64) uint64 { return home(h, t.shift) }

// get returns the value stored for h.
func (t *table) get(h uint64) (int32, bool) {
	mask := uint64(len(t.slots) - 1)
	for i := t.home(h); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.Val == 0 {
			return 0, false
		}
		if s.Key == h {
			return s.Val - 1, true
		}
	}
}

// touch reads the first slot get probes for each of hs and returns the
// values read, or-ed, for the caller to keep. get's loop branches on
// whether each slot holds the key, which a statement's n-grams make hard
// to predict, and a mispredicted branch discards the loads begun after it:
// so the cache misses of the lookups come one after another. Read here
// first, in a loop with no branch, they overlap, and get finds the slots
// in the cache.
func (t *table) touch(hs []uint64) int32 {
	var or int32
	for _, h := range hs {
		or |= t.slots[t.home(h)].Val
	}
	return or
}

// put stores v for h unless h is present, and returns the stored value and
// whether it was already there. The table grows as needed.
func (t *table) put(h uint64, v int32) (int32, bool) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.home(h); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.Val == 0 {
			s.Key, s.Val = h, v+1
			t.n++
			return v, false
		}
		if s.Key == h {
			return s.Val - 1, true
		}
	}
}

func (t *table) grow() {
	old := t.slots
	t.slots = make([]slot, 2*len(old))
	t.shift--
	mask := uint64(len(t.slots) - 1)
	for _, s := range old {
		if s.Val == 0 {
			continue
		}
		i := t.home(s.Key)
		for t.slots[i].Val != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// len returns the number of keys.
func (t *table) len() int { return t.n }

// sortIndices sorts the non-negative indices in x in place, using tmp as
// scratch space (grown as needed and returned). Vectors of a few hundred
// indices (character n-grams) are where an LSD radix sort on bytes beats a
// comparison sort severalfold; below radixFrom (word n-grams: a statement
// has some tens) pattern-defeating quicksort is faster than either radix or
// insertion sort.
func sortIndices(x, tmp []int32) []int32 {
	n := len(x)
	if n < radixFrom {
		slices.Sort(x)
		return tmp
	}
	var hi int32
	for _, v := range x {
		hi = max(hi, v)
	}
	if cap(tmp) < n {
		tmp = make([]int32, n)
	}
	tmp = tmp[:n]
	src, dst := x, tmp
	for shift := uint(0); shift < 32 && hi>>shift > 0; shift += 8 {
		var count [257]int
		for _, v := range src {
			count[(v>>shift)&0xff+1]++
		}
		for i := 1; i < 257; i++ {
			count[i] += count[i-1]
		}
		for _, v := range src {
			d := (v >> shift) & 0xff
			dst[count[d]] = v
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &x[0] {
		copy(x, src)
	}
	return tmp
}

// radixFrom is the fewest indices sortIndices radix-sorts.
const radixFrom = 128

// sortByName sorts feats by name: an LSD radix sort on the packed 8-byte
// name prefixes, then a comparison sort within each run of equal prefixes.
// Sorting a vocabulary of a hundred thousand n-grams this way is several
// times faster than comparing strings throughout.
func sortByName(feats []featStat, names arenas) {
	n := len(feats)
	if n < 256 {
		slices.SortFunc(feats, names.byName)
		return
	}
	type kv struct {
		key uint64
		i   int32
	}
	src, dst := make([]kv, n), make([]kv, n)
	var diff uint64 // bits in which some key differs from the first
	for i, f := range feats {
		src[i] = kv{f.key, int32(i)}
		diff |= f.key ^ feats[0].key
	}
	for shift := uint(0); shift < 64; shift += 8 {
		if (diff>>shift)&0xff == 0 {
			continue // every key has the same byte here
		}
		var count [257]int
		for _, e := range src {
			count[(e.key>>shift)&0xff+1]++
		}
		for i := 1; i < 257; i++ {
			count[i] += count[i-1]
		}
		for _, e := range src {
			d := (e.key >> shift) & 0xff
			dst[count[d]] = e
			count[d]++
		}
		src, dst = dst, src
	}
	out := make([]featStat, n)
	for i, e := range src {
		out[i] = feats[e.i]
	}
	for lo := 0; lo < n; {
		hi := lo + 1
		for hi < n && out[hi].key == out[lo].key {
			hi++
		}
		if hi-lo > 1 {
			slices.SortFunc(out[lo:hi], names.byName)
		}
		lo = hi
	}
	copy(feats, out)
}
