package features

import (
	"github.com/stancekit/stancekit/internal/wordhash"
	"github.com/stancekit/stancekit/tokenize"
)

//go:generate go run ./internal/genstems

// stemEntry is a word of the built-in cue lexicon and its stem.
type stemEntry struct{ word, stem string }

// cueStem returns tokenize.Stem(w), from the generated table of the
// built-in lexicon's words (cue_stems.go) when w is one of them: compiling
// the lexicon then runs the snowball stemmer on none of its words, which
// took the larger part of loading the default model's lexicon.
func cueStem(w string) string {
	mask := uint32(len(cueStemSlots) - 1)
	for h := wordhash.String(w) & mask; ; h = (h + 1) & mask {
		s := cueStemSlots[h]
		if s == 0 {
			return tokenize.Stem(w)
		}
		if e := &cueStemWords[s-1]; e.word == w {
			return e.stem
		}
	}
}
