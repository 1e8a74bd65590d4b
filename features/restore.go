package features

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"slices"

	"github.com/stancekit/stancekit/tokenize"
)

// hashName is the hash Transform computes for a feature: FNV-1a over the
// feature's name, which ngrams feeds piece by piece.
func hashName(name string) uint64 { return mix(fnvOffset, name) }

// Restore rebuilds a fitted Vectorizer from what a saved model holds: the
// configuration, the lexicon, the feature names in index order and the IDF of
// each n-gram feature (len(idf) n-gram features come first, then the cue
// block, which must be the one lex produces). It is the inverse of reading
// Names and IDF off a fitted Vectorizer.
// maxIDF bounds a restored IDF value. A fitted IDF is 1 + ln(n/df), under
// 30 for any corpus that fits in memory; a far larger one can only come from
// a corrupt file, and squaring it for the L2 norm would overflow to +Inf.
const maxIDF = 1e6

func Restore(cfg Config, tok *tokenize.Tokenizer, lex *Lexicon, names []string, idf []float64) (*Vectorizer, error) {
	v, err := NewVectorizer(cfg, tok, lex)
	if err != nil {
		return nil, err
	}
	if len(idf) > len(names) {
		return nil, fmt.Errorf("features: %d IDF values for %d features", len(idf), len(names))
	}
	v.index = newFinalTable(len(idf))
	v.idf = make([]float64, len(idf))
	v.names = make([]string, 0, len(names))
	for i, n := range names[:len(idf)] {
		if n == "" {
			return nil, fmt.Errorf("features: feature %d has no name", i)
		}
		if x := idf[i]; !(x > 0) || x > maxIDF {
			return nil, fmt.Errorf("features: feature %q has IDF %v", n, x)
		}
		h := hashName(n)
		if _, dup := v.index.put(h, int32(i)); dup {
			return nil, fmt.Errorf("features: feature %q repeated", n)
		}
		v.idf[i] = idf[i]
		v.names = append(v.names, n)
	}
	v.nGram = len(idf)
	if err := v.restoreCues(names); err != nil {
		return nil, err
	}
	return v, nil
}

// restoreCues adds the cue block (and the predicate block, when the layer
// is on) after the n-gram features and checks it against the saved names.
func (v *Vectorizer) restoreCues(names []string) error {
	idf := v.idf
	// The cue names are computed into v.names, which may share its array
	// with names (RestoreIndexed): the saved ones are set aside first.
	saved := slices.Clone(names[len(idf):])
	v.addCueFeatures(saved)
	v.addPredicateFeatures()
	v.addRelevanceFeatures()
	v.addDenseFeatures()
	if len(v.names) != len(idf)+len(saved) {
		return fmt.Errorf("features: model has %d cue features, its lexicon gives %d", len(saved), len(v.names)-len(idf))
	}
	for i, n := range saved {
		if got := v.names[len(idf)+i]; n != got {
			return fmt.Errorf("features: cue feature %d is %q, its lexicon gives %q", len(idf)+i, n, got)
		}
	}
	return nil
}

// NGrams returns the number of n-gram features; cue features follow them.
func (v *Vectorizer) NGrams() int { return v.nGram }

// AppendIndex appends to b the n-gram feature index of a fitted Vectorizer
// (feature hash -> feature index) in the compact binary form that
// ReadIndex reads back for RestoreIndexed: uvarint slot count, uvarint entry count, then
// for each occupied slot in order the uvarint gap from the previous one
// (the first counts from slot 0), the 8-byte little-endian hash and the
// uvarint feature index. It lets a model that ships with the program (the
// stance package's embedded default) skip rehashing its vocabulary at
// start-up. The output is a function of the Vectorizer alone.
func (v *Vectorizer) AppendIndex(b []byte) []byte {
	if v.index == nil {
		return b
	}
	b = binary.AppendUvarint(b, uint64(len(v.index.slots)))
	b = binary.AppendUvarint(b, uint64(v.index.n))
	prev := 0
	for i, s := range v.index.slots {
		if s.Val == 0 {
			continue
		}
		b = binary.AppendUvarint(b, uint64(i-prev))
		b = binary.LittleEndian.AppendUint64(b, s.Key)
		b = binary.AppendUvarint(b, uint64(s.Val-1))
		prev = i
	}
	runtime.KeepAlive(v.index) // its slots may be released with it (see newFinalTable)
	return b
}

// Index is an n-gram feature index as AppendIndex wrote it, decoded by
// ReadIndex for RestoreIndexed. It is immutable: Vectorizers restored with
// it share it.
type Index struct{ t *table }

// ReadIndex decodes the index AppendIndex wrote for a Vectorizer with n
// n-gram features. It checks the index's shape (its size is the one
// Restore would choose, every slot and feature index is in range, every
// feature is in it exactly once), so a damaged one is an error, never a
// panic or an endless probe later. It needs nothing but the index, so a
// caller can decode it while it decodes the names and weights.
func ReadIndex(p []byte, n int) (*Index, error) {
	t, err := readIndex(p, n)
	if err != nil {
		return nil, fmt.Errorf("features: index: %w", err)
	}
	return &Index{t}, nil
}

