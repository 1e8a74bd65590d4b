package features

import (
	"slices"
	"strings"
	"sync/atomic"

	"github.com/stancekit/stancekit/tokenize"
)

// stemSlot is what a fitted Vectorizer knows of one stem, worked out once
// when it is fitted or restored so that Transform reads it with one probe
// per word instead of hashing feature names and looking each up: the stem's
// unigram features, whether any word n-gram of the vocabulary starts with
// it, and whether lexicon cues do. The slots are the stem table itself
// (open addressing on the stem's hash), so the probe that finds a word's
// stem reads them.
type stemSlot = StemSlot

// StemSlot is one slot of a fitted Vectorizer's stem table (see
// WordTables), exported so that a table compiled into a program as Go data
// is used in place.
type StemSlot struct {
	Key uint64 // the stem's hash (hashName)
	// Uni holds the indices of "w:<stem>" and "!w:<stem>", -1 when absent.
	Uni [2]int32
	// ID is the stem's number, from 1 in the order buildWords met the
	// stems (0: the slot is empty); n-gram keys name stems by it.
	ID int32
	// Starts has bit 2(n-2)+neg set when a word n-gram of n words in the
	// vocabulary starts with the stem (negated when neg), and cueBit when
	// lexicon cues do.
	Starts uint8
}

// cueBit marks a stemSlot whose stem starts lexicon cues.
const cueBit = 1 << 7

// stemTable is the stem table: an open-addressing table, at most half
// full, of stemSlots; read-only once built.
type stemTable struct {
	slots []stemSlot
	shift uint // 64 - log2(len(slots))
	n     int
	// tag names this table's contents in the slot words it leaves on
	// lexemes (see slotWord): a number of its own, in the top 32 bits,
	// given anew whenever a stem is added, so that a word left by
	// another table, or by this one before it changed, is never read as
	// this one's.
	tag uint64
}

// stemTags numbers the stem tables' contents (stemTable.tag).
var stemTags atomic.Uint32

// newTag returns a tag no table has had: 2^32 tables or additions would
// wrap it, which no process makes.
func newTag() uint64 { return uint64(stemTags.Add(1)) << 32 }

// newStemTable returns a stem table sized for n stems, as newTable sizes
// the vocabulary's.
func newStemTable(n int) *stemTable {
	size, shift := tableSize(n)
	return &stemTable{slots: make([]stemSlot, size), shift: shift, tag: newTag()}
}

// slotWord is the word t leaves on a lexeme whose stem's slot (find's
// answer, -1 for none) is e: the tag and e + 1 in the low 32 bits.
func (t *stemTable) slotWord(e int32) uint64 { return t.tag | uint64(uint32(e+1)) }

// findLexeme returns find(h) for the lexeme l, whose stem's hash is h
// and whose slot word is v, not t's, and leaves the answer on l for the
// next statement when no table has claimed l (v is 0): stemKnown reads it
// there, one load where find hashes and probes. A lexeme another table
// claimed is looked up here every time, without the atomic claim.
func (t *stemTable) findLexeme(l *tokenize.Lexeme, h, v uint64) int32 {
	e := t.find(h)
	if v == 0 {
		l.ClaimSlot(t.slotWord(e))
	}
	return e
}

func (t *stemTable) home(h uint64) uint64 { return home(h, t.shift) }

// find returns the index of the slot of the stem whose hash is h, or -1
// when the model knows nothing of that stem. Like the vocabulary itself
// (see Transform), the table identifies a stem by its 64-bit hash: the
// hashes of the stems it holds are distinct (buildWords checks), and a word
// whose stem it does not hold finds none of them but for a 64-bit
// collision.
func (t *stemTable) find(h uint64) int32 {
	mask := uint64(len(t.slots) - 1)
	for i := t.home(h); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.ID == 0 {
			return -1
		}
		if s.Key == h {
			return int32(i)
		}
	}
}

