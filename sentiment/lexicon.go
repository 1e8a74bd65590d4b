package sentiment

import (
	"slices"
	"strings"
	"sync"

	"github.com/stancekit/stancekit/internal/wordhash"
)

//go:generate go run ./internal/genvader

// VADER rule constants, as published by Hutto & Gilbert (2014) and used by
// the reference implementation.
const (
	capIncrement   = 0.733 // ALL-CAPS emphasis of a sentiment word or booster
	negScalar      = -0.74 // a negated word keeps 74% of its strength, flipped
	normAlpha      = 15.0  // compound = s / sqrt(s*s + alpha)
	boosterDecay1  = 0.95  // booster two words before the sentiment word
	boosterDecay2  = 0.90  // booster three words before the sentiment word
	exclaimScale   = 0.292 // per "!" (at most maxExclaims of them)
	maxExclaims    = 4
	questionScale  = 0.18 // per "?" when there are two or three of them
	maxQuestionAmp = 0.96 // four or more "?"
	neverSoScale   = 1.25 // "never so good": an intensifier, not a negation
	butScale       = 0.5  // before "but" x0.5, after x1.5
)

// idiom is a multi-word sequence with a value: a special-case idiom that
// replaces the valence of the word it ends on, or a multi-word booster.
type idiom struct {
	words []string
	value float64
}

// lexicon is the immutable word data an Analyzer scores with. It is built
// once and only read afterwards, which is what makes an Analyzer safe for
// concurrent use.
type lexicon struct {
	words    *wordTable         // everything VADER knows about a lower-cased word
	domain   *wordTable         // the words the domain layer changes, in full; nil without it
	special  map[string][]idiom // special-case idioms by first word
	boostSeq map[string][]idiom // multi-word boosters ("kind of") by first word
	maxEmoji rune               // smallest rune that can be an emoji (fast path)
}

// wordInfo is what the lexicons and the domain layer say about one word.
type wordInfo struct {
	valence float64 // mean crowd valence (-4..4), when flags has wInLex
	boost   float64 // booster or dampener value, when flags has wBooster
	flags   uint16
}

// wordInfo flags.
const (
	wInLex    uint16 = 1 << iota // a sentiment word
	wBooster                     // a single-word booster or dampener
	wNegate                      // a negation word
	wDomain                      // the domain layer set its valence
	wSpecial                     // first word of a special-case idiom
	wBoostSeq                    // first word of a multi-word booster
	wPhrase                      // first word of a domain phrase
	wScope                       // first word of a domain negation cue
)

// wordEntry is one word of a wordTable.
type wordEntry struct {
	word string
	info wordInfo
}

// phraseEntry is a special-case idiom or a multi-word booster of the VADER
// tables, its words separated by white space.
type phraseEntry struct {
	text  string
	value float64
}

// emojiEntry is an emoji of the VADER tables and its description.
type emojiEntry struct {
	r    rune
	desc string
}

// baseLexicon is the VADER data shipped with govader, from the tables
// `go generate` wrote into vader_tables.go (TestVaderTablesMatchGovader
// checks them against govader's own maps). Setting it up parses nothing:
// it indexes the static word table and groups the few idioms by first word.
var baseLexicon = sync.OnceValue(func() *lexicon {
	group := func(ps []phraseEntry) map[string][]idiom {
		m := make(map[string][]idiom, len(ps))
		for _, p := range ps {
			f := strings.Fields(p.text)
			m[f[0]] = append(m[f[0]], idiom{words: f, value: p.value})
		}
		return m
	}
	return &lexicon{
		words:    vaderTable,
		special:  group(vaderIdioms[:]),
		boostSeq: group(vaderBoostPhrases[:]),
		maxEmoji: vaderEmoji[0].r,
	}
})

// emojiBMP marks the emoji of the VADER table below U+10000, a bit a rune,
// so that the common non-ASCII characters of news text (curly quotes,
// dashes, accented letters) are ruled out without a search.
var emojiBMP = func() (bits [0x10000 / 64]uint64) {
	for _, e := range vaderEmoji {
		if e.r < 0x10000 {
			bits[e.r/64] |= 1 << (e.r % 64)
		}
	}
	return bits
}()

