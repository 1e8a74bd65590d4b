package experiment

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// The cost a 100-dimensional mean-vector block would add to a prediction,
// beside the embedded default model's own prediction: the dense block
// looks up each word's stem, sums the vectors, normalises and multiplies
// by the classes' weights. (The stems come from the tokens the vectoriser
// already makes; here they are computed once, outside the loop.)
func BenchmarkDenseBlock(b *testing.B) {
	d, err := TrainData(true, true)
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, e := range d.Scored[:2000] {
		texts = append(texts, e.Text)
	}
	wv, err := TrainWordVectors(texts, WordVecConfig{Dim: 100, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	tk, err := tokenize.Default()
	if err != nil {
		b.Fatal(err)
	}
	stems := make([][]string, len(texts))
	for i, t := range texts {
		stems[i] = stemsOf(tk, t)
	}
	m, err := stance.Default()
	if err != nil {
		b.Fatal(err)
	}
	w := make([]float64, 4*wv.Dim)
	b.Run("predict", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			_, _ = m.Predict(texts[i%len(texts)])
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
	})
	b.Run("dense", func(b *testing.B) {
		mean := make([]float64, wv.Dim)
		var sink float64
		for i := 0; i < b.N; i++ {
			clear(mean)
			for _, s := range stems[i%len(stems)] {
				if v := wv.Vec(s); v != nil {
					for q, x := range v {
						mean[q] += x
					}
				}
			}
			var n float64
			for _, x := range mean {
				n += x * x
			}
			for k := 0; k < 4; k++ {
				var sc float64
				for q, x := range mean {
					sc += w[k*wv.Dim+q] * x
				}
				sink += sc * n
			}
		}
		_ = sink
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "statements/s")
	})
}