// add returns the slot of the stem whose hash is h, making an empty one
// (numbered id) when there is none, and whether it was there.
func (t *stemTable) add(h uint64, id int32) (*stemSlot, bool) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]stemSlot, 2*len(old))
		t.shift--
		mask := uint64(len(t.slots) - 1)
		for _, s := range old {
			if s.ID != 0 {
				i := t.home(s.Key)
				for t.slots[i].ID != 0 {
					i = (i + 1) & mask
				}
				t.slots[i] = s
			}
		}
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.home(h); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.ID == 0 {
			*s = stemSlot{Key: h, Uni: [2]int32{-1, -1}, ID: id}
			t.n++
			t.tag = newTag() // the slots' words left on lexemes are stale
			return s, false
		}
		if s.Key == h {
			return s, true
		}
	}
}

// startBit is stemSlot.starts' bit for n-grams of n words, negated or not.
func startBit(n int, neg bool) uint8 {
	b := uint(2 * (n - 2))
	if neg {
		b++
	}
	return 1 << b
}

// gramBits is the width of a stem's id in a gramKey: the stem table serves
// models of up to 2^20-1 distinct stems.
const gramBits = 20

// gramKey packs a word n-gram (n = 2 or 3, negated or not) as the ids of its
// stems: n-grams are looked up by their stems' slots, with no hashing of
// their names.
func gramKey(neg bool, e ...int32) uint64 {
	k := uint64(len(e)) << 62
	if neg {
		k |= 1 << 61
	}
	for i, x := range e {
		k |= uint64(x) << (gramBits * uint(2-i))
	}
	return k
}

// gramKey2 is gramKey(neg, a, b), written out for the transform path.
func gramKey2(neg bool, a, b int32) uint64 {
	k := uint64(2)<<62 | uint64(a)<<(2*gramBits) | uint64(b)<<gramBits
	if neg {
		k |= 1 << 61
	}
	return k
}

// gramKey3 is gramKey(neg, a, b, c), written out for the transform path.
func gramKey3(neg bool, a, b, c int32) uint64 {
	k := uint64(3)<<62 | uint64(a)<<(2*gramBits) | uint64(b)<<gramBits | uint64(c)
	if neg {
		k |= 1 << 61
	}
	return k
}

// wordTables are the tables of Transform's fast path, built from a fitted
// Vectorizer's vocabulary and lexicon and read-only after: the stem table,
// the word n-grams of the vocabulary keyed by their stems' ids (gramKey),
// the lexicon's cue lists, and by stem id the list of each stem that starts
// cues. stems is nil when the fast path is off (see buildWords).
type wordTables struct {
	stems     *stemTable
	grams     *table
	firstCues [][]int
	cueOf     []int32
	// chars is the character table of a fitted Vectorizer with character
	// n-grams within words, nil otherwise (see charTable).
	chars *charTable
	// glove holds, for a Vectorizer with the GloVe cluster block, the
	// vocabulary index of "g:<id>" at 2*id and of "!g:<id>" at 2*id+1 (-1
	// where the vocabulary lacks it), so that Transform's fast path adds a
	// word's cluster feature without hashing its name (see gloveIdx).
	glove []int32
}

// buildAfter is how many statements a restored Vectorizer transforms on its
// general path before it builds its word tables: building them costs about
// what a few hundred statements gain from them, and a program that loads a
// model to classify a handful of statements (a command's cold start) should
// not pay for it. A fitted Vectorizer builds them at once.
const buildAfter = 256

// wordTables returns the word tables, or nil while Transform takes its
// general path. The statement that makes a restored Vectorizer's count
// reach buildAfter builds them, on its own goroutine; the others go on
// without them until they are published.
func (v *Vectorizer) wordTables() *wordTables {
	if w := v.words.Load(); w != nil || v.noWords {
		if w == nil || w.stems == nil {
			return nil
		}
		return w
	}
	if v.uses.Add(1) == buildAfter {
		v.words.Store(v.buildWords())
	}
	return nil
}

