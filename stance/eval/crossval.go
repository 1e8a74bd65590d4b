package eval

import (
	"errors"
	"fmt"
	"slices"

	"github.com/stancekit/stancekit/stance"
)

// Evaluate predicts texts with m and scores the predictions against gold,
// over m's classes (and OffTarget, when the model can answer it or gold
// holds it). A text the model cannot classify (stance.ErrEmpty) counts as
// a wrong prediction, not as a dropped example.
func Evaluate(m *stance.Model, texts []string, gold []stance.Label) (Report, []stance.Label, error) {
	if len(texts) != len(gold) {
		return Report{}, nil, fmt.Errorf("evaluate: %d texts but %d labels", len(texts), len(gold))
	}
	pred := make([]stance.Label, len(texts))
	for i, res := range m.PredictBatch(texts, 0) {
		if res.Err == nil {
			pred[i] = res.Label
		}
	}
	labels := m.Labels()
	if m.HasRelevance() || slices.Contains(gold, stance.OffTarget) {
		labels = append(labels, stance.OffTarget)
	}
	r, err := Score(gold, pred, labels)
	return r, pred, err
}

// CrossValidate trains one model per fold on the other folds and predicts
// the fold, returning the pooled report and the out-of-fold predictions
// (scikit-learn's cross_val_predict). Every example is predicted exactly
// once by a model that never saw it.
func CrossValidate(texts []string, labels []stance.Label, folds Folds, cfg stance.TrainConfig) (Report, []stance.Label, error) {
	nf, err := folds.count(len(texts), len(labels))
	if err != nil {
		return Report{}, nil, fmt.Errorf("cross-validate: %w", err)
	}
	pred := make([]stance.Label, len(texts))
	for f := 0; f < nf; f++ {
		trX, trY, teX, teI := folds.split(f, texts, labels)
		if len(teX) == 0 {
			continue
		}
		m, err := stance.Train(trX, trY, cfg)
		if err != nil {
			return Report{}, nil, fmt.Errorf("cross-validate: fold %d: %w", f, err)
		}
		for k, res := range m.PredictBatch(teX, 0) {
			if res.Err == nil {
				pred[teI[k]] = res.Label
			}
		}
	}
	r, err := Score(labels, pred, classes(labels))
	return r, pred, err
}

// count checks folds against the texts and labels they split and returns
// the number of folds.
func (folds Folds) count(texts, labels int) (int, error) {
	if texts != labels || len(folds) != texts {
		return 0, errors.New("texts, labels and folds differ in length")
	}
	nf := 0
	for i, f := range folds {
		if f < 0 {
			return 0, fmt.Errorf("example %d has fold %d; folds are numbered from 0", i, f)
		}
		nf = max(nf, f+1)
	}
	return nf, nil
}
