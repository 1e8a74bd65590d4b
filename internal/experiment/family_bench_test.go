package experiment

import (
	"testing"

	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
)

// The costs of the eighth session's network beside the default's, on the
// whole training set (train and dev splits, synthetic statements, article
// corpus): training the default linear model and the network of each
// width (train/...), the embedded default model's prediction, and the
// network's forward pass alone on vectors already made (forward/...: what
// a model mixing the two would add to each prediction, as the vectoriser's
// work is shared). Compare ns/op within one run; run with -cpu 1.
func BenchmarkFamilyCost(b *testing.B) {
	full, err := defaultmodel.TrainingSet()
	if err != nil {
		b.Fatal(err)
	}
	cfg := defaultmodel.Config()
	texts, labels, _ := defaultmodel.Columns(full)
	b.Run("train/default", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := stance.Train(texts, labels, cfg); err != nil {
				b.Fatal(err)
			}
		}
	})
	vec, err := vectoriserFor(cfg)
	if err != nil {
		b.Fatal(err)
	}
	X, err := vec.FitTransform(texts)
	if err != nil {
		b.Fatal(err)
	}
	y := make([]int, len(labels))
	wt := make([]float64, len(labels))
	for i, l := range labels {
		for c, ll := range Labels {
			if l == ll {
				y[i] = c
			}
		}
		wt[i] = 1
	}
	m, err := stance.Default()
	if err != nil {
		b.Fatal(err)
	}
	sample := texts[:2000]
	b.Run("predict/default", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			_, _ = m.Predict(sample[i%len(sample)])
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
	})
	for _, h := range []int{16, 32, 64} {
		c := MLPConfig{Hidden: h, Epochs: 10, Dropout: 0.3, Seed: 1}.withDefaults()
		name := map[int]string{16: "16", 32: "32", 64: "64"}[h]
		var net *mlp
		b.Run("train/mlp"+name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				net = trainMLP(X, y, wt, vec.Dim(), len(Labels), c, 1)
			}
		})
		xs := X[:2000]
		b.Run("forward/mlp"+name, func(b *testing.B) {
			if net == nil {
				net = trainMLP(X, y, wt, vec.Dim(), len(Labels), c, 1)
				b.ResetTimer()
			}
			pre, hid, out := make([]float64, h), make([]float64, h), make([]float64, len(Labels))
			for i := 0; i < b.N; i++ {
				net.forward(xs[i%len(xs)], pre, hid, out)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
		})
	}
}
