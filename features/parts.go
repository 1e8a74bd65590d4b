package features

import (
	"errors"
	"fmt"
	"slices"
)

// ErrNotNGrams is returned by Vectorizer.Lister for a configuration with a
// block besides the n-grams (cues, predicates, relevance, word vectors,
// synsets): a Lister lists n-gram features only.
var ErrNotNGrams = errors.New("the configuration has features besides word and character n-grams")

// Parts is one statement's n-gram features as a Lister finds them, before
// any weighing: the feature indices of its word n-grams and of the
// character n-grams of its words that are not known words, repeats
// included, and the known words among its word tokens, whose character
// n-grams are Lister.KnownList's. The multiset of Idx and of the known
// words' lists is the multiset of indices Transform counts: the same
// features with the same counts. A Parts is scratch space, overwritten by
// the next Lister.Append with it.
type Parts struct {
	// Idx holds feature indices, repeats included, in no useful order.
	Idx []int32
	// Known holds the number (below Lister.KnownWords) of each known word
	// token, in text order, repeats included.
	Known []int32
	// Words is Doc.Words: the number of word tokens.
	Words int
}

// Lister finds the n-gram features of statements for a caller that weighs
// and scores them itself, such as a linear model that sums the weights of
// each known word's character n-grams once, when it is laid out, instead
// of once per statement. It uses the Vectorizer's word and character
// tables as they were when Lister was called, built then if they were
// not; it is read-only and safe for concurrent use.
type Lister struct {
	v *Vectorizer
	w *wordTables // nil: the general path (no fast tables)
	// known is the character-table slot's word number, -1 for an empty
	// slot; lists holds the numbered words' feature lists.
	known []int32
	lists [][]int32
}

// Lister returns a Lister of v's n-gram features, or an error wrapping
// ErrNotFitted before Fit and ErrNotNGrams for a configuration with any
// other block of features.
func (v *Vectorizer) Lister() (*Lister, error) {
	if v.index == nil {
		return nil, fmt.Errorf("features: lister: %w", ErrNotFitted)
	}
	c := v.cfg
	if c.Cues || c.Predicates > 0 || c.Relevance > 0 || c.Vectors > 0 || c.Synsets > 0 || c.GloveClusters > 0 {
		return nil, fmt.Errorf("features: lister: %w", ErrNotNGrams)
	}
	w := v.words.Load()
	if w == nil && !v.noWords {
		// Build the tables now rather than after buildAfter statements;
		// if another goroutine published its own first, use that one.
		if built := v.buildWords(); !v.words.CompareAndSwap(nil, built) {
			w = v.words.Load()
		} else {
			w = built
		}
	}
	if w != nil && w.stems == nil {
		w = nil
	}
	l := &Lister{v: v, w: w}
	if w != nil && w.chars != nil {
		t := w.chars
		l.known = make([]int32, len(t.slots))
		for i := range t.slots {
			l.known[i] = -1
			if s := &t.slots[i]; s.n != 0 {
				l.known[i] = int32(len(l.lists))
				l.lists = append(l.lists, slices.Clip(t.list(s)))
			}
		}
	}
	return l, nil
}

// Dim is the number of features of the Vectorizer, all n-grams.
func (l *Lister) Dim() int { return l.v.Dim() }

// KnownWords is the number of known words: words whose character n-gram
// features the Lister lists once (KnownList) instead of per statement.
func (l *Lister) KnownWords() int { return len(l.lists) }

// KnownList returns the feature indices of known word k's character
// n-grams, repeats included, for the caller to read only.
func (l *Lister) KnownList(k int) []int32 { return l.lists[k] }

// Append analyses src as Transform does and writes its features to p.
// Invalid UTF-8, control bytes and text over MaxStatementBytes are handled
// as Transform handles them; it returns no error but for an unfitted
// Vectorizer, which Lister does not give.
func (l *Lister) Append(p *Parts, src string) error {
	v := l.v
	a := analysisPool.Get().(*analysis)
	defer analysisPool.Put(a)
	a.idx = a.idx[:0]
	a.run(v, l.w, src, nil) // with w, the word n-grams' indices too
	a.hs = a.hs[:0]
	p.Known = p.Known[:0]
	switch {
	case l.w == nil:
		a.grams(v.cfg, false)
		a.sink = v.index.touch(a.hs)
	case l.w.chars != nil:
		p.Known = a.charGramsKnown(v.cfg, l.w.chars, v.index, l.known, p.Known) // touches as it hashes
	default:
		a.charGrams(v.cfg, false)
		a.sink = v.index.touch(a.hs)
	}
	// a.idx becomes p's, and p's old slice the pool's scratch.
	p.Idx, a.idx = v.index.found(a.idx, a.hs), p.Idx[:0]
	p.Words = a.words
	return nil
}

