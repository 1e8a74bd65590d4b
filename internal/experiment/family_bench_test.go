package experiment

import (
	"testing"

	"github.com/stancekit/stancekit/internal/defaultmodel"
)

// The costs of the eighth session's network beside the default's: training
// on the whole training set (train and dev splits, synthetic statements,
// article corpus) and labelling statements, for the default linear model,
// the MLP alone and the two mixed. Compare the sub-benchmarks' ns/op and
// statements/s within one run.
func BenchmarkFamilyCost(b *testing.B) {
	full, err := defaultmodel.TrainingSet()
	if err != nil {
		b.Fatal(err)
	}
	cfg := defaultmodel.Config()
	texts, _, _ := defaultmodel.Columns(full)
	texts = texts[:2000]
	rows := []struct {
		name string
		l    Learner
	}{
		{"default", Labelled(LinearProbs(nil))},
		{"mlp64", Labelled(MLPProbs(MLPConfig{Hidden: 64, Epochs: 10, Dropout: 0.3, Seed: 1}))},
		{"mlp32", Labelled(MLPProbs(MLPConfig{Hidden: 32, Epochs: 10, Dropout: 0.3, Seed: 1}))},
		{"mix64", Labelled(Mix([]ProbLearner{LinearProbs(nil), MLPProbs(MLPConfig{Hidden: 64, Epochs: 10, Dropout: 0.3, Seed: 1})}, []float64{0.5, 0.5}))},
	}
	for _, r := range rows {
		var label Labeller
		b.Run("train/"+r.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if label, err = r.l(full, cfg, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
		if label == nil {
			continue
		}
		b.Run("predict/"+r.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				label(texts)
			}
			b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "statements/s")
		})
	}
}
