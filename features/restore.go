package features

import (
	"fmt"

	"github.com/stancekit/stancekit/tokenize"
)

// hashName is the hash Transform computes for a feature: FNV-1a over the
// feature's name, which ngrams feeds piece by piece.
func hashName(name string) uint64 { return mix(fnvOffset, name) }

// Restore rebuilds a fitted Vectorizer from what a saved model holds: the
// configuration, the lexicon, the feature names in index order and the IDF of
// each n-gram feature (len(idf) n-gram features come first, then the cue
// block, which must be the one lex produces). It is the inverse of reading
// Names and IDF off a fitted Vectorizer.
// maxIDF bounds a restored IDF value. A fitted IDF is 1 + ln(n/df), under
// 30 for any corpus that fits in memory; a far larger one can only come from
// a corrupt file, and squaring it for the L2 norm would overflow to +Inf.
const maxIDF = 1e6

func Restore(cfg Config, tok *tokenize.Tokenizer, lex *Lexicon, names []string, idf []float64) (*Vectorizer, error) {
	v, err := NewVectorizer(cfg, tok, lex)
	if err != nil {
		return nil, err
	}
	if len(idf) > len(names) {
		return nil, fmt.Errorf("features: %d IDF values for %d features", len(idf), len(names))
	}
	v.index = newTable(len(idf))
	v.idf = make([]float64, len(idf))
	v.names = make([]string, 0, len(names))
	for i, n := range names[:len(idf)] {
		if n == "" {
			return nil, fmt.Errorf("features: feature %d has no name", i)
		}
		if x := idf[i]; !(x > 0) || x > maxIDF {
			return nil, fmt.Errorf("features: feature %q has IDF %v", n, x)
		}
		h := hashName(n)
		if _, dup := v.index.put(h, int32(i)); dup {
			return nil, fmt.Errorf("features: feature %q repeated", n)
		}
		v.idf[i] = idf[i]
		v.names = append(v.names, n)
	}
	v.nGram = len(idf)
	v.addCueFeatures()
	v.addPredicateFeatures()
	if len(v.names) != len(names) {
		return nil, fmt.Errorf("features: model has %d cue features, its lexicon gives %d", len(names)-len(idf), len(v.names)-len(idf))
	}
	for i := len(idf); i < len(names); i++ {
		if names[i] != v.names[i] {
			return nil, fmt.Errorf("features: cue feature %d is %q, its lexicon gives %q", i, names[i], v.names[i])
		}
	}
	return v, nil
}

// NGrams returns the number of n-gram features; cue features follow them.
func (v *Vectorizer) NGrams() int { return v.nGram }
