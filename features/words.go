package features

import "strings"

// stemSlot is what a fitted Vectorizer knows of one stem, worked out once
// when it is fitted or restored so that Transform reads it with one probe
// per word instead of hashing feature names and looking each up: the stem's
// unigram features, whether any word n-gram of the vocabulary starts with
// it, and the lexicon cues that do. The slots are the stem table itself
// (open addressing on the stem's hash), so a word's probe finds them, and
// a stem's slot index is its id in the n-gram keys (see gramKey).
type stemSlot struct {
	key  uint64 // the stem's hash (hashName)
	used bool
	// starts has bit 2(n-2)+neg set when a word n-gram of n words in the
	// vocabulary starts with the stem (negated when neg).
	starts uint8
	// uni holds the indices of "w:<stem>" and "!w:<stem>", -1 when absent.
	uni [2]int32
	// cues indexes Vectorizer.firstCues: the lexicon's cues that start with
	// the stem, longest first; -1 for none.
	cues int32
}

// stemTable is the stem table: a read-only open-addressing table, at most
// half full, of stemSlots.
type stemTable struct {
	slots []stemSlot
	shift uint
}

// find returns the slot index of the stem whose hash is h, or -1 when the
// model knows nothing of that stem. Like the vocabulary itself (see
// Transform), the table identifies a stem by its 64-bit hash: the hashes of
// the stems it holds are distinct (buildWords checks), and a word whose stem
// it does not hold finds none of them but for a 64-bit collision.
func (t *stemTable) find(h uint64) int32 {
	mask := uint64(len(t.slots) - 1)
	for i := (h * 0x9e3779b97f4a7c15) >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if !s.used {
			return -1
		}
		if s.key == h {
			return int32(i)
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
// models of up to 2^19 distinct stems (2^20 slots).
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

// buildWords builds the Vectorizer's stem table from its vocabulary and
// lexicon. It leaves the table nil, and Transform on its general path, in
// the (astronomically unlikely) case that two stems share a 64-bit hash, or
// when the vocabulary has more stems than a gramKey holds.
func (v *Vectorizer) buildWords() {
	v.stems, v.grams, v.firstCues = nil, nil, nil
	type stemInfo struct {
		stem   string
		uni    [2]int32
		starts uint8
		cues   int32
	}
	type gram struct {
		neg   bool
		words []int32 // indices into infos
		i     int32
	}
	byHash := newTable(0)
	var infos []stemInfo
	var grams []gram
	clash := false
	entry := func(stem string) int32 {
		i, ok := byHash.put(hashName(stem), int32(len(infos)))
		if !ok {
			infos = append(infos, stemInfo{stem: stem, uni: [2]int32{-1, -1}, cues: -1})
		} else if infos[i].stem != stem {
			clash = true
		}
		return i
	}
	for i, name := range v.names[:v.nGram] {
		neg := strings.HasPrefix(name, "!")
		rest := strings.TrimPrefix(name, "!")
		ni := 0
		if neg {
			ni = 1
		}
		var words []string
		switch {
		case strings.HasPrefix(rest, "w:"):
			infos[entry(rest[2:])].uni[ni] = int32(i)
			continue
		case strings.HasPrefix(rest, "b:"):
			words = strings.SplitN(rest[2:], " ", 2)
		case strings.HasPrefix(rest, "t:"):
			words = strings.SplitN(rest[2:], " ", 3)
		default:
			continue // a character n-gram
		}
		if len(words) < 2 || rest[0] == 't' && len(words) < 3 {
			continue // not a name the analysis makes
		}
		g := gram{neg: neg, words: make([]int32, len(words)), i: int32(i)}
		for k, w := range words {
			g.words[k] = entry(w)
		}
		infos[g.words[0]].starts |= startBit(len(words), neg)
		grams = append(grams, g)
	}
	var firstCues [][]int
	if v.cfg.Cues && v.lex != nil {
		for stem, cues := range v.lex.byFirst {
			infos[entry(stem)].cues = int32(len(firstCues))
			firstCues = append(firstCues, cues)
		}
	}
	size, bits := 8, uint(3)
	for size < 2*len(infos) {
		size <<= 1
		bits++
	}
	if clash || size > 1<<gramBits {
		return
	}
	t := &stemTable{slots: make([]stemSlot, size), shift: 64 - bits}
	mask := uint64(size - 1)
	id := make([]int32, len(infos)) // infos index -> slot index
	for k, in := range infos {
		h := hashName(in.stem)
		i := (h * 0x9e3779b97f4a7c15) >> t.shift
		for t.slots[i].used {
			i = (i + 1) & mask
		}
		t.slots[i] = stemSlot{key: h, used: true, starts: in.starts, uni: in.uni, cues: in.cues}
		id[k] = int32(i)
	}
	gt := newTable(len(grams))
	ids := make([]int32, 0, 3)
	for _, g := range grams {
		ids = ids[:0]
		for _, w := range g.words {
			ids = append(ids, id[w])
		}
		gt.put(gramKey(g.neg, ids...), g.i)
	}
	v.stems, v.grams, v.firstCues = t, gt, firstCues
}

// wordGrams appends to a.idx the vocabulary index of every word n-gram
// feature of the analysed statement, using the stem table: the fast path
// of grams for Transform, giving the same indices (see TestWordGramsFastPath).
func (a *analysis) wordGrams(v *Vectorizer) {
	cfg := v.cfg
	for i, st := range a.stems {
		if st == "" {
			continue
		}
		e := a.ent[i]
		if e < 0 {
			continue // no feature starts with an unknown stem
		}
		info := &v.stems.slots[e]
		neg := a.toks[i].Negated
		ni := 0
		if neg {
			ni = 1
		}
		if cfg.WordNgrams >= 1 && !(cfg.DropStopWords && a.lx[i].IsStopWord()) && info.uni[ni] >= 0 {
			a.idx = append(a.idx, info.uni[ni])
		}
		for n := 2; n <= cfg.WordNgrams && i+n <= len(a.stems); n++ {
			if a.stems[i+n-1] == "" {
				break
			}
			if info.starts&startBit(n, neg) == 0 {
				continue
			}
			// Every stem of a vocabulary n-gram has a slot: a word with
			// none ends the n-grams that could start here.
			e2 := a.ent[i+1]
			if e2 < 0 {
				break
			}
			k := gramKey(neg, e, e2)
			if n == 3 {
				e3 := a.ent[i+2]
				if e3 < 0 {
					break
				}
				k = gramKey(neg, e, e2, e3)
			}
			if j, ok := v.grams.get(k); ok {
				a.idx = append(a.idx, j)
			}
		}
	}
}
