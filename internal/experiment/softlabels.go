package experiment

import (
	"github.com/stancekit/stancekit/features"
	"github.com/stancekit/stancekit/internal/defaultmodel"
	"github.com/stancekit/stancekit/stance"
)

// SoftLabelLearner trains on the annotators' other defensible labels too
// (issue 10, tenth session): a statement whose record lists also_ok
// labels keeps weight 1−share on its gold label, and each other label
// gets an equal part of share, as a copy of the statement's vector. The
// vectoriser is fitted on each text once, so the copies change neither
// the vocabulary nor the document frequencies. Statements without
// also_ok train as the default does.
func SoftLabelLearner(share float64) Learner {
	return func(tr []defaultmodel.Example, cfg stance.TrainConfig, _ Options) (Labeller, error) {
		texts, gold, _ := defaultmodel.Columns(tr)
		vec, err := vectoriserFor(cfg)
		if err != nil {
			return nil, err
		}
		X, err := vec.FitTransform(texts)
		if err != nil {
			return nil, err
		}
		rows := make([]features.Vector, 0, len(X))
		labels := make([]stance.Label, 0, len(X))
		weights := make([]float64, 0, len(X))
		for i, e := range tr {
			if len(e.AlsoOK) == 0 || share == 0 {
				rows, labels, weights = append(rows, X[i]), append(labels, gold[i]), append(weights, 1)
				continue
			}
			rows, labels, weights = append(rows, X[i]), append(labels, gold[i]), append(weights, 1-share)
			part := share / float64(len(e.AlsoOK))
			for _, l := range e.AlsoOK {
				rows, labels, weights = append(rows, X[i]), append(labels, l), append(weights, part)
			}
		}
		m, err := stance.TrainVectors(vec, rows, labels, weights, cfg)
		if err != nil {
			return nil, err
		}
		return modelLabeller(m), nil
	}
}

// softLabelAblations are the tenth session's soft-label rows.
func softLabelAblations(def stance.TrainConfig) []Ablation {
	row := func(name string, share float64) Ablation {
		return Ablation{Name: "soft labels: " + name, Config: def, Options: Options{Learner: SoftLabelLearner(share)}}
	}
	return []Ablation{
		row("also_ok share 0 (control)", 0),
		row("also_ok share 0.1", 0.1),
		row("also_ok share 0.2", 0.2),
		row("also_ok share 0.3", 0.3),
		row("also_ok share 0.5", 0.5),
	}
}