// RestoreIndexed is Restore with the n-gram index given (ReadIndex of what
// AppendIndex wrote for a Vectorizer with these names) instead of built by
// hashing every name. That the index's hashes are those of names is the
// caller's to vouch for (the stance package checks its embedded default in
// a test): a mismatched index gives wrong lookups, never a panic. Unlike
// Restore, it keeps names and idf rather than copying them: the caller
// hands them over and must not change them.
func RestoreIndexed(cfg Config, tok *tokenize.Tokenizer, lex *Lexicon, names []string, idf []float64, ix *Index) (*Vectorizer, error) {
	v, err := NewVectorizer(cfg, tok, lex)
	if err != nil {
		return nil, err
	}
	if len(idf) > len(names) {
		return nil, fmt.Errorf("features: %d IDF values for %d features", len(idf), len(names))
	}
	if ix == nil || ix.t.n != len(idf) {
		return nil, fmt.Errorf("features: index of %d features for %d", ixLen(ix), len(idf))
	}
	for i, n := range names[:len(idf)] {
		if n == "" {
			return nil, fmt.Errorf("features: feature %d has no name", i)
		}
		if x := idf[i]; !(x > 0) || x > maxIDF {
			return nil, fmt.Errorf("features: feature %q has IDF %v", n, x)
		}
	}
	v.index = ix.t
	v.idf = idf
	v.names = names[:len(idf)]
	v.nGram = len(idf)
	if err := v.restoreCues(names); err != nil {
		return nil, err
	}
	return v, nil
}

// IndexSlot is one slot of a Vectorizer's n-gram index, an open-addressing
// table of feature hashes: Key is the hash of a feature's name and Val its
// index plus one; Val 0 marks an empty slot.
type IndexSlot struct {
	Key uint64
	Val int32
}

// IndexSlots returns the slots of a fitted Vectorizer's n-gram index table,
// or nil before Fit. Written out as Go data (the stance package's default
// model, `go generate`), they come back with IndexOf without being built,
// copied or decoded at start-up. The slice must not be modified.
func (v *Vectorizer) IndexSlots() []IndexSlot {
	if v.index == nil {
		return nil
	}
	return v.index.slots
}

// IndexOf returns the index whose table is slots, as IndexSlots returned it
// for a Vectorizer with n n-gram features, for RestoreIndexed. It keeps the
// slice rather than copying it, and checks only the table's size, not every
// slot: it is meant for tables compiled into the program, whose contents the
// program's tests vouch for; a file read at run time goes through ReadIndex,
// which checks them all. The caller must not change slots.
func IndexOf(slots []IndexSlot, n int) (*Index, error) {
	size, shift := tableSize(n)
	if n < 0 || len(slots) != size {
		return nil, fmt.Errorf("features: index: %d slots for %d features, want %d", len(slots), n, size)
	}
	return &Index{&table{slots: slots, shift: shift, n: n}}, nil
}

func ixLen(ix *Index) int {
	if ix == nil {
		return 0
	}
	return ix.t.n
}

// readIndex decodes what AppendIndex wrote for n features.
func readIndex(p []byte, n int) (*table, error) {
	t := newFinalTable(n)
	size, k := binary.Uvarint(p)
	if k <= 0 || size != uint64(len(t.slots)) {
		return nil, fmt.Errorf("%d slots for %d features, want %d", size, n, len(t.slots))
	}
	p = p[k:]
	count, k := binary.Uvarint(p)
	if k <= 0 || count != uint64(n) {
		return nil, fmt.Errorf("%d entries for %d features", count, n)
	}
	p = p[k:]
	seen := make([]uint64, (n+63)/64)
	at := uint64(0)
	for e := 0; e < n; e++ {
		gap, k := binary.Uvarint(p)
		if k <= 0 || (e > 0 && gap == 0) || gap >= uint64(len(t.slots))-at {
			return nil, fmt.Errorf("entry %d: bad slot", e)
		}
		at += gap
		p = p[k:]
		if len(p) < 8 {
			return nil, fmt.Errorf("entry %d: ends early", e)
		}
		key := binary.LittleEndian.Uint64(p)
		p = p[8:]
		val, k := binary.Uvarint(p)
		if k <= 0 || val >= uint64(n) || seen[val/64]&(1<<(val%64)) != 0 {
			return nil, fmt.Errorf("entry %d: bad or repeated feature index", e)
		}
		seen[val/64] |= 1 << (val % 64)
		p = p[k:]
		t.slots[at] = slot{Key: key, Val: int32(val) + 1}
	}
	if len(p) != 0 {
		return nil, fmt.Errorf("%d bytes after the last entry", len(p))
	}
	t.n = n
	return t, nil
}
