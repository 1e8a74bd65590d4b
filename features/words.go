package features

import "strings"

// stemInfo is what a fitted Vectorizer knows of one stem, worked out once
// when it is fitted or restored so that Transform reads it with one probe
// per word instead of hashing feature names and looking each up: the stem's
// unigram features, whether any word n-gram of the vocabulary starts with
// it, and the lexicon cues that do.
type stemInfo struct {
	stem string
	// uni holds the indices of "w:<stem>" and "!w:<stem>", -1 when absent.
	uni [2]int32
	// pre[neg][n-2] is the FNV-1a state after "b:<stem> " (n = 2) or
	// "t:<stem> " (n = 3), "!"-prefixed when neg: a word n-gram's hash
	// continues from it with the following stems. It is set only for the n
	// and neg of some n-gram in the vocabulary (see starts).
	pre [2][2]uint64
	// starts has bit 2(n-2)+neg set when a word n-gram of the vocabulary
	// starts with the stem (negated when neg).
	starts uint8
	// cues is the lexicon's cues that start with the stem, longest first.
	cues []int
}

// startBit is stemInfo.starts' bit for n-grams of n words, negated or not.
func startBit(n int, neg bool) uint8 {
	b := uint(2 * (n - 2))
	if neg {
		b++
	}
	return 1 << b
}

// buildWords builds the Vectorizer's stem table from its vocabulary and
// lexicon. It leaves the table nil, and Transform on its general path, in
// the (astronomically unlikely) case that two stems share a 64-bit hash.
func (v *Vectorizer) buildWords() {
	v.words, v.winfo = nil, nil
	t := newTable(0)
	var infos []stemInfo
	clash := false
	entry := func(stem string) *stemInfo {
		i, ok := t.put(hashName(stem), int32(len(infos)))
		if !ok {
			infos = append(infos, stemInfo{stem: stem, uni: [2]int32{-1, -1}})
		} else if infos[i].stem != stem {
			clash = true
		}
		return &infos[i]
	}
	for i, name := range v.names[:v.nGram] {
		neg := strings.HasPrefix(name, "!")
		rest := strings.TrimPrefix(name, "!")
		ni := 0
		if neg {
			ni = 1
		}
		switch {
		case strings.HasPrefix(rest, "w:"):
			entry(rest[2:]).uni[ni] = int32(i)
		case strings.HasPrefix(rest, "b:"), strings.HasPrefix(rest, "t:"):
			n := 2
			if rest[0] == 't' {
				n = 3
			}
			first, _, ok := strings.Cut(rest[2:], " ")
			if !ok {
				continue // not a name the analysis makes
			}
			e := entry(first)
			if e.starts&startBit(n, neg) == 0 {
				e.starts |= startBit(n, neg)
				h := uint64(fnvOffset)
				if neg {
					h = mixByte(h, '!')
				}
				e.pre[ni][n-2] = mixByte(mix(mix(h, wordPrefix[n]), first), ' ')
			}
		}
	}
	if v.cfg.Cues && v.lex != nil {
		for stem, cues := range v.lex.byFirst {
			entry(stem).cues = cues
		}
	}
	if clash {
		return
	}
	v.words, v.winfo = t, infos
}

// stemEntry returns the index in winfo of the entry of the stem whose hash
// is given, or -1 when the model knows nothing of that stem. Like the
// vocabulary itself (see Transform), the table identifies a stem by its
// 64-bit hash: the hashes of the stems it holds are distinct (buildWords
// checks), and a word whose stem it does not hold finds none of them but for
// a 64-bit collision.
func (v *Vectorizer) stemEntry(hash uint64) int32 {
	i, ok := v.words.get(hash)
	if !ok {
		return -1
	}
	return i
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
		info := &v.winfo[e]
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
			h := info.pre[ni][n-2]
			for k := 1; k < n; k++ {
				if k > 1 {
					h = mixByte(h, ' ')
				}
				h = mix(h, a.stems[i+k])
			}
			if j, ok := v.index.get(h); ok {
				a.idx = append(a.idx, j)
			}
		}
	}
}
