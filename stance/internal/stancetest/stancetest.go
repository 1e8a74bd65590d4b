// Package stancetest is test support shared by the tests of stance and
// stance/eval: a small synthetic data set and the SVM configuration they
// train on it.
package stancetest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/stance"
)

// Synthetic returns n statements of three classes, each built from words
// that lean to its class, words that lean to a neighbouring one, and shared
// filler, so that a linear model can learn them but not perfectly. The
// same seed gives the same statements.
func Synthetic(n int, seed uint64) ([]string, []stance.Label) {
	rng := rand.New(rand.NewPCG(seed, 7))
	lean := map[stance.Label][]string{
		"favor":   {"love", "great", "support", "proud", "yes", "backing"},
		"against": {"hate", "awful", "oppose", "shame", "never", "reject"},
		"none":    {"weather", "lunch", "traffic", "tuesday", "chair", "football"},
	}
	filler := []string{"the", "plan", "today", "people", "really", "about", "new", "vote"}
	classes := []stance.Label{"favor", "against", "none"}
	texts, labels := make([]string, n), make([]stance.Label, n)
	for i := range texts {
		c := classes[i%3]
		var w []string
		for range 3 + rng.IntN(4) {
			switch r := rng.Float64(); {
			case r < 0.45:
				w = append(w, lean[c][rng.IntN(6)])
			case r < 0.55:
				o := classes[rng.IntN(3)]
				w = append(w, lean[o][rng.IntN(6)])
			default:
				w = append(w, filler[rng.IntN(len(filler))])
			}
		}
		texts[i], labels[i] = strings.Join(w, " ")+fmt.Sprintf(" #t%d", i%17), c
	}
	return texts, labels
}

// SVMConfig is a linear SVM over word 1-2-grams and character 2-4-grams,
// the configuration the tests train on Synthetic data.
func SVMConfig() stance.TrainConfig {
	return stance.TrainConfig{
		Features: features.Config{WordNgrams: 2, CharMin: 2, CharMax: 4, Sublinear: true, MinDF: 1},
		L2:       0.01, Balanced: true, Solver: stance.SolverSVM,
	}
}