// buildWords builds the word tables from the vocabulary and lexicon. Their
// stem table is nil, and Transform stays on its general path, in the
// (astronomically unlikely) case that two stems share a 64-bit hash, or
// when the vocabulary has more stems than a gramKey holds. It reads the
// names in place, in one pass, and allocates its tables and no more.
func (v *Vectorizer) buildWords() *wordTables {
	names := v.names[:v.nGram]
	// Size the tables for the names' kinds: nearly every stem has a
	// unigram of its own.
	nw, ng := 0, 0
	for _, name := range names {
		switch wordKind(name) {
		case 'w':
			nw++
		case 'b', 't':
			ng++
		}
	}
	t := newStemTable(nw + 64)
	grams := newFinalTable(ng)
	stems := make([]string, 1, nw+65) // by id, to check for clashes
	clash := false
	// slot returns the slot of stem, adding it if need be. The pointer is
	// good until the next call, which may grow the table.
	slot := func(stem string, h uint64) *stemSlot {
		s, ok := t.add(h, int32(len(stems)))
		if !ok {
			stems = append(stems, stem)
		} else if stems[s.ID] != stem {
			clash = true
		}
		return s
	}
	var ids [3]int32
	for i, name := range names {
		neg := len(name) > 0 && name[0] == '!'
		rest := name
		if neg {
			rest = name[1:]
		}
		if len(rest) < 2 || rest[1] != ':' {
			continue
		}
		n := 0
		switch rest[0] {
		case 'w':
			ni := 0
			if neg {
				ni = 1
			}
			st := rest[2:]
			slot(st, hashName(st)).Uni[ni] = int32(i)
			continue
		case 'b':
			n = 2
		case 't':
			n = 3
		default:
			continue // a character n-gram
		}
		rest = rest[2:]
		var first uint64 // the first stem's hash
		k := 0
		for ; k < n-1; k++ {
			w, tail, ok := strings.Cut(rest, " ")
			if !ok {
				break
			}
			h := hashName(w)
			if k == 0 {
				first = h
			}
			ids[k], rest = slot(w, h).ID, tail
		}
		if k < n-1 {
			continue // not a name the analysis makes
		}
		ids[n-1] = slot(rest, hashName(rest)).ID
		grams.put(gramKey(neg, ids[:n]...), int32(i))
		t.slots[t.find(first)].Starts |= startBit(n, neg)
	}
	// The cue stems in sorted order, so that the tables (the ids of the
	// stems that only cues start) are a function of the vocabulary and
	// lexicon alone, as WordTables' Go data must be.
	cueStems := v.cueStems()
	for _, stem := range cueStems {
		slot(stem, hashName(stem))
	}
	if clash || len(stems) >= 1<<gramBits {
		return &wordTables{}
	}
	// Only now do the slots stay put.
	w := &wordTables{stems: t, grams: grams, glove: v.gloveIndices()}
	w.markCues(cueStems, v.lex)
	return w
}

// cueStems returns the stems that start lexicon cues, sorted, or nil when
// the Vectorizer matches no cues.
func (v *Vectorizer) cueStems() []string {
	if !v.cfg.Cues || v.lex == nil {
		return nil
	}
	stems := make([]string, 0, len(v.lex.byFirst))
	for stem := range v.lex.byFirst {
		stems = append(stems, stem)
	}
	slices.Sort(stems)
	return stems
}

// markCues sets cueBit on the slot of each of the cue stems (each must have
// one) and lists the cues each starts (firstCues, by the stem's place in
// cueStems, which cueOf gives by stem id).
func (w *wordTables) markCues(cueStems []string, lex *Lexicon) {
	w.cueOf = make([]int32, w.stems.n+1)
	w.firstCues = make([][]int, len(cueStems))
	for k, stem := range cueStems {
		s := &w.stems.slots[w.stems.find(hashName(stem))]
		s.Starts |= cueBit
		w.cueOf[s.ID] = int32(k)
		w.firstCues[k] = lex.byFirst[stem]
	}
}