// charGramsKnown is charGramsTable giving a known word's number (known
// maps its character-table slot to it) instead of its features, appended
// to dst, which it returns.
func (a *analysis) charGramsKnown(cfg Config, t *charTable, index *table, known, dst []int32) []int32 {
	for i, st := range a.stems {
		if st == "" {
			continue
		}
		if c := a.cw[i]; c >= 0 {
			dst = append(dst, known[c])
			continue
		}
		a.buf = append(append(append(a.buf[:0], ' '), a.toks[i].Norm...), ' ')
		var or int32
		a.hs, or = appendCharGrams(a.hs, a.buf, cfg.CharMin, cfg.CharMax, index)
		a.sink |= or
	}
	return dst
}

// appendCharGrams appends to hs the hashes charGramsOf gives the character
// n-grams of w, lo to hi bytes long, in its order (TestAppendCharGrams),
// and reads the first slot of t that lookup probes for each, returning
// what it read for the caller to keep (as table.touch does, here as each
// hash is made, so that the cache misses overlap the hashing). For the
// ranges up to 5 bytes from 2 or 3 (the SemEval and Emergent models') the
// windows of w with room for a 5-gram are written out, one bounds check and
// one append a window.
func appendCharGrams(hs []uint64, w []byte, lo, hi int, t *table) ([]uint64, int32) {
	if lo < 1 || hi < lo {
		return hs, 0
	}
	slots, shift := t.slots, t.shift
	var or int32
	prefix := charPrefix
	s := 0
	switch {
	case lo == 3 && hi == 5:
		for ; s+5 <= len(w); s++ {
			g := w[s : s+5 : s+5]
			h3 := mixByte(mixByte(mixByte(prefix, g[0]), g[1]), g[2])
			h4 := mixByte(h3, g[3])
			h5 := mixByte(h4, g[4])
			or |= slots[home(h3, shift)].Val | slots[home(h4, shift)].Val | slots[home(h5, shift)].Val
			hs = append(hs, h3, h4, h5)
		}
	case lo == 2 && hi == 5:
		for ; s+5 <= len(w); s++ {
			g := w[s : s+5 : s+5]
			h2 := mixByte(mixByte(prefix, g[0]), g[1])
			h3 := mixByte(h2, g[2])
			h4 := mixByte(h3, g[3])
			h5 := mixByte(h4, g[4])
			or |= slots[home(h2, shift)].Val | slots[home(h3, shift)].Val | slots[home(h4, shift)].Val | slots[home(h5, shift)].Val
			hs = append(hs, h2, h3, h4, h5)
		}
	}
	for ; s+lo <= len(w); s++ {
		g := w[s:min(s+hi, len(w))]
		h := prefix
		for _, b := range g[:lo-1] {
			h = mixByte(h, b)
		}
		for _, b := range g[lo-1:] {
			h = mixByte(h, b)
			or |= slots[home(h, shift)].Val
			hs = append(hs, h)
		}
	}
	return hs, or
}

// found is Vectorizer.lookup for Lister.Append: it appends to dst the
// feature index of each hash of hs the table holds, in order, with the
// probe loop written out and room made in dst once.
func (t *table) found(dst []int32, hs []uint64) []int32 {
	dst = slices.Grow(dst, len(hs))
	out := dst[len(dst) : len(dst)+len(hs)]
	slots, shift := t.slots, t.shift
	mask := uint64(len(slots) - 1)
	k := 0
	for _, h := range hs {
		for i := home(h, shift); ; i++ {
			s := &slots[i&mask]
			if s.Val == 0 {
				break
			}
			if s.Key == h {
				out[k] = s.Val - 1
				k++
				break
			}
		}
	}
	return dst[:len(dst)+k]
}
