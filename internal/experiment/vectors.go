package experiment

import (
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/internal/wordvec"
	"github.com/stancekit/stancekit/tokenize"
)

// WordVectors and WordVecConfig are package wordvec's, where the vectors
// are learnt (the default model's build learns them too).
type (
	WordVectors   = wordvec.WordVectors
	WordVecConfig = wordvec.WordVecConfig
)

// TrainWordVectors is wordvec.TrainWordVectors.
func TrainWordVectors(texts []string, c WordVecConfig) (*WordVectors, error) {
	return wordvec.TrainWordVectors(texts, c)
}

func stemsOf(tk *tokenize.Tokenizer, s string) []string { return wordvec.Stems(tk, s) }

// UnlabelledPool is defaultmodel.UnlabelledPool: the unlabelled text the
// learners may read inside a fold.
func UnlabelledPool() ([]string, error) { return defaultmodel.UnlabelledPool() }