// wordKind returns the kind of an n-gram feature name, the byte before
// its colon once a leading "!" is dropped ('w', 'b' or 't' for the word
// n-grams), or 0 for a name of no such form.
func wordKind(name string) byte {
	if len(name) > 0 && name[0] == '!' {
		name = name[1:]
	}
	if len(name) < 2 || name[1] != ':' {
		return 0
	}
	return name[0]
}

// wordGrammer finds the word n-gram features of a statement with the stem
// table, the fast path of grams for Transform, giving the same indices (see
// TestWordGramsFastPath). run walks the tokens with it (walk) once their
// stem slots are in ent (-1 for punctuation and unknown stems) and their
// negation marks set. The indices come in the order of the n-grams'
// last words, where grams has them in the order of their first; no later
// step tells the two apart (a vector's entries are ordered by index, and
// repeats counted).
type wordGrammer struct {
	slots []stemSlot
	grams *table
	toks  []tokenize.Token
	ent   []int32
	idx   []int32 // the indices found so far
	n     int     // Config.WordNgrams
	stop  bool    // Config.DropStopWords
}

func newWordGrammer(cfg Config, w *wordTables, toks []tokenize.Token, ent []int32, idx []int32) wordGrammer {
	return wordGrammer{slots: w.stems.slots, grams: w.grams, toks: toks, ent: ent, idx: idx, n: cfg.WordNgrams, stop: cfg.DropStopWords}
}

// walk appends to g.idx the index of every word n-gram feature of the
// statement, once ent holds every token's stem slot, in the order of the
// n-grams' last words. It is one loop in one function, so that the tables
// and the list stay in registers, where a call a word (end, before the
// fifteenth session) reloaded them from g. The two words before are read
// back from ent and toks: carrying their slots and marks from one token to
// the next in locals cost more in spills than the loads (3,407 against
// 3,180 instructions a statement). lx holds the tokens' lexemes (read for
// the stop-word mark).
func (g *wordGrammer) walk(lx []*tokenize.Lexeme) []int32 {
	slots, grams := g.slots, g.grams
	toks := g.toks
	ent := g.ent[:len(toks)]
	lx = lx[:len(toks)]
	n, stop := g.n, g.stop
	// A token ends at most three n-grams. With room for them all made
	// once here, the indices are stored through k into out, not appended:
	// no call of growslice is left in the loop, around which the compiler
	// kept the loop's state on the stack.
	k := len(g.idx)
	out := slices.Grow(g.idx, 3*len(ent))
	out = out[:cap(out)]
	for i, e := range ent {
		if e < 0 {
			continue
		}
		info := &slots[e]
		if n >= 1 && !(stop && lx[i].IsStopWord()) {
			if u := info.Uni[b2i(toks[i].Negated)]; u >= 0 {
				out[k] = u
				k++
			}
		}
		if n < 2 || i < 1 {
			continue
		}
		e1 := ent[i-1]
		if e1 < 0 {
			continue
		}
		p := &slots[e1]
		if neg := toks[i-1].Negated; p.Starts&startBit(2, neg) != 0 {
			if j, ok := grams.get(gramKey2(neg, p.ID, info.ID)); ok {
				out[k] = j
				k++
			}
		}
		if n < 3 || i < 2 {
			continue
		}
		e2 := ent[i-2]
		if e2 < 0 {
			continue
		}
		q := &slots[e2]
		if neg := toks[i-2].Negated; q.Starts&startBit(3, neg) != 0 {
			if j, ok := grams.get(gramKey3(neg, q.ID, p.ID, info.ID)); ok {
				out[k] = j
				k++
			}
		}
	}
	return out[:k]
}
