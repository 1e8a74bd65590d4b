package features

import (
	"cmp"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/tokenize"
)

// charTable gives the character n-gram features of the words a Vectorizer
// was fitted on, worked out once per word: Transform reads a known word's
// features with one probe and one contiguous list, where hashing each of the
// word's n-grams and looking it up in the vocabulary costs a probe (and a
// cache miss) per n-gram, some twenty for a word of six letters. A word is
// found by its normalised form, compared byte for byte, so the lists are
// exact: they hold the indices the general path finds for the word, in the
// order it finds them. Words the Vectorizer was not fitted on, or that the
// table has no room for, take the general path. Read-only once built.
type charTable struct {
	slots []charSlot
	shift uint   // 64 - log2(len(slots))
	norms string // the words' normalised forms, end to end
	grams []int32
}

// charSlot is one word of a charTable: its hash, where its normalised
// form and feature list lie, and its stem's slot in the stem table. A
// slot with n == 0 is empty (a word is never empty).
type charSlot struct {
	h    uint64 // hashName of the normalised form
	at   uint32 // the form is norms[at:at+n]
	from uint32 // the features are grams[from:from+k]
	n    uint16
	k    uint16
	stem int32 // the stem's slot in the word tables' stem table, -1 for none
}

// maxCharWord is the longest word (in bytes, normalised) a charTable
// holds; longer ones are rare and take the general path.
const maxCharWord = 64

// maxCharWords bounds the words a charTable holds, and so its size (about
// 100 bytes a word): a fit over millions of statements keeps its most
// frequent words.
const maxCharWords = 1 << 18

// wordCounts counts the normalised forms of the words fit sees, for the
// character table, each with the hash of its stem.
type wordCounts map[string]wordCount

type wordCount struct {
	n    int32
	stem uint64 // the stem's hash (tokenize.Lexeme.StemHash)
}

// add counts the words of the analysed statement.
func (c wordCounts) add(a *analysis) {
	for i, st := range a.stems {
		if st == "" {
			continue
		}
		if n := a.toks[i].Norm; len(n) <= maxCharWord {
			wc := c[n]
			c[n] = wordCount{wc.n + 1, a.shs[i]}
		}
	}
}

// charWord is a word for the character table and its stem's hash.
type charWord struct {
	norm string
	stem uint64
}

// charWords merges the counts of fit's chunks and returns the words the
// character table is to hold: the most frequent maxCharWords (ties by
// form), in byte order.
func charWords(counts []wordCounts) []charWord {
	all := counts[0]
	for _, c := range counts[1:] {
		for w, wc := range c {
			all[w] = wordCount{all[w].n + wc.n, wc.stem}
		}
	}
	words := make([]charWord, 0, len(all))
	for w, wc := range all {
		words = append(words, charWord{w, wc.stem})
	}
	if len(words) > maxCharWords {
		slices.SortFunc(words, func(a, b charWord) int {
			return cmp.Or(cmp.Compare(all[b.norm].n, all[a.norm].n), strings.Compare(a.norm, b.norm))
		})
		words = words[:maxCharWords]
	}
	slices.SortFunc(words, func(a, b charWord) int { return strings.Compare(a.norm, b.norm) })
	return words
}

// usesCharTable reports whether a Vectorizer with configuration cfg gains
// from a character table: it has character n-grams within words.
func usesCharTable(cfg Config) bool { return cfg.CharMax > 0 && !cfg.CharAcross }

// buildChars builds the character table of words for v, whose word tables
// are w (the stem slots it records are w's). It returns nil for no words.
func (v *Vectorizer) buildChars(words []charWord, w *wordTables) *charTable {
	if len(words) == 0 {
		return nil
	}
	size, shift := tableSize(len(words))
	t := &charTable{slots: make([]charSlot, size), shift: shift}
	var norms strings.Builder
	var a analysis
	for _, cw := range words {
		word := cw.norm
		if len(word) == 0 || len(word) > maxCharWord {
			continue
		}
		a.buf = append(append(append(a.buf[:0], ' '), word...), ' ')
		a.hs = a.hs[:0]
		a.charGramsOf(v.cfg, a.buf, 0, false)
		from := len(t.grams)
		t.grams = v.lookup(t.grams, a.hs)
		h := hashName(word)
		stem := int32(-1)
		if w != nil && w.stems != nil {
			stem = w.stems.find(cw.stem)
		}
		s := charSlot{h: h, at: uint32(norms.Len()), from: uint32(from), n: uint16(len(word)), k: uint16(len(t.grams) - from), stem: stem}
		norms.WriteString(word)
		mask := uint64(len(t.slots) - 1)
		i := home(h, t.shift)
		for t.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
	t.norms = norms.String()
	t.grams = slices.Clip(t.grams)
	return t
}

// find returns the index of the slot of the word whose normalised form is
// norm, or -1.
func (t *charTable) find(norm string) int32 {
	if len(norm) > maxCharWord {
		return -1
	}
	return t.findHash(norm, hashName(norm))
}

// findHash is find for a norm of at most maxCharWord bytes whose hashName
// is h.
func (t *charTable) findHash(norm string, h uint64) int32 {
	mask := uint64(len(t.slots) - 1)
	for i := home(h, t.shift); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			return -1
		}
		if s.h == h && int(s.n) == len(norm) && t.norms[s.at:s.at+uint32(s.n)] == norm {
			return int32(i)
		}
	}
}

// touch sets nh[i] to the hashName of the normalised form of word token
// i of lx when find could hold it (0 for other tokens) and reads the first
// slot find probes for each, returning what it read for the caller to keep:
// the cache misses then overlap, where find's branches would make them
// come one after another (see table.touch).
func (t *charTable) touch(lx []*tokenize.Lexeme, nh []uint64) ([]uint64, uint16) {
	var or uint16
	nh = nh[:0]
	for _, l := range lx {
		h := uint64(0)
		if l.IsWord() && len(l.Norm) <= maxCharWord {
			h = hashName(l.Norm)
			or |= t.slots[home(h, t.shift)].n
		}
		nh = append(nh, h)
	}
	return nh, or
}

// touchLists reads the first feature of the list of each word of the
// table among the slots cw (-1 for none), for the caller to keep, so that
// copying the lists finds them in the cache (see touch).
func (t *charTable) touchLists(cw []int32) int32 {
	var or int32
	for _, c := range cw {
		if c >= 0 {
			s := &t.slots[c]
			if s.k > 0 {
				or |= t.grams[s.from]
			}
		}
	}
	return or
}

// list returns the features of the word of slot s.
func (t *charTable) list(s *charSlot) []int32 { return t.grams[s.from : s.from+uint32(s.k)] }
