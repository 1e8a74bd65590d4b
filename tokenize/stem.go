package tokenize

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kljensen/snowball/english"
)

// DefaultStemCacheSize is the number of distinct words the package-level
// stem cache keeps. News vocabulary is Zipfian: a few tens of thousands of
// words cover nearly every token, so past this size new words are stemmed
// without being stored and memory stays bounded on an unbounded stream.
const DefaultStemCacheSize = 1 << 15

// Stemmer reduces normalised words to their English (Porter2/snowball) stems,
// remembering up to a fixed number of results. Stemming a word uncached costs
// several hundred nanoseconds; a cache hit costs a map read.
//
// A Stemmer is safe for concurrent use. The zero value is not usable; call
// NewStemmer.
type Stemmer struct {
	cache sync.Map // string -> string
	n     atomic.Int64
	max   int64
}

// NewStemmer returns a Stemmer that caches up to size words (size <= 0
// disables caching).
func NewStemmer(size int) *Stemmer {
	return &Stemmer{max: int64(size)}
}

var defaultStemmer = NewStemmer(DefaultStemCacheSize)

// Stem returns the stem of the normalised word w using the package's shared
// cache. Stop words are stemmed too, so that "has" and "have" meet.
func Stem(w string) string { return defaultStemmer.Stem(w) }

// Stem returns the stem of the normalised word w.
func (s *Stemmer) Stem(w string) string {
	if len(w) <= 2 {
		return w
	}
	if v, ok := s.cache.Load(w); ok {
		return v.(string)
	}
	st := english.Stem(w, true)
	// The key is cloned: w is often a substring of a large document, which the
	// cache must not keep alive.
	if s.n.Load() < s.max {
		if _, loaded := s.cache.LoadOrStore(strings.Clone(w), st); !loaded {
			s.n.Add(1)
		}
	}
	return st
}

// Len reports how many words the cache holds.
func (s *Stemmer) Len() int { return int(s.n.Load()) }
