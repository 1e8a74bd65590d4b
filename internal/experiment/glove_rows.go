package experiment

import "github.com/stancekit/stancekit/stance"

// GloveAblations are the eleventh session's rows (issue 10, a model that
// transfers): the GloVe cluster block (features.Config.GloveClusters), each
// content word's cluster among 256 or 1024 of GloVe 6B's 100-d vectors as
// an n-gram feature, at a few values (go run ./examples/evaluate -paired
// glove).
func GloveAblations(def stance.TrainConfig) []Ablation {
	glove := func(v float64, k int) stance.TrainConfig {
		c := def
		c.Features.GloveClusters, c.Features.GloveK = v, k
		return c
	}
	return []Ablation{
		{Name: "glove: 256 clusters, value 1", Config: glove(1, 256)},
		{Name: "glove: 256 clusters, value 0.5", Config: glove(0.5, 256)},
		{Name: "glove: 1024 clusters, value 1", Config: glove(1, 1024)},
	}
}
