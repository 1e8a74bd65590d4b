package tokenize

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// Lexeme is what stancekit knows of one normalised word form (a Token.Norm):
// its stem and the roles this package's word lists give it, worked out once
// per form instead of once per token. Lexemes come from LexemeOf,
// AppendLexemes and Tokenizer.AppendTokensLexemes, behind a bounded cache
// (see DefaultStemCacheSize); a Lexeme is immutable and may be shared.
type Lexeme struct {
	// Norm is the normalised form.
	Norm string
	// Stem is Stem(Norm).
	Stem string
	// StemHash is the 64-bit FNV-1a hash of Stem's bytes, for callers that
	// index stems in tables of their own.
	StemHash uint64
	flags    lexFlags
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
	st := stem(norm)
	l := &Lexeme{Norm: norm, Stem: st, StemHash: fnv1a(st)}
	if isWordNorm(norm) {
		l.flags |= flagWord
	}
	if IsStopWord(norm) {
		l.flags |= flagStop
	}
	if IsNegator(norm) {
		l.flags |= flagNegator
	}
	if endsScope(norm) {
		l.flags |= flagScopeEnd
	}
	if _, ok := auxiliaries[norm]; ok {
		l.flags |= flagAux
	}
	for p := range phraseNegators {
		if p[0] == norm {
			l.flags |= flagPhrase1
		}
		if p[1] == norm {
			l.flags |= flagPhrase2
		}
	}
	return l
}

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
