package features

import (
	"fmt"
	"math/bits"
	"slices"
)

// WordTables are the word tables of a fitted Vectorizer's fast path as
// data: what it builds from its vocabulary and lexicon when it is fitted,
// or after buildAfter statements when it is restored. Written out as Go
// data for a model compiled into a program (the stance package's default,
// `go generate`), they come back with UseWordTables without being built,
// so that a restored model takes the fast path from its first statement.
type WordTables struct {
	// Stems is the stem table, open addressing on the stems' hashes, a
	// power of two long; StemCount is the number of its slots in use.
	Stems     []StemSlot
	StemCount int
	// Grams is the table of the word n-grams (2 and 3 words), keyed by
	// their stems' ids, a power of two long; GramCount is the number of
	// its slots in use.
	Grams     []IndexSlot
	GramCount int
	// CueStems are the stems that start lexicon cues, sorted: the order of
	// the cue lists the fast path reads for a stem.
	CueStems []string
	// Glove holds the vocabulary indices of the GloVe cluster features by
	// cluster (see gloveIndices), nil without the block.
	Glove []int32
}

// WordTables builds the word tables of a fitted Vectorizer afresh, as a
// restored one builds them for its fast path, and returns them as data. It
// is an error before Fit and when the fast path is off for the
// vocabulary (two stems sharing a hash, or too many stems).
func (v *Vectorizer) WordTables() (WordTables, error) {
	if v.index == nil {
		return WordTables{}, fmt.Errorf("features: word tables: %w", ErrNotFitted)
	}
	w := v.buildWords()
	if w.stems == nil {
		return WordTables{}, fmt.Errorf("features: word tables: the fast path is off for this vocabulary")
	}
	// The n-gram table's slots may lie in memory released with the table
	// (see newFinalTable): they are copied.
	return WordTables{
		Stems:     w.stems.slots,
		StemCount: w.stems.n,
		Grams:     slices.Clone(w.grams.slots),
		GramCount: w.grams.n,
		CueStems:  v.cueStems(),
		Glove:     w.glove,
	}, nil
}

// UseWordTables makes t the word tables of a restored Vectorizer, in place
// of those it would build after buildAfter statements, so that Transform
// takes its fast path from the first statement. t must be what WordTables
// returns for a Vectorizer with the same vocabulary and lexicon: like
// IndexOf, it keeps the slices rather than copying them and checks their
// shape (sizes, the cue stems), not every slot, for tables compiled into the
// program, whose contents the program's tests vouch for. The caller must not
// change them. It is an error once the Vectorizer has its tables.
func (v *Vectorizer) UseWordTables(t WordTables) error {
	if v.index == nil {
		return fmt.Errorf("features: word tables: %w", ErrNotFitted)
	}
	if v.noWords || v.words.Load() != nil {
		return fmt.Errorf("features: word tables: the Vectorizer has its own")
	}
	stems, err := tableOf(t.Stems, t.StemCount)
	if err != nil {
		return fmt.Errorf("features: word tables: stems: %w", err)
	}
	grams, err := tableOf(t.Grams, t.GramCount)
	if err != nil {
		return fmt.Errorf("features: word tables: n-grams: %w", err)
	}
	if t.StemCount >= 1<<gramBits {
		return fmt.Errorf("features: word tables: %d stems", t.StemCount)
	}
	if want := v.gloveLen(); len(t.Glove) != want {
		return fmt.Errorf("features: word tables: %d GloVe cluster indices, want %d", len(t.Glove), want)
	}
	w := &wordTables{stems: &stemTable{slots: t.Stems, shift: stems, n: t.StemCount, tag: newTag()},
		grams: &table{slots: t.Grams, shift: grams, n: t.GramCount}, glove: t.Glove}
	if err := w.findCues(t.CueStems, v); err != nil {
		return fmt.Errorf("features: word tables: %w", err)
	}
	if !v.words.CompareAndSwap(nil, w) {
		return fmt.Errorf("features: word tables: the Vectorizer has its own")
	}
	return nil
}

// tableOf returns the shift of an open-addressing table of len(slots)
// slots holding n keys, checking that the length is a power of two of at
// least 8 and the table at most half full.
func tableOf[S any](slots []S, n int) (uint, error) {
	size := len(slots)
	if size < 8 || size&(size-1) != 0 || n < 0 || 2*n > size {
		return 0, fmt.Errorf("%d slots for %d keys", size, n)
	}
	return uint(64 - bits.TrailingZeros(uint(size))), nil
}

// gloveLen is the length of wordTables.glove for the Vectorizer.
func (v *Vectorizer) gloveLen() int {
	if v.glove == nil {
		return 0
	}
	return 2 * GloveClusterCounts[gloveColumn(v.cfg.GloveK)]
}

// findCues is markCues for tables whose slots are marked already: it
// checks that cueStems are the Vectorizer's and that each has a slot
// marked with cueBit, and lists the cues, writing nothing to the slots.
func (w *wordTables) findCues(cueStems []string, v *Vectorizer) error {
	want := 0
	if v.cfg.Cues && v.lex != nil {
		want = len(v.lex.byFirst)
	}
	if len(cueStems) != want {
		return fmt.Errorf("%d cue stems, the lexicon has %d", len(cueStems), want)
	}
	w.cueOf = make([]int32, w.stems.n+1)
	w.firstCues = make([][]int, len(cueStems))
	for k, stem := range cueStems {
		cues, ok := v.lex.byFirst[stem]
		if !ok || k > 0 && cueStems[k-1] >= stem {
			return fmt.Errorf("cue stem %q is not the lexicon's or out of order", stem)
		}
		i := w.stems.find(hashName(stem))
		if i < 0 || w.stems.slots[i].Starts&cueBit == 0 || int(w.stems.slots[i].ID) > w.stems.n {
			return fmt.Errorf("cue stem %q has no marked slot", stem)
		}
		w.cueOf[w.stems.slots[i].ID] = int32(k)
		w.firstCues[k] = cues
	}
	return nil
}
