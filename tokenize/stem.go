package tokenize

import "strings"

// DefaultStemCacheSize is the number of distinct words the package-level
// lexeme cache (which Stem, LexemeOf and the Tokenizer share) keeps. News
// vocabulary is Zipfian: a few tens of thousands of words cover nearly every
// token, so past this size new words are stemmed without being stored and
// memory stays bounded on an unbounded stream.
const DefaultStemCacheSize = 1 << 15

// Stemmer reduces normalised words to their English (Porter2/snowball) stems,
// remembering up to a fixed number of results. Stemming a word uncached costs
// several hundred nanoseconds; a cache hit costs a map read.
//
// A Stemmer is safe for concurrent use. The zero value is not usable; call
// NewStemmer.
type Stemmer struct {
	cache *cache[string]
}

// NewStemmer returns a Stemmer that caches up to size words (size <= 0
// disables caching).
func NewStemmer(size int) *Stemmer {
	return &Stemmer{cache: newCache[string](size)}
}

// Stem returns the stem of the normalised word w using the package's shared
// cache (the lexeme cache: Stem(w) is LexemeOf(w).Stem()). Stop words are
// stemmed too, so that "has" and "have" meet.
func Stem(w string) string {
	if len(w) <= 2 {
		return w
	}
	return LexemeOf(w).Stem()
}

// Stem returns the stem of the normalised word w.
func (s *Stemmer) Stem(w string) string {
	if len(w) <= 2 {
		return w
	}
	if st, ok := s.cache.get(w); ok {
		return st
	}
	st := stem(w)
	if s.cache.max > 0 && !s.cache.full.Load() {
		// The key is cloned: w is often a substring of a large document,
		// which the cache must not keep alive.
		st = s.cache.put(strings.Clone(w), st)
	}
	return st
}

// Len reports how many words the cache holds.
func (s *Stemmer) Len() int { return s.cache.len() }
