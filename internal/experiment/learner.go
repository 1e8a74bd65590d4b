package experiment

import (
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
)

// Labeller labels statements, one label per text, in order.
type Labeller func(texts []string) []stance.Label

// Learner fits a Labeller to a fold's training examples with cfg. It may
// read the unlabelled pool (UnlabelledPool) and the training examples'
// texts without their labels; it never sees held-out statements.
type Learner func(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Labeller, error)

// fitLabeller trains o.Learner, or the single model train makes.
func fitLabeller(tr []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Labeller, error) {
	if o.Learner != nil {
		texts, _, _ := defaultmodel.Columns(tr)
		cfg, err := defaultmodel.WithVectors(cfg, texts)
		if err != nil {
			return nil, err
		}
		return o.Learner(tr, cfg, o)
	}
	m, err := train(tr, cfg, o)
	if err != nil {
		return nil, err
	}
	return modelLabeller(m), nil
}

// modelLabeller labels with m (a statement m rejects gets "").
func modelLabeller(m *stance.Model) Labeller {
	return func(texts []string) []stance.Label {
		out := make([]stance.Label, len(texts))
		for i, r := range m.PredictBatch(texts, 0) {
			if r.Err == nil {
				out[i] = r.Label
			}
		}
		return out
	}
}

// predictWith scores a labeller on examples.
func predictWith(label Labeller, test []defaultmodel.Example, tf Transform) (Result, error) {
	texts, gold, _ := defaultmodel.Columns(test)
	for i := range texts {
		texts[i] = apply(tf, texts[i])
	}
	return score(gold, label(texts))
}

// HoldoutLabeller trains o's learner (or the single model) on tr and
// scores te.
func HoldoutLabeller(tr, te []defaultmodel.Example, cfg stance.TrainConfig, o Options) (Result, error) {
	label, err := fitLabeller(tr, cfg, o)
	if err != nil {
		return Result{}, err
	}
	return predictWith(label, te, o.Transform)
}
