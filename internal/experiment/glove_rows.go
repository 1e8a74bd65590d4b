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
		{Name: "glove: off (the default before the twelfth session)", Config: glove(0, 0)},
		{Name: "glove: 256 clusters, value 1", Config: glove(1, 256)},
		{Name: "glove: 256 clusters, value 0.5", Config: glove(0.5, 256)},
		{Name: "glove: 1024 clusters, value 1", Config: glove(1, 1024)},
		{Name: "glove: value 1.5, 256 clusters", Config: glove(1.5, 256)},
		{Name: "glove: value 2, 256 clusters", Config: glove(2, 256)},
		{Name: "glove: value 1, 256 clusters, with synsets (first sense and hypernyms, 0.2)", Config: withSynsets(glove(1, 256))},
		{Name: "glove: at 0.7, 256 clusters", Config: glove(0.7, 256)},
		{Name: "glove: at 0.35, 256 clusters", Config: glove(0.35, 256)},
		{Name: "glove: at 0.25, 256 clusters", Config: glove(0.25, 256)},
		{Name: "glove: at 0.5, 256 clusters, with synsets (first sense and hypernyms, 0.2)", Config: withSynsets(glove(0.5, 256))},
		// The thirteenth session's rows (lane synpack): the synset block over
		// the default (GloVe at 0.35), now that its table is read in place
		// (go run ./examples/evaluate -paired 'glove 0.35 + synsets').
		{Name: "glove 0.35 + synsets (first sense and hypernyms) at 0.1", Config: withSynsetsAt(glove(0.35, 256), 0.1)},
		{Name: "glove 0.35 + synsets (first sense and hypernyms) at 0.2", Config: withSynsetsAt(glove(0.35, 256), 0.2)},
		{Name: "glove 0.35 + synsets (first sense and hypernyms) at 0.3", Config: withSynsetsAt(glove(0.35, 256), 0.3)},
	}
}

// withSynsets adds the synset block as its one setting that raised every
// out-of-fold set (item 13 of stance/RESULTS.md).
func withSynsets(c stance.TrainConfig) stance.TrainConfig { return withSynsetsAt(c, 0.2) }

// withSynsetsAt adds the synset block's first sense and hypernyms at value v.
func withSynsetsAt(c stance.TrainConfig, v float64) stance.TrainConfig {
	c.Features.Synsets, c.Features.SynsetSenses, c.Features.SynsetHypernyms = v, 1, true
	return c
}
