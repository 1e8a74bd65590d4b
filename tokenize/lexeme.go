package tokenize

import (
	"strings"
	"sync/atomic"

	"github.com/kljensen/snowball/english"
)

// Lexeme is what stancekit knows of one normalised word form (a Token.Norm):
// its stem and the roles this package's word lists give it, worked out once
// per form instead of once per token. Lexemes come from LexemeOf,
// AppendLexemes and Tokenizer.AppendTokensLexemes, behind a bounded cache
// (see DefaultStemCacheSize). A Lexeme is shared and safe for concurrent
// use; it must not be copied. Its stem is worked out the first time it is
// asked for, so that tokenizing text nobody stems (an actor registry, the
// lines of an article) does not pay for stemming.
type Lexeme struct {
	// Norm is the normalised form.
	Norm string

	flags lexFlags
	// stem and stemHash are set once, by the caller that moves state from
	// 0 to 1, which then stores 2: readers that load 2 may read them.
	state    atomic.Uint32
	stem     string
	stemHash uint64
	// memo holds the Memo's value for this form, 0 until worked out (see
	// Memo).
	memo atomic.Uint64
	// slot is a word of the first table above that claimed it (see
	// Slot), 0 until claimed.
	slot atomic.Uint64
}

// Slot returns the word a table of a package above keeps on this lexeme,
// or 0 when no table has claimed it (see ClaimSlot). Where Memo is one
// fact about the form for the whole process, a slot is a table's own:
// the table tells its words from another's by a tag of its own in them,
// and looks the form up itself when the word is not its (package
// features keeps each form's stem slot this way, so that a statement's
// words are not hashed into the stem table again). A plain load, small
// enough to inline where every word of a statement reads it.
func (l *Lexeme) Slot() uint64 { return l.slot.Load() }

// ClaimSlot stores v (not 0) as the lexeme's slot word if none is stored
// yet, and reports whether it did: the first table to claim a lexeme
// keeps it, so that two tables in one process do not overwrite each
// other's word on every statement.
func (l *Lexeme) ClaimSlot(v uint64) bool {
	return v != 0 && l.slot.CompareAndSwap(0, v)
}

// Stem returns Stem(l.Norm).
func (l *Lexeme) Stem() string {
	if l.state.Load() == 2 { // the common case, inlined
		return l.stem
	}
	st, _ := l.stemFirst()
	return st
}

// StemHash returns the 64-bit FNV-1a hash of the bytes of l.Stem(), for
// callers that index stems in tables of their own.
func (l *Lexeme) StemHash() uint64 {
	if l.state.Load() == 2 {
		return l.stemHash
	}
	_, h := l.stemFirst()
	return h
}

// StemIfKnown returns Stem() and StemHash() when they have been worked
// out already, and ok true; otherwise "", 0 and false, and the caller asks
// Stem and StemHash, which work them out. One test of the stem's state for
// both, with no call in it: a loop over a statement's words that also has
// a rare path of its own calls nothing else on the common path, so the
// compiler need not save its state around the two calls Stem and StemHash
// each keep for a stem not yet known.
func (l *Lexeme) StemIfKnown() (stem string, hash uint64, ok bool) {
	if l.state.Load() == 2 {
		return l.stem, l.stemHash, true
	}
	return "", 0, false
}

// stemFirst returns the stem and its hash of a lexeme whose stem may not
// be set yet, working them out: Stem and StemHash test for a set stem
// themselves, small enough to be inlined where every word of every
// statement asks, and call it otherwise.
func (l *Lexeme) stemFirst() (string, uint64) {
	st := stem(l.Norm)
	h := fnv1a(st)
	if l.state.CompareAndSwap(0, 1) {
		l.stem, l.stemHash = st, h
		l.state.Store(2)
	}
	return st, h
}

// init sets up l as the lexeme of norm, from src when src, the lexeme of the
// same form, is not nil (sharing its stem if it has one).
func (l *Lexeme) init(norm string, flags lexFlags, src *Lexeme) {
	l.Norm, l.flags = norm, flags
	if src != nil && src.state.Load() == 2 {
		l.stem, l.stemHash = src.stem, src.stemHash
		l.state.Store(2)
	}
}

// Memo is a fact about a normalised form that a package above this one
// works out from the form alone and keeps on its lexemes, so that the hot
// path reads it with the lexeme it has at hand instead of looking the form
// up again in a table of its own (package features keeps each form's GloVe
// clusters this way). The value is worked out by fill on the first Of of
// each lexeme and stored in the lexeme; fill must be a pure function of the
// form, as any two lexemes of one form may each call it once. A lexeme the
// cache drops and makes again works the value out again. Of is safe for
// concurrent use.
type Memo struct {
	fill func(norm string) uint32
}