// emoji returns the description of the emoji r, if it is one.
func (lx *lexicon) emoji(r rune) (string, bool) {
	if r < lx.maxEmoji || (r < 0x10000 && emojiBMP[r/64]&(1<<(r%64)) == 0) {
		return "", false
	}
	i, ok := slices.BinarySearchFunc(vaderEmoji[:], r, func(e emojiEntry, r rune) int { return int(e.r - r) })
	if !ok {
		return "", false
	}
	return vaderEmoji[i].desc, true
}

// word returns everything known about the lower-cased word w: what the
// domain layer says, if it has it, else what VADER says.
func (lx *lexicon) word(w []byte) wordInfo { return lx.wordHashed(w, wordhash.Bytes(w)) }

// wordHashed is word for a w whose wordhash is h.
func (lx *lexicon) wordHashed(w []byte, h uint32) wordInfo {
	if lx.domain != nil {
		if info, ok := lx.domain.get(h, w); ok {
			return info
		}
	}
	info, _ := lx.words.get(h, w)
	return info
}

// withDomain returns a copy of lx with the domain word overrides applied and
// the first words of the domain phrases and negation cues flagged. A zero
// valence removes the word from the lexicon, so that it no longer acts as a
// sentiment word for the VADER rules either. The VADER table is shared; the
// words the domain layer touches get entries of their own, VADER's
// information included, in a table looked up first.
func (lx *lexicon) withDomain(rules *domainRules) *lexicon {
	out := *lx
	var entries []wordEntry
	at := map[string]int{}
	info := func(w string) *wordInfo {
		i, ok := at[w]
		if !ok {
			i = len(entries)
			at[w] = i
			entries = append(entries, wordEntry{word: w, info: lx.word([]byte(w))})
		}
		return &entries[i].info
	}
	for w, e := range rules.words {
		in := info(w)
		in.flags |= wDomain
		if e.valence == 0 {
			in.valence, in.flags = 0, in.flags&^wInLex
		} else {
			in.valence, in.flags = e.valence, in.flags|wInLex
		}
	}
	for w := range rules.phrases {
		info(w).flags |= wPhrase
	}
	for w := range rules.scopes {
		info(w).flags |= wScope
	}
	if lx.domain != nil { // keep the words an earlier layer changed
		for _, e := range lx.domain.entries {
			info(e.word)
		}
	}
	out.domain = newWordTable(entries)
	return &out
}

// wordTable maps lower-cased words to what is known about them: its entries,
// which it only reads, and an open-addressing index over them (linear
// probing on wordhash), so that a lookup hashes the word once and compares
// it with one entry or a few. The VADER table's index is generated with it
// (vaderSlots); the domain layer's is built with the Analyzer.
type wordTable struct {
	entries []wordEntry
	slots   []uint32 // 1 + the index of an entry, or 0 for an empty slot
	mask    uint32   // len(slots) - 1
}

// vaderTable is the VADER words and their generated index.
var vaderTable = &wordTable{entries: vaderWords[:], slots: vaderSlots[:], mask: uint32(len(vaderSlots) - 1)}

// newWordTable indexes entries, whose words must be distinct.
func newWordTable(entries []wordEntry) *wordTable {
	words := make([]string, len(entries))
	for i, e := range entries {
		words[i] = e.word
	}
	slots := wordhash.Place(words)
	return &wordTable{entries: entries, slots: slots, mask: uint32(len(slots) - 1)}
}

// get returns what the table says about the word w whose hash is h.
func (t *wordTable) get(h uint32, w []byte) (wordInfo, bool) {
	for h &= t.mask; ; h = (h + 1) & t.mask {
		s := t.slots[h]
		if s == 0 {
			return wordInfo{}, false
		}
		if e := &t.entries[s-1]; e.word == string(w) {
			return e.info, true
		}
	}
}

// find returns the index of the entry of w.
func (t *wordTable) find(w string) (int, bool) {
	for h := wordhash.String(w) & t.mask; ; h = (h + 1) & t.mask {
		s := t.slots[h]
		if s == 0 {
			return 0, false
		}
		if t.entries[s-1].word == w {
			return int(s - 1), true
		}
	}
}