// memoMade is set by the first NewMemo: a lexeme has room for one Memo's
// value (eight bytes), which is all the packages above use.
var memoMade atomic.Bool

// NewMemo returns the Memo whose values fill works out, or nil when the
// process has made its Memo already: the caller then works its values out
// itself.
func NewMemo(fill func(norm string) uint32) *Memo {
	if fill == nil || memoMade.Swap(true) {
		return nil
	}
	return &Memo{fill: fill}
}

// memoSet marks a stored Memo value: the zero word is "not worked out".
const memoSet = 1 << 32

// Of returns the Memo's value for l.Norm.
func (m *Memo) Of(l *Lexeme) uint32 {
	if v := l.memo.Load(); v != 0 { // the common case, inlined
		return uint32(v)
	}
	return m.first(l)
}

// first works out and stores the Memo's value for l; kept out of line so
// that Of inlines.
//
//go:noinline
func (m *Memo) first(l *Lexeme) uint32 {
	x := m.fill(l.Norm)
	l.memo.Store(memoSet | uint64(x))
	return x
}

type lexFlags uint8

const (
	flagWord     lexFlags = 1 << iota // holds a letter or digit
	flagStop                          // on the stop list
	flagNegator                       // opens a negation scope
	flagScopeEnd                      // closes a negation scope
	flagAux                           // an auxiliary verb (MarkNegationBack)
	flagPhrase1                       // first word of a two-word negator
	flagPhrase2                       // second word of a two-word negator
)

// IsWord reports whether the form holds a letter or digit (see
// Token.IsWord).
func (l *Lexeme) IsWord() bool { return l.flags&flagWord != 0 }

// IsStopWord reports whether the form is on the stop list (see IsStopWord).
func (l *Lexeme) IsStopWord() bool { return l.flags&flagStop != 0 }

// IsNegator reports whether the form opens a negation scope (see
// IsNegator).
func (l *Lexeme) IsNegator() bool { return l.flags&flagNegator != 0 }

// lexemes caches the lexeme of each normalised form seen, up to
// DefaultStemCacheSize forms.
var lexemes = newCache[*Lexeme](DefaultStemCacheSize)

// LexemeOf returns the lexeme of the normalised form norm. It is safe for
// concurrent use.
func LexemeOf(norm string) *Lexeme {
	if l, ok := lexemes.get(norm); ok {
		return l
	}
	l := newLexeme(norm)
	return lexemes.put(l.Norm, l)
}

// AppendLexemes appends the lexeme of each token's Norm to dst, in token
// order, and returns the extended slice.
func AppendLexemes(dst []*Lexeme, toks []Token) []*Lexeme {
	for i := range toks {
		dst = append(dst, LexemeOf(toks[i].Norm))
	}
	return dst
}

// newLexeme works out the lexeme of norm. Its Norm is a copy, so that a
// cached lexeme does not keep the document norm was cut from alive.
func newLexeme(norm string) *Lexeme {
	norm = strings.Clone(norm)
	return &Lexeme{Norm: norm, flags: flagsOf(norm)}
}

// flagsOf works out the roles of the normalised form norm.
func flagsOf(norm string) lexFlags {
	var f lexFlags
	if isWordNorm(norm) {
		f |= flagWord
	}
	if IsStopWord(norm) {
		f |= flagStop
	}
	if IsNegator(norm) {
		f |= flagNegator
	}
	if endsScope(norm) {
		f |= flagScopeEnd
	}
	if _, ok := auxiliaries[norm]; ok {
		f |= flagAux
	}
	if _, ok := phraseWords[0][norm]; ok {
		f |= flagPhrase1
	}
	if _, ok := phraseWords[1][norm]; ok {
		f |= flagPhrase2
	}
	return f
}

// phraseWords holds the first and the second words of the two-word
// negators.
var phraseWords = func() (w [2]map[string]struct{}) {
	w[0], w[1] = map[string]struct{}{}, map[string]struct{}{}
	for p := range phraseNegators {
		w[0][p[0]], w[1][p[1]] = struct{}{}, struct{}{}
	}
	return w
}()

// stem stems the normalised word w, uncached. Words of one or two bytes are
// their own stems.
func stem(w string) string {
	if len(w) <= 2 {
		return w
	}
	return english.Stem(w, true)
}

// fnv1a is the 64-bit FNV-1a hash of s.
func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
